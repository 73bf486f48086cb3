package vn.canbo.unitstandards;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * What picks a unit's standard: xã, phường, xã miền núi (vùng cao), xã biên giới, xã đảo
 * or đặc khu for a commune; tỉnh, tỉnh miền núi (vùng cao, biên giới) or thành phố trực
 * thuộc trung ương for a province. Phường, đặc khu and thành phố come from the unit's
 * type; the others are set by users with a figure (the shared data do not say).
 */
public enum UnitKind {

	COMMUNE(false), WARD(false), MOUNTAIN(false), BORDER(false), ISLAND(false), PROVINCE(true), MOUNTAIN_PROVINCE(true),
	CITY(true);

	private final boolean province;

	UnitKind(boolean province) {
		this.province = province;
	}

	public boolean isProvince() {
		return this.province;
	}

	/** The name in the API: commune, ward, mountain, border, island, province, … */
	public String json() {
		return name().toLowerCase(Locale.ROOT);
	}

	public String messageKey() {
		return "unitstandards.kind." + name();
	}

	/**
	 * The kind named in a form or the API (either spelling); null when blank or unknown.
	 */
	public static @Nullable UnitKind parse(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return valueOf(value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
