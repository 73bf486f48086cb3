package vn.canbo.people;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.canbo.orgunits.CreateAgency;
import vn.canbo.orgunits.OrgUnits;
import vn.canbo.orgunits.UnitType;
import vn.canbo.security.Role;
import vn.canbo.security.TestAccounts;
import vn.canbo.shared.OutOfScopeException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The 2C résumé read back: the PDF with PDFBox, the Word file with POI. Names keep their
 * diacritics, every numbered item and table row is there, the sensitive parts only for
 * roles that may see them, the fonts embedded.
 */
@SpringBootTest
class ResumesTests {

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	static final String WITHHELD = "(không hiển thị theo phân quyền)";

	@Autowired
	Resumes resumes;

	@Autowired
	People people;

	@Autowired
	OrgUnits orgUnits;

	@Autowired
	JdbcClient jdbc;

	long muongThanh;

	long muongPhang;

	@BeforeEach
	void signIn() {
		TestAccounts.signIn("tinh-tochuc", Set.of(Role.ORG_OFFICER), null);
		this.muongThanh = this.orgUnits.getByCode("03334", LocalDate.now()).id();
		this.muongPhang = this.orgUnits.getByCode("03325", LocalDate.now()).id();
	}

	@AfterEach
	void signOut() {
		TestAccounts.signOut();
	}

	@Test
	void printsEveryItemOfTheFormWithItsDiacritics() throws IOException {
		String office = "Văn phòng HĐND và UBND " + TestAccounts.uniqueName("thử");
		long agency = this.orgUnits
			.createAgency(new CreateAgency(this.muongThanh, office, UnitType.SPECIALISED_OFFICE, LocalDate.now(), null))
			.id();
		PersonView person = this.people.create(TestRecords.fullRecord("Nguyễn Thị Hằng", agency));

		ResumeFile file = this.resumes.pdf(person.id(), VIETNAMESE);
		Files.createDirectories(Path.of("target"));
		Files.write(Path.of("target/resume-2c.pdf"), file.content());

		assertThat(file.fileName()).isEqualTo("SYLL-2C-" + person.id() + "-Nguyen-Thi-Hang.pdf");
		assertThat(file.displayName()).isEqualTo("SYLL-2C-" + person.id() + "-Nguyễn-Thị-Hằng.pdf");
		assertThat(file.contentType()).isEqualTo("application/pdf");
		String text = text(file.content());
		assertThat(text).contains("Mẫu 2C-BNV/2008", "SƠ YẾU LÝ LỊCH CÁN BỘ, CÔNG CHỨC",
				"Họ và tên khai sinh (viết chữ in hoa): NGUYỄN THỊ HẰNG", "Tên gọi khác: Hằng Nga",
				"Sinh ngày: 05/03/1985", "Giới tính (nam, nữ): Nữ", "Dân tộc: Kinh", "Tôn giáo: Không",
				"Cơ quan, đơn vị có thẩm quyền quản lý CBCC: Phường Mường Thanh, Tỉnh Điện Biên", office,
				person.details().employment().staffCode(), "Ngày tuyển dụng: 01/09/2008",
				"Chức vụ (chức danh) hiện tại: Trưởng phòng Tổ chức cán bộ",
				"Ngạch công chức (viên chức): Chuyên viên chính", "Mã ngạch: 01.002", "Bậc lương: 2", "Hệ số: 4,74",
				"Ngày hưởng: 01/09/2024", "Phụ cấp chức vụ: 0,30", "12/12", "Thạc sĩ, chuyên ngành Quản lý công",
				"Lý luận chính trị: Cao cấp", "Quản lý nhà nước: Chuyên viên chính",
				"Ngày vào Đảng Cộng sản Việt Nam: 19/05/2009", "Ngày chính thức: 19/05/2010",
				"Bằng khen của Chủ tịch UBND tỉnh, 2022", "Số sổ BHXH: 1234567890");
		assertThat(text).as("table rows")
			.contains("Trường Đại học Sư phạm Hà Nội", "09/2003 – 06/2007", "Học viện Chính trị quốc gia Hồ Chí Minh",
					"01/2015 – nay", "Giáo viên Trường Tiểu học Thanh Xương", "09/2008", "15.114/1", "2,10",
					"01.002/2");
		assertThat(text).as("sensitive parts for an organisation officer")
			.contains("Kỷ luật (đảng, chính quyền, đoàn thể, hình thức cao nhất, năm nào): Khiển trách, 2019",
					"Tình trạng sức khoẻ: Tốt", "158 cm", "Con thương binh", person.details().identity().citizenId(),
					"Ngày cấp: 10/04/2021", "Đặng Văn Đức", "Hoàng Thị Thủy", "Phạm Quốc Việt", "Lê Thị Lựu",
					"Em gái Hoàng Thị Thủy ở Nhật Bản")
			.doesNotContain(WITHHELD);
		assertThat(text).contains("Người khai", "Thủ trưởng cơ quan, đơn vị quản lý và sử dụng CBCC",
				"ngày …… tháng …… năm ……", "Trang 1 / ");
	}

