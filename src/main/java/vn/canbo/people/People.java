package vn.canbo.people;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.canbo.orgunits.OrgUnitView;
import vn.canbo.orgunits.OrgUnits;
import vn.canbo.orgunits.Subtree;
import vn.canbo.security.CurrentUser;
import vn.canbo.security.CurrentUsers;
import vn.canbo.security.Role;
import vn.canbo.shared.ConcurrentEditException;
import vn.canbo.shared.DataChanged;
import vn.canbo.shared.DataChanges;
import vn.canbo.shared.FieldProblem;
import vn.canbo.shared.InvalidInputException;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.OutOfScopeException;
import vn.canbo.shared.PageResult;

/**
 * Personnel records: find people within the user's scope, read a record (the sensitive
 * parts only for roles that need them, each such view logged), create, change and remove
 * records with every change audited and concurrent edits refused.
 */
@Service
@Transactional(readOnly = true)
public class People {

	/** The entity type of records in the audit trail. */
	public static final String AUDIT_TYPE = "Person";

	private static final int MAX_PAGE_SIZE = 500;

	private final PersonStore store;

	private final PersonQueries queries;

	private final OrgUnits orgUnits;

	private final CurrentUsers currentUsers;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	People(PersonStore store, PersonQueries queries, OrgUnits orgUnits, CurrentUsers currentUsers,
			ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.queries = queries;
		this.orgUnits = orgUnits;
		this.currentUsers = currentUsers;
		this.events = events;
		this.clock = clock;
	}

	/** Whether the current user may create and change records. */
	public boolean canEdit() {
		return this.currentUsers.current().hasAny(Role.ADMIN, Role.ORG_OFFICER);
	}

	/**
	 * Whether the current user may see the ID number, family, health, personal history
	 * and discipline: administrators, organisation officers and leaders.
	 */
	public boolean canSeeSensitive() {
		return this.currentUsers.current().hasAny(Role.ADMIN, Role.ORG_OFFICER, Role.LEADER);
	}

	/**
	 * One page of the people matching the filter within the user's scope, in Vietnamese
	 * name order.
	 */
	public PageResult<PersonSummary> search(PersonFilter filter, int page, int size) {
		return this.queries.page(filter, within(filter), reader(), today(), PageResult.page(page),
				PageResult.size(size, MAX_PAGE_SIZE));
	}

	/**
	 * Every person matching the filter within the user's scope, in list order, streamed
	 * to the consumer (for exports). Handing out ID numbers is logged.
	 */
	@Transactional
	public void forEach(PersonFilter filter, Consumer<PersonSummary> consumer) {
		boolean sensitive = canSeeSensitive();
		int[] count = { 0 };
		this.queries.forEach(filter, within(filter), reader(), today(), (person) -> {
			count[0]++;
			consumer.accept(person);
		});
		logExport(filter, sensitive, count[0]);
	}

	private void logExport(PersonFilter filter, boolean sensitive, int rows) {
		if (sensitive && rows > 0) {
			Map<String, Object> seen = new LinkedHashMap<>();
			seen.put("channel", "EXPORT");
			seen.put("fields", List.of("identity.citizenId"));
			seen.put("rows", rows);
			seen.put("filter", filter);
			this.events.publishEvent(new DataChanged(AUDIT_TYPE, "export", DataChanged.Action.VIEW, null, seen,
					this.orgUnits.visibleSubtree(today()).pathPrefix()));
		}
	}

	/**
	 * Every person matching the filter within the user's scope, in list order, with the
	 * whole record (without the sensitive parts unless the user may see them) and the
	 * agency's code, streamed to the consumer (for exports that re-import). Handing out
	 * ID numbers is logged.
	 */
	@Transactional
	public void forEachRecord(PersonFilter filter, Consumer<ListedPerson> consumer) {
		boolean sensitive = canSeeSensitive();
		int[] count = { 0 };
		this.queries.forEachRecord(filter, within(filter), reader(), today(), this.store.columns(), (person) -> {
			count[0]++;
			consumer.accept(sensitive ? person : new ListedPerson(person.id(), withoutSensitive(person.details()),
					person.agencyCode(), person.agencyName()));
		});
		logExport(filter, sensitive, count[0]);
	}

