package vn.canbo.work;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.canbo.orgunits.OrgUnits;
import vn.canbo.people.Gender;
import vn.canbo.people.People;
import vn.canbo.people.TestPeople;
import vn.canbo.security.Role;
import vn.canbo.security.TestAccounts;
import vn.canbo.shared.ConcurrentEditException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two evaluators saving the same person's month at once, on the real database: the first
 * save of a month that had no row is an insert, and of two such saves only one may win;
 * the other is told, in Vietnamese, that someone changed it (409 through the API), and
 * nothing of the winner's is overwritten.
 */
@SpringBootTest
class EvaluationConcurrencyTests {

	static final LocalDate MONTH = LocalDate.of(2026, 4, 1);

	static final int PAIRS = 40;

	@Autowired
	Evaluations evaluations;

	@Autowired
	People people;

	@Autowired
	OrgUnits orgUnits;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MessageSource messages;

	@AfterEach
	void signOut() {
		TestAccounts.signOut();
	}

	@Test
	void ofTwoConcurrentFirstSavesOfAMonthOneWinsAndTheOtherIsRefused() throws Exception {
		TestAccounts.signIn("tinh-tochuc", Set.of(Role.ORG_OFFICER), null);
		long commune = this.orgUnits.getByCode(TestAgencies.COMMUNE, this.orgUnits.today()).id();
		long agency = TestAgencies.under(this.orgUnits, commune, "Phòng thử đồng thời").id();
		List<Long> staff = new ArrayList<>();
		for (int i = 0; i < PAIRS; i++) {
			staff.add(this.people.create(TestPeople.person("Cà Văn Đồngthời", Gender.MALE, 1990, agency)).id());
		}
		ExecutorService pool = Executors.newFixedThreadPool(2);
		int refused = 0;
		try {
			for (long person : staff) {
				CyclicBarrier start = new CyclicBarrier(2);
				Future<Boolean> first = pool.submit(() -> save("lanh-a-" + agency, commune, person, "25", start));
				Future<Boolean> second = pool.submit(() -> save("lanh-b-" + agency, commune, person, "18", start));
				boolean firstWon = first.get(30, TimeUnit.SECONDS);
				boolean secondWon = second.get(30, TimeUnit.SECONDS);
				assertThat(firstWon ^ secondWon).as("exactly one of the two saves of person %d wins", person).isTrue();
				refused++;
				String points = firstWon ? "25.00" : "18.00";
				String by = firstWon ? "lanh-a-" + agency : "lanh-b-" + agency;
				assertThat(this.jdbc
					.sql("select general_points || ' ' || evaluated_by from monthly_evaluation"
							+ " where person_id = :person and month = :month")
					.param("person", person)
					.param("month", MONTH)
					.query(String.class)
					.single()).isEqualTo(points + " " + by);
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(refused).isEqualTo(PAIRS);
		assertThat(this.messages.getMessage("error.concurrentEdit", null, Locale.forLanguageTag("vi")))
			.contains("người khác thay đổi");
	}

	@Test
	void aFirstSaveFromAPageReadBeforeAnotherEvaluatorsFirstSaveIsRefused() {
		TestAccounts.signIn("tinh-tochuc", Set.of(Role.ORG_OFFICER), null);
		long commune = this.orgUnits.getByCode(TestAgencies.COMMUNE, this.orgUnits.today()).id();
		long agency = TestAgencies.under(this.orgUnits, commune, "Phòng thử lần đầu").id();
		long person = this.people.create(TestPeople.person("Lò Thị Lầnđầu", Gender.FEMALE, 1991, agency)).id();
		// both evaluators opened the month before any row existed: version 0
		TestAccounts.signIn("lanh-a-" + agency, Set.of(Role.LEADER), commune);
		this.evaluations.evaluate(person, MONTH, input(0, "25"));
		TestAccounts.signIn("lanh-b-" + agency, Set.of(Role.LEADER), commune);
		assertThatThrownBy(() -> this.evaluations.evaluate(person, MONTH, input(0, "18")))
			.isInstanceOf(ConcurrentEditException.class);
		assertThat(this.evaluations.month(person, MONTH).evaluation().general()).isEqualByComparingTo("25");
	}

	@Test
	void anEvaluatorsFirstSaveOverTheSelfAssessmentIsNoConflict() {
		TestAccounts.signIn("tinh-tochuc", Set.of(Role.ORG_OFFICER), null);
		long commune = this.orgUnits.getByCode(TestAgencies.COMMUNE, this.orgUnits.today()).id();
		long agency = TestAgencies.under(this.orgUnits, commune, "Phòng thử tự đánh giá").id();
		long person = this.people.create(TestPeople.person("Lò Thị Tựđánh", Gender.FEMALE, 1991, agency)).id();
		TestAccounts.signIn("tu-" + agency, Set.of(Role.STAFF), agency, person);
		this.evaluations.assessSelf(person, MONTH, new BigDecimal("28"), null);
		TestAccounts.signIn("lanh-a-" + agency, Set.of(Role.LEADER), commune);
		PersonMonth saved = this.evaluations.evaluate(person, MONTH, input(0, "26"));
		assertThat(saved.evaluation().general()).isEqualByComparingTo("26");
		assertThat(saved.evaluation().selfGeneral()).isEqualByComparingTo("28");
	}

	boolean save(String evaluator, long commune, long person, String general, CyclicBarrier start) throws Exception {
		TestAccounts.signIn(evaluator, Set.of(Role.LEADER), commune);
		try {
			start.await(10, TimeUnit.SECONDS);
			this.evaluations.evaluate(person, MONTH, input(0, general));
			return true;
		}
		catch (ConcurrentEditException ex) {
			return false;
		}
		finally {
			TestAccounts.signOut();
		}
	}

	static EvaluationInput input(long version, String general) {
		return new EvaluationInput(version, new BigDecimal(general), null, null, null, null, null, null, null);
	}

}
