package vn.canbo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Modules own their tables (docs/decisions/019-module-boundaries.md): the SQL in one
 * module's main sources names another module's table only if its owner published it,
 * never to write it. A table's owner is the module named by the migration that creates
 * it; a view {@code <module>_…} created by a migration is published by that module for
 * every module to read. Two tables of other modules are published for the common joins,
 * each with the few columns others may read.
 */
class ModuleTablesTests {

	private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

	private static final Path SOURCES = Path.of("src/main/java/vn/canbo");

	/**
	 * The first word of a migration's description when it is not the module's own name.
	 */
	private static final Map<String, String> MIGRATION_WORDS = Map.of("personnel", "people", "confidence", "votes",
			"extensions", "shared");

	/** Tables whose owner is not the module of the migration that created them. */
	private static final Map<String, String> DECLARED_OWNERS = Map.of(
			// created with the annual rating, but only the monthly scoring reads it
			"evaluation_scheme_choice", "work");

	/**
	 * Tables every module may join, with the columns it may read: names, Vietnamese sort
	 * key, agency and the facts other modules compute with. Scope is never read here: it
	 * comes from {@code orgunits.Subtree}.
	 */
	private static final Map<String, Set<String>> PUBLISHED_COLUMNS = Map.of("person", Set.of(
			// who: name, its search key, Vietnamese sort key, agency, category, post as
			// written, e-mail
			"id", "full_name", "name_key", "sort_key", "agency_id", "category", "position", "email",
			// the facts rules compute with: retirement, raises, standards
			"gender", "birth_year", "birth_month", "birth_day", "salary_rank_code", "salary_step", "salary_since",
			"education_system", "education_grade", "professional_level", "professional_field", "political_theory_level",
			"state_management_level",
			// composition: the ethnic-minority share of plans and lists (structure
			// targets)
			"ethnicity"), "org_unit", Set.of("id", "code", "name"));

	/**
	 * Known uses of other modules' tables, each with why it stays for now. Nothing may be
	 * added here: publish a view or a query instead.
	 */
	private static final Map<String, String> KNOWN = Map.of("demo -> work_task",
			"the demo seeds a year of tasks in bulk", "demo -> monthly_plan", "the demo seeds a year of plans in bulk",
			"demo -> monthly_evaluation", "the demo seeds a year of evaluations in bulk");

	private static final Pattern CREATE_TABLE = Pattern
		.compile("create\\s+(?:unlogged\\s+)?table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)");

	private static final Pattern CREATE_VIEW = Pattern
		.compile("create\\s+(?:or\\s+replace\\s+)?view\\s+([a-z_][a-z0-9_]*)");

	private static final Pattern TABLE_USE = Pattern.compile(
			"\\b(delete\\s+from|from|join|update|into)\\s+([a-z_][a-z0-9_]*)\\b(?:\\s+(?:as\\s+)?([a-z_][a-z0-9_]*))?");

	private static final Set<String> NOT_ALIASES = Set.of("on", "where", "join", "left", "right", "inner", "outer",
			"cross", "full", "natural", "group", "order", "limit", "offset", "using", "union", "set", "values",
			"returning", "for", "having", "window", "except", "intersect", "and", "or", "select", "as");

