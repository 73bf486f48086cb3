package vn.canbo.unitstandards;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.canbo.orgunits.OrgLevel;
import vn.canbo.orgunits.OrgUnitView;
import vn.canbo.orgunits.OrgUnits;
import vn.canbo.orgunits.SubtreeNode;
import vn.canbo.orgunits.UnitType;
import vn.canbo.rules.RuleKey;
import vn.canbo.rules.RuleVersion;
import vn.canbo.rules.Rules;
import vn.canbo.security.CurrentUser;
import vn.canbo.security.CurrentUsers;
import vn.canbo.security.Role;
import vn.canbo.shared.DataChanged;
import vn.canbo.shared.FieldProblem;
import vn.canbo.shared.InvalidInputException;
import vn.canbo.shared.OutOfScopeException;
import vn.canbo.shared.PageResult;
import vn.canbo.staffing.Staffing;
import vn.canbo.staffing.StaffingReport;

/**
 * Communes and provinces against the standards in force at a date, the lists of those
 * below them (counted in SQL), the users' cited corrections of the figures (audited) and
 * the simulation of a merger. Administrators and organisation officers correct figures in
 * their scope; readers of the scope read.
 */
@Service
@Transactional(readOnly = true)
public class UnitStandards {

	/** The entity type of figures in the audit trail. */
	public static final String AUDIT_TYPE = "UnitFigure";

	public static final int MAX_PAGE_SIZE = 500;

	/** The most units a simulation merges. */
	public static final int MAX_MERGED = 30;

	static final LocalDate EARLIEST = LocalDate.of(1945, 1, 1);

	static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

	static final int SOURCE_LENGTH = 300;

	static final int NOTE_LENGTH = 500;

	private static final BigDecimal MAX_AREA = new BigDecimal("1000000");

	private static final List<String> QUALITY_ORDER = List.of("confirmed", "corrected", "resolved", "uncertain",
			"incomplete", "missing");

	private final UnitStandardsStore store;

	private final OrgUnits orgUnits;

	private final Staffing staffing;

	private final Rules rules;

