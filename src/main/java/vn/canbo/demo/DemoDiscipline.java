package vn.canbo.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import vn.canbo.discipline.DisciplineForm;
import vn.canbo.discipline.DisciplineSystem;
import vn.canbo.discipline.Disciplines;
import vn.canbo.discipline.NewDiscipline;
import vn.canbo.orgunits.UnitType;
import vn.canbo.people.PersonDetails;
import vn.canbo.people.PersonnelCategory;
import vn.canbo.votes.ConfidenceVotes;
import vn.canbo.votes.NewVoteSession;

/**
 * Discipline decisions and confidence votes for the demo, recorded through their modules
 * as an organisation officer would: about one person in a hundred disciplined over five
 * years (mostly reprimands and warnings, some by the Party), and this year's confidence
 * votes at the People's Councils of some communes, one result over each threshold.
 */
@Component
class DemoDiscipline {

	private static final Logger log = LoggerFactory.getLogger(DemoDiscipline.class);

	/** People disciplined per thousand. */
	static final int PER_MILLE = 10;

	/** Communes whose People's Council holds this year's vote. */
	static final int VOTING_COMMUNES = 6;

	private static final String[] VIOLATIONS = { "Vi phạm quy chế làm việc của cơ quan",
			"Chậm giải quyết hồ sơ thủ tục hành chính của người dân, gây hậu quả",
			"Thiếu trách nhiệm trong quản lý, sử dụng tài sản công", "Vi phạm quy định về kê khai tài sản, thu nhập",
			"Không chấp hành sự phân công của tổ chức", "Vi phạm quy định về văn hóa công vụ" };

	private final Disciplines disciplines;

	private final ConfidenceVotes votes;

	DemoDiscipline(Disciplines disciplines, ConfidenceVotes votes) {
		this.disciplines = disciplines;
		this.votes = votes;
	}

	void load(List<DemoStaffing.Placed> placed, Set<Long> spared, long seed, LocalDate today) {
		long started = System.nanoTime();
		Random random = new Random(seed ^ 0x6b79_6c75_6174L);
		int decisions = 0;
		for (DemoStaffing.Placed person : placed) {
			if (spared.contains(person.personId()) || random.nextInt(1000) >= PER_MILLE) {
				continue;
			}
			NewDiscipline decision = decision(person, random, today);
			if (decision != null) {
				this.disciplines.record(person.personId(), decision);
				decisions++;
			}
		}
		int sessions = vote(placed, random, today);
		log.info("Demo discipline: {} decisions, {} confidence-vote conferences in {} ms", decisions, sessions,
				(System.nanoTime() - started) / 1_000_000);
	}

	private static NewDiscipline decision(DemoStaffing.Placed person, Random random, LocalDate today) {
		PersonDetails details = person.details();
		PersonnelCategory category = details.employment().category();
		boolean party = details.memberships().partyMember() && random.nextInt(100) < 35;
		boolean fullMember = details.memberships().partyOfficialOn() != null;
		DisciplineSystem system = party ? DisciplineSystem.PARTY : DisciplineSystem.STATE;
		if (category == null || DisciplineForm.allowed(system, category, fullMember).isEmpty()) {
			return null;
		}
		int roll = random.nextInt(100);
		DisciplineForm form = (roll < 70) ? DisciplineForm.REPRIMAND
				: (roll < 95) ? DisciplineForm.WARNING : DisciplineForm.REMOVAL;
		if (!DisciplineForm.allowed(system, category, fullMember).contains(form)) {
			form = DisciplineForm.REPRIMAND;
		}
		// removal of a công chức or viên chức needs a leadership post on the decision's
		// day,
		// which the demo does not look up: the cán bộ (who hold their posts) get it
		if (form == DisciplineForm.REMOVAL && system == DisciplineSystem.STATE && category != PersonnelCategory.CADRE) {
			form = DisciplineForm.WARNING;
		}
		LocalDate effective = today.minusDays(30 + random.nextInt(5 * 365 - 30));
		LocalDate decided = effective.minusDays(random.nextInt(10));
		String authority = party ? "Ủy ban Kiểm tra cấp ủy cấp trên" : "Thủ trưởng " + person.workplace().name();
		String number = (1 + random.nextInt(250)) + "/QĐ-" + (party ? "UBKT" : "KL");
		return new NewDiscipline(system, form, VIOLATIONS[random.nextInt(VIOLATIONS.length)], number, authority,
				decided, effective, random.nextInt(100) < 60, null);
	}

	/**
	 * The People's Council of a few communes votes on the holders of its elected posts
	 * and the committee's; one candidate lands over 1/2 low, another over 2/3.
	 */
	private int vote(List<DemoStaffing.Placed> placed, Random random, LocalDate today) {
		Map<String, List<DemoStaffing.Placed>> byCommune = placed.stream()
			.filter((person) -> person.workplace().communeCode() != null
					&& (person.workplace().type() == UnitType.PEOPLES_COUNCIL
							|| person.workplace().type() == UnitType.PEOPLES_COMMITTEE))
			.collect(Collectors.groupingBy((person) -> person.workplace().communeCode()));
		List<String> communes = byCommune.keySet().stream().sorted().limit(VOTING_COMMUNES).toList();
		LocalDate heldOn = today.minusMonths(2).withDayOfMonth(15);
		int sessions = 0;
		for (String commune : communes) {
			List<DemoStaffing.Placed> candidates = byCommune.get(commune).stream().limit(8).toList();
			DemoStaffing.Placed council = byCommune.get(commune)
				.stream()
				.filter((person) -> person.workplace().type() == UnitType.PEOPLES_COUNCIL)
				.findFirst()
				.orElse(null);
			if (council == null || candidates.size() < 3) {
				continue;
			}
			int summoned = 30 + random.nextInt(6);
			int present = summoned - random.nextInt(4);
			List<NewVoteSession.Result> results = new ArrayList<>();
			for (int i = 0; i < candidates.size(); i++) {
				DemoStaffing.Placed candidate = candidates.get(i);
				int low = (sessions == 0 && i == 1) ? present * 3 / 5
						: (sessions == 1 && i == 2) ? present * 3 / 4 : random.nextInt(present / 5);
				int high = random.nextInt(present - low + 1);
				String position = candidate.details().employment().position();
				String post = (position != null) ? position : "Ủy viên";
				results.add(new NewVoteSession.Result(candidate.personId(), post, high, present - low - high, low, 0));
			}
			this.votes.record(new NewVoteSession(council.workplace().agencyId(), heldOn,
					"Kỳ họp lấy phiếu tín nhiệm năm " + heldOn.getYear() + " — " + council.workplace().name(), summoned,
					present, results));
			sessions++;
		}
		return sessions;
	}

}
