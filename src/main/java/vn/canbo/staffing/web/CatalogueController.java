package vn.canbo.staffing.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.canbo.people.PoliticalTheoryLevel;
import vn.canbo.people.ProfessionalLevel;
import vn.canbo.people.StateManagementLevel;
import vn.canbo.shared.FieldProblem;
import vn.canbo.shared.InvalidInputException;
import vn.canbo.staffing.PostCatalogue;
import vn.canbo.staffing.PostStandard;
import vn.canbo.ui.FormValues;

/**
 * The catalogue of titles and job positions with the standards each declares: every
 * version with its source and validity, and (for administrators) the form to add a new
 * version from a date.
 */
@Controller
@RequestMapping("/staffing/catalogue")
class CatalogueController {

	private final PostCatalogue catalogue;

	private final StaffingPages pages;

	CatalogueController(PostCatalogue catalogue, StaffingPages pages) {
		this.catalogue = catalogue;
		this.pages = pages;
	}

	@GetMapping
	String catalogue(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			Model model) {
		LocalDate day = this.pages.date(asOf);
		model.addAttribute("asOf", day);
		model.addAttribute("titles", this.catalogue.titles());
		model.addAttribute("jobPositions", this.catalogue.jobPositions());
		model.addAttribute("inForce", this.catalogue.standardsInForce(day));
		Map<String, List<PostStandard>> versions = this.catalogue.standards()
			.stream()
			.collect(Collectors.groupingBy((s) -> (s.titleId() != null) ? "T" + s.titleId() : "J" + s.jobPositionId()));
		model.addAttribute("versions", versions);
		model.addAttribute("canEdit", this.catalogue.canEditStandards());
		model.addAttribute("professionalLevels", ProfessionalLevel.values());
		model.addAttribute("politicalTheoryLevels", PoliticalTheoryLevel.values());
		model.addAttribute("stateManagementLevels", StateManagementLevel.values());
		return "staffing/catalogue";
	}

	@PostMapping("/standards")
	String addStandard(@RequestParam String subject,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate validFrom,
			@RequestParam(required = false) @Nullable Integer minGeneralEducation,
			@RequestParam(required = false) @Nullable ProfessionalLevel minProfessionalLevel,
			@RequestParam(required = false) @Nullable String professionalFields,
			@RequestParam(required = false) @Nullable PoliticalTheoryLevel minPoliticalTheory,
			@RequestParam(required = false) @Nullable StateManagementLevel minStateManagement,
			@RequestParam(required = false) @Nullable Integer minAge,
			@RequestParam(required = false) @Nullable Integer maxAge, @RequestParam(defaultValue = "") String citation,
			@RequestParam(defaultValue = "false") boolean confirmed, Model model, RedirectAttributes redirect) {
		List<FieldProblem> problems = new ArrayList<>();
		// "T12" is title 12, "J7" job position 7
		Long subjectId = (subject.length() > 1) ? FormValues.number(subject.substring(1), "subject", problems) : null;
		Long titleId = subject.startsWith("T") ? subjectId : null;
		Long jobId = subject.startsWith("J") ? subjectId : null;
		List<String> fields = (professionalFields == null) ? List.of()
				: Arrays.stream(professionalFields.split("[;,]"))
					.map(String::trim)
					.filter((f) -> !f.isEmpty())
					.toList();
		try {
			if (!problems.isEmpty()) {
				throw new InvalidInputException(problems);
			}
			this.catalogue.addStandard(new PostStandard(0, titleId, jobId, validFrom, null, minGeneralEducation,
					minProfessionalLevel, fields, minPoliticalTheory, minStateManagement, minAge, maxAge,
					citation.trim(), confirmed, null));
		}
		catch (InvalidInputException ex) {
			model.addAttribute("problems", ex.problems());
			model.addAttribute("openSubject", subject);
			return catalogue(null, model);
		}
		redirect.addFlashAttribute("saved", "staffing.standard.saved");
		return "redirect:/staffing/catalogue";
	}

}
