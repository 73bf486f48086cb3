package vn.canbo.people.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.canbo.documents.HostileWorkbooks;
import vn.canbo.documents.UploadedSheets;
import vn.canbo.people.Gender;
import vn.canbo.people.PersonSheets;
import vn.canbo.people.TestPeople;
import vn.canbo.security.Role;
import vn.canbo.security.TestAccounts;
import vn.canbo.security.UserAccountView;
import vn.canbo.security.UserAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * The bad-input corpus of the people import, through the API and the upload page: bombs,
 * a sheet of five million rows and files that are no .xlsx are refused with a Vietnamese
 * 422 naming the limit; formulas, control characters, over-long values and wrong types
 * are reported row by row; never a 5xx, and the server answers its health check after.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PersonImportBadInputTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts accounts;

	@Autowired
	UploadedSheets uploads;

	UserAccountView officer;

	@BeforeEach
	void provision() {
		this.officer = TestAccounts.provision(this.accounts, "nhap-xau", null, Role.ORG_OFFICER);
	}

	@Test
	void refusesBombsHugeSheetsAndNonWorkbooksWithAVietnameseReason() throws Exception {
		byte[] valid = PersonSheets.xlsx(PersonSheets.row("Nguyễn Văn Hợp", "1980", Gender.MALE,
				TestPeople.citizenId(Gender.MALE, 1980), "03334"));
		Map<String, byte[]> files = new LinkedHashMap<>();
		files.put("bom-chuoi-chung.xlsx", HostileWorkbooks.sharedStringBomb());
		files.put("bom-o-lon.xlsx", HostileWorkbooks.hugeCellBomb());
		files.put("nam-trieu-dong.xlsx", HostileWorkbooks.manyRows(5_000_000));
		files.put("o-qua-dai.xlsx", HostileWorkbooks.longCell(40_000));
		files.put("cot-xfd.xlsx", HostileWorkbooks.farColumn());
		files.put("cut-ngang.xlsx", HostileWorkbooks.truncated(valid));
		files.put("van-ban.pdf", HostileWorkbooks.pdf());
		files.put("ngau-nhien.xlsx", HostileWorkbooks.randomBytes());
		files.put("rong.xlsx", new byte[0]);
		files.put("cu.xls", HostileWorkbooks.xls());
		int keptBefore = this.uploads.keptCount();
		for (Map.Entry<String, byte[]> file : files.entrySet()) {
			long started = System.nanoTime();
			MvcResult api = this.mvc
				.perform(multipart("/api/v1/imports/persons")
					.file(new MockMultipartFile("file", file.getKey(), null, file.getValue()))
					.param("dryRun", "true")
					.with(httpBasic(this.officer.username(), TestAccounts.PASSWORD)))
				.andReturn();
			long apiMillis = (System.nanoTime() - started) / 1_000_000;
			String detail = JsonPath.read(api.getResponse().getContentAsString(), "$.detail");
			MvcResult page = this.mvc
				.perform(multipart("/people/import")
					.file(new MockMultipartFile("file", file.getKey(), null, file.getValue()))
					.with(authentication(signedIn()))
					.with(csrf()))
				.andReturn();
			Runtime runtime = Runtime.getRuntime();
			// Measured for the report, not asserted: speed is the benchmarks' business.
			System.out.printf("%s (%,d bytes): API %d in %d ms, page %d; heap in use %d MB: %s%n", file.getKey(),
					file.getValue().length, api.getResponse().getStatus(), apiMillis, page.getResponse().getStatus(),
					(runtime.totalMemory() - runtime.freeMemory()) >> 20, detail);
			assertThat(api.getResponse().getStatus()).as(file.getKey()).isEqualTo(422);
			assertThat(detail).as(file.getKey()).matches(".*[ệặạảấầẩậốồổộớờởợụủứừửựịỉđĐ].*");
			assertThat(page.getResponse().getStatus()).as(file.getKey()).isEqualTo(422);
			assertThat(page.getResponse().getContentAsString()).contains(detail);
			assertHealthy();
		}
		assertThat(this.uploads.keptCount()).isEqualTo(keptBefore);
	}

	@Test
	void reportsFormulasControlCharactersOverLongValuesAndWrongTypesRowByRow() throws Exception {
		String family = "Kiểm" + TestAccounts.uniqueName("").replaceAll("[^a-z]", "");
		Map<String, Object> formula = PersonSheets.row("", "1981", Gender.MALE, TestPeople.citizenId(Gender.MALE, 1981),
				"03334");
		formula.put("Họ và tên", new PersonSheets.Formula("CONCATENATE(\"Nguyễn\",\" Văn Công\")"));
		// Excel writes a control character as its escape "_x0007_" (PostgreSQL would
		// refuse the NUL of "_x0000_").
		Map<String, Object> control = PersonSheets.row(family + " Văn_x0007_ Điều", "1982", Gender.MALE,
				TestPeople.citizenId(Gender.MALE, 1982), "03334");
		control.put("Nơi ở hiện nay", "Tổ_x0000_ 5");
		Map<String, Object> overLong = PersonSheets.row(family + " " + "Dài".repeat(120), "1983", Gender.FEMALE,
				TestPeople.citizenId(Gender.FEMALE, 1983), "03334");
		overLong.put("Nơi ở hiện nay", "Tổ 1, ".repeat(200));
		Map<String, Object> wrongTypes = PersonSheets.row(family + " Thị Sai", "ba mươi", Gender.FEMALE,
				TestPeople.citizenId(Gender.FEMALE, 1984), "03334");
		wrongTypes.put("Giới tính", "Khác");
		wrongTypes.put("Đối tượng", 5);
		wrongTypes.put("Bậc", "hai");
		wrongTypes.put("Hệ số", "nhiều");
		// Eleven digits typed as text: one is missing, nothing is added.
		Map<String, Object> shortId = PersonSheets.row(family + " Văn Thiếu", "1986", Gender.MALE,
				TestPeople.citizenId(Gender.MALE, 1986).substring(1), "03334");
		// The same typed into a number cell: Excel dropped the leading zero, it comes
		// back.
		Map<String, Object> good = PersonSheets.row(family + " Văn Đúng", "1985", Gender.MALE, "", "03334");
		good.put("Số CCCD", Long.parseLong(TestPeople.citizenId(Gender.MALE, 1985)));
		byte[] file = PersonSheets.xlsx(List.of(formula, control, overLong, wrongTypes, shortId, good));
		MvcResult result = this.mvc
			.perform(multipart("/api/v1/imports/persons").file(new MockMultipartFile("file", "xau.xlsx", null, file))
				.param("dryRun", "true")
				.with(httpBasic(this.officer.username(), TestAccounts.PASSWORD)))
			.andReturn();
		String body = result.getResponse().getContentAsString();
		System.out.println(body);
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat((Integer) JsonPath.read(body, "$.imported")).isEqualTo(1);
		assertThat((Integer) JsonPath.read(body, "$.rejected")).isEqualTo(5);
		for (int row = 3; row <= 7; row++) {
			List<String> messages = JsonPath.read(body, "$.errors[?(@.row == " + row + ")].message");
			String prefix = "Dòng " + row;
			assertThat(messages).as("row %d", row).isNotEmpty().allMatch((message) -> message.contains(prefix));
		}
		assertThat(JsonPath.<List<String>>read(body, "$.errors[?(@.row == 3)].message").toString())
			.contains("công thức");
		assertThat(JsonPath.<List<String>>read(body, "$.errors[?(@.row == 4)].message").toString())
			.contains("Họ và tên", "Nơi ở hiện nay", "ký tự điều khiển");
		assertThat(JsonPath.<List<String>>read(body, "$.errors[?(@.row == 5)].column"))
			.containsExactlyInAnyOrder("Họ và tên", "Nơi ở hiện nay");
		assertThat(JsonPath.<List<String>>read(body, "$.errors[?(@.row == 7)].column")).containsExactly("Số CCCD");
		assertHealthy();
	}

	private void assertHealthy() throws Exception {
		MvcResult health = this.mvc.perform(get("/actuator/health")).andReturn();
		assertThat(health.getResponse().getStatus()).isEqualTo(200);
		assertThat(health.getResponse().getContentAsString()).contains("\"UP\"");
	}

	private Authentication signedIn() {
		return TestAccounts.authentication(this.officer.username(), Set.of(Role.ORG_OFFICER), null);
	}

}
