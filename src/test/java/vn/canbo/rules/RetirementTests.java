package vn.canbo.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The retirement date of NĐ 135/2020/NĐ-CP: the worked examples of the sources, the
 * birth-month tables of its Appendix I row by row, and every birth month from 1955 to
 * 2000 against those tables (encoded here as data, not by the algorithm).
 */
class RetirementTests {

	static final RuleVersion OLD_CODE = version(1, null, "Bộ luật Lao động 2012, Điều 187", 2013, 720, 0, 720, 2013,
			660, 0, 660);

	static final RuleVersion ROADMAP = version(2, LocalDate.of(2021, 1, 1),
			"Bộ luật Lao động 2019, Điều 169; Nghị định 135/2020/NĐ-CP, Điều 3 và Điều 4", 2021, 723, 3, 744, 2021, 664,
			4, 720);

	static final RetirementSchedule SCHEDULE = RetirementSchedule.of(List.of(ROADMAP, OLD_CODE));

	/**
	 * Men: born from, born to, age years, age months (Appendix I; "to" null: onwards).
	 */
	static final String[][] MEN = { { "1900-01", "1960-12", "60", "0" }, { "1961-01", "1961-09", "60", "3" },
			{ "1961-10", "1962-06", "60", "6" }, { "1962-07", "1963-03", "60", "9" },
			{ "1963-04", "1963-12", "61", "0" }, { "1964-01", "1964-09", "61", "3" },
			{ "1964-10", "1965-06", "61", "6" }, { "1965-07", "1966-03", "61", "9" },
			{ "1966-04", "2100-12", "62", "0" } };

	static final String[][] WOMEN = { { "1900-01", "1965-12", "55", "0" }, { "1966-01", "1966-08", "55", "4" },
			{ "1966-09", "1967-04", "55", "8" }, { "1967-05", "1967-12", "56", "0" },
			{ "1968-01", "1968-08", "56", "4" }, { "1968-09", "1969-04", "56", "8" },
			{ "1969-05", "1969-12", "57", "0" }, { "1970-01", "1970-08", "57", "4" },
			{ "1970-09", "1971-04", "57", "8" }, { "1971-05", "1971-12", "58", "0" },
			{ "1972-01", "1972-08", "58", "4" }, { "1972-09", "1973-04", "58", "8" },
			{ "1973-05", "1973-12", "59", "0" }, { "1974-01", "1974-08", "59", "4" },
			{ "1974-09", "1975-04", "59", "8" }, { "1975-05", "2100-12", "60", "0" } };

	static RuleVersion version(long id, LocalDate validFrom, String citation, int maleYear, int maleBase, int maleStep,
			int maleCap, int femaleYear, int femaleBase, int femaleStep, int femaleCap) {
		return new RuleVersion(id, RuleKey.RETIREMENT_AGE, validFrom, null, citation, null, true,
				Map.of("maleBaseYear", (long) maleYear, "maleBaseMonths", (long) maleBase, "maleStepMonths",
						(long) maleStep, "maleCapMonths", (long) maleCap, "femaleBaseYear", (long) femaleYear,
						"femaleBaseMonths", (long) femaleBase, "femaleStepMonths", (long) femaleStep, "femaleCapMonths",
						(long) femaleCap),
				null, "test", Instant.EPOCH);
	}

	@Test
	void aManBornInJanuary1961RetiresAtTheEndOf30April2021() {
		Retirement retirement = Retirement.of(Sex.MALE, YearMonth.of(1961, 1), SCHEDULE);

		assertThat(retirement.retirementDate()).isEqualTo(LocalDate.of(2021, 4, 30));
		assertThat(retirement.pensionStartDate()).isEqualTo(LocalDate.of(2021, 5, 1));
		assertThat(retirement.ageYears()).isEqualTo(60);
		assertThat(retirement.ageMonths()).isEqualTo(3);
		assertThat(retirement.rule().citation()).contains("135/2020");
		assertThat(retirement.rule().validFrom()).isEqualTo(LocalDate.of(2021, 1, 1));
	}

