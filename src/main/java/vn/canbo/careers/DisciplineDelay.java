package vn.canbo.careers;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import vn.canbo.discipline.DisciplineForm;
import vn.canbo.discipline.RaiseDelay;
import vn.canbo.rules.RuleVersion;

/**
 * A discipline decision's delay counted in a raise (kéo dài thời gian nâng lương do bị kỷ
 * luật), computed by the discipline module. The decision itself is shown only to those
 * who may read the person's discipline; others see the months and the rule.
 *
 * @param months how many months it adds to the wait
 * @param rule the rule version the months come from
 * @param form the form of discipline; null when hidden from the user
 * @param decisionNumber the decision's number; null when hidden
 * @param decisionDate when it was signed; null when hidden
 * @param effectiveOn when it took effect; null when hidden
 */
public record DisciplineDelay(int months, RuleVersion rule, @Nullable DisciplineForm form,
		@Nullable String decisionNumber, @Nullable LocalDate decisionDate, @Nullable LocalDate effectiveOn) {

	static DisciplineDelay of(RaiseDelay delay, boolean shown) {
		return shown
				? new DisciplineDelay(delay.months(), delay.rule(), delay.form(), delay.decisionNumber(),
						delay.decisionDate(), delay.effectiveOn())
				: new DisciplineDelay(delay.months(), delay.rule(), null, null, null, null);
	}

	/** Whether the decision is shown. */
	public boolean shown() {
		return this.form != null;
	}

}
