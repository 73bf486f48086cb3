package vn.canbo.dataexchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.context.support.DefaultMessageSourceResolvable;

import vn.canbo.people.CitizenId;
import vn.canbo.people.PersonDetails;

/**
 * Checks a dossier against the format before it is written: every required field present,
 * the citizen ID valid by the people module's own check ({@link CitizenId}), and every
 * value that would be written within its pattern and code list. A dossier that passes is
 * valid against the published schema by construction (a test proves it on the demo
 * commune).
 */
final class DossierChecks {

	/**
	 * The fields' patterns, compiled once: a province is some hundred thousand values.
	 */
	private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

	private DossierChecks() {
	}

	static List<DossierProblem> problems(Dossier dossier) {
		List<DossierProblem> problems = new ArrayList<>();
		DossierField key = DossierFormat.key();
		String citizenId = Values.text(key.value().apply(dossier));
		if (citizenId == null) {
			problems.add(missing(key.name(), key));
		}
		else {
			PersonDetails.Identity identity = dossier.identity();
			CitizenId.check(citizenId, identity.gender(), identity.birthYear())
				.problems()
				.forEach((violation) -> problems.add(new DossierProblem(key.name(), key.label(), violation)));
		}
		for (Map.Entry<DataGroup, List<DossierField>> group : DossierFormat.groups().entrySet()) {
			check(dossier, group.getKey().key(), group.getValue(), problems, dossier);
		}
		return problems;
	}

	private static void check(Object source, String prefix, List<DossierField> fields, List<DossierProblem> problems,
			Dossier dossier) {
		for (DossierField field : fields) {
			String path = prefix + "." + field.name();
			Object value = field.value().apply(source);
			if (field.type() == FieldType.LIST) {
				List<?> entries = (value == null) ? List.of() : (List<?>) value;
				for (int i = 0; i < entries.size(); i++) {
					check(entries.get(i), path + "[" + i + "]", field.items(), problems, dossier);
				}
				continue;
			}
			String text = Values.text(value);
			if (text == null) {
				if (field.required()) {
					problems.add(
							("ngaySinh".equals(field.name())) ? birthDate(path, field, dossier) : missing(path, field));
				}
				continue;
			}
			if (field.pattern() != null
					&& !PATTERNS.computeIfAbsent(field.pattern(), Pattern::compile).matcher(text).matches()
					|| !field.codes().isEmpty() && !field.codes().contains(text)) {
				problems.add(new DossierProblem(path, field.label(), new DefaultMessageSourceResolvable(
						new String[] { "dataexchange.problem.invalid" }, new Object[] { field.label(), text })));
			}
		}
	}

	/** The birth date is missing or known only in part: say which. */
	private static DossierProblem birthDate(String path, DossierField field, Dossier dossier) {
		PersonDetails.Identity identity = dossier.identity();
		if (identity.birthYear() == null) {
			return missing(path, field);
		}
		if (identity.birthDay() == null || identity.birthMonth() == null) {
			return new DossierProblem(path, field.label(), new DefaultMessageSourceResolvable(
					new String[] { "dataexchange.problem.birthDatePartial" }, new Object[] { identity.birthYear() }));
		}
		return new DossierProblem(path, field.label(),
				new DefaultMessageSourceResolvable(new String[] { "dataexchange.problem.invalid" },
						new Object[] { field.label(),
								identity.birthDay() + "/" + identity.birthMonth() + "/" + identity.birthYear() }));
	}

	private static DossierProblem missing(String path, DossierField field) {
		return new DossierProblem(path, field.label(), new DefaultMessageSourceResolvable(
				new String[] { "dataexchange.problem.missing" }, new Object[] { field.label() }));
	}

}
