package vn.canbo.people;

import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The state-management training (trình độ quản lý nhà nước) by the rank it qualifies for:
 * chuyên viên, chuyên viên chính, chuyên viên cao cấp.
 */
public enum StateManagementLevel {

	NONE, CHUYEN_VIEN, CHUYEN_VIEN_CHINH, CHUYEN_VIEN_CAO_CAP;

	private static final Map<String, StateManagementLevel> BY_LABEL = Labels.index(StateManagementLevel.class,
			"people.stateManagementLevel.",
			Map.of(NONE, new String[] { "Không", "Chưa đào tạo" }, CHUYEN_VIEN, new String[] { "CV" },
					CHUYEN_VIEN_CHINH, new String[] { "CVC" }, CHUYEN_VIEN_CAO_CAP, new String[] { "CVCC" }));

	public boolean atLeast(StateManagementLevel other) {
		return compareTo(other) >= 0;
	}

	public String messageKey() {
		return "people.stateManagementLevel." + name();
	}

	/** Parses the Vietnamese label with or without diacritics ("Chuyên viên chính"). */
	public static Optional<StateManagementLevel> fromLabel(@Nullable String label) {
		return Labels.find(BY_LABEL, label);
	}

}