	/**
	 * {@link #forEachRecord} limited to the records changed since the instant: updated
	 * themselves since then, or named in {@code alsoChanged} (people whose data kept by
	 * other modules changed since then, as those modules tell). For exports of what
	 * changed since the last one (the national database, docs/decisions/027).
	 */
	@Transactional
	public void forEachRecordChangedSince(PersonFilter filter, Instant since, Collection<Long> alsoChanged,
			Consumer<ListedPerson> consumer) {
		boolean sensitive = canSeeSensitive();
		int[] count = { 0 };
		this.queries.forEachRecord(filter, within(filter), reader(), today(), this.store.columns(), since, alsoChanged,
				(person) -> {
					count[0]++;
					consumer.accept(sensitive ? person : new ListedPerson(person.id(),
							withoutSensitive(person.details()), person.agencyCode(), person.agencyName()));
				});
		logExport(filter, sensitive, count[0]);
	}

	/**
	 * The person's list line (no sensitive data), if the user may read the record (within
	 * their scope; staff only their own): for other modules that show whose post, verdict
	 * or schedule they are reporting.
	 */
	public PersonSummary summary(long id) {
		requireReadable(id);
		PersonSummary person = this.queries.summary(id)
			.orElseThrow(() -> new NotFoundException("people.error.notFound", id));
		this.orgUnits.current(person.agencyId());
		return person;
	}

	/**
	 * Refuses lists that name the people of a unit to staff, who read only their own
	 * record (other modules' lists: post holders, standards, schedules).
	 */
	public void requireScopeReader() {
		if (!this.currentUsers.current().readsScope()) {
			throw new OutOfScopeException("error.forbidden");
		}
	}

	/**
	 * The professional degrees earned in the period (both days included; a degree counts
	 * in the month of its end) by the people placed in the subtree, per level, counted in
	 * SQL from the 2C training history (item 27, kind PROFESSIONAL); the qualification as
	 * written is read as a level by its label ("Cử nhân", "Kỹ sư", "Thạc sĩ", "ThS" …); a
	 * text naming no level is not counted. Readers of the scope.
	 */
	public Map<ProfessionalLevel, Long> degreesEarned(Subtree within, LocalDate from, LocalDate to) {
		requireScopeReader();
		Map<ProfessionalLevel, Long> levels = new java.util.EnumMap<>(ProfessionalLevel.class);
		this.queries.degreesByQualification(within, from, to)
			.forEach((qualification, count) -> ProfessionalLevel.fromLabel(qualification)
				.filter((level) -> level != ProfessionalLevel.NONE)
				.ifPresent((level) -> levels.merge(level, count, Long::sum)));
		return levels;
	}

	/**
	 * Refuses a record the user may not read whatever its place: staff read only their
	 * own (the scope is checked apart).
	 */
	public void requireReadable(long id) {
		if (!this.currentUsers.current().mayRead(id)) {
			throw new OutOfScopeException();
		}
	}

	/**
	 * The list lines of the people with these ids that exist, each checked to be within
	 * the user's scope: {@link #summary(long)} for many at once.
	 */
	public Map<Long, PersonSummary> summaries(Collection<Long> ids) {
		ids.forEach(this::requireReadable);
		Map<Long, PersonSummary> found = new HashMap<>();
		Set<Long> agencies = new HashSet<>();
		for (PersonSummary person : this.queries.summaries(ids)) {
			if (agencies.add(person.agencyId())) {
				this.orgUnits.current(person.agencyId());
			}
			found.put(person.id(), person);
		}
		return found;
	}

