package vn.canbo.careers;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import vn.canbo.documents.XlsxExport;
import vn.canbo.ui.Formats;

/**
 * The retirement and raise lists as Excel workbooks (xuất danh sách nghỉ hưu, nâng
 * lương), with the rule behind each row.
 */
@Service
public class CareerExports {

	private final MessageSource messages;

	CareerExports(MessageSource messages) {
		this.messages = messages;
	}

	public void retirements(List<RetiringPerson> people, Locale locale, OutputStream out) {
		try (XlsxExport export = XlsxExport.to(out)) {
			export.sheet(text("careers.retirements.sheet", locale),
					columns(locale, "careers.column.no", "careers.column.name", "careers.column.gender",
							"careers.column.birth", "careers.column.category", "careers.column.position",
							"careers.column.agency", "careers.column.age", "careers.column.retirementDate",
							"careers.column.pensionStart", "careers.column.notifyBy", "careers.column.decideBy",
							"careers.column.rule"));
			int number = 0;
			for (RetiringPerson person : people) {
				var retirement = person.retirement();
				export.row(++number, person.fullName(), text(person.gender().messageKey(), locale), person.birth(),
						text(person.category().messageKey(), locale), person.position(), person.agencyName(),
						age(retirement.ageYears(), retirement.ageMonths(), locale), retirement.retirementDate(),
						retirement.pensionStartDate(), person.notifyBy(), person.decideBy(),
						retirement.rule().citation());
			}
		}
	}

	public void raises(List<DueRaise> raises, Locale locale, OutputStream out) {
		try (XlsxExport export = XlsxExport.to(out)) {
			export.sheet(text("careers.raises.sheet", locale),
					columns(locale, "careers.column.no", "careers.column.name", "careers.column.agency",
							"careers.column.rank", "careers.column.table", "careers.column.step",
							"careers.column.coefficient", "careers.column.since", "careers.column.dueOn",
							"careers.column.kind", "careers.column.newStep", "careers.column.newCoefficient",
							"careers.column.beyondScale", "careers.column.adjustment", "careers.column.disciplineDelay",
							"careers.column.rule"));
			int number = 0;
			for (DueRaise raise : raises) {
				SalaryStatus salary = raise.salary();
				export.row(++number, raise.fullName(), raise.agencyName(),
						salary.rankCode() + " " + (salary.rankName() == null ? "" : salary.rankName()),
						salary.tableCode(), salary.step() + "/" + salary.maxSteps(), salary.coefficient(),
						salary.since(), raise.dueOn(), text(raise.kind().messageKey(), locale), raise.newStep(),
						raise.newCoefficient(),
						(raise.kind() == RaiseKind.BEYOND_SCALE) ? raise.newBeyondScalePercent() + "%" : null,
						salary.adjustmentMonths(),
						String.join("; ", delays(raise.disciplineDelays(), raise.ratingDelays(), locale)),
						salary.rule().citation());
			}
		}
	}

	/**
	 * Each delay as "Kỷ luật khiển trách, QĐ số …: kéo dài 6 tháng — citation", or
	 * without the decision when it is hidden from the user.
	 */
	public List<String> disciplineDelays(List<DisciplineDelay> delays, Locale locale) {
		return delays.stream().map((delay) -> disciplineDelay(delay, locale)).toList();
	}

	/**
	 * The discipline delays as {@link #disciplineDelays}, then each year rated not
	 * completed as "Năm 2025 xếp loại Không hoàn thành nhiệm vụ: kéo dài 6 tháng —
	 * citation".
	 */
	public List<String> delays(List<DisciplineDelay> delays, List<RatingDelay> ratings, Locale locale) {
		List<String> texts = new ArrayList<>(disciplineDelays(delays, locale));
		ratings.forEach((rating) -> texts
			.add(text("careers.ratingDelay", locale, rating.year(), rating.months(), rating.rule().citation())
					+ (rating.rule().confirmed() ? "" : " " + text("careers.disciplineDelay.unconfirmed", locale))));
		return texts;
	}

	private String disciplineDelay(DisciplineDelay delay, Locale locale) {
		String unconfirmed = delay.rule().confirmed() ? "" : " " + text("careers.disciplineDelay.unconfirmed", locale);
		if (!delay.shown()) {
			return text("careers.disciplineDelay.hidden", locale, delay.months(), delay.rule().citation())
					+ unconfirmed;
		}
		return text("careers.disciplineDelay", locale,
				text(Objects.requireNonNull(delay.form()).messageKey(), locale).toLowerCase(locale),
				delay.decisionNumber(), new Formats(locale).date(delay.decisionDate()),
				new Formats(locale).date(delay.effectiveOn()), delay.months(), delay.rule().citation()) + unconfirmed;
	}

	/** An age as "61 tuổi 3 tháng". */
	public String age(int years, int months, Locale locale) {
		return (months == 0) ? text("careers.age", locale, years) : text("careers.ageMonths", locale, years, months);
	}

	private List<XlsxExport.Column> columns(Locale locale, String... keys) {
		return Arrays.stream(keys).map((key) -> XlsxExport.Column.of(text(key, locale))).toList();
	}

	private String text(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

}
