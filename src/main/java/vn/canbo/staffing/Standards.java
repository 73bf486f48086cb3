package vn.canbo.staffing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.canbo.orgunits.OrgUnitView;
import vn.canbo.orgunits.OrgUnits;
import vn.canbo.orgunits.SubtreeNode;
import vn.canbo.people.EducationLevel;
import vn.canbo.people.People;
import vn.canbo.people.PersonSummary;
import vn.canbo.people.PersonnelCategory;
import vn.canbo.shared.PageResult;

/**
 * Standards compliance (chuẩn hóa, đạt chuẩn): each person's verdict against the standard
 * of the post they hold on a date, with the failing requirements, and the report "x/y
 * (z%) đạt chuẩn" under any unit by category, with the people behind it.
 */
@Service
@Transactional(readOnly = true)
public class Standards {

	private static final int MAX_PAGE_SIZE = 500;

	private final StandardQueries queries;

	private final PostCatalogue catalogue;

	private final AssignmentStore assignments;

	private final People people;

	private final OrgUnits orgUnits;

	Standards(StandardQueries queries, PostCatalogue catalogue, AssignmentStore assignments, People people,
			OrgUnits orgUnits) {
		this.queries = queries;
		this.catalogue = catalogue;
		this.assignments = assignments;
		this.people = people;
		this.orgUnits = orgUnits;
	}

	/** The compliance report under the unit on the date. */
	public ComplianceReport report(String unitCode, LocalDate asOf) {
		OrgUnitView unit = this.orgUnits.getByCode(unitCode, asOf);
		List<SubtreeNode> nodes = this.orgUnits.nodesUnder(unit.id(), asOf);
		return new ComplianceReport(unit, asOf, Staffing.branches(unit, nodes), this.queries.counts(nodes, asOf));
	}

	/**
	 * The people judged under the unit (or one branch of it) on the date, those failing
	 * first, each with the requirements failed.
	 */
	public PageResult<CompliancePerson> people(String unitCode, LocalDate asOf, @Nullable PersonnelCategory category,
			boolean failingOnly, int page, int size) {
		return people(unitCode, asOf, category, Verdicts.of(failingOnly), page, size);
	}

	/**
	 * As {@link #people(String, LocalDate, PersonnelCategory, boolean, int, int)}, those
	 * failing, those meeting the standard (the "x" of "x/y đạt chuẩn") or everyone.
	 */
	public PageResult<CompliancePerson> people(String unitCode, LocalDate asOf, @Nullable PersonnelCategory category,
			Verdicts verdicts, int page, int size) {
		this.people.requireScopeReader();
		OrgUnitView unit = this.orgUnits.getByCode(unitCode, asOf);
		return this.queries.people(this.orgUnits.nodesUnder(unit.id(), asOf), asOf, category, verdicts,
				PageResult.page(page), PageResult.size(size, MAX_PAGE_SIZE));
	}

	/** Every person judged, for exports. */
	public void forEachPerson(String unitCode, LocalDate asOf, @Nullable PersonnelCategory category, Verdicts verdicts,
			Consumer<CompliancePerson> consumer) {
		this.people.requireScopeReader();
		OrgUnitView unit = this.orgUnits.getByCode(unitCode, asOf);
		this.queries.forEachPerson(this.orgUnits.nodesUnder(unit.id(), asOf), asOf, category, verdicts, consumer);
	}

	/**
	 * The person's verdict on the date, with each requirement, what it asks and what the
	 * record shows.
	 */
	public StandardVerdict verdict(long personId, LocalDate asOf) {
		PersonSummary person = this.people.summary(personId);
		// The scope was checked with the summary; the post history needs no second check.
		Optional<AssignmentView> post = this.assignments.ofPerson(personId)
			.stream()
			.filter((assignment) -> assignment.kind() == AssignmentKind.PRIMARY && assignment.heldOn(asOf))
			.findFirst();
		if (post.isEmpty()) {
			return new StandardVerdict(personId, person.fullName(), asOf, null, null, null, List.of());
		}
		Optional<StandardQueries.Judged> judged = this.queries.person(personId, asOf);
		if (judged.isEmpty()) {
			return new StandardVerdict(personId, person.fullName(), asOf, post.get().postName(), post.get().unitName(),
					null, List.of());
		}
		PostStandard standard = this.catalogue.standard(judged.get().standardId()).orElseThrow();
		return new StandardVerdict(personId, person.fullName(), asOf, post.get().postName(), post.get().unitName(),
				standard, checks(standard, person, judged.get()));
	}

