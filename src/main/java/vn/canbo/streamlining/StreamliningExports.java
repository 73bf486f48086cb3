package vn.canbo.streamlining;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import vn.canbo.documents.XlsxExport;

/** The screening list and the plan as Excel workbooks, in the user's language. */
@Service
public class StreamliningExports {

	private final MessageSource messages;

	StreamliningExports(MessageSource messages) {
		this.messages = messages;
	}

	/** The whole screening list: each person with their cases and exclusions. */
	public void screening(List<ScreenedPerson> people, Locale locale, OutputStream out) {
		try (XlsxExport export = XlsxExport.to(out)) {
			export.sheet(text("streamlining.sheet.screening", locale),
					List.of(XlsxExport.Column.of(text("streamlining.column.no", locale)),
							XlsxExport.Column.of(text("streamlining.column.name", locale), 28),
							XlsxExport.Column.of(text("streamlining.column.category", locale)),
							XlsxExport.Column.of(text("streamlining.column.position", locale), 24),
							XlsxExport.Column.of(text("streamlining.column.agency", locale), 30),
							XlsxExport.Column.of(text("streamlining.column.cases", locale), 40),
							XlsxExport.Column.of(text("streamlining.column.exclusions", locale), 40),
							XlsxExport.Column.of(text("streamlining.column.status", locale), 20),
							XlsxExport.Column.of(text("streamlining.column.rule", locale), 40)));
			int number = 0;
			for (ScreenedPerson person : people) {
				export.row(++number, person.fullName(), text(person.category().messageKey(), locale), person.position(),
						person.agencyName(), findings(person.cases(), locale), findings(person.exclusions(), locale),
						text(person.excluded() ? "streamlining.status.EXCLUDED" : "streamlining.status.CANDIDATES",
								locale),
						person.cases().isEmpty() ? null : person.cases().get(0).citation());
			}
		}
	}

	/** The plan's decisions with their payouts. */
	public void plan(List<Decision> decisions, Locale locale, OutputStream out) {
		try (XlsxExport export = XlsxExport.to(out)) {
			export.sheet(text("streamlining.sheet.plan", locale),
					List.of(XlsxExport.Column.of(text("streamlining.column.no", locale)),
							XlsxExport.Column.of(text("streamlining.column.name", locale), 28),
							XlsxExport.Column.of(text("streamlining.column.agency", locale), 30),
							XlsxExport.Column.of(text("streamlining.field.caseCode", locale), 30),
							XlsxExport.Column.of(text("streamlining.field.policy", locale), 30),
							XlsxExport.Column.of(text("streamlining.field.leaveOn", locale)),
							XlsxExport.Column.of(text("streamlining.column.monthlySalary", locale), 16),
							XlsxExport.Column.of(text("streamlining.field.monthsEarly", locale)),
							XlsxExport.Column.of(text("streamlining.field.insuredYears", locale)),
							XlsxExport.Column.of(text("streamlining.field.insuredMonths", locale)),
							XlsxExport.Column.of(text("streamlining.column.total", locale), 18)));
			int number = 0;
			for (Decision decision : decisions) {
				export.row(++number, decision.fullName(), decision.agencyName(),
						text(decision.caseCode().messageKey(), locale), text(decision.policy().messageKey(), locale),
						decision.leaveOn(), decision.monthlySalary(), decision.monthsEarly(), decision.insuredYears(),
						decision.insuredMonths(), decision.total());
			}
		}
	}

	private String findings(List<Finding> findings, Locale locale) {
		return findings.stream()
			.map((finding) -> text(finding.messageKey(), locale)
					+ ((finding.detail() == null) ? "" : " (" + finding.detail() + ")"))
			.collect(Collectors.joining("; "));
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
