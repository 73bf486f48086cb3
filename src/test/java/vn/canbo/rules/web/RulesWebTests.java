package vn.canbo.rules.web;

import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import vn.canbo.security.Role;
import vn.canbo.security.TestAccounts;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The rules API, the rules page with its calculator and the form to add a version. */
@SpringBootTest
@AutoConfigureMockMvc
class RulesWebTests {

	@Autowired
	MockMvc mvc;

	static final Authentication ADMIN = TestAccounts.authentication("quantri", Set.of(Role.ADMIN), null);

	static final Authentication VIEWER = TestAccounts.authentication("xem", Set.of(Role.VIEWER), 1L);

	@Test
	void theRetirementApiAnswersWithTheDateAgeAndRule() throws Exception {
		this.mvc
			.perform(get("/api/v1/rules/retirement").param("gender", "MALE")
				.param("birthDate", "1961-01-20")
				.with(authentication(VIEWER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.retirementDate").value("2021-04-30"))
			.andExpect(jsonPath("$.pensionStartDate").value("2021-05-01"))
			.andExpect(jsonPath("$.ageYears").value(60))
			.andExpect(jsonPath("$.ageMonths").value(3))
			.andExpect(jsonPath("$.citation").value(containsString("Nghị định 135/2020/NĐ-CP")))
			.andExpect(jsonPath("$.ruleValidFrom").value("2021-01-01"))
			.andExpect(jsonPath("$.confirmed").value(true));
		this.mvc
			.perform(get("/api/v1/rules/retirement").param("gender", "FEMALE")
				.param("birthMonth", "1968-12")
				.with(authentication(VIEWER)))
			.andExpect(jsonPath("$.retirementDate").value("2025-08-31"));
	}

	@Test
	void badInputIsA422NamingTheFieldInVietnamese() throws Exception {
		this.mvc
			.perform(get("/api/v1/rules/retirement").param("gender", "NAM")
				.param("birthYear", "19x1")
				.with(authentication(VIEWER)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("gender"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("Giới tính")))
			.andExpect(jsonPath("$.errors[1].field").value("birthYear"))
			.andExpect(jsonPath("$.errors[1].message").value(containsString("Năm sinh")));
	}

	@Test
	void theRulesListHasEveryVersionWithItsValidity() throws Exception {
		this.mvc.perform(get("/api/v1/rules").with(authentication(VIEWER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.key == 'BASE_SALARY')].versions[1].validFrom").value("2023-07-01"))
			.andExpect(jsonPath("$[?(@.key == 'BASE_SALARY')].versions[1].validTo").value("2024-07-01"))
			.andExpect(jsonPath("$[?(@.key == 'RETIREMENT_NOTICE')].versions[0].confirmed").value(false));
	}

	@Test
	void thePageShowsEachRuleWithItsSourceAndFlagsTheUnverified() throws Exception {
		this.mvc
			.perform(get("/rules").param("gender", "FEMALE").param("birthMonth", "1966-01").with(authentication(ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tuổi nghỉ hưu")))
			.andExpect(content()
				.string(containsString("Nam: 60 tuổi 3 tháng năm 2021, mỗi năm thêm 3 tháng, tối đa 62 tuổi")))
			.andExpect(content().string(containsString("2.340.000 đồng/tháng")))
			.andExpect(content().string(containsString("Chưa xác minh")))
			.andExpect(content().string(containsString("Nghỉ hưu từ hết ngày 31/05/2021")))
			.andExpect(content().string(containsString("form-BASE_SALARY")));
		this.mvc.perform(get("/rules").with(authentication(VIEWER)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("form-BASE_SALARY"))));
	}

	@Test
	@Transactional
	void theFormRefusesBadValuesNextToTheirFieldsAndSavesGoodOnes() throws Exception {
		this.mvc
			.perform(post("/rules/{key}/versions", "BASE_SALARY").param("validFrom", "2024-07-01")
				.param("citation", "")
				.param("parameters.amount", "0")
				.with(authentication(ADMIN))
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Đã có phiên bản hiệu lực từ ngày 01/07/2024")))
			.andExpect(content().string(containsString("Hãy nhập căn cứ pháp lý")))
			.andExpect(content().string(containsString("Giá trị phải từ 1 đến 1000000000")));
		this.mvc
			.perform(post("/rules/{key}/versions", "BASE_SALARY").param("validFrom", "2031-01-01")
				.param("citation", "Nghị định giả định kiểm thử")
				.param("parameters.amount", "3.000.000")
				.with(authentication(ADMIN))
				.with(csrf()))
			.andExpect(redirectedUrl("/rules#rule-BASE_SALARY"));
		this.mvc.perform(get("/rules").with(authentication(ADMIN)))
			.andExpect(content().string(containsString("3.000.000 đồng/tháng")));
	}

}
