package vn.canbo.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import vn.canbo.orgunits.UnitType;
import vn.canbo.people.CitizenId;
import vn.canbo.people.Gender;
import vn.canbo.people.PersonDetails;
import vn.canbo.people.PersonnelCategory;
import vn.canbo.people.PoliticalTheoryLevel;
import vn.canbo.people.ProfessionalLevel;
import vn.canbo.people.StateManagementLevel;

import static org.assertj.core.api.Assertions.assertThat;

class SyntheticRecordsTests {

	static final List<SyntheticRecords.Place> COMMUNES = List.of(
			new SyntheticRecords.Place("03334", "Phường Mường Thanh"),
			new SyntheticRecords.Place("03325", "Xã Mường Phăng"), new SyntheticRecords.Place("03127", "Xã Thanh Nưa"));

	static final List<SyntheticRecords.Workplace> WORKPLACES = List.of(
			new SyntheticRecords.Workplace(1, "Trường Tiểu học Mường Thanh", UnitType.PUBLIC_SERVICE_UNIT, "03334"),
			new SyntheticRecords.Workplace(2, "Bệnh viện Đa khoa tỉnh", UnitType.PUBLIC_SERVICE_UNIT, null),
			new SyntheticRecords.Workplace(3, "Ủy ban nhân dân phường Mường Thanh", UnitType.PEOPLES_COMMITTEE,
					"03334"),
			new SyntheticRecords.Workplace(4, "Đảng ủy xã Mường Phăng", UnitType.PARTY_COMMITTEE, "03325"),
			new SyntheticRecords.Workplace(5, "Sở Nội vụ", UnitType.SPECIALISED_OFFICE, null),
			new SyntheticRecords.Workplace(6, "Phòng Tổ chức cán bộ", UnitType.DIVISION, null));

	static final LocalDate AS_OF = SyntheticPeople.DEFAULT_AS_OF;

	@Test
	void theSameSeedGivesTheSameRecords() {
		assertThat(records(7, 300)).isEqualTo(records(7, 300));
		assertThat(records(7, 300)).isNotEqualTo(records(8, 300));
	}

	@Test
	void identitiesAgreeWithTheCitizenIdAndTheProvince() {
		List<PersonDetails> records = records(1, 3000);
		Set<String> ids = records.stream().map((r) -> r.identity().citizenId()).collect(Collectors.toSet());
		assertThat(ids).hasSize(records.size());
		for (PersonDetails record : records) {
			PersonDetails.Identity identity = record.identity();
			assertThat(CitizenId.check(identity.citizenId(), identity.gender(), identity.birthYear()).problems())
				.as(identity.fullName())
				.isEmpty();
			assertThat(AS_OF.getYear() - identity.birthYear()).isBetween(20, 60);
			if (record.employment().local()) {
				assertThat(identity.citizenId().substring(1, 3)).isEqualTo("11");
				assertThat(COMMUNES).extracting(SyntheticRecords.Place::code).contains(identity.birthPlaceCode());
				assertThat(identity.birthPlace()).endsWith("tỉnh Điện Biên");
			}
			else {
				assertThat(identity.birthPlaceCode()).isEqualTo(identity.citizenId().substring(1, 3));
			}
			if (identity.gender() == Gender.FEMALE) {
				assertThat(AS_OF.getYear() - identity.birthYear()).isLessThanOrEqualTo(57);
			}
		}
		assertThat(records.stream().filter((r) -> r.identity().birthMonth() == null).count()).isBetween(30L, 200L);
		assertThat(records.stream().filter((r) -> r.identity().otherNames() != null).count()).isBetween(50L, 250L);
		assertThat(records.stream().filter((r) -> r.employment().local()).count()).isGreaterThan(2000L);
	}

