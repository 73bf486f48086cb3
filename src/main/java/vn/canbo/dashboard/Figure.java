package vn.canbo.dashboard;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

import vn.canbo.indicators.Indicator;
import vn.canbo.indicators.Measurement;

/**
 * One indicator of a dashboard (số liệu): its value over the unit's subtree on the date
 * and on the date compared with.
 *
 * @param indicator what it measures
 * @param value its value on the dashboard's date
 * @param compare its value on the date compared with; null when the unit did not exist
 * then
 */
public record Figure(Indicator indicator, Measurement value, @Nullable Measurement compare) {

	public String id() {
		return this.indicator.id();
	}

	public boolean share() {
		return this.indicator.share();
	}

	/** The value's difference from the compared date's; null without a compared value. */
	public @Nullable Long change() {
		return (this.compare == null) ? null : this.value.value() - this.compare.value();
	}

	/**
	 * The share's difference from the compared date's in percentage points; null for a
	 * count, without a compared value or when either share has no denominator.
	 */
	public @Nullable BigDecimal pointChange() {
		if (!share() || this.compare == null) {
			return null;
		}
		BigDecimal now = this.value.percent();
		BigDecimal then = this.compare.percent();
		return (now == null || then == null) ? null : now.subtract(then);
	}

}
