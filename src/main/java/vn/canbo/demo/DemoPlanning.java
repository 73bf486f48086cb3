package vn.canbo.demo;

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

import vn.canbo.orgunits.OrgUnits;
import vn.canbo.planning.NewPlanEntry;
import vn.canbo.planning.NewPlanningPeriod;
import vn.canbo.planning.PersonChoice;
import vn.canbo.planning.PlanningPeriod;
import vn.canbo.planning.PlanningStep;
import vn.canbo.planning.SuccessionPlans;
import vn.canbo.security.SystemAccess;
import vn.canbo.shared.DomainException;
import vn.canbo.shared.InvalidInputException;

/**
 * A planning period (quy hoạch cán bộ) of the demo province and one of the demo commune,
 * their key titles planned with eligible people of the unit (some titles full, some
 * short, some empty), and a fourth person refused on a full title (logged). Seeded once,
 * when the province has no period yet; deterministic (people in name order, each added
 * only if eligible).
 */
@Component
@Profile("demo")
class DemoPlanning {

	private static final Logger log = LoggerFactory.getLogger(DemoPlanning.class);

	static final LocalDate FROM = LocalDate.of(2025, 10, 8);

	static final LocalDate DECIDED = LocalDate.of(2025, 12, 15);

	/** How many to plan per title of the province and of the commune, in title order. */
	static final int[] PROVINCE_BENCH = { 3, 2, 1, 3, 0 };

	static final int[] COMMUNE_BENCH = { 3, 1, 2, 0, 2 };

	private final DemoProperties properties;

	private final OrgUnits orgUnits;

	private final SuccessionPlans plans;

	private final SystemAccess system;

	private final TransactionTemplate transaction;

	DemoPlanning(DemoProperties properties, OrgUnits orgUnits, SuccessionPlans plans, SystemAccess system,
			TransactionTemplate transaction) {
		this.properties = properties;
		this.orgUnits = orgUnits;
		this.plans = plans;
		this.system = system;
		this.transaction = transaction;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(11)
	void seed() {
		this.system.run(() -> {
			LocalDate today = this.orgUnits.today();
			long province = this.orgUnits.getByCode(this.properties.provinceCode(), today).id();
			long commune = this.orgUnits.getByCode(this.properties.communeCode(), today).id();
			if (this.plans.periods(0, 1).total() > 0) {
				return;
			}
			try {
				PlanningPeriod provincePlan = this.transaction
					.execute((status) -> this.plans.openPeriod(new NewPlanningPeriod(province,
							"Quy hoạch nhiệm kỳ 2025–2030 (minh họa)", 2025, 2030, FROM, FROM, null)));
				PlanningPeriod communePlan = this.transaction
					.execute((status) -> this.plans.openPeriod(new NewPlanningPeriod(commune,
							"Quy hoạch Đảng ủy phường 2025–2030 (minh họa)", 2025, 2030, FROM, FROM, null)));
				int added = plan(provincePlan, province, PROVINCE_BENCH, "DEMO-15-QĐ/TU",
						"Ban Thường vụ Tỉnh ủy (minh họa)");
				added += plan(communePlan, commune, COMMUNE_BENCH, "DEMO-07-QĐ/ĐU",
						"Ban Thường vụ Đảng ủy phường (minh họa)");
				log.info("Demo planning: 2 periods, {} people planned", added);
			}
			catch (DomainException ex) {
				log.warn("Demo planning not seeded: {}", ex.getMessage());
			}
			catch (RuntimeException ex) {
				// the demo must start even if its plans cannot be seeded
				log.warn("Demo planning not seeded", ex);
			}
		});
	}

	private int plan(PlanningPeriod period, long unit, int[] bench, String decision, String body) {
		var titles = this.plans.keyTitles(unit, DECIDED);
		List<PersonChoice> candidates = this.plans.candidates(unit);
		int next = 0;
		int added = 0;
		for (int t = 0; t < titles.size() && t < bench.length; t++) {
			String title = titles.get(t).code();
			int planned = 0;
			while (planned < bench[t] && next < candidates.size()) {
				if (add(period, unit, title, candidates.get(next++).id(), decision, body)) {
					planned++;
					added++;
				}
			}
			if (planned == 3 && next < candidates.size()) {
				// a fourth on a full title: refused by the cap
				long fourth = candidates.get(next).id();
				try {
					this.transaction.executeWithoutResult(
							(status) -> this.plans.add(entry(period, unit, title, fourth, decision, body)));
				}
				catch (InvalidInputException ex) {
					log.info("Demo planning: a fourth person on {} refused ({} reasons)", title, ex.problems().size());
				}
			}
		}
		return added;
	}

	private boolean add(PlanningPeriod period, long unit, String title, long person, String decision, String body) {
		try {
			this.transaction
				.executeWithoutResult((status) -> this.plans.add(entry(period, unit, title, person, decision, body)));
			return true;
		}
		catch (InvalidInputException ex) {
			return false;
		}
	}

	private static NewPlanEntry entry(PlanningPeriod period, long unit, String title, long person, String decision,
			String body) {
		return new NewPlanEntry(period.id(), unit, title, person, 1, PlanningStep.APPROVAL, 21, 19, 15, decision,
				DECIDED, body, null, DECIDED, null);
	}

}
