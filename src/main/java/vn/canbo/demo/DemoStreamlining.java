package vn.canbo.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.springframework.stereotype.Component;

import vn.canbo.people.Gender;
import vn.canbo.people.PersonDetails;
import vn.canbo.people.PersonnelCategory;
import vn.canbo.streamlining.NewDecision;
import vn.canbo.streamlining.NewFact;
import vn.canbo.streamlining.Policy;
import vn.canbo.streamlining.Streamlining;
import vn.canbo.streamlining.StreamliningCase;

/**
 * A streamlining round in the demo commune: a few civil servants declared surplus after
 * the 2025-07-01 reorganisation and one leader leaving a post, a mother of a young child
 * among them kept off the list, and this year's resignation decisions of two of them with
 * their payouts. Deterministic from the seed; through the streamlining facade, audited.
 */
@Component
class DemoStreamlining {

	/** How many of the commune's civil servants the round declares. */
	static final int DECLARED = 6;

	private final Streamlining streamlining;

	DemoStreamlining(Streamlining streamlining) {
		this.streamlining = streamlining;
	}

	void load(List<DemoStaffing.Placed> placed, List<Long> communeAgencies, long seed, LocalDate today) {
		Random random = new Random(seed + 16);
		int declared = 0;
		int decided = 0;
		boolean mother = false;
		for (DemoStaffing.Placed person : placed) {
			if (declared >= DECLARED) {
				break;
			}
			PersonnelCategory category = person.details().employment().category();
			if (!communeAgencies.contains(person.workplace().agencyId()) || category != PersonnelCategory.CIVIL_SERVANT
					|| random.nextInt(3) != 0) {
				continue;
			}
			declared++;
			StreamliningCase found = (declared == DECLARED) ? StreamliningCase.LEADER_LEAVING_POST
					: StreamliningCase.SURPLUS_REORGANISATION;
			this.streamlining.declare(person.personId(), new NewFact(found.name(), DemoOrganisation.ESTABLISHED, null,
					"Sắp xếp đơn vị hành chính cấp xã từ 01/07/2025 (dữ liệu minh họa)"));
			if (!mother && person.details().identity().gender() == Gender.FEMALE) {
				mother = true;
				this.streamlining.declare(person.personId(), new NewFact("YOUNG_CHILD",
						today.minusMonths(6 + random.nextInt(20)), null, "Giấy khai sinh của con (dữ liệu minh họa)"));
				continue;
			}
			List<PersonDetails.SalaryStep> salary = person.details().salaryHistory();
			BigDecimal coefficient = salary.isEmpty() ? null : salary.get(salary.size() - 1).coefficient();
			if (decided < 2 && coefficient != null) {
				// the coefficient of the last step of the record's salary history
				this.streamlining.decide(person.personId(),
						new NewDecision(found, Policy.RESIGNATION, LocalDate.of(today.getYear(), 12, 31), null,
								coefficient, null, null, null, null, 5 + random.nextInt(15), random.nextInt(12), null,
								"Thôi việc ngay theo nguyện vọng (dữ liệu minh họa)"));
				decided++;
			}
		}
	}

}
