package vn.canbo.dashboard.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.canbo.dashboard.Dashboard;
import vn.canbo.dashboard.DashboardTexts;
import vn.canbo.dashboard.Dashboards;
import vn.canbo.dashboard.Figure;
import vn.canbo.indicators.Indicator;
import vn.canbo.indicators.Measurement;
import vn.canbo.orgunits.SubtreeNode;
import vn.canbo.ui.Formats;

/**
 * A unit's dashboard as JSON: every indicator with its label in the request's language,
 * its value on both dates, the change, its branches and the link to the people behind it.
 */
@RestController
@RequestMapping("/api/v1")
class DashboardApiController {

	private final Dashboards dashboards;

	private final DashboardTexts texts;

	DashboardApiController(Dashboards dashboards, DashboardTexts texts) {
		this.dashboards = dashboards;
		this.texts = texts;
	}

	@GetMapping("/org-units/{code}/dashboard")
	DashboardJson dashboard(@PathVariable String code,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate compareTo,
			Locale locale, HttpServletRequest request) {
		LocalDate day = (asOf != null) ? asOf : this.dashboards.today();
		Dashboard dashboard = this.dashboards.of(code, day, compareTo);
		String context = request.getContextPath();
		List<Branch> branches = dashboard.branches()
			.stream()
			.map((node) -> new Branch(node.id(), node.code(), node.name(), node.id() == dashboard.unit().id()))
			.toList();
		List<IndicatorJson> indicators = new ArrayList<>();
		for (Figure figure : dashboard.figures()) {
			indicators.add(indicator(dashboard, figure, locale, context));
		}
		String reason = dashboard.compared() ? null : this.texts.text(dashboard.compareUnavailable(), locale,
				dashboard.unit().name(), new Formats(locale).date(dashboard.compareTo()));
		return new DashboardJson(
				new Unit(dashboard.unit().id(), dashboard.unit().code(), dashboard.unit().name(),
						dashboard.unitLabel()),
				dashboard.asOf(), dashboard.compareTo(), new Comparison(dashboard.compared(), reason), branches,
				indicators);
	}

	private IndicatorJson indicator(Dashboard dashboard, Figure figure, Locale locale, String context) {
		Indicator indicator = figure.indicator();
		Measurement value = figure.value();
		Measurement compare = figure.compare();
		List<BranchValue> byBranch = new ArrayList<>();
		for (SubtreeNode branch : dashboard.branches()) {
			Measurement measured = dashboard.branch(indicator.id(), branch.id());
			boolean own = branch.id() == dashboard.unit().id();
			// The unit's own row has no list of its own: a unit's list takes its subtree.
			byBranch.add(new BranchValue(branch.id(), measured.value(), measured.denominator(), measured.percent(),
					own ? null : people(indicator, branch.id(), dashboard.asOf(), context)));
		}
		return new IndicatorJson(indicator.id(), indicator.group().name(), this.texts.label(indicator, locale),
				this.texts.definition(indicator, locale), indicator.unit().name(),
				this.texts.unitOfMeasure(indicator.unit(), locale), indicator.share(), value.value(),
				value.denominator(), value.percent(), (compare == null) ? null : compare.value(),
				(compare == null) ? null : compare.denominator(), (compare == null) ? null : compare.percent(),
				new Change(figure.change(), figure.pointChange()),
				people(indicator, dashboard.unit().id(), dashboard.asOf(), context),
				(compare == null) ? null : people(indicator, dashboard.unit().id(), dashboard.compareTo(), context),
				byBranch);
	}

	private static @Nullable String people(Indicator indicator, long unitId, LocalDate asOf, String context) {
		return (indicator.people() == null) ? null : context + indicator.people().href(unitId, asOf);
	}

	record DashboardJson(Unit unit, LocalDate asOf, LocalDate compareTo, Comparison compare, List<Branch> branches,
			List<IndicatorJson> indicators) {
	}

	record Unit(long id, String code, String name, String label) {
	}

	/** Whether values at the compared date are given, and why not. */
	record Comparison(boolean available, @Nullable String reason) {
	}

	/** The unit itself ({@code own}: its own people) and its children. */
	record Branch(long id, String code, String name, boolean own) {
	}

	record Change(@Nullable Long value, @Nullable BigDecimal percentagePoints) {
	}

	record BranchValue(long unitId, long value, @Nullable Long denominator, @Nullable BigDecimal percent,
			@Nullable String people) {
	}

	record IndicatorJson(String id, String group, String label, String definition, String unitOfMeasure,
			String unitOfMeasureLabel, boolean share, long value, @Nullable Long denominator,
			@Nullable BigDecimal percent, @Nullable Long compareValue, @Nullable Long compareDenominator,
			@Nullable BigDecimal comparePercent, Change change, @Nullable String people, @Nullable String comparePeople,
			List<BranchValue> branches) {
	}

}
