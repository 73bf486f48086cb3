package vn.canbo.people;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import vn.canbo.shared.FieldProblem;
import vn.canbo.shared.VietnameseText;

/**
 * The rules a personnel record must meet before it is saved, each broken rule named by
 * its field so that forms, the API and the import report can say where it is.
 */
final class PersonValidator {

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private static final Pattern PHONE = Pattern.compile("\\+?[0-9 .()-]{8,20}");

	private static final int YOUNGEST_WORKING_AGE = 15;

	private static final int OLDEST_BIRTH_YEAR = 1900;

	private static final BigDecimal HIGHEST_COEFFICIENT = new BigDecimal("15");

	private final List<FieldProblem> problems = new ArrayList<>();

	private final LocalDate today;

	private PersonValidator(LocalDate today) {
		this.today = today;
	}

	/** Every rule the details break, as of the day; empty when they can be saved. */
	static List<FieldProblem> check(PersonDetails details, LocalDate today) {
		PersonValidator validator = new PersonValidator(today);
		validator.identity(details.identity());
		validator.employment(details.employment());
		validator.memberships(details.memberships(), details.identity());
		validator.health(details.health());
		validator.histories(details);
		return List.copyOf(validator.problems);
	}

	private void identity(PersonDetails.Identity identity) {
		String name = VietnameseText.clean(identity.fullName());
		if (name == null || name.isEmpty()) {
			problem("identity.fullName", "people.error.fullName.required");
		}
		else if (name.length() > 200 || name.split(" ").length > 8) {
			problem("identity.fullName", "people.error.fullName.tooLong");
		}
		else if (!name.codePoints()
			.allMatch((c) -> Character.isLetter(c) || c == ' ' || Character.getType(c) == Character.NON_SPACING_MARK)) {
			problem("identity.fullName", "people.error.fullName.letters");
		}
		birthDate(identity);
		if (identity.gender() == null) {
			problem("identity.gender", "people.error.gender.required");
		}
		if (identity.ethnicity() == null) {
			problem("identity.ethnicity", "people.error.ethnicity.required");
		}
		if (!blank(identity.citizenId())) {
			for (RuleViolation violation : CitizenId
				.check(identity.citizenId(), identity.gender(), identity.birthYear())
				.problems()) {
				this.problems
					.add(new FieldProblem("identity.citizenId", violation.messageKey(), violation.arguments()));
			}
		}
		if (identity.citizenIdIssuedOn() != null) {
			notInFuture("identity.citizenIdIssuedOn", identity.citizenIdIssuedOn());
			afterBirth("identity.citizenIdIssuedOn", identity.citizenIdIssuedOn(), identity.birthYear());
		}
		if (!blank(identity.socialInsuranceNumber())) {
			for (RuleViolation violation : SocialInsuranceNumber.check(identity.socialInsuranceNumber())) {
				this.problems.add(new FieldProblem("identity.socialInsuranceNumber", violation.messageKey(),
						violation.arguments()));
			}
		}
		if (!blank(identity.email()) && !EMAIL.matcher(identity.email().strip()).matches()) {
			problem("identity.email", "people.error.email");
		}
		if (!blank(identity.phone()) && !PHONE.matcher(identity.phone().strip()).matches()) {
			problem("identity.phone", "people.error.phone");
		}
	}

	private void birthDate(PersonDetails.Identity identity) {
		Integer year = identity.birthYear();
		int latest = this.today.getYear() - YOUNGEST_WORKING_AGE;
		if (year == null) {
			problem("identity.birthYear", "people.error.birthYear.required");
			return;
		}
		if (year < OLDEST_BIRTH_YEAR || year > latest) {
			problem("identity.birthYear", "people.error.birthYear.range", String.valueOf(year),
					String.valueOf(OLDEST_BIRTH_YEAR), String.valueOf(latest));
			return;
		}
		if (identity.birthDay() != null && identity.birthMonth() == null) {
			problem("identity.birthMonth", "people.error.birthMonth.requiredWithDay");
			return;
		}
		if (identity.birthMonth() != null && (identity.birthMonth() < 1 || identity.birthMonth() > 12)) {
			problem("identity.birthMonth", "people.error.birthMonth.range", identity.birthMonth());
			return;
		}
		if (identity.birthDay() != null) {
			try {
				LocalDate.of(year, identity.birthMonth(), identity.birthDay());
			}
			catch (DateTimeException ex) {
				problem("identity.birthDay", "people.error.birthDay.invalid", identity.birthDay(),
						identity.birthMonth(), String.valueOf(year));
			}
		}
	}

	private void employment(PersonDetails.Employment employment) {
		if (employment.category() == null) {
			problem("employment.category", "people.error.category.required");
		}
		if (employment.agencyId() == null) {
			problem("employment.agencyId", "people.error.agency.required");
		}
		if (employment.recruitedOn() != null) {
			notInFuture("employment.recruitedOn", employment.recruitedOn());
		}
		if (employment.joinedAgencyOn() != null) {
			notInFuture("employment.joinedAgencyOn", employment.joinedAgencyOn());
		}
		if (employment.staffCode() != null && employment.staffCode().strip().length() > 32) {
			problem("employment.staffCode", "people.error.staffCode.tooLong");
		}
	}

