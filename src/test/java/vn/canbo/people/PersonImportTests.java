package vn.canbo.people;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.canbo.orgunits.CreateAgency;
import vn.canbo.orgunits.OrgUnitView;
import vn.canbo.orgunits.OrgUnits;
import vn.canbo.orgunits.UnitType;
import vn.canbo.security.Role;
import vn.canbo.security.TestAccounts;
import vn.canbo.shared.InvalidInputException;
import vn.canbo.shared.OutOfScopeException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Excel import and export of personnel lists on real .xlsx files: large files, bad rows,
 * dry runs, a batch that fails half-way, and the export–import round trip.
 */
@SpringBootTest
class PersonImportTests {

	static final LocalDate TODAY = LocalDate.now();

	static final Locale VI = Locale.forLanguageTag("vi");

	@Autowired
	PersonImports imports;

	@Autowired
	PersonExport export;

	@Autowired
	OrgUnits orgUnits;

	@Autowired
	JdbcClient jdbc;

	OrgUnitView commune;

	@BeforeEach
	void signIn() {
		TestAccounts.signIn("tinh-tochuc", Set.of(Role.ORG_OFFICER), null);
		this.commune = this.orgUnits.getByCode("03334", TODAY);
	}

	@AfterEach
	void signOut() {
		TestAccounts.signOut();
	}

	@Test
	void importsTwentyThousandGeneratedRowsAndAgainChangesNothing() {
		List<Map<String, Object>> rows = PersonSheets.synthetic(20_000, System.nanoTime(), "03334");
		byte[] file = PersonSheets.xlsx(rows);
		try {
			importTwice(file);
		}
		finally {
			remove(rows);
		}
	}

	private void importTwice(byte[] file) {
		java.sql.Timestamp analyzedBefore = lastAnalyzed();
		ImportReport first = run(file, false);

		// So many rows at once: the planner's statistics are refreshed by the import
		// itself, not left to autovacuum.
		assertThat(lastAnalyzed()).isNotNull().isAfter(analyzedBefore);

		assertThat(first.errors()).isEmpty();
		assertThat(first.failure()).isNull();
		assertThat(first.imported()).isEqualTo(20_000);
		long audit = auditRows();

		ImportReport again = run(file, false);

		assertThat(again.errors()).isEmpty();
		assertThat(again.imported()).isZero();
		assertThat(again.updated()).isZero();
		assertThat(again.unchanged()).isEqualTo(20_000);
		assertThat(auditRows()).as("no audit rows for an unchanged import").isEqualTo(audit);
	}

	@Test
	void importsTheGoodRowsAndReportsEachBadRowWithItsRowColumnAndReason() {
		TestAccounts.signIn("xa-tochuc", Set.of(Role.ORG_OFFICER), this.commune.id());
		List<Map<String, Object>> rows = new ArrayList<>();
		List<String[]> expected = new ArrayList<>();
		for (int i = 0; i < 150; i++) {
			Map<String, Object> row = good(i);
			int kind = i % 3 == 0 ? (i / 3) % 10 : -1;
			if (kind >= 0 && expected.size() < 50) {
				String[] problem = spoil(row, kind);
				expected.add(new String[] { Integer.toString(i + 3), problem[0], problem[1] });
			}
			rows.add(row);
		}
		assertThat(expected).hasSize(50);

		ImportReport report = run(PersonSheets.xlsx(rows), false);

		assertThat(report.rejected()).isEqualTo(50);
		assertThat(report.imported()).isEqualTo(100);
		for (String[] problem : expected) {
			int row = Integer.parseInt(problem[0]);
			assertThat(report.errors()).as("row " + row).anySatisfy((error) -> {
				assertThat(error.row()).isEqualTo(row);
				assertThat(error.column()).isEqualTo(problem[1]);
				assertThat(error.message()).contains(problem[2]);
			});
		}
		ImportReport.Message twoReasons = report.errors()
			.stream()
			.filter((error) -> error.column().equals("Dân tộc") && error.message().contains("\"Xyz\""))
			.findFirst()
			.orElseThrow();
		assertThat(report.errors()).as("a row with several faults lists each").anySatisfy((error) -> {
			assertThat(error.row()).isEqualTo(twoReasons.row());
			assertThat(error.column()).isEqualTo("Họ và tên");
		});
	}

