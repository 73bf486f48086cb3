package vn.canbo.people;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.canbo.orgunits.OrgUnits;
import vn.canbo.security.Role;
import vn.canbo.security.TestAccounts;
import vn.canbo.shared.ConcurrentEditException;
import vn.canbo.shared.InvalidInputException;
import vn.canbo.shared.OutOfScopeException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Records: create, read, search, edit, scope, sensitive data, audit. */
@SpringBootTest
class PeopleTests {

	static final LocalDate TODAY = LocalDate.now();

	@Autowired
	People people;

	@Autowired
	OrgUnits orgUnits;

	@Autowired
	JdbcClient jdbc;

	long muongThanh;

	long muongPhang;

	@BeforeEach
	void signIn() {
		TestAccounts.signIn("tinh-tochuc", Set.of(Role.ORG_OFFICER), null);
		this.muongThanh = this.orgUnits.getByCode("03334", TODAY).id();
		this.muongPhang = this.orgUnits.getByCode("03325", TODAY).id();
	}

	@AfterEach
	void signOut() {
		TestAccounts.signOut();
	}

	@Test
	void createsAReadableAuditedRecord() {
		PersonView created = this.people
			.create(TestPeople.person("  Nguyễn   Thị Hoà  ", Gender.FEMALE, 1985, this.muongThanh));

		assertThat(created.fullName()).as("cleaned, current tone placement").isEqualTo("Nguyễn Thị Hòa");
		assertThat(created.details().identity().citizenId()).hasSize(12);
		assertThat(created.sensitiveShown()).isTrue();
		assertThat(created.agencyName()).isEqualTo("Phường Mường Thanh");
		assertThat(this.jdbc
			.sql("select action from audit_entry where entity_type = 'Person' and entity_id = :id order by id")
			.param("id", String.valueOf(created.id()))
			.query(String.class)
			.list()).startsWith("CREATE");
	}

	@Test
	void searchFindsNamesWithoutDiacriticsAndSortsTheVietnameseWay() {
		String family = "Thửnghiệm" + TestAccounts.uniqueName("").replaceAll("[^a-z]", "");
		this.people.create(TestPeople.person(family + " Văn Hạng", Gender.MALE, 1980, this.muongThanh));
		this.people.create(TestPeople.person(family + " Thị Hằng", Gender.FEMALE, 1990, this.muongThanh));
		this.people.create(TestPeople.person(family + " Thị Hàng", Gender.FEMALE, 1991, this.muongThanh));
		this.people.create(TestPeople.person(family + " Văn Đức", Gender.MALE, 1975, this.muongThanh));
		this.people.create(TestPeople.person(family + " Văn Dũng", Gender.MALE, 1976, this.muongThanh));

		String plain = vn.canbo.shared.VietnameseText.searchKey(family);
		assertThat(names(plain + " thi hang")).containsExactly(family + " Thị Hàng", family + " Thị Hằng");
		assertThat(names(family + " Hằng")).containsExactly(family + " Thị Hằng");
		// Given name first; d before đ; a before ă (letters), tone marks only after.
		assertThat(names(plain)).containsExactly(family + " Văn Dũng", family + " Văn Đức", family + " Thị Hàng",
				family + " Văn Hạng", family + " Thị Hằng");
	}

	@Test
	void aSecondEditOfTheSameVersionIsRefusedAndNothingIsLost() {
		PersonView created = this.people.create(TestPeople.person("Lò Văn Minh", Gender.MALE, 1982, this.muongThanh));
		PersonDetails first = created.details()
			.withEmployment(new PersonDetails.Employment("NV-1", PersonnelCategory.CIVIL_SERVANT, this.muongThanh,
					"Phó trưởng phòng", null, true, null, null, null, null));
		PersonDetails second = created.details()
			.withEmployment(new PersonDetails.Employment(null, PersonnelCategory.CIVIL_SERVANT, this.muongThanh,
					"Trưởng phòng", null, true, null, null, null, null));

		this.people.update(created.id(), created.version(), first);
		assertThatThrownBy(() -> this.people.update(created.id(), created.version(), second))
			.isInstanceOf(ConcurrentEditException.class);

		assertThat(this.people.get(created.id(), "TEST").details().employment().position())
			.isEqualTo("Phó trưởng phòng");
	}

