package vn.canbo.staffing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.canbo.orgunits.OrgUnitView;
import vn.canbo.orgunits.OrgUnits;
import vn.canbo.people.People;
import vn.canbo.people.PersonSummary;
import vn.canbo.people.PersonnelCategory;
import vn.canbo.security.CurrentUsers;
import vn.canbo.security.Role;
import vn.canbo.shared.ConcurrentEditException;
import vn.canbo.shared.DataChanged;
import vn.canbo.shared.DataChanges;
import vn.canbo.shared.FieldProblem;
import vn.canbo.shared.InvalidInputException;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.PageResult;

/**
 * Who holds which post: record, correct, end and remove assignments (bổ nhiệm, bầu, phân
 * công, tuyển dụng vào vị trí việc làm), each change audited, concurrent edits refused,
 * at most one primary post per person at a time.
 */
@Service
@Transactional(readOnly = true)
public class Assignments {

	/** The entity type of assignments in the audit trail. */
	public static final String AUDIT_TYPE = "Assignment";

	/** The longest page of holders a caller may ask for. */
	public static final int MAX_PAGE_SIZE = 500;

	private final AssignmentStore store;

	private final PostCatalogue catalogue;

	private final People people;

	private final OrgUnits orgUnits;

	private final CurrentUsers currentUsers;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Assignments(AssignmentStore store, PostCatalogue catalogue, People people, OrgUnits orgUnits,
			CurrentUsers currentUsers, ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.catalogue = catalogue;
		this.people = people;
		this.orgUnits = orgUnits;
		this.currentUsers = currentUsers;
		this.events = events;
		this.clock = clock;
	}

	public boolean canEdit() {
		return this.currentUsers.current().hasAny(Role.ADMIN, Role.ORG_OFFICER);
	}

	/** The person's posts, latest first (the post history of the record). */
	public List<AssignmentView> ofPerson(long personId) {
		this.people.summary(personId);
		return this.store.ofPerson(personId);
	}

	/**
	 * Whether the person holds a leadership or management post (chức vụ lãnh đạo, quản
	 * lý) on the day: a title of the catalogue other than the commune civil-servant
	 * titles of NĐ 33/2023, or a job position of the leadership group; the person must be
	 * in scope.
	 */
	public boolean holdsLeadershipPost(long personId, LocalDate day) {
		this.people.summary(personId);
		return this.store.holdsLeadershipPost(personId, day);
	}

	/**
	 * One page of the posts held on the date in the unit and below it that pass the
	 * filter (the people behind a headcount or a title), with their total.
	 */
	public PageResult<AssignmentView> holders(String unitCode, LocalDate asOf, HolderFilter filter, int page,
			int size) {
		this.people.requireScopeReader();
		OrgUnitView unit = this.orgUnits.getByCode(unitCode, asOf);
		List<Long> ids = this.orgUnits.nodesUnder(unit.id(), asOf).stream().map((node) -> node.id()).toList();
		return this.store.heldIn(ids, asOf, filter, PageResult.page(page), PageResult.size(size, MAX_PAGE_SIZE));
	}

	public AssignmentView get(long id) {
		AssignmentView assignment = this.store.find(id)
			.orElseThrow(() -> new NotFoundException("staffing.error.assignmentNotFound", id));
		this.orgUnits.current(assignment.unitId());
		return assignment;
	}

	@Transactional
	public AssignmentView record(RecordAssignment command) {
		requireEditor();
		Checked checked = check(command);
		long id;
		try {
			id = this.store.insert(checked.row(), this.clock.instant());
		}
		catch (DataIntegrityViolationException ex) {
			throw overlap(ex);
		}
		AssignmentView created = this.store.find(id).orElseThrow();
		this.events.publishEvent(new DataChanged(AUDIT_TYPE, String.valueOf(id), DataChanged.Action.CREATE, null,
				created, checked.unit().path()));
		LocalDate today = LocalDate.now(this.clock);
		if (created.kind() == AssignmentKind.PRIMARY && created.heldOn(today)) {
			// The record follows the person's main post: a transfer moves it, and the
			// lists
			// and scopes built on the record's placement agree with the staffing reports.
			this.people.placeIn(created.personId(), created.unitId(), created.postName(), created.validFrom());
		}
		return created;
	}

