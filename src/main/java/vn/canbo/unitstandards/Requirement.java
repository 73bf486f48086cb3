package vn.canbo.unitstandards;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * One standard a unit is measured against: the figure required, the unit's, its share of
 * the required one and whether it is met, with the rule version and its citation.
 *
 * @param code {@code area} (km²) or {@code population} (persons)
 * @param required the least figure the standard asks for
 * @param actual the unit's figure; null when unknown
 * @param percent actual as a share of required, in percent with two places; null when
 * unknown
 * @param met whether actual ≥ required; null when unknown
 * @param rule the rule version, e.g. {@code UNIT_STANDARDS_COMMUNE@2026-01-01}
 * @param citation its legal basis
 */
public record Requirement(String code, BigDecimal required, @Nullable BigDecimal actual, @Nullable BigDecimal percent,
		@Nullable Boolean met, String rule, String citation) {

	public String messageKey() {
		return "unitstandards.requirement." + this.code;
	}

}
