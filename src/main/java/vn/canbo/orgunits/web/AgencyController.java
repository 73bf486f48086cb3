package vn.canbo.orgunits.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.canbo.orgunits.CloseAgency;
import vn.canbo.orgunits.CreateAgency;
import vn.canbo.orgunits.InvalidOrgChangeException;
import vn.canbo.orgunits.MoveAgency;
import vn.canbo.orgunits.OrgUnitView;
import vn.canbo.orgunits.OrgUnits;
import vn.canbo.orgunits.UnitType;
import vn.canbo.orgunits.UpdateAgency;
import vn.canbo.shared.ConcurrentEditException;
import vn.canbo.shared.NotFoundException;

/**
 * Forms that create, correct, move and dissolve agencies. Rule violations come back next
 * to the field they concern; a concurrent edit is refused with the form kept as typed.
 */
@Controller
@RequestMapping("/org-units/{id}")
class AgencyController {

	private static final String FORM = "orgunits/agency-form";

	private final OrgUnits orgUnits;

	AgencyController(OrgUnits orgUnits) {
		this.orgUnits = orgUnits;
	}

	@ModelAttribute("agencyTypes")
	UnitType[] agencyTypes() {
		return UnitType.agencyTypes().toArray(UnitType[]::new);
	}

	@GetMapping("/agencies/new")
	String newAgency(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			Model model) {
		LocalDate date = asOf == null ? this.orgUnits.today() : asOf;
		OrgUnitView parent = this.orgUnits.get(id, date);
		AgencyForm form = new AgencyForm();
		form.setValidFrom(date);
		return show(model, "create", parent, form);
	}

	@PostMapping("/agencies")
	String createAgency(@PathVariable long id, @ModelAttribute("form") AgencyForm form, BindingResult errors,
			Model model) {
		LocalDate date = form.getValidFrom() == null ? this.orgUnits.today() : form.getValidFrom();
		OrgUnitView parent = this.orgUnits.get(id, date);
		requireDate(form.getValidFrom(), "validFrom", errors);
		if (errors.hasErrors()) {
			return show(model, "create", parent, form);
		}
		try {
			OrgUnitView created = this.orgUnits
				.createAgency(new CreateAgency(id, text(form.getName()), typeOf(form), date, form.getCode()));
			return "redirect:/org-units?selected=" + created.id() + "&asOf=" + date;
		}
		catch (InvalidOrgChangeException ex) {
			String field = "parentId".equals(ex.field()) ? "validFrom" : field(ex);
			errors.rejectValue(field, ex.messageKey(), ex.messageArguments(), ex.messageKey());
			return show(model, "create", parent, form);
		}
	}

	@GetMapping("/edit")
	String edit(@PathVariable long id, Model model) {
		OrgUnitView unit = current(id);
		AgencyForm form = new AgencyForm();
		form.setName(unit.name());
		form.setType(unit.type());
		form.setVersion(unit.version());
		return show(model, "edit", unit, form);
	}

	@PostMapping("/edit")
	String update(@PathVariable long id, @ModelAttribute("form") AgencyForm form, BindingResult errors, Model model) {
		OrgUnitView unit = current(id);
		try {
			this.orgUnits.updateAgency(new UpdateAgency(id, text(form.getName()), typeOf(form), form.getVersion()));
			return "redirect:/org-units?selected=" + id;
		}
		catch (InvalidOrgChangeException ex) {
			errors.rejectValue(field(ex), ex.messageKey(), ex.messageArguments(), ex.messageKey());
		}
		catch (ConcurrentEditException ex) {
			errors.reject(ex.messageKey());
		}
		return show(model, "edit", unit, form);
	}

	@GetMapping("/move")
	String move(@PathVariable long id, Model model) {
		OrgUnitView unit = current(id);
		AgencyForm form = new AgencyForm();
		form.setVersion(unit.version());
		form.setValidFrom(this.orgUnits.today());
		return show(model, "move", unit, form);
	}

