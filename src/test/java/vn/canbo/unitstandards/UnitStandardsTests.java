package vn.canbo.unitstandards;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import vn.canbo.audit.AuditEntryView;
import vn.canbo.audit.AuditTrail;
import vn.canbo.documents.ImportRow;
import vn.canbo.documents.TestSheets;
import vn.canbo.documents.XlsxRows;
import vn.canbo.orgunits.OrgUnits;
import vn.canbo.security.Role;
import vn.canbo.security.TestAccounts;
import vn.canbo.shared.FieldProblem;
import vn.canbo.shared.InvalidInputException;
import vn.canbo.shared.NotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Real communes of the shared data (units-area-population-2025.json) against the
 * standards, each expected share computed by hand in the comments: share = figure × 100 /
 * required, two places, half up. NQ 76/2025 (from 14/04/2025): xã 30 km² and 16,000 (100%
 * of 30 km², 200% of 8,000); xã miền núi 100 km² and 5,000; phường 5.5 km² and 45,000 /
 * 15,000 / 21,000 (centrally-run city / mountain or border province / other); island
 * communes: no figure. NQ 112/2025 (from 01/01/2026): xã 30 km², 16,000; miền núi 100
 * km², 5,000; xã đảo 15 km², 2,500; phường 5.5 km², 21,000; tỉnh 5,000 km², 1,400,000.
 */
@SpringBootTest
class UnitStandardsTests {

	static final LocalDate NQ76 = LocalDate.of(2025, 7, 1);

	static final LocalDate NQ112 = LocalDate.of(2026, 1, 1);

	@Autowired
	UnitStandards standards;

	@Autowired
	OrgUnits orgUnits;

	@Autowired
	AuditTrail audit;

	@Autowired
	UnitStandardsExports exports;

	@BeforeEach
	void signIn() {
		TestAccounts.signIn("tinh-tieuchuan", Set.of(Role.ADMIN, Role.ORG_OFFICER), null);
	}

	@AfterEach
	void signOut() {
		TestAccounts.signOut();
	}

	@Test
	void aWardOfACentrallyRunCityIsMeasuredByTheCitysWardStandard() {
		// Phường Ba Đình (00004, Hà Nội): 2.97 km², 65,023 people, confirmed
		Analysis nq76 = this.standards.analyse("00004", NQ76);
		assertThat(nq76.kind()).isEqualTo(UnitKind.WARD);
		assertThat(nq76.figuresQuality()).isEqualTo("confirmed");
		// area 2.97 × 100 / 5.5 = 54.00 %; population 65,023 × 100 / 45,000 = 144.4955… →
		// 144.50 %
		assertRequirement(nq76.requirements().get(0), "area", "5.5", "2.97", "54.00", false);
		assertRequirement(nq76.requirements().get(1), "population", "45000", "65023", "144.50", true);
		assertThat(nq76.requirements().get(0).rule()).isEqualTo("UNIT_STANDARDS_COMMUNE@2025-04-14");
		assertThat(nq76.requirements().get(0).citation()).contains("76/2025/UBTVQH15");
		assertThat(nq76.meets()).isFalse();
		assertThat(nq76.band()).isEqualTo(Band.NOT_MET);
		// NQ 112: population 65,023 × 100 / 21,000 = 309.6333… → 309.63 %
		Analysis nq112 = this.standards.analyse("00004", NQ112);
		assertRequirement(nq112.requirements().get(1), "population", "21000", "65023", "309.63", true);
		assertThat(nq112.requirements().get(1).rule()).isEqualTo("UNIT_STANDARDS_COMMUNE@2026-01-01");
		assertThat(nq112.meets()).isFalse();
	}

