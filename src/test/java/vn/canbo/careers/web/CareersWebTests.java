package vn.canbo.careers.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.canbo.discipline.DisciplineForm;
import vn.canbo.discipline.DisciplineSystem;
import vn.canbo.discipline.Disciplines;
import vn.canbo.discipline.NewDiscipline;
import vn.canbo.orgunits.CreateAgency;
import vn.canbo.orgunits.OrgUnits;
import vn.canbo.orgunits.UnitType;
import vn.canbo.people.Gender;
import vn.canbo.people.People;
import vn.canbo.people.PersonDetails;
import vn.canbo.people.TestPeople;
import vn.canbo.security.Role;
import vn.canbo.security.SystemAccess;
import vn.canbo.security.TestAccounts;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The retirement and raise pages, a person's career page and the careers API. */
@SpringBootTest
@AutoConfigureMockMvc
class CareersWebTests {

	static final Authentication OFFICER = TestAccounts.authentication("tinh-tochuc", Set.of(Role.ORG_OFFICER), null);

	@Autowired
	MockMvc mvc;

	@Autowired
	People people;

	@Autowired
	OrgUnits orgUnits;

	@Autowired
	SystemAccess system;

	@Autowired
	Disciplines disciplines;

	long agency;

	long man;

	String name;

	@BeforeEach
	void createPerson() {
		this.name = "Lò Văn " + List.of("Mạnh", "Hùng", "Dũng", "Tuấn").get((int) (System.nanoTime() % 4)) + " Lộtrình"
				+ TestAccounts.uniqueName("").replaceAll("[^a-z]", "");
		this.system.run(() -> {
			long commune = this.orgUnits.getByCode("03334", this.orgUnits.today()).id();
			this.agency = this.orgUnits
				.createAgency(new CreateAgency(commune, "Phòng " + TestAccounts.uniqueName("web"), UnitType.OTHER,
						LocalDate.of(2025, 7, 1), null))
				.id();
			PersonDetails details = TestPeople.person(this.name, Gender.MALE, 1964, this.agency);
			PersonDetails.Identity id = details.identity();
			details = details
				.withIdentity(new PersonDetails.Identity(this.name, null, 10, 3, 1964, Gender.MALE, null, null, null,
						null, null, null, null, null, id.ethnicity(), id.religion(), id.citizenId(), null, null, null,
						null))
				.withHistories(List.of(), List.of(), List.of(new PersonDetails.SalaryStep(LocalDate.of(2024, 3, 1),
						"01.003", "Chuyên viên", 3, new BigDecimal("3.00"), null, null)), List.of());
			this.man = this.people.create(details).id();
		});
	}

	@Test
	void theCareerPageExplainsTheRetirementWithItsRuleAndFacts() throws Exception {
		this.mvc
			.perform(get("/careers/persons/{id}", this.man).param("asOf", "2025-01-01").with(authentication(OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"Nam, sinh 10/03/1964 → đủ 61 tuổi 3 tháng vào 06/2025 → nghỉ hưu từ hết ngày 30/06/2025 "
							+ "(Bộ luật Lao động 2019, Điều 169; Nghị định 135/2020/NĐ-CP, Điều 3 và Điều 4)")))
			.andExpect(content().string(containsString("Ngày 01/03/2027: lên bậc 4, hệ số 3,33")))
			.andExpect(content().string(containsString("7.020.000 đồng/tháng")));
	}

