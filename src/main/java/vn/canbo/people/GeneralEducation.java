package vn.canbo.people;

import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A level of general education (trình độ giáo dục phổ thông) that lists filter on and
 * figures count: for now upper secondary completed (tốt nghiệp THPT: 12/12 or 10/10), the
 * level the commune targets are set on.
 */
public enum GeneralEducation {

	/** Completed upper secondary school: 12/12, or 10/10 in the former 10-year system. */
	UPPER_SECONDARY("upperSecondary");

	private final String parameter;

	GeneralEducation(String parameter) {
		this.parameter = parameter;
	}

	/** How links write it ({@code education=upperSecondary}). */
	public String parameter() {
		return this.parameter;
	}

	public String messageKey() {
		return "people.generalEducation." + name();
	}

	/** Reads a link's value or the constant's name, in any case. */
	public static Optional<GeneralEducation> fromParameter(@Nullable String text) {
		if (text == null) {
			return Optional.empty();
		}
		String key = text.strip();
		for (GeneralEducation level : values()) {
			if (level.parameter.equalsIgnoreCase(key) || level.name().equals(key.toUpperCase(Locale.ROOT))) {
				return Optional.of(level);
			}
		}
		return Optional.empty();
	}

}
