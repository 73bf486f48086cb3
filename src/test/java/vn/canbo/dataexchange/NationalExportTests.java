package vn.canbo.dataexchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import vn.canbo.discipline.DisciplineForm;
import vn.canbo.discipline.DisciplineSystem;
import vn.canbo.discipline.Disciplines;
import vn.canbo.discipline.NewDiscipline;
import vn.canbo.orgunits.CreateAgency;
import vn.canbo.orgunits.OrgUnitView;
import vn.canbo.orgunits.OrgUnits;
import vn.canbo.orgunits.UnitType;
import vn.canbo.people.Ethnicity;
import vn.canbo.people.Gender;
import vn.canbo.people.People;
import vn.canbo.people.PersonDetails;
import vn.canbo.people.PersonView;
import vn.canbo.people.PersonnelCategory;
import vn.canbo.people.Religion;
import vn.canbo.people.TestPeople;
import vn.canbo.security.Role;
import vn.canbo.security.TestAccounts;
import vn.canbo.shared.OutOfScopeException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The national-database export over the demo province: the demo commune's export
 * validates against the schema CanBo publishes, a person missing required fields is in
 * the validation report and not in the file, "changed since" gives only the changed
 * dossiers, only administrators and organisation officers may export within their scope,
 * and the file is written as the people are read.
 */
@SpringBootTest
@ActiveProfiles("demo")
@TestPropertySource(properties = { "canbo.embedded-db.data-directory=", "canbo.demo.people=3000",
		// A year of closed months would lock them for every test sharing the database.
		"canbo.demo.work=false" })
class NationalExportTests {

	static final String COMMUNE = "03334";

	static final Pattern KEY = Pattern.compile("\"soDinhDanh\"\\s*:\\s*\"(\\d{12})\"");

	@Autowired
	NationalExport exports;

	@Autowired
	People people;

	@Autowired
	OrgUnits orgUnits;

	@Autowired
	Disciplines disciplines;

	@Autowired
	JdbcClient jdbc;

	final JsonMapper mapper = JsonMapper.builder().build();

	@AfterEach
	void signOut() {
		TestAccounts.signOut();
	}

