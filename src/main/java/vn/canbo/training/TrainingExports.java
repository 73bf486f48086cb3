package vn.canbo.training;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.canbo.documents.XlsxExport;

/** The training workbooks: the courses of a period with the people behind them. */
@Component
public class TrainingExports {

	private final MessageSource messages;

	TrainingExports(MessageSource messages) {
		this.messages = messages;
	}

	public void courses(List<Course> courses, Locale locale, OutputStream out) {
		try (XlsxExport export = XlsxExport.to(out)) {
			export.sheet(text("training.courses", locale),
					List.of(XlsxExport.Column.of(text("training.column.no", locale)),
							XlsxExport.Column.of(text("training.field.personId", locale), 30),
							XlsxExport.Column.of(text("training.field.kind", locale), 30),
							XlsxExport.Column.of(text("training.field.title", locale), 40),
							XlsxExport.Column.of(text("training.field.provider", locale), 30),
							XlsxExport.Column.of(text("training.field.periods", locale)),
							XlsxExport.Column.of(text("training.field.startDate", locale)),
							XlsxExport.Column.of(text("training.field.endDate", locale)),
							XlsxExport.Column.of(text("training.field.certificate", locale)),
							XlsxExport.Column.of(text("training.field.funding", locale)),
							XlsxExport.Column.of(text("training.column.grants", locale), 30)));
			int number = 0;
			for (Course course : courses) {
				String grants = (course.grantsPoliticalTheory() != null)
						? text(course.grantsPoliticalTheory().messageKey(), locale)
						: (course.grantsStateManagement() != null)
								? text(course.grantsStateManagement().messageKey(), locale)
								: (course.grantsProfessional() != null)
										? text(course.grantsProfessional().messageKey(), locale) : null;
				export.row(++number, course.personName(), text(course.kind().messageKey(), locale), course.title(),
						course.provider(), course.periods(), course.startDate(), course.endDate(), course.certificate(),
						text(course.funding().messageKey(), locale), grants);
			}
		}
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