	@Test
	void aWomanBornInJanuary1966RetiresAtTheEndOf31May2021() {
		Retirement retirement = Retirement.of(Sex.FEMALE, YearMonth.of(1966, 1), SCHEDULE);

		assertThat(retirement.retirementDate()).isEqualTo(LocalDate.of(2021, 5, 31));
		assertThat(retirement.pensionStartDate()).isEqualTo(LocalDate.of(2021, 6, 1));
		assertThat(retirement.ageYears()).isEqualTo(55);
		assertThat(retirement.ageMonths()).isEqualTo(4);
	}

	@Test
	void aWomanBornInDecember1968RetiresAtTheEndOfAugust2025() {
		Retirement retirement = Retirement.of(Sex.FEMALE, YearMonth.of(1968, 12), SCHEDULE);

		assertThat(retirement.retirementDate()).isEqualTo(LocalDate.of(2025, 8, 31));
		assertThat(retirement.pensionStartDate()).isEqualTo(LocalDate.of(2025, 9, 1));
		assertThat(retirement.ageYears()).isEqualTo(56);
		assertThat(retirement.ageMonths()).isEqualTo(8);
	}

	@Test
	void onlyABirthYearCountsFromTheFirstOfJanuary() {
		assertThat(Retirement.of(Sex.MALE, 1961, SCHEDULE).retirementDate()).isEqualTo(LocalDate.of(2021, 4, 30));
		assertThat(Retirement.of(Sex.FEMALE, 1966, SCHEDULE).retirementDate()).isEqualTo(LocalDate.of(2021, 5, 31));
	}

	@Test
	void thoseReachingTheOldAgeBefore2021RetireUnderTheOldCode() {
		Retirement man = Retirement.of(Sex.MALE, YearMonth.of(1960, 12), SCHEDULE);
		assertThat(man.retirementDate()).isEqualTo(LocalDate.of(2020, 12, 31));
		assertThat(man.ageYears()).isEqualTo(60);
		assertThat(man.ageMonths()).isZero();
		assertThat(man.rule().citation()).contains("2012");
		assertThat(man.rule().validFrom()).isNull();

		Retirement man1961 = Retirement.of(Sex.MALE, YearMonth.of(1961, 10), SCHEDULE);
		assertThat(man1961.ageYears()).isEqualTo(60);
		assertThat(man1961.ageMonths()).isEqualTo(6);
		assertThat(man1961.retirementDate()).isEqualTo(LocalDate.of(2022, 4, 30));
	}

	@ParameterizedTest(name = "{0} born {1}–{2}: {3}y{4}m, retiring {5}–{6}")
	@CsvSource({ "MALE, 1961-01, 1961-09, 60, 3, 2021-04, 2021-12", "MALE, 1961-10, 1962-06, 60, 6, 2022-04, 2022-12",
			"MALE, 1962-07, 1963-03, 60, 9, 2023-04, 2023-12", "MALE, 1963-04, 1963-12, 61, 0, 2024-04, 2024-12",
			"MALE, 1964-01, 1964-09, 61, 3, 2025-04, 2025-12", "MALE, 1964-10, 1965-06, 61, 6, 2026-04, 2026-12",
			"MALE, 1965-07, 1966-03, 61, 9, 2027-04, 2027-12", "FEMALE, 1966-01, 1966-08, 55, 4, 2021-05, 2021-12",
			"FEMALE, 1966-09, 1967-04, 55, 8, 2022-05, 2022-12", "FEMALE, 1967-05, 1967-12, 56, 0, 2023-05, 2023-12",
			"FEMALE, 1968-01, 1968-08, 56, 4, 2024-05, 2024-12", "FEMALE, 1968-09, 1969-04, 56, 8, 2025-05, 2025-12",
			"FEMALE, 1969-05, 1969-12, 57, 0, 2026-05, 2026-12", "FEMALE, 1970-01, 1970-08, 57, 4, 2027-05, 2027-12",
			"FEMALE, 1970-09, 1971-04, 57, 8, 2028-05, 2028-12", "FEMALE, 1971-05, 1971-12, 58, 0, 2029-05, 2029-12",
			"FEMALE, 1972-01, 1972-08, 58, 4, 2030-05, 2030-12", "FEMALE, 1972-09, 1973-04, 58, 8, 2031-05, 2031-12",
			"FEMALE, 1973-05, 1973-12, 59, 0, 2032-05, 2032-12", "FEMALE, 1974-01, 1974-08, 59, 4, 2033-05, 2033-12",
			"FEMALE, 1974-09, 1975-04, 59, 8, 2034-05, 2034-12" })
	void everyRowOfAppendixOne(Sex sex, String bornFrom, String bornTo, int years, int months, String retireFrom,
			String retireTo) {
		List<Retirement> row = new ArrayList<>();
		for (YearMonth birth = YearMonth.parse(bornFrom); !birth.isAfter(YearMonth.parse(bornTo)); birth = birth
			.plusMonths(1)) {
			row.add(Retirement.of(sex, birth, SCHEDULE));
		}
		assertThat(row).allSatisfy((retirement) -> {
			assertThat(retirement.ageYears()).as("years for %s", retirement.birth()).isEqualTo(years);
			assertThat(retirement.ageMonths()).as("months for %s", retirement.birth()).isEqualTo(months);
		});
		assertThat(row.get(0).reachedIn()).isEqualTo(YearMonth.parse(retireFrom));
		assertThat(row.get(row.size() - 1).reachedIn()).isEqualTo(YearMonth.parse(retireTo));
	}

