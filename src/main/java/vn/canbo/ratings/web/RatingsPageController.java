package vn.canbo.ratings.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.canbo.orgunits.OrgUnits;
import vn.canbo.ratings.AnnualRatings;
import vn.canbo.ratings.RatingFilter;
import vn.canbo.ratings.RatingView;
import vn.canbo.rules.EvaluationLevel;
import vn.canbo.security.CurrentUser;
import vn.canbo.security.CurrentUsers;
import vn.canbo.security.Role;
import vn.canbo.shared.DomainException;
import vn.canbo.shared.InvalidInputException;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.OutOfScopeException;
import vn.canbo.shared.PageResult;
import vn.canbo.ui.FormValues;
import vn.canbo.ui.NavigationGroup;
import vn.canbo.ui.NavigationItem;

/**
 * The annual rating pages: the proposals of a unit rolled up from the closed months,
 * grouped by agency, the screen where the leader decides who keeps "excellent" when the
 * proposals exceed the quota, and the approval; staff see their own rating.
 */
@Controller
@RequestMapping("/ratings")
class RatingsPageController {

	private static final int PAGE_SIZE = 100;

	private final AnnualRatings ratings;

	private final OrgUnits orgUnits;

	private final CurrentUsers users;

	private final MessageSource messages;

	RatingsPageController(AnnualRatings ratings, OrgUnits orgUnits, CurrentUsers users, MessageSource messages) {
		this.ratings = ratings;
		this.orgUnits = orgUnits;
		this.users = users;
		this.messages = messages;
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable Long unitId,
			@RequestParam(required = false) @Nullable Integer year,
			@RequestParam(required = false) @Nullable String level,
			@RequestParam(required = false) @Nullable String status, @RequestParam(defaultValue = "0") int page,
			Model model) {
		CurrentUser user = this.users.current();
		int shownYear = (year != null) ? year : this.ratings.today().getYear();
		model.addAttribute("year", shownYear);
		RatingView mine = this.ratings.mine(shownYear);
		model.addAttribute("mine", mine);
		if (mine == null && user.personId() != null) {
			model.addAttribute("myMonths", this.ratings.myMonthsSoFar(shownYear));
		}
		boolean readsScope = user.readsScope();
		if (unitId != null) {
			// A unit outside the scope is refused to every role, staff included.
			this.orgUnits.current(unitId);
		}
		Long unit = (unitId != null) ? unitId : user.scopeUnitId();
		model.addAttribute("unitId", unit);
		model.addAttribute("readsScope", readsScope);
		// "RATED" keeps any level; an unknown level or status keeps everything, as a
		// hand-edited address still opens the page.
		EvaluationLevel shownLevel = FormValues.choice(EvaluationLevel.class, level);
		boolean rated = "RATED".equals(level);
		boolean approved = "APPROVED".equals(status);
		model.addAttribute("level", (shownLevel != null) ? shownLevel.name() : rated ? "RATED" : null);
		model.addAttribute("status", approved ? "APPROVED" : null);
		model.addAttribute("levels", EvaluationLevel.values());
		if (!readsScope || unit == null) {
			model.addAttribute("agencies", Map.of());
			return "ratings/list";
		}
		PageResult<RatingView> result = this.ratings.list(unit, shownYear,
				new RatingFilter(approved, shownLevel, rated), page, PAGE_SIZE);
		model.addAttribute("result", result);
		Map<Long, List<RatingView>> byAgency = new LinkedHashMap<>();
		result.items()
			.forEach((rating) -> byAgency.computeIfAbsent(rating.agencyId(), (id) -> new ArrayList<>()).add(rating));
		model.addAttribute("agencies", byAgency);
		model.addAttribute("counts", this.ratings.counts(unit, shownYear));
		model.addAttribute("unitLabel", this.orgUnits.label(unit, this.ratings.today()));
		model.addAttribute("mayRollUp", user.hasAny(Role.ADMIN, Role.LEADER, Role.ORG_OFFICER));
		model.addAttribute("mayDecide", this.ratings.mayDecide(unit));
		return "ratings/list";
	}

	@PostMapping("/roll-up")
	String rollUp(@RequestParam long unitId, @RequestParam int year, RedirectAttributes redirect) {
		int proposed = this.ratings.rollUp(unitId, year);
		redirect.addFlashAttribute("rolledUp", proposed);
		return "redirect:/ratings?unitId=" + unitId + "&year=" + year;
	}

	@GetMapping("/quota")
	String quota(@RequestParam long agencyId, @RequestParam int year, Model model) {
		return showQuota(agencyId, year, model, null, null);
	}

	@PostMapping("/quota")
	String choose(@RequestParam long agencyId, @RequestParam int year, @RequestParam String taskGroup,
			@RequestParam(name = "keep", required = false) @Nullable List<Long> keep, Locale locale, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			this.ratings.chooseExcellent(agencyId, year, taskGroup, (keep != null) ? new HashSet<>(keep) : Set.of());
		}
		catch (OutOfScopeException | NotFoundException ex) {
			throw ex;
		}
		catch (DomainException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return showQuota(agencyId, year, model, taskGroup, message(ex, locale));
		}
		redirect.addFlashAttribute("chosen", taskGroup);
		return "redirect:/ratings/quota?agencyId=" + agencyId + "&year=" + year;
	}

	@PostMapping("/approve")
	String approve(@RequestParam long agencyId, @RequestParam int year, Locale locale, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			int approved = this.ratings.approve(agencyId, year);
			redirect.addFlashAttribute("approved", approved);
		}
		catch (OutOfScopeException | NotFoundException ex) {
			throw ex;
		}
		catch (DomainException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return showQuota(agencyId, year, model, null, message(ex, locale));
		}
		return "redirect:/ratings/quota?agencyId=" + agencyId + "&year=" + year;
	}

	private String showQuota(long agencyId, int year, Model model, @Nullable String failedGroup,
			@Nullable String error) {
		model.addAttribute("agencyId", agencyId);
		model.addAttribute("agencyLabel", this.orgUnits.label(agencyId, this.ratings.today()));
		model.addAttribute("year", year);
		model.addAttribute("groups", this.ratings.quota(agencyId, year));
		model.addAttribute("mayDecide", this.ratings.mayDecide(agencyId));
		model.addAttribute("failedGroup", failedGroup);
		model.addAttribute("error", error);
		return "ratings/quota";
	}

	private String message(DomainException ex, Locale locale) {
		if (ex instanceof InvalidInputException invalid) {
			return String.join(" ",
					invalid.problems().stream().map((problem) -> this.messages.getMessage(problem, locale)).toList());
		}
		return this.messages.getMessage(ex.messageKey(), ex.arguments(), locale);
	}

	@Configuration(proxyBeanMethods = false)
	static class Menu {

		@Bean
		NavigationItem ratingsNavigationItem() {
			return new NavigationItem("ratings.menu", "/ratings", "star", 53, Set.of(), NavigationGroup.WORK);
		}

	}

}
