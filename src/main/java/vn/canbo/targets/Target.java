package vn.canbo.targets;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A target (chỉ tiêu): the value an indicator must reach in a unit's subtree by a
 * deadline, as a resolution (nghị quyết) set it.
 *
 * @param id its id
 * @param version the optimistic-locking version, for edits
 * @param indicatorId the indicator ({@code vn.canbo.indicators.Indicator#id()})
 * @param unitId the unit whose subtree it applies to
 * @param unitCode the unit's code
 * @param unitName the unit's name
 * @param comparison at least or at most
 * @param value a percentage (60.0) for a share indicator, a count otherwise
 * @param baselineDate the date progress is measured from (by default the day it was
 * recorded)
 * @param deadline the day the value must be reached by
 * @param resolutionNumber the resolution's number, e.g. {@code 05-NQ/TU}
 * @param resolutionDate the resolution's date
 * @param resolutionBody who issued it, e.g. the provincial Party Congress
 * @param note a note
 * @param createdBy who recorded it
 * @param createdAt when
 * @param updatedBy who changed it last
 * @param updatedAt when
 */
public record Target(long id, long version, String indicatorId, long unitId, String unitCode, String unitName,
		Comparison comparison, BigDecimal value, LocalDate baselineDate, LocalDate deadline, String resolutionNumber,
		LocalDate resolutionDate, String resolutionBody, @Nullable String note, String createdBy, Instant createdAt,
		String updatedBy, Instant updatedAt) {

	/** What the audit trail keeps of it: what was set, not who touched it when. */
	Map<String, @Nullable Object> snapshot() {
		Map<String, @Nullable Object> state = new LinkedHashMap<>();
		state.put("indicatorId", this.indicatorId);
		state.put("unitId", this.unitId);
		state.put("unitName", this.unitName);
		state.put("comparison", this.comparison.name());
		state.put("value", this.value);
		state.put("baselineDate", this.baselineDate);
		state.put("deadline", this.deadline);
		state.put("resolutionNumber", this.resolutionNumber);
		state.put("resolutionDate", this.resolutionDate);
		state.put("resolutionBody", this.resolutionBody);
		state.put("note", this.note);
		state.put("version", this.version);
		return state;
	}

}
