package vn.canbo.discipline;

/**
 * Which disciplinary system a decision belongs to: the state's (kỷ luật hành chính, NĐ
 * 172/2025 for cán bộ and công chức, Luật Viên chức for viên chức) or the Party's (kỷ
 * luật đảng, QĐ 69-QĐ/TW).
 */
public enum DisciplineSystem {

	STATE, PARTY;

	public String messageKey() {
		return "discipline.system." + name();
	}

}
