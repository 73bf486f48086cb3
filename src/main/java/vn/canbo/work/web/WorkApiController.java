package vn.canbo.work.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.canbo.orgunits.OrgUnits;
import vn.canbo.shared.FieldProblem;
import vn.canbo.shared.InvalidInputException;
import vn.canbo.shared.PageResult;
import vn.canbo.work.EvaluationInput;
import vn.canbo.work.Evaluations;
import vn.canbo.work.MonthStatus;
import vn.canbo.work.NewTask;
import vn.canbo.work.PersonMonth;
import vn.canbo.work.ProgressReport;
import vn.canbo.work.TaskScoring;
import vn.canbo.work.TaskView;
import vn.canbo.work.Tasks;

/** Tasks, monthly evaluations and closed months over HTTP, scoped like the facades. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Work", description = "Tasks with one owner, progress, scores, monthly evaluations and closed months")
class WorkApiController {

	private final Tasks tasks;

	private final Evaluations evaluations;

	private final OrgUnits orgUnits;

	WorkApiController(Tasks tasks, Evaluations evaluations, OrgUnits orgUnits) {
		this.tasks = tasks;
		this.evaluations = evaluations;
		this.orgUnits = orgUnits;
	}

	@PostMapping("/tasks")
	@Operation(summary = "Assign a task (leaders and administrators in scope), or draft one's own for the monthly "
			+ "plan; 422 with errors[{field, message}]")
	ResponseEntity<TaskView> assign(@RequestBody NewTask command) {
		TaskView task = this.tasks.assign(command);
		return ResponseEntity.created(URI.create("/api/v1/tasks/" + task.id())).body(task);
	}

	@GetMapping("/tasks")
	@Operation(summary = "One page of the tasks of a month (yyyy-MM, default this month), with their total: the "
			+ "caller's own (default), those they assigned (assignedByMe=true) or those of a unit's subtree (unit=code)")
	TaskPage list(@RequestParam(required = false) @Nullable String month,
			@RequestParam(required = false) @Nullable String unit,
			@RequestParam(defaultValue = "false") boolean assignedByMe, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "100") int size) {
		LocalDate first = month(month);
		PageResult<TaskView> result;
		if (unit != null && !unit.isBlank()) {
			result = this.tasks.inUnit(this.orgUnits.idForCode(unit.strip(), this.tasks.today()), first, page, size);
		}
		else {
			result = assignedByMe ? this.tasks.assignedByMe(first, page, size) : this.tasks.mine(first, page, size);
		}
		return new TaskPage(result.total(), result.page(), result.size(), result.items());
	}

	record TaskPage(long total, int page, int size, List<TaskView> items) {
	}

	@GetMapping("/tasks/{id}")
	@Operation(summary = "One task with its progress reports")
	TaskView task(@PathVariable long id) {
		return this.tasks.get(id);
	}

	@PostMapping("/tasks/{id}/progress")
	@Operation(summary = "Report progress (owner, collaborator or assigner): version, progress, note, done, "
			+ "completedOn")
	TaskView progress(@PathVariable long id, @RequestBody Progress body) {
		return this.tasks.report(id, body.version(), new ProgressReport(body.progress(), body.note(),
				Boolean.TRUE.equals(body.done()), body.completedOn(), null, null, null));
	}

	@PostMapping("/tasks/{id}/score")
	@Operation(summary = "Score a task (its assigner or a leader of its scope, never its owner): completed units, "
			+ "major errors and delays with those excused")
	TaskView score(@PathVariable long id, @RequestBody TaskScoring scoring) {
		return this.tasks.score(id, scoring);
	}

	@PostMapping("/tasks/{id}/cancel")
	@Operation(summary = "Cancel a task (its assigner or a leader of its scope)")
	TaskView cancel(@PathVariable long id, @RequestParam long version) {
		return this.tasks.cancel(id, version);
	}

	@GetMapping("/persons/{id}/evaluations/{month}")
	@Operation(summary = "A person's month (yyyy-MM): tasks with what each lost, inputs, score and level")
	PersonMonth evaluation(@PathVariable long id, @PathVariable String month) {
		return this.evaluations.month(id, month(month));
	}

	@PutMapping("/persons/{id}/evaluations/{month}/self")
	@Operation(summary = "Self-assessment of the general criteria (the person themself)")
	PersonMonth assessSelf(@PathVariable long id, @PathVariable String month, @RequestBody SelfAssessment body) {
		return this.evaluations.assessSelf(id, month(month), body.general(), body.note());
	}

	@PutMapping("/persons/{id}/evaluations/{month}")
	@Operation(summary = "The evaluator's input (a leader of the scope, not for themself): general points, bonus, "
			+ "a leader's directing and organising, automatic case, leave; version as read (0 when none)")
	PersonMonth evaluate(@PathVariable long id, @PathVariable String month, @RequestBody EvaluationInput input) {
		return this.evaluations.evaluate(id, month(month), input);
	}

	@GetMapping("/org-units/{code}/months/{month}")
	@Operation(summary = "A unit's month: one page of each person's evaluation state (people.total: how many in all), "
			+ "whether closed, closings and reopenings")
	MonthStatus status(@PathVariable String code, @PathVariable String month,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size) {
		return this.evaluations.status(unit(code), month(month), page, size);
	}

	@PostMapping("/org-units/{code}/months/{month}/close")
	@Operation(summary = "Close the month of every open agency under the unit: scores everyone, locks the month, "
			+ "carries unfinished tasks over")
	Map<String, Integer> close(@PathVariable String code, @PathVariable String month) {
		return Map.of("evaluated", this.evaluations.close(unit(code), month(month)));
	}

	@PostMapping("/org-units/{code}/months/{month}/reopen")
	@Operation(summary = "Reopen a closed month of the unit; the reason is required and logged")
	MonthStatus reopen(@PathVariable String code, @PathVariable String month, @RequestBody Reopening body) {
		long unit = unit(code);
		this.evaluations.reopen(unit, month(month), body.reason());
		return this.evaluations.status(unit, month(month), 0, 100);
	}

	private long unit(String code) {
		return this.orgUnits.idForCode(code.strip(), this.tasks.today());
	}

	private LocalDate month(@Nullable String text) {
		return Months.parse(text, this.tasks.today());
	}

	record Progress(long version, @Nullable Integer progress, @Nullable String note, @Nullable Boolean done,
			@Nullable LocalDate completedOn) {
	}

	record SelfAssessment(@Nullable BigDecimal general, @Nullable String note) {
	}

	record Reopening(@Nullable String reason) {
	}

}
