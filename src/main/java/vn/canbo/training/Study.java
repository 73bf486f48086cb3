package vn.canbo.training;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import vn.canbo.people.ProfessionalLevel;

/**
 * State-funded study (cử đi đào tạo bằng ngân sách nhà nước) with its commitment to serve
 * the sending agency.
 *
 * @param id the record
 * @param version its version
 * @param personId who studies
 * @param personName their name
 * @param degreeLevel the degree studied for
 * @param field the field
 * @param institution where
 * @param startDate first day
 * @param endDate last day; the commitment runs from it
 * @param cost F, the costs paid by the State, in đồng
 * @param commitmentMonths T1, the months to serve (3 × the study months)
 * @param priorServiceYears whole years of service before the study
 * @param leftOn the day the person left early, if so
 * @param leaveReason why
 * @param costSoFar the costs paid until a person quit during the study
 * @param note a note
 */
public record Study(long id, long version, long personId, String personName, ProfessionalLevel degreeLevel,
		String field, String institution, LocalDate startDate, LocalDate endDate, long cost, int commitmentMonths,
		int priorServiceYears, @Nullable LocalDate leftOn, @Nullable LeaveReason leaveReason, @Nullable Long costSoFar,
		@Nullable String note) {

	/** The last day of the commitment (the day before it is served). */
	public LocalDate commitmentEnd() {
		return this.endDate.plusMonths(this.commitmentMonths);
	}

	Map<String, Object> snapshot() {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("personId", this.personId);
		values.put("degreeLevel", this.degreeLevel.name());
		values.put("field", this.field);
		values.put("institution", this.institution);
		values.put("startDate", this.startDate.toString());
		values.put("endDate", this.endDate.toString());
		values.put("cost", this.cost);
		values.put("commitmentMonths", this.commitmentMonths);
		values.put("priorServiceYears", this.priorServiceYears);
		values.put("leftOn", (this.leftOn != null) ? this.leftOn.toString() : null);
		values.put("leaveReason", (this.leaveReason != null) ? this.leaveReason.name() : null);
		values.put("costSoFar", this.costSoFar);
		values.put("note", this.note);
		return values;
	}

}
