package vn.canbo.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.canbo.people.PersonSummary;
import vn.canbo.people.PersonnelCategory;
import vn.canbo.people.PoliticalTheoryLevel;
import vn.canbo.people.ProfessionalLevel;
import vn.canbo.people.StateManagementLevel;
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
 * requirements of the titles the person is planned for, once the planning module exists
 * (see the decision: the integrator wires it); (c) mandatory development, the yearly
 * minimum of periods and the state-management programme within 12 months of a first
 * appointment to a leadership post (NĐ 171/2025 Art. 16).
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

	TrainingNeeds(TrainingRecords records, TrainingStore store, Standards standards, Assignments assignments,
			Rules rules) {
		this.records = records;
		this.store = store;
		this.standards = standards;
		this.assignments = assignments;
		this.rules = rules;
	}

	/** The person's open needs on the day. */
	public List<Need> of(long personId, LocalDate day) {
		PersonSummary person = this.records.person(personId);
		List<Need> needs = new ArrayList<>();
		standardGaps(personId, day, needs);
		// (b) planned titles: the planning module is built in parallel; see decision 034.
		Optional<RuleVersion> development = this.rules.inForce(RuleKey.TRAINING_DEVELOPMENT, day);
		if (development.isPresent() && developed(person.category())) {
			annualPeriods(personId, day, development.get(), needs);
			leaderProgramme(personId, day, development.get(), needs);
		}
		return needs;
	}

	private void standardGaps(long personId, LocalDate day, List<Need> needs) {
		StandardVerdict verdict = this.standards.verdict(personId, day);
		if (verdict.standard() == null) {
			return;
		}
		String citation = verdict.standard().citation();
		boolean confirmed = verdict.standard().confirmed();
		for (StandardVerdict.Check check : verdict.checks()) {
			if (check.met()) {
				continue;
			}
			Requirement requirement = check.requirement();
			CourseKind kind = switch (requirement) {
				case POLITICAL_THEORY -> CourseKind.POLITICAL_THEORY;
				case STATE_MANAGEMENT -> CourseKind.STATE_MANAGEMENT;
				default -> null;
			};
			if (requirement == Requirement.MIN_AGE || requirement == Requirement.MAX_AGE) {
				// age is not trained
				continue;
			}
			List<Object> args = new ArrayList<>();
			List<Integer> keys = new ArrayList<>();
			args.add(requirement.messageKey());
			keys.add(0);
			args.add(String.valueOf(verdict.postName()));
			String required = levelKey(requirement, check.required());
			String actual = levelKey(requirement, (check.actual() != null) ? check.actual() : "NONE");
			if (required != null && actual != null) {
				args.add(required);
				keys.add(2);
				args.add(actual);
				keys.add(3);
			}
			else {
				args.add(check.required());
				args.add((check.actual() != null) ? check.actual() : "—");
			}
			needs.add(new Need("STANDARD_" + requirement.name(), Need.NeedSource.STANDARD_GAP, kind,
					"training.need.STANDARD_GAP", args, keys, citation, confirmed, null));
		}
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