	/**
	 * The record as the user may see it; a view that includes sensitive data is logged
	 * with the channel it went through (e.g. PAGE, API, PDF).
	 */
	@Transactional
	public PersonView get(long id, String channel) {
		requireReadable(id);
		PersonStore.Stored stored = this.store.find(id)
			.orElseThrow(() -> new NotFoundException("people.error.notFound", id));
		long agencyId = Objects.requireNonNull(stored.details().employment().agencyId());
		OrgUnitView agency = this.orgUnits.current(agencyId);
		boolean sensitive = canSeeSensitive();
		PersonDetails details = sensitive ? stored.details() : withoutSensitive(stored.details());
		if (sensitive) {
			Map<String, Object> seen = new LinkedHashMap<>();
			seen.put("fullName", stored.details().identity().fullName());
			seen.put("channel", channel);
			seen.put("fields",
					List.of("identity.citizenId", "recognition.discipline", "health", "personalHistory", "relatives"));
			this.events.publishEvent(new DataChanged(AUDIT_TYPE, String.valueOf(id), DataChanged.Action.VIEW, null,
					seen, agency.path()));
		}
		return new PersonView(id, stored.version(), details, agency.name(), this.orgUnits.label(agency), sensitive,
				canEdit(), stored.createdAt(), stored.updatedAt());
	}

	@Transactional
	public PersonView create(PersonDetails input) {
		requireEditor();
		PersonDetails details = normalise(input);
		OrgUnitView agency = validate(details, null);
		long id;
		try {
			id = this.store.insert(details, this.clock.instant());
		}
		catch (DuplicateKeyException ex) {
			throw duplicate(details, ex);
		}
		this.events.publishEvent(new DataChanged(AUDIT_TYPE, String.valueOf(id), DataChanged.Action.CREATE, null,
				snapshot(details), agency.path()));
		return get(id, "EDIT");
	}

	/** The first people of an agency in name order, for tools that need someone there. */
	public List<Long> idsInAgency(long agencyId, int limit) {
		this.orgUnits.current(agencyId);
		return this.queries.idsInAgency(agencyId, limit);
	}

	/**
	 * Creates many records in one batch, all or none: for bulk loads of trusted data
	 * (demo, benchmarks). Every record is checked; the first invalid one fails the batch
	 * with its problems, their fields prefixed by its index
	 * ({@code [3].identity.gender}).
	 */
	@Transactional
	public List<Long> createAll(List<PersonDetails> inputs) {
		requireEditor();
		List<PersonDetails> records = new ArrayList<>(inputs.size());
		Map<Long, OrgUnitView> agencies = new HashMap<>();
		for (int i = 0; i < inputs.size(); i++) {
			PersonDetails details = normalise(inputs.get(i));
			List<FieldProblem> problems = PersonValidator.check(details, today());
			if (!problems.isEmpty()) {
				int index = i;
				throw new InvalidInputException(problems.stream()
					.map((problem) -> new FieldProblem("[" + index + "]." + problem.field(), problem.messageKey(),
							problem.arguments()))
					.toList());
			}
			agencies.computeIfAbsent(details.employment().agencyId(), this.orgUnits::current);
			records.add(details);
		}
		List<Long> ids = this.store.insertAll(records, this.clock.instant());
		List<DataChanged> changes = new ArrayList<>(ids.size());
		for (int i = 0; i < ids.size(); i++) {
			PersonDetails details = records.get(i);
			changes.add(new DataChanged(AUDIT_TYPE, String.valueOf(ids.get(i)), DataChanged.Action.CREATE, null,
					snapshot(details), agencies.get(details.employment().agencyId()).path()));
		}
		this.events.publishEvent(new DataChanges(changes));
		return ids;
	}

	/**
	 * Replaces the record's details, if it is still at the version the user read; a
	 * record changed meanwhile is refused and nothing is overwritten.
	 */
	@Transactional
	public PersonView update(long id, long version, PersonDetails input) {
		requireEditor();
		PersonStore.Stored before = this.store.find(id)
			.orElseThrow(() -> new NotFoundException("people.error.notFound", id));
		this.orgUnits.current(Objects.requireNonNull(before.details().employment().agencyId()));
		if (before.version() != version) {
			throw new ConcurrentEditException();
		}
		PersonDetails details = normalise(input);
		OrgUnitView agency = validate(details, id);
		boolean written;
		try {
			written = this.store.update(id, version, details, this.clock.instant());
		}
		catch (DuplicateKeyException ex) {
			throw duplicate(details, ex);
		}
		if (!written) {
			throw new ConcurrentEditException();
		}
		this.events.publishEvent(new DataChanged(AUDIT_TYPE, String.valueOf(id), DataChanged.Action.UPDATE,
				snapshot(before.details()), snapshot(details), agency.path()));
		return get(id, "EDIT");
	}

