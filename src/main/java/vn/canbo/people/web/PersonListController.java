package vn.canbo.people.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import vn.canbo.orgunits.OrgUnits;
import vn.canbo.people.Ethnicity;
import vn.canbo.people.Gender;
import vn.canbo.people.People;
import vn.canbo.people.PersonFilter;
import vn.canbo.people.PersonnelCategory;
import vn.canbo.people.PoliticalTheoryLevel;
import vn.canbo.people.ProfessionalLevel;
import vn.canbo.people.StateManagementLevel;
import vn.canbo.ui.NavigationGroup;
import vn.canbo.ui.NavigationItem;

/**
 * The list of people: filters, search with or without diacritics, Vietnamese name order,
 * paging, and the export of the same list.
 */
@Controller
@RequestMapping("/people")
class PersonListController {

	static final int PAGE_SIZE = 50;

	private final People people;

	private final OrgUnits orgUnits;

	PersonListController(People people, OrgUnits orgUnits) {
		this.people = people;
		this.orgUnits = orgUnits;
	}

	@GetMapping
	String list(@ModelAttribute PersonFilterParams params, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + PAGE_SIZE) int size, Model model) {
		PersonFilter filter = params.toFilter();
		model.addAttribute("filter", filter);
		var result = this.people.search(filter, page, size);
		model.addAttribute("result", result);
		model.addAttribute("unitLabel", unitLabel(filter.unitId(), filter.asOf()));
		model.addAttribute("activeFilters", ActiveFilter.of(filter));
		model.addAttribute("ethnicities",
				Arrays.stream(Ethnicity.values()).sorted(Comparator.comparing(Ethnicity::code)).toList());
		model.addAttribute("categories", PersonnelCategory.values());
		model.addAttribute("genders", Gender.values());
		model.addAttribute("professionalLevels", ProfessionalLevel.values());
		model.addAttribute("politicalTheoryLevels", PoliticalTheoryLevel.values());
		model.addAttribute("stateManagementLevels", StateManagementLevel.values());
		model.addAttribute("canEdit", this.people.canEdit());
		model.addAttribute("sensitive", this.people.canSeeSensitive());
		return "people/list";
	}

	private @Nullable String unitLabel(@Nullable Long unitId, @Nullable LocalDate asOf) {
		return unitId == null ? null : this.orgUnits.label(unitId, (asOf != null) ? asOf : this.orgUnits.today());
	}

	/**
	 * A criterion the form has no field for (the exact levels, religion, general
	 * education a dashboard figure links with): shown above the list, kept by a hidden
	 * field, removed by its link.
	 *
	 * @param name the request parameter
	 * @param value its value
	 * @param messageKey its text, with the value's text as the argument when there is one
	 * @param argumentKey the value's text
	 */
	record ActiveFilter(String name, String value, String messageKey, @Nullable String argumentKey) {

		static List<ActiveFilter> of(PersonFilter filter) {
			List<ActiveFilter> active = new ArrayList<>();
			if (filter.professionalLevelIs() != null) {
				active.add(new ActiveFilter("professionalLevelIs", filter.professionalLevelIs().name(),
						"people.list.professionalIs", filter.professionalLevelIs().messageKey()));
			}
			if (filter.politicalTheoryIs() != null) {
				active.add(new ActiveFilter("politicalTheoryIs", filter.politicalTheoryIs().name(),
						"people.list.politicalIs", filter.politicalTheoryIs().messageKey()));
			}
			if (filter.stateManagementIs() != null) {
				active.add(new ActiveFilter("stateManagementIs", filter.stateManagementIs().name(),
						"people.list.stateIs", filter.stateManagementIs().messageKey()));
			}
			if (filter.religious() != null) {
				active.add(new ActiveFilter("religious", filter.religious().toString(),
						filter.religious() ? "people.list.religiousYes" : "people.list.religiousNo", null));
			}
			if (filter.education() != null) {
				active.add(new ActiveFilter("education", filter.education().parameter(),
						filter.education().messageKey(), null));
			}
			return active;
		}

		/** The list's query without this criterion (nor the page). */
		public String removed(String query) {
			return UriComponentsBuilder.fromPath("/people")
				.query(query)
				.replaceQueryParam(this.name)
				.replaceQueryParam("page")
				.build()
				.toUriString();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem peopleNavigation() {
			return new NavigationItem("people.menu", "/people", "people", 20, Set.of(), NavigationGroup.RECORDS);
		}

	}

}
