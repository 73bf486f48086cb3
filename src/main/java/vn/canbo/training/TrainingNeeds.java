package vn.canbo.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.canbo.people.PersonSummary;
import vn.canbo.people.PersonnelCategory;
import vn.canbo.people.PoliticalTheoryLevel;
import vn.canbo.people.ProfessionalLevel;
import vn.canbo.people.StateManagementLevel;
import vn.canbo.planning.PlanEntry;
import vn.canbo.planning.SuccessionPlans;
import vn.canbo.rules.RuleKey;
import vn.canbo.rules.RuleVersion;
import vn.canbo.rules.Rules;
import vn.canbo.staffing.AssignmentView;
import vn.canbo.staffing.Assignments;
import vn.canbo.staffing.Requirement;
import vn.canbo.staffing.Selection;
import vn.canbo.staffing.StandardVerdict;
import vn.canbo.staffing.Standards;

/**
 * Each person's training needs on a day, each with its rule: (a) the requirements of the
 * standard of the post held that the record does not meet (staffing's verdict); (b) the
 * requirements of the standards of the titles the person is planned for (planning's
 * entries, staffing's verdict against each title's standard, QĐ 377 / HD 45 §II.5.1),
 * those the post's own standard already asks left out; (c) mandatory development, the
 * yearly minimum of periods and the state-management programme within 12 months of a
 * first appointment to a leadership post (NĐ 171/2025 Art. 16).
 */
@Service
@Transactional(readOnly = true)
public class TrainingNeeds {

	/**
	 * Leaders appointed before this day are exempt from the new programme (Art. 41(4)).
	 */
	static final LocalDate PROGRAMME_FROM = LocalDate.of(2025, 7, 1);

	private final TrainingRecords records;

	private final TrainingStore store;

	private final Standards standards;

	private final Assignments assignments;

	private final Rules rules;

	private final SuccessionPlans plans;

	TrainingNeeds(TrainingRecords records, TrainingStore store, Standards standards, Assignments assignments,
			Rules rules, SuccessionPlans plans) {
		this.records = records;
		this.store = store;
		this.standards = standards;
		this.assignments = assignments;
		this.rules = rules;
		this.plans = plans;
	}

	/** The person's open needs on the day. */
	public List<Need> of(long personId, LocalDate day) {
		PersonSummary person = this.records.person(personId);
		List<Need> needs = new ArrayList<>();
		Map<Requirement, String> listed = standardGaps(personId, day, needs);
		plannedTitles(personId, day, listed, needs);
		Optional<RuleVersion> development = this.rules.inForce(RuleKey.TRAINING_DEVELOPMENT, day);
		if (development.isPresent() && developed(person.category())) {
			annualPeriods(personId, day, development.get(), needs);
			leaderProgramme(personId, day, development.get(), needs);
		}
		return needs;
	}

	/**
	 * (a) The failing requirements of the post's standard; returns what each listed
	 * requirement asks, so that a planned title asking no more is not listed twice.
	 */
	private Map<Requirement, String> standardGaps(long personId, LocalDate day, List<Need> needs) {
		Map<Requirement, String> listed = new LinkedHashMap<>();
		StandardVerdict verdict = this.standards.verdict(personId, day);
		if (verdict.standard() == null) {
			return listed;
		}
		String citation = verdict.standard().citation();
		boolean confirmed = verdict.standard().confirmed();
		for (StandardVerdict.Check check : trainable(verdict)) {
			List<Object> args = new ArrayList<>();
			List<Integer> keys = new ArrayList<>();
			args.add(check.requirement().messageKey());
			keys.add(0);
			args.add(String.valueOf(verdict.postName()));
			explain(check, args, keys);
			needs.add(new Need("STANDARD_" + check.requirement().name(), Need.NeedSource.STANDARD_GAP,
					kind(check.requirement()), "training.need.STANDARD_GAP", args, keys, citation, confirmed, null));
			listed.put(check.requirement(), check.required());
		}
		return listed;
	}

