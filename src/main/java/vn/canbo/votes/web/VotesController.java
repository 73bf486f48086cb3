package vn.canbo.votes.web;

import java.util.ArrayList;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.canbo.shared.FieldProblem;
import vn.canbo.shared.InvalidInputException;
import vn.canbo.shared.PageResult;
import vn.canbo.ui.FormValues;
import vn.canbo.ui.NavigationGroup;
import vn.canbo.ui.NavigationItem;
import vn.canbo.votes.ConfidenceVotes;
import vn.canbo.votes.NewVoteSession;
import vn.canbo.votes.VoteCandidate;
import vn.canbo.votes.VoteSession;

/**
 * The confidence votes of a unit, one conference's results with their consequences, and
 * the form to record a conference.
 */
@Controller
@RequestMapping("/votes")
class VotesController {

	/** Blank lines the form offers beyond the unit's people. */
	static final int BLANK_LINES = 3;

	private final ConfidenceVotes votes;

	private final MessageSource messages;

	private static final int PAGE_SIZE = 100;

	VotesController(ConfidenceVotes votes, MessageSource messages) {
		this.votes = votes;
		this.messages = messages;
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable Long unitId, @RequestParam(defaultValue = "0") int page,
			Model model) {
		PageResult<VoteSession> result = this.votes.sessions(unitId, page, PAGE_SIZE);
		model.addAttribute("result", result);
		model.addAttribute("sessions", result.items());
		model.addAttribute("unitId", unitId);
		model.addAttribute("unitLabel", (unitId == null) ? null : this.votes.unitLabel(unitId));
		model.addAttribute("canRecord", this.votes.canRecord());
		return "votes/list";
	}

	@GetMapping("/{id}")
	String session(@PathVariable long id, Model model) {
		model.addAttribute("vote", this.votes.session(id));
		return "votes/session";
	}

	@GetMapping("/new")
	String form(@RequestParam(required = false) @Nullable Long unitId, Model model) {
		Map<String, String> form = new LinkedHashMap<>();
		List<VoteCandidate> candidates = (unitId == null) ? List.of() : this.votes.candidates(unitId);
		for (int i = 0; i < candidates.size(); i++) {
			form.put("results[" + i + "].personId", String.valueOf(candidates.get(i).personId()));
			form.put("results[" + i + "].fullName", candidates.get(i).fullName());
			String position = candidates.get(i).position();
			form.put("results[" + i + "].postTitle", (position == null) ? "" : position);
		}
		form.put("lines", String.valueOf(candidates.size() + BLANK_LINES));
		return show(unitId, model, form, Map.of());
	}

	@PostMapping
	String record(@RequestParam Map<String, String> form, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes redirect) {
		List<FieldProblem> problems = new ArrayList<>();
		Long unitId = FormValues.number(form.get("unitId"), "unitId", problems);
		int lines = Math.min(200, Math.max(0, intOr(form.get("lines"), 0)));
		List<NewVoteSession.Result> results = new ArrayList<>();
		List<Integer> rows = new ArrayList<>();
		for (int i = 0; i < lines; i++) {
			String at = "results[" + i + "].";
			if (blank(form.get(at + "high")) && blank(form.get(at + "confidence")) && blank(form.get(at + "low"))
					&& blank(form.get(at + "invalid"))) {
				continue;
			}
			rows.add(i);
			results
				.add(new NewVoteSession.Result(FormValues.number(form.get(at + "personId"), at + "personId", problems),
						form.get(at + "postTitle"), FormValues.integer(form.get(at + "high"), at + "high", problems),
						FormValues.integer(form.get(at + "confidence"), at + "confidence", problems),
						FormValues.integer(form.get(at + "low"), at + "low", problems),
						FormValues.integer(form.get(at + "invalid"), at + "invalid", problems)));
		}
		NewVoteSession input = new NewVoteSession(unitId, FormValues.date(form.get("heldOn"), "heldOn", problems),
				form.get("name"), FormValues.integer(form.get("summoned"), "summoned", problems),
				FormValues.integer(form.get("present"), "present", problems), results);
		VoteSession recorded;
		try {
			if (!problems.isEmpty()) {
				throw new InvalidInputException(problems);
			}
			recorded = this.votes.record(input);
		}
		catch (InvalidInputException ex) {
			Map<String, String> errors = new LinkedHashMap<>();
			for (FieldProblem problem : ex.problems()) {
				String field = problem.field();
				// the facade numbers the filled lines; the form numbers all of them
				if (field.startsWith("results[")) {
					int index = Integer.parseInt(field.substring(8, field.indexOf(']')));
					if (index < rows.size() && problems.isEmpty()) {
						field = "results[" + rows.get(index) + field.substring(field.indexOf(']'));
					}
				}
				errors.putIfAbsent(field, this.messages.getMessage(problem, locale));
			}
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return show(unitId, model, form, errors);
		}
		redirect.addFlashAttribute("saved", "votes.saved");
		return "redirect:/votes/" + recorded.id();
	}

	private String show(@Nullable Long unitId, Model model, Map<String, String> form, Map<String, String> errors) {
		model.addAttribute("unitId", unitId);
		model.addAttribute("unitLabel", (unitId == null) ? null : this.votes.unitLabel(unitId));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		int lines = intOr(form.get("lines"), BLANK_LINES);
		List<Integer> indexes = new ArrayList<>();
		for (int i = 0; i < lines; i++) {
			indexes.add(i);
		}
		model.addAttribute("lines", indexes);
		model.addAttribute("today", this.votes.today());
		return "votes/form";
	}

	private static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}

	private static int intOr(@Nullable String value, int fallback) {
		try {
			return (value == null) ? fallback : Integer.parseInt(value.strip());
		}
		catch (NumberFormatException ex) {
			return fallback;
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem votesNavigation() {
			return new NavigationItem("votes.menu", "/votes", "hand-thumbs-up", 61, Set.of(),
					NavigationGroup.RECOGNITION);
		}

	}

}
