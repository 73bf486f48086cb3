package vn.canbo.careers;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import vn.canbo.indicators.Indicator;
import vn.canbo.indicators.IndicatorReport;
import vn.canbo.indicators.Indicators;
import vn.canbo.orgunits.OrgUnitView;
import vn.canbo.orgunits.OrgUnits;
import vn.canbo.orgunits.SubtreeNode;
import vn.canbo.security.Role;
import vn.canbo.security.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The retirements and raises due in the twelve months after a date, for the demo province
 * and commune, equal the retirement and raise lists of that period, branch by branch, and
 * link to them.
 */
@SpringBootTest
@ActiveProfiles("demo")
@TestPropertySource(properties = { "canbo.embedded-db.data-directory=", "canbo.demo.people=3000",
		// As DemoStaffingTests, to share its database.
		"canbo.demo.work=false" })
class CareerIndicatorsTests {

	static final Set<String> IDS = Set.of("careers.retirementsDue12m", "careers.raisesDue12m");

	@Autowired
	Indicators indicators;

	@Autowired
	Careers careers;

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

	@ParameterizedTest
	@ValueSource(strings = { "11", "03334" })
	void retirementsAndRaisesDueEqualTheirLists(String code) {
		OrgUnitView unit = this.orgUnits.getByCode(code, this.today);
		IndicatorReport measured = this.indicators.measure(code, this.today, IDS);
		LocalDate from = this.today.plusDays(1);
		LocalDate to = this.today.plusMonths(12);

		long retiring = this.careers.retirements(unit.id(), from, to).people().size();
		List<DueRaise> raiseList = this.careers.salaryRaises(unit.id(), from, to);
		long raises = raiseList.size();
		assertThat(measured.total("careers.retirementsDue12m").value()).isEqualTo(retiring);
		assertThat(measured.total("careers.raisesDue12m").value()).isEqualTo(raises).isPositive();
		if (code.equals("11")) {
			assertThat(retiring).as("the province has people retiring within a year").isPositive();
			// The count places these one by one and the rest in the database.
			assertThat(raiseList).as("the province has raises moved by discipline or ratings")
				.anyMatch((raise) -> !raise.disciplineDelays().isEmpty() || !raise.ratingDelays().isEmpty());
		}
		assertThat(link(measured, "careers.retirementsDue12m", unit))
			.isEqualTo("/careers/retirements?unitId=" + unit.id() + "&from=" + from + "&to=" + to);
		assertThat(link(measured, "careers.raisesDue12m", unit))
			.isEqualTo("/careers/raises?unitId=" + unit.id() + "&from=" + from + "&to=" + to);

		long retiringInBranches = 0;
		long raisesInBranches = 0;
		for (SubtreeNode branch : measured.branches()) {
			long branchRetiring = measured.branch("careers.retirementsDue12m", branch.id()).value();
			long branchRaises = measured.branch("careers.raisesDue12m", branch.id()).value();
			if (branch.id() != unit.id()) {
				assertThat(branchRetiring).as(branch.name())
					.isEqualTo(this.careers.retirements(branch.id(), from, to).people().size());
				assertThat(branchRaises).as(branch.name())
					.isEqualTo(this.careers.salaryRaises(branch.id(), from, to).size());
			}
			retiringInBranches += branchRetiring;
			raisesInBranches += branchRaises;
		}
		assertThat(retiringInBranches).isEqualTo(retiring);
		assertThat(raisesInBranches).isEqualTo(raises);
	}

	private String link(IndicatorReport measured, String id, OrgUnitView unit) {
		Indicator indicator = measured.indicator(id).orElseThrow();
		assertThat(indicator.people()).isNotNull();
		return indicator.people().href(unit.id(), this.today);
	}

}
