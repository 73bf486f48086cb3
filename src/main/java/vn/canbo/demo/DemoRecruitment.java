package vn.canbo.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.canbo.orgunits.OrgLevel;
import vn.canbo.orgunits.OrgUnitFilter;
import vn.canbo.orgunits.OrgUnitView;
import vn.canbo.orgunits.OrgUnits;
import vn.canbo.people.CitizenId;
import vn.canbo.people.Ethnicity;
import vn.canbo.people.Gender;
import vn.canbo.people.ProfessionalLevel;
import vn.canbo.recruitment.CandidateInput;
import vn.canbo.recruitment.CandidateView;
import vn.canbo.recruitment.PlanView;
import vn.canbo.recruitment.PriorityCategory;
import vn.canbo.recruitment.Recruitment;
import vn.canbo.recruitment.Regime;
import vn.canbo.recruitment.ScoreInput;
import vn.canbo.recruitment.VacancyView;
import vn.canbo.security.SystemAccess;
import vn.canbo.shared.DomainException;

/**
 * A recruitment (tuyển dụng) of the demo province: the first agency of the demo commune
 * with a job position short of its quota on 1/3/2026 gets its plan for 2026, five
 * candidates for its first vacancy (one of them with a field that does not match, one
 * ethnic minority, one after military service) and round 1 and the written exam scored,
 * results not yet published. Seeded once, at the first start with the demo profile.
 */
@Component
@Profile("demo")
class DemoRecruitment {

	private static final Logger log = LoggerFactory.getLogger(DemoRecruitment.class);

	static final int YEAR = 2026;

	static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);

	private final DemoProperties properties;

	private final OrgUnits orgUnits;

	private final Recruitment recruitment;

	private final SystemAccess system;

	private final TransactionTemplate transaction;

	DemoRecruitment(DemoProperties properties, OrgUnits orgUnits, Recruitment recruitment, SystemAccess system,
			TransactionTemplate transaction) {
		this.properties = properties;
		this.orgUnits = orgUnits;
		this.recruitment = recruitment;
		this.system = system;
		this.transaction = transaction;
	}

	/** A candidate of the demo with its scores. */
	record Seed(String name, Gender gender, int birthYear, Ethnicity ethnicity, String field,
			List<PriorityCategory> priorities, int roundOne, String written) {
	}

	static final List<Seed> SEEDS = List.of(
			new Seed("Lò Thị Hoa", Gender.FEMALE, 1998, Ethnicity.THAI, "Quản lý nhà nước", List.of(), 41, "85"),
			new Seed("Nguyễn Văn Minh", Gender.MALE, 1997, Ethnicity.KINH, "Luật", List.of(), 44, "88"),
			new Seed("Quàng Văn Tuấn", Gender.MALE, 1995, Ethnicity.KINH, "Hành chính học",
					List.of(PriorityCategory.MILITARY_SERVICE), 33, "70"),
			new Seed("Cầm Thị Lan", Gender.FEMALE, 1999, Ethnicity.KINH, "Kinh tế", List.of(), 29, "0"),
			new Seed("Vì Văn Sơn", Gender.MALE, 2000, Ethnicity.KINH, "Kinh tế nông nghiệp", List.of(), 38, "64.5"));

	@EventListener(ApplicationReadyEvent.class)
	@Order(20)
	void seed() {
		try {
			this.system.run(this::seedOnce);
		}
		catch (RuntimeException ex) {
			// the demo must start even when its recruitment cannot be seeded
			log.warn("Demo recruitment not seeded: {}", ex.getMessage());
		}
	}

	private void seedOnce() {
		LocalDate today = this.orgUnits.today();
		OrgUnitView commune = this.orgUnits.getByCode(this.properties.communeCode(), today);
		if (this.recruitment.plans(commune.id(), YEAR, 0, 1).total() > 0) {
			return;
		}
		List<OrgUnitView> agencies = this.orgUnits
			.list(OrgUnitFilter.asOf(today).level(OrgLevel.AGENCY).parent(commune.id()), 0, 100)
			.items();
		for (OrgUnitView agency : agencies) {
			try {
				PlanView plan = this.transaction.execute((status) -> plant(this.recruitment.createPlan(agency.id(),
						YEAR, AS_OF, Regime.CIVIL_SERVANT, "Dữ liệu minh họa")));
				if (plan != null) {
					log.info("Demo recruitment: plan {} of {} with {} candidates", plan.id(), agency.name(),
							SEEDS.size());
					return;
				}
			}
			catch (DomainException ex) {
				// no vacancy there: try the next agency
			}
		}
	}

	private PlanView plant(PlanView plan) {
		VacancyView vacancy = this.recruitment.vacancies(plan.id()).get(0);
		for (int i = 0; i < SEEDS.size(); i++) {
			Seed seed = SEEDS.get(i);
			String citizenId = "011" + CitizenId.centuryGenderDigit(seed.gender(), seed.birthYear())
					+ "%02d".formatted(seed.birthYear() % 100) + "%06d".formatted(990_001 + i);
			CandidateView candidate = this.recruitment.addCandidate(plan.id(),
					new CandidateInput(vacancy.jobPositionCode(), citizenId, seed.name(),
							LocalDate.of(seed.birthYear(), 1 + i, 10 + i), seed.gender(), seed.ethnicity(), true, true,
							true, ProfessionalLevel.DAI_HOC, seed.field(), seed.priorities(), 12 * i, null));
			boolean passed = !vacancy.roundOne() || seed.roundOne() * 2 >= vacancy.roundOneQuestions();
			this.recruitment.enterScores(candidate.id(), candidate.version(),
					new ScoreInput(vacancy.roundOne() ? seed.roundOne() : null,
							passed ? new BigDecimal(seed.written()) : null, null,
							(vacancy.examForm().name().equals("ORAL")) ? new BigDecimal(seed.written()) : null));
		}
		return plan;
	}

}
