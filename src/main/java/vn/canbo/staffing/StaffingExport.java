package vn.canbo.staffing;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import vn.canbo.documents.XlsxExport;
import vn.canbo.people.PersonnelCategory;

/**
 * Writes the staffing report and the standards-compliance report with the people behind
 * it to Excel (xuất báo cáo ra Excel), in the user's language.
 */
@Service
public class StaffingExport {

	private final Staffing staffing;

	private final Standards standards;

	private final MessageSource messages;

	StaffingExport(Staffing staffing, Standards standards, MessageSource messages) {
		this.staffing = staffing;
		this.standards = standards;
		this.messages = messages;
	}

	/**
	 * The staffing report: quota and headcount per branch and category, job positions,
	 * vacancies.
	 */
	public StaffingReport writeStaffing(String unitCode, LocalDate asOf, Locale locale, OutputStream out) {
		StaffingReport report = this.staffing.report(unitCode, asOf);
		try (XlsxExport export = XlsxExport.to(out)) {
			export.sheet(text("staffing.export.sheet.staffing", locale),
					List.of(column("staffing.report.unit", locale, 40), column("staffing.field.category", locale, 20),
							column("staffing.report.quota", locale, 12),
							column("staffing.report.headcount", locale, 12),
							column("staffing.report.difference", locale, 12)));
			for (ComplianceReport.Branch branch : report.reportedBranches()) {
				for (PersonnelCategory category : report.categories()) {
					StaffingReport.Count count = report.count(branch.id(), category);
					if (count.quota() != null || count.headcount() > 0) {
						export.row(branch.name(), text(category, locale), count.quota(), count.headcount(),
								count.difference());
					}
				}
			}
			StaffingReport.Count total = report.total();
			export.row(text("staffing.report.total", locale), "", total.quota(), total.headcount(), total.difference());
			export.sheet(text("staffing.export.sheet.positions", locale), List.of(
					column("staffing.field.jobPosition", locale, 40), column("staffing.report.quota", locale, 12),
					column("staffing.report.headcount", locale, 12), column("staffing.report.difference", locale, 12)));
			for (StaffingReport.PositionCount position : report.positions()) {
				export.row(position.name(), position.quota(), position.headcount(), position.difference());
			}
			export.sheet(text("staffing.export.sheet.vacancies", locale),
					List.of(column("staffing.report.unit", locale, 40), column("staffing.field.title", locale, 50),
							column("staffing.report.slots", locale, 10),
							column("staffing.report.holders", locale, 10)));
			for (StaffingReport.Vacancy vacancy : report.vacancies()) {
				export.row(vacancy.unitName(), vacancy.titleName(), vacancy.slots(), vacancy.holders());
			}
		}
		return report;
	}

	/**
	 * The compliance report and, on a second sheet, everyone judged with the failing
	 * requirements.
	 */
	public void writeCompliance(String unitCode, LocalDate asOf, @Nullable PersonnelCategory category,
			Verdicts verdicts, Locale locale, OutputStream out) {
		ComplianceReport report = this.standards.report(unitCode, asOf);
		try (XlsxExport export = XlsxExport.to(out)) {
			export.sheet(text("staffing.export.sheet.compliance", locale),
					List.of(column("staffing.report.unit", locale, 40), column("staffing.field.category", locale, 20),
							column("staffing.standards.judged", locale, 12),
							column("staffing.standards.meeting", locale, 12),
							column("staffing.standards.percent", locale, 10)));
			for (ComplianceReport.Branch branch : report.reportedBranches()) {
				for (PersonnelCategory each : report.categories()) {
					ComplianceReport.Tally tally = report.tally(branch.id(), each);
					if (tally.judged() > 0) {
						export.row(branch.name(), text(each, locale), tally.judged(), tally.meeting(), tally.percent());
					}
				}
			}
			ComplianceReport.Tally total = report.total();
			export.row(text("staffing.report.total", locale), "", total.judged(), total.meeting(), total.percent());
			export.sheet(text("staffing.export.sheet.people", locale),
					List.of(column("staffing.report.no", locale, 6), column("staffing.field.person", locale, 30),
							column("staffing.field.birthYear", locale, 8),
							column("staffing.field.category", locale, 16), column("staffing.report.unit", locale, 40),
							column("staffing.field.post", locale, 40), column("staffing.standards.verdict", locale, 14),
							column("staffing.standards.failing", locale, 60)));
			int[] number = { 0 };
			this.standards.forEachPerson(unitCode, asOf, category, verdicts,
					(person) -> export.row(++number[0], person.fullName(), person.birthYear(),
							text(person.category(), locale), person.unitName(), person.postName(),
							text(person.meets() ? "staffing.standards.meets" : "staffing.standards.fails", locale),
							person.failing()
								.stream()
								.map((requirement) -> text(requirement.messageKey(), locale))
								.collect(Collectors.joining("; "))));
		}
	}

	private XlsxExport.Column column(String key, Locale locale, int width) {
		return XlsxExport.Column.of(text(key, locale), width);
	}

	private String text(PersonnelCategory category, Locale locale) {
		return text("people.personnelCategory." + category.name(), locale);
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