	/**
	 * (b) For each title the person is planned for on the day, the failing requirements
	 * of its standard (staffing's verdict against the title), one need per requirement:
	 * the title asking most, and none when the post's own standard already lists a need
	 * asking as much. Cites the title's standard and the rule in force
	 * ({@link RuleKey#TRAINING_PLANNED_TITLE}, QĐ 377 / HD 45 §II.5.1).
	 */
	private void plannedTitles(long personId, LocalDate day, Map<Requirement, String> listed, List<Need> needs) {
		Optional<RuleVersion> rule = this.rules.inForce(RuleKey.TRAINING_PLANNED_TITLE, day);
		if (rule.isEmpty()) {
			return;
		}
		Map<Requirement, Need> chosen = new LinkedHashMap<>();
		Map<Requirement, String> asked = new LinkedHashMap<>();
		Set<String> judged = new HashSet<>();
		for (PlanEntry entry : this.plans.plannedTitles(personId, day)) {
			if (!judged.add(entry.titleCode())) {
				continue;
			}
			StandardVerdict verdict = this.standards.verdictForTitle(personId, entry.titleCode(), day);
			if (verdict.standard() == null) {
				continue;
			}
			for (StandardVerdict.Check check : trainable(verdict)) {
				Requirement requirement = check.requirement();
				String post = listed.get(requirement);
				String earlier = asked.get(requirement);
				if ((post != null && asksAtLeast(requirement, post, check.required()))
						|| (earlier != null && asksAtLeast(requirement, earlier, check.required()))) {
					continue;
				}
				List<Object> args = new ArrayList<>();
				List<Integer> keys = new ArrayList<>();
				args.add(requirement.messageKey());
				keys.add(0);
				args.add(String.valueOf(verdict.postName()));
				args.add(entry.unitName());
				args.add(entry.source());
				explain(check, args, keys);
				String citation = verdict.standard().citation() + "; " + rule.get().citation();
				chosen.put(requirement,
						new Need("PLANNED_" + requirement.name(), Need.NeedSource.PLANNED_TITLE, kind(requirement),
								"training.need.PLANNED_TITLE", args, keys, citation,
								verdict.standard().confirmed() && rule.get().confirmed(), null));
				asked.put(requirement, check.required());
			}
		}
		needs.addAll(chosen.values());
	}

	/**
	 * The failing requirements of a verdict that training can meet (age is not trained).
	 */
	private static List<StandardVerdict.Check> trainable(StandardVerdict verdict) {
		return verdict.checks()
			.stream()
			.filter((check) -> !check.met() && check.requirement() != Requirement.MIN_AGE
					&& check.requirement() != Requirement.MAX_AGE)
			.toList();
	}

	private static @Nullable CourseKind kind(Requirement requirement) {
		return switch (requirement) {
			case POLITICAL_THEORY -> CourseKind.POLITICAL_THEORY;
			case STATE_MANAGEMENT -> CourseKind.STATE_MANAGEMENT;
			default -> null;
		};
	}

	/** Appends what the check asks and what the record shows (levels as message keys). */
	private static void explain(StandardVerdict.Check check, List<Object> args, List<Integer> keys) {
		Requirement requirement = check.requirement();
		String required = levelKey(requirement, check.required());
		String actual = levelKey(requirement, (check.actual() != null) ? check.actual() : "NONE");
		if (required != null && actual != null) {
			keys.add(args.size());
			args.add(required);
			keys.add(args.size());
			args.add(actual);
		}
		else {
			args.add(check.required());
			args.add((check.actual() != null) ? check.actual() : "—");
		}
	}

