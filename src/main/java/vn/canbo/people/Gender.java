package vn.canbo.people;

import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/** Sex as recorded on the résumé and the citizen ID (giới tính). */
public enum Gender {

	MALE, FEMALE;

	private static final Map<String, Gender> BY_LABEL = Labels.index(Gender.class, "people.gender.",
			Map.of(MALE, new String[] { "Trai" }, FEMALE, new String[] { "Gái" }));

	public String messageKey() {
		return "people.gender." + name();
	}

	/** Parses "Nam" or "Nữ" (or "nu"), as found in imported lists. */
	public static Optional<Gender> fromLabel(@Nullable String label) {
		return Labels.find(BY_LABEL, label);
	}

}