	@Test
	void levelsFitTheAgeAndTheCategory() {
		for (PersonDetails record : records(2, 3000)) {
			int age = AS_OF.getYear() - record.identity().birthYear();
			PersonDetails.Qualifications levels = record.qualifications();
			if (levels.professionalLevel().atLeast(ProfessionalLevel.THAC_SI)) {
				assertThat(age).isGreaterThanOrEqualTo(27);
			}
			if (levels.politicalTheory().atLeast(PoliticalTheoryLevel.CAO_CAP)) {
				assertThat(age).isGreaterThanOrEqualTo(32);
			}
			if (levels.stateManagement().atLeast(StateManagementLevel.CHUYEN_VIEN_CHINH)) {
				assertThat(age).isGreaterThanOrEqualTo(32);
			}
			if (record.employment().agencyId() == 1 || record.employment().agencyId() == 2) {
				assertThat(record.employment().category()).isIn(PersonnelCategory.PUBLIC_EMPLOYEE,
						PersonnelCategory.CONTRACT);
			}
			if (record.employment().category() != PersonnelCategory.PART_TIME
					&& record.employment().category() != PersonnelCategory.CONTRACT) {
				assertThat(levels.generalEducation().completedUpperSecondary()).isTrue();
			}
			for (PersonDetails.Training training : record.trainings()) {
				if (training.kind() == PersonDetails.TrainingKind.POLITICAL_THEORY) {
					assertThat(levels.politicalTheory()).isNotEqualTo(PoliticalTheoryLevel.NONE);
				}
				if (training.kind() == PersonDetails.TrainingKind.STATE_MANAGEMENT) {
					assertThat(levels.stateManagement()).isNotEqualTo(StateManagementLevel.NONE);
				}
			}
		}
	}

	@Test
	void partyAndMilitaryDatesAreConsistent() {
		List<PersonDetails> records = records(3, 3000);
		long members = 0;
		for (PersonDetails record : records) {
			PersonDetails.Memberships memberships = record.memberships();
			if (memberships.partyJoinedOn() != null) {
				members++;
				assertThat(memberships.partyJoinedOn().getYear() - record.identity().birthYear())
					.isGreaterThanOrEqualTo(18);
				assertThat(memberships.partyJoinedOn()).isBefore(AS_OF);
				if (memberships.partyOfficialOn() != null) {
					assertThat(memberships.partyOfficialOn()).isEqualTo(memberships.partyJoinedOn().plusMonths(12));
				}
			}
			if (memberships.militaryEnlistedOn() != null) {
				assertThat(record.identity().gender()).isEqualTo(Gender.MALE);
				assertThat(memberships.militaryDischargedOn()).isAfter(memberships.militaryEnlistedOn());
			}
		}
		assertThat(members).isBetween(900L, 2400L);
		List<PersonDetails> cadres = records.stream()
			.filter((r) -> r.employment().category() == PersonnelCategory.CADRE)
			.toList();
		assertThat(cadres.stream().filter((r) -> r.memberships().partyMember()).count() * 100 / cadres.size())
			.isGreaterThanOrEqualTo(80);
		assertThat(records.stream().filter((r) -> r.recognition().discipline() != null).count()).isBetween(5L, 80L);
	}

	@Test
	void historiesAreOrderedAndEndInTheCurrentAgency() {
		for (PersonDetails record : records(4, 3000)) {
			List<PersonDetails.WorkPeriod> work = record.workHistory();
			assertThat(work).hasSizeBetween(2, 6);
			for (int i = 0; i < work.size(); i++) {
				PersonDetails.WorkPeriod period = work.get(i);
				if (i < work.size() - 1) {
					assertThat(period.to()).as(record.identity().fullName() + " " + work).isNotNull();
					assertThat(period.to()).isAfterOrEqualTo(period.from());
					assertThat(work.get(i + 1).from()).isAfter(period.to());
				}
			}
			PersonDetails.WorkPeriod current = work.get(work.size() - 1);
			assertThat(current.to()).isNull();
			assertThat(current.from()).isEqualTo(record.employment().joinedAgencyOn());
			assertThat(current.description()).contains(record.employment().position());
			for (int i = 1; i < record.trainings().size(); i++) {
				assertThat(record.trainings().get(i).from()).isAfterOrEqualTo(record.trainings().get(i - 1).from());
			}
			for (PersonDetails.Training training : record.trainings()) {
				assertThat(training.to()).isAfterOrEqualTo(training.from());
			}
			salary(record);
			relatives(record);
		}
	}

