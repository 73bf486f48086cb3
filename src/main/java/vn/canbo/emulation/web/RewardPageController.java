package vn.canbo.emulation.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.canbo.emulation.Emulation;
import vn.canbo.emulation.NewReward;
import vn.canbo.emulation.ProposalOutcome;
import vn.canbo.emulation.Reward;
import vn.canbo.emulation.RewardDecision;
import vn.canbo.emulation.RewardKind;
import vn.canbo.emulation.RewardStatus;
import vn.canbo.shared.FieldProblem;
import vn.canbo.shared.InvalidInputException;
import vn.canbo.shared.PageResult;
import vn.canbo.ui.FormValues;

/**
 * The rewards of a unit and year: the list (staff: their own), proposing from the
 * approved ratings, and recording decisions.
 */
@Controller
@RequestMapping("/emulation/rewards")
class RewardPageController {

	private final Emulation emulation;

	private final MessageSource messages;

	private static final int PAGE_SIZE = 100;

	RewardPageController(Emulation emulation, MessageSource messages) {
		this.emulation = emulation;
		this.messages = messages;
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable Long unitId,
			@RequestParam(required = false) @Nullable Integer year,
			@RequestParam(required = false) @Nullable Integer fromYear,
			@RequestParam(required = false) @Nullable RewardStatus status,
			@RequestParam(required = false) @Nullable RewardKind kind, @RequestParam(defaultValue = "0") int page,
			Model model) {
		int shownYear = (year == null) ? this.emulation.defaultYear() : year;
		model.addAttribute("fromYear", (fromYear != null && fromYear < shownYear) ? fromYear : null);
		return show(unitId, shownYear, status, kind, page, model, List.of());
	}

	@PostMapping("/proposals")
	String propose(@RequestParam(required = false) @Nullable Long unitId, @RequestParam int year,
			RedirectAttributes redirect, Locale locale) {
		ProposalOutcome outcome = this.emulation.proposeFromRatings(unitId, year);
		redirect.addFlashAttribute("saved", this.messages.getMessage("emulation.propose.done",
				new Object[] { outcome.rated(), outcome.proposed(), outcome.alreadyProposed() }, locale));
		return "redirect:/emulation/rewards?" + Filters.query(unitId, year);
	}

	/**
	 * Proposes one person for a title or award (a Giấy khen, a Bằng khen, …) from the
	 * list of the people behind a number, and goes back to it.
	 */
	@PostMapping("/person")
	String proposeOne(@RequestParam long personId, @RequestParam int year,
			@RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable String note,
			@RequestParam(required = false) @Nullable String back, Locale locale, RedirectAttributes redirect) {
		try {
			Reward reward = this.emulation
				.propose(new NewReward(personId, null, year, FormValues.choice(RewardKind.class, kind), note));
			redirect.addFlashAttribute("saved", this.messages.getMessage("emulation.proposeOne.done",
					new Object[] { reward.name(), this.messages.getMessage(reward.kind().messageKey(), null, locale) },
					locale));
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("proposeError",
					String.join(" ", FormErrors.messages(ex, this.messages, locale)));
		}
		// Only a path of the emulation pages: the form never sends the user elsewhere.
		return "redirect:"
				+ ((back != null && back.startsWith("/emulation/people?")) ? back : "/emulation/rewards?year=" + year);
	}

	@PostMapping("/{id}/decision")
	String decide(@PathVariable long id, @RequestParam Map<String, String> form, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		List<FieldProblem> problems = new ArrayList<>();
		long version = Objects.requireNonNullElse(FormValues.number(form.get("version"), "version", problems), -1L);
		RewardDecision decision = new RewardDecision(version, FormValues.choice(RewardStatus.class, form.get("status")),
				form.get("decisionNumber"), FormValues.date(form.get("decisionDate"), "decisionDate", problems),
				form.get("authority"), form.get("note"));
		Long unitId = FormValues.number(form.get("unitId"), "unitId", problems);
		int year;
		try {
			if (!problems.isEmpty()) {
				// The reward is still checked (scope, role) before the input is.
				this.emulation.reward(id);
				throw new InvalidInputException(problems);
			}
			year = this.emulation.decide(id, decision).year();
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			year = this.emulation.reward(id).year();
			return show(unitId, year, null, null, 0, model, FormErrors.messages(ex, this.messages, locale));
		}
		redirect.addFlashAttribute("saved", this.messages.getMessage("emulation.decision.saved", null, locale));
		return "redirect:/emulation/rewards?" + Filters.query(unitId, year);
	}

	private String show(@Nullable Long unitId, int year, @Nullable RewardStatus status, @Nullable RewardKind kind,
			int page, Model model, List<String> errors) {
		Integer fromYear = (Integer) model.getAttribute("fromYear");
		PageResult<Reward> result = this.emulation.rewards(unitId, (fromYear != null) ? fromYear : year, year, status,
				kind, page, PAGE_SIZE);
		model.addAttribute("result", result);
		model.addAttribute("rewards", result.items());
		model.addAttribute("status", status);
		model.addAttribute("kind", kind);
		model.addAttribute("statuses", RewardStatus.values());
		model.addAttribute("kinds", RewardKind.values());
		model.addAttribute("canDecide", this.emulation.canDecide());
		model.addAttribute("readsScope", this.emulation.canReadScope());
		model.addAttribute("rule", this.emulation.rule(year));
		model.addAttribute("errors", errors);
		Filters.add(model, this.emulation, unitId, year);
		return "emulation/rewards";
	}

}
