package vn.canbo.statreports;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

import vn.canbo.indicators.IndicatorReport;
import vn.canbo.indicators.Indicators;
import vn.canbo.orgunits.OrgLevel;
import vn.canbo.orgunits.OrgUnitView;
import vn.canbo.orgunits.OrgUnits;
import vn.canbo.orgunits.SubtreeNode;
import vn.canbo.security.CurrentUsers;
import vn.canbo.shared.FieldProblem;
import vn.canbo.shared.InvalidInputException;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.OutOfScopeException;

/**
 * The official statistical reports (báo cáo thống kê): the forms and their versions, and
 * a form filled in for a unit in the user's scope at a reference date. Every figure is an
 * indicator's ({@link Indicators}), so the rows add up to the dashboard's totals.
 */
@Service
public class StatisticalReports {

	private final ReportFormStore store;

	private final Indicators indicators;

	private final OrgUnits orgUnits;

	private final CurrentUsers currentUsers;

	private final Clock clock;

	StatisticalReports(ReportFormStore store, Indicators indicators, OrgUnits orgUnits, CurrentUsers currentUsers,
			Clock clock) {
		this.store = store;
		this.indicators = indicators;
		this.orgUnits = orgUnits;
		this.currentUsers = currentUsers;
		this.clock = clock;
	}

	/** Every version of every form, by key and date. */
	public List<ReportForm> versions() {
		requireReader();
		return this.store.all();
	}

	/** The forms in force on the day, one version each. */
	public List<ReportForm> forms(LocalDate day) {
		return versions().stream().filter((form) -> form.inForceOn(day)).toList();
	}

	/**
	 * The version of the form in force on the day; an unknown form is not found, a day
	 * before its first version is a bad date.
	 */
	public ReportForm form(String key, LocalDate day) {
		List<ReportForm> versions = versions().stream().filter((form) -> form.key().equals(key)).toList();
		if (versions.isEmpty()) {
			throw new NotFoundException("statreports.error.unknownForm", key);
		}
		return versions.stream()
			.filter((form) -> form.inForceOn(day))
			.findFirst()
			.orElseThrow(() -> new InvalidInputException(List.of(FieldProblem.of("asOf",
					"statreports.error.noFormOnDate", versions.get(0).code(), day, versions.get(0).validFrom()))));
	}

	/** The usual reference date: 31/12 of last year. */
	public LocalDate defaultDate() {
		return LocalDate.of(today().getYear() - 1, 12, 31);
	}

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/**
	 * The form proposed for the unit: the first in force whose tiers hold the unit's (for
	 * an agency, the administrative unit it belongs to), else the first in force.
	 */
	public Optional<ReportForm> proposedForm(long unitId, LocalDate day) {
		List<ReportForm> inForce = forms(day);
		OrgLevel tier = tierOf(unitId, day);
		return inForce.stream()
			.filter((form) -> form.forTiers().contains(tier))
			.findFirst()
			.or(() -> inForce.stream().findFirst());
	}

	/**
	 * The form asked for (by key), else the one proposed for the unit; fails when none is
	 * in force on the day.
	 */
	public ReportForm formFor(long unitId, @Nullable String key, LocalDate day) {
		if (key != null && !key.isBlank()) {
			return form(key.strip(), day);
		}
		return proposedForm(unitId, day).orElseThrow(() -> new InvalidInputException(
				List.of(FieldProblem.of("asOf", "statreports.error.noFormInForce", day))));
	}

	/** Whether some module defines the column's indicator (otherwise it has no data). */
	public boolean measured(ReportColumn column) {
		return column.indicatorId() != null && this.indicators.find(column.indicatorId()).isPresent();
	}

	/** The report for a unit by its code. */
	public StatisticalReport report(String unitCode, String formKey, LocalDate asOf) {
		requireReader();
		return report(this.orgUnits.getByCode(unitCode, asOf).id(), formKey, asOf);
	}

	/**
	 * Fills the form in force on the date for the unit: one row per branch, the unit's
	 * own people first, and the total; fails when the unit is outside the user's scope or
	 * did not exist then.
	 */
	public StatisticalReport report(long unitId, String formKey, LocalDate asOf) {
		requireReader();
		OrgUnitView unit = this.orgUnits.get(unitId, asOf);
		ReportForm form = form(formKey, asOf);
		List<ReportColumn> columns = form.columns();
		List<ReportColumn> missing = columns.stream().filter((column) -> !measured(column)).toList();
		Set<String> ids = new LinkedHashSet<>();
		columns.stream().filter(this::measured).forEach((column) -> ids.add(column.indicatorId()));
		IndicatorReport measured = this.indicators.measure(unit.id(), asOf, ids);
		List<ReportRow> rows = new ArrayList<>();
		for (SubtreeNode branch : measured.branches()) {
			List<Long> values = new ArrayList<>();
			for (ReportColumn column : columns) {
				values
					.add(missing.contains(column) ? null : measured.branch(column.indicatorId(), branch.id()).value());
			}
			rows.add(new ReportRow(branch.id(), branch.code(), branch.name(), branch.id() == unit.id(), values));
		}
		rows.sort(Comparator.comparing((ReportRow row) -> !row.own()));
		List<Long> totals = new ArrayList<>();
		for (ReportColumn column : columns) {
			totals.add(missing.contains(column) ? null : measured.total(column.indicatorId()).value());
		}
		ReportRow total = new ReportRow(unit.id(), unit.code(), unit.name(), true, totals);
		return new StatisticalReport(form, unit, this.orgUnits.label(unit), asOf, today(), place(unit.id(), asOf), rows,
				total, missing);
	}

	/** Fails for staff: a report counts the people of a whole scope. */
	void requireReader() {
		if (!this.currentUsers.current().readsScope()) {
			throw new OutOfScopeException("error.forbidden");
		}
	}

	private OrgLevel tierOf(long unitId, LocalDate day) {
		return this.orgUnits.lineage(unitId, day)
			.stream()
			.map(OrgUnitView::level)
			.filter(OrgLevel::isAdministrative)
			.reduce((first, second) -> second)
			.orElse(OrgLevel.PROVINCE);
	}

	/**
	 * The place of signature: the province's name without its kind ("Điện Biên"), as
	 * administrative documents write it.
	 */
	private String place(long unitId, LocalDate day) {
		return this.orgUnits.lineage(unitId, day)
			.stream()
			.findFirst()
			.map(OrgUnitView::name)
			.map((name) -> name.replaceFirst("^(Tỉnh|Thành phố)\\s+", ""))
			.orElse("");
	}

}