	@Test
	void dryRunReportsVerdictsAndWritesNothing() {
		String family = "Thửnghiệm" + TestAccounts.uniqueName("").replaceAll("[^a-z]", "");
		byte[] file = PersonSheets.xlsx(PersonSheets.row(family + " Văn An", "12/05/1985", Gender.MALE,
				TestPeople.citizenId(Gender.MALE, 1985), "03334"),
				PersonSheets.row(family + " Thị Bình", "1990", Gender.FEMALE, "123", "03334"));
		long before = people();

		ImportReport report = run(file, true);

		assertThat(report.dryRun()).isTrue();
		assertThat(report.imported()).isEqualTo(1);
		assertThat(report.rejected()).isEqualTo(1);
		assertThat(report.rows()).extracting(ImportReport.RowVerdict::verdict)
			.containsExactly(ImportReport.Verdict.NEW, ImportReport.Verdict.REJECTED);
		assertThat(people()).isEqualTo(before);
	}

	@Test
	void aFailedBatchIsRolledBackEntirelyAndEarlierBatchesStay() {
		String poison = "Lỗi Ghi Thửnghiệm " + TestAccounts.uniqueName("").replaceAll("[^a-z]", "");
		List<Map<String, Object>> rows = PersonSheets.synthetic(2_500, System.nanoTime(), "03334");
		rows.set(1_500,
				PersonSheets.row(poison, "1980", Gender.MALE, TestPeople.citizenId(Gender.MALE, 1980), "03334"));
		this.jdbc.sql("""
				create or replace function person_import_test_failure() returns trigger language plpgsql as $$
				begin
					if new.full_name = '%s' then raise exception 'forced failure'; end if;
					return new;
				end $$""".formatted(poison)).update();
		this.jdbc
			.sql("create trigger person_import_test_failure before insert on person for each row"
					+ " execute function person_import_test_failure()")
			.update();
		ImportReport report;
		try {
			report = run(PersonSheets.xlsx(rows), false);
		}
		finally {
			this.jdbc.sql("drop trigger person_import_test_failure on person").update();
			this.jdbc.sql("drop function person_import_test_failure()").update();
		}

		assertThat(report.imported()).isEqualTo(1_000);
		assertThat(report.failure()).isNotNull();
		assertThat(report.failure().firstRow()).isEqualTo(1_003);
		assertThat(report.failure().lastRow()).isEqualTo(2_002);
		assertThat(report.failure().appliedThroughRow()).isEqualTo(1_002);
		assertThat(report.failure().message()).contains("1003", "2002", "forced failure");
		try {
			assertThat(stored(rows.subList(0, 1_000))).isEqualTo(1_000);
			assertThat(stored(rows.subList(1_000, 2_500))).isZero();
		}
		finally {
			remove(rows);
		}
	}

	@Test
	void anExportReimportsUnchanged() {
		OrgUnitView agency = this.orgUnits.createAgency(new CreateAgency(this.commune.id(),
				"Ban xuất nhập " + TestAccounts.uniqueName("x"), UnitType.OTHER, LocalDate.of(2025, 7, 1), null));
		List<Map<String, Object>> rows = PersonSheets.synthetic(30, System.nanoTime(), agency.code());
		rows.get(0).put("Mã ngạch", "01.003");
		rows.get(0).put("Ngạch", "Chuyên viên");
		rows.get(0).put("Bậc", 3);
		rows.get(0).put("Hệ số", new BigDecimal("3.00"));
		rows.get(0).put("Ngày hưởng", LocalDate.of(2022, 1, 1));
		rows.get(0).put("Ngày cấp", LocalDate.of(2021, 6, 1));
		rows.get(0).put("Quê quán", "Xã Thanh Xương, Điện Biên");
		assertThat(run(PersonSheets.xlsx(rows), false).imported()).isEqualTo(30);
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		this.export.write(PersonFilter.none().withUnit(agency.id()), out);
		ImportReport again = run(out.toByteArray(), false);
		remove(rows);

		assertThat(again.errors()).isEmpty();
		assertThat(again.unchanged()).isEqualTo(30);
		assertThat(again.imported() + again.updated()).isZero();
	}

	@Test
	void refusesSheetsWithoutRequiredColumnsAndUsersWhoMayNotImport() {
		byte[] file = PersonSheets.xlsx(List.of("STT", "Họ và tên", "Giới tính"),
				List.of(Map.of("Họ và tên", "Nguyễn Văn A", "Giới tính", "Nam")));
		assertThatThrownBy(() -> run(file, true)).isInstanceOf(InvalidInputException.class);

		TestAccounts.signIn("xem", Set.of(Role.VIEWER), null);
		assertThatThrownBy(() -> run(file, true)).isInstanceOf(OutOfScopeException.class);
	}

