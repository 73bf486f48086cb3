package vn.canbo.orgunits.web;

import java.time.LocalDate;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.canbo.orgunits.OrgUnitFilter;
import vn.canbo.orgunits.OrgUnitView;
import vn.canbo.orgunits.OrgUnits;
import vn.canbo.ui.NavigationGroup;
import vn.canbo.ui.NavigationItem;

/**
 * The tree page: browse lazily, search by name, pick the date the tree is seen at, and
 * open a node's details and history. Fragments are served to htmx from the same page
 * templates.
 */
@Controller
@RequestMapping("/org-units")
class OrgUnitController {

	private final OrgUnits orgUnits;

	OrgUnitController(OrgUnits orgUnits) {
		this.orgUnits = orgUnits;
	}

	@GetMapping
	String tree(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			@RequestParam(required = false) @Nullable Long selected, Model model) {
		LocalDate date = dateOrToday(asOf);
		model.addAttribute("asOf", date);
		model.addAttribute("today", this.orgUnits.today());
		model.addAttribute("roots", this.orgUnits.roots(date));
		if (selected != null) {
			addDetail(selected, date, model);
		}
		return "orgunits/tree";
	}

	@GetMapping("/{id}/children")
	String children(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			Model model) {
		LocalDate date = dateOrToday(asOf);
		model.addAttribute("asOf", date);
		model.addAttribute("nodes", this.orgUnits.children(id, date));
		return "orgunits/tree :: nodes";
	}

	/**
	 * The unit search of the tree page ({@code q}) and of the unit chooser of filter
	 * forms ({@code unitQuery}: the chooser sits in forms whose own search is {@code q}).
	 */
	@GetMapping("/search")
	String search(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) @Nullable String unitQuery,
			@RequestParam(required = false) @Nullable String pick,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			Model model) {
		String text = (unitQuery != null) ? unitQuery : q;
		LocalDate date = dateOrToday(asOf);
		model.addAttribute("asOf", date);
		model.addAttribute("q", text);
		model.addAttribute("pick", pick);
		if (!text.isBlank()) {
			var results = this.orgUnits.list(OrgUnitFilter.asOf(date).text(text), 0, 30);
			model.addAttribute("results", results);
			model.addAttribute("labels",
					results.items()
						.stream()
						.collect(java.util.stream.Collectors.toMap(OrgUnitView::id,
								(unit) -> this.orgUnits.label(unit.id(), date), (a, b) -> a)));
		}
		return "orgunits/tree :: searchResults";
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			Model model) {
		LocalDate date = dateOrToday(asOf);
		model.addAttribute("asOf", date);
		addDetail(id, date, model);
		return "orgunits/tree :: detail";
	}

	private void addDetail(long id, LocalDate date, Model model) {
		model.addAttribute("unit", this.orgUnits.get(id, date));
		model.addAttribute("lineage", this.orgUnits.lineage(id, date));
		model.addAttribute("history", this.orgUnits.history(id));
	}

	private LocalDate dateOrToday(@Nullable LocalDate asOf) {
		return asOf == null ? this.orgUnits.today() : asOf;
	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem orgUnitsNavigation() {
			return new NavigationItem("nav.orgUnits", "/org-units", "diagram-3", 10, Set.of(), NavigationGroup.RECORDS);
		}

	}

}
