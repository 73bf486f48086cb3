package vn.canbo.people.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.canbo.people.PersonExport;
import vn.canbo.people.PersonFilter;

/**
 * The list of people as an Excel file, for the page and the API, filtered like the list
 * and limited to the user's scope.
 */
@Controller
class PersonExportController {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final PersonExport export;

	private final java.time.Clock clock;

	PersonExportController(PersonExport export, java.time.Clock clock) {
		this.export = export;
		this.clock = clock;
	}

	@GetMapping({ "/people/export.xlsx", "/api/v1/persons/export.xlsx" })
	void export(@ModelAttribute PersonFilterParams params, HttpServletResponse response) throws IOException {
		PersonFilter filter = params.toFilter();
		this.export.check(filter);
		response.setContentType(XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
			.filename(
					"danh-sach-can-bo-" + LocalDate.now(this.clock).format(DateTimeFormatter.BASIC_ISO_DATE) + ".xlsx")
			.build()
			.toString());
		this.export.write(filter, response.getOutputStream());
	}

}
