package vn.canbo.careers;

import java.time.LocalDate;
import java.util.List;

import vn.canbo.rules.RetirementNotice;

/**
 * The retirements of a unit's subtree: those in the chosen period, those to notify now,
 * and the counts of the coming years.
 *
 * @param from first day of the period
 * @param to last day of the period
 * @param people who retires in the period, by date then name
 * @param toNotify who retires within the notice lead time from today
 * @param noticeUntil the last retirement day that needs notifying today
 * @param notice the notice rule applied
 * @param perYear retirements in this and the next four calendar years
 */
public record RetirementOverview(LocalDate from, LocalDate to, List<RetiringPerson> people,
		List<RetiringPerson> toNotify, LocalDate noticeUntil, RetirementNotice notice, List<YearCount> perYear) {

}
