package vn.canbo.people.web;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import vn.canbo.orgunits.OrgUnits;
import vn.canbo.people.Ethnicity;
import vn.canbo.people.Gender;
import vn.canbo.people.People;
import vn.canbo.people.PersonFilter;
import vn.canbo.people.PersonnelCategory;
import vn.canbo.people.PoliticalTheoryLevel;
import vn.canbo.people.ProfessionalLevel;
import vn.canbo.people.StateManagementLevel;
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
		int pages = (int) Math.max(1, (result.total() + result.size() - 1) / result.size());
		model.addAttribute("pages", pages);
		model.addAttribute("pageNumbers", pagesAround(result.page(), pages));
		model.addAttribute("unitLabel", unitLabel(filter.unitId()));
		model.addAttribute("ethnicities",
				Arrays.stream(Ethnicity.values()).sorted(Comparator.comparing(Ethnicity::code)).toList());
		model.addAttribute("categories", PersonnelCategory.values());
		model.addAttribute("genders", Gender.values());
		model.addAttribute("professionalLevels", ProfessionalLevel.values());
		model.addAttribute("politicalTheoryLevels", PoliticalTheoryLevel.values());
		model.addAttribute("stateManagementLevels", StateManagementLevel.values());
		model.addAttribute("canEdit", this.people.canEdit());
		model.addAttribute("sensitive", this.people.canSeeSensitive());
		String query = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page").build().getQuery();
		model.addAttribute("query", query == null ? "" : query);
		return "people/list";
	}

	private @Nullable String unitLabel(@Nullable Long unitId) {
		return unitId == null ? null : this.orgUnits.label(unitId, this.orgUnits.today());
	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem peopleNavigation() {
			return new NavigationItem("people.menu", "/people", "people", 20, Set.of());
		}

	}

	/** Page numbers to offer around the current one. */
	static List<Integer> pagesAround(int current, int pages) {
		int from = Math.max(0, current - 3);
		int to = Math.min(pages - 1, current + 3);
		return IntStream.rangeClosed(from, to).boxed().toList();
	}

}