	/**
	 * Records many assignments in JDBC batches, all or none: for bulk loads of trusted
	 * data (demo, benchmarks, imports). Each is checked like a single one.
	 */
	@Transactional
	public int recordAll(List<RecordAssignment> commands) {
		requireEditor();
		List<AssignmentStore.Row> rows = new ArrayList<>(commands.size());
		List<DataChanged> changes = new ArrayList<>(commands.size());
		UnitsByCode units = new UnitsByCode(this.orgUnits);
		Map<Long, PersonSummary> persons = new HashMap<>(this.people
			.summaries(commands.stream().map(RecordAssignment::personId).filter(Objects::nonNull).distinct().toList()));
		Posts posts = new Posts();
		for (int i = 0; i < commands.size(); i++) {
			RecordAssignment command = commands.get(i);
			try {
				Checked checked = check(command, units, persons, posts);
				rows.add(checked.row());
				changes.add(new DataChanged(AUDIT_TYPE, command.personId() + ":" + command.validFrom(),
						DataChanged.Action.CREATE, null, command, checked.unit().path()));
			}
			catch (InvalidInputException ex) {
				int index = i;
				throw new InvalidInputException(ex.problems()
					.stream()
					.map((problem) -> new FieldProblem("[" + index + "]." + problem.field(), problem.messageKey(),
							problem.arguments()))
					.toList());
			}
		}
		try {
			this.store.insertAll(rows, this.clock.instant());
		}
		catch (DataIntegrityViolationException ex) {
			throw overlap(ex);
		}
		this.events.publishEvent(new DataChanges(changes));
		return rows.size();
	}

