package vn.canbo.rules;

import java.net.URI;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.canbo.security.CurrentUser;
import vn.canbo.security.CurrentUsers;
import vn.canbo.security.Role;
import vn.canbo.shared.DataChanged;
import vn.canbo.shared.DomainException;
import vn.canbo.shared.FieldProblem;
import vn.canbo.shared.InvalidInputException;
import vn.canbo.shared.OutOfScopeException;

/**
 * The legal rules as dated, cited settings: the version of a rule in force on a date,
 * every version of it, typed views of each rule, the salary scales, and new versions
 * added by a nationwide administrator (audited). Any signed-in user may read them: rules
 * hold no organisation data.
 */
@Service
@Transactional(readOnly = true)
public class Rules {

	/** The entity type of rule versions in the audit trail. */
	public static final String AUDIT_TYPE = "RuleVersion";

	private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("d/M/uuuu");

	private final RuleStore store;

	private final CurrentUsers currentUsers;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Rules(RuleStore store, CurrentUsers currentUsers, ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.currentUsers = currentUsers;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Whether the current user may add versions: administrators bound to the whole
	 * country (a rule applies nationwide, so a province or commune administrator may not
	 * change it).
	 */
	public boolean canChange() {
		CurrentUser user = this.currentUsers.current();
		return user.has(Role.ADMIN) && user.isNationwide();
	}

	/** Every rule with its versions in date order. */
	public Map<RuleKey, List<RuleVersion>> all() {
		Map<RuleKey, List<RuleVersion>> all = new EnumMap<>(RuleKey.class);
		for (RuleKey key : RuleKey.values()) {
			all.put(key, versions(key));
		}
		return all;
	}

	/** The versions of the rule in date order, each with the day its successor starts. */
	public List<RuleVersion> versions(RuleKey key) {
		this.currentUsers.current();
		return this.store.versions(key);
	}

	/** The version of the rule in force on the day, if any. */
	public Optional<RuleVersion> inForce(RuleKey key, LocalDate day) {
		return versions(key).stream().filter((version) -> version.inForceOn(day)).findFirst();
	}

	private RuleVersion required(RuleKey key, LocalDate day) {
		return inForce(key, day).orElseThrow(() -> new DomainException("rules.error.noVersion", key.name(), day));
	}

	/** Every version of the retirement-age rule, for {@link Retirement#of}. */
	public RetirementSchedule retirementSchedule() {
		return new RetirementSchedule(versions(RuleKey.RETIREMENT_AGE));
	}

	/**
	 * The retirement of someone born in the month (January when only the year is known).
	 */
	public Retirement retirement(Sex sex, YearMonth birth) {
		return Retirement.of(sex, birth, retirementSchedule());
	}

	/**
	 * The retirement of someone described as typed (API, calculator): the sex
	 * ({@code MALE} or {@code FEMALE}) and one of the birth date ({@code yyyy-MM-dd}),
	 * the birth month ({@code yyyy-MM}) or the birth year; each bad value is reported
	 * against its field.
	 */
	public Retirement retirement(@Nullable String sex, @Nullable String birthDate, @Nullable String birthMonth,
			@Nullable String birthYear) {
		List<FieldProblem> problems = new ArrayList<>();
		Sex parsedSex = null;
		String sexText = text(sex);
		if (sexText == null) {
			problems.add(FieldProblem.of("gender", "rules.error.gender.required"));
		}
		else {
			try {
				parsedSex = Sex.valueOf(sexText.toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				problems.add(FieldProblem.of("gender", "rules.error.gender.invalid", sexText));
			}
		}
		YearMonth birth = birth(text(birthDate), text(birthMonth), text(birthYear), problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return retirement(Objects.requireNonNull(parsedSex), Objects.requireNonNull(birth));
	}

	private static @Nullable YearMonth birth(@Nullable String date, @Nullable String month, @Nullable String year,
			List<FieldProblem> problems) {
		int given = (date == null ? 0 : 1) + (month == null ? 0 : 1) + (year == null ? 0 : 1);
		if (given == 0) {
			problems.add(FieldProblem.of("birthDate", "rules.error.birth.required"));
			return null;
		}
		if (given > 1) {
			problems.add(FieldProblem.of((date != null) ? "birthDate" : "birthMonth", "rules.error.birth.onlyOne"));
			return null;
		}
		String field = (date != null) ? "birthDate" : (month != null) ? "birthMonth" : "birthYear";
		String value = (date != null) ? date : (month != null) ? month : Objects.requireNonNull(year);
		YearMonth birth;
		try {
			birth = switch (field) {
				case "birthDate" -> YearMonth
					.from(value.contains("/") ? LocalDate.parse(value, VIETNAMESE_DATE) : LocalDate.parse(value));
				case "birthMonth" -> YearMonth.parse(value);
				default -> YearMonth.of(Integer.parseInt(value), 1);
			};
		}
		catch (DateTimeException | NumberFormatException ex) {
			problems.add(FieldProblem.of(field, "rules.error." + field + ".invalid", value));
			return null;
		}
		if (birth.getYear() < 1900 || birth.getYear() > 2100) {
			problems.add(FieldProblem.of(field, "rules.error.birth.range", 1900, 2100));
			return null;
		}
		return birth;
	}

	public SalaryRaiseRule salaryRaise(LocalDate day) {
		return new SalaryRaiseRule(required(RuleKey.SALARY_RAISE, day));
	}

	public Optional<BaseSalary> baseSalary(LocalDate day) {
		return inForce(RuleKey.BASE_SALARY, day).map(BaseSalary::new);
	}

	public RetirementNotice retirementNotice(LocalDate day) {
		return new RetirementNotice(required(RuleKey.RETIREMENT_NOTICE, day));
	}

	/** The pay tables. */
	public List<SalaryTable> salaryTables() {
		this.currentUsers.current();
		return this.store.tables();
	}

	/** The ranks with their tables. */
	public List<SalaryRank> salaryRanks() {
		this.currentUsers.current();
		return this.store.ranks();
	}

	/** The rank with the code, if it is in the catalogue. */
	public Optional<SalaryRank> salaryRank(String code) {
		this.currentUsers.current();
		return this.store.rank(code);
	}

	/**
	 * Adds a version of a rule from its date on; the previous version then ends that day.
	 * Only nationwide administrators; every value is checked and each bad one reported
	 * against its field; audited.
	 */
	@Transactional
	public RuleVersion add(NewRuleVersion command) {
		if (!canChange()) {
			throw new OutOfScopeException("rules.error.notAllowed");
		}
		List<FieldProblem> problems = new ArrayList<>();
		LocalDate validFrom = date(command.validFrom(), problems);
		if (validFrom != null && this.store.exists(command.key(), validFrom)) {
			problems.add(FieldProblem.of("validFrom", "rules.error.validFrom.taken", validFrom));
		}
		String citation = text(command.citation());
		if (citation == null) {
			problems.add(FieldProblem.of("citation", "rules.error.citation.required"));
		}
		else if (citation.length() > 500) {
			problems.add(FieldProblem.of("citation", "rules.error.tooLong", 500));
		}
		String source = text(command.sourceUrl());
		if (source != null && !isWebAddress(source)) {
			problems.add(FieldProblem.of("sourceUrl", "rules.error.sourceUrl"));
		}
		String note = text(command.note());
		if (note != null && note.length() > 1000) {
			problems.add(FieldProblem.of("note", "rules.error.tooLong", 1000));
		}
		Map<String, Long> parameters = parameters(command, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		String by = this.currentUsers.current().username();
		long id = this.store.insert(command.key(), validFrom, citation, source, command.confirmed(), parameters, note,
				by, this.clock.instant());
		RuleVersion added = this.store.versions(command.key())
			.stream()
			.filter((version) -> version.id() == id)
			.findFirst()
			.orElseThrow();
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("rule", command.key().name());
		after.put("validFrom", validFrom);
		after.put("citation", citation);
		after.put("sourceUrl", source);
		after.put("confirmed", command.confirmed());
		after.put("parameters", parameters);
		after.put("note", note);
		this.events.publishEvent(
				new DataChanged(AUDIT_TYPE, String.valueOf(id), DataChanged.Action.CREATE, null, after, null));
		return added;
	}

	private static Map<String, Long> parameters(NewRuleVersion command, List<FieldProblem> problems) {
		Map<String, Long> values = new LinkedHashMap<>();
		for (RuleParameter parameter : command.key().parameters()) {
			String field = "parameters." + parameter.name();
			String raw = text(command.parameters().get(parameter.name()));
			if (raw == null) {
				problems.add(FieldProblem.of(field, "rules.error.parameter.required"));
				continue;
			}
			long value;
			try {
				value = Long.parseLong(raw.replace(".", "").replace(",", "").replace(" ", ""));
			}
			catch (NumberFormatException ex) {
				problems.add(FieldProblem.of(field, "rules.error.parameter.integer", raw));
				continue;
			}
			if (value < parameter.min() || value > parameter.max()) {
				problems.add(FieldProblem.of(field, "rules.error.parameter.range", parameter.min(), parameter.max()));
				continue;
			}
			values.put(parameter.name(), value);
		}
		if (command.key() == RuleKey.RETIREMENT_AGE) {
			for (String sex : List.of("male", "female")) {
				Long base = values.get(sex + "BaseMonths");
				Long cap = values.get(sex + "CapMonths");
				if (base != null && cap != null && cap < base) {
					problems.add(FieldProblem.of("parameters." + sex + "CapMonths", "rules.error.capBelowBase"));
				}
			}
		}
		return values;
	}

	private static @Nullable LocalDate date(@Nullable String raw, List<FieldProblem> problems) {
		String text = text(raw);
		if (text == null) {
			problems.add(FieldProblem.of("validFrom", "rules.error.validFrom.required"));
			return null;
		}
		try {
			return text.contains("/") ? LocalDate.parse(text, VIETNAMESE_DATE) : LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			problems.add(FieldProblem.of("validFrom", "rules.error.validFrom.invalid", text));
			return null;
		}
	}

	private static boolean isWebAddress(String text) {
		try {
			URI uri = URI.create(text);
			return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static @Nullable String text(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
