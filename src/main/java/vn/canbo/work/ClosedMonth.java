package vn.canbo.work;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import vn.canbo.rules.EvaluationLevel;

/**
 * A person's month as it was closed: what the annual rating rolls up.
 *
 * @param month the month's first day
 * @param total the points fixed at closing, null on leave
 * @param level the level fixed at closing, null on leave or without general points
 * @param absence the leave covering the month, if any
 */
public record ClosedMonth(LocalDate month, @Nullable BigDecimal total, @Nullable EvaluationLevel level,
		@Nullable Absence absence) {
}