	@Test
	void leavesTheSensitivePartsBlankForAViewer() throws IOException {
		PersonView person = this.people.create(TestRecords.fullRecord("Đặng Văn Đức", this.muongThanh));
		String citizenId = person.details().identity().citizenId();
		TestAccounts.signIn("xem", Set.of(Role.VIEWER), null);

		String text = text(this.resumes.pdf(person.id(), VIETNAMESE).content());

		assertThat(text).contains("ĐẶNG VĂN ĐỨC", "Trường Đại học Sư phạm Hà Nội", "Số sổ BHXH: 1234567890", WITHHELD);
		assertThat(text).doesNotContain(citizenId, "Khiển trách", "Con thương binh", "158 cm", "Lê Thị Lựu",
				"Hoàng Thị Thủy", "Phạm Quốc Việt", "Nhật Bản");
	}

	@Test
	void embedsTheShippedFontsForEveryVietnameseLetter() throws IOException {
		PersonView person = this.people.create(TestRecords.fullRecord("Hoàng Thị Thuỷ", this.muongThanh));

		try (PDDocument document = Loader.loadPDF(this.resumes.pdf(person.id(), VIETNAMESE).content())) {
			List<PDFont> fonts = fontsOf(document);
			assertThat(fonts).isNotEmpty().allSatisfy((font) -> {
				assertThat(font.isEmbedded()).as(font.getName()).isTrue();
				assertThat(font).as(font.getName()).isInstanceOf(PDType0Font.class);
				assertThat(font.getName()).contains("NotoSans");
			});
			assertThat(document.getPage(0).getMediaBox().getWidth()).as("A4 portrait").isBetween(594f, 596f);
			assertThat(document.getNumberOfPages()).isGreaterThan(1);
		}
	}

