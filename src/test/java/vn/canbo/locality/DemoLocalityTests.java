package vn.canbo.locality;

import java.time.LocalDate;
import java.util.List;
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
 * The demo province's key leaders come from their own commune, except the People's
 * Committee chair of every third commune with key leaders (in code order): the share of
 * communes with a non-local key leader is neither 0 nor 100%, and exactly those communes
 * have one.
 */
@SpringBootTest
@ActiveProfiles("demo")
@TestPropertySource(properties = { "canbo.embedded-db.data-directory=", "canbo.demo.people=3000",
		// A year of closed months would lock them for every test sharing the database.
		"canbo.demo.work=false" })
class DemoLocalityTests {

	@Autowired
	Locality locality;

	@Autowired
	OrgUnits orgUnits;

	LocalDate today;

	@BeforeEach
	void signIn() {
		TestAccounts.signIn("tinh-lanhdao", Set.of(Role.LEADER), null);
		this.today = this.orgUnits.today();
	}

	@AfterEach
	void signOut() {
		TestAccounts.signOut();
	}

	@Test
	void someDemoCommunesHaveANonLocalKeyLeaderAndOthersNot() {
		long province = this.orgUnits.getByCode("11", this.today).id();
		LocalitySummary summary = this.locality.summary(province, this.today);
		assertThat(summary.communesWithNonLocal()).isPositive().isLessThan(summary.communes());

		// The demo gives every third commune with key leaders (counted when the posts are
		// loaded) a chair from the next commune; its rotations later bring provincial
		// cadres to a few communes as Secretary or Chair, who are not local either.
		List<AreaRow> with = this.locality.allCommunes(province, this.today, true);
		assertThat(with).hasSize((int) summary.communesWithNonLocal())
			.allSatisfy((row) -> assertThat(row.nonLocal()).isPositive());
		assertThat(this.locality.keyLeaders(province, this.today, LocalStatus.NON_LOCAL, 0, 500).items())
			.extracting((leader) -> leader.titleCode())
			.contains("XA_CT_UBND");
	}

}
