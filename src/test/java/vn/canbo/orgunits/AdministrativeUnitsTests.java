package vn.canbo.orgunits;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import vn.canbo.security.SystemAccess;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The official units loaded from the reference data, seen through the facade as a
 * nationwide user.
 */
@SpringBootTest
class AdministrativeUnitsTests {

	static final LocalDate BEFORE_REFORM = LocalDate.of(2025, 3, 1);

	static final LocalDate AFTER_REFORM = LocalDate.of(2025, 7, 1);

	@Autowired
	OrgUnits orgUnits;

	@Autowired
	SystemAccess system;

	@Test
	void countsEveryTierBeforeAndAfterTheReform() {
		assertThat(count(BEFORE_REFORM, OrgLevel.PROVINCE)).isEqualTo(63);
		assertThat(count(BEFORE_REFORM, OrgLevel.DISTRICT)).isEqualTo(696);
		assertThat(count(BEFORE_REFORM, OrgLevel.COMMUNE)).isEqualTo(10_035);
		assertThat(count(AFTER_REFORM, OrgLevel.PROVINCE)).isEqualTo(34);
		assertThat(count(AFTER_REFORM, OrgLevel.DISTRICT)).isZero();
		assertThat(count(AFTER_REFORM, OrgLevel.COMMUNE)).isEqualTo(3_321);
		assertThat(count(LocalDate.of(2025, 6, 30), OrgLevel.COMMUNE)).isEqualTo(10_035);
	}

	@Test
	void keepsAnUnchangedProvinceAsOneNodeAcrossTheReform() {
		OrgUnitView before = this.system.call(() -> this.orgUnits.getByCode("11", BEFORE_REFORM));
		OrgUnitView after = this.system.call(() -> this.orgUnits.getByCode("11", AFTER_REFORM));
		assertThat(after.id()).isEqualTo(before.id());
		assertThat(after.name()).isEqualTo("Tỉnh Điện Biên");
		assertThat(after.validFrom()).isNull();
		assertThat(after.validTo()).isNull();
	}

	@Test
	void listsTheOldCommunesMergedIntoANewOneWithFullAndPartial() {
		OrgUnitHistory history = this.system
			.call(() -> this.orgUnits.history(this.orgUnits.idForCode("00004", AFTER_REFORM)));
		assertThat(history.unit().name()).isEqualTo("Phường Ba Đình");
		assertThat(history.predecessors()).extracting(Succession::code, Succession::kind)
			.contains(org.assertj.core.groups.Tuple.tuple("00004", Succession.Kind.FULL),
					org.assertj.core.groups.Tuple.tuple("00013", Succession.Kind.FULL),
					org.assertj.core.groups.Tuple.tuple("00016", Succession.Kind.PARTIAL));
		assertThat(history.predecessors()).allSatisfy((link) -> {
			assertThat(link.effectiveDate()).isEqualTo(AFTER_REFORM);
			assertThat(link.unitId()).isNotNull();
		});
	}

	@Test
	void followsAnOldCommuneIntoEveryUnitItWentTo() {
		long ngocHa = this.system.call(() -> this.orgUnits.getByCode("00016", BEFORE_REFORM).id());
		OrgUnitHistory history = this.system.call(() -> this.orgUnits.history(ngocHa));
		assertThat(history.unit().validTo()).isEqualTo(AFTER_REFORM);
		assertThat(history.successors()).extracting(Succession::name).contains("Phường Ba Đình", "Phường Ngọc Hà");
		assertThat(history.successors())
			.allSatisfy((link) -> assertThat(link.kind()).isEqualTo(Succession.Kind.PARTIAL));
	}

	@Test
	void findsUnitsByNameWithOrWithoutDiacritics() {
		var withMarks = this.system.call(() -> this.orgUnits
			.list(OrgUnitFilter.asOf(AFTER_REFORM).text("Mường Thanh").level(OrgLevel.COMMUNE), 0, 10));
		var without = this.system.call(() -> this.orgUnits
			.list(OrgUnitFilter.asOf(AFTER_REFORM).text("muong thanh").level(OrgLevel.COMMUNE), 0, 10));
		assertThat(withMarks.items()).extracting(OrgUnitView::code).contains("03334");
		assertThat(without.items()).extracting(OrgUnitView::code)
			.isEqualTo(withMarks.items().stream().map(OrgUnitView::code).toList());
	}

	@Test
	void answersChildrenAncestorsAndSubtreeAsOfADate() {
		OrgUnitView province = this.system.call(() -> this.orgUnits.getByCode("11", BEFORE_REFORM));
		var districtsBefore = this.system.call(() -> this.orgUnits.children(province.id(), BEFORE_REFORM));
		var communesAfter = this.system.call(() -> this.orgUnits.children(province.id(), AFTER_REFORM));
		// Other tests of the shared database add agencies under the province.
		assertThat(districtsBefore).filteredOn((unit) -> unit.level() == OrgLevel.DISTRICT).hasSize(10);
		assertThat(communesAfter).filteredOn((unit) -> unit.level() == OrgLevel.COMMUNE).hasSize(45);
		OrgUnitView muongThanh = this.system.call(() -> this.orgUnits.getByCode("03334", AFTER_REFORM));
		assertThat(this.system.call(() -> this.orgUnits.lineage(muongThanh.id(), AFTER_REFORM)))
			.extracting(OrgUnitView::code)
			.containsExactly("11", "03334");
		assertThat(this.orgUnits.isWithin(province.id(), muongThanh.id(), AFTER_REFORM)).isTrue();
		assertThat(this.orgUnits.isWithin(muongThanh.id(), province.id(), AFTER_REFORM)).isFalse();
		var subtree = this.system.call(() -> this.orgUnits
			.list(OrgUnitFilter.asOf(BEFORE_REFORM).within(province.id()).level(OrgLevel.COMMUNE), 0, 1));
		assertThat(subtree.total()).isEqualTo(129);
	}

	private long count(LocalDate asOf, OrgLevel level) {
		return this.system.call(() -> this.orgUnits.list(OrgUnitFilter.asOf(asOf).level(level), 0, 1).total());
	}

}