	@Test
	void putsThePhotoInTheFrame() throws IOException {
		PersonView person = this.people.create(TestRecords.fullRecord("Nguyễn Thị Hằng", this.muongThanh));
		BufferedImage image = new BufferedImage(40, 60, BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		ImageIO.write(image, "png", png);
		this.jdbc.sql("insert into person_photo (person_id, content_type, content) values (:id, 'image/png', :content)")
			.param("id", person.id())
			.param("content", png.toByteArray())
			.update();

		try (PDDocument document = Loader.loadPDF(this.resumes.pdf(person.id(), VIETNAMESE).content())) {
			PDPage first = document.getPage(0);
			List<Object> images = new ArrayList<>();
			for (COSName name : first.getResources().getXObjectNames()) {
				if (first.getResources().getXObject(name) instanceof PDImageXObject picture) {
					images.add(picture);
				}
			}
			assertThat(images).hasSize(1);
		}
		try (XWPFDocument word = new XWPFDocument(stream(this.resumes.docx(person.id(), VIETNAMESE)))) {
			assertThat(word.getAllPictures()).hasSize(1);
		}
	}

	@Test
	void writesAWordDocumentWithTheSameContent() throws IOException {
		PersonView person = this.people.create(TestRecords.fullRecord("Nguyễn Thị Hằng", this.muongThanh));

		ResumeFile file = this.resumes.docx(person.id(), VIETNAMESE);
		Files.write(Path.of("target/resume-2c.docx"), file.content());

		assertThat(file.fileName()).isEqualTo("SYLL-2C-" + person.id() + "-Nguyen-Thi-Hang.docx");
		try (XWPFDocument document = new XWPFDocument(stream(file))) {
			String text = new XWPFWordExtractor(document).getText();
			assertThat(text).contains("SƠ YẾU LÝ LỊCH CÁN BỘ, CÔNG CHỨC", "NGUYỄN THỊ HẰNG", "05/03/1985",
					"Ngày vào Đảng Cộng sản Việt Nam: 19/05/2009", "Khiển trách, 2019",
					person.details().identity().citizenId(), "Người khai");
			List<XWPFTable> tables = document.getTables();
			String tableText = tables.stream().map(XWPFTable::getText).collect(Collectors.joining("\n"));
			assertThat(tableText).contains("Trường Đại học Sư phạm Hà Nội", "09/2003 – 06/2007", "01/2015 – nay",
					"Đặng Văn Đức", "Phạm Quốc Việt", "01.002/2", "4,74");
			assertThat(tables).anySatisfy((table) -> assertThat(table.getRow(0).isRepeatHeader()).isTrue());
		}
	}

	@Test
	void leavesTheSensitivePartsOutOfTheWordDocumentForAViewer() throws IOException {
		PersonView person = this.people.create(TestRecords.fullRecord("Đặng Văn Đức", this.muongThanh));
		TestAccounts.signIn("xem", Set.of(Role.VIEWER), null);

		try (XWPFDocument document = new XWPFDocument(stream(this.resumes.docx(person.id(), VIETNAMESE)))) {
			String text = new XWPFWordExtractor(document).getText();
			assertThat(text).contains("ĐẶNG VĂN ĐỨC", WITHHELD).doesNotContain("Khiển trách", "Lê Thị Lựu");
		}
	}

	@Test
	void logsEachViewOfTheSensitivePartsWithItsChannel() {
		PersonView person = this.people.create(TestRecords.fullRecord("Nguyễn Thị Hằng", this.muongThanh));

		this.resumes.pdf(person.id(), VIETNAMESE);
		this.resumes.docx(person.id(), VIETNAMESE);

		assertThat(this.jdbc.sql("""
				select after ->> 'channel' from audit_entry
				where entity_type = 'Person' and entity_id = :id and action = 'VIEW'
				""").param("id", String.valueOf(person.id())).query(String.class).list()).contains("PDF", "DOCX");
	}

	@Test
	void refusesAPersonOutsideTheScope() {
		PersonView person = this.people.create(TestRecords.fullRecord("Nguyễn Thị Hằng", this.muongPhang));
		TestAccounts.signIn("xa-tochuc", Set.of(Role.ORG_OFFICER), this.muongThanh);

		assertThatThrownBy(() -> this.resumes.pdf(person.id(), VIETNAMESE)).isInstanceOf(OutOfScopeException.class);
		assertThatThrownBy(() -> this.resumes.docx(person.id(), VIETNAMESE)).isInstanceOf(OutOfScopeException.class);
	}

	@Test
	void makesFileNamesAscii() {
		assertThat(Resumes.ascii("Đặng-Văn-Đức")).isEqualTo("Dang-Van-Duc");
		assertThat(Resumes.ascii("Hoàng Thị Thuỷ / Ê-đê")).isEqualTo("Hoang-Thi-Thuy-E-de");
	}

	@Test
	void writesPartialBirthDatesAsFarAsKnown() {
		PersonDetails.Identity identity = PersonDetails.Identity.EMPTY;
		assertThat(ResumeContent.birthDate(new PersonDetails.Identity(null, null, null, null, 1975, null, null, null,
				null, null, null, null, null, null, null, null, null, null, null, null, null)))
			.isEqualTo("1975");
		assertThat(ResumeContent.birthDate(new PersonDetails.Identity(null, null, null, 4, 1975, null, null, null, null,
				null, null, null, null, null, null, null, null, null, null, null, null)))
			.isEqualTo("04/1975");
		assertThat(ResumeContent.birthDate(identity)).isEmpty();
	}

	private static InputStream stream(ResumeFile file) {
		return new java.io.ByteArrayInputStream(file.content());
	}

	private static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

	/** The fonts that draw text (the operands of Tf). */
	private static List<PDFont> fontsOf(PDDocument document) throws IOException {
		List<PDFont> fonts = new ArrayList<>();
		for (PDPage page : document.getPages()) {
			List<Object> tokens = new PDFStreamParser(page).parse();
			for (int i = 2; i < tokens.size(); i++) {
				if (tokens.get(i) instanceof Operator operator && operator.getName().equals("Tf")
						&& tokens.get(i - 2) instanceof COSName name) {
					fonts.add(page.getResources().getFont(name));
				}
			}
		}
		return fonts;
	}

}
