package vn.canbo.orgunits;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import vn.canbo.security.Role;
import vn.canbo.security.TestAccounts;
import vn.canbo.shared.ConcurrentEditException;
import vn.canbo.shared.OutOfScopeException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Creating, correcting, moving and dissolving agencies: effective-dated, scoped, audited.
 */
@SpringBootTest
class AgenciesTests {

	static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

	static final LocalDate MOVE_DAY = LocalDate.of(2026, 1, 1);

	@Autowired
	OrgUnits orgUnits;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	OrgUnitView muongThanh;

	OrgUnitView muongPhang;

	@BeforeEach
	void signInAsProvinceOfficer() {
		TestAccounts.signIn("tinh-tochuc", Set.of(Role.ORG_OFFICER), null);
		this.muongThanh = this.orgUnits.getByCode("03334", REFORM);
		this.muongPhang = this.orgUnits.getByCode("03325", REFORM);
	}

	@AfterEach
	void signOut() {
		TestAccounts.signOut();
	}

	@Test
	void createsAnAgencyWithAGeneratedCodeAndAnAuditRow() {
		OrgUnitView agency = create(this.muongThanh, "Đảng ủy phường thử nghiệm", UnitType.PARTY_COMMITTEE);

		assertThat(agency.code()).matches("CQ\\d{6}");
		assertThat(agency.level()).isEqualTo(OrgLevel.AGENCY);
		assertThat(agency.parentId()).isEqualTo(this.muongThanh.id());
		assertThat(agency.provinceCode()).isEqualTo("11");
		assertThat(agency.path()).isEqualTo(this.muongThanh.path() + agency.id() + "/");
		assertThat(this.orgUnits.getByCode(agency.code(), REFORM).id()).isEqualTo(agency.id());
		assertThat(this.orgUnits.list(OrgUnitFilter.asOf(REFORM.minusDays(1)).text(agency.name()), 0, 10).total())
			.as("not there before it was established")
			.isZero();
		assertThat(auditRows(agency.id())).containsExactly("CREATE tinh-tochuc");
	}

	@Test
	void movesAnAgencyWithItsSubtreeFromADateAndKeepsThePastTree() {
		OrgUnitView office = create(this.muongThanh, "Văn phòng thử nghiệm", UnitType.SPECIALISED_OFFICE);
		OrgUnitView division = create(office, "Bộ phận một cửa thử nghiệm", UnitType.DIVISION);

		this.orgUnits.moveAgency(new MoveAgency(office.id(), this.muongPhang.id(), MOVE_DAY, office.version()));

		assertThat(this.orgUnits.lineage(division.id(), MOVE_DAY.minusDays(1))).extracting(OrgUnitView::code)
			.containsExactly("11", "03334", office.code(), division.code());
		assertThat(this.orgUnits.lineage(division.id(), MOVE_DAY)).extracting(OrgUnitView::code)
			.containsExactly("11", "03325", office.code(), division.code());
		assertThat(this.orgUnits.isWithin(this.muongThanh.id(), division.id(), MOVE_DAY.minusDays(1))).isTrue();
		assertThat(this.orgUnits.isWithin(this.muongThanh.id(), division.id(), MOVE_DAY)).isFalse();
		assertThat(this.orgUnits.history(office.id()).placements()).extracting(OrgUnitHistory.Placement::parentCode)
			.containsExactly("03334", "03325");
		assertThat(auditRows(office.id())).containsExactly("CREATE tinh-tochuc", "UPDATE tinh-tochuc");
	}

	@Test
	void refusesToMoveAnAgencyUnderItself() {
		OrgUnitView office = create(this.muongThanh, "Văn phòng vòng lặp", UnitType.SPECIALISED_OFFICE);
		OrgUnitView division = create(office, "Tổ vòng lặp", UnitType.DIVISION);

		assertThatThrownBy(
				() -> this.orgUnits.moveAgency(new MoveAgency(office.id(), division.id(), MOVE_DAY, office.version())))
			.isInstanceOfSatisfying(InvalidOrgChangeException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("orgunits.error.moveIntoOwnSubtree"));
	}

	@Test
	void rejectsSecondEditOfSameVersion() {
		OrgUnitView office = create(this.muongThanh, "Văn phòng sửa đồng thời", UnitType.SPECIALISED_OFFICE);
		this.orgUnits.updateAgency(
				new UpdateAgency(office.id(), "Văn phòng sửa lần một", UnitType.SPECIALISED_OFFICE, office.version()));

		assertThatThrownBy(() -> this.orgUnits.updateAgency(
				new UpdateAgency(office.id(), "Văn phòng sửa lần hai", UnitType.SPECIALISED_OFFICE, office.version())))
			.isInstanceOf(ConcurrentEditException.class);
		assertThat(this.orgUnits.get(office.id(), this.orgUnits.today()).name()).isEqualTo("Văn phòng sửa lần một");
	}

