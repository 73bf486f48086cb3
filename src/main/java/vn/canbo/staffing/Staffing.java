package vn.canbo.staffing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.canbo.orgunits.OrgLevel;
import vn.canbo.orgunits.OrgUnitView;
import vn.canbo.orgunits.OrgUnits;
import vn.canbo.orgunits.SubtreeNode;
import vn.canbo.security.CurrentUsers;
import vn.canbo.security.Role;
import vn.canbo.shared.DataChanged;
import vn.canbo.shared.DataChanges;
import vn.canbo.shared.FieldProblem;
import vn.canbo.shared.InvalidInputException;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.OutOfScopeException;

/**
 * Staffing quotas (biên chế) and the staffing report: headcount against quota under any
 * unit at any date, by category and job position, with the vacant titles ("vừa thừa vừa
 * thiếu": surplus and shortage side by side).
 */
@Service
@Transactional(readOnly = true)
public class Staffing {

	/** The entity type of quotas in the audit trail. */
	public static final String AUDIT_TYPE = "StaffingQuota";

	private final StaffingQueries queries;

	private final PostCatalogue catalogue;

	private final OrgUnits orgUnits;

	private final CurrentUsers currentUsers;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Staffing(StaffingQueries queries, PostCatalogue catalogue, OrgUnits orgUnits, CurrentUsers currentUsers,
			ApplicationEventPublisher events, Clock clock) {
		this.queries = queries;
		this.catalogue = catalogue;
		this.orgUnits = orgUnits;
		this.currentUsers = currentUsers;
		this.events = events;
		this.clock = clock;
	}

	public boolean canEdit() {
		return this.currentUsers.current().hasAny(Role.ADMIN, Role.ORG_OFFICER);
	}

	/**
	 * The report for the unit with the code on the date; fails outside the user's scope.
	 */
	public StaffingReport report(String unitCode, LocalDate asOf) {
		OrgUnitView unit = this.orgUnits.getByCode(unitCode, asOf);
		List<SubtreeNode> nodes = this.orgUnits.nodesUnder(unit.id(), asOf);
		List<PostTitle> titles = titlesOn(asOf);
		Map<Long, Map<Long, Long>> holders = this.queries.titleHolders(nodes, asOf);
		Map<Long, long[]> perTitle = new HashMap<>();
		for (SubtreeNode node : nodes) {
			Map<Long, Long> held = holders.getOrDefault(node.id(), Map.of());
			for (PostTitle title : titles) {
				boolean applies = applies(title, node);
				long count = held.getOrDefault(title.id(), 0L);
				if (!applies && count == 0) {
					continue;
				}
				long[] tally = perTitle.computeIfAbsent(title.id(), (id) -> new long[2]);
				tally[0] += applies ? title.slots() : 0;
				tally[1] += count;
			}
		}
		List<StaffingReport.Vacancy> vacancies = vacancies(nodes, titles, holders);
		List<StaffingReport.TitleCount> titleCounts = titles.stream()
			.filter((title) -> perTitle.containsKey(title.id()))
			.map((title) -> new StaffingReport.TitleCount(title.code(), title.name(), title.keyTitle(),
					(title.slots() == null) ? null : perTitle.get(title.id())[0], perTitle.get(title.id())[1]))
			.toList();
		return new StaffingReport(unit, asOf, branches(unit, nodes), this.queries.counts(nodes, asOf),
				this.queries.positions(nodes, asOf), titleCounts, vacancies);
	}

	/** The titles in force on the date. */
	List<PostTitle> titlesOn(LocalDate asOf) {
		return this.catalogue.titles().stream().filter((title) -> title.validOn(asOf)).toList();
	}

	/** Whether a node of the subtree has the title, with a fixed number of slots. */
	private static boolean applies(PostTitle title, SubtreeNode node) {
		return title.slots() != null && title.appliesTo(node.type(), node.tier())
				&& (node.level() == OrgLevel.AGENCY || title.unitType() == node.type());
	}

	/**
	 * The titles with fewer holders than slots in each node, key titles first: the
	 * report's vacancies and the indicator of vacant key titles.
	 * @param holders holders per node and title id ({@link StaffingQueries#titleHolders})
	 */
	static List<StaffingReport.Vacancy> vacancies(List<SubtreeNode> nodes, List<PostTitle> titles,
			Map<Long, Map<Long, Long>> holders) {
		List<StaffingReport.Vacancy> vacancies = new ArrayList<>();
		for (SubtreeNode node : nodes) {
			Map<Long, Long> held = holders.getOrDefault(node.id(), Map.of());
			for (PostTitle title : titles) {
				long count = held.getOrDefault(title.id(), 0L);
				if (applies(title, node) && count < title.slots()) {
					vacancies.add(new StaffingReport.Vacancy(node.id(), node.code(), node.name(), title.code(),
							title.name(), title.keyTitle(), title.slots(), count));
				}
			}
		}
		vacancies.sort(Comparator.comparing(StaffingReport.Vacancy::keyTitle).reversed());
		return List.copyOf(vacancies);
	}

	static List<ComplianceReport.Branch> branches(OrgUnitView unit, List<SubtreeNode> nodes) {
		return nodes.stream()
			.filter((node) -> node.id() == unit.id() || unit.id() == ((node.parentId() == null) ? -1 : node.parentId()))
			.map((node) -> new ComplianceReport.Branch(node.id(), node.code(), node.name()))
			.toList();
	}

	/** Every quota version of the unit, in force or not. */
	public List<QuotaView> quotas(String unitCode) {
		OrgUnitView unit = this.orgUnits.getByCode(unitCode, today());
		return this.queries.quotasOf(unit.id());
	}