	@Test
	void theFinalAgesHoldFromTheirFirstBirthMonthOn() {
		Retirement man = Retirement.of(Sex.MALE, YearMonth.of(1966, 4), SCHEDULE);
		assertThat(man.reachedIn()).isEqualTo(YearMonth.of(2028, 4));
		assertThat(man.ageYears()).isEqualTo(62);
		Retirement woman = Retirement.of(Sex.FEMALE, YearMonth.of(1975, 5), SCHEDULE);
		assertThat(woman.reachedIn()).isEqualTo(YearMonth.of(2035, 5));
		assertThat(woman.ageYears()).isEqualTo(60);
		assertThat(woman.ageMonths()).isZero();
	}

	@Test
	void everyBirthMonthFrom1955To2000MatchesTheTables() {
		int checked = 0;
		for (Sex sex : Sex.values()) {
			String[][] table = (sex == Sex.MALE) ? MEN : WOMEN;
			for (YearMonth birth = YearMonth.of(1955, 1); !birth.isAfter(YearMonth.of(2000, 12)); birth = birth
				.plusMonths(1)) {
				String[] row = rowFor(table, birth);
				int years = Integer.parseInt(row[2]);
				int months = Integer.parseInt(row[3]);
				YearMonth reached = birth.plusYears(years).plusMonths(months);

				Retirement retirement = Retirement.of(sex, birth, SCHEDULE);

				assertThat(retirement.ageYears() * 12 + retirement.ageMonths()).as("%s %s", sex, birth)
					.isEqualTo(years * 12 + months);
				assertThat(retirement.retirementDate()).as("%s %s", sex, birth).isEqualTo(reached.atEndOfMonth());
				assertThat(retirement.pensionStartDate()).isEqualTo(reached.plusMonths(1).atDay(1));
				assertThat(retirement.rule())
					.isEqualTo(reached.getYear() < 2021 ? SCHEDULE.versions().get(0) : SCHEDULE.versions().get(1));
				checked++;
			}
		}
		assertThat(checked).isEqualTo(2 * 46 * 12);
	}

	private static String[] rowFor(String[][] table, YearMonth birth) {
		for (String[] row : table) {
			if (!birth.isBefore(YearMonth.parse(row[0])) && !birth.isAfter(YearMonth.parse(row[1]))) {
				return row;
			}
		}
		throw new AssertionError("No row for " + birth);
	}