	/**
	 * Moves the record to the agency where the person now holds their main post, with
	 * that post as the current position and the day they joined: for the module that
	 * records posts, so that the record's placement (and the scope of everyone who may
	 * see it) follows a transfer. Audited like any change; nothing happens when the
	 * record is already there with that position.
	 */
	@Transactional
	public void placeIn(long id, long agencyId, String position, LocalDate joinedOn) {
		requireEditor();
		PersonStore.Stored before = this.store.find(id)
			.orElseThrow(() -> new NotFoundException("people.error.notFound", id));
		this.orgUnits.current(Objects.requireNonNull(before.details().employment().agencyId()));
		PersonDetails.Employment employment = before.details().employment();
		if (Objects.equals(employment.agencyId(), agencyId) && Objects.equals(employment.position(), position)) {
			return;
		}
		PersonDetails details = before.details()
			.withEmployment(new PersonDetails.Employment(employment.staffCode(), employment.category(), agencyId,
					position, employment.mainDuties(), employment.local(), employment.occupationBeforeRecruitment(),
					employment.recruitedOn(), employment.recruitingAgency(),
					Objects.equals(employment.agencyId(), agencyId) ? employment.joinedAgencyOn() : joinedOn));
		OrgUnitView agency = validate(details, id);
		if (!this.store.update(id, before.version(), details, this.clock.instant())) {
			throw new ConcurrentEditException();
		}
		this.events.publishEvent(new DataChanged(AUDIT_TYPE, String.valueOf(id), DataChanged.Action.UPDATE,
				snapshot(before.details()), snapshot(details), agency.path()));
	}

	/**
	 * Raises the record's qualifications to the levels a completed course granted (for
	 * the training module): a level already held or higher is kept, never lowered.
	 * Audited like any change; nothing happens when no level rises.
	 */
	@Transactional
	public void raiseQualifications(long id, @Nullable PoliticalTheoryLevel politicalTheory,
			@Nullable StateManagementLevel stateManagement, @Nullable ProfessionalLevel professional) {
		requireEditor();
		PersonStore.Stored before = this.store.find(id)
			.orElseThrow(() -> new NotFoundException("people.error.notFound", id));
		this.orgUnits.current(Objects.requireNonNull(before.details().employment().agencyId()));
		PersonDetails.Qualifications held = before.details().qualifications();
		PoliticalTheoryLevel theory = held.politicalTheory();
		if (politicalTheory != null && (theory == null || !theory.atLeast(politicalTheory))) {
			theory = politicalTheory;
		}
		StateManagementLevel management = held.stateManagement();
		if (stateManagement != null && (management == null || !management.atLeast(stateManagement))) {
			management = stateManagement;
		}
		ProfessionalLevel level = held.professionalLevel();
		if (professional != null && (level == null || !level.atLeast(professional))) {
			level = professional;
		}
		if (theory == held.politicalTheory() && management == held.stateManagement()
				&& level == held.professionalLevel()) {
			return;
		}
		PersonDetails details = before.details()
			.withQualifications(new PersonDetails.Qualifications(held.generalEducation(), level,
					held.professionalField(), held.academicTitle(), theory, management, held.foreignLanguages(),
					held.informationTechnology()));
		OrgUnitView agency = validate(details, id);
		if (!this.store.update(id, before.version(), details, this.clock.instant())) {
			throw new ConcurrentEditException();
		}
		this.events.publishEvent(new DataChanged(AUDIT_TYPE, String.valueOf(id), DataChanged.Action.UPDATE,
				snapshot(before.details()), snapshot(details), agency.path()));
	}

