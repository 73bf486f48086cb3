package vn.canbo.work;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * The assigner's scoring of a task (chấm điểm nhiệm vụ).
 *
 * @param version the task version it was read at
 * @param completedUnits units completed (at most the weight)
 * @param majorErrors major errors
 * @param excusedErrors of those, certified as having an objective cause
 * @param delays delays
 * @param excusedDelays of those, certified as having an objective cause
 * @param note remark
 */
public record TaskScoring(long version, @Nullable BigDecimal completedUnits, @Nullable Integer majorErrors,
		@Nullable Integer excusedErrors, @Nullable Integer delays, @Nullable Integer excusedDelays,
		@Nullable String note) {
}
