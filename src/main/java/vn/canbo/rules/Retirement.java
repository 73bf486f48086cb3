package vn.canbo.rules;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import vn.canbo.shared.DomainException;

/**
 * When a person retires (thời điểm nghỉ hưu, NĐ 135/2020/NĐ-CP Điều 3): at the end of the
 * last day of the month in which they reach the retirement age, their pension from the
 * first day of the next month; a record with only the birth year counts from 1 January.
 * The age is the one in force in the calendar year in which it is reached, under the
 * version of the schedule in force on the retirement date.
 *
 * @param sex the sex the schedule was read for
 * @param birth the birth month used (January when only the year is known)
 * @param reachedIn the month the age is reached
 * @param retirementDate the last day of that month
 * @param pensionStartDate the first day of the next month
 * @param ageYears the retirement age, whole years
 * @param ageMonths and months
 * @param rule the version of the schedule that produced the date
 */
public record Retirement(Sex sex, YearMonth birth, YearMonth reachedIn, LocalDate retirementDate,
		LocalDate pensionStartDate, int ageYears, int ageMonths, RuleVersion rule) {

	private static final YearMonth EARLIEST_BIRTH = YearMonth.of(1900, 1);

	private static final YearMonth LATEST_BIRTH = YearMonth.of(2100, 12);

	/**
	 * The retirement of someone born in the month (January when only the year is known).
	 */
	public static Retirement of(Sex sex, YearMonth birth, RetirementSchedule schedule) {
		// The first month M, under the version in force at the end of M, in which the
		// person is at least the age that version sets for M's year. When the age rises
		// by less than a year per year this is the month the age is reached in the same
		// calendar year (Appendix I of NĐ 135/2020); when a new version lowers the age,
		// those already past it retire in its first month.
		for (RuleVersion version : schedule.versions()) {
			RetirementAge age = RetirementAge.of(version, sex);
			YearMonth first = (version.validFrom() == null) ? null : YearMonth.from(version.validFrom());
			YearMonth last = (version.validTo() == null) ? null : YearMonth.from(version.validTo()).minusMonths(1);
			int fromYear = Math.max(birth.getYear(), (first == null) ? birth.getYear() : first.getYear());
			int toYear = (last == null) ? birth.getYear() + 200 : last.getYear();
			for (int year = fromYear; year <= toYear; year++) {
				int months = age.monthsIn(year);
				YearMonth candidate = latest(birth.plusMonths(months), YearMonth.of(year, 1), first);
				if (candidate.getYear() == year && (last == null || !candidate.isAfter(last))) {
					LocalDate retirement = candidate.atEndOfMonth();
					return new Retirement(sex, birth, candidate, retirement, retirement.plusDays(1), months / 12,
							months % 12, version);
				}
			}
		}
		throw new DomainException("rules.error.noRetirementRule", birth.toString());
	}

	/** The retirement of someone born in the year (counted from 1 January). */
	public static Retirement of(Sex sex, int birthYear, RetirementSchedule schedule) {
		return of(sex, YearMonth.of(birthYear, 1), schedule);
	}

	/**
	 * The birth months of everyone of the sex whose retirement date falls between the two
	 * days (both included): the retirement date never decreases with the birth month, so
	 * it is one range, found by bisection.
	 */
	public static Optional<BirthMonthRange> birthMonthsRetiringBetween(Sex sex, LocalDate from, LocalDate to,
			RetirementSchedule schedule) {
		if (to.isBefore(from) || schedule.versions().isEmpty()) {
			return Optional.empty();
		}
		int low = BirthMonthRange.index(EARLIEST_BIRTH);
		int high = BirthMonthRange.index(LATEST_BIRTH);
		// first birth month retiring on or after from
		int lo = low;
		int hi = high + 1;
		while (lo < hi) {
			int mid = (lo + hi) >>> 1;
			if (of(sex, month(mid), schedule).retirementDate().isBefore(from)) {
				lo = mid + 1;
			}
			else {
				hi = mid;
			}
		}
		int firstIndex = lo;
		// first birth month retiring after to
		lo = firstIndex;
		hi = high + 1;
		while (lo < hi) {
			int mid = (lo + hi) >>> 1;
			if (of(sex, month(mid), schedule).retirementDate().isAfter(to)) {
				hi = mid;
			}
			else {
				lo = mid + 1;
			}
		}
		int lastIndex = lo - 1;
		if (firstIndex > high || lastIndex < firstIndex) {
			return Optional.empty();
		}
		return Optional.of(new BirthMonthRange(month(firstIndex), month(lastIndex)));
	}

	private static YearMonth month(int index) {
		return YearMonth.of(index / 12, index % 12 + 1);
	}

	private static YearMonth latest(YearMonth a, YearMonth b, @Nullable YearMonth c) {
		YearMonth later = a.isAfter(b) ? a : b;
		return (c != null && c.isAfter(later)) ? c : later;
	}

}
