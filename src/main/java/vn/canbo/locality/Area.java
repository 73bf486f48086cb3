package vn.canbo.locality;

import org.jspecify.annotations.Nullable;

/**
 * An administrative unit (commune, district or province) as an area people are local to
 * or not.
 *
 * @param id the unit's node
 * @param code its official code
 * @param name its name
 * @param level {@code PROVINCE}, {@code DISTRICT} or {@code COMMUNE}
 * @param provinceCode the code of its province (its own for a province)
 */
public record Area(long id, String code, String name, String level, @Nullable String provinceCode) {

	public boolean isProvince() {
		return "PROVINCE".equals(this.level);
	}

	public boolean isCommune() {
		return "COMMUNE".equals(this.level);
	}

	/** The code of the province the area is in, or its own for a province. */
	public String province() {
		return (isProvince() || this.provinceCode == null) ? this.code : this.provinceCode;
	}

}
