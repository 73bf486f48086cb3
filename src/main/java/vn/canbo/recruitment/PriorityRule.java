package vn.canbo.recruitment;

import java.math.BigDecimal;
import java.util.Collection;

import vn.canbo.rules.RuleVersion;

/**
 * The priority points (điểm ưu tiên, NĐ 170 Art. 6) in force on a day: the points of each
 * of the four groups, of which only the highest a candidate belongs to is added.
 *
 * @param firstTenths group 1 in tenths of a point (75: 7.5)
 * @param secondTenths group 2
 * @param thirdTenths group 3
 * @param fourthTenths group 4
 * @param citation the legal source
 * @param confirmed whether the figures were checked against the text
 */
public record PriorityRule(int firstTenths, int secondTenths, int thirdTenths, int fourthTenths, String citation,
		boolean confirmed) {

	public static final PriorityRule DECREE_170 = new PriorityRule(75, 50, 25, 15, "Nghị định 170/2025/NĐ-CP, Điều 6",
			true);

	static PriorityRule of(RuleVersion version) {
		return new PriorityRule((int) version.parameter("firstTenths"), (int) version.parameter("secondTenths"),
				(int) version.parameter("thirdTenths"), (int) version.parameter("fourthTenths"), version.citation(),
				version.confirmed());
	}

	/** The points of one category. */
	public BigDecimal points(PriorityCategory category) {
		int tenths = switch (category.group()) {
			case 1 -> this.firstTenths;
			case 2 -> this.secondTenths;
			case 3 -> this.thirdTenths;
			default -> this.fourthTenths;
		};
		return BigDecimal.valueOf(tenths, 1);
	}

	/** The points of the highest category held; no stacking (Art. 6(2)); 0 for none. */
	public BigDecimal points(Collection<PriorityCategory> categories) {
		BigDecimal best = BigDecimal.ZERO.setScale(1);
		for (PriorityCategory category : categories) {
			BigDecimal points = points(category);
			if (points.compareTo(best) > 0) {
				best = points;
			}
		}
		return best;
	}

}
