package vn.canbo.people;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;

import vn.canbo.ui.Formats;

/**
 * The 2C résumé (sơ yếu lý lịch Mẫu 2C-BNV/2008) of one person as it is printed: every
 * value already formatted, in the order and numbering of the paper form, the parts the
 * reader may not see left empty and marked. The PDF template and the Word writer both lay
 * out this one value, so the two files always say the same.
 *
 * @param managingAuthority the authority managing the person (the commune or province
 * above the agency)
 * @param employingUnit the agency where the person works
 * @param staffCode the staff number
 * @param fullName the full name in capitals
 * @param photo the 4×6 photo, if the record has one
 * @param items items 1–26, a line of the form each
 * @param trainings item 27: institution, field, period, mode, diploma
 * @param work item 28: period, title and unit
 * @param personalHistory item 29
 * @param ownFamily item 30 a: relation, name, birth year, details
 * @param spouseFamily item 30 b
 * @param salary item 31 in groups of columns as on the paper form: month/year, rank
 * code/step, coefficient
 * @param withheld the note that replaces what the reader may not see, or null when the
 * reader sees everything
 */
record ResumeContent(String managingAuthority, String employingUnit, String staffCode, String fullName,
		@Nullable PersonPhoto photo, List<Line> items, Table trainings, Table work, List<Line> personalHistory,
		Table ownFamily, Table spouseFamily, List<Table> salary, @Nullable String withheld) {

	/** Salary steps per group of columns of item 31, as many as fit the page width. */
	static final int SALARY_COLUMNS = 7;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

	/**
	 * A labelled value on a dotted line.
	 *
	 * @param label the printed label, item number included
	 * @param value the value; empty leaves the dotted line blank
	 */
	record Field(String label, String value) {
	}

	/**
	 * One line of the form with one or more fields.
	 *
	 * @param fields the fields, left to right
	 * @param block whether the label is long and the value goes on the lines below it
	 * @param withheld whether the values were left out for the reader's role
	 */
	record Line(List<Field> fields, boolean block, boolean withheld) {

		/** Labels longer than this leave too little room on their line for the value. */
		static final int LONG_LABEL = 60;

		static Line of(Field... fields) {
			return new Line(List.of(fields), fields.length == 1 && fields[0].label().length() > LONG_LABEL, false);
		}

	}

	/**
	 * A table of the form.
	 *
	 * @param rows the cells, row by row
	 * @param withheld whether the rows were left out for the reader's role
	 */
	record Table(List<List<String>> rows, boolean withheld) {

		List<String> column(int index) {
			return this.rows.stream().map((row) -> row.get(index)).toList();
		}

	}

	static ResumeContent of(PersonView view, String managingAuthority, String employingUnit,
			@Nullable PersonPhoto photo, MessageSource messages, Locale locale) {
		return new Builder(view, messages, locale).build(managingAuthority, employingUnit, photo);
	}

	/** The date as the form writes it, or empty. */
	static String day(@Nullable LocalDate date) {
		return date == null ? "" : DAY.format(date);
	}

	static String month(@Nullable LocalDate date) {
		return date == null ? "" : MONTH.format(date);
	}

	/** The birth date as far as it is known: 05/03/1985, 03/1985 or 1985. */
	static String birthDate(PersonDetails.Identity identity) {
		if (identity.birthYear() == null) {
			return "";
		}
		String year = String.valueOf(identity.birthYear());
		if (identity.birthMonth() == null) {
			return year;
		}
		String month = "%02d/%s".formatted(identity.birthMonth(), year);
		return identity.birthDay() == null ? month : "%02d/%s".formatted(identity.birthDay(), month);
	}

	private static final class Builder {

		private final PersonDetails details;

		private final MessageSource messages;

		private final Locale locale;

		private final boolean sensitive;

		Builder(PersonView view, MessageSource messages, Locale locale) {
			this.details = view.details();
			this.messages = messages;
			this.locale = locale;
			this.sensitive = view.sensitiveShown();
		}

		ResumeContent build(String managingAuthority, String employingUnit, @Nullable PersonPhoto photo) {
			PersonDetails.Identity identity = this.details.identity();
			String fullName = text(identity.fullName()).toUpperCase(Locale.forLanguageTag("vi"));
			return new ResumeContent(managingAuthority, employingUnit, text(this.details.employment().staffCode()),
					fullName, photo, items(fullName), trainings(), work(), personalHistory(),
					family(PersonDetails.FamilySide.OWN), family(PersonDetails.FamilySide.SPOUSE), salary(),
					this.sensitive ? null : message("resume.withheld"));
		}

		private List<Line> items(String fullName) {
			PersonDetails.Identity identity = this.details.identity();
			PersonDetails.Employment employment = this.details.employment();
			PersonDetails.Qualifications qualifications = this.details.qualifications();
			PersonDetails.Memberships memberships = this.details.memberships();
			PersonDetails.Recognition recognition = this.details.recognition();
			PersonDetails.Health health = this.details.health();
			PersonDetails.SalaryStep salary = this.details.currentSalary();
			List<Line> items = new ArrayList<>();
			items.add(Line.of(field("1) ", "resume.item.fullName", fullName)));
			items.add(Line.of(field("2) ", "people.field.identity.otherNames", identity.otherNames())));
			items.add(Line.of(field("3) ", "resume.item.birthDate", birthDate(identity)),
					field("", "resume.item.gender", label(identity.gender(), Gender::messageKey))));
			items.add(Line.of(field("4) ", "resume.item.birthPlace", identity.birthPlace())));
			items.add(Line.of(field("5) ", "resume.item.homeTown", identity.homeTown())));
			items.add(Line.of(
					field("6) ", "people.field.identity.ethnicity",
							identity.ethnicity() == null ? null : identity.ethnicity().officialName()),
					field("7) ", "people.field.identity.religion", label(identity.religion(), Religion::messageKey))));
			items.add(Line.of(field("8) ", "resume.item.permanentAddress", identity.permanentAddress())));
			items.add(Line.of(field("9) ", "resume.item.currentAddress", identity.currentAddress())));
			items.add(Line.of(field("10) ", "people.field.employment.occupationBeforeRecruitment",
					employment.occupationBeforeRecruitment())));
			items.add(Line.of(field("11) ", "people.field.employment.recruitedOn", day(employment.recruitedOn())),
					field("", "people.field.employment.recruitingAgency", employment.recruitingAgency())));
			items.add(Line.of(field("12) ", "people.field.employment.position", employment.position())));
			items.add(Line.of(field("13) ", "people.field.employment.mainDuties", employment.mainDuties())));
			items.add(Line.of(field("14) ", "resume.item.rank", salary == null ? null : salary.rankName()),
					field("", "resume.item.rankCode", salary == null ? null : salary.rankCode())));
			items.add(Line.of(
					field("", "resume.item.salaryStep",
							salary == null || salary.step() == null ? null : String.valueOf(salary.step())),
					field("", "resume.item.coefficient", decimal(salary == null ? null : salary.coefficient())),
					field("", "resume.item.effectiveOn", day(salary == null ? null : salary.effectiveOn()))));
			items.add(Line.of(
					field("", "resume.item.positionAllowance",
							decimal(salary == null ? null : salary.positionAllowance())),
					field("", "resume.item.otherAllowances", salary == null ? null : salary.otherAllowances())));
			items.add(Line.of(field("15.1- ", "resume.item.generalEducation",
					qualifications.generalEducation() == null ? null : qualifications.generalEducation().label())));
			items.add(Line.of(field("15.2- ", "resume.item.professional", professional(qualifications))));
			items.add(Line.of(
					field("15.3- ", "people.field.qualifications.politicalTheory",
							label(qualifications.politicalTheory(), PoliticalTheoryLevel::messageKey)),
					field("15.4- ", "people.field.qualifications.stateManagement",
							label(qualifications.stateManagement(), StateManagementLevel::messageKey))));
			items.add(Line.of(
					field("15.5- ", "people.field.qualifications.foreignLanguages", qualifications.foreignLanguages()),
					field("15.6- ", "people.field.qualifications.informationTechnology",
							qualifications.informationTechnology())));
			items.add(Line.of(field("16) ", "resume.item.partyJoinedOn", day(memberships.partyJoinedOn())),
					field("", "people.field.memberships.partyOfficialOn", day(memberships.partyOfficialOn()))));
			items.add(Line.of(field("17) ", "resume.item.massOrganisations", memberships.massOrganisations())));
			items.add(Line.of(
					field("18) ", "people.field.memberships.militaryEnlistedOn", day(memberships.militaryEnlistedOn())),
					field("", "people.field.memberships.militaryDischargedOn", day(memberships.militaryDischargedOn())),
					field("", "people.field.memberships.militaryRank", memberships.militaryRank())));
			items.add(Line.of(field("19) ", "people.field.recognition.honoraryTitle", recognition.honoraryTitle())));
			items.add(Line.of(field("20) ", "people.field.recognition.workStrengths", recognition.workStrengths())));
			items.add(Line.of(field("21) ", "resume.item.awards", recognition.awards())));
			items.add(sensitive(field("22) ", "resume.item.discipline", recognition.discipline())));
			items.add(sensitive(field("23) ", "resume.item.health", health.status()),
					field("", "resume.item.height", health.heightCm() == null ? null : health.heightCm() + " cm"),
					field("", "resume.item.weight", health.weightKg() == null ? null : health.weightKg() + " kg"),
					field("", "people.field.health.bloodType", health.bloodType())));
			items.add(sensitive(field("24) ", "resume.item.warInvalid", health.warInvalidGrade())));
			items.add(sensitive(field("", "resume.item.policyFamily", health.policyFamily())));
			items.add(sensitive(field("25) ", "resume.item.citizenId", identity.citizenId()),
					field("", "resume.item.citizenIdIssuedOn", day(identity.citizenIdIssuedOn()))));
			items.add(Line
				.of(field("26) ", "people.field.identity.socialInsuranceNumber", identity.socialInsuranceNumber())));
			return items;
		}

		private Table trainings() {
			return new Table(this.details.trainings()
				.stream()
				.sorted(Comparator.comparing(PersonDetails.Training::from,
						Comparator.nullsLast(Comparator.naturalOrder())))
				.map((training) -> List.of(text(training.institution()), text(training.field()),
						period(training.from(), training.to(), false), text(training.mode()),
						text(training.qualification())))
				.toList(), false);
		}

		private Table work() {
			return new Table(this.details.workHistory()
				.stream()
				.sorted(Comparator.comparing(PersonDetails.WorkPeriod::from,
						Comparator.nullsLast(Comparator.naturalOrder())))
				.map((period) -> List.of(period(period.from(), period.to(), true), text(period.description())))
				.toList(), false);
		}

		private List<Line> personalHistory() {
			PersonDetails.PersonalHistory history = this.details.personalHistory();
			return List.of(block(field("- ", "resume.item.detention", history.detention())),
					block(field("- ", "resume.item.formerRegimeWork", history.formerRegimeWork())),
					block(field("- ", "resume.item.foreignOrganisations", history.foreignOrganisations())),
					block(field("- ", "resume.item.relativesAbroad", history.relativesAbroad())));
		}

		private Table family(PersonDetails.FamilySide side) {
			return new Table(this.details.relatives()
				.stream()
				.filter((relative) -> relative.side() == side
						|| relative.side() == null && side == PersonDetails.FamilySide.OWN)
				.map((relative) -> List.of(text(relative.relation()), text(relative.fullName()),
						relative.birthYear() == null ? "" : String.valueOf(relative.birthYear()),
						text(relative.details())))
				.toList(), !this.sensitive);
		}

		/** Item 31 in groups of columns, each a table of three rows as on the form. */
		private List<Table> salary() {
			List<PersonDetails.SalaryStep> steps = this.details.salaryHistory()
				.stream()
				.sorted(Comparator.comparing(PersonDetails.SalaryStep::effectiveOn,
						Comparator.nullsLast(Comparator.naturalOrder())))
				.toList();
			List<Table> groups = new ArrayList<>();
			for (int start = 0; start < Math.max(steps.size(), 1); start += SALARY_COLUMNS) {
				List<PersonDetails.SalaryStep> group = steps.subList(Math.min(start, steps.size()),
						Math.min(start + SALARY_COLUMNS, steps.size()));
				List<String> months = new ArrayList<>(List.of(message("resume.column.month")));
				List<String> ranks = new ArrayList<>(List.of(message("resume.column.rankStep")));
				List<String> coefficients = new ArrayList<>(List.of(message("resume.column.coefficient")));
				for (PersonDetails.SalaryStep step : group) {
					months.add(month(step.effectiveOn()));
					ranks.add(text(step.rankCode()) + (step.step() == null ? "" : "/" + step.step()));
					coefficients.add(decimal(step.coefficient()));
				}
				while (months.size() <= SALARY_COLUMNS) {
					months.add("");
					ranks.add("");
					coefficients.add("");
				}
				groups.add(new Table(List.of(months, ranks, coefficients), false));
			}
			return groups;
		}

		private String professional(PersonDetails.Qualifications qualifications) {
			String level = label(qualifications.professionalLevel(), ProfessionalLevel::messageKey);
			String field = text(qualifications.professionalField());
			String value = level.isEmpty() || field.isEmpty() ? level + field : this.messages
				.getMessage("resume.item.professional.value", new Object[] { level, field }, this.locale);
			String academic = text(qualifications.academicTitle());
			return academic.isEmpty() ? value : value.isEmpty() ? academic : value + "; " + academic;
		}

		private String period(@Nullable LocalDate from, @Nullable LocalDate to, boolean ongoing) {
			String end = to == null ? (ongoing && from != null ? message("resume.untilNow") : "") : month(to);
			return end.isEmpty() ? month(from) : month(from) + " – " + end;
		}

		private Line sensitive(Field... fields) {
			if (this.sensitive) {
				return Line.of(fields);
			}
			Line line = Line.of(fields);
			return new Line(line.fields().stream().map((field) -> new Field(field.label(), "")).toList(), line.block(),
					true);
		}

		private Line block(Field field) {
			return new Line(List.of(this.sensitive ? field : new Field(field.label(), "")), true, !this.sensitive);
		}

		private Field field(String number, String key, @Nullable String value) {
			return new Field(number + message(key) + ":", text(value));
		}

		private <E> String label(@Nullable E value, Function<E, String> key) {
			return value == null ? "" : message(key.apply(value));
		}

		private String decimal(@Nullable BigDecimal value) {
			if (value == null) {
				return "";
			}
			return new Formats(this.locale).decimal(value);
		}

		private String message(String key) {
			return this.messages.getMessage(key, null, this.locale);
		}

		private static String text(@Nullable String value) {
			return Objects.requireNonNullElse(value, "");
		}

	}

}