	@Transactional
	public void delete(long id, long version) {
		requireEditor();
		PersonStore.Stored before = this.store.find(id)
			.orElseThrow(() -> new NotFoundException("people.error.notFound", id));
		OrgUnitView agency = this.orgUnits.current(Objects.requireNonNull(before.details().employment().agencyId()));
		if (!this.store.delete(id, version)) {
			throw new ConcurrentEditException();
		}
		this.events.publishEvent(new DataChanged(AUDIT_TYPE, String.valueOf(id), DataChanged.Action.DELETE,
				snapshot(before.details()), null, agency.path()));
	}

	/**
	 * The record's photo, if it has one and the record is within the user's scope.
	 */
	public Optional<PersonPhoto> photo(long id) {
		requireReadable(id);
		PersonStore.Stored stored = this.store.find(id)
			.orElseThrow(() -> new NotFoundException("people.error.notFound", id));
		this.orgUnits.current(Objects.requireNonNull(stored.details().employment().agencyId()));
		return this.store.photo(id);
	}

	/**
	 * Replaces the record's photo: a JPEG or PNG, recognised by its content rather than
	 * by what the browser claims, of at most 2 MB. Audited as a change of the record; the
	 * record's version is left alone so that an edit open elsewhere is not refused.
	 */
	@Transactional
	public void changePhoto(long id, byte[] content) {
		requireEditor();
		PersonStore.Stored stored = this.store.find(id)
			.orElseThrow(() -> new NotFoundException("people.error.notFound", id));
		OrgUnitView agency = this.orgUnits.current(Objects.requireNonNull(stored.details().employment().agencyId()));
		PersonPhoto photo = PersonPhoto.of(content);
		Optional<PersonPhoto> before = this.store.photo(id);
		this.store.savePhoto(id, photo, this.clock.instant());
		String fullName = Objects.requireNonNull(stored.details().identity().fullName());
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("fullName", fullName);
		after.put("photo", photo.summary());
		Map<String, Object> previous = new LinkedHashMap<>();
		previous.put("fullName", fullName);
		before.ifPresent((old) -> previous.put("photo", old.summary()));
		this.events.publishEvent(new DataChanged(AUDIT_TYPE, String.valueOf(id), DataChanged.Action.UPDATE, previous,
				after, agency.path()));
	}

	/** Cleans the text of the input the same way whatever channel it came through. */
	static PersonDetails normalise(PersonDetails input) {
		PersonDetails cleaned = Objects.requireNonNull(TextCleaner.clean(input));
		PersonDetails.Identity identity = cleaned.identity();
		PersonDetails.Employment employment = cleaned.employment();
		return cleaned
			.withIdentity(new PersonDetails.Identity(identity.fullName(), identity.otherNames(), identity.birthDay(),
					identity.birthMonth(), identity.birthYear(), identity.gender(), identity.birthPlaceCode(),
					identity.birthPlace(), identity.homeTownCode(), identity.homeTown(), identity.permanentAddress(),
					identity.currentAddress(), identity.phone(), identity.email(), identity.ethnicity(),
					identity.religion() == null ? Religion.NONE : identity.religion(), digits(identity.citizenId()),
					identity.citizenIdIssuedOn(), identity.citizenIdIssuedBy(),
					digits(identity.socialInsuranceNumber()), identity.familyBackground()))
			.withEmployment(new PersonDetails.Employment(employment.staffCode(), employment.category(),
					employment.agencyId(), employment.position(), employment.mainDuties(), employment.local(),
					employment.occupationBeforeRecruitment(), employment.recruitedOn(), employment.recruitingAgency(),
					employment.joinedAgencyOn()));
	}

	/**
	 * What saving the details would refuse, without saving: lets a form that found
	 * unreadable values report the broken rules of the rest in the same round.
	 * @param id the record being edited, null for a new one
	 */
	public List<FieldProblem> problems(PersonDetails input, @Nullable Long id) {
		requireEditor();
		try {
			validate(normalise(input), id);
			return List.of();
		}
		catch (InvalidInputException ex) {
			return ex.problems();
		}
	}