	private final CurrentUsers currentUsers;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	UnitStandards(UnitStandardsStore store, OrgUnits orgUnits, Staffing staffing, Rules rules,
			CurrentUsers currentUsers, ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.orgUnits = orgUnits;
		this.staffing = staffing;
		this.rules = rules;
		this.currentUsers = currentUsers;
		this.events = events;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** Whether the current user may correct figures (in their scope). */
	public boolean canEdit() {
		return this.currentUsers.current().hasAny(Role.ADMIN, Role.ORG_OFFICER);
	}

	/** The unit the user's account is bound to; null when nationwide. */
	public @Nullable Long scopeUnitId() {
		return this.currentUsers.current().scopeUnitId();
	}

	/** The commune or province with the code on the date, in scope. */
	public OrgUnitView unit(String code, LocalDate asOf) {
		requireReader();
		if (code.isBlank()) {
			throw new InvalidInputException(List.of(FieldProblem.of("code", "unitstandards.error.code")));
		}
		return area(this.orgUnits.getByCode(code.strip(), asOf), "code");
	}

	/** The commune or province by id on the date, in scope. */
	public OrgUnitView unit(long unitId, LocalDate asOf) {
		requireReader();
		return area(this.orgUnits.get(unitId, asOf), "unitId");
	}

	public String label(long unitId, LocalDate asOf) {
		return this.orgUnits.label(unitId, asOf);
	}

	/** The unit with the code against the standards in force on the date. */
	public Analysis analyse(String code, LocalDate asOf) {
		return analyse(unit(code, asOf), asOf);
	}

	Analysis analyse(OrgUnitView unit, LocalDate asOf) {
		boolean province = unit.level() == OrgLevel.PROVINCE;
		Figure figure = this.store.figureOn(unit.code(), asOf).orElse(null);
		UnitKind kind = (figure != null && figure.kind() != null) ? figure.kind() : derivedKind(unit.type());
		RuleVersion version = version(province, asOf);
		Standards.Threshold threshold = Standards.of(version, kind,
				province ? kind : provinceKind(unit.provinceCode(), asOf));
		List<Requirement> requirements = Standards.requirements(threshold, (figure == null) ? null : figure.areaKm2(),
				(figure == null) ? null : figure.population(), version);
		return new Analysis(unit.id(), unit.code(), unit.name(), asOf, kind, figure != null && figure.kind() != null,
				figure, requirements, Standards.meets(requirements), Standards.band(requirements));
	}

	/** Every figure recorded for the unit with the code, latest first. */
	public List<Figure> figuresOf(String code, LocalDate asOf) {
		return this.store.figuresOf(unit(code, asOf).code());
	}

	/**
	 * The communes of the unit's subtree on the date against their standards: the number
	 * in each band (in SQL) and one page of those in the bands chosen.
	 */
	public UnitList list(long unitId, LocalDate asOf, @Nullable Band below, int page, int size) {
		UnitStandardsStore.Query query = query(unitId, asOf);
		int number = PageResult.page(page);
		int pageSize = PageResult.size(size, MAX_PAGE_SIZE);
		Map<Band, Long> counts = query.units().isEmpty() ? emptyCounts() : this.store.counts(query);
		List<Band> bands = bands(below);
		long total = bands.isEmpty() ? counts.values().stream().mapToLong(Long::longValue).sum()
				: bands.stream().mapToLong(counts::get).sum();
		List<UnitRow> rows = query.units().isEmpty() ? List.of()
				: this.store.page(query, bands, number * pageSize, pageSize);
		return new UnitList(new PageResult<>(rows, total, number, pageSize), counts, below);
	}

	/** Every commune of {@link #list}, for the export. */
	public List<UnitRow> allRows(long unitId, LocalDate asOf, @Nullable Band below) {
		UnitStandardsStore.Query query = query(unitId, asOf);
		return query.units().isEmpty() ? List.of() : this.store.page(query, bands(below), 0, Integer.MAX_VALUE);
	}

	/**
	 * The communes counted and the page shown.
	 *
	 * @param page the page of units in the bands asked for
	 * @param counts the units per band
	 * @param below the filter
	 */
	public record UnitList(PageResult<UnitRow> page, Map<Band, Long> counts, @Nullable Band below) {

		/** Units with both area and population below 50%. */
		public long below50() {
			return this.counts.get(Band.BELOW_50);
		}

		/** Units with both below 100% (those below 50% included). */
		public long below100() {
			return below50() + this.counts.get(Band.BELOW_100);
		}

		/** Units not meeting a standard (all above included). */
		public long notMet() {
			return below100() + this.counts.get(Band.NOT_MET);
		}

		public long all() {
			return this.counts.values().stream().mapToLong(Long::longValue).sum();
		}

	}

	/**
	 * Records a user's figure for a unit from a date, with its source; administrators and
	 * officers, the unit in scope; every value checked; audited.
	 */
	@Transactional
	public Figure correct(String code, FigureInput input) {
		requireEditor();
		List<FieldProblem> problems = new ArrayList<>();
		LocalDate from = date(input.validFrom(), "validFrom", true, problems);
		LocalDate sourceDate = date(input.sourceDate(), "sourceDate", false, problems);
		BigDecimal area = area(input.areaKm2(), problems);
		Integer population = population(input.population(), problems);
		UnitKind kind = UnitKind.parse(input.kind());
		if (kind == null && input.kind() != null && !input.kind().isBlank()) {
			problems.add(FieldProblem.of("kind", "unitstandards.error.kind"));
		}
		String source = (input.source() == null) ? "" : input.source().strip();
		if (source.isEmpty()) {
			problems.add(FieldProblem.of("source", "unitstandards.error.source"));
		}
		else if (source.length() > SOURCE_LENGTH) {
			problems.add(FieldProblem.of("source", "unitstandards.error.length", SOURCE_LENGTH));
		}
		String note = (input.note() == null || input.note().isBlank()) ? null : input.note().strip();
		if (note != null && note.length() > NOTE_LENGTH) {
			problems.add(FieldProblem.of("note", "unitstandards.error.length", NOTE_LENGTH));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		OrgUnitView unit = unit(code, from);
		boolean province = unit.level() == OrgLevel.PROVINCE;
		if (kind != null && kind.isProvince() != province) {
			throw new InvalidInputException(List.of(FieldProblem.of("kind", "unitstandards.error.kindLevel")));
		}
		long id = this.store.insert(unit.code(), province, from, area, population, kind, source, sourceDate, note,
				this.currentUsers.current().username(), this.clock.instant());
		Figure created = this.store.find(id).orElseThrow();
		this.events.publishEvent(new DataChanged(AUDIT_TYPE, String.valueOf(id), DataChanged.Action.CREATE, null,
				created.snapshot(), unit.path()));
		return created;
	}

	/**
	 * The units with the codes merged on paper on the date: combined figures against the
	 * standard of the kind (default: the units' common kind, else the first one's), their
	 * staff and quota through the staffing module, and the surplus against the new quota
	 * (default: the combined quota).
	 */
	public MergeSimulation simulate(List<String> codes, LocalDate asOf, @Nullable UnitKind kind,
			@Nullable Long newQuota) {
		requireReader();
		Set<String> distinct = new LinkedHashSet<>();
		codes.stream().filter((code) -> code != null && !code.isBlank()).map(String::strip).forEach(distinct::add);
		if (distinct.size() < 2) {
			throw new InvalidInputException(List.of(FieldProblem.of("codes", "unitstandards.error.mergeCount")));
		}
		if (distinct.size() > MAX_MERGED) {
			throw new InvalidInputException(
					List.of(FieldProblem.of("codes", "unitstandards.error.mergeMax", MAX_MERGED)));
		}
		if (newQuota != null && (newQuota < 0 || newQuota > 1_000_000)) {
			throw new InvalidInputException(List.of(FieldProblem.of("newQuota", "unitstandards.error.quota")));
		}
		List<MergeSimulation.Member> members = new ArrayList<>();
		Map<String, MergeSimulation.KeyTitle> titles = new LinkedHashMap<>();
		BigDecimal area = BigDecimal.ZERO;
		Integer population = 0;
		String quality = "confirmed";
		long headcount = 0;
		Long quota = null;
		OrgUnitView first = null;
		for (String code : distinct) {
			OrgUnitView unit = unit(code, asOf);
			if (first == null) {
				first = unit;
			}
			else if (first.level() != unit.level()) {
				throw new InvalidInputException(List.of(FieldProblem.of("codes", "unitstandards.error.mergeLevel")));
			}
			Analysis analysis = analyse(unit, asOf);
			StaffingReport report = this.staffing.report(unit.code(), asOf);
			StaffingReport.Count total = report.total();
			members.add(new MergeSimulation.Member(analysis, total.headcount(), total.quota()));
			headcount += total.headcount();
			if (total.quota() != null) {
				quota = ((quota == null) ? 0 : quota) + total.quota();
			}
			for (StaffingReport.TitleCount title : report.titles()) {
				if (title.keyTitle()) {
					MergeSimulation.KeyTitle before = titles.get(title.code());
					long slots = (title.slots() == null) ? 0 : title.slots();
					titles.put(title.code(),
							(before == null)
									? new MergeSimulation.KeyTitle(title.code(), title.name(), slots, title.holders())
									: new MergeSimulation.KeyTitle(title.code(), title.name(),
											Math.max(before.slots(), slots), before.holders() + title.holders()));
				}
			}
			area = (area == null || analysis.areaKm2() == null) ? null : area.add(analysis.areaKm2());
			population = (population == null || analysis.population() == null) ? null
					: population + analysis.population();
			if (QUALITY_ORDER.indexOf(analysis.figuresQuality()) > QUALITY_ORDER.indexOf(quality)) {
				quality = analysis.figuresQuality();
			}
		}
		boolean province = first.level() == OrgLevel.PROVINCE;
		UnitKind chosen = (kind != null) ? kind : commonKind(members);
		if (chosen.isProvince() != province) {
			throw new InvalidInputException(List.of(FieldProblem.of("kind", "unitstandards.error.kindLevel")));
		}
		RuleVersion version = version(province, asOf);
		List<Requirement> requirements = Standards.requirements(
				Standards.of(version, chosen, province ? chosen : provinceKind(first.provinceCode(), asOf)), area,
				population, version);
		Boolean meetsFigures = Standards.meets(requirements);
		int exemptUnits = province ? 0 : (int) version.parameter("mergeExemptUnits");
		boolean exempt = exemptUnits > 0 && members.size() >= exemptUnits;
		Long target = (newQuota != null) ? newQuota : quota;
		return new MergeSimulation(asOf, chosen, members, area, population, quality, requirements, meetsFigures,
				exemptUnits, exempt ? Boolean.TRUE : meetsFigures, headcount, quota, target,
				(target == null) ? null : headcount - target, List.copyOf(titles.values()));
	}

	/** The first unit's kind (the user chooses another). */
	private static UnitKind commonKind(List<MergeSimulation.Member> members) {
		return members.get(0).analysis().kind();
	}

	private UnitStandardsStore.Query query(long unitId, LocalDate asOf) {
		OrgUnitView root = unit(unitId, asOf);
		UnitKind provinceKind = provinceKind((root.level() == OrgLevel.PROVINCE) ? root.code() : root.provinceCode(),
				asOf);
		List<UnitStandardsStore.Unit> units = new ArrayList<>();
		for (SubtreeNode node : this.orgUnits.nodesUnder(root.id(), asOf)) {
			if (node.level() == OrgLevel.COMMUNE) {
				units.add(new UnitStandardsStore.Unit(node.id(), node.code(), node.name(), derivedKind(node.type())));
			}
		}
		RuleVersion version = version(false, asOf);
		Map<String, Standards.Threshold> thresholds = new LinkedHashMap<>();
		for (UnitKind kind : UnitKind.values()) {
			if (!kind.isProvince()) {
				thresholds.put(Standards.key(kind, provinceKind), Standards.of(version, kind, provinceKind));
			}
		}
		return new UnitStandardsStore.Query(units, asOf, provinceKind, thresholds);
	}

	/**
	 * The kind of the province with the code on the date: its figure's, else its type's.
	 */
	private UnitKind provinceKind(@Nullable String provinceCode, LocalDate asOf) {
		if (provinceCode == null) {
			return UnitKind.PROVINCE;
		}
		UnitKind set = this.store.figureOn(provinceCode, asOf).map(Figure::kind).orElse(null);
		if (set != null) {
			return set;
		}
		String name = this.store.provinceName(provinceCode, asOf).orElse("");
		return name.startsWith("Thành phố ") ? UnitKind.CITY : UnitKind.PROVINCE;
	}

	static UnitKind derivedKind(UnitType type) {
		return switch (type) {
			case WARD -> UnitKind.WARD;
			case SPECIAL_ZONE -> UnitKind.ISLAND;
			case CENTRAL_CITY -> UnitKind.CITY;
			case PROVINCE -> UnitKind.PROVINCE;
			default -> UnitKind.COMMUNE;
		};
	}

	private RuleVersion version(boolean province, LocalDate asOf) {
		RuleKey key = province ? RuleKey.UNIT_STANDARDS_PROVINCE : RuleKey.UNIT_STANDARDS_COMMUNE;
		return this.rules.inForce(key, asOf)
			.orElseThrow(() -> new InvalidInputException(
					List.of(FieldProblem.of("asOf", "unitstandards.error.noRule", asOf.toString()))));
	}

	private static OrgUnitView area(OrgUnitView unit, String field) {
		if (unit.level() != OrgLevel.COMMUNE && unit.level() != OrgLevel.PROVINCE) {
			throw new InvalidInputException(List.of(FieldProblem.of(field, "unitstandards.error.level")));
		}
		return unit;
	}

	private static List<Band> bands(@Nullable Band below) {
		if (below == null) {
			return List.of();
		}
		return switch (below) {
			case BELOW_50 -> List.of(Band.BELOW_50);
			case BELOW_100 -> List.of(Band.BELOW_50, Band.BELOW_100);
			case NOT_MET -> List.of(Band.BELOW_50, Band.BELOW_100, Band.NOT_MET);
			case MEETS -> List.of(Band.MEETS);
			case UNKNOWN -> List.of(Band.UNKNOWN);
		};
	}

	private static Map<Band, Long> emptyCounts() {
		Map<Band, Long> counts = new EnumMap<>(Band.class);
		for (Band band : Band.values()) {
			counts.put(band, 0L);
		}
		return counts;
	}

	private static @Nullable LocalDate date(@Nullable String value, String field, boolean required,
			List<FieldProblem> problems) {
		if (value == null || value.isBlank()) {
			if (required) {
				problems.add(FieldProblem.of(field, "unitstandards.error.date"));
			}
			return null;
		}
		List<FieldProblem> found = new ArrayList<>();
		LocalDate day = vn.canbo.ui.FormValues.date(value, field, found);
		if (day == null || !found.isEmpty()) {
			problems.add(FieldProblem.of(field, "unitstandards.error.date"));
			return null;
		}
		if (day.isBefore(EARLIEST) || day.isAfter(LATEST)) {
			problems.add(FieldProblem.of(field, "unitstandards.error.dateRange", EARLIEST.getYear(), LATEST.getYear()));
			return null;
		}
		return day;
	}

	private static @Nullable BigDecimal area(@Nullable String value, List<FieldProblem> problems) {
		if (value == null || value.isBlank()) {
			problems.add(FieldProblem.of("areaKm2", "unitstandards.error.area"));
			return null;
		}
		try {
			BigDecimal area = new BigDecimal(value.strip().replace(" ", "").replace(',', '.'));
			if (area.signum() <= 0 || area.compareTo(MAX_AREA) > 0 || area.scale() > 2) {
				problems.add(FieldProblem.of("areaKm2", "unitstandards.error.area"));
				return null;
			}
			return area;
		}
		catch (NumberFormatException ex) {
			problems.add(FieldProblem.of("areaKm2", "unitstandards.error.area"));
			return null;
		}
	}

	private static @Nullable Integer population(@Nullable String value, List<FieldProblem> problems) {
		String digits = (value == null) ? "" : value.strip().replace(".", "").replace(" ", "");
		if (!digits.matches("[0-9]{1,9}")) {
			problems.add(FieldProblem.of("population", "unitstandards.error.population"));
			return null;
		}
		return Integer.valueOf(digits);
	}

	private void requireReader() {
		CurrentUser user = this.currentUsers.current();
		if (!user.readsScope()) {
			throw new OutOfScopeException("error.forbidden");
		}
	}

	private void requireEditor() {
		if (!canEdit()) {
			throw new OutOfScopeException("error.forbidden");
		}
	}

}