	@Test
	void dissolvesAnAgencyAndEverythingUnderIt() {
		OrgUnitView front = create(this.muongThanh, "Mặt trận thử nghiệm", UnitType.FATHERLAND_FRONT);
		OrgUnitView union = create(front, "Hội thử nghiệm", UnitType.MASS_ORGANISATION);

		this.orgUnits.closeAgency(new CloseAgency(front.id(), MOVE_DAY, front.version()));

		assertThat(this.orgUnits.children(front.id(), MOVE_DAY.minusDays(1))).extracting(OrgUnitView::id)
			.containsExactly(union.id());
		assertThat(
				this.orgUnits.list(OrgUnitFilter.asOf(MOVE_DAY).within(this.muongThanh.id()).text("thử nghiệm"), 0, 10)
					.items())
			.extracting(OrgUnitView::id)
			.doesNotContain(front.id(), union.id());
		assertThat(this.orgUnits.history(union.id()).unit().validTo()).isEqualTo(MOVE_DAY);
		assertThat(auditRows(front.id())).containsExactly("CREATE tinh-tochuc", "DELETE tinh-tochuc");
	}

	@Test
	void leavesAdministrativeUnitsToReorganisations() {
		assertThatThrownBy(() -> this.orgUnits.updateAgency(
				new UpdateAgency(this.muongThanh.id(), "Phường khác", UnitType.OTHER, this.muongThanh.version())))
			.isInstanceOf(InvalidOrgChangeException.class)
			.hasMessageContaining("administrativeUnitFixed");
	}

	@Test
	void namesTheFieldOfAnInvalidAgency() {
		assertThatThrownBy(() -> create(this.muongThanh, "  ", UnitType.OTHER))
			.isInstanceOfSatisfying(InvalidOrgChangeException.class, (ex) -> assertThat(ex.field()).isEqualTo("name"));
		assertThatThrownBy(() -> create(this.muongThanh, "Xã giả", UnitType.COMMUNE))
			.isInstanceOfSatisfying(InvalidOrgChangeException.class, (ex) -> assertThat(ex.field()).isEqualTo("type"));
		assertThatThrownBy(() -> this.orgUnits.createAgency(new CreateAgency(this.muongThanh.id(), "Ban trước sắp xếp",
				UnitType.OTHER, LocalDate.of(2025, 3, 1), null)))
			.isInstanceOfSatisfying(InvalidOrgChangeException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("orgunits.error.parentMissingOnDate"));
	}

	@Test
	void keepsCommuneOfficersAndViewersWithinTheirRights() {
		TestAccounts.signIn("xa-tochuc", Set.of(Role.ORG_OFFICER), this.muongThanh.id());
		assertThat(create(this.muongThanh, "Tổ trong phạm vi", UnitType.DIVISION).parentId())
			.isEqualTo(this.muongThanh.id());
		assertThatThrownBy(() -> create(this.muongPhang, "Tổ ngoài phạm vi", UnitType.DIVISION))
			.isInstanceOf(OutOfScopeException.class);

		TestAccounts.signIn("xa-xem", Set.of(Role.VIEWER), this.muongThanh.id());
		assertThatThrownBy(() -> create(this.muongThanh, "Tổ của người xem", UnitType.DIVISION))
			.isInstanceOf(OutOfScopeException.class);
	}

	@Test
	void aRolledBackChangeLeavesNeitherTheChangeNorItsAuditRow() {
		String name = "Ban hủy bỏ " + TestAccounts.uniqueName("rollback");
		assertThatThrownBy(() -> this.transactions.executeWithoutResult((status) -> {
			create(this.muongThanh, name, UnitType.OTHER);
			throw new IllegalStateException("later step failed");
		})).hasMessage("later step failed");

		assertThat(this.jdbc.sql("select count(*) from org_unit where name = :name")
			.param("name", name)
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("select count(*) from audit_entry where after::text like :name")
			.param("name", "%" + name + "%")
			.query(Long.class)
			.single()).isZero();
	}

	private OrgUnitView create(OrgUnitView parent, String name, UnitType type) {
		return this.orgUnits.createAgency(new CreateAgency(parent.id(), name, type, REFORM, null));
	}

	private java.util.List<String> auditRows(long unitId) {
		return this.jdbc.sql(
				"select action || ' ' || actor from audit_entry where entity_type = 'OrgUnit' and entity_id = :id order by id")
			.param("id", String.valueOf(unitId))
			.query(String.class)
			.list();
	}

}
