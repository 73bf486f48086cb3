package vn.canbo.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jspecify.annotations.Nullable;

/**
 * A measured value, with its denominator when the indicator is a share.
 *
 * @param value the count
 * @param denominator what it is a share of; null for a plain count
 */
public record Measurement(long value, @Nullable Long denominator) {

	public static final Measurement ZERO = new Measurement(0, null);

	public static Measurement count(long value) {
		return new Measurement(value, null);
	}

	public static Measurement share(long value, long denominator) {
		return new Measurement(value, denominator);
	}

	/**
	 * The share in per cent, one decimal (half up); null without a denominator or of 0.
	 */
	public @Nullable BigDecimal percent() {
		if (this.denominator == null || this.denominator == 0) {
			return null;
		}
		return BigDecimal.valueOf(this.value * 100L)
			.divide(BigDecimal.valueOf(this.denominator), 1, RoundingMode.HALF_UP);
	}

	/** The sum of two measurements of the same indicator (over two branches). */
	public Measurement plus(Measurement other) {
		Long sum = (this.denominator == null && other.denominator == null) ? null
				: ((this.denominator == null) ? 0 : this.denominator)
						+ ((other.denominator == null) ? 0 : other.denominator);
		return new Measurement(this.value + other.value, sum);
	}

}
