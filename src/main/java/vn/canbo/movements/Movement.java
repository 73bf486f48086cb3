package vn.canbo.movements;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A rotation, transfer or secondment decision (quyết định luân chuyển, điều động, biệt
 * phái) and the posts it moved.
 *
 * @param id the decision
 * @param version for optimistic locking
 * @param personId the person moved
 * @param personName their name
 * @param type rotation, transfer or secondment
 * @param direction between the tiers of the units
 * @param fromAssignmentId the post held before (staffing)
 * @param fromUnitId its unit
 * @param fromUnitName its unit's name
 * @param fromPost the post's name
 * @param fromTitleCode its title, or
 * @param fromJobPositionCode its job position
 * @param toUnitId the receiving unit
 * @param toUnitName its name
 * @param toTitleCode the title held there, or
 * @param toJobPositionCode the job position
 * @param toPost the post's name
 * @param toKeyTitle whether it is a key title
 * @param toAssignmentId the post recorded there (staffing)
 * @param decisionNumber the decision's number
 * @param decisionDate its date
 * @param decisionBody who decided
 * @param startDate the first day at the destination
 * @param plannedMonths the planned length
 * @param returnDate the first day back, planned
 * @param atReturn what happens at the end
 * @param specialCase the special case decided, if any
 * @param nonLocalPlacement whether it places a non-local secretary
 * @param exclusions the circumstances declared
 * @param personConsents whether the person asked anyway
 * @param returnedOn the day the return (or the stay) was recorded
 * @param returnAssignmentId the post recorded back home
 * @param note a note
 * @param createdBy who recorded it
 * @param createdAt when
 * @param updatedBy who last changed it
 * @param updatedAt when
 */
public record Movement(long id, long version, long personId, String personName, MovementType type, Direction direction,
		long fromAssignmentId, long fromUnitId, String fromUnitName, String fromPost, @Nullable String fromTitleCode,
		@Nullable String fromJobPositionCode, long toUnitId, String toUnitName, @Nullable String toTitleCode,
		@Nullable String toJobPositionCode, String toPost, boolean toKeyTitle, long toAssignmentId,
		String decisionNumber, LocalDate decisionDate, String decisionBody, LocalDate startDate,
		@Nullable Integer plannedMonths, @Nullable LocalDate returnDate, AtReturn atReturn,
		@Nullable String specialCase, boolean nonLocalPlacement, Set<Exclusion> exclusions, boolean personConsents,
		@Nullable LocalDate returnedOn, @Nullable Long returnAssignmentId, @Nullable String note, String createdBy,
		Instant createdAt, String updatedBy, Instant updatedAt) {

	/** The last day at the destination as planned; null for a transfer. */
	public @Nullable LocalDate plannedLastDay() {
		return (this.returnDate == null) ? null : this.returnDate.minusDays(1);
	}

	/** Whether the person is at the destination under this decision on the day. */
	public boolean inForceOn(LocalDate day) {
		if (day.isBefore(this.startDate)) {
			return false;
		}
		if (this.returnedOn != null) {
			return day.isBefore(this.returnedOn);
		}
		// a secondment's host post ends on its return date; a rotation lasts until the
		// return is recorded
		return this.type != MovementType.SECONDMENT || this.returnDate == null || day.isBefore(this.returnDate);
	}

	/** Whether a return (or the stay) may still be recorded. */
	public boolean open() {
		return this.type != MovementType.TRANSFER && this.returnedOn == null;
	}

	/** What the audit trail keeps of it. */
	public Map<String, Object> snapshot() {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("personId", this.personId);
		values.put("type", this.type.name());
		values.put("direction", this.direction.name());
		values.put("fromAssignmentId", this.fromAssignmentId);
		values.put("fromUnitId", this.fromUnitId);
		values.put("fromPost", this.fromPost);
		values.put("toUnitId", this.toUnitId);
		values.put("toPost", this.toPost);
		values.put("toAssignmentId", this.toAssignmentId);
		values.put("decisionNumber", this.decisionNumber);
		values.put("decisionDate", this.decisionDate);
		values.put("decisionBody", this.decisionBody);
		values.put("startDate", this.startDate);
		values.put("plannedMonths", this.plannedMonths);
		values.put("returnDate", this.returnDate);
		values.put("atReturn", this.atReturn.name());
		values.put("specialCase", this.specialCase);
		values.put("nonLocalPlacement", this.nonLocalPlacement);
		values.put("exclusions", this.exclusions.stream().map(Enum::name).sorted().toList());
		values.put("personConsents", this.personConsents);
		values.put("returnedOn", this.returnedOn);
		values.put("returnAssignmentId", this.returnAssignmentId);
		values.put("note", this.note);
		values.put("version", this.version);
		return values;
	}

}
