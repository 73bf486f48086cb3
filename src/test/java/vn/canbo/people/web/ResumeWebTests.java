package vn.canbo.people.web;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.canbo.orgunits.OrgUnits;
import vn.canbo.people.People;
import vn.canbo.people.PersonView;
import vn.canbo.people.TestRecords;
import vn.canbo.security.Role;
import vn.canbo.security.TestAccounts;
import vn.canbo.security.UserAccountView;
import vn.canbo.security.UserAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Downloading the 2C résumé from the record page and the API: an attachment with an ASCII
 * name and the Vietnamese one, and a refusal for a person outside the account's commune.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ResumeWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	People people;

	@Autowired
	OrgUnits orgUnits;

	@Autowired
	UserAccounts accounts;

	UserAccountView communeOfficer;

	PersonView inside;

	PersonView outside;

	@BeforeEach
	void createPeople() {
		TestAccounts.signIn("tinh-tochuc", Set.of(Role.ORG_OFFICER), null);
		try {
			long muongThanh = this.orgUnits.getByCode("03334", LocalDate.now()).id();
			long muongPhang = this.orgUnits.getByCode("03325", LocalDate.now()).id();
			this.inside = this.people.create(TestRecords.fullRecord("Nguyễn Thị Hằng", muongThanh));
			this.outside = this.people.create(TestRecords.fullRecord("Đặng Văn Đức", muongPhang));
			this.communeOfficer = TestAccounts.provision(this.accounts, "xa-syll", muongThanh, Role.ORG_OFFICER);
		}
		finally {
			TestAccounts.signOut();
		}
	}

	@Test
	void downloadsThePdfFromTheRecordPage() throws Exception {
		MvcResult result = this.mvc
			.perform(get("/people/{id}/resume.pdf", this.inside.id()).with(authentication(signedIn())))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andExpect(header().string("Content-Disposition",
					"attachment; filename=\"SYLL-2C-" + this.inside.id() + "-Nguyen-Thi-Hang.pdf\"; "
							+ "filename*=UTF-8''SYLL-2C-" + this.inside.id()
							+ "-Nguy%E1%BB%85n-Th%E1%BB%8B-H%E1%BA%B1ng.pdf"))
			.andReturn();

		try (PDDocument pdf = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
			assertThat(new PDFTextStripper().getText(pdf)).contains("NGUYỄN THỊ HẰNG", "Đặng Văn Đức");
		}
	}

	@Test
	void downloadsThePdfAndTheWordFileThroughTheApi() throws Exception {
		MvcResult pdf = this.mvc.perform(get("/api/v1/persons/{id}/resume.pdf", this.inside.id()).with(basic()))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andExpect(header().string("Content-Disposition", containsString("-Nguyen-Thi-Hang.pdf\"")))
			.andReturn();
		assertThat(pdf.getResponse().getContentAsByteArray()).startsWith("%PDF".getBytes());

		MvcResult docx = this.mvc.perform(get("/api/v1/persons/{id}/resume.docx", this.inside.id()).with(basic()))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
			.andExpect(header().string("Content-Disposition", containsString("-Nguyen-Thi-Hang.docx\"")))
			.andReturn();
		try (XWPFDocument word = new XWPFDocument(
				new ByteArrayInputStream(docx.getResponse().getContentAsByteArray()))) {
			assertThat(new XWPFWordExtractor(word).getText()).contains("NGUYỄN THỊ HẰNG");
		}
	}

	@Test
	void downloadsTheWordFileFromTheRecordPage() throws Exception {
		this.mvc.perform(get("/people/{id}/resume.docx", this.inside.id()).with(authentication(signedIn())))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("-Nguyen-Thi-Hang.docx\"")));
	}

	@Test
	void refusesAPersonInAnotherCommune() throws Exception {
		for (String path : new String[] { "/people/{id}/resume.pdf", "/people/{id}/resume.docx" }) {
			this.mvc.perform(get(path, this.outside.id()).with(authentication(signedIn())))
				.andExpect(status().isForbidden())
				.andExpect(content().string(containsString("Không có quyền truy cập")));
		}
		for (String path : new String[] { "/api/v1/persons/{id}/resume.pdf", "/api/v1/persons/{id}/resume.docx" }) {
			this.mvc.perform(get(path, this.outside.id()).with(basic()))
				.andExpect(status().isForbidden())
				.andExpect(content().contentType("application/problem+json"))
				.andExpect(content().string(containsString("phạm vi")));
		}
	}

	private org.springframework.security.core.Authentication signedIn() {
		return TestAccounts.authentication(this.communeOfficer.username(), this.communeOfficer.roles(),
				this.communeOfficer.scopeUnitId());
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor basic() {
		return httpBasic(this.communeOfficer.username(), TestAccounts.PASSWORD);
	}

}
