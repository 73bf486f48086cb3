package vn.canbo.work;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What the assigner scored on one task, in converted product units: how much of its
 * weight was completed, the major errors and the delays, and how many of each an
 * objective cause excuses.
 *
 * @param weight the task's weight (sản phẩm quy đổi)
 * @param completedUnits the units completed, at most the weight
 * @param majorErrors major errors found
 * @param excusedErrors of those, certified as having an objective cause
 * @param delays delays
 * @param excusedDelays of those, certified as having an objective cause
 */
public record TaskFacts(BigDecimal weight, BigDecimal completedUnits, int majorErrors, int excusedErrors, int delays,
		int excusedDelays) {

	/** Units completed (quantity). */
	public BigDecimal quantityUnits() {
		return this.completedUnits;
	}

	/**
	 * Units meeting the quality requirements: each unexcused major error deducts the
	 * scheme's share of the product's quality points, down to none.
	 */
	public BigDecimal qualityUnits(ScoringScheme scheme) {
		return deducted(countedErrors(), scheme.errorDeduction());
	}

	/** Units on time: each unexcused delay deducts the scheme's share. */
	public BigDecimal timelyUnits(ScoringScheme scheme) {
		return deducted(countedDelays(), scheme.delayDeduction());
	}

	public int countedErrors() {
		return Math.max(0, this.majorErrors - this.excusedErrors);
	}

	public int countedDelays() {
		return Math.max(0, this.delays - this.excusedDelays);
	}

	private BigDecimal deducted(int count, BigDecimal share) {
		BigDecimal kept = BigDecimal.ONE.subtract(share.multiply(BigDecimal.valueOf(count))).max(BigDecimal.ZERO);
		return this.completedUnits.multiply(kept).setScale(6, RoundingMode.HALF_UP);
	}

}