	/** Corrects or ends an assignment, if still at the version read. */
	@Transactional
	public AssignmentView change(long id, ChangeAssignment change) {
		requireEditor();
		AssignmentView before = get(id);
		if (change.version() == null || before.version() != change.version()) {
			throw new ConcurrentEditException();
		}
		LocalDate from = (change.validFrom() != null) ? change.validFrom() : before.validFrom();
		List<FieldProblem> problems = new ArrayList<>();
		if (change.validTo() != null && !change.validTo().isAfter(from)) {
			problems.add(FieldProblem.of("validTo", "staffing.assignment.error.validTo"));
		}
		checkLengths(change.decisionNumber(), change.note(), problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		ChangeAssignment normalised = new ChangeAssignment(change.version(), from, change.validTo(), change.termEnd(),
				blankToNull(change.decisionNumber()), change.decisionDate(), blankToNull(change.note()));
		boolean written;
		try {
			written = this.store.update(id, before.version(), normalised, this.clock.instant());
		}
		catch (DataIntegrityViolationException ex) {
			throw overlap(ex);
		}
		if (!written) {
			throw new ConcurrentEditException();
		}
		AssignmentView after = this.store.find(id).orElseThrow();
		this.events.publishEvent(new DataChanged(AUDIT_TYPE, String.valueOf(id), DataChanged.Action.UPDATE, before,
				after, this.orgUnits.current(after.unitId()).path()));
		return after;
	}

	/** Removes an assignment recorded in error, if still at the version read. */
	@Transactional
	public void delete(long id, long version) {
		requireEditor();
		AssignmentView before = get(id);
		if (!this.store.delete(id, version)) {
			throw new ConcurrentEditException();
		}
		this.events.publishEvent(new DataChanged(AUDIT_TYPE, String.valueOf(id), DataChanged.Action.DELETE, before,
				null, this.orgUnits.current(before.unitId()).path()));
	}

	private Checked check(RecordAssignment command) {
		return check(command, new UnitsByCode(this.orgUnits), new HashMap<>(), new Posts());
	}

	/** The catalogue read once for a batch. */
	private final class Posts {

		private final Map<String, PostTitle> titles = new HashMap<>();

		private final Map<String, JobPosition> jobPositions = new HashMap<>();

		Posts() {
			Assignments.this.catalogue.titles().forEach((title) -> this.titles.put(title.code(), title));
			Assignments.this.catalogue.jobPositions()
				.forEach((position) -> this.jobPositions.put(position.code(), position));
		}

	}

	private Checked check(RecordAssignment command, UnitsByCode units, Map<Long, PersonSummary> persons, Posts posts) {
		List<FieldProblem> problems = new ArrayList<>();
		PersonSummary person = null;
		if (command.personId() == null) {
			problems.add(FieldProblem.of("personId", "staffing.assignment.error.person"));
		}
		else {
			person = persons.computeIfAbsent(command.personId(), this.people::summary);
		}
		LocalDate from = command.validFrom();
		if (from == null) {
			problems.add(FieldProblem.of("validFrom", "staffing.assignment.error.validFromMissing"));
		}
		if (from != null && command.validTo() != null && !command.validTo().isAfter(from)) {
			problems.add(FieldProblem.of("validTo", "staffing.assignment.error.validTo"));
		}
		OrgUnitView unit = null;
		if (command.unitCode() == null || command.unitCode().isBlank()) {
			problems.add(FieldProblem.of("unitCode", "staffing.assignment.error.unit"));
		}
		else if (from != null) {
			try {
				unit = units.get(command.unitCode().trim(), from);
			}
			catch (NotFoundException ex) {
				problems
					.add(FieldProblem.of("unitCode", "staffing.assignment.error.unitOnDate", command.unitCode(), from));
			}
		}
		boolean title = command.titleCode() != null && !command.titleCode().isBlank();
		boolean job = command.jobPositionCode() != null && !command.jobPositionCode().isBlank();
		PostTitle postTitle = null;
		JobPosition jobPosition = null;
		if (title == job) {
			problems.add(FieldProblem.of("titleCode", "staffing.assignment.error.onePost"));
		}
		else if (title) {
			postTitle = posts.titles.get(command.titleCode().trim());
			if (postTitle == null) {
				problems
					.add(FieldProblem.of("titleCode", "staffing.assignment.error.titleUnknown", command.titleCode()));
			}
			else if (from != null && !postTitle.validOn(from)) {
				problems.add(FieldProblem.of("titleCode", "staffing.assignment.error.titleNotInForce", postTitle.name(),
						from));
			}
		}
		else {
			jobPosition = posts.jobPositions.get(command.jobPositionCode().trim());
			if (jobPosition == null) {
				problems.add(FieldProblem.of("jobPositionCode", "staffing.assignment.error.jobPositionUnknown",
						command.jobPositionCode()));
			}
		}
		checkLengths(command.decisionNumber(), command.note(), problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Objects.requireNonNull(person);
		Objects.requireNonNull(unit);
		Objects.requireNonNull(from);
		Selection selection = (command.selection() != null) ? command.selection()
				: (postTitle != null) ? postTitle.selection() : Selection.RECRUITED;
		PersonnelCategory category = (command.category() != null) ? command.category()
				: (postTitle != null) ? person.category() : Objects.requireNonNull(jobPosition).category();
		LocalDate termEnd = (command.termEnd() != null) ? command.termEnd()
				: (postTitle != null) ? from.plusYears(postTitle.termYears()) : null;
		AssignmentStore.Row row = new AssignmentStore.Row(person.id(), unit.id(),
				(postTitle != null) ? postTitle.id() : null, (jobPosition != null) ? jobPosition.id() : null,
				(command.kind() != null) ? command.kind() : AssignmentKind.PRIMARY, selection, category, from,
				command.validTo(), termEnd, blankToNull(command.decisionNumber()), command.decisionDate(),
				blankToNull(command.note()));
		return new Checked(row, unit);
	}

	private static void checkLengths(@Nullable String decisionNumber, @Nullable String note,
			List<FieldProblem> problems) {
		if (decisionNumber != null && decisionNumber.length() > 60) {
			problems.add(FieldProblem.of("decisionNumber", "staffing.error.tooLong", 60));
		}
		if (note != null && note.length() > 500) {
			problems.add(FieldProblem.of("note", "staffing.error.tooLong", 500));
		}
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

	private static RuntimeException overlap(DataIntegrityViolationException ex) {
		if (String.valueOf(ex.getMessage()).contains("assignment_one_primary")) {
			return new InvalidInputException(
					List.of(FieldProblem.of("validFrom", "staffing.assignment.error.overlap")));
		}
		return ex;
	}

	private void requireEditor() {
		if (!canEdit()) {
			throw new vn.canbo.shared.OutOfScopeException();
		}
	}

	private record Checked(AssignmentStore.Row row, OrgUnitView unit) {

	}

}
