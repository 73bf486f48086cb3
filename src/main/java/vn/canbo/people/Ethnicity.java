package vn.canbo.people;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * The 54 ethnic groups of Viet Nam (dân tộc) with the codes of the General Statistics
 * Office list, Quyết định 121-TCTK/PPCĐ of 2 March 1979 (ordered by the population of
 * 1979), as personnel records and the national database use them. Names are spelt as in
 * the 2019 census; alternative spellings are accepted by {@link #fromName}. The 2008 list
 * (QĐ 1019/QĐ-TCTK) numbers some groups differently (04 Mường, 05 Khơ me, 06 Hoa): an
 * import from a system using it must map the codes first.
 */
public enum Ethnicity {

	KINH("01", "Kinh", "Việt"), TAY("02", "Tày"), THAI("03", "Thái"), HOA("04", "Hoa", "Hán"),
	KHMER("05", "Khmer", "Khơ-me", "Khơ me", "Khơme", "Khmer Krôm"), MUONG("06", "Mường"), NUNG("07", "Nùng"),
	MONG("08", "Mông", "Hmông", "H'Mông", "HMông", "Mèo"), DAO("09", "Dao"), GIA_RAI("10", "Gia Rai", "Jrai", "Giarai"),
	NGAI("11", "Ngái"), E_DE("12", "Ê Đê", "Ê-đê", "Ra Đê", "Ede"), BA_NA("13", "Ba Na", "Bahnar"),
	XO_DANG("14", "Xơ Đăng", "Sê Đăng"), SAN_CHAY("15", "Sán Chay", "Cao Lan", "Sán Chỉ", "Cao Lan - Sán Chỉ"),
	CO_HO("16", "Cơ Ho", "K'Ho", "Kơ Ho"), CHAM("17", "Chăm", "Chàm"), SAN_DIU("18", "Sán Dìu"),
	HRE("19", "Hrê", "H'rê"), MNONG("20", "Mnông", "M'Nông"), RA_GLAI("21", "Ra Glai", "Raglay", "Ra Glây"),
	XTIENG("22", "Xtiêng", "X'Tiêng", "Stiêng"), BRU_VAN_KIEU("23", "Bru - Vân Kiều", "Vân Kiều", "Bru"),
	THO("24", "Thổ"), GIAY("25", "Giáy"), CO_TU("26", "Cơ Tu", "Katu", "Ca Tu"),
	GIE_TRIENG("27", "Giẻ - Triêng", "Gié Triêng", "Gié - Triêng", "Giẻ Triêng"), MA("28", "Mạ"),
	KHO_MU("29", "Khơ Mú", "Khơ-mú", "Khmu"), CO("30", "Co", "Cor"), TA_OI("31", "Tà Ôi", "Tà-ôi", "Pa Cô"),
	CHO_RO("32", "Chơ Ro", "Chơ-ro"), KHANG("33", "Kháng"), XINH_MUN("34", "Xinh Mun", "Xinh-mun"),
	HA_NHI("35", "Hà Nhì"), CHU_RU("36", "Chu Ru", "Chu-ru"), LAO("37", "Lào"), LA_CHI("38", "La Chí"),
	LA_HA("39", "La Ha"), PHU_LA("40", "Phù Lá"), LA_HU("41", "La Hủ"), LU("42", "Lự"), LO_LO("43", "Lô Lô"),
	CHUT("44", "Chứt"), MANG("45", "Mảng"), PA_THEN("46", "Pà Thẻn", "Pà Hưng"),
	CO_LAO("47", "Cơ Lao", "Co Lao", "Cờ Lao"), CONG("48", "Cống"), BO_Y("49", "Bố Y"), SI_LA("50", "Si La"),
	PU_PEO("51", "Pu Péo", "Ka Pèo"), BRAU("52", "Brâu"), O_DU("53", "Ơ Đu"), RO_MAM("54", "Rơ Măm", "Rơ-măm");

	private static final Map<String, Ethnicity> BY_CODE = new HashMap<>();

	private static final Map<String, Ethnicity> BY_NAME = new HashMap<>();

	static {
		for (Ethnicity ethnicity : values()) {
			BY_CODE.put(ethnicity.code, ethnicity);
			for (String name : ethnicity.names()) {
				Ethnicity previous = BY_NAME.put(Labels.matchKey(name), ethnicity);
				if (previous != null && previous != ethnicity) {
					throw new IllegalStateException(name + " names both " + previous + " and " + ethnicity);
				}
			}
		}
	}

	private final String code;

	private final String officialName;

	private final List<String> otherNames;

	Ethnicity(String code, String officialName, String... otherNames) {
		this.code = code;
		this.officialName = officialName;
		this.otherNames = List.of(otherNames);
	}

	/** The two-digit code, "01" for Kinh. */
	public String code() {
		return this.code;
	}

	/** The name in Vietnamese, as printed on the résumé. */
	public String officialName() {
		return this.officialName;
	}

	/** Other spellings and names accepted when reading imported data. */
	public List<String> otherNames() {
		return this.otherNames;
	}

	/** Every group but Kinh is an ethnic minority (dân tộc thiểu số). */
	public boolean isMinority() {
		return this != KINH;
	}

	public static Optional<Ethnicity> fromCode(@Nullable String code) {
		if (code == null) {
			return Optional.empty();
		}
		String trimmed = code.strip();
		return Optional.ofNullable(BY_CODE.get(trimmed.length() == 1 ? "0" + trimmed : trimmed));
	}

	/**
	 * Finds a group by its name or another spelling, with or without diacritics, spaces,
	 * hyphens or apostrophes ("H'Mông", "hmong", "Khơ-me", "Ê Đê", "gia-rai").
	 */
	public static Optional<Ethnicity> fromName(@Nullable String name) {
		return Optional.ofNullable(BY_NAME.get(Labels.matchKey(name)));
	}

	private List<String> names() {
		return Stream.concat(Stream.of(this.officialName), this.otherNames.stream()).toList();
	}

	/** "03 Thái": the code and the official name, as lists show them. */
	public String label() {
		return this.code + " " + this.officialName;
	}

}
