package vn.canbo.dataexchange.web;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.springframework.context.MessageSource;

import vn.canbo.dataexchange.DossierProblem;
import vn.canbo.dataexchange.InvalidDossier;
import vn.canbo.documents.XlsxExport;

/**
 * The validation report as a workbook: one row per problem, so that an officer can sort
 * and filter by field, with the person's name, CCCD and agency on each row.
 */
final class ValidationSheet {

	private ValidationSheet() {
	}

	static void write(XlsxExport sheet, MessageSource messages, Locale locale,
			Consumer<Consumer<InvalidDossier>> dossiers) {
		sheet.sheet(messages.getMessage("dataexchange.sheet.name", null, locale),
				List.of(XlsxExport.Column.of(messages.getMessage("dataexchange.column.no", null, locale), 6),
						XlsxExport.Column.of(messages.getMessage("dataexchange.column.name", null, locale), 28),
						XlsxExport.Column.of(messages.getMessage("dataexchange.column.citizenId", null, locale), 16),
						XlsxExport.Column.of(messages.getMessage("dataexchange.column.agency", null, locale), 36),
						XlsxExport.Column.of(messages.getMessage("dataexchange.column.field", null, locale), 32),
						XlsxExport.Column.of(messages.getMessage("dataexchange.column.problem", null, locale), 60)));
		int[] number = { 0 };
		dossiers.accept((dossier) -> {
			number[0]++;
			for (DossierProblem problem : dossier.problems()) {
				sheet.row(number[0], dossier.fullName(), dossier.citizenId(),
						dossier.agencyName() + " (" + dossier.agencyCode() + ")",
						problem.label() + " — " + problem.path(), messages.getMessage(problem.message(), locale));
			}
		});
	}

}
