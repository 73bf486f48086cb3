package vn.canbo.rules;

import java.time.LocalDate;

/**
 * How many months before the retirement date the person is notified and the decision is
 * issued, as one version of {@link RuleKey#RETIREMENT_NOTICE} sets them.
 */
public record RetirementNotice(RuleVersion version) {

	public int notifyMonths() {
		return this.version.intParameter("notifyMonths");
	}

	public int decideMonths() {
		return this.version.intParameter("decideMonths");
	}

	/** The day by which the person should be notified of a retirement on the date. */
	public LocalDate notifyBy(LocalDate retirementDate) {
		return retirementDate.plusDays(1).minusMonths(notifyMonths());
	}

	/** The day by which the decision should be issued. */
	public LocalDate decideBy(LocalDate retirementDate) {
		return retirementDate.plusDays(1).minusMonths(decideMonths());
	}

}
