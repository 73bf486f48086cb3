package vn.canbo.training;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import vn.canbo.people.PoliticalTheoryLevel;
import vn.canbo.people.ProfessionalLevel;
import vn.canbo.people.StateManagementLevel;

/**
 * A development course (khóa bồi dưỡng) a person completed.
 *
 * @param id the course record
 * @param version its version, for edits
 * @param personId who attended
 * @param personName their name
 * @param kind what it is about
 * @param title its name
 * @param provider who taught it
 * @param periods its length in periods (tiết)
 * @param startDate first day
 * @param endDate last day
 * @param certificate the certificate's number, if any
 * @param funding who paid
 * @param grantsPoliticalTheory the political-theory level it grants, if any
 * @param grantsStateManagement the state-management level it grants, if any
 * @param grantsProfessional the professional level it grants, if any
 * @param note a note
 * @param updatedBy who last changed it
 * @param updatedAt when
 */
public record Course(long id, long version, long personId, String personName, CourseKind kind, String title,
		String provider, int periods, LocalDate startDate, LocalDate endDate, @Nullable String certificate,
		Funding funding, @Nullable PoliticalTheoryLevel grantsPoliticalTheory,
		@Nullable StateManagementLevel grantsStateManagement, @Nullable ProfessionalLevel grantsProfessional,
		@Nullable String note, String updatedBy, Instant updatedAt) {

	/** Whether completing it raises a qualification level of the record. */
	public boolean grantsLevel() {
		return this.grantsPoliticalTheory != null || this.grantsStateManagement != null
				|| this.grantsProfessional != null;
	}

	Map<String, Object> snapshot() {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("personId", this.personId);
		values.put("kind", this.kind.name());
		values.put("title", this.title);
		values.put("provider", this.provider);
		values.put("periods", this.periods);
		values.put("startDate", this.startDate.toString());
		values.put("endDate", this.endDate.toString());
		values.put("certificate", this.certificate);
		values.put("funding", this.funding.name());
		values.put("grantsPoliticalTheory",
				(this.grantsPoliticalTheory != null) ? this.grantsPoliticalTheory.name() : null);
		values.put("grantsStateManagement",
				(this.grantsStateManagement != null) ? this.grantsStateManagement.name() : null);
		values.put("grantsProfessional", (this.grantsProfessional != null) ? this.grantsProfessional.name() : null);
		values.put("note", this.note);
		return values;
	}

}
