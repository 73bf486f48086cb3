package vn.canbo.people.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.canbo.people.ResumeFile;
import vn.canbo.people.Resumes;

/**
 * The 2C résumé of a person to download, as PDF or Word, from the record page and the
 * API; scoped and filtered for sensitive data by the people facade.
 */
@Controller
@Tag(name = "Persons", description = "Personnel records")
class ResumeController {

	private final Resumes resumes;

	ResumeController(Resumes resumes) {
		this.resumes = resumes;
	}

	@GetMapping("/people/{id}/resume.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id, Locale locale) {
		return download(this.resumes.pdf(id, locale));
	}

	@GetMapping("/people/{id}/resume.docx")
	ResponseEntity<byte[]> docx(@PathVariable long id, Locale locale) {
		return download(this.resumes.docx(id, locale));
	}

	@GetMapping("/api/v1/persons/{id}/resume.pdf")
	@Operation(summary = "The 2C résumé (Mẫu 2C-BNV/2008) as PDF; sensitive items blank for roles without access")
	ResponseEntity<byte[]> apiPdf(@PathVariable long id, Locale locale) {
		return download(this.resumes.pdf(id, locale));
	}

	@GetMapping("/api/v1/persons/{id}/resume.docx")
	@Operation(summary = "The 2C résumé (Mẫu 2C-BNV/2008) as an editable Word document")
	ResponseEntity<byte[]> apiDocx(@PathVariable long id, Locale locale) {
		return download(this.resumes.docx(id, locale));
	}

	/**
	 * An attachment with a plain ASCII name for old clients and the Vietnamese name (RFC
	 * 6266 filename*) for the others.
	 */
	private static ResponseEntity<byte[]> download(ResumeFile file) {
		String encoded = URLEncoder.encode(file.displayName(), StandardCharsets.UTF_8).replace("+", "%20");
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"" + file.fileName() + "\"; filename*=UTF-8''" + encoded)
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(file.content());
	}

}
