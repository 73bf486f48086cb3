package vn.canbo.streamlining;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import vn.canbo.orgunits.OrgUnits;
import vn.canbo.security.Role;
import vn.canbo.security.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's streamlining round: the demo commune's screening list holds the declared
 * surplus people, the mother of a young child kept off it, and this year's plan two
 * resignations with their payouts.
 */
@SpringBootTest
@ActiveProfiles("demo")
@TestPropertySource(properties = { "canbo.embedded-db.data-directory=", "canbo.demo.people=3000",
		// A year of closed months would lock them for every test sharing the database.
		"canbo.demo.work=false" })
class DemoStreamliningTests {

	@Autowired
	Streamlining streamlining;

	@Autowired
	OrgUnits orgUnits;

	@BeforeEach
	void signIn() {
		TestAccounts.signIn("tinh-tochuc", Set.of(Role.ORG_OFFICER), null);
	}

	@AfterEach
	void signOut() {
		TestAccounts.signOut();
	}

	@Test
	void theDemoCommuneHasAStreamliningRound() {
		LocalDate today = this.orgUnits.today();
		long commune = this.orgUnits.getByCode("03334", today).id();
		Screening screening = this.streamlining.screening(commune, today, Screening.Status.ALL, 0, 50);
		// the six people the round declares (vn.canbo.demo.DemoStreamlining.DECLARED)
		assertThat(screening.withCase()).isGreaterThanOrEqualTo(6);
		assertThat(this.streamlining.screening(commune, today, Screening.Status.EXCLUDED, 0, 200).people().items())
			.anySatisfy((person) -> assertThat(person.exclusions()).extracting(Finding::code).contains("YOUNG_CHILD"));
		Plan plan = this.streamlining.plan(commune, today.getYear(), 0, 50);
		// the round's two, and any other test's in the same database
		assertThat(plan.count()).isGreaterThanOrEqualTo(2);
		assertThat(plan.total()).isPositive();
		assertThat(plan.decisions().items()).allSatisfy((decision) -> assertThat(decision.total()).isPositive());
	}

}
