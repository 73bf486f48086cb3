package vn.canbo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A migration that has landed is never edited (docs/decisions/004): every migration file,
 * SQL or Java, must have the content of the commit that added it, so that a database
 * which already ran it and a fresh one end up alike. Flyway's checksum catches an edited
 * SQL migration only on a database that ran the old one, and never a Java one; this test
 * catches both before they land.
 */
class MigrationsLockedTests {

	/**
	 * The edits that landed before this test existed, with the commit whose content is
	 * now the accepted one. Nothing may be added here: an edit needs a new migration
	 * instead.
	 */
	private static final Map<String, String> KNOWN_EDITS = Map.of(
			"src/main/resources/db/migration/V2__orgunits_tree.sql", "0c8e7ee677ec0ad18dfa8d3eace18d21ce31b138",
			"src/main/resources/db/migration/V7__Personnel_records.sql", "9263533df187e879ca265da7e63f23c3690b77f6",
			"src/main/resources/db/migration/V9__Staffing_posts_positions_assignments.sql",
			"768d00b724f4db6c2d433a0a60c2848c251ac47f");

	@Test
	void everyMigrationHasTheContentOfTheCommitThatAddedIt() throws Exception {
		assumeTrue(Files.isDirectory(Path.of(".git")) || Files.isRegularFile(Path.of(".git")),
				"not a git checkout: nothing to compare the migrations with");
		List<String> edited = new ArrayList<>();
		List<Path> migrations = migrationFiles();
		assertThat(migrations).as("migration files").isNotEmpty();
		for (Path migration : migrations) {
			String path = migration.toString().replace('\\', '/');
			String added = git("log", "--first-parent", "--diff-filter=A", "--format=%H", "--", path).trim();
			if (added.isEmpty()) {
				continue; // not committed yet: this change adds it
			}
			String[] commits = added.split("\\s+");
			String accepted = KNOWN_EDITS.getOrDefault(path, commits[commits.length - 1]);
			byte[] committed = gitBytes("show", accepted + ":" + path);
			if (!Arrays.equals(committed, Files.readAllBytes(migration))) {
				edited.add(path + " (differs from " + accepted.substring(0, 7) + ")");
			}
		}
		assertThat(edited).as("migrations edited after they landed: add a new migration instead").isEmpty();
	}

	@Test
	void theKnownEditsAreTheOnlyOnesInTheHistory() throws Exception {
		assumeTrue(Files.exists(Path.of(".git")), "not a git checkout");
		for (Path migration : migrationFiles()) {
			String path = migration.toString().replace('\\', '/');
			String[] commits = git("log", "--first-parent", "--format=%H", "--", path).trim().split("\\s+");
			if (commits.length > 1 && !commits[0].isEmpty()) {
				assertThat(KNOWN_EDITS).as("%s was changed in %d commits", path, commits.length).containsKey(path);
				assertThat(commits[0]).as("last change of %s", path).isEqualTo(KNOWN_EDITS.get(path));
			}
		}
	}

	private static List<Path> migrationFiles() throws IOException {
		List<Path> files = new ArrayList<>();
		try (Stream<Path> sql = Files.list(Path.of("src/main/resources/db/migration"))) {
			sql.filter((file) -> file.getFileName().toString().matches("V\\d+__.+\\.sql")).forEach(files::add);
		}
		try (Stream<Path> java = Files.walk(Path.of("src/main/java"))) {
			java.filter((file) -> file.getFileName().toString().matches("V\\d+__.+\\.java")).forEach(files::add);
		}
		return files.stream().sorted().toList();
	}

	private static String git(String... arguments) throws Exception {
		return new String(gitBytes(arguments), java.nio.charset.StandardCharsets.UTF_8);
	}

	private static byte[] gitBytes(String... arguments) throws Exception {
		List<String> command = new ArrayList<>();
		command.add("git");
		command.addAll(List.of(arguments));
		Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (InputStream in = process.getInputStream()) {
			in.transferTo(out);
		}
		assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("git %s finished", command).isTrue();
		assertThat(process.exitValue()).as("exit code of %s", command).isZero();
		return out.toByteArray();
	}

}
