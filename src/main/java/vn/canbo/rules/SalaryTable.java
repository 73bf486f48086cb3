package vn.canbo.rules;

import java.math.BigDecimal;
import java.util.List;

/**
 * A pay table of NĐ 204/2004/NĐ-CP (bảng lương, e.g. A1): the coefficient of each step.
 *
 * @param code the table's code, e.g. {@code A2.1}
 * @param name its name
 * @param raiseGroup which regular-raise interval applies
 * @param coefficients the coefficient of step 1, 2, …
 * @param confirmed whether the figures were checked against the legal text
 */
public record SalaryTable(String code, String name, RaiseGroup raiseGroup, List<BigDecimal> coefficients,
		boolean confirmed) {

	public SalaryTable {
		coefficients = List.copyOf(coefficients);
	}

	public int steps() {
		return this.coefficients.size();
	}

	/** The coefficient of the step (1-based). */
	public BigDecimal coefficient(int step) {
		return this.coefficients.get(step - 1);
	}

}
