package vn.canbo.recruitment;

/**
 * A priority category of a candidate (đối tượng ưu tiên, NĐ 170 Art. 6), in one of the
 * four groups whose points the rule {@code RECRUITMENT_PRIORITY} sets: 7.5, 5, 2.5 and
 * 1.5 points; only the highest group counts.
 */
public enum PriorityCategory {

	/** Anh hùng LLVT, Anh hùng Lao động, thương binh and those treated alike. */
	HERO_OR_WAR_INVALID(1),
	/** Người dân tộc thiểu số. */
	ETHNIC_MINORITY(2),
	/** Army or police officers, demobilised professional soldiers, cipher staff. */
	ARMED_FORCES(2),
	/** Reserve-officer graduates, commune military commanders with that rank. */
	RESERVE_OFFICER(2),
	/** Children of martyrs, war invalids, heroes and Agent-Orange-exposed fighters. */
	CHILD_OF_POLICY_FAMILY(2),
	/** Completed military or People's Police service. */
	MILITARY_SERVICE(3),
	/** Youth-volunteer members (TNXP). */
	YOUTH_VOLUNTEER(3),
	/** Trade-union officers grown from the grassroots labour movement. */
	TRADE_UNION_OFFICER(4);

	private final int group;

	PriorityCategory(int group) {
		this.group = group;
	}

	/** 1 (7.5 points) to 4 (1.5 points). */
	public int group() {
		return this.group;
	}

	public String messageKey() {
		return "recruitment.priority." + name();
	}

}
