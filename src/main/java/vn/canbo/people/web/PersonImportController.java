package vn.canbo.people.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import vn.canbo.people.ImportReport;
import vn.canbo.people.PersonImportJobs;
import vn.canbo.people.PersonImports;
import vn.canbo.people.PersonSheet;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.OutOfScopeException;
import vn.canbo.ui.NavigationGroup;
import vn.canbo.ui.NavigationItem;

/**
 * The import pages: download the template, upload a sheet, map its columns, check it (a
 * dry run in the background with a progress bar), then write the valid rows and read the
 * report. Only roles that may create records get here.
 */
@Controller
@RequestMapping("/people/import")
class PersonImportController {

	private static final String PAGE = "people/import";

	private static final String COLUMN_PREFIX = "col.";

	private final PersonImports imports;

	private final PersonImportJobs jobs;

	PersonImportController(PersonImports imports, PersonImportJobs jobs) {
		this.imports = imports;
		this.jobs = jobs;
	}

	@GetMapping
	String upload(Model model) {
		requireImporter();
		model.addAttribute("job", null);
		return PAGE;
	}

	@GetMapping("/template.xlsx")
	void template(HttpServletResponse response) throws IOException {
		requireImporter();
		response.setContentType(PersonExportController.XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("mau-danh-sach-can-bo.xlsx").build().toString());
		this.imports.template(response.getOutputStream());
	}

	@PostMapping
	String uploaded(@RequestParam MultipartFile file) throws IOException {
		requireImporter();
		PersonImportJobs.Job job;
		try (InputStream in = file.getInputStream()) {
			job = this.jobs.upload(String.valueOf(file.getOriginalFilename()), in);
		}
		return "redirect:/people/import/" + job.id();
	}

	@GetMapping("/{id}")
	String job(@PathVariable String id, Model model) {
		requireImporter();
		model.addAttribute("job", this.jobs.get(id));
		model.addAttribute("columns", PersonSheet.columns());
		return PAGE;
	}

	/**
	 * The report's rejected rows and warnings as a workbook, so that the officer can fix
	 * the sheet row by row.
	 */
	@GetMapping("/{id}/errors.xlsx")
	void errors(@PathVariable String id, Locale locale, HttpServletResponse response) throws IOException {
		requireImporter();
		PersonImportJobs.Job job = this.jobs.get(id);
		ImportReport report = job.report();
		if (report == null) {
			throw new NotFoundException("peopleimport.error.noReport");
		}
		response.setContentType(PersonExportController.XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("dong-bi-loai.xlsx").build().toString());
		this.imports.rejectedRows(job.sheet(), job.mapping(), report, locale, response.getOutputStream());
	}

	@GetMapping("/{id}/progress")
	String progress(@PathVariable String id, Model model, HttpServletResponse response) {
		requireImporter();
		PersonImportJobs.Job job = this.jobs.get(id);
		if (!job.running()) {
			// The finished page shows the report; htmx follows this header.
			response.setHeader("HX-Redirect", "/people/import/" + id);
		}
		model.addAttribute("job", job);
		return PAGE + " :: progress";
	}

	@PostMapping("/{id}/run")
	String run(@PathVariable String id, @RequestParam Map<String, String> params,
			@RequestParam(defaultValue = "true") boolean dryRun, Locale locale) {
		requireImporter();
		Map<String, String> mapping = new LinkedHashMap<>(this.jobs.get(id).mapping());
		params.forEach((name, value) -> {
			if (name.startsWith(COLUMN_PREFIX)) {
				mapping.put(name.substring(COLUMN_PREFIX.length()), value);
			}
		});
		this.jobs.start(id, mapping, dryRun, locale);
		return "redirect:/people/import/" + id;
	}

	private void requireImporter() {
		if (!this.imports.canImport()) {
			throw new OutOfScopeException("error.forbidden");
		}
	}

	/** The menu entry of the import. */
	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem peopleImportNavigation() {
			return new NavigationItem("peopleimport.nav", "/people/import", "file-earmark-arrow-up", 25,
					Set.of("ADMIN", "ORG_OFFICER"), NavigationGroup.RECORDS);
		}

	}

}