	@Test
	void aCommuneSetAsMountainousIsMeasuredByTheMountainStandardFromTheCorrectionsDate() {
		// Xã Chà Tở (03175, Điện Biên): 227.92 km², 5,208 people, confirmed. As a plain
		// xã
		// under NQ 76 (31/12/2025): area 227.92 × 100 / 30 = 759.7333… → 759.73 %,
		// population 5,208 × 100 / 16,000 = 32.55 % → one standard not met
		Analysis plain = this.standards.analyse("03175", LocalDate.of(2025, 12, 31));
		assertThat(plain.kind()).isEqualTo(UnitKind.COMMUNE);
		assertRequirement(plain.requirements().get(0), "area", "30", "227.92", "759.73", true);
		assertRequirement(plain.requirements().get(1), "population", "16000", "5208", "32.55", false);
		assertThat(plain.band()).isEqualTo(Band.NOT_MET);
		// the officer records it as mountainous from 01/01/2026 with the same figures
		this.standards.correct("03175", new FigureInput("227,92", "5.208", "MOUNTAIN", "2026-01-01",
				"Quyết định phân định vùng miền núi (thử)", "2025-12-15", null));
		// NQ 112 mountain: area 227.92 × 100 / 100 = 227.92 %; population 5,208 × 100 /
		// 5,000 = 104.16 % → meets
		Analysis mountain = this.standards.analyse("03175", NQ112);
		assertThat(mountain.kind()).isEqualTo(UnitKind.MOUNTAIN);
		assertThat(mountain.kindSet()).isTrue();
		assertThat(mountain.figuresQuality()).isEqualTo("corrected");
		assertRequirement(mountain.requirements().get(0), "area", "100", "227.92", "227.92", true);
		assertRequirement(mountain.requirements().get(1), "population", "5000", "5208", "104.16", true);
		assertThat(mountain.meets()).isTrue();
		assertThat(mountain.band()).isEqualTo(Band.MEETS);
		// the day before, the shared data's figure and the derived kind still hold
		assertThat(this.standards.analyse("03175", LocalDate.of(2025, 12, 31)).kind()).isEqualTo(UnitKind.COMMUNE);
	}

	@Test
	void anIslandZoneHasNoFigureUnderNq76AndTheIslandStandardUnderNq112() {
		// Đặc khu Côn Đảo (26732): 75.79 km², 6,502 people
		Analysis nq76 = this.standards.analyse("26732", NQ76);
		assertThat(nq76.kind()).isEqualTo(UnitKind.ISLAND);
		assertThat(nq76.requirements()).isEmpty();
		assertThat(nq76.meets()).isNull();
		// NQ 112 island: area 75.79 × 100 / 15 = 505.2666… → 505.27 %; population 6,502 ×
		// 100 / 2,500 = 260.08 %
		Analysis nq112 = this.standards.analyse("26732", NQ112);
		assertRequirement(nq112.requirements().get(0), "area", "15", "75.79", "505.27", true);
		assertRequirement(nq112.requirements().get(1), "population", "2500", "6502", "260.08", true);
		assertThat(nq112.meets()).isTrue();
		// Đặc khu Bạch Long Vĩ (11948): 3.07 km², 686 people: 3.07 × 100 / 15 = 20.4666…
		// → 20.47 %, 686 × 100 / 2,500 = 27.44 % → both below 50 %
		Analysis small = this.standards.analyse("11948", NQ112);
		assertRequirement(small.requirements().get(0), "area", "15", "3.07", "20.47", false);
		assertRequirement(small.requirements().get(1), "population", "2500", "686", "27.44", false);
		assertThat(small.band()).isEqualTo(Band.BELOW_50);
	}

	@Test
	void aCommuneBelowHalfOfBothStandardsIsBelow50() {
		// Xã Minh Châu (09661, Hà Nội): 10.36 km², 6,646 people. NQ 112 xã: 10.36 × 100 /
		// 30 = 34.5333… → 34.53 %; 6,646 × 100 / 16,000 = 41.5375 → 41.54 %
		Analysis analysis = this.standards.analyse("09661", NQ112);
		assertThat(analysis.kind()).isEqualTo(UnitKind.COMMUNE);
		assertRequirement(analysis.requirements().get(0), "area", "30", "10.36", "34.53", false);
		assertRequirement(analysis.requirements().get(1), "population", "16000", "6646", "41.54", false);
		assertThat(analysis.meets()).isFalse();
		assertThat(analysis.band()).isEqualTo(Band.BELOW_50);
	}