	/**
	 * The person's verdict on the date against the standard of a title they do not
	 * necessarily hold (e.g. one they are planned for), with the same flags as the
	 * verdict of the post held; the post name is the title's, no unit. No standard when
	 * the title is unknown or declares none.
	 */
	public StandardVerdict verdictForTitle(long personId, String titleCode, LocalDate asOf) {
		PersonSummary person = this.people.summary(personId);
		Optional<PostTitle> title = this.catalogue.title(titleCode);
		if (title.isEmpty()) {
			return new StandardVerdict(personId, person.fullName(), asOf, titleCode, null, null, List.of());
		}
		Optional<StandardQueries.Judged> judged = this.queries.personForTitle(personId, title.get().id(), asOf);
		if (judged.isEmpty()) {
			return new StandardVerdict(personId, person.fullName(), asOf, title.get().name(), null, null, List.of());
		}
		PostStandard standard = this.catalogue.standard(judged.get().standardId()).orElseThrow();
		return new StandardVerdict(personId, person.fullName(), asOf, title.get().name(), null, standard,
				checks(standard, person, judged.get()));
	}

	private static List<StandardVerdict.Check> checks(PostStandard standard, PersonSummary person,
			StandardQueries.Judged judged) {
		Map<Requirement, Boolean> flags = judged.flags();
		List<StandardVerdict.Check> checks = new ArrayList<>();
		if (standard.minGeneralEducation() != null) {
			EducationLevel education = person.generalEducation();
			checks.add(new StandardVerdict.Check(Requirement.GENERAL_EDUCATION, standard.minGeneralEducation() + "/12",
					(education == null) ? null : education.grade() + "/" + education.system(),
					flags.get(Requirement.GENERAL_EDUCATION)));
		}
		if (standard.minProfessionalLevel() != null) {
			checks.add(new StandardVerdict.Check(Requirement.PROFESSIONAL_LEVEL, standard.minProfessionalLevel().name(),
					name(person.professionalLevel()), flags.get(Requirement.PROFESSIONAL_LEVEL)));
		}
		if (!standard.professionalFields().isEmpty()) {
			checks.add(new StandardVerdict.Check(Requirement.PROFESSIONAL_FIELD,
					String.join(", ", standard.professionalFields()), person.professionalField(),
					flags.get(Requirement.PROFESSIONAL_FIELD)));
		}
		if (standard.minPoliticalTheory() != null) {
			checks.add(new StandardVerdict.Check(Requirement.POLITICAL_THEORY, standard.minPoliticalTheory().name(),
					name(person.politicalTheory()), flags.get(Requirement.POLITICAL_THEORY)));
		}
		if (standard.minStateManagement() != null) {
			checks.add(new StandardVerdict.Check(Requirement.STATE_MANAGEMENT, standard.minStateManagement().name(),
					name(person.stateManagement()), flags.get(Requirement.STATE_MANAGEMENT)));
		}
		if (standard.minAge() != null) {
			checks.add(new StandardVerdict.Check(Requirement.MIN_AGE, String.valueOf(standard.minAge()),
					String.valueOf(judged.ageYears()), flags.get(Requirement.MIN_AGE)));
		}
		if (standard.maxAge() != null) {
			checks.add(new StandardVerdict.Check(Requirement.MAX_AGE, String.valueOf(standard.maxAge()),
					String.valueOf(judged.ageYears()), flags.get(Requirement.MAX_AGE)));
		}
		return checks;
	}

	private static @Nullable String name(@Nullable Enum<?> value) {
		return (value == null) ? null : value.name();
	}

}
