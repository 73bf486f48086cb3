package vn.canbo.people.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.canbo.people.ImportReport;
import vn.canbo.people.PersonImports;

/**
 * Imports a personnel sheet over HTTP, synchronously: a dry run reports each row's
 * verdict, otherwise the valid rows are written; the report comes back as JSON.
 */
@RestController
@RequestMapping("/api/v1/imports/persons")
@Tag(name = "People import", description = "Excel import of personnel records")
class PersonImportApiController {

	private final PersonImports imports;

	PersonImportApiController(PersonImports imports) {
		this.imports = imports;
	}

	@PostMapping(consumes = "multipart/form-data")
	@Operation(
			summary = "Import an .xlsx sheet of people; mapping as field=header pairs (e.g. identity.fullName=Họ tên)")
	ImportReport importSheet(@RequestParam MultipartFile file, @RequestParam(defaultValue = "false") boolean dryRun,
			HttpServletRequest request) throws IOException {
		String[] values = request.getParameterValues("mapping");
		List<String> mapping = values == null ? null : List.of(values);
		try (InputStream in = file.getInputStream()) {
			return this.imports.run(in, pairs(mapping), dryRun, Locale.forLanguageTag("vi"), (rows) -> {
			});
		}
	}

	static Map<String, String> pairs(@Nullable List<String> mapping) {
		Map<String, String> pairs = new LinkedHashMap<>();
		if (mapping != null) {
			for (String pair : mapping) {
				for (String part : pair.split("[;\\n]")) {
					int equals = part.indexOf('=');
					if (equals > 0) {
						pairs.put(part.substring(0, equals).strip(), part.substring(equals + 1).strip());
					}
				}
			}
		}
		return pairs;
	}

}
