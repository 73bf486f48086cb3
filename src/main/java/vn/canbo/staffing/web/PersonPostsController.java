package vn.canbo.staffing.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.canbo.orgunits.OrgUnits;
import vn.canbo.people.People;
import vn.canbo.people.PersonnelCategory;
import vn.canbo.shared.ConcurrentEditException;
import vn.canbo.shared.FieldProblem;
import vn.canbo.shared.InvalidInputException;
import vn.canbo.staffing.AssignmentKind;
import vn.canbo.staffing.AssignmentView;
import vn.canbo.staffing.Assignments;
import vn.canbo.staffing.ChangeAssignment;
import vn.canbo.staffing.PostCatalogue;
import vn.canbo.staffing.RecordAssignment;
import vn.canbo.staffing.Selection;
import vn.canbo.staffing.Standards;
import vn.canbo.ui.FormValues;

/**
 * A person's posts over time (the post history that replaces the free-text work history
 * where known) and their standards verdict at a date, with the forms to record, end and
 * remove an assignment.
 */
@Controller
class PersonPostsController {

	private final Assignments assignments;

	private final Standards standards;

	private final PostCatalogue catalogue;

	private final People people;

	private final OrgUnits orgUnits;

	private final StaffingPages pages;

	PersonPostsController(Assignments assignments, Standards standards, PostCatalogue catalogue, People people,
			OrgUnits orgUnits, StaffingPages pages) {
		this.assignments = assignments;
		this.standards = standards;
		this.catalogue = catalogue;
		this.people = people;
		this.orgUnits = orgUnits;
		this.pages = pages;
	}