	@Test
	void headcountsAddUpAndTheDemoCommuneGetsMore() {
		List<SyntheticRecords.Workplace> workplaces = new ArrayList<>(WORKPLACES);
		int[] counts = SyntheticRecords.headcounts(workplaces, 12_000, "03334");
		assertThat(Arrays.stream(counts).sum()).isEqualTo(12_000);
		assertThat(counts[1]).as("the provincial hospital").isGreaterThan(counts[5]);
		int[] elsewhere = SyntheticRecords.headcounts(workplaces, 12_000, "99999");
		assertThat(counts[0]).isGreaterThan(elsewhere[0]);
	}

	@Test
	void namesakesKeepTheirNameAndSex() {
		SyntheticRecords records = new SyntheticRecords(5, "11", COMMUNES);
		for (SyntheticPeople.Namesake namesake : SyntheticRecords.NAMESAKES) {
			PersonDetails record = records.next(WORKPLACES.get(2), namesake);
			assertThat(record.identity().fullName()).isEqualTo(namesake.name().fullName());
			assertThat(record.identity().gender()).isEqualTo(namesake.gender());
			assertThat(CitizenId.check(record.identity().citizenId(), namesake.gender(), record.identity().birthYear())
				.problems()).isEmpty();
		}
	}

	private static void salary(PersonDetails record) {
		List<PersonDetails.SalaryStep> steps = record.salaryHistory();
		if (record.employment().category() == PersonnelCategory.PART_TIME) {
			assertThat(steps).isEmpty();
			return;
		}
		assertThat(steps).isNotEmpty();
		assertThat(steps.get(0).effectiveOn()).isEqualTo(record.employment().recruitedOn());
		for (int i = 0; i < steps.size(); i++) {
			PersonDetails.SalaryStep step = steps.get(i);
			assertThat(step.effectiveOn()).isBeforeOrEqualTo(AS_OF);
			if (i > 0) {
				assertThat(step.effectiveOn()).isAfter(steps.get(i - 1).effectiveOn());
				assertThat(step.coefficient()).isGreaterThan(steps.get(i - 1).coefficient());
			}
			if ("01.003".equals(step.rankCode())) {
				assertThat(step.rankName()).isEqualTo("Chuyên viên");
				assertThat(step.coefficient()).isEqualByComparingTo(new BigDecimal("2.34")
					.add(new BigDecimal("0.33").multiply(BigDecimal.valueOf(step.step() - 1))));
			}
		}
		assertThat(record.currentSalary()).isEqualTo(steps.get(steps.size() - 1));
	}

	private static void relatives(PersonDetails record) {
		int born = record.identity().birthYear();
		for (PersonDetails.Relative relative : record.relatives()) {
			switch (relative.relation()) {
				case "Bố đẻ", "Mẹ đẻ" -> assertThat(born - relative.birthYear()).isBetween(19, 40);
				case "Con" -> assertThat(relative.birthYear() - born).isBetween(19, 45);
				default -> assertThat(relative.birthYear()).isLessThan(AS_OF.getYear() - 14);
			}
		}
		assertThat(record.relatives()).extracting(PersonDetails.Relative::relation).startsWith("Bố đẻ", "Mẹ đẻ");
	}

	static List<PersonDetails> records(long seed, int count) {
		SyntheticRecords records = new SyntheticRecords(seed, "11", COMMUNES);
		return IntStream.range(0, count).mapToObj((i) -> records.next(WORKPLACES.get(i % WORKPLACES.size()))).toList();
	}

}
