package vn.canbo.orgunits;

/**
 * The tier of a node: the three tiers of administrative units (cấp tỉnh, cấp huyện until
 * 2025-06-30, cấp xã) and the agencies and organisations inside them (cơ quan, tổ chức).
 */
public enum OrgLevel {

	PROVINCE, DISTRICT, COMMUNE, AGENCY;

	public boolean isAdministrative() {
		return this != AGENCY;
	}

}
