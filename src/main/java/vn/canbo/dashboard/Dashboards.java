package vn.canbo.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

import vn.canbo.indicators.Indicator;
import vn.canbo.indicators.IndicatorReport;
import vn.canbo.indicators.Indicators;
import vn.canbo.orgunits.OrgUnitView;
import vn.canbo.orgunits.OrgUnits;
import vn.canbo.security.CurrentUsers;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.OutOfScopeException;

/**
 * Builds a unit's dashboard from {@link Indicators}: two measurements, one per date,
 * whatever the number of indicators and branches. Not transactional itself: each
 * measurement runs in its own read-only transaction, so that a unit missing on the
 * compared date leaves the dashboard without comparison instead of failing it.
 */
@Service
public class Dashboards {

	private final Indicators indicators;

	private final OrgUnits orgUnits;

	private final CurrentUsers currentUsers;

	Dashboards(Indicators indicators, OrgUnits orgUnits, CurrentUsers currentUsers) {
		this.indicators = indicators;
		this.orgUnits = orgUnits;
		this.currentUsers = currentUsers;
	}

	public LocalDate today() {
		return this.orgUnits.today();
	}

	/** The date compared with when none is asked: a year before. */
	public static LocalDate defaultCompareTo(LocalDate asOf) {
		return asOf.minusYears(1);
	}

	/**
	 * The dashboard of the unit holding the code on the date; fails when the unit did not
	 * exist then, lies outside the user's scope, or the user reads only their own record.
	 */
	public Dashboard of(String unitCode, LocalDate asOf, @Nullable LocalDate compareTo) {
		requireReader();
		return build(this.orgUnits.getByCode(unitCode, asOf), asOf, compareTo);
	}

	/** As {@link #of(String, LocalDate, LocalDate)}, for a unit by id. */
	public Dashboard of(long unitId, LocalDate asOf, @Nullable LocalDate compareTo) {
		requireReader();
		return build(this.orgUnits.get(unitId, asOf), asOf, compareTo);
	}

	private Dashboard build(OrgUnitView unit, LocalDate asOf, @Nullable LocalDate compareTo) {
		LocalDate then = (compareTo != null) ? compareTo : defaultCompareTo(asOf);
		IndicatorReport now = this.indicators.measure(unit.id(), asOf, null);
		IndicatorReport before = null;
		String unavailable = null;
		if (!unit.existsOn(then)) {
			unavailable = "dashboard.compare.unitMissing";
		}
		else {
			try {
				before = this.indicators.measure(unit.id(), then, null);
			}
			catch (NotFoundException ex) {
				unavailable = "dashboard.compare.unitMissing";
			}
			catch (OutOfScopeException ex) {
				// The unit lay elsewhere in the tree then, outside the user's scope.
				unavailable = "dashboard.compare.outOfScope";
			}
		}
		List<Figure> figures = new ArrayList<>();
		for (Indicator indicator : now.indicators()) {
			figures.add(new Figure(indicator, now.total(indicator.id()),
					(before == null) ? null : before.total(indicator.id())));
		}
		return new Dashboard(unit, this.orgUnits.label(unit), asOf, then, unavailable, figures, now);
	}

	private void requireReader() {
		if (!this.currentUsers.current().readsScope()) {
			throw new OutOfScopeException("error.forbidden");
		}
	}

}
