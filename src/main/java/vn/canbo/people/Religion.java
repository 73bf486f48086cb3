package vn.canbo.people;

import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Religion (tôn giáo) as the résumé records it: none, one of the main religions
 * recognised by the State (Ban Tôn giáo Chính phủ), or another.
 */
public enum Religion {

	/** Không: no religion, by far the most common entry. */
	NONE,
	/** Phật giáo. */
	BUDDHISM,
	/** Công giáo. */
	CATHOLICISM,
	/** Tin lành. */
	PROTESTANTISM,
	/** Cao Đài. */
	CAO_DAI,
	/** Phật giáo Hòa Hảo. */
	HOA_HAO_BUDDHISM,
	/** Hồi giáo (Islam, including the Chăm Bani). */
	ISLAM,
	/** Bà La Môn (the Chăm Brahmanism). */
	BRAHMANISM,
	/** Tứ Ân Hiếu Nghĩa. */
	TU_AN_HIEU_NGHIA,
	/** Bửu Sơn Kỳ Hương. */
	BUU_SON_KY_HUONG,
	/** Tịnh độ Cư sĩ Phật hội Việt Nam. */
	PURE_LAND_LAY_BUDDHISM,
	/** Minh Sư Đạo. */
	MINH_SU_DAO,
	/** Minh Lý Đạo – Tam Tông Miếu. */
	MINH_LY_DAO,
	/** Baha'i. */
	BAHAI,
	/** Khác: any other religion. */
	OTHER;

	private static final Map<String, Religion> BY_LABEL = Labels.index(Religion.class, "people.religion.",
			Map.of(NONE, new String[] { "Không tôn giáo", "Không có" }, BUDDHISM, new String[] { "Đạo Phật", "Phật" },
					CATHOLICISM, new String[] { "Thiên Chúa giáo", "Thiên Chúa", "Đạo Thiên Chúa" }, PROTESTANTISM,
					new String[] { "Đạo Tin lành" }, CAO_DAI, new String[] { "Đạo Cao Đài" }, HOA_HAO_BUDDHISM,
					new String[] { "Hòa Hảo", "Hoà Hảo" }, ISLAM, new String[] { "Đạo Hồi" }, BRAHMANISM,
					new String[] { "Bàlamôn" }, MINH_LY_DAO, new String[] { "Minh Lý Đạo" }));

	public String messageKey() {
		return "people.religion." + name();
	}

	/**
	 * Parses the Vietnamese name with or without diacritics ("Công giáo", "cong giao").
	 */
	public static Optional<Religion> fromLabel(@Nullable String label) {
		return Labels.find(BY_LABEL, label);
	}

}
