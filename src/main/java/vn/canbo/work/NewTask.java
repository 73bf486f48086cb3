package vn.canbo.work;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A task to assign (giao việc).
 *
 * @param ownerId the one owner
 * @param collaboratorIds people who help (optional)
 * @param title what is to be done
 * @param description details
 * @param dueOn the deadline
 * @param weight converted product units (default 1)
 * @param month the month it is planned for (default: the deadline's month)
 * @param parentTaskId a higher unit's task it is derived from
 */
public record NewTask(@Nullable Long ownerId, @Nullable List<Long> collaboratorIds, @Nullable String title,
		@Nullable String description, @Nullable LocalDate dueOn, @Nullable BigDecimal weight, @Nullable LocalDate month,
		@Nullable Long parentTaskId) {
}
