package vn.canbo.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import vn.canbo.movements.MovementInput;
import vn.canbo.movements.MovementType;
import vn.canbo.movements.Movements;
import vn.canbo.orgunits.OrgLevel;
import vn.canbo.orgunits.OrgUnitView;
import vn.canbo.orgunits.OrgUnits;
import vn.canbo.staffing.AssignmentKind;
import vn.canbo.staffing.Assignments;

/**
 * Rotations (luân chuyển) of the demo province's leaders to its communes, some as commune
 * Party Secretary or People's Committee Chair, one short rotation decided as a special
 * case that ends within the month, and a secondment: each for the first provincial person
 * who meets every condition (checked before recording, so that nothing is refused inside
 * the demo's transaction). Deterministic: the people and communes come in the demo's
 * order.
 */
@Component
@Profile("demo")
class DemoMovements {

	private static final Logger log = LoggerFactory.getLogger(DemoMovements.class);

	static final String BODY = "Ban Thường vụ Tỉnh ủy (dữ liệu minh họa)";

	/** Candidates looked at per decision, at most. */
	static final int ATTEMPTS = 150;

	private final Movements movements;

	private final Assignments assignments;

	private final OrgUnits orgUnits;

	private final DemoProperties properties;

	DemoMovements(Movements movements, Assignments assignments, OrgUnits orgUnits, DemoProperties properties) {
		this.movements = movements;
		this.assignments = assignments;
		this.orgUnits = orgUnits;
		this.properties = properties;
	}

	/** One decision of the demo. */
	/** The key titles the demo fills with non-local leaders. */
	static final java.util.Set<String> NON_LOCAL_KEY_TITLES = java.util.Set.of("XA_BI_THU", "XA_CT_UBND");

	record Plan(MovementType type, @Nullable String title, @Nullable String job, int startMonthsAgo,
			@Nullable Integer months, @Nullable String specialCase, String number) {
	}

	/** Records the demo's decisions; returns how many. */
	int load(List<DemoStaffing.Placed> placed, LocalDate today) {
		OrgUnitView province = this.orgUnits.getByCode(this.properties.provinceCode(), today);
		List<OrgUnitView> communes = this.orgUnits.children(province.id(), today)
			.stream()
			.filter((unit) -> unit.level() == OrgLevel.COMMUNE)
			.toList();
		if (communes.isEmpty()) {
			return 0;
		}
		List<Long> candidates = new ArrayList<>();
		for (DemoStaffing.Placed person : placed) {
			if (!person.workplace().commune()) {
				candidates.add(person.personId());
			}
		}
		// Rotation is for planned leaders, non-local key leaders and special cases: the
		// demo's
		// secretary and chair are placed as non-local leaders, the deputy secretary by a
		// decided special case.
		List<Plan> plans = List.of(new Plan(MovementType.ROTATION, "XA_BI_THU", null, 2, null, null, "DEMO-101-QĐ/TU"),
				new Plan(MovementType.ROTATION, "XA_CT_UBND", null, 1, null, null, "DEMO-102-QĐ/TU"),
				new Plan(MovementType.ROTATION, "XA_PHO_BI_THU", null, 4, null,
						"Tăng cường cán bộ cho cơ sở theo đề án của Tỉnh ủy (dữ liệu minh họa)", "DEMO-103-QĐ/TU"),
				new Plan(MovementType.ROTATION, "XA_CT_UBND", null, 15, 16,
						"Luân chuyển ngắn hạn theo đề án của Tỉnh ủy (dữ liệu minh họa)", "DEMO-104-QĐ/TU"),
				new Plan(MovementType.SECONDMENT, null, "CHUYEN_VIEN", 3, 12, null, "DEMO-105-QĐ/UBND"));
		int next = 0;
		int recorded = 0;
		for (int i = 0; i < plans.size(); i++) {
			Plan plan = plans.get(i);
			OrgUnitView commune = communes.get((i * 7) % communes.size());
			LocalDate start = today.minusMonths(plan.startMonthsAgo()).withDayOfMonth(1);
			for (int attempt = 0; attempt < ATTEMPTS && next < candidates.size(); attempt++) {
				long person = candidates.get(next++);
				MovementInput input = new MovementInput(person, plan.type(), commune.id(), null, plan.title(),
						plan.job(), plan.number(), start.minusDays(14), BODY, start, plan.months(), null, null,
						plan.specialCase(), plan.title() != null && NON_LOCAL_KEY_TITLES.contains(plan.title()), null,
						false, "Dữ liệu minh họa");
				if (recordable(person, start, commune) && this.movements.eligibility(input).eligible()) {
					this.movements.record(input);
					recorded++;
					break;
				}
			}
		}
		log.info("Demo movements: {} decisions", recorded);
		return recorded;
	}

	/**
	 * Whether the person's posts let the post move on the day: a primary post held the
	 * day before outside the commune, and none recorded from the day on.
	 */
	private boolean recordable(long person, LocalDate start, OrgUnitView commune) {
		return this.assignments.ofPerson(person)
			.stream()
			.noneMatch((post) -> post.kind() == AssignmentKind.PRIMARY
					&& (!post.validFrom().isBefore(start) || post.unitId() == commune.id()));
	}

}
