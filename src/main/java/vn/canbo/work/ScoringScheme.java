package vn.canbo.work;

import java.math.BigDecimal;

import vn.canbo.rules.EvaluationLevel;
import vn.canbo.rules.RuleVersion;

/**
 * A monthly scoring scheme as one rule version sets it: maximum points per group, the
 * level bands, the deductions per major error and per delay, and what the unit's result
 * counts for a leader.
 */
public record ScoringScheme(RuleVersion version) {

	public BigDecimal generalMax() {
		return points("generalMax");
	}

	public BigDecimal taskMax() {
		return points("taskMax");
	}

	public BigDecimal bonusMax() {
		return points("bonusMax");
	}

	public BigDecimal errorDeduction() {
		return fraction("errorDeductionPercent");
	}

	public BigDecimal delayDeduction() {
		return fraction("delayDeductionPercent");
	}

	public BigDecimal unitResultFull() {
		return points("unitResultFullPercent");
	}

	public BigDecimal unitResultPartial() {
		return points("unitResultPartialPercent");
	}

	/** The level the points reach: the bands are inclusive at their lower bound. */
	public EvaluationLevel level(BigDecimal total) {
		if (total.compareTo(points("excellentMin")) >= 0) {
			return EvaluationLevel.EXCELLENT;
		}
		if (total.compareTo(points("goodMin")) >= 0) {
			return EvaluationLevel.GOOD;
		}
		if (total.compareTo(points("completedMin")) >= 0) {
			return EvaluationLevel.COMPLETED;
		}
		return EvaluationLevel.NOT_COMPLETED;
	}

	/** The lowest points of the level (0 for not completed). */
	public BigDecimal minimum(EvaluationLevel level) {
		return switch (level) {
			case EXCELLENT -> points("excellentMin");
			case GOOD -> points("goodMin");
			case COMPLETED -> points("completedMin");
			case NOT_COMPLETED -> BigDecimal.ZERO;
		};
	}

	private BigDecimal points(String name) {
		return BigDecimal.valueOf(this.version.parameter(name));
	}

	private BigDecimal fraction(String name) {
		return BigDecimal.valueOf(this.version.parameter(name)).movePointLeft(2);
	}

}
