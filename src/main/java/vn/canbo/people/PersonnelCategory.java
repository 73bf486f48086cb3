package vn.canbo.people;

import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Which law a person works under: cán bộ, công chức, viên chức, người hoạt động không
 * chuyên trách, hợp đồng lao động.
 */
public enum PersonnelCategory {

	/** Elected or designated to a post in the Party, State or mass organisations. */
	CADRE,
	/** Recruited to a job position on the State payroll. */
	CIVIL_SERVANT,
	/** Works in a public service unit under a contract. */
	PUBLIC_EMPLOYEE,
	/** Part-time commune or village worker. */
	PART_TIME,
	/** Labour contract. */
	CONTRACT;

	private static final Map<String, PersonnelCategory> BY_LABEL = Labels.index(PersonnelCategory.class,
			"people.personnelCategory.",
			Map.of(PART_TIME, new String[] { "Không chuyên trách", "Người hoạt động không chuyên trách ở cấp xã" },
					CONTRACT, new String[] { "Hợp đồng", "HĐLĐ" }));

	public String messageKey() {
		return "people.personnelCategory." + name();
	}

	/**
	 * Parses the Vietnamese label with or without diacritics ("Công chức", "cong chuc").
	 */
	public static Optional<PersonnelCategory> fromLabel(@Nullable String label) {
		return Labels.find(BY_LABEL, label);
	}

}