	@GetMapping("/staffing/persons/{id}")
	String person(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			Model model) {
		LocalDate day = this.pages.date(asOf);
		var person = this.people.summary(id);
		model.addAttribute("person", person);
		model.addAttribute("asOf", day);
		model.addAttribute("history", this.assignments.ofPerson(id));
		model.addAttribute("verdict", this.standards.verdict(id, day));
		model.addAttribute("canEdit", this.assignments.canEdit());
		model.addAttribute("titles", this.catalogue.titles().stream().filter((t) -> t.validOn(day)).toList());
		model.addAttribute("jobPositions", this.catalogue.jobPositions());
		model.addAttribute("kinds", AssignmentKind.values());
		model.addAttribute("selections", Selection.values());
		model.addAttribute("categories", PersonnelCategory.values());
		model.addAttribute("agencyCode", this.orgUnits.current(person.agencyId()).code());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new AssignmentForm());
		}
		return "staffing/person";
	}

	@PostMapping("/staffing/persons/{id}/assignments")
	String record(@PathVariable long id, @ModelAttribute("form") AssignmentForm form, Model model,
			RedirectAttributes redirect) {
		List<FieldProblem> problems = new ArrayList<>();
		RecordAssignment command = form.toCommand(id, problems);
		try {
			if (!problems.isEmpty()) {
				throw new InvalidInputException(problems);
			}
			this.assignments.record(command);
		}
		catch (InvalidInputException ex) {
			model.addAttribute("problems", ex.problems());
			return person(id, null, model);
		}
		redirect.addFlashAttribute("saved", "staffing.assignment.saved");
		return "redirect:/staffing/persons/" + id;
	}

	@PostMapping("/staffing/assignments/{id}/end")
	String end(@PathVariable long id, @RequestParam long version, @RequestParam Map<String, String> form, Model model,
			RedirectAttributes redirect) {
		AssignmentView assignment = this.assignments.get(id);
		List<FieldProblem> problems = new ArrayList<>();
		LocalDate validTo = FormValues.date(form.get("validTo"), "validTo", problems);
		String decisionNumber = form.get("decisionNumber");
		try {
			if (!problems.isEmpty()) {
				throw new InvalidInputException(problems);
			}
			this.assignments.change(id, new ChangeAssignment(version, assignment.validFrom(), validTo,
					assignment.termEnd(),
					(decisionNumber == null || decisionNumber.isBlank()) ? assignment.decisionNumber() : decisionNumber,
					assignment.decisionDate(), assignment.note()));
		}
		catch (InvalidInputException ex) {
			model.addAttribute("problems", ex.problems());
			return person(assignment.personId(), null, model);
		}
		catch (ConcurrentEditException ex) {
			redirect.addFlashAttribute("conflict", true);
			return "redirect:/staffing/persons/" + assignment.personId();
		}
		redirect.addFlashAttribute("saved", "staffing.assignment.ended");
		return "redirect:/staffing/persons/" + assignment.personId();
	}

	@PostMapping("/staffing/assignments/{id}/delete")
	String delete(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		AssignmentView assignment = this.assignments.get(id);
		try {
			this.assignments.delete(id, version);
			redirect.addFlashAttribute("saved", "staffing.assignment.deleted");
		}
		catch (ConcurrentEditException ex) {
			redirect.addFlashAttribute("conflict", true);
		}
		return "redirect:/staffing/persons/" + assignment.personId();
	}

	/** The form to record an assignment. */
	static class AssignmentForm {

		private @Nullable String unitCode;

		private @Nullable String post;

		private @Nullable String kind;

		private @Nullable String selection;

		private @Nullable String category;

		private @Nullable String validFrom;

		private @Nullable String validTo;

		private @Nullable String decisionNumber;

		private @Nullable String decisionDate;

		private @Nullable String note;

		/**
		 * The post is chosen in one list: "T:code" for a title, "J:code" for a job
		 * position.
		 */
		RecordAssignment toCommand(long personId, List<FieldProblem> problems) {
			String value = (this.post == null) ? "" : this.post;
			String title = value.startsWith("T:") ? value.substring(2) : null;
			String job = value.startsWith("J:") ? value.substring(2) : null;
			return new RecordAssignment(personId, this.unitCode, title, job,
					FormValues.choice(AssignmentKind.class, this.kind),
					FormValues.choice(Selection.class, this.selection),
					FormValues.choice(PersonnelCategory.class, this.category),
					FormValues.date(this.validFrom, "validFrom", problems),
					FormValues.date(this.validTo, "validTo", problems), null, this.decisionNumber,
					FormValues.date(this.decisionDate, "decisionDate", problems), this.note);
		}

		public @Nullable String getUnitCode() {
			return this.unitCode;
		}

		public void setUnitCode(@Nullable String unitCode) {
			this.unitCode = unitCode;
		}

		public @Nullable String getPost() {
			return this.post;
		}

		public void setPost(@Nullable String post) {
			this.post = post;
		}

		public @Nullable String getKind() {
			return this.kind;
		}

		public void setKind(@Nullable String kind) {
			this.kind = kind;
		}

		public @Nullable String getSelection() {
			return this.selection;
		}

		public void setSelection(@Nullable String selection) {
			this.selection = selection;
		}

		public @Nullable String getCategory() {
			return this.category;
		}

		public void setCategory(@Nullable String category) {
			this.category = category;
		}

		public @Nullable String getValidFrom() {
			return this.validFrom;
		}

		public void setValidFrom(@Nullable String validFrom) {
			this.validFrom = validFrom;
		}

		public @Nullable String getValidTo() {
			return this.validTo;
		}

		public void setValidTo(@Nullable String validTo) {
			this.validTo = validTo;
		}

		public @Nullable String getDecisionNumber() {
			return this.decisionNumber;
		}

		public void setDecisionNumber(@Nullable String decisionNumber) {
			this.decisionNumber = decisionNumber;
		}

		public @Nullable String getDecisionDate() {
			return this.decisionDate;
		}

		public void setDecisionDate(@Nullable String decisionDate) {
			this.decisionDate = decisionDate;
		}

		public @Nullable String getNote() {
			return this.note;
		}

		public void setNote(@Nullable String note) {
			this.note = note;
		}

	}

}
