package vn.canbo.dashboard.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.canbo.dashboard.Dashboard;
import vn.canbo.dashboard.DashboardExport;
import vn.canbo.dashboard.Dashboards;
import vn.canbo.orgunits.OrgUnitView;
import vn.canbo.orgunits.OrgUnits;
import vn.canbo.security.CurrentUsers;
import vn.canbo.shared.OutOfScopeException;
import vn.canbo.ui.NavigationGroup;
import vn.canbo.ui.NavigationItem;

/**
 * The dashboard page of a unit at a date compared with another, its print layout and its
 * Excel workbook.
 */
@Controller
@RequestMapping("/dashboard")
class DashboardController {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	/** Where the targets slice serves a unit's targets as an HTML fragment. */
	static final String TARGETS_SUMMARY = "/targets/summary";

	private final Dashboards dashboards;

	private final DashboardExport export;

	private final OrgUnits orgUnits;

	private final CurrentUsers currentUsers;

	private final RequestMappingHandlerMapping mappings;

	private @Nullable Boolean targetsServed;

	DashboardController(Dashboards dashboards, DashboardExport export, OrgUnits orgUnits, CurrentUsers currentUsers,
			@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
		this.dashboards = dashboards;
		this.export = export;
		this.orgUnits = orgUnits;
		this.currentUsers = currentUsers;
		this.mappings = mappings;
	}

	@GetMapping
	String page(@RequestParam(required = false) @Nullable Long unitId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate compareTo,
			Model model) {
		if (!this.currentUsers.current().readsScope()) {
			throw new OutOfScopeException("error.forbidden");
		}
		LocalDate day = (asOf != null) ? asOf : this.dashboards.today();
		LocalDate then = (compareTo != null) ? compareTo : Dashboards.defaultCompareTo(day);
		OrgUnitView unit = unit(unitId, day);
		model.addAttribute("asOf", day);
		model.addAttribute("compareTo", then);
		model.addAttribute("unit", unit);
		if (unit == null) {
			model.addAttribute("roots", this.orgUnits.roots(day));
			return "dashboard/page";
		}
		Dashboard dashboard = this.dashboards.of(unit.id(), day, then);
		model.addAttribute("dashboard", dashboard);
		model.addAttribute("unitLabel", dashboard.unitLabel());
		model.addAttribute("targets", targetsServed());
		return "dashboard/page";
	}

	@GetMapping("/export.xlsx")
	void exportWorkbook(@RequestParam String unit,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate compareTo,
			Locale locale, HttpServletResponse response) throws IOException {
		LocalDate day = (asOf != null) ? asOf : this.dashboards.today();
		Dashboard dashboard = this.dashboards.of(unit, day, compareTo);
		response.setContentType(XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename("bang-dieu-hanh-" + dashboard.unit().code() + "-" + day + ".xlsx", StandardCharsets.UTF_8)
					.build()
					.toString());
		this.export.write(dashboard, locale, response.getOutputStream());
	}

	/**
	 * The unit asked for, else the root of the user's scope; null for a nationwide user
	 * who asked for none (they pick a province).
	 */
	private @Nullable OrgUnitView unit(@Nullable Long unitId, LocalDate asOf) {
		if (unitId != null) {
			return this.orgUnits.get(unitId, asOf);
		}
		Long scope = this.currentUsers.current().scopeUnitId();
		if (scope == null) {
			return null;
		}
		return this.orgUnits.roots(asOf).stream().findFirst().orElse(null);
	}

	/**
	 * Whether an endpoint serves the unit's targets: the page loads them only then, so
	 * that a build without targets shows no failed request (htmx logs a 404 to the
	 * console).
	 */
	private boolean targetsServed() {
		Boolean served = this.targetsServed;
		if (served == null) {
			served = this.mappings.getHandlerMethods()
				.keySet()
				.stream()
				.anyMatch((info) -> info.getPatternValues().contains(TARGETS_SUMMARY));
			this.targetsServed = served;
		}
		return served;
	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem dashboardNavigation() {
			return new NavigationItem("dashboard.menu", "/dashboard", "speedometer2", 5,
					Set.of("ADMIN", "ORG_OFFICER", "LEADER", "VIEWER"), NavigationGroup.OVERVIEW);
		}

	}

}
