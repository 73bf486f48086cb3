package vn.canbo.dataexchange.web;

import java.io.IOException;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

import vn.canbo.dataexchange.NationalExport;
import vn.canbo.orgunits.OrgUnitView;

/** The export file, the same from the page and from the API. */
final class ExchangeDownloads {

	private ExchangeDownloads() {
	}

	/**
	 * Streams the export into the response: the unit is checked first, so that a refusal
	 * is an error answer and not a broken file.
	 */
	static void dossiers(NationalExport exports, @Nullable String unit, @Nullable LocalDate changedSince,
			HttpServletResponse response) throws IOException {
		OrgUnitView scope = exports.unit(unit);
		response.setContentType("application/json;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename("ho-so-csdlqg-" + scope.code()
							+ ((changedSince == null) ? "" : "-thay-doi-tu-" + changedSince) + ".json")
					.build()
					.toString());
		exports.export(scope.code(), changedSince, response.getOutputStream());
	}

}
