package vn.canbo.unitstandards;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The area and population of a unit from a date: the shared data's (with their quality
 * flag) or a user's correction (quality {@code corrected}, with its source and date).
 *
 * @param id the row
 * @param unitCode the unit's official code
 * @param province whether the unit is a province
 * @param validFrom first day in force
 * @param areaKm2 the natural area in km²; null when unknown
 * @param population the population; null when unknown
 * @param quality confirmed, resolved, uncertain, incomplete or corrected
 * @param flags the shared data's flags, space-separated
 * @param kind the kind set by a user; null when derived from the unit's type
 * @param source where the figure comes from
 * @param sourceDate the date of the source
 * @param note a remark
 * @param createdBy who recorded it
 * @param createdAt when
 */
public record Figure(long id, String unitCode, boolean province, LocalDate validFrom, @Nullable BigDecimal areaKm2,
		@Nullable Integer population, String quality, @Nullable String flags, @Nullable UnitKind kind, String source,
		@Nullable LocalDate sourceDate, @Nullable String note, String createdBy, Instant createdAt) {

	/** Whether a user recorded it. */
	public boolean corrected() {
		return CORRECTED.equals(this.quality);
	}

	/** The quality a user's figure carries. */
	public static final String CORRECTED = "corrected";

	/** The audited content. */
	Map<String, Object> snapshot() {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("unitCode", this.unitCode);
		values.put("validFrom", this.validFrom.toString());
		values.put("areaKm2", (this.areaKm2 == null) ? null : this.areaKm2.toPlainString());
		values.put("population", this.population);
		values.put("kind", (this.kind == null) ? null : this.kind.name());
		values.put("source", this.source);
		values.put("sourceDate", (this.sourceDate == null) ? null : this.sourceDate.toString());
		values.put("note", this.note);
		return values;
	}

}
