package vn.canbo.work;

import java.time.LocalDate;

/**
 * What closing a unit's month would lock, counted over the whole unit before anyone
 * confirms it.
 *
 * @param unitId the unit
 * @param month the month's first day
 * @param agencies agencies still open that the closing locks
 * @param people people whose month is scored and locked
 * @param tasks their tasks of the month (cancelled ones left out)
 * @param carried of those, unfinished tasks carried into the next month
 */
public record ClosingPreview(long unitId, LocalDate month, int agencies, int people, int tasks, int carried) {
}
