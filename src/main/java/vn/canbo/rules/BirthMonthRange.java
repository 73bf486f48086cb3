package vn.canbo.rules;

import java.time.YearMonth;

/**
 * The birth months from {@code first} to {@code last} (both included), e.g. of everyone
 * retiring in a period; as indexes {@code year * 12 + month - 1} for SQL.
 */
public record BirthMonthRange(YearMonth first, YearMonth last) {

	public static int index(YearMonth month) {
		return month.getYear() * 12 + month.getMonthValue() - 1;
	}

	public int firstIndex() {
		return index(this.first);
	}

	public int lastIndex() {
		return index(this.last);
	}

}
