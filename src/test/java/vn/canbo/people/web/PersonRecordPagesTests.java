package vn.canbo.people.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import vn.canbo.orgunits.OrgUnits;
import vn.canbo.people.Gender;
import vn.canbo.people.People;
import vn.canbo.people.PersonDetails;
import vn.canbo.people.PersonView;
import vn.canbo.people.TestPeople;
import vn.canbo.security.Role;
import vn.canbo.security.SystemAccess;
import vn.canbo.security.TestAccounts;
import vn.canbo.security.UserAccountView;
import vn.canbo.security.UserAccounts;
import vn.canbo.shared.NotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The record page and the record form over HTTP, against the real database: what each
 * role sees, edits that round-trip and are audited, refused input shown next to its field
 * as typed, concurrent edits, history rows, the photo, and scope.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PersonRecordPagesTests {

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };

	@Autowired
	MockMvc mvc;

	@Autowired
	People people;

	@Autowired
	OrgUnits orgUnits;

	@Autowired
	UserAccounts accounts;

	@Autowired
	SystemAccess system;

	@Autowired
	JdbcClient jdbc;

	long muongThanh;

	long muongPhang;

	UserAccountView officer;

	UserAccountView viewer;

	@BeforeEach
	void accounts() {
		LocalDate today = LocalDate.now();
		this.muongThanh = this.system.call(() -> this.orgUnits.getByCode("03334", today).id());
		this.muongPhang = this.system.call(() -> this.orgUnits.getByCode("03325", today).id());
		this.officer = TestAccounts.provision(this.accounts, "tccb", this.muongThanh, Role.ORG_OFFICER);
		this.viewer = TestAccounts.provision(this.accounts, "xem", this.muongThanh, Role.VIEWER);
	}

	@Test
	void showsTheRecordAndHidesSensitiveSectionsFromAViewer() {
		PersonView person = create("Lò Thị Xem", this.muongThanh,
				(details) -> details
					.withHealth(new PersonDetails.Health("Sức khỏe tốt bí mật", 158, 50, "O", null, null))
					.withHistories(
							List.of(new PersonDetails.Training(PersonDetails.TrainingKind.PROFESSIONAL,
									"Học viện Hành chính Quốc gia", "Luật", LocalDate.of(2005, 9, 1),
									LocalDate.of(2009, 6, 1), "Chính quy", "Cử nhân")),
							List.of(), List.of(), List.of(new PersonDetails.Relative(PersonDetails.FamilySide.OWN, "Mẹ",
									"Lò Thị Mẹ Riêng", 1960, "Làm ruộng"))));
		String citizenId = person.details().identity().citizenId();

		String asViewer = ok(get("/people/{id}", person.id()), this.viewer);
		assertThat(asViewer)
			.contains("Lò Thị Xem", "Phường Mường Thanh", "Học viện Hành chính Quốc gia", "Công chức",
					"id=\"sensitive-hidden\"", "/people/" + person.id() + "/resume.pdf")
			.doesNotContain(citizenId, "Sức khỏe tốt bí mật", "Lò Thị Mẹ Riêng", "id=\"edit-link\"",
					"id=\"section-history\"");

		String asOfficer = ok(get("/people/{id}", person.id()), this.officer);
		assertThat(asOfficer)
			.contains(citizenId, "Sức khỏe tốt bí mật", "Lò Thị Mẹ Riêng", "id=\"edit-link\"", "id=\"section-history\"",
					"Tạo hồ sơ")
			.doesNotContain("id=\"sensitive-hidden\"");
	}

	@Test
	void editsTheRecordThroughTheFormAndAuditsTheChange() {
		PersonView person = create("Quàng Văn Sửa", this.muongThanh, (details) -> details);
		String form = ok(get("/people/{id}/edit", person.id()), this.officer);
		assertThat(form).contains("value=\"Quàng Văn Sửa\"", "name=\"version\"", "01 – Kinh");

		Map<String, String> values = PersonFormValues.of(person.details()).values();
		values.put("identity.otherNames", "Sửa Nhỏ");
		values.put("memberships.partyJoinedOn", "19/05/2010");
		MvcResult saved = perform(post("/people/{id}/edit", person.id()).params(params(values))
			.param("version", String.valueOf(person.version())), this.officer);

		assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/people/" + person.id());
		PersonView after = read(person.id());
		assertThat(after.details().identity().otherNames()).isEqualTo("Sửa Nhỏ");
		assertThat(after.details().memberships().partyJoinedOn()).isEqualTo(LocalDate.of(2010, 5, 19));
		assertThat(this.jdbc
			.sql("select actor from audit_entry where entity_type = 'Person' and entity_id = :id and action = 'UPDATE'")
			.param("id", String.valueOf(person.id()))
			.query(String.class)
			.list()).containsExactly(this.officer.username());
		assertThat(ok(get("/people/{id}", person.id()), this.officer)).contains("Tên gọi khác", "Ngày vào Đảng");
	}

	@Test
	void showsEachRuleBrokenNextToItsFieldAndKeepsWhatWasTyped() {
		PersonView person = create("Điêu Thị Lỗi", this.muongThanh, (details) -> details);
		Map<String, String> values = PersonFormValues.of(person.details()).values();
		values.put("identity.fullName", "");
		values.put("identity.citizenId", "12345");
		values.put("identity.birthDay", "31");
		values.put("identity.birthMonth", "2");
		values.put("identity.otherNames", "Giữ nguyên chữ này");

		MvcResult refused = perform(post("/people/{id}/edit", person.id()).params(params(values))
			.param("version", String.valueOf(person.version())), this.officer);

		assertThat(refused.getResponse().getStatus()).isEqualTo(422);
		String page = body(refused);
		assertThat(page).contains("id=\"form-errors\"", "Họ và tên: bắt buộc nhập.",
				"Số CCCD: phải gồm đúng 12 chữ số.", "Ngày sinh: không có ngày 31/2/", "value=\"12345\"",
				"value=\"Giữ nguyên chữ này\"", "is-invalid");
		assertThat(feedbackAfter(page, "name=\"identity.citizenId\"")).contains("Số CCCD: phải gồm đúng 12 chữ số.");
		assertThat(read(person.id()).fullName()).isEqualTo("Điêu Thị Lỗi");

		values.put("identity.fullName", "Điêu Thị Lỗi");
		values.put("identity.citizenId", person.details().identity().citizenId());
		values.put("identity.birthDay", "12");
		values.put("identity.birthMonth", "5");
		values.put("memberships.partyJoinedOn", "31/02/2020");
		values.put("salaryHistory[0].effectiveOn", "01/01/2020");
		values.put("salaryHistory[0].coefficient", "hai");
		String unconverted = body(perform(post("/people/{id}/edit", person.id()).params(params(values))
			.param("version", String.valueOf(person.version())), this.officer));
		assertThat(unconverted).contains("Ngày vào Đảng: &quot;31/02/2020&quot; không phải ngày hợp lệ",
				"Diễn biến quá trình lương, dòng 1, Hệ số: &quot;hai&quot; không phải số", "value=\"31/02/2020\"",
				"value=\"hai\"");
	}

	@Test
	void refusesTheSecondEditOfTheSameVersionAndKeepsTheFirst() {
		PersonView person = create("Cầm Văn Đồng", this.muongThanh, (details) -> details);
		Map<String, String> first = PersonFormValues.of(person.details()).values();
		first.put("employment.position", "Phó Chủ tịch");
		Map<String, String> second = PersonFormValues.of(person.details()).values();
		second.put("employment.position", "Chủ tịch");
		String version = String.valueOf(person.version());

		perform(post("/people/{id}/edit", person.id()).params(params(first)).param("version", version), this.officer);
		MvcResult refused = perform(
				post("/people/{id}/edit", person.id()).params(params(second)).param("version", version), this.officer);

		assertThat(refused.getResponse().getStatus()).isEqualTo(409);
		assertThat(body(refused)).contains("id=\"concurrent-edit\"", "vừa được người khác thay đổi",
				"href=\"/people/" + person.id() + "\"", "target=\"_blank\"", "value=\"Chủ tịch\"");
		assertThat(read(person.id()).details().employment().position()).isEqualTo("Phó Chủ tịch");
	}

	@Test
	void bindsAddedRowsInOrderIgnoringBlankOnesAndRemovesDroppedRows() {
		PersonView person = create("Lường Văn Dòng", this.muongThanh, (details) -> details);
		Map<String, String> values = PersonFormValues.of(person.details()).values();
		values.put("workHistory[0].from", "01/09/2008");
		values.put("workHistory[0].description", "Chuyên viên Văn phòng UBND phường");
		values.put("workHistory[1].from", "");
		values.put("workHistory[1].description", "  ");
		values.put("workHistory[4].from", "01/01/2015");
		values.put("workHistory[4].description", "Phó Chánh Văn phòng");
		values.put("relatives[0].side", "SPOUSE");
		values.put("relatives[0].relation", "Bố vợ");
		values.put("relatives[0].fullName", "Lò Văn Bố");
		values.put("relatives[0].birthYear", "1955");
		values.put("relatives[1].side", "OWN");
		values.put("trainings[0].kind", "OTHER");

		perform(post("/people/{id}/edit", person.id()).params(params(values))
			.param("version", String.valueOf(person.version())), this.officer);

		PersonView saved = read(person.id());
		assertThat(saved.details().workHistory()).extracting(PersonDetails.WorkPeriod::description)
			.containsExactly("Chuyên viên Văn phòng UBND phường", "Phó Chánh Văn phòng");
		assertThat(saved.details().relatives()).singleElement()
			.satisfies((relative) -> assertThat(relative.side()).isEqualTo(PersonDetails.FamilySide.SPOUSE));
		assertThat(saved.details().trainings()).isEmpty();
		assertThat(ok(get("/people/{id}/edit", saved.id()), this.officer))
			.contains("name=\"workHistory[1].description\"", "row-template-relatives-SPOUSE");

		Map<String, String> fewer = PersonFormValues.of(saved.details()).values();
		fewer.keySet().removeIf((path) -> path.startsWith("workHistory[0]"));
		perform(post("/people/{id}/edit", person.id()).params(params(fewer))
			.param("version", String.valueOf(saved.version())), this.officer);
		assertThat(read(person.id()).details().workHistory()).extracting(PersonDetails.WorkPeriod::description)
			.containsExactly("Phó Chánh Văn phòng");
	}

	@Test
	void createsARecordFromTheNewForm() {
		Map<String, String> values = new LinkedHashMap<>(
				PersonFormValues.of(TestPeople.person("Tòng Thị Mới", Gender.FEMALE, 1992, this.muongThanh)).values());
		values.put("identity.fullName", "Tòng Thị Mới");
		assertThat(ok(get("/people/new"), this.officer)).contains("id=\"agency-search\"", "pick=agencyId");

		MvcResult created = perform(post("/people/new").params(params(values)), this.officer);

		assertThat(created.getResponse().getRedirectedUrl()).startsWith("/people/");
		long id = Long.parseLong(created.getResponse().getRedirectedUrl().substring("/people/".length()));
		assertThat(read(id).fullName()).isEqualTo("Tòng Thị Mới");
	}

	@Test
	void storesAndServesThePhotoAndRefusesWhatIsNotAnImage() {
		PersonView person = create("Lò Văn Ảnh", this.muongThanh, (details) -> details);

		MvcResult refused = perform(
				multipart("/people/{id}/photo", person.id())
					.file(new MockMultipartFile("photo", "anh.png", "image/png", "không phải ảnh".getBytes())),
				this.officer);
		assertThat(refused.getFlashMap().get("failed")).isEqualTo("Ảnh: chỉ nhận ảnh JPEG hoặc PNG.");
		assertThat(ok(get("/people/{id}", person.id()), this.officer)).contains("id=\"photo-placeholder\"");

		perform(multipart("/people/{id}/photo", person.id())
			.file(new MockMultipartFile("photo", "anh.jpg", "image/jpeg", PNG)), this.officer);
		MvcResult photo = perform(get("/people/{id}/photo", person.id()), this.viewer);
		assertThat(photo.getResponse().getContentType()).isEqualTo("image/png");
		assertThat(photo.getResponse().getContentAsByteArray()).isEqualTo(PNG);
		assertThat(ok(get("/people/{id}", person.id()), this.officer)).contains("id=\"person-photo\"", "Ảnh");
		assertThat(this.jdbc.sql(
				"select count(*) from audit_entry where entity_type = 'Person' and entity_id = :id and action = 'UPDATE'")
			.param("id", String.valueOf(person.id()))
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void deletesAfterConfirmation() {
		PersonView person = create("Hà Văn Xoá", this.muongThanh, (details) -> details);
		assertThat(ok(get("/people/{id}", person.id()), this.officer)).contains("id=\"delete-confirm\"");

		MvcResult deleted = perform(
				post("/people/{id}/delete", person.id()).param("version", String.valueOf(person.version())),
				this.officer);

		assertThat(deleted.getResponse().getRedirectedUrl()).isEqualTo("/people");
		assertThatThrownBy(() -> read(person.id())).isInstanceOf(NotFoundException.class);
	}

	@Test
	void refusesEditsToRolesThatDoNotEdit() {
		PersonView person = create("Vì Văn Chỉ Xem", this.muongThanh, (details) -> details);
		Map<String, String> values = PersonFormValues.of(person.details()).values();
		for (AbstractMockHttpServletRequestBuilder<?> request : List.<AbstractMockHttpServletRequestBuilder<?>>of(
				get("/people/new"), post("/people/new"), get("/people/{id}/edit", person.id()),
				post("/people/{id}/edit", person.id()).params(params(values))
					.param("version", String.valueOf(person.version())),
				multipart("/people/{id}/photo", person.id())
					.file(new MockMultipartFile("photo", "a.png", "image/png", PNG)),
				post("/people/{id}/delete", person.id()).param("version", String.valueOf(person.version())))) {
			assertThat(perform(request, this.viewer).getResponse().getStatus()).isEqualTo(403);
		}
		assertThat(read(person.id()).fullName()).isEqualTo("Vì Văn Chỉ Xem");
	}

	@Test
	void refusesACommuneOfficerEveryEndpointOfARecordOutsideTheCommune() {
		PersonView outside = create("Lò Văn Ngoài", this.muongPhang, (details) -> details);
		Map<String, String> values = PersonFormValues.of(outside.details()).values();
		String version = String.valueOf(outside.version());
		for (AbstractMockHttpServletRequestBuilder<?> request : List.<AbstractMockHttpServletRequestBuilder<?>>of(
				get("/people/{id}", outside.id()), get("/people/{id}/edit", outside.id()),
				post("/people/{id}/edit", outside.id()).params(params(values)).param("version", version),
				get("/people/{id}/photo", outside.id()),
				multipart("/people/{id}/photo", outside.id())
					.file(new MockMultipartFile("photo", "a.png", "image/png", PNG)),
				post("/people/{id}/delete", outside.id()).param("version", version))) {
			MvcResult result = perform(request, this.officer);
			assertThat(result.getResponse().getStatus()).as(request.toString()).isEqualTo(403);
		}
		assertThat(read(outside.id()).fullName()).isEqualTo("Lò Văn Ngoài");
	}

	private PersonView create(String name, long agency, java.util.function.UnaryOperator<PersonDetails> change) {
		return this.system.call(() -> this.people.create(change
			.apply(TestPeople.person(name, name.contains("Thị") ? Gender.FEMALE : Gender.MALE, 1985, agency))));
	}

	private PersonView read(long id) {
		return this.system.call(() -> this.people.get(id, "TEST"));
	}

	private static org.springframework.util.MultiValueMap<String, String> params(Map<String, String> values) {
		org.springframework.util.LinkedMultiValueMap<String, String> params = new org.springframework.util.LinkedMultiValueMap<>();
		values.forEach(params::add);
		return params;
	}

	/** The text between an input and the next input: its error messages. */
	private static String feedbackAfter(String page, String input) {
		int start = page.indexOf(input);
		int end = page.indexOf("<input", start + input.length());
		return page.substring(start, end < 0 ? page.length() : end);
	}

	private String ok(AbstractMockHttpServletRequestBuilder<?> request, UserAccountView account) {
		MvcResult result = perform(request, account);
		assertThat(result.getResponse().getStatus()).as("status").isEqualTo(200);
		return body(result);
	}

	private MvcResult perform(AbstractMockHttpServletRequestBuilder<?> request, UserAccountView account) {
		Authentication signedIn = TestAccounts.authentication(account.username(), account.roles(),
				account.scopeUnitId());
		try {
			return this.mvc.perform(request.with(authentication(signedIn)).with(csrf())).andReturn();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String body(MvcResult result) {
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
