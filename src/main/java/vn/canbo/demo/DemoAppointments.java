package vn.canbo.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import vn.canbo.appointments.AppointmentCase;
import vn.canbo.appointments.AppointmentKind;
import vn.canbo.appointments.Appointments;
import vn.canbo.appointments.DossierItem;
import vn.canbo.appointments.NewCase;
import vn.canbo.appointments.NewDecision;
import vn.canbo.appointments.NewMeeting;
import vn.canbo.orgunits.OrgUnits;
import vn.canbo.staffing.AssignmentKind;
import vn.canbo.staffing.Assignments;
import vn.canbo.staffing.RecordAssignment;
import vn.canbo.staffing.Selection;

/**
 * A few appointments (bổ nhiệm) of the demo: in the demo commune one decided through the
 * five steps and one stopped at step 2 waiting, at the province one decided; and a deputy
 * head whose term, carried over from before the 2025 merge, ends within 90 days: due for
 * reappointment. Decision numbers are marked {@code DEMO}. Deterministic: the first
 * people of the right age in the order placed.
 */
@Component
@Profile("demo")
class DemoAppointments {

	private final Appointments appointments;

	private final Assignments assignments;

	private final OrgUnits orgUnits;

	DemoAppointments(Appointments appointments, Assignments assignments, OrgUnits orgUnits) {
		this.appointments = appointments;
		this.assignments = assignments;
		this.orgUnits = orgUnits;
	}

	void load(List<DemoStaffing.Placed> placed, String communeCode, LocalDate today) {
		List<DemoStaffing.Placed> commune = new ArrayList<>();
		List<DemoStaffing.Placed> province = new ArrayList<>();
		for (DemoStaffing.Placed person : placed) {
			Integer year = person.details().identity().birthYear();
			if (year == null || year < 1976 || year > 1986) {
				continue;
			}
			if (communeCode.equals(person.workplace().communeCode()) && commune.size() < 4) {
				commune.add(person);
			}
			else if (person.workplace().communeCode() == null && province.size() < 2) {
				province.add(person);
			}
		}
		if (commune.size() < 4 || province.size() < 2) {
			return;
		}
		LocalDate held = today.minusDays(70);
		decided(commune.get(0), commune.get(1), "XA_TRUONG_PHONG", held, "DEMO-15/QĐ-UBND", today.minusDays(40));
		decided(province.get(0), province.get(1), "PHO_GIAM_DOC_SO", held.plusDays(3), "DEMO-210/QĐ-UBND",
				today.minusDays(30));
		// waiting at step 2: the extended conference chose nobody above 50 %
		DemoStaffing.Placed waiting = commune.get(2);
		AppointmentCase open = this.appointments.open(new NewCase(waiting.personId(), waiting.workplace().agencyId(),
				"XA_PHO_PHONG", AppointmentKind.APPOINTMENT, today.plusDays(30),
				List.of(DossierItem.SUBMISSION, DossierItem.CV_PHOTO, DossierItem.SELF_REVIEW), null));
		open = step(open, 1, held, 7, 7, List.of(waiting.personId(), commune.get(3).personId()), List.of(0, 0));
		step(open, 2, held.plusDays(7), 21, 16, List.of(waiting.personId(), commune.get(3).personId()), List.of(9, 7));
		// a term carried over from the pre-merger post (NĐ 170 Art. 34), ending in 60
		// days
		DemoStaffing.Placed due = commune.get(3);
		this.assignments.record(new RecordAssignment(due.personId(), unitCode(due), "XA_PHO_PHONG", null,
				AssignmentKind.CONCURRENT, Selection.APPOINTED, null, DemoOrganisation.ESTABLISHED, null,
				today.plusDays(60), "DEMO-07/QĐ-UBND", DemoOrganisation.ESTABLISHED.minusDays(5),
				"Thời hạn bổ nhiệm chuyển tiếp từ chức vụ trước sắp xếp"));
	}

	private String unitCode(DemoStaffing.Placed person) {
		return this.orgUnits.current(person.workplace().agencyId()).code();
	}

	private void decided(DemoStaffing.Placed person, DemoStaffing.Placed rival, String title, LocalDate held,
			String number, LocalDate decided) {
		AppointmentCase opened = this.appointments.open(new NewCase(person.personId(), person.workplace().agencyId(),
				title, AppointmentKind.APPOINTMENT, decided, List.of(DossierItem.values()), null));
		List<Long> both = List.of(person.personId(), rival.personId());
		opened = step(opened, 1, held, 7, 7, both, List.of(0, 0));
		opened = step(opened, 2, held.plusDays(7), 21, 17, both, List.of(10, 7));
		opened = step(opened, 3, held.plusDays(10), 7, 7, both, List.of(5, 2));
		opened = step(opened, 4, held.plusDays(14), 35, 30, List.of(person.personId()), List.of(27));
		opened = step(opened, 5, held.plusDays(20), 7, 7, List.of(person.personId()), List.of(6));
		this.appointments.decide(opened.id(), new NewDecision(opened.version(), number, decided, decided));
	}

	private AppointmentCase step(AppointmentCase before, int step, LocalDate held, int summoned, int present,
			List<Long> who, List<Integer> votes) {
		List<NewMeeting.Vote> ballots = new ArrayList<>();
		for (int i = 0; i < who.size(); i++) {
			ballots.add(new NewMeeting.Vote(who.get(i), votes.get(i)));
		}
		this.appointments.recordMeeting(before.id(),
				new NewMeeting(before.version(), step, held, summoned, present, ballots));
		return this.appointments.get(before.id());
	}

}