	@Test
	void theDemoCommunesExportValidatesAgainstItsPublishedSchema() throws IOException {
		signInAsOfficer();
		String exported = export(COMMUNE, null);
		Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
			.getSchema(publishedSchema());
		List<Error> errors = schema.validate(this.mapper.readTree(exported));
		assertThat(errors).as("errors against the published schema").isEmpty();
		JsonNode document = this.mapper.readTree(exported);
		assertThat(document.path("thongTinChung").path("maDonViPhamVi").asString()).isEqualTo(COMMUNE);
		assertThat(document.path("thongTinChung").path("cheDo").asString()).isEqualTo("TOAN_BO");
		int count = document.path("hoSo").size();
		assertThat(count).as("dossiers of the demo commune").isGreaterThan(10);
		assertThat(document.path("tongKet").path("soHoSo").asInt()).isEqualTo(count);
		JsonNode first = document.path("hoSo").get(0);
		assertThat(first.path("soDinhDanh").asString()).matches("\\d{12}");
		assertThat(first.path("thongTinCoBan").path("ngaySinh").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
		assertThat(first.path("congTacLuongDanhGia").path("maDonVi").asString()).isNotBlank();
		assertThat(first.properties()).hasSize(11);
		// The same schema, which would refuse a dossier without its key: the check is not
		// vacuous.
		((tools.jackson.databind.node.ObjectNode) document.path("hoSo").get(0)).remove("soDinhDanh");
		assertThat(schema.validate(document)).isNotEmpty();
	}

	@Test
	void thePublishedSchemaIsTheResourceAndTheFacadesCopy() throws IOException {
		signInAsOfficer();
		assertThat(this.exports.schema()).isEqualTo(publishedSchema());
	}

	@Test
	void aPersonMissingRequiredFieldsIsListedInTheReportAndLeftOutOfTheFile() throws IOException {
		signInAsOfficer();
		OrgUnitView commune = this.orgUnits.getByCode(COMMUNE, this.orgUnits.today());
		String name = "Lò Văn Thiếuhồsơ " + TestAccounts.uniqueName("").replaceAll("[^a-z]", "");
		PersonView incomplete = this.people.create(PersonDetails.of(
				new PersonDetails.Identity(name, null, null, null, 1985, Gender.MALE, null, null, null, null, null,
						null, null, null, Ethnicity.THAI, Religion.NONE, null, null, null, null, null),
				new PersonDetails.Employment(null, PersonnelCategory.CIVIL_SERVANT, commune.id(), "Chuyên viên", null,
						true, null, null, null, null)));
		List<InvalidDossier> listed = new ArrayList<>();
		this.exports.forEachInvalid(COMMUNE, null, listed::add);
		InvalidDossier found = listed.stream()
			.filter((dossier) -> dossier.personId() == incomplete.id())
			.findFirst()
			.orElseThrow();
		assertThat(found.fullName()).isEqualTo(name);
		assertThat(found.problems()).extracting(DossierProblem::path)
			.contains("soDinhDanh", "thongTinCoBan.ngaySinh", "congTacLuongDanhGia.maNgach");
		assertThat(found.problems()).extracting((problem) -> problem.message().getCodes()[0])
			.contains("dataexchange.problem.missing", "dataexchange.problem.birthDatePartial");
		// The paged report has the same true total, and the person on one of its pages.
		ValidationReport first = this.exports.validate(COMMUNE, null, 0, 10);
		assertThat(first.invalid().total()).isEqualTo(listed.size());
		assertThat(first.invalid().items()).hasSizeLessThanOrEqualTo(10);
		List<Long> paged = new ArrayList<>();
		for (int page = 0; page * 10 < first.invalid().total(); page++) {
			this.exports.validate(COMMUNE, null, page, 10).invalid().items().forEach((d) -> paged.add(d.personId()));
		}
		assertThat(paged).hasSize(listed.size()).contains(incomplete.id());
		assertThat(first.valid()).isEqualTo(first.checked() - listed.size());
		String exported = export(COMMUNE, null);
		assertThat(exported).doesNotContain(name);
		assertThat(this.mapper.readTree(exported).path("tongKet").path("soHoSoChuaHopLe").asLong())
			.isEqualTo(listed.size());
	}

	@Test
	void changedSinceGivesOnlyTheDossiersChangedSinceThatDay() throws IOException {
		signInAsOfficer();
		LocalDate today = this.orgUnits.today();
		OrgUnitView agency = this.orgUnits.createAgency(new CreateAgency(this.orgUnits.getByCode(COMMUNE, today).id(),
				"Ban thử xuất " + TestAccounts.uniqueName("x"), UnitType.OTHER, LocalDate.of(2025, 7, 1), null));
		PersonView untouched = this.people.create(complete("Lò Văn Khôngđổi", agency.id()));
		PersonView edited = this.people.create(complete("Lò Văn Đãsửa", agency.id()));
		PersonView disciplined = this.people.create(complete("Lò Văn Kỷluật", agency.id()));
		this.jdbc.sql("update person set updated_at = timestamptz '2020-01-01 00:00:00+07' where agency_id = :agency")
			.param("agency", agency.id())
			.update();
		assertThat(keys(export(agency.code(), today))).isEmpty();
		PersonView before = this.people.get(edited.id(), "TEST");
		this.people.update(edited.id(), before.version(),
				before.details()
					.withMemberships(new PersonDetails.Memberships(LocalDate.of(2010, 5, 19), LocalDate.of(2011, 5, 19),
							null, null, null, null, null)));
		this.disciplines.record(disciplined.id(),
				new NewDiscipline(DisciplineSystem.STATE, DisciplineForm.REPRIMAND, "Vi phạm quy chế", "09/QĐ-UBND",
						"Chủ tịch UBND", LocalDate.of(2025, 9, 5), LocalDate.of(2025, 9, 10), true, null));
		this.jdbc.sql("update person set updated_at = timestamptz '2020-01-01 00:00:00+07' where id = :id")
			.param("id", disciplined.id())
			.update();
		String changed = export(agency.code(), today);
		assertThat(keys(changed)).containsExactlyInAnyOrder(citizenId(edited), citizenId(disciplined));
		assertThat(changed).contains("\"cheDo\":\"THAY_DOI_TU_NGAY\"", "\"thayDoiTuNgay\":\"" + today + "\"",
				"\"hinhThuc\":\"REPRIMAND\"");
		assertThat(keys(export(agency.code(), null))).hasSize(3).contains(citizenId(untouched));
		assertThat(this.exports.validate(agency.code(), today, 0, 10).checked()).isEqualTo(2);
	}

	@Test
	void onlyAdministratorsAndOrganisationOfficersExportWithinTheirScope() {
		signInAsOfficer();
		OrgUnitView commune = this.orgUnits.getByCode(COMMUNE, LocalDate.of(2025, 7, 1));
		for (Role role : new Role[] { Role.STAFF, Role.VIEWER, Role.LEADER }) {
			TestAccounts.signIn("xa-" + role.name().toLowerCase(), Set.of(role), commune.id());
			assertThatThrownBy(() -> export(COMMUNE, null)).as(role.name()).isInstanceOf(OutOfScopeException.class);
			assertThatThrownBy(() -> this.exports.validate(COMMUNE, null, 0, 10)).as(role.name())
				.isInstanceOf(OutOfScopeException.class);
		}
		TestAccounts.signIn("xa-tochuc", Set.of(Role.ORG_OFFICER), commune.id());
		assertThatThrownBy(() -> export("03325", null)).isInstanceOf(OutOfScopeException.class);
		assertThatThrownBy(() -> export("11", null)).isInstanceOf(OutOfScopeException.class);
		assertThat(this.exports.unit(null).code()).isEqualTo(COMMUNE);
	}

	@Test
	void theFileIsWrittenAsThePeopleAreReadNotHeldWhole() {
		signInAsOfficer();
		FlushRecorder out = new FlushRecorder();
		ExportSummary summary = this.exports.export("11", null, out);
		assertThat(summary.exported()).as("the province's dossiers").isGreaterThan(2L * NationalExport.BATCH);
		// Flushed batch by batch: when the first batch reached the stream, the rest of
		// the
		// province had not been read yet.
		assertThat(out.flushes.size()).isGreaterThan(2);
		int firstBatch = keys(new String(out.flushes.get(0), StandardCharsets.UTF_8)).size();
		assertThat(firstBatch).isPositive().isLessThanOrEqualTo(NationalExport.BATCH);
		assertThat(keys(out.toString(StandardCharsets.UTF_8))).hasSize((int) summary.exported());
	}

	/** What the stream held at each flush. */
	static final class FlushRecorder extends ByteArrayOutputStream {

		final List<byte[]> flushes = new ArrayList<>();

		@Override
		public void flush() {
			this.flushes.add(toByteArray());
		}

	}

	private void signInAsOfficer() {
		TestAccounts.signIn("tinh-tochuc", Set.of(Role.ORG_OFFICER), null);
	}

	private String export(String unit, LocalDate changedSince) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.exports.export(unit, changedSince, out);
		return out.toString(StandardCharsets.UTF_8);
	}

	private static List<String> keys(String json) {
		List<String> keys = new ArrayList<>();
		Matcher matcher = KEY.matcher(json);
		while (matcher.find()) {
			keys.add(matcher.group(1));
		}
		return keys;
	}

	private String citizenId(PersonView person) {
		return this.people.get(person.id(), "TEST").details().identity().citizenId();
	}

	private static PersonDetails complete(String name, long agencyId) {
		return TestPeople
			.person(name + " " + TestAccounts.uniqueName("").replaceAll("[^a-z]", ""), Gender.MALE, 1980, agencyId)
			.withHistories(List.of(), List.of(), List.of(new PersonDetails.SalaryStep(LocalDate.of(2024, 3, 1),
					"01.003", "Chuyên viên", 3, new BigDecimal("3.00"), null, null)), List.of());
	}

	private static String publishedSchema() throws IOException {
		try (InputStream in = NationalExportTests.class.getClassLoader().getResourceAsStream(DossierSchema.RESOURCE)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