	@Test
	void theBirthMonthsRetiringInAPeriodAreOneRangePerSex() {
		// Retiring in 2025: men born 01/1964–09/1964, women born 09/1968–04/1969.
		assertThat(Retirement.birthMonthsRetiringBetween(Sex.MALE, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31),
				SCHEDULE))
			.contains(new BirthMonthRange(YearMonth.of(1964, 1), YearMonth.of(1964, 9)));
		assertThat(Retirement.birthMonthsRetiringBetween(Sex.FEMALE, LocalDate.of(2025, 1, 1),
				LocalDate.of(2025, 12, 31), SCHEDULE))
			.contains(new BirthMonthRange(YearMonth.of(1968, 9), YearMonth.of(1969, 4)));
		// Nobody retires in January–March 2025 (the men of 2024 retired by December).
		assertThat(Retirement.birthMonthsRetiringBetween(Sex.MALE, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31),
				SCHEDULE))
			.isEmpty();
		assertThat(Retirement.birthMonthsRetiringBetween(Sex.MALE, LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 31),
				SCHEDULE))
			.contains(new BirthMonthRange(YearMonth.of(1964, 2), YearMonth.of(1964, 2)));
	}

	@Test
	void theInverseAgreesWithTheCalculationForEveryMonthOfADecade() {
		for (Sex sex : Sex.values()) {
			for (YearMonth month = YearMonth.of(2020, 1); month
				.isBefore(YearMonth.of(2030, 1)); month = month.plusMonths(1)) {
				LocalDate from = month.atDay(1);
				LocalDate to = month.atEndOfMonth();
				List<YearMonth> expected = new ArrayList<>();
				for (YearMonth birth = YearMonth.of(1955, 1); birth
					.isBefore(YearMonth.of(1975, 1)); birth = birth.plusMonths(1)) {
					LocalDate date = Retirement.of(sex, birth, SCHEDULE).retirementDate();
					if (!date.isBefore(from) && !date.isAfter(to)) {
						expected.add(birth);
					}
				}
				var range = Retirement.birthMonthsRetiringBetween(sex, from, to, SCHEDULE);
				if (expected.isEmpty()) {
					assertThat(range).as("%s %s", sex, month).isEmpty();
				}
				else {
					assertThat(range).as("%s %s", sex, month)
						.contains(new BirthMonthRange(expected.get(0), expected.get(expected.size() - 1)));
				}
			}
		}
	}

	@Test
	void aLaterVersionChangesOnlyThoseReachingTheAgeAfterItStarts() {
		RuleVersion from2030 = version(3, LocalDate.of(2030, 1, 1), "Giả định: luật mới từ 2030", 2030, 65 * 12, 0,
				65 * 12, 2030, 62 * 12, 0, 62 * 12);
		RetirementSchedule changed = RetirementSchedule.of(List.of(OLD_CODE, ROADMAP, from2030));

		// A man born 12/1967 reaches 62 in 12/2029: unchanged.
		assertThat(Retirement.of(Sex.MALE, YearMonth.of(1967, 12), changed).retirementDate())
			.isEqualTo(Retirement.of(Sex.MALE, YearMonth.of(1967, 12), SCHEDULE).retirementDate())
			.isEqualTo(LocalDate.of(2029, 12, 31));
		// A man born 01/1968 would have reached 62 in 01/2030: now 65, in 01/2033.
		Retirement later = Retirement.of(Sex.MALE, YearMonth.of(1968, 1), changed);
		assertThat(later.retirementDate()).isEqualTo(LocalDate.of(2033, 1, 31));
		assertThat(later.rule().citation()).isEqualTo("Giả định: luật mới từ 2030");
		// A woman born 05/1971 reaches 58 in 05/2029 under the roadmap: unchanged.
		assertThat(Retirement.of(Sex.FEMALE, YearMonth.of(1971, 5), changed).retirementDate())
			.isEqualTo(LocalDate.of(2029, 5, 31));
	}

	@Test
	void aLowerAgeFromADateRetiresThoseAlreadyPastItInItsFirstMonth() {
		RuleVersion lower = version(3, LocalDate.of(2030, 1, 1), "Giả định: hạ tuổi", 2030, 60 * 12, 0, 60 * 12, 2030,
				55 * 12, 0, 55 * 12);
		RetirementSchedule changed = RetirementSchedule.of(List.of(OLD_CODE, ROADMAP, lower));

		// Born 06/1968: 62 in 06/2030 under the roadmap, already past 60 when the new
		// rule starts.
		assertThat(Retirement.of(Sex.MALE, YearMonth.of(1968, 6), changed).retirementDate())
			.isEqualTo(LocalDate.of(2030, 1, 31));
		assertThat(Retirement.of(Sex.MALE, YearMonth.of(1975, 6), changed).retirementDate())
			.isEqualTo(LocalDate.of(2035, 6, 30));
	}

}
