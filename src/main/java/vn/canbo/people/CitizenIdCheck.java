package vn.canbo.people;

import java.util.List;

/**
 * The result of checking a citizen ID number against its format and the record.
 *
 * @param problems the broken rules, empty when the number passes
 */
public record CitizenIdCheck(List<RuleViolation> problems) {

	public CitizenIdCheck {
		problems = List.copyOf(problems);
	}

	public boolean passes() {
		return this.problems.isEmpty();
	}

}
