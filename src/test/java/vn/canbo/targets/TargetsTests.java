package vn.canbo.targets;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.canbo.orgunits.OrgUnitView;
import vn.canbo.orgunits.OrgUnits;
import vn.canbo.people.People;
import vn.canbo.security.Role;
import vn.canbo.security.TestAccounts;
import vn.canbo.shared.ConcurrentEditException;
import vn.canbo.shared.FieldProblem;
import vn.canbo.shared.InvalidInputException;
import vn.canbo.shared.OutOfScopeException;
import vn.canbo.staffing.Assignments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Targets through the facade, on a new agency of Phường Mường Thanh whose people and
 * primary posts the test records, so that every value is computed by hand (see
 * {@link TargetTestData}): progress at several dates, scope, validation, stale versions
 * and the audit trail.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(WomenInPostIndicators.class)
class TargetsTests {

	static final Locale VI = Locale.forLanguageTag("vi");

	static final LocalDate BASELINE = TargetTestData.BASELINE;

	static final LocalDate DEADLINE = TargetTestData.DEADLINE;

	@Autowired
	Targets targets;

	@Autowired
	OrgUnits orgUnits;

	@Autowired
	People people;

	@Autowired
	Assignments assignments;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MessageSource messages;

	long commune;

	OrgUnitView agency;

	@BeforeEach
	void createAgencyWithPeople() {
		this.agency = TargetTestData.agencyWithPeople(this.orgUnits, this.people, this.assignments);
		this.commune = this.agency.parentId();
		signInOfficer();
	}

	void signInOfficer() {
		TestAccounts.signIn("xa-tochuc", Set.of(Role.ORG_OFFICER), this.commune);
	}

	@AfterEach
	void signOut() {
		TestAccounts.signOut();
	}

	TargetInput womenTarget(String value) {
		return new TargetInput(WomenInPostIndicators.WOMEN, this.agency.id(), Comparison.AT_LEAST,
				new BigDecimal(value), BASELINE, DEADLINE, "99/NQ-THU", LocalDate.of(2025, 12, 20),
				"Đảng ủy phường (thử)", "Tỷ lệ nữ");
	}

	@Test
	void aTargetWithADeadlineShowsTheRightProgressAtEachDate() {
		Target target = this.targets.create(womenTarget("60"));

		// 2/7/2026 is day 182 of 364: the line is at 20 + 40 × 182/364 = 40%; 4/10 = 40%
		Progress july = this.targets.progress(target.id(), LocalDate.of(2026, 7, 2));
		assertThat(july.baseline().count()).isEqualTo(2);
		assertThat(july.baseline().denominator()).isEqualTo(10);
		assertThat(july.baseline().value()).isEqualByComparingTo("20");
		assertThat(july.value().count()).isEqualTo(4);
		assertThat(july.value().denominator()).isEqualTo(10);
		assertThat(july.value().value()).isEqualByComparingTo("40");
		assertThat(july.expected()).isEqualByComparingTo("40");
		assertThat(july.percentOfTarget()).isEqualByComparingTo("66.7");
		assertThat(july.status()).isEqualTo(TargetStatus.ON_TRACK);

		// 1/10/2026 is day 273: the line is at 20 + 40 × 273/364 = 50%; 5/11 = 45.45%
		Progress october = this.targets.progress(target.id(), LocalDate.of(2026, 10, 1));
		assertThat(october.value().count()).isEqualTo(5);
		assertThat(october.value().denominator()).isEqualTo(11);
		assertThat(october.value().value()).isEqualByComparingTo("45.4545");
		assertThat(october.expected()).isEqualByComparingTo("50");
		assertThat(october.percentOfTarget()).isEqualByComparingTo("75.8");
		assertThat(october.status()).isEqualTo(TargetStatus.BEHIND);

		// on the deadline 5/11 is short of 60%: missed
		Progress deadline = this.targets.progress(target.id(), DEADLINE);
		assertThat(deadline.expected()).isEqualByComparingTo("60");
		assertThat(deadline.status()).isEqualTo(TargetStatus.MISSED);

		// a lower target of 45% is met by 5/11 in October
		Target lower = this.targets.update(target.id(), target.version(), womenTarget("45"));
		assertThat(this.targets.progress(lower.id(), LocalDate.of(2026, 10, 1)).status())
			.isEqualTo(TargetStatus.ACHIEVED);
	}