	@Test
	void invalidInputNamesEveryFieldAtFault() {
		PersonDetails bad = TestPeople.person("Lò Văn Minh", Gender.MALE, 1982, this.muongThanh);
		bad = bad.withIdentity(new PersonDetails.Identity("Lò Văn Minh", null, 31, 2, 1982, Gender.FEMALE, null, null,
				null, null, null, null, null, "not-an-email", null, null, "001082000001", null, null, "123", null));

		PersonDetails input = bad;
		assertThatThrownBy(() -> this.people.create(input)).isInstanceOfSatisfying(InvalidInputException.class,
				(ex) -> assertThat(ex.problems()).extracting((p) -> p.field() + " " + p.messageKey())
					.contains("identity.birthDay people.error.birthDay.invalid",
							"identity.ethnicity people.error.ethnicity.required", "identity.email people.error.email",
							"identity.citizenId people.citizenId.genderAndCentury",
							"identity.socialInsuranceNumber people.socialInsuranceNumber.digits"));
	}

	@Test
	void aCommuneOfficerSeesAndChangesOnlyTheirCommune() {
		PersonView inside = this.people
			.create(TestPeople.person("Quàng Văn Trong", Gender.MALE, 1979, this.muongThanh));
		PersonView outside = this.people
			.create(TestPeople.person("Quàng Văn Ngoài", Gender.MALE, 1979, this.muongPhang));

		TestAccounts.signIn("xa-tochuc", Set.of(Role.ORG_OFFICER), this.muongThanh);

		assertThat(this.people.get(inside.id(), "TEST").fullName()).isEqualTo("Quàng Văn Trong");
		assertThatThrownBy(() -> this.people.get(outside.id(), "TEST")).isInstanceOf(OutOfScopeException.class);
		assertThatThrownBy(() -> this.people.update(outside.id(), outside.version(), outside.details()))
			.isInstanceOf(OutOfScopeException.class);
		assertThatThrownBy(() -> this.people.update(inside.id(), inside.version(),
				inside.details().withEmployment(outside.details().employment())))
			.isInstanceOf(InvalidInputException.class);
		assertThat(names("quang van")).contains("Quàng Văn Trong").doesNotContain("Quàng Văn Ngoài");
	}

	@Test
	void viewersDoNotSeeSensitiveDataAndSensitiveViewsAreLogged() {
		PersonView created = this.people.create(TestPeople.person("Cà Thị Kín", Gender.FEMALE, 1988, this.muongThanh)
			.withRecognition(new PersonDetails.Recognition(null, null, null, "Khiển trách, 2020"))
			.withHistories(List.of(), List.of(), List.of(), List
				.of(new PersonDetails.Relative(PersonDetails.FamilySide.OWN, "Bố", "Cà Văn Bố", 1960, "Làm ruộng"))));

		TestAccounts.signIn("xem", Set.of(Role.VIEWER), null);
		PersonView seen = this.people.get(created.id(), "PAGE");
		assertThat(seen.sensitiveShown()).isFalse();
		assertThat(seen.details().identity().citizenId()).isNull();
		assertThat(seen.details().recognition().discipline()).isNull();
		assertThat(seen.details().relatives()).isEmpty();
		assertThat(this.people.search(PersonFilter.none().withQuery("ca thi kin"), 0, 10).items())
			.allSatisfy((p) -> assertThat(p.citizenId()).isNull());

		TestAccounts.signIn("tinh-lanhdao", Set.of(Role.LEADER), null);
		assertThat(this.people.get(created.id(), "PAGE").details().relatives()).hasSize(1);
		assertThat(this.jdbc
			.sql("select actor from audit_entry where entity_type = 'Person' and entity_id = :id and action = 'VIEW'")
			.param("id", String.valueOf(created.id()))
			.query(String.class)
			.list()).contains("tinh-lanhdao").doesNotContain("xem");
	}

	private List<String> names(String q) {
		return this.people.search(PersonFilter.none().withQuery(q), 0, 100)
			.items()
			.stream()
			.map(PersonSummary::fullName)
			.toList();
	}

}
