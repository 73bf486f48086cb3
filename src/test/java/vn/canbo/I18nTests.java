package vn.canbo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import vn.canbo.orgunits.OrgLevel;
import vn.canbo.orgunits.Succession;
import vn.canbo.orgunits.UnitType;
import vn.canbo.people.ImportReport;
import vn.canbo.people.PersonDetails;
import vn.canbo.people.PersonnelCategory;
import vn.canbo.rules.RaiseGroup;
import vn.canbo.rules.Sex;
import vn.canbo.security.Role;
import vn.canbo.shared.DataChanged;
import vn.canbo.staffing.AssignmentKind;
import vn.canbo.staffing.PositionGroup;
import vn.canbo.staffing.Selection;
import vn.canbo.work.TaskStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every message key exists in Vietnamese (the default bundle) and in English, and every
 * key the templates and the code use is in both: keys written out, keys built from an
 * enum (each constant checked), the menu entries with the descriptions the home page
 * shows. A key built from something this test cannot enumerate must be named in
 * {@link #OPEN} with the reason, so that a new dynamic key cannot slip by unchecked.
 */
class I18nTests {

	private static final Path MESSAGES = Path.of("src/main/resources/messages");

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Path SOURCES = Path.of("src/main/java");

	private static final Path CLASSES = Path.of("target/classes");

	/** {@code #{key}} or {@code #{key(…)}}, also inside larger expressions. */
	private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z][\\w.]*)\\s*[}(]");

	private static final Pattern TEMPLATE_KEY_WITHOUT_ARGUMENTS = Pattern.compile("#\\{([A-Za-z][\\w.]*)\\s*}");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d");

	/** {@code #{|prefix.${…}.suffix|}}: a key assembled by literal substitution. */
	private static final Pattern TEMPLATE_ASSEMBLED = Pattern.compile("#\\{\\|([^|]*)\\|");

	/** {@code #messages.msg('key'…)} and its variants. */
	private static final Pattern TEMPLATE_MESSAGES_CALL = Pattern.compile("#messages\\.msg\\w*\\('([\\w.]+)'");

	private static final Pattern TEMPLATE_LITERAL = Pattern.compile("'([A-Za-z][\\w]*(?:\\.[\\w]+)+\\.?)'");

	private static final Pattern JAVA_LITERAL = Pattern.compile("\"([A-Za-z][\\w]*(?:\\.[\\w]+)+\\.?)\"");

	private static final Pattern NAVIGATION_ITEM = Pattern.compile("new NavigationItem\\(\\s*\"([\\w.]+)\"");

	/**
	 * Keys assembled from a value, by their pattern ({@code *} for the value), with every
	 * key the values give.
	 */
	private static final Map<String, List<String>> DYNAMIC = new LinkedHashMap<>();

	static {
		enumerated("security.role.*", Role.values());
		enumerated("unitType.*", UnitType.values());
		enumerated("orgLevel.*", OrgLevel.values());
		enumerated("succession.*", Succession.Kind.values());
		enumerated("audit.action.*", DataChanged.Action.values());
		enumerated("peopleui.history.action.*", DataChanged.Action.values());
		enumerated("people.trainingKind.*", PersonDetails.TrainingKind.values());
		enumerated("people.personnelCategory.*", PersonnelCategory.values());
		enumerated("peopleimport.verdict.*", ImportReport.Verdict.values());
		enumerated("rules.group.*", RaiseGroup.values());
		enumerated("rules.sex.*", Sex.values());
		enumerated("staffing.kind.*", AssignmentKind.values());
		enumerated("staffing.selection.*", Selection.values());
		enumerated("staffing.group.*", PositionGroup.values());
		enumerated("work.status.*", TaskStatus.values());
		// a unit's tier is a level above the agencies
		listed("staffing.tier.*", "PROVINCE", "DISTRICT", "COMMUNE");
		// the reasons AnnualProposal gives
		listed("ratings.reason.*", "NOT_RATED", "LEAVE_CAP", "MONTH_NOT_COMPLETED", "DISCIPLINE");
		// the ballot columns ConfidenceVotes counts
		listed("votes.level.*", "high", "confidence", "low", "invalid");
		// the modes of AgencyController; an edit keeps the unit's date
		listed("orgunits.form.*.title", "create", "edit", "move", "close");
		listed("orgunits.form.*.submit", "create", "edit", "move", "close");
		listed("orgunits.form.*.date", "create", "move", "close");
		// the two link tables of the tree page
		listed("orgunits.*", "predecessors", "successors");
		enumerated("unitstandards.filter.*", vn.canbo.unitstandards.Band.values());
		// the quality flags of the shared data, a user's correction and no figure
		listed("unitstandards.quality.*", "confirmed", "resolved", "uncertain", "incomplete", "corrected", "missing");
		// the two figures a standard asks for (Standards.requirements)
		listed("unitstandards.requirement.*", "area", "population");
		// the terms of a streamlining payout and of its salary (Payouts, Streamlining)
		listed("streamlining.term.*", "YEARS_EARLY", "MONTHS_EARLY", "MONTHS_EARLY_CAPPED", "INSURED_BASE",
				"INSURED_BEYOND", "JOB_SEARCH", "INSURED_YEARS", "SEVERANCE", "SHORT_SERVICE", "RANK_SALARY",
				"LEADERSHIP_ALLOWANCE", "BEYOND_SCALE", "OTHER_ALLOWANCES");
		// each kind of post exit with its own cases (NĐ 170 Art. 52–56)
		DYNAMIC.put("appointments.exitReason.*.*",
				Arrays.stream(vn.canbo.appointments.ExitKind.values())
					.flatMap((kind) -> kind.reasons()
						.stream()
						.map((reason) -> "appointments.exitReason." + kind.name() + "." + reason))
					.toList());
	}

	/**
	 * Keys assembled from values this test cannot enumerate, each with where it is
	 * checked instead (a missing one shows its code on the page those tests render).
	 */
	private static final Map<String, String> OPEN = Map.ofEntries(
			Map.entry("people.field.*", "form field paths, rendered by PersonRecordPagesTests"),
			Map.entry("peopleui.column.*", "the record form's row columns, rendered by PersonRecordPagesTests"),
			Map.entry("peopleui.column.*.*", "the record form's row columns, rendered by PersonRecordPagesTests"),
			Map.entry("peopleui.column.relatives.*", "relatives' columns, rendered by PersonRecordPagesTests"),
			Map.entry("peopleui.section.*", "the record form's sections, rendered by PersonRecordPagesTests"),
			Map.entry("peopleui.error.*", "kinds of unreadable values (date, number, …), PersonRecordPagesTests"),
			Map.entry("peopleimport.help.*", "the import template's columns, PersonImportTests"),
			Map.entry("parameters.*", "rule parameters, RulesTests"),
			Map.entry("rules.parameter.*", "a rule's parameter names, RulesTests"),
			Map.entry("rules.error.*", "rule form fields, RulesTests"),
			Map.entry("discipline.field.*", "discipline form fields, DisciplinesTests"),
			Map.entry("emulation.field.*", "emulation form fields, EmulationWebTests"),
			Map.entry("work.field.*", "task form fields, WorkWebTests"),
			Map.entry("recruitment.field.*",
					"recruitment form fields named in the plan page's error summary (msgOrNull: a field without a "
							+ "label shows the message alone), RecruitmentWebTests"),
			Map.entry("work.page.saved.*", "flash messages of the task forms, WorkWebTests"),
			Map.entry("error.title.*", "HTTP statuses, with error.title.generic as fallback"),
			Map.entry("error.status.*", "HTTP statuses, with a default text as fallback"),
			Map.entry("staffing.level.*", "levels of several requirement kinds, StandardsTests"),
			Map.entry("col.*", "not a message key: the import's column mapping parameters"),
			Map.entry("record.*", "not a message key: the record's section anchors"));

	@Test
	void everyBundleHasTheSameKeysInBothLanguages() throws IOException {
		try (Stream<Path> files = Files.list(MESSAGES)) {
			for (Path vietnamese : files.filter((file) -> !file.getFileName().toString().contains("_")).toList()) {
				Path english = MESSAGES
					.resolve(vietnamese.getFileName().toString().replace(".properties", "_en.properties"));
				assertThat(english).as("English bundle for %s", vietnamese).exists();
				assertThat(keys(english)).as("keys of %s", english).isEqualTo(keys(vietnamese));
			}
		}
	}

	@Test
	void everyKeyWrittenInATemplateExistsInBothLanguages() throws IOException {
		Map<String, String> used = new TreeMap<>();
		for (Path template : files(TEMPLATES, ".html")) {
			String text = Files.readString(template);
			collect(TEMPLATE_KEY, text, template, used);
			collect(TEMPLATE_MESSAGES_CALL, text, template, used);
			literalKeys(TEMPLATE_LITERAL, text, template, used);
		}
		used.keySet().removeIf((key) -> key.endsWith("."));
		assertDefined(used);
	}

	@Test
	void aTemplateGivesTheArgumentsItsMessageAsksFor() throws IOException {
		Map<String, String> messages = new TreeMap<>();
		try (Stream<Path> files = Files.list(MESSAGES)) {
			for (Path file : files.toList()) {
				messages.putAll(entries(file));
			}
		}
		Map<String, String> withoutArguments = new TreeMap<>();
		for (Path template : files(TEMPLATES, ".html")) {
			collect(TEMPLATE_KEY_WITHOUT_ARGUMENTS, Files.readString(template), template, withoutArguments);
		}
		Map<String, String> placeholdersShown = new TreeMap<>();
		withoutArguments.forEach((key, where) -> {
			String message = messages.get(key);
			if (message != null && PLACEHOLDER.matcher(message).find()) {
				placeholdersShown.put(key, where + ": " + message);
			}
		});
		assertThat(placeholdersShown).as("keys written without the arguments their message needs").isEmpty();
	}

	@Test
	void everyKeyWrittenInTheCodeExistsInBothLanguages() throws IOException {
		Map<String, String> used = new TreeMap<>();
		for (Path source : files(SOURCES, ".java")) {
			literalKeys(JAVA_LITERAL, Files.readString(source), source, used);
		}
		used.keySet().removeIf((key) -> key.endsWith("."));
		assertDefined(used);
	}

	@Test
	void everyMenuEntryHasItsLabelAndTheDescriptionTheHomePageShows() throws IOException {
		Map<String, String> used = new TreeMap<>();
		for (Path source : files(SOURCES, ".java")) {
			Matcher item = NAVIGATION_ITEM.matcher(Files.readString(source));
			while (item.find()) {
				used.put(item.group(1), source.toString());
				used.put(item.group(1) + ".description", source.toString() + " (home page card)");
			}
		}
		assertThat(used).as("menu entries found").hasSizeGreaterThan(10);
		assertDefined(used);
	}

	@Test
	void everyMessageKeyOfAnEnumExistsInBothLanguages() throws Exception {
		Map<String, String> used = new TreeMap<>();
		for (Path file : files(CLASSES.resolve("vn/canbo"), ".class")) {
			String name = CLASSES.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
			Class<?> type = Class.forName(name, false, getClass().getClassLoader());
			if (!type.isEnum()) {
				continue;
			}
			Method messageKey = Arrays.stream(type.getMethods())
				.filter((method) -> method.getName().equals("messageKey") && method.getParameterCount() == 0
						&& method.getReturnType() == String.class && !Modifier.isStatic(method.getModifiers()))
				.findFirst()
				.orElse(null);
			if (messageKey == null) {
				continue;
			}
			for (Object constant : type.getEnumConstants()) {
				used.put((String) messageKey.invoke(constant), type.getName() + "." + constant);
			}
		}
		assertThat(used).as("enum message keys found").hasSizeGreaterThan(100);
		assertDefined(used);
	}

	@Test
	void everyKeyAssembledFromAValueIsEnumeratedOrNamedAsOpen() throws IOException {
		Map<String, String> patterns = new TreeMap<>();
		for (Path template : files(TEMPLATES, ".html")) {
			String text = Files.readString(template);
			Matcher assembled = TEMPLATE_ASSEMBLED.matcher(text);
			while (assembled.find()) {
				patterns.put(assembled.group(1).replaceAll("\\$\\{[^}]*}", "*"), template.toString());
			}
			prefixes(TEMPLATE_LITERAL, text, template, patterns);
		}
		for (Path source : files(SOURCES, ".java")) {
			prefixes(JAVA_LITERAL, Files.readString(source), source, patterns);
		}
		Set<String> enumPrefixes = enumMessageKeyPrefixes(patterns.keySet());
		Map<String, String> unaccounted = new TreeMap<>(patterns);
		unaccounted.keySet()
			.removeIf((pattern) -> DYNAMIC.containsKey(pattern) || OPEN.containsKey(pattern)
					|| enumPrefixes.contains(pattern));
		assertThat(unaccounted).as("keys assembled from values: enumerate them in DYNAMIC or explain them in OPEN")
			.isEmpty();

		Map<String, String> used = new TreeMap<>();
		DYNAMIC.forEach((pattern, keys) -> keys.forEach((key) -> used.put(key, pattern)));
		assertDefined(used);
	}

	/**
	 * The patterns whose keys an enum's messageKey() gives (checked constant by constant
	 * above).
	 */
	private Set<String> enumMessageKeyPrefixes(Set<String> patterns) throws IOException {
		Set<String> covered = new TreeSet<>();
		for (Path source : files(SOURCES, ".java")) {
			String text = Files.readString(source);
			if (!text.contains("enum ") || !text.contains("String messageKey()")) {
				continue;
			}
			for (String pattern : patterns) {
				String prefix = pattern.substring(0, pattern.length() - 1);
				if (pattern.endsWith(".*") && text.contains("\"" + prefix + "\" + name()")) {
					covered.add(pattern);
				}
			}
		}
		return covered;
	}

	private static void enumerated(String pattern, Enum<?>[] constants) {
		listed(pattern, Arrays.stream(constants).map(Enum::name).toArray(String[]::new));
	}

	private static void listed(String pattern, String... values) {
		DYNAMIC.put(pattern, Arrays.stream(values).map((value) -> pattern.replace("*", value)).toList());
	}

	private static void collect(Pattern pattern, String text, Path file, Map<String, String> used) {
		Matcher key = pattern.matcher(text);
		while (key.find()) {
			used.putIfAbsent(key.group(1), file.toString());
		}
	}

	/**
	 * Literals that look like keys of our bundles ("people.error.x"), whole ones only.
	 */
	private static void literalKeys(Pattern pattern, String text, Path file, Map<String, String> used)
			throws IOException {
		Set<String> namespaces = namespaces();
		Matcher literal = pattern.matcher(text);
		while (literal.find()) {
			String key = literal.group(1);
			if (namespaces.contains(key.substring(0, key.indexOf('.')))) {
				used.putIfAbsent(key, file.toString());
			}
		}
	}

	/** Literal prefixes ("staffing.kind.") a key is assembled from, as patterns. */
	private static void prefixes(Pattern pattern, String text, Path file, Map<String, String> patterns)
			throws IOException {
		Set<String> namespaces = namespaces();
		Matcher literal = pattern.matcher(text);
		while (literal.find()) {
			String key = literal.group(1);
			if (key.endsWith(".") && namespaces.contains(key.substring(0, key.indexOf('.')))) {
				patterns.putIfAbsent(key + "*", file.toString());
			}
		}
	}

	private static void assertDefined(Map<String, String> used) throws IOException {
		Set<String> vietnamese = allKeys(false);
		Set<String> english = allKeys(true);
		Map<String, String> missing = new TreeMap<>();
		used.forEach((key, where) -> {
			if (!vietnamese.contains(key)) {
				missing.put(key + " (vi)", where);
			}
			if (!english.contains(key)) {
				missing.put(key + " (en)", where);
			}
		});
		assertThat(missing).as("message keys used but missing from a bundle").isEmpty();
	}

	/**
	 * The first segments of our keys ("people", "work", …): literals outside them are not
	 * keys.
	 */
	private static Set<String> namespaces() throws IOException {
		Set<String> namespaces = new TreeSet<>();
		allKeys(false).forEach((key) -> namespaces.add(key.contains(".") ? key.substring(0, key.indexOf('.')) : key));
		return namespaces;
	}

	private static Set<String> allKeys(boolean english) throws IOException {
		Set<String> all = new TreeSet<>();
		try (Stream<Path> files = Files.list(MESSAGES)) {
			for (Path file : files.toList()) {
				boolean isEnglish = file.getFileName().toString().endsWith("_en.properties");
				if (isEnglish == english) {
					all.addAll(keys(file));
				}
			}
		}
		return all;
	}

	private static List<Path> files(Path root, String extension) throws IOException {
		try (Stream<Path> walk = Files.walk(root)) {
			return new ArrayList<>(walk.filter((file) -> file.toString().endsWith(extension)).sorted().toList());
		}
	}

	private static Set<String> keys(Path file) throws IOException {
		return new TreeSet<>(entries(file).keySet());
	}

	private static Map<String, String> entries(Path file) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(file)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		Map<String, String> entries = new TreeMap<>();
		properties.stringPropertyNames().forEach((key) -> entries.put(key, properties.getProperty(key)));
		return entries;
	}

}
