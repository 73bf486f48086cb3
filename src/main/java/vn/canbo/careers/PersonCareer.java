package vn.canbo.careers;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.canbo.rules.BaseSalary;

/**
 * One person's retirement and salary outlook as of a day, with the facts and rules that
 * produced them.
 *
 * @param asOf the day asked
 * @param person the person and their retirement
 * @param salary the pay position; null without a salary history
 * @param baseSalary the base salary in force on the day, if any
 * @param monthlySalary coefficient × base salary, in đồng
 * @param adjustments early raises and delays, latest first
 * @param editable whether the user may record adjustments
 */
public record PersonCareer(LocalDate asOf, RetiringPerson person, @Nullable SalaryStatus salary,
		@Nullable BaseSalary baseSalary, @Nullable Long monthlySalary, List<SalaryAdjustment> adjustments,
		boolean editable) {

}