	@Test
	void anAdjustmentFromTheFormMovesTheNextRaise() throws Exception {
		this.mvc
			.perform(post("/careers/persons/{id}/salary-adjustments", this.man).param("kind", "EARLY")
				.param("months", "13")
				.param("reason", "")
				.with(authentication(OFFICER))
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Số tháng phải từ 1 đến 12")))
			.andExpect(content().string(containsString("Hãy nhập lý do")));
		this.mvc
			.perform(post("/careers/persons/{id}/salary-adjustments", this.man).param("kind", "EARLY")
				.param("months", "6")
				.param("reason", "Hoàn thành xuất sắc nhiệm vụ")
				.param("effectiveOn", "2026-06-30")
				.with(authentication(OFFICER))
				.with(csrf()))
			.andExpect(redirectedUrl("/careers/persons/" + this.man));
		this.mvc.perform(get("/api/v1/persons/{id}/career", this.man).with(authentication(OFFICER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.salary.nextRaiseOn").value("2026-09-01"))
			.andExpect(jsonPath("$.salary.adjustmentMonths").value(-6))
			.andExpect(jsonPath("$.retirement.retirementDate").value("2025-06-30"))
			.andExpect(jsonPath("$.adjustments[0].reason").value("Hoàn thành xuất sắc nhiệm vụ"));
	}

	@Test
	void theApiAddsAdjustmentsAndAnswers422ForBadOnes() throws Exception {
		this.mvc
			.perform(post("/api/v1/persons/{id}/salary-adjustments", this.man).contentType("application/json")
				.content("{\"kind\": \"DELAY\", \"months\": 0}")
				.with(authentication(OFFICER)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("months"));
		this.mvc.perform(post("/api/v1/persons/{id}/salary-adjustments", this.man).contentType("application/json")
			.content(
					"{\"kind\": \"DELAY\", \"months\": 6, \"reason\": \"Khiển trách\", \"effectiveOn\": \"2024-06-01\"}")
			.with(authentication(OFFICER)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.kind").value("DELAY"));
		this.mvc.perform(inUnit("/api/v1/salary-raises", "2027-09-01", "2027-09-30"))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].dueOn").value("2027-09-01"))
			.andExpect(jsonPath("$.items[0].newStep").value(4));
	}

	@Test
	void aReprimandDelaysTheRaiseOnThePagesAndInTheApiWithItsCause() throws Exception {
		this.system.run(() -> this.disciplines.record(this.man,
				new NewDiscipline(DisciplineSystem.STATE, DisciplineForm.REPRIMAND, "Vi phạm quy chế làm việc",
						"41/QĐ-UBND", "UBND phường Mường Thanh", LocalDate.of(2025, 5, 27), LocalDate.of(2025, 6, 1),
						true, null)));
		String cause = "Kỷ luật khiển trách, QĐ số 41/QĐ-UBND ngày 27/05/2025 (hiệu lực từ 01/06/2025): "
				+ "kéo dài 6 tháng — ";

		this.mvc.perform(inUnit("/api/v1/salary-raises", "2027-03-01", "2027-03-31"))
			.andExpect(jsonPath("$.total").value(0));
		this.mvc.perform(inUnit("/api/v1/salary-raises", "2027-09-01", "2027-09-30"))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].dueOn").value("2027-09-01"))
			.andExpect(jsonPath("$.items[0].disciplineDelays[0].months").value(6))
			.andExpect(jsonPath("$.items[0].disciplineDelays[0].form").value("REPRIMAND"))
			.andExpect(jsonPath("$.items[0].disciplineDelays[0].decisionNumber").value("41/QĐ-UBND"))
			.andExpect(jsonPath("$.items[0].disciplineDelays[0].citation", containsString("08/2013")))
			.andExpect(jsonPath("$.items[0].salary.adjustmentMonths").value(0))
			.andExpect(jsonPath("$.items[0].salary.disciplineMonths").value(6));
		this.mvc.perform(inUnit("/careers/raises", "2027-09-01", "2027-09-30"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(cause)));
		this.mvc.perform(get("/careers/persons/{id}", this.man).with(authentication(OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ngày 01/09/2027: lên bậc 4, hệ số 3,33")))
			.andExpect(content().string(containsString(cause)))
			.andExpect(content().string(containsString("Kéo dài do kỷ luật: 6 tháng")))
			.andExpect(content().string(containsString("Chỉ ghi kéo dài vì lý do khác")));

		Authentication viewer = TestAccounts.authentication("tinh-xem", Set.of(Role.VIEWER), null);
		this.mvc.perform(get("/api/v1/persons/{id}/career", this.man).with(authentication(viewer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.salary.nextRaiseOn").value("2027-09-01"))
			.andExpect(jsonPath("$.salary.disciplineDelays[0].months").value(6))
			.andExpect(jsonPath("$.salary.disciplineDelays[0].decisionNumber").doesNotExist());
		this.mvc.perform(get("/careers/persons/{id}", this.man).with(authentication(viewer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("chi tiết không hiển thị với quyền của bạn")))
			.andExpect(content().string(not(containsString("41/QĐ-UBND"))));
	}

	/** A list of the test's unit for the period, asked by an officer. */
	MockHttpServletRequestBuilder inUnit(String path, String from, String to) {
		return get(path).param("unitId", String.valueOf(this.agency))
			.param("from", from)
			.param("to", to)
			.with(authentication(OFFICER));
	}

	@Test
	void theListsShowThePeopleAndExport() throws Exception {
		this.mvc.perform(inUnit("/careers/retirements", "2025-01-01", "2025-12-31"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(this.name)))
			.andExpect(content().string(containsString("30/06/2025")))
			.andExpect(content().string(containsString("61 tuổi 3 tháng")));
		this.mvc.perform(inUnit("/careers/retirements/export.xlsx", "2025-01-01", "2025-12-31"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("danh-sach-nghi-huu")));
		this.mvc.perform(inUnit("/api/v1/retirements", "2025-01-01", "2025-12-31"))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.people[0].retirementDate").value("2025-06-30"))
			.andExpect(jsonPath("$.people[0].ageMonths").value(3))
			.andExpect(jsonPath("$.perYear.length()").value(5));
		this.mvc.perform(inUnit("/careers/raises", "2027-01-01", "2027-12-31"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(this.name)))
			.andExpect(content().string(containsString("01/03/2027")));
		this.mvc
			.perform(get("/api/v1/retirements").param("from", "2025-12-31")
				.param("to", "2025-01-01")
				.with(authentication(OFFICER)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("to"));
	}

}
