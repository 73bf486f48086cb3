package vn.canbo.discipline;

import java.util.EnumSet;
import java.util.Set;

import vn.canbo.people.PersonnelCategory;
import vn.canbo.rules.RuleVersion;

/**
 * A form of discipline (hình thức kỷ luật), in ascending severity within each system.
 * Salary-step reduction (hạ bậc lương) and demotion (giáng chức) of a công chức were
 * abolished by NĐ 172/2025 from 01/07/2025: they are allowed for decisions signed before
 * (rule {@code DISCIPLINE_FORMS}), so that the history is complete.
 */
public enum DisciplineForm {

	/** Khiển trách. */
	REPRIMAND,
	/** Cảnh cáo. */
	WARNING,
	/** Hạ bậc lương: a công chức's salary step lowered (until 30/06/2025). */
	SALARY_STEP_REDUCTION,
	/** Giáng chức: a công chức moved to a lower post (until 30/06/2025). */
	DEMOTION,
	/** Cách chức: removal from an appointed, approved or designated post. */
	REMOVAL,
	/** Bãi nhiệm: recall from an elected post (cán bộ). */
	RECALL,
	/** Buộc thôi việc: forced dismissal (công chức, viên chức). */
	DISMISSAL,
	/** Xóa tư cách chức vụ đã đảm nhiệm: for those who have retired or left. */
	STRIPPING_OF_TITLE,
	/** Khai trừ: expulsion from the Party. */
	EXPULSION;

	public String messageKey() {
		return "discipline.form." + name();
	}

	/**
	 * The forms a person of the category may receive in the system by a decision under
	 * the version of {@code DISCIPLINE_FORMS} in force on its date: today's forms, and
	 * for a công chức salary-step reduction and demotion while the version allows them.
	 */
	public static Set<DisciplineForm> allowed(DisciplineSystem system, PersonnelCategory category,
			boolean fullPartyMember, RuleVersion forms) {
		Set<DisciplineForm> allowed = allowed(system, category, fullPartyMember);
		if (system == DisciplineSystem.STATE && category == PersonnelCategory.CIVIL_SERVANT) {
			if (forms.parameter("civilServantSalaryStepReduction") == 1) {
				allowed.add(SALARY_STEP_REDUCTION);
			}
			if (forms.parameter("civilServantDemotion") == 1) {
				allowed.add(DEMOTION);
			}
		}
		return allowed;
	}

	/**
	 * The forms a person of the category may receive in the system: NĐ 172/2025 and Luật
	 * CBCC 2025 Art. 43 for cán bộ and công chức, Luật Viên chức for viên chức, QĐ
	 * 69-QĐ/TW for full Party members (probationary members: reprimand or warning only).
	 * Part-time and contract workers fall under no state system here.
	 */
	public static Set<DisciplineForm> allowed(DisciplineSystem system, PersonnelCategory category,
			boolean fullPartyMember) {
		if (system == DisciplineSystem.PARTY) {
			return fullPartyMember ? EnumSet.of(REPRIMAND, WARNING, REMOVAL, EXPULSION)
					: EnumSet.of(REPRIMAND, WARNING);
		}
		return switch (category) {
			case CADRE -> EnumSet.of(REPRIMAND, WARNING, REMOVAL, RECALL, STRIPPING_OF_TITLE);
			case CIVIL_SERVANT -> EnumSet.of(REPRIMAND, WARNING, REMOVAL, DISMISSAL, STRIPPING_OF_TITLE);
			case PUBLIC_EMPLOYEE -> EnumSet.of(REPRIMAND, WARNING, REMOVAL, DISMISSAL);
			case PART_TIME, CONTRACT -> EnumSet.noneOf(DisciplineForm.class);
		};
	}

}
