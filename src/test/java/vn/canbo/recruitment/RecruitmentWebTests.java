package vn.canbo.recruitment;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.canbo.orgunits.CreateAgency;
import vn.canbo.orgunits.OrgUnitView;
import vn.canbo.orgunits.OrgUnits;
import vn.canbo.orgunits.UnitType;
import vn.canbo.people.PersonnelCategory;
import vn.canbo.security.Role;
import vn.canbo.security.TestAccounts;
import vn.canbo.staffing.SetQuota;
import vn.canbo.staffing.Staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The recruitment pages in Vietnamese: opening a plan, a bad candidate answered with the
 * field named (422, never 500), a candidate added and scored, the verdict with its rule.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RecruitmentWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrgUnits orgUnits;

	@Autowired
	Staffing staffing;

	@Autowired
	Recruitment recruitment;

	@Test
	void anOfficerOpensAPlanAddsACandidateAndSeesTheVerdictWithItsRule() throws Exception {
		var officer = TestAccounts.authentication("tinh-tochuc", Set.of(Role.ADMIN, Role.ORG_OFFICER), null);
		TestAccounts.signIn("tinh-tochuc", Set.of(Role.ADMIN, Role.ORG_OFFICER), null);
		OrgUnitView agency;
		try {
			long commune = this.orgUnits.getByCode("03334", LocalDate.of(2025, 7, 1)).id();
			agency = this.orgUnits
				.createAgency(new CreateAgency(commune, "Phòng thử trang tuyển dụng " + TestAccounts.uniqueName("tw"),
						UnitType.SPECIALISED_OFFICE, LocalDate.of(2025, 7, 1), null));
			this.staffing.setQuota(new SetQuota(agency.code(), PersonnelCategory.CIVIL_SERVANT, "CHUYEN_VIEN", 1,
					LocalDate.of(2026, 1, 1), "1/QĐ", LocalDate.of(2025, 12, 1)));
		}
		finally {
			TestAccounts.signOut();
		}
		MvcResult created = this.mvc
			.perform(post("/recruitment").param("agencyCode", agency.code())
				.param("year", "2026")
				.param("asOf", "2026-03-01")
				.param("regime", "CIVIL_SERVANT")
				.with(authentication(officer))
				.with(csrf()))
			.andReturn();
		assertThat(created.getResponse().getStatus()).isEqualTo(302);
		String location = created.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/recruitment/");

		MvcResult bad = this.mvc
			.perform(post(location + "/candidates").param("jobPositionCode", "CHUYEN_VIEN")
				.param("fullName", "Lò Văn Sai")
				.param("citizenId", "123")
				.param("birthDate", "ngày mai")
				.param("gender", "MALE")
				.with(authentication(officer))
				.with(csrf()))
			.andReturn();
		assertThat(bad.getResponse().getStatus()).isEqualTo(422);
		// the summary names the field by its Vietnamese label, never by its code
		assertThat(bad.getResponse().getContentAsString()).contains("data-field=\"birthDate\"", "Ngày sinh: ")
			.doesNotContain("Số CCCD: Số CCCD");

		MvcResult added = this.mvc
			.perform(post(location + "/candidates").param("jobPositionCode", "CHUYEN_VIEN")
				.param("fullName", "Lò Văn Đúng")
				.param("citizenId", vn.canbo.people.TestPeople.citizenId(vn.canbo.people.Gender.MALE, 1998))
				.param("birthDate", "1998-04-15")
				.param("gender", "MALE")
				.param("ethnicity", "THAI")
				.param("professionalLevel", "DAI_HOC")
				.param("professionalField", "Hành chính học")
				.with(authentication(officer))
				.with(csrf()))
			.andReturn();
		assertThat(added.getResponse().getStatus()).isEqualTo(302);
		long planId = Long.parseLong(location.substring("/recruitment/".length()));
		TestAccounts.signIn("tinh-tochuc", Set.of(Role.ADMIN, Role.ORG_OFFICER), null);
		CandidateView candidate;
		try {
			candidate = this.recruitment.candidates(planId).get(0);
		}
		finally {
			TestAccounts.signOut();
		}
		MvcResult scored = this.mvc
			.perform(post("/recruitment/candidates/{id}/scores", candidate.id()).param("version", "0")
				.param("roundOneCorrect", "35")
				.param("written", "71,5")
				.with(authentication(officer))
				.with(csrf()))
			.andReturn();
		assertThat(scored.getResponse().getStatus()).isEqualTo(302);

		String page = this.mvc.perform(get(location).with(authentication(officer)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		// 71.5 + 5 (ethnic minority, Thái) = 76.5, alone within the one place
		assertThat(page).contains("Lò Văn Đúng", "76,50", "Trúng tuyển", "Xếp thứ 1, trong 1 chỉ tiêu.",
				"Nghị định 170/2025/NĐ-CP, Điều 10 khoản 1", "Chưa xác minh");
	}

	@Test
	void aVacancyIsChangedThroughItsFormAndAStaleFormIsRefusedNamingTheField() throws Exception {
		var officer = TestAccounts.authentication("tinh-tochuc", Set.of(Role.ADMIN, Role.ORG_OFFICER), null);
		TestAccounts.signIn("tinh-tochuc", Set.of(Role.ADMIN, Role.ORG_OFFICER), null);
		VacancyView vacancy;
		try {
			long commune = this.orgUnits.getByCode("03334", LocalDate.of(2025, 7, 1)).id();
			OrgUnitView agency = this.orgUnits
				.createAgency(new CreateAgency(commune, "Phòng thử sửa chỉ tiêu " + TestAccounts.uniqueName("tv"),
						UnitType.SPECIALISED_OFFICE, LocalDate.of(2025, 7, 1), null));
			this.staffing.setQuota(new SetQuota(agency.code(), PersonnelCategory.CIVIL_SERVANT, "KE_TOAN", 2,
					LocalDate.of(2026, 1, 1), "1/QĐ", LocalDate.of(2025, 12, 1)));
			PlanView plan = this.recruitment.createPlan(agency.id(), 2026, LocalDate.of(2026, 3, 1), null, null);
			vacancy = this.recruitment.vacancies(plan.id()).get(0);
		}
		finally {
			TestAccounts.signOut();
		}
		String edit = "/recruitment/vacancies/" + vacancy.id() + "/edit";
		String form = this.mvc.perform(get(edit).with(authentication(officer)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(form).contains("Sửa chỉ tiêu: Kế toán", "value=\"06.031\" selected=\"selected\"",
				"Kế toán;Tài chính;Kiểm toán");

		MvcResult bad = this.mvc
			.perform(post(edit).param("version", String.valueOf(vacancy.version()))
				.param("seats", "hai")
				.param("method", "SELECTION")
				.param("examForm", "WRITTEN")
				.with(authentication(officer))
				.with(csrf()))
			.andReturn();
		assertThat(bad.getResponse().getStatus()).isEqualTo(422);
		assertThat(bad.getResponse().getContentAsString()).contains("is-invalid", "hai");

		MvcResult badRank = this.mvc
			.perform(post(edit).param("version", String.valueOf(vacancy.version()))
				.param("seats", "1")
				.param("rankCode", "99.999")
				.param("method", "SELECTION")
				.param("examForm", "WRITTEN")
				.with(authentication(officer))
				.with(csrf()))
			.andReturn();
		assertThat(badRank.getResponse().getStatus()).isEqualTo(422);
		assertThat(badRank.getResponse().getContentAsString()).contains("Ngạch &quot;99.999&quot; không có",
				"Xét tuyển vòng 2 là vấn đáp.");

		MvcResult saved = this.mvc
			.perform(post(edit).param("version", String.valueOf(vacancy.version()))
				.param("seats", "1")
				.param("rankCode", "06.031")
				.param("minProfessionalLevel", "DAI_HOC")
				.param("professionalFields", "Kế toán")
				.param("method", "SELECTION")
				.param("examForm", "ORAL")
				.with(authentication(officer))
				.with(csrf()))
			.andReturn();
		assertThat(saved.getResponse().getStatus()).isEqualTo(302);

		// the same form sent again holds the version read before the save: refused, not
		// overwritten
		MvcResult stale = this.mvc
			.perform(post(edit).param("version", String.valueOf(vacancy.version()))
				.param("seats", "2")
				.param("method", "EXAM")
				.param("examForm", "WRITTEN")
				.with(authentication(officer))
				.with(csrf()))
			.andReturn();
		assertThat(stale.getResponse().getStatus()).isEqualTo(409);
		assertThat(stale.getResponse().getContentAsString()).contains("Chỉ tiêu vừa được người khác sửa");
		TestAccounts.signIn("tinh-tochuc", Set.of(Role.ADMIN, Role.ORG_OFFICER), null);
		try {
			VacancyView now = this.recruitment.vacancy(vacancy.id());
			assertThat(now.seats()).isEqualTo(1);
			assertThat(now.method()).isEqualTo(Method.SELECTION);
			assertThat(now.professionalFields()).isEqualTo("Kế toán");
		}
		finally {
			TestAccounts.signOut();
		}
	}

}
