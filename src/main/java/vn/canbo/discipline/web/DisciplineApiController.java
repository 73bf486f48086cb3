package vn.canbo.discipline.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.canbo.discipline.DisciplineEffects;
import vn.canbo.discipline.DisciplineForm;
import vn.canbo.discipline.DisciplineRecord;
import vn.canbo.discipline.DisciplineReport;
import vn.canbo.discipline.DisciplinedPerson;
import vn.canbo.discipline.Disciplines;
import vn.canbo.discipline.NewDiscipline;
import vn.canbo.discipline.PersonDiscipline;
import vn.canbo.shared.ReportPeriod;

/** Discipline decisions and reports over HTTP, scoped like the pages. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Discipline", description = "Discipline decisions (kỷ luật), their effects and the unit reports")
class DisciplineApiController {

	private final Disciplines disciplines;

	DisciplineApiController(Disciplines disciplines) {
		this.disciplines = disciplines;
	}

	@GetMapping("/persons/{id}/discipline")
	@Operation(summary = "A person's discipline decisions (cancelled ones included) with each effect and the rule "
			+ "version behind it; administrators, officers and leaders in scope, a staff member their own")
	PersonJson person(@PathVariable long id) {
		PersonDiscipline discipline = this.disciplines.forPerson(id, "API");
		return new PersonJson(discipline.person(),
				discipline.decisions().stream().map((decision) -> DecisionJson.of(decision)).toList());
	}

	@PostMapping("/persons/{id}/discipline")
	@Operation(summary = "Record a discipline decision (system STATE or PARTY, a form allowed for the person's "
			+ "category); organisation officers and administrators; 422 with errors[{field, message}]")
	ResponseEntity<DisciplineRecord> add(@PathVariable long id, @RequestBody NewDiscipline input) {
		DisciplineRecord added = this.disciplines.record(id, input);
		return ResponseEntity.created(URI.create("/api/v1/persons/" + id + "/discipline")).body(added);
	}

	@PutMapping("/discipline/{recordId}")
	@Operation(summary = "Correct a decision: {version, decision: {...}}; 409 when someone saved it since the "
			+ "version read")
	DisciplineRecord update(@PathVariable long recordId, @Valid @RequestBody Edit edit) {
		return this.disciplines.update(recordId, edit.version(), edit.decision());
	}

	@PostMapping("/discipline/{recordId}/cancel")
	@Operation(summary = "Cancel a decision: {version, reason}; it then has no effect")
	DisciplineRecord cancel(@PathVariable long recordId, @Valid @RequestBody Cancel cancel) {
		return this.disciplines.cancel(recordId, cancel.version(), cancel.reason());
	}

	@GetMapping("/org-units/{code}/discipline")
	@Operation(summary = "People and decisions per year and form of the people now in the unit's subtree, for "
			+ "decisions that took effect between from and to (default: the last five calendar years)")
	ReportJson report(@PathVariable String code,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
		ReportPeriod period = ReportPeriod.lastCalendarYears(from, to, this.disciplines.today(),
				Disciplines.DEFAULT_YEARS);
		DisciplineReport report = this.disciplines.report(this.disciplines.unitIdForCode(code), period.from(),
				period.to());
		return new ReportJson(report.from(), report.to(), report.years().stream().map(LineJson::of).toList(),
				LineJson.of(report.total()),
				report.decisions()
					.stream()
					.map((entry) -> new EntryJson(entry.person().id(), entry.person().fullName(),
							entry.person().agencyName(), entry.record()))
					.toList());
	}

	record Edit(@NotNull Long version, @NotNull NewDiscipline decision) {
	}

	record Cancel(@NotNull Long version, @Nullable String reason) {
	}

	record PersonJson(DisciplinedPerson person, List<DecisionJson> decisions) {
	}

	record DecisionJson(DisciplineRecord record, @Nullable LocalDate lapsesOn, List<EffectJson> effects) {

		static DecisionJson of(PersonDiscipline.Decision decision) {
			return new DecisionJson(decision.record(), decision.effects().lapsesOn(),
					decision.effects().effects().stream().map(EffectJson::of).toList());
		}

	}

	record EffectJson(String kind, @Nullable Integer months, @Nullable LocalDate until, @Nullable Integer year,
			String citation, @Nullable LocalDate ruleValidFrom, boolean confirmed) {

		static EffectJson of(DisciplineEffects.Effect effect) {
			return new EffectJson(effect.kind().name(), effect.months(), effect.until(), effect.year(),
					effect.rule().citation(), effect.rule().validFrom(), effect.rule().confirmed());
		}

	}

	record ReportJson(LocalDate from, LocalDate to, List<LineJson> years, LineJson total, List<EntryJson> decisions) {
	}

	record LineJson(int year, long people, long decisions, Map<DisciplineForm, Long> byForm) {

		static LineJson of(DisciplineReport.Line line) {
			return new LineJson(line.year(), line.people(), line.decisions(), line.byForm());
		}

	}

	record EntryJson(long personId, String fullName, String agencyName, DisciplineRecord record) {
	}

}
