package vn.canbo.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.canbo.shared.FieldProblem;

import static org.assertj.core.api.Assertions.assertThat;

/** The one reader of a month's text: forms, links and the API alike. */
class FormValuesMonthTests {

	@Test
	void readsAYearMonthOrAnyDayOfTheMonthAsItsFirstDay() {
		List<FieldProblem> problems = new ArrayList<>();
		assertThat(FormValues.month("2026-03", "month", problems)).isEqualTo(LocalDate.of(2026, 3, 1));
		assertThat(FormValues.month(" 2026-03-17 ", "month", problems)).isEqualTo(LocalDate.of(2026, 3, 1));
		assertThat(FormValues.month(" ", "month", problems)).isNull();
		assertThat(problems).isEmpty();
	}

	@Test
	void namesTheFieldOfAMonthThatDoesNotParse() {
		List<FieldProblem> problems = new ArrayList<>();
		assertThat(FormValues.month("2026-13", "dueMonth", problems)).isNull();
		assertThat(FormValues.month("03/2026", "dueMonth", problems)).isNull();
		assertThat(problems).extracting(FieldProblem::field).containsExactly("dueMonth", "dueMonth");
		assertThat(problems).extracting(FieldProblem::messageKey).containsOnly("form.error.month");
	}

}
