package vn.canbo.people;

import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The highest professional qualification (trình độ chuyên môn): sơ cấp, trung cấp, cao
 * đẳng, đại học, thạc sĩ, tiến sĩ, in ascending order.
 */
public enum ProfessionalLevel {

	NONE, SO_CAP, TRUNG_CAP, CAO_DANG, DAI_HOC, THAC_SI, TIEN_SI;

	private static final Map<String, ProfessionalLevel> BY_LABEL = Labels.index(ProfessionalLevel.class,
			"people.professionalLevel.",
			Map.of(NONE, new String[] { "Không", "Chưa đào tạo" }, TRUNG_CAP,
					new String[] { "Trung học chuyên nghiệp", "THCN" }, DAI_HOC,
					new String[] { "Cử nhân", "Kỹ sư", "Bác sĩ", "Dược sĩ", "Kiến trúc sư" }, THAC_SI,
					new String[] { "Thạc sỹ", "ThS" }, TIEN_SI, new String[] { "Tiến sỹ", "TS" }));

	public boolean atLeast(ProfessionalLevel other) {
		return compareTo(other) >= 0;
	}

	public String messageKey() {
		return "people.professionalLevel." + name();
	}

	/** Parses the Vietnamese label with or without diacritics ("Đại học", "dai hoc"). */
	public static Optional<ProfessionalLevel> fromLabel(@Nullable String label) {
		return Labels.find(BY_LABEL, label);
	}

}
