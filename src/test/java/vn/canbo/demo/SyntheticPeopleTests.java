package vn.canbo.demo;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import vn.canbo.people.CitizenId;
import vn.canbo.people.Ethnicity;
import vn.canbo.people.Gender;
import vn.canbo.people.PersonName;
import vn.canbo.people.PersonnelCategory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SyntheticPeopleTests {

	@Test
	void theSameSeedGivesTheSamePeople() {
		assertThat(people(42, "01", 200)).isEqualTo(people(42, "01", 200));
		assertThat(people(42, "01", 200)).isNotEqualTo(people(43, "01", 200));
	}

	@Test
	void everyCitizenIdPassesTheCheckAgainstTheRecord() {
		for (String province : List.of("01", "11", "79", "94", "64", "38")) {
			for (SyntheticPerson person : people(1, province, 1000)) {
				assertThat(CitizenId.check(person.citizenId().number(), person.gender(), person.birthYear()).problems())
					.as(person.toString())
					.isEmpty();
				assertThat(person.citizenId().provinceCode()).isEqualTo(person.birthProvinceCode());
			}
		}
	}

	@Test
	void namesParseBack() {
		for (String province : List.of("01", "11", "79", "94", "64", "20")) {
			for (SyntheticPerson person : people(2, province, 1000)) {
				assertThat(PersonName.parse(person.name().fullName())).isEqualTo(person.name());
			}
		}
	}

	@Test
	void peopleAreOfWorkingAge() {
		List<SyntheticPerson> people = people(3, "48", 5000);
		for (SyntheticPerson person : people) {
			int age = SyntheticPeople.DEFAULT_AS_OF.getYear() - person.birthYear();
			assertThat(age).isBetween(22, 60);
			if (person.birthDate() != null) {
				assertThat(person.birthDate().getYear()).isEqualTo(person.birthYear());
			}
		}
		long yearOnly = people.stream().filter((person) -> person.birthDate() == null).count();
		assertThat(yearOnly).isBetween(75L, 250L);
	}

	@Test
	void nguyenIsTheCommonestFamilyNameInHanoi() {
		List<SyntheticPerson> people = people(4, "01", 10_000);
		long nguyen = people.stream().filter((person) -> person.name().familyName().equals("Nguyễn")).count();
		assertThat(nguyen).isBetween(2_500L, 4_500L);
		long women = people.stream().filter((person) -> person.gender() == Gender.FEMALE).count();
		assertThat(women).isBetween(4_500L, 5_500L);
		assertThat(people).allMatch((person) -> person.ethnicity() == Ethnicity.KINH);
	}

	@Test
	void dienBienHasManyThaiAndMongPeopleWithTheirOwnNames() {
		List<SyntheticPerson> people = people(5, "11", 10_000);
		long minority = people.stream().filter((person) -> person.ethnicity().isMinority()).count();
		assertThat(minority).isGreaterThanOrEqualTo(3_000L);
		assertThat(people).filteredOn((person) -> person.ethnicity() == Ethnicity.MONG)
			.isNotEmpty()
			.allMatch((person) -> List
				.of("Giàng", "Thào", "Vàng", "Sùng", "Mùa", "Hờ", "Lầu", "Lý", "Cứ", "Hạng", "Sình", "Chá")
				.contains(person.name().familyName()))
			.filteredOn((person) -> person.gender() == Gender.MALE)
			.extracting((person) -> person.name().middleNames())
			.contains("A");
		assertThat(people).filteredOn((person) -> person.ethnicity() == Ethnicity.THAI)
			.extracting((person) -> person.name().familyName())
			.contains("Lò", "Lường", "Quàng", "Cầm", "Tòng");
	}

	@Test
	void theSouthHasMoreHuynhAndVoThanTheNorth() {
		long south = people(6, "79", 10_000).stream()
			.filter((person) -> List.of("Huỳnh", "Võ").contains(person.name().familyName()))
			.count();
		long north = people(6, "01", 10_000).stream()
			.filter((person) -> List.of("Huỳnh", "Võ").contains(person.name().familyName()))
			.count();
		assertThat(south).isGreaterThan(5 * Math.max(north, 1));
	}

	@Test
	void mostCadresAreInTheParty() {
		List<SyntheticPerson> cadres = people(7, "01", 10_000).stream()
			.filter((person) -> person.category() == PersonnelCategory.CADRE)
			.toList();
		assertThat(cadres).hasSizeGreaterThan(1000);
		assertThat(cadres.stream().filter(SyntheticPerson::partyMember).count() * 100 / cadres.size()).isBetween(80L,
				97L);
	}

	@Test
	void rejectsUnknownProvinceCodes() {
		assertThatIllegalArgumentException().isThrownBy(() -> new SyntheticPeople(1).next("03"));
	}

	private static List<SyntheticPerson> people(long seed, String province, int count) {
		SyntheticPeople people = new SyntheticPeople(seed);
		return IntStream.range(0, count).mapToObj((i) -> people.next(province)).toList();
	}

}
