package vn.canbo.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import vn.canbo.orgunits.OrgUnits;
import vn.canbo.orgunits.UnitType;
import vn.canbo.people.People;
import vn.canbo.people.PersonDetails;
import vn.canbo.people.PersonFilter;
import vn.canbo.people.PersonSummary;
import vn.canbo.people.PersonView;
import vn.canbo.security.Role;
import vn.canbo.security.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generated records pass every rule of the people module and save: the demo and the
 * benchmarks load them through the same {@link People#createAll}.
 */
@SpringBootTest
class SyntheticRecordsStorageTests {

	@Autowired
	People people;

	@Autowired
	OrgUnits orgUnits;

	long muongThanh;

	long muongPhang;

	@BeforeEach
	void signIn() {
		TestAccounts.signIn("demo-loader", Set.of(Role.ADMIN), null);
		this.muongThanh = this.orgUnits.getByCode("03334", LocalDate.now()).id();
		this.muongPhang = this.orgUnits.getByCode("03325", LocalDate.now()).id();
	}

	@AfterEach
	void signOut() {
		TestAccounts.signOut();
	}

	@Test
	void generatedRecordsPassTheRulesAndSave() {
		List<SyntheticRecords.Workplace> workplaces = List.of(
				new SyntheticRecords.Workplace(this.muongThanh, "Trường Tiểu học Mường Thanh",
						UnitType.PUBLIC_SERVICE_UNIT, "03334"),
				new SyntheticRecords.Workplace(this.muongThanh, "Ủy ban nhân dân phường Mường Thanh",
						UnitType.PEOPLES_COMMITTEE, "03334"),
				new SyntheticRecords.Workplace(this.muongPhang, "Đảng ủy xã Mường Phăng", UnitType.PARTY_COMMITTEE,
						"03325"),
				new SyntheticRecords.Workplace(this.muongPhang, "Bệnh viện Đa khoa tỉnh", UnitType.PUBLIC_SERVICE_UNIT,
						null),
				new SyntheticRecords.Workplace(this.muongPhang, "Sở Nội vụ", UnitType.SPECIALISED_OFFICE, null));
		// Born in Hà Giang (02): no other test makes citizen IDs of that province.
		SyntheticRecords records = new SyntheticRecords(System.nanoTime(), "02", SyntheticRecordsTests.COMMUNES);
		List<PersonDetails> batch = new ArrayList<>();
		for (SyntheticPeople.Namesake namesake : SyntheticRecords.NAMESAKES) {
			batch.add(records.next(workplaces.get(1), namesake));
		}
		for (int i = 0; i < 400; i++) {
			batch.add(records.next(workplaces.get(i % workplaces.size())));
		}

		List<Long> ids = this.people.createAll(batch);

		assertThat(ids).hasSize(batch.size());
		PersonView read = this.people.get(ids.get(20), "TEST");
		assertThat(read.details().relatives()).isEqualTo(batch.get(20).relatives());
		assertThat(read.details().salaryHistory()).hasSameSizeAs(batch.get(20).salaryHistory());
		List<PersonSummary> hang = this.people
			.search(PersonFilter.none().withUnit(this.muongThanh).withQuery("nguyen thi hang"), 0, 100)
			.items();
		assertThat(hang).extracting(PersonSummary::fullName)
			.contains("Nguyễn Thị Hằng", "Nguyễn Thị Hàng", "Nguyễn Thị Hạng", "Nguyễn Thị Thu Hằng");
		String citizenId = batch.get(30).identity().citizenId();
		assertThat(this.people.search(PersonFilter.none().withQuery(citizenId.substring(0, 9)), 0, 500).items())
			.extracting(PersonSummary::id)
			.contains(ids.get(30));
		assertThat(this.people.search(PersonFilter.none().withQuery(citizenId), 0, 10).items())
			.extracting(PersonSummary::id)
			.containsExactly(ids.get(30));
		assertThat(this.people.search(PersonFilter.none().withUnit(this.muongThanh).withQuery("Hằng"), 0, 100).items())
			.extracting(PersonSummary::fullName)
			.doesNotContain("Nguyễn Thị Hạng");
	}

}
