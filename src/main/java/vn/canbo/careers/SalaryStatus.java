package vn.canbo.careers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.canbo.rules.RuleVersion;

/**
 * A person's pay position and what comes next (bậc lương, nâng bậc, vượt khung).
 *
 * @param rankCode the rank's code
 * @param rankName its name; null when the code is not in the catalogue
 * @param tableCode the pay table; null when the rank is unknown
 * @param step the current step
 * @param maxSteps the table's last step (0 when unknown)
 * @param coefficient the coefficient on the record
 * @param since the day the step was granted
 * @param intervalMonths the regular interval of the table
 * @param adjustmentMonths delays minus early raises recorded by hand for this step
 * @param disciplineDelays the discipline decisions that delay the next raise (or the next
 * rise of the beyond-scale allowance), by day
 * @param ratingDelays the years rated "not completed" that delay it
 * @param nextRaiseOn the next regular raise, delays included (null at the last step or
 * for an unknown rank)
 * @param nextStep the step then
 * @param nextCoefficient its coefficient
 * @param atLastStep whether the step is the table's last
 * @param beyondScalePercent the beyond-scale allowance on the day asked
 * @param nextBeyondScaleOn when it starts or next rises
 * @param nextBeyondScalePercent to what
 * @param rule the raise rule applied
 */
public record SalaryStatus(String rankCode, @Nullable String rankName, @Nullable String tableCode, int step,
		int maxSteps, @Nullable BigDecimal coefficient, LocalDate since, int intervalMonths, int adjustmentMonths,
		List<DisciplineDelay> disciplineDelays, List<RatingDelay> ratingDelays, @Nullable LocalDate nextRaiseOn,
		@Nullable Integer nextStep, @Nullable BigDecimal nextCoefficient, boolean atLastStep, int beyondScalePercent,
		@Nullable LocalDate nextBeyondScaleOn, int nextBeyondScalePercent, RuleVersion rule) {

	public SalaryStatus {
		disciplineDelays = List.copyOf(disciplineDelays);
		ratingDelays = List.copyOf(ratingDelays);
	}

	public boolean rankKnown() {
		return this.tableCode != null;
	}

	/** The months the discipline decisions add. */
	public int disciplineMonths() {
		return this.disciplineDelays.stream().mapToInt(DisciplineDelay::months).sum();
	}

	/** The months the years rated not completed add. */
	public int ratingMonths() {
		return this.ratingDelays.stream().mapToInt(RatingDelay::months).sum();
	}

}