	@Test
	void modulesReadOnlyWhatOtherModulesPublish() throws IOException {
		Map<String, String> owners = tableOwners();
		Set<String> views = publishedViews(owners);
		assertThat(owners).as("tables found in the migrations").containsKeys("person", "org_unit", "assignment");
		Set<String> violations = new TreeSet<>();
		Set<String> knownSeen = new TreeSet<>();
		for (Path moduleDir : modules()) {
			String module = moduleDir.getFileName().toString();
			for (Path file : javaFiles(moduleDir)) {
				for (String sql : sqlTexts(Files.readString(file))) {
					Matcher use = TABLE_USE.matcher(sql.toLowerCase(Locale.ROOT));
					while (use.find()) {
						String table = use.group(2);
						String owner = owners.get(table);
						if (owner == null || owner.equals(module)) {
							continue;
						}
						String where = SOURCES.relativize(file) + ": " + use.group(1) + " " + table;
						if (KNOWN.containsKey(module + " -> " + table)) {
							knownSeen.add(module + " -> " + table);
						}
						else if (views.contains(table)) {
							if (!use.group(1).equals("from") && !use.group(1).equals("join")) {
								violations.add(where + " (a published view is read only)");
							}
						}
						else if (!PUBLISHED_COLUMNS.containsKey(table)) {
							violations.add(where + " (owned by " + owner + ")");
						}
						else if (!use.group(1).equals("from") && !use.group(1).equals("join")) {
							violations.add(where + " (owned by " + owner + ", published read only)");
						}
						else {
							String alias = use.group(3);
							String qualifier = (alias == null || NOT_ALIASES.contains(alias)) ? table : alias;
							Matcher column = Pattern.compile("\\b" + qualifier + "\\.([a-z_][a-z0-9_]*)")
								.matcher(sql.toLowerCase(Locale.ROOT));
							List<String> columns = new ArrayList<>();
							while (column.find()) {
								columns.add(column.group(1));
							}
							if (qualifier.equals(table)) {
								// no alias: the select list right before it names its
								// columns
								Matcher list = Pattern
									.compile("select\\s+([a-z_][a-z0-9_, ]*?)\\s+from\\s+" + table + "\\b")
									.matcher(sql.toLowerCase(Locale.ROOT));
								while (list.find()) {
									for (String name : list.group(1).split(",")) {
										columns.add(name.strip());
									}
								}
							}
							for (String name : columns) {
								if (!PUBLISHED_COLUMNS.get(table).contains(name)) {
									violations.add(where + " reads " + table + "." + name + " (not among the columns "
											+ owner + " publishes)");
								}
							}
						}
					}
				}
			}
		}
		assertThat(violations).as("SQL reading another module's tables: use its facade or a view it publishes")
			.isEmpty();
		assertThat(knownSeen).as("known exceptions still in use (remove the ones fixed)")
			.containsExactlyInAnyOrderElementsOf(KNOWN.keySet());
	}

	/** Each table created by a migration, with the module that owns it. */
	static Map<String, String> tableOwners() throws IOException {
		Set<String> moduleNames = new TreeSet<>();
		for (Path module : modules()) {
			moduleNames.add(module.getFileName().toString());
		}
		Map<String, String> owners = new HashMap<>();
		for (Path migration : migrations()) {
			String description = migration.getFileName().toString().split("__", 2)[1].toLowerCase(Locale.ROOT);
			String word = description.split("[_.]")[0];
			String module = MIGRATION_WORDS.getOrDefault(word, word);
			Matcher table = CREATE_TABLE.matcher(Files.readString(migration).toLowerCase(Locale.ROOT));
			while (table.find()) {
				assertThat(moduleNames).as("the module named by " + migration.getFileName()).contains(module);
				owners.put(table.group(1), module);
			}
		}
		owners.putAll(DECLARED_OWNERS);
		return owners;
	}

	/**
	 * The views published by the migrations; each belongs to the module it starts with.
	 */
	static Set<String> publishedViews(Map<String, String> owners) throws IOException {
		Set<String> views = new TreeSet<>();
		Set<String> moduleNames = new TreeSet<>();
		for (Path module : modules()) {
			moduleNames.add(module.getFileName().toString());
		}
		for (Path migration : migrations()) {
			Matcher view = CREATE_VIEW.matcher(Files.readString(migration).toLowerCase(Locale.ROOT));
			while (view.find()) {
				String name = view.group(1);
				String module = name.split("_")[0];
				assertThat(moduleNames).as("the module a published view is named after: " + name).contains(module);
				views.add(name);
				owners.put(name, module);
			}
		}
		return views;
	}

	/**
	 * The string literals and text blocks of a Java source, comments left out: every SQL
	 * the module runs is among them.
	 */
	static List<String> sqlTexts(String source) {
		String code = source.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//.*$", "");
		List<String> texts = new ArrayList<>();
		Matcher block = Pattern.compile("(?s)\"\"\"(.*?)\"\"\"").matcher(code);
		while (block.find()) {
			texts.add(block.group(1));
		}
		Matcher literal = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"")
			.matcher(code.replaceAll("(?s)\"\"\".*?\"\"\"", ""));
		StringBuilder joined = new StringBuilder();
		while (literal.find()) {
			texts.add(literal.group(1));
			joined.append(literal.group(1)).append(' ');
		}
		// SQL built from several literals: an alias declared in one is used in the next
		texts.add(joined.toString());
		return texts;
	}

	private static List<Path> modules() throws IOException {
		try (Stream<Path> dirs = Files.list(SOURCES)) {
			return dirs.filter(Files::isDirectory).sorted().toList();
		}
	}

	private static List<Path> javaFiles(Path dir) throws IOException {
		try (Stream<Path> files = Files.walk(dir)) {
			return files.filter((file) -> file.toString().endsWith(".java")).sorted().toList();
		}
	}

	private static List<Path> migrations() throws IOException {
		try (Stream<Path> files = Files.list(MIGRATIONS)) {
			return files.filter((file) -> file.getFileName().toString().matches("V\\d+__.*\\.sql")).sorted().toList();
		}
	}

}
