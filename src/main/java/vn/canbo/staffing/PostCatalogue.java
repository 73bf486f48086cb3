package vn.canbo.staffing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.canbo.security.CurrentUsers;
import vn.canbo.security.Role;
import vn.canbo.shared.DataChanged;
import vn.canbo.shared.FieldProblem;
import vn.canbo.shared.InvalidInputException;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.OutOfScopeException;

/**
 * The catalogue of titles (chức danh) and job positions (vị trí việc làm) and the
 * standards each declares, as versions in force from a date with their source; an
 * administrator adds a new version when the rule changes, and past dates keep using the
 * version in force then.
 */
@Service
@Transactional(readOnly = true)
public class PostCatalogue {

	static final String AUDIT_TYPE = "PostStandard";

	private final CatalogueStore store;

	private final CurrentUsers currentUsers;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PostCatalogue(CatalogueStore store, CurrentUsers currentUsers, ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.currentUsers = currentUsers;
		this.events = events;
		this.clock = clock;
	}

	public List<PostTitle> titles() {
		return this.store.titles();
	}

	public List<JobPosition> jobPositions() {
		return this.store.jobPositions();
	}

	public Optional<PostTitle> title(String code) {
		return titles().stream().filter((title) -> title.code().equals(code)).findFirst();
	}

	public Optional<JobPosition> jobPosition(String code) {
		return jobPositions().stream().filter((position) -> position.code().equals(code)).findFirst();
	}

	/** Every version of every standard, oldest first. */
	public List<PostStandard> standards() {
		return this.store.standards();
	}

	/**
	 * The standard of each title (key "T" + id) and job position ("J" + id) in force on
	 * the date.
	 */
	public Map<String, PostStandard> standardsInForce(LocalDate asOf) {
		return this.store.standards()
			.stream()
			.filter((standard) -> (standard.validFrom() == null || !standard.validFrom().isAfter(asOf))
					&& (standard.validTo() == null || standard.validTo().isAfter(asOf)))
			.collect(Collectors.toMap(PostCatalogue::subjectKey, Function.identity(), (first, second) -> second));
	}

	public Optional<PostStandard> standard(long id) {
		return this.store.standard(id);
	}

	static String subjectKey(PostStandard standard) {
		return (standard.titleId() != null) ? "T" + standard.titleId() : "J" + standard.jobPositionId();
	}

	public boolean canEditStandards() {
		// The catalogue is national: only an administrator without a narrower scope edits
		// it.
		return this.currentUsers.current().has(Role.ADMIN) && this.currentUsers.current().isNationwide();
	}

	/**
	 * Adds a version of a standard from its first day on; the version before it ends that
	 * day. Administrators only.
	 */
	@Transactional
	public PostStandard addStandard(PostStandard version) {
		if (!canEditStandards()) {
			throw new OutOfScopeException();
		}
		List<FieldProblem> problems = new ArrayList<>();
		if (version.titleId() == null && version.jobPositionId() == null) {
			problems.add(FieldProblem.of("subject", "staffing.standard.error.subject"));
		}
		if (version.validFrom() == null) {
			problems.add(FieldProblem.of("validFrom", "staffing.standard.error.validFrom"));
		}
		if (version.citation().isBlank()) {
			problems.add(FieldProblem.of("citation", "staffing.standard.error.citation"));
		}
		Integer general = version.minGeneralEducation();
		if (general != null && (general < 1 || general > 12)) {
			problems.add(FieldProblem.of("minGeneralEducation", "staffing.standard.error.grade"));
		}
		if (version.minAge() != null && version.maxAge() != null && version.minAge() > version.maxAge()) {
			problems.add(FieldProblem.of("maxAge", "staffing.standard.error.ages"));
		}
		String key = (version.titleId() != null) ? "T" + version.titleId() : "J" + version.jobPositionId();
		List<PostStandard> earlier = this.store.standards().stream().filter((s) -> subjectKey(s).equals(key)).toList();
		if (version.validFrom() != null && earlier.stream()
			.anyMatch((s) -> s.validFrom() != null && !s.validFrom().isBefore(version.validFrom()))) {
			problems.add(FieldProblem.of("validFrom", "staffing.standard.error.notLatest"));
		}
		if (version.titleId() != null && titles().stream().noneMatch((t) -> t.id() == version.titleId())
				|| version.jobPositionId() != null
						&& jobPositions().stream().noneMatch((j) -> j.id() == version.jobPositionId())) {
			throw new NotFoundException("staffing.error.postNotFound", key);
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		PostStandard before = earlier.isEmpty() ? null : earlier.get(earlier.size() - 1);
		long id = this.store.addStandard(version, this.currentUsers.current().username(), this.clock.instant());
		PostStandard added = this.store.standard(id).orElseThrow();
		this.events.publishEvent(
				new DataChanged(AUDIT_TYPE, String.valueOf(id), DataChanged.Action.CREATE, before, added, null));
		return added;
	}

}
