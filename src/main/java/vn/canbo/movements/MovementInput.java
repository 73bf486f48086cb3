package vn.canbo.movements;

import java.time.LocalDate;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A rotation, transfer or secondment decision as typed.
 *
 * @param personId the person moved
 * @param type rotation, transfer or secondment
 * @param toUnitId the receiving unit (or give its code)
 * @param toUnitCode the receiving unit's code, when no id is given
 * @param toTitleCode the title held there, or
 * @param toJobPositionCode the job position held there
 * @param decisionNumber the decision's number
 * @param decisionDate its date
 * @param decisionBody who decided
 * @param startDate the first day at the destination
 * @param plannedMonths the planned length in months (rotation, secondment); default the
 * rule's shortest rotation or longest secondment
 * @param returnDate the first day back; default start + planned months
 * @param atReturn what happens at the end; default back to the former post (rotation,
 * secondment), nothing for a transfer
 * @param specialCase the reason when the competent level decided a special case (age or
 * length of a rotation)
 * @param nonLocalPlacement whether the rotation places a non-local secretary or someone
 * who held the post more than two terms (then one term of working time left suffices)
 * @param exclusions the circumstances declared
 * @param personConsents whether the person asked to move despite a waivable one
 * @param note a note
 */
public record MovementInput(@Nullable Long personId, @Nullable MovementType type, @Nullable Long toUnitId,
		@Nullable String toUnitCode, @Nullable String toTitleCode, @Nullable String toJobPositionCode,
		@Nullable String decisionNumber, @Nullable LocalDate decisionDate, @Nullable String decisionBody,
		@Nullable LocalDate startDate, @Nullable Integer plannedMonths, @Nullable LocalDate returnDate,
		@Nullable AtReturn atReturn, @Nullable String specialCase, @Nullable Boolean nonLocalPlacement,
		@Nullable Set<Exclusion> exclusions, @Nullable Boolean personConsents, @Nullable String note) {

	/** Whether it places a non-local secretary (false when not said). */
	public boolean placesNonLocal() {
		return Boolean.TRUE.equals(this.nonLocalPlacement);
	}

	/** Whether the person asked to move (false when not said). */
	public boolean asked() {
		return Boolean.TRUE.equals(this.personConsents);
	}

	public Set<Exclusion> declared() {
		return (this.exclusions == null) ? Set.of() : this.exclusions;
	}

}