	/**
	 * Checks the rules and the uniqueness of the ID and staff numbers, and that the
	 * agency lies in the user's scope; returns the agency.
	 */
	private OrgUnitView validate(PersonDetails details, @Nullable Long id) {
		List<FieldProblem> problems = new ArrayList<>(PersonValidator.check(details, today()));
		OrgUnitView agency = null;
		Long agencyId = details.employment().agencyId();
		if (agencyId != null) {
			try {
				agency = this.orgUnits.current(agencyId);
			}
			catch (NotFoundException | OutOfScopeException ex) {
				problems.add(FieldProblem.of("employment.agencyId", "people.error.agency.unknown", agencyId));
			}
		}
		String citizenId = details.identity().citizenId();
		if (citizenId != null) {
			this.store.idForCitizenId(citizenId)
				.filter((other) -> !other.equals(id))
				.ifPresent((other) -> problems.add(citizenIdTaken(citizenId, other)));
		}
		String staffCode = details.employment().staffCode();
		if (staffCode != null) {
			this.store.idForStaffCode(staffCode)
				.filter((other) -> !other.equals(id))
				.ifPresent((other) -> problems
					.add(FieldProblem.of("employment.staffCode", "people.error.staffCode.taken", staffCode)));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return Objects.requireNonNull(agency);
	}

	/**
	 * The ID number is on another record: named when the user may read that record,
	 * otherwise only said to lie outside their scope (as the import says).
	 */
	private FieldProblem citizenIdTaken(String citizenId, long other) {
		CurrentUser user = this.currentUsers.current();
		PersonSummary holder = this.queries.summary(other).orElse(null);
		if (holder != null && user.mayRead(other) && (user.scopeUnitId() == null
				|| this.orgUnits.isWithin(user.scopeUnitId(), holder.agencyId(), today()))) {
			return FieldProblem.of("identity.citizenId", "people.error.citizenId.taken", citizenId, holder.fullName());
		}
		return FieldProblem.of("identity.citizenId", "people.error.citizenId.takenOutOfScope", citizenId);
	}

	private InvalidInputException duplicate(PersonDetails details, DuplicateKeyException ex) {
		String citizenId = Optional.ofNullable(details.identity().citizenId()).orElse("");
		return new InvalidInputException(
				List.of(FieldProblem.of("identity.citizenId", "people.error.citizenId.taken", citizenId, "")));
	}

	private void requireEditor() {
		if (!canEdit()) {
			throw new OutOfScopeException("error.forbidden");
		}
	}

	/**
	 * The scope, and the unit filter when there is one (checked visible): the tree as it
	 * stood on the filter's date, or today.
	 */
	private List<Subtree> within(PersonFilter filter) {
		LocalDate day = (filter.asOf() != null) ? filter.asOf() : today();
		List<Subtree> within = new ArrayList<>();
		within.add(this.orgUnits.visibleSubtree(day));
		if (filter.unitId() != null) {
			within.add(this.orgUnits.subtree(filter.unitId(), day));
		}
		return within;
	}

	/**
	 * What the user's lists hold: ID numbers shown and searched only for those who may
	 * read them; staff see only their own record.
	 */
	private PersonQueries.Reader reader() {
		CurrentUser user = this.currentUsers.current();
		return new PersonQueries.Reader(canSeeSensitive(), !user.readsScope(), user.personId());
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	static PersonDetails withoutSensitive(PersonDetails details) {
		return new PersonDetails(details.identity().withoutCitizenId(), details.employment(), details.qualifications(),
				details.memberships(), details.recognition().withoutDiscipline(), PersonDetails.Health.EMPTY,
				PersonDetails.PersonalHistory.EMPTY, details.trainings(), details.workHistory(),
				details.salaryHistory(), List.of());
	}

	/**
	 * What the audit trail keeps of a record: its name (the trail's subject) and details.
	 */
	static Map<String, Object> snapshot(PersonDetails details) {
		Map<String, Object> snapshot = new LinkedHashMap<>();
		snapshot.put("fullName", Objects.requireNonNull(details.identity().fullName()));
		snapshot.put("record", details);
		return snapshot;
	}

	private static @Nullable String digits(@Nullable String text) {
		return text == null ? null : text.replaceAll("[\\s.]", "");
	}

}