	@PostMapping("/move")
	String moveAgency(@PathVariable long id, @ModelAttribute("form") AgencyForm form, BindingResult errors,
			Model model) {
		OrgUnitView unit = current(id);
		requireDate(form.getValidFrom(), "validFrom", errors);
		if (text(form.getNewParentCode()).isBlank()) {
			errors.rejectValue("newParentCode", "orgunits.error.newParentRequired");
		}
		if (errors.hasErrors()) {
			return show(model, "move", unit, form);
		}
		LocalDate date = form.getValidFrom();
		try {
			long newParent = this.orgUnits.getByCode(text(form.getNewParentCode()).strip(), date).id();
			this.orgUnits.moveAgency(new MoveAgency(id, newParent, date, form.getVersion()));
			return "redirect:/org-units?selected=" + id + "&asOf=" + date;
		}
		catch (NotFoundException ex) {
			errors.rejectValue("newParentCode", ex.messageKey(), ex.messageArguments(), ex.messageKey());
		}
		catch (InvalidOrgChangeException ex) {
			errors.rejectValue(field(ex), ex.messageKey(), ex.messageArguments(), ex.messageKey());
		}
		catch (ConcurrentEditException ex) {
			errors.reject(ex.messageKey());
		}
		return show(model, "move", unit, form);
	}

	@GetMapping("/close")
	String close(@PathVariable long id, Model model) {
		OrgUnitView unit = current(id);
		AgencyForm form = new AgencyForm();
		form.setVersion(unit.version());
		form.setValidFrom(this.orgUnits.today());
		return show(model, "close", unit, form);
	}

	@PostMapping("/close")
	String closeAgency(@PathVariable long id, @ModelAttribute("form") AgencyForm form, BindingResult errors,
			Model model) {
		OrgUnitView unit = current(id);
		requireDate(form.getValidFrom(), "validFrom", errors);
		if (errors.hasErrors()) {
			return show(model, "close", unit, form);
		}
		try {
			this.orgUnits.closeAgency(new CloseAgency(id, form.getValidFrom(), form.getVersion()));
			return "redirect:/org-units?selected=" + id + "&asOf=" + form.getValidFrom().minusDays(1);
		}
		catch (InvalidOrgChangeException ex) {
			errors.rejectValue(field(ex), ex.messageKey(), ex.messageArguments(), ex.messageKey());
		}
		catch (ConcurrentEditException ex) {
			errors.reject(ex.messageKey());
		}
		return show(model, "close", unit, form);
	}

	private OrgUnitView current(long id) {
		return this.orgUnits.current(id);
	}

	private String show(Model model, String mode, OrgUnitView unit, AgencyForm form) {
		model.addAttribute("mode", mode);
		model.addAttribute("unit", unit);
		model.addAttribute("unitLabel", this.orgUnits.label(unit));
		model.addAttribute("form", form);
		return FORM;
	}

	private static void requireDate(@Nullable LocalDate date, String field, BindingResult errors) {
		if (date == null && !errors.hasFieldErrors(field)) {
			errors.rejectValue(field, "orgunits.error.dateRequired");
		}
	}

	private static String field(InvalidOrgChangeException ex) {
		return switch (ex.field()) {
			case "effectiveDate" -> "validFrom";
			case "newParentId", "parentId" -> "newParentCode";
			case "name", "type", "code" -> ex.field();
			default -> "name";
		};
	}

	private static UnitType typeOf(AgencyForm form) {
		return form.getType() == null ? UnitType.OTHER : form.getType();
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value;
	}

	/**
	 * What the agency forms post; one class for the four forms keeps the template simple.
	 */
	static class AgencyForm {

		private @Nullable String name;

		private @Nullable UnitType type;

		private @Nullable String code;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private @Nullable LocalDate validFrom;

		private @Nullable String newParentCode;

		private long version;

		public @Nullable String getName() {
			return this.name;
		}

		public void setName(@Nullable String name) {
			this.name = name;
		}

		public @Nullable UnitType getType() {
			return this.type;
		}

		public void setType(@Nullable UnitType type) {
			this.type = type;
		}

		public @Nullable String getCode() {
			return this.code;
		}

		public void setCode(@Nullable String code) {
			this.code = code;
		}

		public @Nullable LocalDate getValidFrom() {
			return this.validFrom;
		}

		public void setValidFrom(@Nullable LocalDate validFrom) {
			this.validFrom = validFrom;
		}

		public @Nullable String getNewParentCode() {
			return this.newParentCode;
		}

		public void setNewParentCode(@Nullable String newParentCode) {
			this.newParentCode = newParentCode;
		}

		public long getVersion() {
			return this.version;
		}

		public void setVersion(long version) {
			this.version = version;
		}

	}

}