	@Test
	void theTrendGivesTheLastDayOfEachYearAndToday() {
		Target target = this.targets.create(new TargetInput(WomenInPostIndicators.WOMEN, this.agency.id(),
				Comparison.AT_LEAST, new BigDecimal("60"), LocalDate.of(2025, 7, 1), LocalDate.of(2027, 12, 31),
				"98/NQ-THU", LocalDate.of(2025, 6, 20), "Đảng ủy phường (thử)", null));
		Trend trend = this.targets.trend(target.id());
		LocalDate today = this.targets.today();
		List<LocalDate> days = trend.points().stream().map(Trend.Point::on).toList();
		assertThat(days).isSorted()
			.contains(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 12, 31), LocalDate.of(2027, 12, 31));
		if (today.isAfter(LocalDate.of(2025, 12, 31)) && today.isBefore(LocalDate.of(2027, 12, 31))) {
			assertThat(days).contains(today);
		}
		// the line starts at the baseline; no one held a post then nor on 31/12/2025 in
		// the
		// new agency: nothing to count
		assertThat(trend.points().get(0).on()).isEqualTo(LocalDate.of(2025, 7, 1));
		Trend.Point yearEnd = trend.points().get(1);
		assertThat(yearEnd.on()).isEqualTo(LocalDate.of(2025, 12, 31));
		assertThat(yearEnd.status()).isEqualTo(TargetStatus.NO_DATA);
		Trend.Point last = trend.points().get(trend.points().size() - 1);
		assertThat(last.expected()).isNull();
		if (today.isBefore(LocalDate.of(2027, 12, 31))) {
			assertThat(last.status()).isNull();
			assertThat(last.value().known()).isFalse();
		}
	}

	@Test
	void anotherProvincesOfficerCannotReadOrEditAndStaffCannotRead() {
		Target target = this.targets.create(womenTarget("60"));
		TestAccounts.signIn("tw-tochuc", Set.of(Role.ORG_OFFICER), null);
		long hanoi = this.orgUnits.getByCode("01", LocalDate.of(2025, 7, 1)).id();
		TestAccounts.signIn("hn-tochuc", Set.of(Role.ORG_OFFICER), hanoi);
		assertThatThrownBy(() -> this.targets.get(target.id())).isInstanceOf(OutOfScopeException.class);
		assertThatThrownBy(() -> this.targets.progress(target.id(), DEADLINE)).isInstanceOf(OutOfScopeException.class);
		assertThatThrownBy(() -> this.targets.update(target.id(), target.version(), womenTarget("50")))
			.isInstanceOf(OutOfScopeException.class);
		assertThatThrownBy(() -> this.targets.delete(target.id(), target.version()))
			.isInstanceOf(OutOfScopeException.class);
		assertThatThrownBy(() -> this.targets.create(womenTarget("50"))).isInstanceOf(OutOfScopeException.class);
		assertThat(this.targets.list(null, DEADLINE, 0, 200).items()).extracting((p) -> p.target().id())
			.doesNotContain(target.id());

		TestAccounts.signIn("xa-canbo", Set.of(Role.STAFF), this.commune);
		assertThatThrownBy(() -> this.targets.get(target.id())).isInstanceOf(OutOfScopeException.class);
		assertThatThrownBy(() -> this.targets.list(null, DEADLINE, 0, 10)).isInstanceOf(OutOfScopeException.class);

		TestAccounts.signIn("xa-lanhdao", Set.of(Role.LEADER), this.commune);
		assertThat(this.targets.get(target.id()).id()).isEqualTo(target.id());
		assertThat(this.targets.canEdit()).isFalse();
		assertThatThrownBy(() -> this.targets.update(target.id(), target.version(), womenTarget("50")))
			.isInstanceOf(OutOfScopeException.class);
	}

	@Test
	void everyBadValueIsReportedInVietnameseAgainstItsField() {
		InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
				() -> this.targets.create(new TargetInput("khong.co", this.agency.id(), null, new BigDecimal("-1"),
						DEADLINE, DEADLINE, " ", null, "x".repeat(301), null)));
		Map<String, String> errors = refused.problems()
			.stream()
			.collect(Collectors.toMap(FieldProblem::field, (p) -> this.messages.getMessage(p, VI), (a, b) -> a));
		assertThat(errors).containsOnlyKeys("indicatorId", "comparison", "value", "deadline", "resolutionNumber",
				"resolutionDate", "resolutionBody");
		assertThat(errors.get("indicatorId")).startsWith("Chỉ số:").contains("khong.co");
		assertThat(errors.get("deadline")).startsWith("Thời hạn:").contains("31/12/2026");
		assertThat(errors.get("resolutionBody")).startsWith("Cơ quan ban hành:").contains("300");

		Map<String, String> share = messages(() -> this.targets.create(womenTarget("60.25")));
		assertThat(share).containsOnlyKeys("value");
		assertThat(share.get("value")).contains("phần trăm từ 0 đến 100");
		assertThat(messages(() -> this.targets.create(womenTarget("101")))).containsKey("value");
		Map<String, String> count = messages(() -> this.targets
			.create(new TargetInput(WomenInPostIndicators.IN_POST, this.agency.id(), Comparison.AT_MOST,
					new BigDecimal("2.5"), BASELINE, DEADLINE, "1/NQ", BASELINE, "UBND", null)));
		assertThat(count.get("value")).contains("số nguyên");
		// the agency was created on 1/7/2025: nothing to measure a baseline of before
		Map<String, String> early = messages(() -> this.targets
			.create(new TargetInput(WomenInPostIndicators.WOMEN, this.agency.id(), Comparison.AT_LEAST, BigDecimal.TEN,
					LocalDate.of(2024, 1, 1), DEADLINE, "1/NQ", BASELINE, "UBND", null)));
		assertThat(early.get("baselineDate")).startsWith("Ngày mốc:").contains("01/01/2024");
	}

	Map<String, String> messages(Runnable change) {
		InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, change::run);
		return refused.problems()
			.stream()
			.collect(Collectors.toMap(FieldProblem::field, (p) -> this.messages.getMessage(p, VI), (a, b) -> a));
	}

	@Test
	void aSecondEditOfTheSameVersionIsRefusedWithoutOverwriting() {
		Target target = this.targets.create(womenTarget("60"));
		Target first = this.targets.update(target.id(), target.version(), womenTarget("55"));
		assertThat(first.version()).isEqualTo(target.version() + 1);
		assertThatThrownBy(() -> this.targets.update(target.id(), target.version(), womenTarget("70")))
			.isInstanceOf(ConcurrentEditException.class);
		assertThatThrownBy(() -> this.targets.delete(target.id(), target.version()))
			.isInstanceOf(ConcurrentEditException.class);
		assertThat(this.targets.get(target.id()).value()).isEqualByComparingTo("55");
	}

	@Test
	void everyChangeIsInTheAuditTrailWithWhoAndTheStatesBeforeAndAfter() {
		Target target = this.targets.create(womenTarget("60"));
		this.targets.update(target.id(), target.version(), womenTarget("65"));
		this.targets.delete(target.id(), target.version() + 1);
		List<Map<String, Object>> entries = this.jdbc.sql("""
				select action, actor, before ->> 'value' as before_value, after ->> 'value' as after_value,
					after ->> 'resolutionNumber' as number, scope_path
				from audit_entry where entity_type = 'Target' and entity_id = :id order by id""")
			.param("id", String.valueOf(target.id()))
			.query()
			.listOfRows();
		assertThat(entries).extracting((row) -> row.get("action")).containsExactly("CREATE", "UPDATE", "DELETE");
		assertThat(entries).extracting((row) -> row.get("actor")).containsOnly("xa-tochuc");
		assertThat(entries.get(0).get("number")).isEqualTo("99/NQ-THU");
		assertThat(new BigDecimal((String) entries.get(1).get("before_value"))).isEqualByComparingTo("60");
		assertThat(new BigDecimal((String) entries.get(1).get("after_value"))).isEqualByComparingTo("65");
		assertThat(entries.get(2).get("after_value")).isNull();
		assertThat((String) entries.get(0).get("scope_path")).isEqualTo(this.agency.path());
	}

	@Test
	void theSummaryOfAUnitListsItsOwnTargetsAndThoseOfItsAncestorsMeasuredOnIt() {
		Target own = this.targets.create(womenTarget("60"));
		Target communes = this.targets
			.create(new TargetInput(WomenInPostIndicators.IN_POST, this.commune, Comparison.AT_MOST,
					new BigDecimal("100000"), BASELINE, DEADLINE, "97/NQ-THU", BASELINE, "Đảng ủy phường (thử)", null));
		List<Progress> summary = this.targets.summary(this.agency.id(), LocalDate.of(2026, 7, 2));
		assertThat(summary).extracting((p) -> p.target().id()).containsSubsequence(own.id(), communes.id());
		Progress inherited = summary.stream().filter((p) -> p.target().id() == communes.id()).findFirst().orElseThrow();
		assertThat(inherited.inherited()).isTrue();
		// the commune's target measured on the agency: its 10 people in post
		assertThat(inherited.value().count()).isEqualTo(10);
		assertThat(inherited.status()).isEqualTo(TargetStatus.ACHIEVED);
	}

}
