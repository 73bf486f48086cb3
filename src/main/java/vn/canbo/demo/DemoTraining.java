package vn.canbo.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.springframework.stereotype.Component;

import vn.canbo.people.PersonnelCategory;
import vn.canbo.people.PoliticalTheoryLevel;
import vn.canbo.people.ProfessionalLevel;
import vn.canbo.people.StateManagementLevel;
import vn.canbo.training.CourseInput;
import vn.canbo.training.CourseKind;
import vn.canbo.training.Funding;
import vn.canbo.training.LeaveReason;
import vn.canbo.training.StudyInput;
import vn.canbo.training.TrainingPlans;
import vn.canbo.training.TrainingRecords;

/**
 * Training of the demo commune: five years of development courses for some of its people
 * (with the political-theory and state-management courses behind the levels their records
 * already show, so that no record changes), two state-funded master's studies (one still
 * studying, one left early and repaying), and this year's training plan of the commune
 * built from the needs. Deterministic from the seed.
 */
@Component
class DemoTraining {

	/** How many of the commune's people get courses: a sample, the rest stay short. */
	static final int TRAINED = 40;

	private final TrainingRecords records;

	private final TrainingPlans plans;

	DemoTraining(TrainingRecords records, TrainingPlans plans) {
		this.records = records;
		this.plans = plans;
	}

	void load(List<DemoStaffing.Placed> placed, List<Long> communeAgencies, long communeId, long seed,
			LocalDate today) {
		Random random = new Random(seed + 15);
		int trained = 0;
		int studies = 0;
		for (DemoStaffing.Placed person : placed) {
			if (trained >= TRAINED) {
				break;
			}
			PersonnelCategory category = person.details().employment().category();
			if (!communeAgencies.contains(person.workplace().agencyId())
					|| (category != PersonnelCategory.CIVIL_SERVANT && category != PersonnelCategory.CADRE)) {
				continue;
			}
			trained++;
			for (int year = today.getYear() - 4; year <= today.getYear(); year++) {
				// most years a job-position course; this year only some have finished
				// theirs
				if (year == today.getYear() && random.nextInt(3) == 0) {
					continue;
				}
				LocalDate start = LocalDate.of(year, 3 + random.nextInt(6), 1 + random.nextInt(20));
				int periods = (random.nextInt(4) == 0) ? 24 : 40;
				this.records.record(new CourseInput(person.personId(), CourseKind.JOB_POSITION,
						"Bồi dưỡng kiến thức, kỹ năng theo vị trí việc làm", "Trường Chính trị tỉnh", periods, start,
						start.plusDays(4), null, Funding.STATE_BUDGET, null, null, null, "Dữ liệu minh họa"));
			}
			// the courses behind the levels the record already shows (the demo changes no
			// record)
			PoliticalTheoryLevel theory = person.details().qualifications().politicalTheory();
			if (theory != null && theory.atLeast(PoliticalTheoryLevel.TRUNG_CAP) && random.nextInt(2) == 0) {
				LocalDate start = LocalDate.of(today.getYear() - 2, 9, 1);
				this.records.record(new CourseInput(person.personId(), CourseKind.POLITICAL_THEORY,
						"Trung cấp lý luận chính trị - hành chính", "Trường Chính trị tỉnh", 640, start,
						start.plusMonths(8), "TC-" + person.personId(), Funding.STATE_BUDGET,
						PoliticalTheoryLevel.TRUNG_CAP, null, null, "Dữ liệu minh họa"));
			}
			StateManagementLevel management = person.details().qualifications().stateManagement();
			if (management != null && management.atLeast(StateManagementLevel.CHUYEN_VIEN) && random.nextInt(2) == 0) {
				LocalDate start = LocalDate.of(today.getYear() - 1, 5, 6);
				this.records.record(new CourseInput(person.personId(), CourseKind.STATE_MANAGEMENT,
						"Bồi dưỡng kiến thức quản lý nhà nước ngạch chuyên viên", "Trường Chính trị tỉnh", 240, start,
						start.plusWeeks(6), "QLNN-" + person.personId(), Funding.STATE_BUDGET, null,
						StateManagementLevel.CHUYEN_VIEN, null, "Dữ liệu minh họa"));
			}
			if (studies < 2 && random.nextInt(6) == 0) {
				boolean leftEarly = studies == 1;
				LocalDate start = LocalDate.of(today.getYear() - (leftEarly ? 5 : 1), 9, 1);
				this.records.recordStudy(new StudyInput(person.personId(), ProfessionalLevel.THAC_SI, "Quản lý công",
						"Học viện Hành chính và Quản trị công", start, start.plusYears(2), 60_000_000L, 6,
						leftEarly ? start.plusYears(4) : null, leftEarly ? LeaveReason.LEFT_BEFORE_COMMITMENT : null,
						null, "Dữ liệu minh họa"));
				studies++;
			}
		}
		this.plans.build(communeId, today.getYear());
	}

}
