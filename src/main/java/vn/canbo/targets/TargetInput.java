package vn.canbo.targets;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A target as typed: every value may be missing or wrong, and each problem is reported
 * against its field.
 *
 * @param indicatorId the indicator's id
 * @param unitId the unit whose subtree it applies to
 * @param comparison at least or at most
 * @param value a percentage for a share indicator (0–100, one decimal), a whole count
 * otherwise
 * @param baselineDate the date progress is measured from; the day it is recorded when
 * missing
 * @param deadline the day the value must be reached by
 * @param resolutionNumber the resolution's number
 * @param resolutionDate the resolution's date
 * @param resolutionBody who issued it
 * @param note a note
 */
public record TargetInput(@Nullable String indicatorId, @Nullable Long unitId, @Nullable Comparison comparison,
		@Nullable BigDecimal value, @Nullable LocalDate baselineDate, @Nullable LocalDate deadline,
		@Nullable String resolutionNumber, @Nullable LocalDate resolutionDate, @Nullable String resolutionBody,
		@Nullable String note) {

	/** The input that would record the target again as it is. */
	public static TargetInput of(Target target) {
		return new TargetInput(target.indicatorId(), target.unitId(), target.comparison(), target.value(),
				target.baselineDate(), target.deadline(), target.resolutionNumber(), target.resolutionDate(),
				target.resolutionBody(), target.note());
	}

}
