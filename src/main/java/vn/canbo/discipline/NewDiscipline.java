package vn.canbo.discipline;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A discipline decision as entered (record or correct): every field may be missing, each
 * missing or bad one is reported against its name.
 *
 * @param system STATE or PARTY
 * @param form the form of discipline
 * @param violation what was done
 * @param decisionNumber the decision's number
 * @param authority who decided
 * @param decisionDate when it was signed
 * @param effectiveOn when it took effect
 * @param dutyRelated whether linked to official duties (false when missing)
 * @param countedYear the evaluation year it counts in, when not the year it took effect
 */
public record NewDiscipline(@Nullable DisciplineSystem system, @Nullable DisciplineForm form,
		@Nullable String violation, @Nullable String decisionNumber, @Nullable String authority,
		@Nullable LocalDate decisionDate, @Nullable LocalDate effectiveOn, @Nullable Boolean dutyRelated,
		@Nullable Integer countedYear) {
}
