package vn.canbo.locality;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * An officer's verdict on whether a person is local to an area, from a date, replacing
 * the derived one.
 *
 * @param id its id
 * @param version the optimistic-locking version
 * @param personId the person
 * @param areaUnitId the commune or province
 * @param local the verdict
 * @param reason why
 * @param validFrom from when it holds
 * @param createdBy who recorded it
 * @param createdAt when
 * @param updatedBy who last corrected it
 * @param updatedAt when
 */
public record LocalityOverride(long id, long version, long personId, long areaUnitId, boolean local, String reason,
		LocalDate validFrom, String createdBy, Instant createdAt, @Nullable String updatedBy,
		@Nullable Instant updatedAt) {

	/** What the audit trail keeps. */
	Map<String, Object> snapshot() {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("personId", this.personId);
		values.put("areaUnitId", this.areaUnitId);
		values.put("local", this.local);
		values.put("reason", this.reason);
		values.put("validFrom", this.validFrom.toString());
		values.put("version", this.version);
		return values;
	}

}