	@Test
	void mapsAUsersOwnHeaders() {
		String family = "Thửnghiệm" + TestAccounts.uniqueName("").replaceAll("[^a-z]", "");
		List<String> headers = List.of("TT", "Họ tên", "Năm sinh", "Nam/Nữ", "Dân tộc", "CCCD", "Loại cán bộ",
				"Đơn vị");
		Map<String, Object> row = new java.util.HashMap<>();
		row.put("Họ tên", family + " Văn Cường");
		row.put("Năm sinh", 1979);
		row.put("Nam/Nữ", "nam");
		row.put("Dân tộc", "Thái");
		row.put("CCCD", TestPeople.citizenId(Gender.MALE, 1979));
		row.put("Loại cán bộ", "cong chuc");
		row.put("Đơn vị", "Phường Mường Thanh");
		byte[] file = PersonSheets.xlsx(headers, List.of(row));
		Map<String, String> mapping = PersonSheet.suggestMapping(headers);

		assertThat(mapping).containsEntry("identity.fullName", "Họ tên")
			.containsEntry("identity.birthDate", "Năm sinh");
		ImportReport report = this.imports.run(new ByteArrayInputStream(file), mapping, false, VI, (done) -> {
		});

		assertThat(report.errors()).isEmpty();
		assertThat(report.imported()).isEqualTo(1);
	}

	private Map<String, Object> good(int i) {
		Gender gender = i % 2 == 0 ? Gender.MALE : Gender.FEMALE;
		int year = 1970 + i % 30;
		return PersonSheets.row("Thửnghiệm Văn " + (char) ('A' + i % 20) + "ương", "01/02/" + year, gender,
				TestPeople.citizenId(gender, year), "03334");
	}

	/** Spoils the row; returns the column and a part of the message expected. */
	private String[] spoil(Map<String, Object> row, int kind) {
		Gender gender = "Nam".equals(row.get("Giới tính")) ? Gender.MALE : Gender.FEMALE;
		Gender other = gender == Gender.MALE ? Gender.FEMALE : Gender.MALE;
		int year = Integer.parseInt(row.get("Ngày sinh").toString().substring(6));
		switch (kind) {
			case 0 -> row.put("Số CCCD", "01119500012A");
			case 1 -> row.put("Số CCCD", TestPeople.citizenId(other, year));
			case 2 -> row.remove("Họ và tên");
			case 3 -> row.put("Ngày sinh", "31/02/1985");
			case 4 -> row.put("Dân tộc", "Xyzz");
			case 5 -> row.put("Mã cơ quan", "99999999");
			case 6 -> row.put("Mã cơ quan", "03325");
			case 7 -> row.put("Giới tính", "Khác");
			case 8 -> row.put("Đối tượng", "Chuyên gia");
			default -> {
				row.remove("Họ và tên");
				row.put("Dân tộc", "Xyz");
			}
		}
		return switch (kind) {
			case 0, 1 -> new String[] { "Số CCCD", "CCCD" };
			case 2 -> new String[] { "Họ và tên", "bắt buộc" };
			case 3 -> new String[] { "Ngày sinh", "31/02/1985" };
			case 4 -> new String[] { "Dân tộc", "Xyzz" };
			case 5 -> new String[] { "Mã cơ quan", "không có cơ quan" };
			case 6 -> new String[] { "Mã cơ quan", "ngoài phạm vi" };
			case 7 -> new String[] { "Giới tính", "Khác" };
			case 8 -> new String[] { "Đối tượng", "Chuyên gia" };
			default -> new String[] { "Dân tộc", "Xyz" };
		};
	}

	private ImportReport run(byte[] file, boolean dryRun) {
		return this.imports.run(new ByteArrayInputStream(file), Map.of(), dryRun, VI, (done) -> {
		});
	}

	/**
	 * Removes generated people again: other tests search the same commune, and thousands
	 * of generated names would crowd their first pages.
	 */
	private java.sql.Timestamp lastAnalyzed() {
		return this.jdbc
			.sql("select coalesce(last_analyze, timestamp '1970-01-01') from pg_stat_user_tables"
					+ " where relname = 'person'")
			.query(java.sql.Timestamp.class)
			.single();
	}

	private void remove(List<Map<String, Object>> rows) {
		this.jdbc.sql("delete from person where citizen_id in (:ids)")
			.param("ids", rows.stream().map((row) -> row.get("Số CCCD").toString()).toList())
			.update();
	}

	private long auditRows() {
		return this.jdbc.sql("select count(*) from audit_entry where entity_type = 'Person'")
			.query(Long.class)
			.single();
	}

	private long people() {
		return this.jdbc.sql("select count(*) from person").query(Long.class).single();
	}

	private long stored(List<Map<String, Object>> rows) {
		return this.jdbc.sql("select count(*) from person where citizen_id in (:ids)")
			.param("ids", rows.stream().map((row) -> row.get("Số CCCD").toString()).toList())
			.query(Long.class)
			.single();
	}

}