	private void memberships(PersonDetails.Memberships memberships, PersonDetails.Identity identity) {
		LocalDate joined = memberships.partyJoinedOn();
		LocalDate official = memberships.partyOfficialOn();
		if (official != null && joined == null) {
			problem("memberships.partyJoinedOn", "people.error.partyJoined.required");
		}
		if (joined != null) {
			notInFuture("memberships.partyJoinedOn", joined);
			if (identity.birthYear() != null && joined.getYear() - identity.birthYear() < 16) {
				problem("memberships.partyJoinedOn", "people.error.partyJoined.tooYoung", joined);
			}
		}
		if (joined != null && official != null && official.isBefore(joined)) {
			problem("memberships.partyOfficialOn", "people.error.partyOfficial.beforeJoined", official, joined);
		}
		if (memberships.militaryEnlistedOn() != null && memberships.militaryDischargedOn() != null
				&& memberships.militaryDischargedOn().isBefore(memberships.militaryEnlistedOn())) {
			problem("memberships.militaryDischargedOn", "people.error.period.endBeforeStart");
		}
	}

	private void health(PersonDetails.Health health) {
		if (health.heightCm() != null && (health.heightCm() < 80 || health.heightCm() > 250)) {
			problem("health.heightCm", "people.error.height.range", health.heightCm());
		}
		if (health.weightKg() != null && (health.weightKg() < 25 || health.weightKg() > 250)) {
			problem("health.weightKg", "people.error.weight.range", health.weightKg());
		}
	}

	private void histories(PersonDetails details) {
		for (int i = 0; i < details.trainings().size(); i++) {
			PersonDetails.Training training = details.trainings().get(i);
			String field = "trainings[" + i + "]";
			if (blank(training.institution()) && blank(training.field()) && blank(training.qualification())) {
				problem(field + ".institution", "people.error.training.empty", i + 1);
			}
			period(field, training.from(), training.to(), i + 1);
		}
		for (int i = 0; i < details.workHistory().size(); i++) {
			PersonDetails.WorkPeriod period = details.workHistory().get(i);
			String field = "workHistory[" + i + "]";
			if (blank(period.description())) {
				problem(field + ".description", "people.error.work.description", i + 1);
			}
			if (period.from() == null) {
				problem(field + ".from", "people.error.work.from", i + 1);
			}
			period(field, period.from(), period.to(), i + 1);
		}
		for (int i = 0; i < details.salaryHistory().size(); i++) {
			salaryStep(details.salaryHistory().get(i), "salaryHistory[" + i + "]", i + 1);
		}
		for (int i = 0; i < details.relatives().size(); i++) {
			PersonDetails.Relative relative = details.relatives().get(i);
			String field = "relatives[" + i + "]";
			if (blank(relative.relation())) {
				problem(field + ".relation", "people.error.relative.relation", i + 1);
			}
			if (blank(relative.fullName())) {
				problem(field + ".fullName", "people.error.relative.fullName", i + 1);
			}
			if (relative.birthYear() != null
					&& (relative.birthYear() < 1850 || relative.birthYear() > this.today.getYear())) {
				problem(field + ".birthYear", "people.error.relative.birthYear", i + 1,
						String.valueOf(relative.birthYear()));
			}
		}
	}

	private void salaryStep(PersonDetails.SalaryStep step, String field, int line) {
		if (step.effectiveOn() == null) {
			problem(field + ".effectiveOn", "people.error.salary.effectiveOn", line);
		}
		if (step.step() != null && (step.step() < 1 || step.step() > 16)) {
			problem(field + ".step", "people.error.salary.step", line, step.step());
		}
		if (step.coefficient() != null
				&& (step.coefficient().signum() <= 0 || step.coefficient().compareTo(HIGHEST_COEFFICIENT) > 0)) {
			problem(field + ".coefficient", "people.error.salary.coefficient", line, step.coefficient());
		}
		if (step.positionAllowance() != null && (step.positionAllowance().signum() < 0
				|| step.positionAllowance().compareTo(BigDecimal.valueOf(2)) > 0)) {
			problem(field + ".positionAllowance", "people.error.salary.positionAllowance", line,
					step.positionAllowance());
		}
	}

	private void period(String field, @Nullable LocalDate from, @Nullable LocalDate to, int line) {
		if (from != null && to != null && to.isBefore(from)) {
			problem(field + ".to", "people.error.history.endBeforeStart", line, from, to);
		}
	}

	private void notInFuture(String field, LocalDate date) {
		if (date.isAfter(this.today)) {
			problem(field, "people.error.date.future", date);
		}
	}

	private void afterBirth(String field, LocalDate date, @Nullable Integer birthYear) {
		if (birthYear != null && date.getYear() < birthYear) {
			problem(field, "people.error.date.beforeBirth", date, String.valueOf(birthYear));
		}
	}

	private void problem(String field, String key, Object... arguments) {
		this.problems.add(FieldProblem.of(field, key, arguments));
	}

	private static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}

}