	@Test
	void aWardOfAProvinceSetAsMountainousTakesThe15000Standard() {
		// Phường Mường Thanh (03334, Tỉnh Điện Biên): 27.56 km², 25,517 people. NQ 76, an
		// ordinary province: 25,517 × 100 / 21,000 = 121.5095… → 121.51 %; area 27.56 ×
		// 100 / 5.5 = 501.0909… → 501.09 %
		Analysis ordinary = this.standards.analyse("03334", NQ76);
		assertRequirement(ordinary.requirements().get(0), "area", "5.5", "27.56", "501.09", true);
		assertRequirement(ordinary.requirements().get(1), "population", "21000", "25517", "121.51", true);
		// Điện Biên recorded as a mountainous, border province from 01/12/2025 (its
		// figures kept: 9,539.9 km², 653,422): 25,517 × 100 / 15,000 = 170.1133… → 170.11
		// %
		this.standards.correct("11", new FigureInput("9539.9", "653422", "mountain_province", "2025-12-01",
				"Nghị quyết 202/2025/QH15 (thử)", "2025-06-12", "tỉnh miền núi, biên giới"));
		Analysis mountainProvince = this.standards.analyse("03334", LocalDate.of(2025, 12, 1));
		assertRequirement(mountainProvince.requirements().get(1), "population", "15000", "25517", "170.11", true);
		assertThat(mountainProvince.meets()).isTrue();
		// the province itself under NQ 112, mountainous: 9,539.9 × 100 / 8,000 =
		// 119.2487… → 119.25 %; 653,422 × 100 / 900,000 = 72.6024… → 72.60 %
		Analysis province = this.standards.analyse("11", NQ112);
		assertThat(province.kind()).isEqualTo(UnitKind.MOUNTAIN_PROVINCE);
		assertRequirement(province.requirements().get(0), "area", "8000", "9539.9", "119.25", true);
		assertRequirement(province.requirements().get(1), "population", "900000", "653422", "72.60", false);
		assertThat(province.requirements().get(0).rule()).isEqualTo("UNIT_STANDARDS_PROVINCE@2026-01-01");
		assertThat(province.meets()).isFalse();
	}

	@Test
	void aCommuneWithoutAPopulationIsUnknownAndShownAsIncomplete() {
		// Xã Tủa Thàng (03220): 150.92 km², population null (incomplete): 150.92 × 100 /
		// 30
		// = 503.0666… → 503.07 %; population unknown → verdict unknown
		Analysis analysis = this.standards.analyse("03220", NQ112);
		assertThat(analysis.figuresQuality()).isEqualTo("incomplete");
		assertRequirement(analysis.requirements().get(0), "area", "30", "150.92", "503.07", true);
		assertThat(analysis.requirements().get(1).actual()).isNull();
		assertThat(analysis.requirements().get(1).met()).isNull();
		assertThat(analysis.meets()).isNull();
		assertThat(analysis.band()).isEqualTo(Band.UNKNOWN);
	}

	@Test
	void mergingThreeMountainCommunesAddsTheirFiguresAndIsExemptOnlyUnderNq76() {
		// Xã Nà Hỳ 03169 (275.64 km², 1,671), Xã Mường Tùng 03181 (278.93, 945,
		// uncertain), Xã Pu Nhi 03370 (181.22, 999, uncertain): area 275.64 + 278.93 +
		// 181.22 = 735.79 km²; population 1,671 + 945 + 999 = 3,615
		List<String> codes = List.of("03169", "03181", "03370");
		MergeSimulation nq112 = this.standards.simulate(codes, NQ112, UnitKind.MOUNTAIN, 5L);
		assertThat(nq112.areaKm2()).isEqualByComparingTo("735.79");
		assertThat(nq112.population()).isEqualTo(3615);
		assertThat(nq112.figuresQuality()).isEqualTo("uncertain");
		// mountain: 735.79 × 100 / 100 = 735.79 %; 3,615 × 100 / 5,000 = 72.30 %
		assertRequirement(nq112.requirements().get(0), "area", "100", "735.79", "735.79", true);
		assertRequirement(nq112.requirements().get(1), "population", "5000", "3615", "72.30", false);
		assertThat(nq112.meetsFigures()).isFalse();
		assertThat(nq112.exempt()).isFalse();
		assertThat(nq112.meets()).isFalse();
		// staff through the staffing facade: the sum of the units', surplus against 5
		long headcount = nq112.units().stream().mapToLong(MergeSimulation.Member::headcount).sum();
		assertThat(nq112.headcount()).isEqualTo(headcount);
		assertThat(nq112.surplus()).isEqualTo(headcount - 5);
		// NQ 76 Art. 5(2): three units merged need not meet the standard
		MergeSimulation nq76 = this.standards.simulate(codes, NQ76, UnitKind.MOUNTAIN, null);
		assertThat(nq76.meetsFigures()).isFalse();
		assertThat(nq76.exempt()).isTrue();
		assertThat(nq76.meets()).isTrue();
		assertThat(nq76.surplus()).isEqualTo((nq76.quota() == null) ? null : nq76.headcount() - nq76.quota());
	}

