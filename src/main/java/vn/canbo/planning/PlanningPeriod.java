package vn.canbo.planning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A planning period (nhiệm kỳ quy hoạch): the plan one managing unit approves for a term,
 * covering its own titles and those of its subtree.
 *
 * @param id the period
 * @param version for optimistic locking
 * @param unitId the managing unit
 * @param unitName its name
 * @param name e.g. "Quy hoạch nhiệm kỳ 2025–2030"
 * @param startYear the term's first year
 * @param endYear its last year
 * @param ageReferenceDate the date ages are measured at (HD 45 §II.5)
 * @param validFrom the plan in force from
 * @param validTo until (exclusive); null while in force
 * @param updatedBy who last changed it
 * @param updatedAt when
 */
public record PlanningPeriod(long id, long version, long unitId, String unitName, String name, int startYear,
		int endYear, LocalDate ageReferenceDate, LocalDate validFrom, @Nullable LocalDate validTo, String updatedBy,
		Instant updatedAt) {

	public boolean inForceOn(LocalDate day) {
		return !day.isBefore(this.validFrom) && (this.validTo == null || day.isBefore(this.validTo));
	}

	Map<String, Object> snapshot() {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("unitId", this.unitId);
		values.put("name", this.name);
		values.put("startYear", this.startYear);
		values.put("endYear", this.endYear);
		values.put("ageReferenceDate", this.ageReferenceDate);
		values.put("validFrom", this.validFrom);
		values.put("validTo", this.validTo);
		return values;
	}

}
