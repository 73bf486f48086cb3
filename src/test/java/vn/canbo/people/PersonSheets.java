package vn.canbo.people;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import vn.canbo.demo.SyntheticPeople;
import vn.canbo.demo.SyntheticPerson;

/** Personnel sheets for import tests, written with Apache POI as officers' files are. */
public final class PersonSheets {

	private PersonSheets() {
	}

	/** A cell holding a formula (Excel syntax without "="), written without its value. */
	public record Formula(String expression) {
	}

	/** A row of the standard sheet, by header; missing headers are blank cells. */
	public static Map<String, Object> row(String fullName, String birth, Gender gender, String citizenId,
			String agencyCode) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("Họ và tên", fullName);
		row.put("Ngày sinh", birth);
		row.put("Giới tính", gender == Gender.MALE ? "Nam" : "Nữ");
		row.put("Dân tộc", "Kinh");
		row.put("Tôn giáo", "Không");
		row.put("Số CCCD", citizenId);
		row.put("Đối tượng", "Công chức");
		row.put("Mã cơ quan", agencyCode);
		row.put("Chức vụ", "Chuyên viên");
		row.put("Người địa phương", "Có");
		return row;
	}

	/** A generated person in the agency, with an ID number no other test uses. */
	public static Map<String, Object> synthetic(SyntheticPerson person, String agencyCode) {
		String birth = person.birthDate() == null ? String.valueOf(person.birthYear()) : "%02d/%02d/%d"
			.formatted(person.birthDate().getDayOfMonth(), person.birthDate().getMonthValue(), person.birthYear());
		Map<String, Object> row = row(person.name().fullName(), birth, person.gender(),
				TestPeople.citizenId(person.gender(), person.birthYear()), agencyCode);
		row.put("Dân tộc", person.ethnicity().officialName());
		row.put("Tôn giáo", Labels.vietnamese(person.religion().messageKey()));
		row.put("Đối tượng", Labels.vietnamese(person.category().messageKey()));
		row.put("Trình độ GDPT", person.education().label());
		row.put("Trình độ chuyên môn", Labels.vietnamese(person.professionalLevel().messageKey()));
		row.put("Lý luận chính trị", Labels.vietnamese(person.politicalTheoryLevel().messageKey()));
		row.put("Quản lý nhà nước", Labels.vietnamese(person.stateManagementLevel().messageKey()));
		if (person.partyMember()) {
			row.put("Ngày vào Đảng", LocalDate.of(Math.min(person.birthYear() + 24, 2020), 3, 15));
		}
		return row;
	}

	/** Generated people in the agency. */
	public static List<Map<String, Object>> synthetic(int count, long seed, String agencyCode) {
		SyntheticPeople generator = new SyntheticPeople(seed);
		List<Map<String, Object>> rows = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			rows.add(synthetic(generator.next("11"), agencyCode));
		}
		return rows;
	}

	/** The standard headers. */
	public static List<String> headers() {
		return PersonSheet.columns().stream().map(PersonSheet.Column::header).toList();
	}

	/** An .xlsx with a title row, the headers and the rows (STT filled in). */
	public static byte[] xlsx(List<String> headers, List<Map<String, Object>> rows) {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
			CellStyle dateStyle = workbook.createCellStyle();
			dateStyle.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
			Sheet sheet = workbook.createSheet("Danh sách");
			sheet.createRow(0).createCell(0).setCellValue("DANH SÁCH CÁN BỘ, CÔNG CHỨC");
			Row header = sheet.createRow(1);
			for (int i = 0; i < headers.size(); i++) {
				header.createCell(i).setCellValue(headers.get(i));
			}
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r + 2);
				Map<String, Object> values = new LinkedHashMap<>(rows.get(r));
				values.putIfAbsent("STT", r + 1);
				for (int i = 0; i < headers.size(); i++) {
					Object value = values.get(headers.get(i));
					if (value == null) {
						continue;
					}
					Cell cell = row.createCell(i);
					if (value instanceof Formula formula) {
						cell.setCellFormula(formula.expression());
					}
					else if (value instanceof LocalDate date) {
						cell.setCellValue(date);
						cell.setCellStyle(dateStyle);
					}
					else if (value instanceof Number number) {
						cell.setCellValue(number.doubleValue());
					}
					else {
						cell.setCellValue(value.toString());
					}
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			workbook.dispose();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** An .xlsx with the standard headers. */
	public static byte[] xlsx(List<Map<String, Object>> rows) {
		return xlsx(headers(), rows);
	}

	@SafeVarargs
	public static byte[] xlsx(Map<String, Object>... rows) {
		return xlsx(Arrays.asList(rows));
	}

}