	@Test
	void theProvinceListCountsInSqlWhatEachAnalysisSays() {
		long province = this.orgUnits.getByCode("11", NQ112).id();
		UnitStandards.UnitList all = this.standards.list(province, NQ112, null, 0, 10);
		// Điện Biên has 45 communes and wards after 01/07/2025
		assertThat(all.all()).isEqualTo(45);
		assertThat(all.page().total()).isEqualTo(45);
		assertThat(all.page().items()).hasSize(10);
		List<UnitRow> rows = this.standards.allRows(province, NQ112, null);
		assertThat(rows).hasSize(45);
		for (UnitRow row : rows) {
			Analysis analysis = this.standards.analyse(row.code(), NQ112);
			assertThat(row.band()).as(row.code()).isEqualTo(analysis.band());
			assertThat(row.kind()).as(row.code()).isEqualTo(analysis.kind());
		}
		long below50 = rows.stream().filter((row) -> row.band() == Band.BELOW_50).count();
		assertThat(all.below50()).isEqualTo(below50);
		UnitStandards.UnitList below = this.standards.list(province, NQ112, Band.BELOW_100, 0, 50);
		assertThat(below.page().total()).isEqualTo(all.below100());
		assertThat(below.page().items()).allMatch((row) -> row.band() == Band.BELOW_50 || row.band() == Band.BELOW_100);
	}

	@Test
	void theExportHasEveryCommuneOfTheListWithItsShares() {
		long province = this.orgUnits.getByCode("11", NQ112).id();
		List<UnitRow> rows = this.standards.allRows(province, NQ112, null);
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		this.exports.units(rows, "Tỉnh Điện Biên", NQ112, java.util.Locale.forLanguageTag("vi"), out);
		try (XlsxRows sheet = TestSheets.open(out.toByteArray())) {
			List<ImportRow> read = sheet.rows().toList();
			assertThat(read).hasSize(45);
			// Xã Nà Hỳ (03169): 275.64 × 100 / 30 = 918.80 %; 1,671 × 100 / 16,000 =
			// 10.44 %
			ImportRow naHy = read.stream()
				.filter((row) -> row.text("Mã").orElse("").equals("03169"))
				.findFirst()
				.orElseThrow();
			assertThat(naHy.number("% diện tích").orElseThrow()).isEqualByComparingTo("918.80");
			assertThat(naHy.number("% dân số").orElseThrow()).isEqualByComparingTo("10.44");
			assertThat(naHy.text("Kết luận")).contains("Chưa đạt một tiêu chuẩn");
		}
	}

	@Test
	void aCorrectionIsAuditedAndBecomesTheFigureInForceFromItsDate() {
		// Xã Mường Nhà (03368): 463.0 km², 9,653 people in the shared data
		Figure figure = this.standards.correct("03368", new FigureInput("463", "10120", "", "2027-03-01",
				"Niên giám thống kê tỉnh Điện Biên 2026 (thử)", "2027-02-15", "dân số cập nhật"));
		List<AuditEntryView> entries = this.audit.changesOf(UnitStandards.AUDIT_TYPE, String.valueOf(figure.id()), 5);
		assertThat(entries).hasSize(1);
		assertThat(entries.get(0).after()).contains("10120", "Niên giám");
		assertThat(this.standards.analyse("03368", LocalDate.of(2027, 3, 1)).population()).isEqualTo(10120);
		assertThat(this.standards.analyse("03368", LocalDate.of(2027, 2, 28)).population()).isEqualTo(9653);
		assertThat(this.standards.figuresOf("03368", NQ112)).extracting(Figure::quality)
			.contains("corrected", "confirmed");
	}

	@Test
	void badFiguresNameTheirFields() {
		InvalidInputException bad = catchThrowableOfType(InvalidInputException.class, () -> this.standards
			.correct("03368", new FigureInput("abc", "-5", "volcano", "2025-13-01", " ", "31/02/2026", null)));
		assertThat(bad.problems()).extracting(FieldProblem::field)
			.containsExactlyInAnyOrder("validFrom", "sourceDate", "areaKm2", "population", "kind", "source");
		assertThatThrownBy(() -> this.standards.analyse("99999", NQ112)).isInstanceOf(NotFoundException.class);
		InvalidInputException one = catchThrowableOfType(InvalidInputException.class,
				() -> this.standards.simulate(List.of("03368"), NQ112, null, null));
		assertThat(one.problems()).extracting(FieldProblem::field).containsExactly("codes");
	}

	private static void assertRequirement(Requirement requirement, String code, String required, String actual,
			String percent, boolean met) {
		assertThat(requirement.code()).isEqualTo(code);
		assertThat(requirement.required()).isEqualByComparingTo(new BigDecimal(required));
		assertThat(requirement.actual()).isEqualByComparingTo(new BigDecimal(actual));
		assertThat(requirement.percent()).isEqualByComparingTo(new BigDecimal(percent));
		assertThat(requirement.met()).isEqualTo(met);
	}

}