	/**
	 * Whether requirement value {@code first} asks at least what {@code second} asks:
	 * levels by their order, the general-education grade by its number, anything else
	 * when equal.
	 */
	static boolean asksAtLeast(Requirement requirement, String first, String second) {
		try {
			return switch (requirement) {
				case POLITICAL_THEORY ->
					PoliticalTheoryLevel.valueOf(first).atLeast(PoliticalTheoryLevel.valueOf(second));
				case STATE_MANAGEMENT ->
					StateManagementLevel.valueOf(first).atLeast(StateManagementLevel.valueOf(second));
				case PROFESSIONAL_LEVEL -> ProfessionalLevel.valueOf(first).atLeast(ProfessionalLevel.valueOf(second));
				case GENERAL_EDUCATION -> grade(first) >= grade(second);
				default -> first.equals(second);
			};
		}
		catch (IllegalArgumentException ex) {
			return first.equals(second);
		}
	}

	private static int grade(String value) {
		int slash = value.indexOf('/');
		return Integer.parseInt((slash < 0) ? value : value.substring(0, slash));
	}

	private void annualPeriods(long personId, LocalDate day, RuleVersion rule, List<Need> needs) {
		int minimum = Math.toIntExact(rule.parameter("annualPeriods"));
		int done = this.store.periodsIn(personId, day.getYear());
		if (done < minimum) {
			needs.add(new Need("ANNUAL_PERIODS", Need.NeedSource.ANNUAL_DEVELOPMENT, CourseKind.JOB_POSITION,
					"training.need.ANNUAL_PERIODS", List.of(minimum, day.getYear(), done, minimum - done), List.of(),
					rule.citation(), rule.confirmed(), LocalDate.of(day.getYear(), 12, 31)));
		}
	}

	private void leaderProgramme(long personId, LocalDate day, RuleVersion rule, List<Need> needs) {
		List<AssignmentView> posts = this.assignments.ofPerson(personId);
		Optional<AssignmentView> held = posts.stream()
			.filter((post) -> post.heldOn(day) && post.selection() == Selection.APPOINTED)
			.filter((post) -> this.assignments.holdsLeadershipPost(personId, post.validFrom()))
			.findFirst();
		if (held.isEmpty()) {
			return;
		}
		// the first appointment to a leadership post: the earliest appointed leadership
		// post
		LocalDate first = posts.stream()
			.filter((post) -> post.selection() == Selection.APPOINTED && !post.validFrom().isAfter(day))
			.filter((post) -> this.assignments.holdsLeadershipPost(personId, post.validFrom()))
			.map(AssignmentView::validFrom)
			.min(Comparator.naturalOrder())
			.orElse(held.get().validFrom());
		if (first.isBefore(PROGRAMME_FROM)) {
			return;
		}
		boolean done = this.store.coursesOf(personId)
			.stream()
			.anyMatch((course) -> course.kind() == CourseKind.LEADERSHIP_PROGRAMME
					&& !course.endDate().isBefore(first.minusMonths(rule.parameter("leaderProgrammeMonths"))));
		if (!done) {
			LocalDate due = first.plusMonths(rule.parameter("leaderProgrammeMonths"));
			needs.add(new Need("LEADER_PROGRAMME", Need.NeedSource.LEADER_PROGRAMME, CourseKind.LEADERSHIP_PROGRAMME,
					"training.need.LEADER_PROGRAMME", List.of(held.get().postName(), first, due), List.of(),
					rule.citation(), rule.confirmed(), due));
		}
	}

	/** The message key of a level a requirement names, or null when it names none. */
	private static @Nullable String levelKey(Requirement requirement, String value) {
		try {
			return switch (requirement) {
				case POLITICAL_THEORY -> PoliticalTheoryLevel.valueOf(value).messageKey();
				case STATE_MANAGEMENT -> StateManagementLevel.valueOf(value).messageKey();
				case PROFESSIONAL_LEVEL -> ProfessionalLevel.valueOf(value).messageKey();
				default -> null;
			};
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** Cán bộ, công chức and viên chức must take development; others are not counted. */
	static boolean developed(PersonnelCategory category) {
		return category == PersonnelCategory.CADRE || category == PersonnelCategory.CIVIL_SERVANT
				|| category == PersonnelCategory.PUBLIC_EMPLOYEE;
	}

}
