package vn.canbo.orgunits;

import java.util.Arrays;
import java.util.List;

/**
 * The kind of a node within its tier, e.g. tỉnh or thành phố trực thuộc trung ương for a
 * province, xã, phường or đặc khu for a commune, Đảng ủy or UBND for an agency.
 */
public enum UnitType {

	/** Thành phố trực thuộc trung ương. */
	CENTRAL_CITY(OrgLevel.PROVINCE),
	/** Tỉnh. */
	PROVINCE(OrgLevel.PROVINCE),
	/** Thành phố thuộc tỉnh (or thuộc thành phố trực thuộc trung ương). */
	PROVINCIAL_CITY(OrgLevel.DISTRICT),
	/** Thị xã. */
	TOWN(OrgLevel.DISTRICT),
	/** Quận. */
	URBAN_DISTRICT(OrgLevel.DISTRICT),
	/** Huyện. */
	RURAL_DISTRICT(OrgLevel.DISTRICT),
	/** Thị trấn. */
	TOWNSHIP(OrgLevel.COMMUNE),
	/** Phường. */
	WARD(OrgLevel.COMMUNE),
	/** Đặc khu. */
	SPECIAL_ZONE(OrgLevel.COMMUNE),
	/** Xã. */
	COMMUNE(OrgLevel.COMMUNE),
	/** Đảng ủy, Tỉnh ủy, Thành ủy: the Party committee of a unit. */
	PARTY_COMMITTEE(OrgLevel.AGENCY),
	/**
	 * A board or office of a Party committee (Ban Tổ chức, Ủy ban Kiểm tra, Văn phòng).
	 */
	PARTY_BOARD(OrgLevel.AGENCY),
	/** Hội đồng nhân dân (People's Council). */
	PEOPLES_COUNCIL(OrgLevel.AGENCY),
	/** Ủy ban nhân dân (People's Committee). */
	PEOPLES_COMMITTEE(OrgLevel.AGENCY),
	/** A specialised office of a People's Committee (Sở, Phòng, Văn phòng, Thanh tra). */
	SPECIALISED_OFFICE(OrgLevel.AGENCY),
	/** Ủy ban Mặt trận Tổ quốc (Fatherland Front). */
	FATHERLAND_FRONT(OrgLevel.AGENCY),
	/** A mass organisation: Đoàn TN, Hội LHPN, Hội Nông dân, Hội CCB, Công đoàn. */
	MASS_ORGANISATION(OrgLevel.AGENCY),
	/** Đơn vị sự nghiệp công lập: schools, hospitals, centres. */
	PUBLIC_SERVICE_UNIT(OrgLevel.AGENCY),
	/** A division inside an agency (phòng, ban, tổ). */
	DIVISION(OrgLevel.AGENCY),
	/** Any other organisation. */
	OTHER(OrgLevel.AGENCY);

	private final OrgLevel level;

	UnitType(OrgLevel level) {
		this.level = level;
	}

	public OrgLevel level() {
		return this.level;
	}

	public static List<UnitType> agencyTypes() {
		return Arrays.stream(values()).filter((type) -> type.level == OrgLevel.AGENCY).toList();
	}

}
