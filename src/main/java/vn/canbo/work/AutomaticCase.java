package vn.canbo.work;

/**
 * The cases rated "not completed" whatever the score (NĐ 335/2025 Điều 20): concluded
 * degradation or a breach of what Party members must not do, duty-related discipline of
 * khiển trách or above in the period, and, for leaders, embezzlement, corruption or waste
 * in the unit they manage.
 */
public enum AutomaticCase {

	DEGRADATION, DISCIPLINE, UNIT_CORRUPTION;

	public String messageKey() {
		return "work.automatic." + name();
	}

}