	/** Sets a quota from a date on; the one before ends that day. */
	@Transactional
	public List<QuotaView> setQuota(SetQuota command) {
		requireEditor();
		Map<String, JobPosition> positions = new HashMap<>();
		this.catalogue.jobPositions().forEach((position) -> positions.put(position.code(), position));
		Checked checked = check(command, positions, new UnitsByCode(this.orgUnits), true);
		long id = this.queries.setQuota(checked.unit().id(), command.category(), checked.jobPositionId(),
				command.quota(), command.validFrom(), command.decisionNumber(), command.decisionDate(),
				this.currentUsers.current().username(), this.clock.instant());
		List<QuotaView> quotas = this.queries.quotasOf(checked.unit().id());
		QuotaView added = quotas.stream().filter((quota) -> quota.id() == id).findFirst().orElseThrow();
		this.events.publishEvent(new DataChanged(AUDIT_TYPE, String.valueOf(id), DataChanged.Action.CREATE, null, added,
				checked.unit().path()));
		return quotas;
	}

	/**
	 * Sets many quotas in one batch, for loads of trusted data into units that have none
	 * yet (demo, benchmarks); successive versions of the same quota come in date order.
	 */
	@Transactional
	public int setQuotas(List<SetQuota> commands) {
		requireEditor();
		List<StaffingQueries.QuotaRow> rows = new ArrayList<>();
		List<DataChanged> changes = new ArrayList<>();
		Map<String, Integer> latest = new HashMap<>();
		Map<String, JobPosition> positions = new HashMap<>();
		this.catalogue.jobPositions().forEach((position) -> positions.put(position.code(), position));
		UnitsByCode units = new UnitsByCode(this.orgUnits);
		for (SetQuota command : commands) {
			Checked checked = check(command, positions, units, false);
			String key = checked.unit().id() + "/" + command.category() + "/" + checked.jobPositionId();
			Integer previous = latest.put(key, rows.size());
			if (previous != null) {
				StaffingQueries.QuotaRow before = rows.get(previous);
				rows.set(previous,
						new StaffingQueries.QuotaRow(before.unitId(), before.category(), before.jobPositionId(),
								before.quota(), before.validFrom(), command.validFrom(), before.decisionNumber(),
								before.decisionDate()));
			}
			rows.add(new StaffingQueries.QuotaRow(checked.unit().id(), command.category(), checked.jobPositionId(),
					command.quota(), command.validFrom(), null, command.decisionNumber(), command.decisionDate()));
			changes.add(new DataChanged(AUDIT_TYPE, key + "@" + command.validFrom(), DataChanged.Action.CREATE, null,
					command, checked.unit().path()));
		}
		if (this.queries.anyQuotaIn(rows.stream().map(StaffingQueries.QuotaRow::unitId).distinct().toList())) {
			throw new InvalidInputException(List.of(FieldProblem.of("unitCode", "staffing.quota.error.bulkNotEmpty")));
		}
		this.queries.insertQuotas(rows, this.currentUsers.current().username(), this.clock.instant());
		this.events.publishEvent(new DataChanges(changes));
		return rows.size();
	}

	private Checked check(SetQuota command, Map<String, JobPosition> positions, UnitsByCode units, boolean single) {
		List<FieldProblem> problems = new ArrayList<>();
		if (command.category() == null) {
			problems.add(FieldProblem.of("category", "staffing.quota.error.category"));
		}
		if (command.quota() == null || command.quota() < 0 || command.quota() > 1_000_000) {
			problems.add(FieldProblem.of("quota", "staffing.quota.error.quota"));
		}
		if (command.validFrom() == null) {
			problems.add(FieldProblem.of("validFrom", "staffing.quota.error.validFrom"));
		}
		if (command.decisionNumber() != null && command.decisionNumber().length() > 60) {
			problems.add(FieldProblem.of("decisionNumber", "staffing.error.tooLong", 60));
		}
		Long jobPositionId = null;
		if (command.jobPositionCode() != null && !command.jobPositionCode().isBlank()) {
			JobPosition position = positions.get(command.jobPositionCode().trim());
			if (position == null) {
				problems.add(FieldProblem.of("jobPositionCode", "staffing.assignment.error.jobPositionUnknown",
						command.jobPositionCode()));
			}
			else {
				jobPositionId = position.id();
			}
		}
		OrgUnitView unit = null;
		if (command.unitCode() == null || command.unitCode().isBlank()) {
			problems.add(FieldProblem.of("unitCode", "staffing.assignment.error.unit"));
		}
		else if (command.validFrom() != null) {
			try {
				unit = units.get(command.unitCode().trim(), command.validFrom());
			}
			catch (NotFoundException ex) {
				problems.add(FieldProblem.of("unitCode", "staffing.assignment.error.unitOnDate", command.unitCode(),
						command.validFrom()));
			}
		}
		if (single && problems.isEmpty() && unit != null
				&& this.queries.hasQuotaFrom(unit.id(), command.category(), jobPositionId, command.validFrom())) {
			problems.add(FieldProblem.of("validFrom", "staffing.quota.error.notLatest"));
		}
		if (!problems.isEmpty() || unit == null) {
			throw new InvalidInputException(problems);
		}
		return new Checked(unit, jobPositionId);
	}

	private void requireEditor() {
		if (!canEdit()) {
			throw new OutOfScopeException();
		}
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private record Checked(OrgUnitView unit, @Nullable Long jobPositionId) {

	}

}
