package vn.canbo.training.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.canbo.people.ProfessionalLevel;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.PageResult;
import vn.canbo.shared.ReportPeriod;
import vn.canbo.training.Course;
import vn.canbo.training.CourseInput;
import vn.canbo.training.CourseKind;
import vn.canbo.training.Plan;
import vn.canbo.training.Repayment;
import vn.canbo.training.ShortOfPeriods;
import vn.canbo.training.Study;
import vn.canbo.training.StudyInput;
import vn.canbo.training.TrainingNeeds;
import vn.canbo.training.TrainingPlans;
import vn.canbo.training.TrainingRecords;

/** Training over HTTP, scoped like the pages. */
@RestController
@RequestMapping("/api/v1/training")
@Tag(name = "Training", description = "Training and development (đào tạo, bồi dưỡng): courses, state-funded study, "
		+ "needs and yearly plans")
class TrainingApiController {

	private final TrainingRecords records;

	private final TrainingNeeds needs;

	private final TrainingPlans plans;

	private final NeedTexts texts;

	TrainingApiController(TrainingRecords records, TrainingNeeds needs, TrainingPlans plans, NeedTexts texts) {
		this.records = records;
		this.needs = needs;
		this.plans = plans;
		this.texts = texts;
	}

	@GetMapping("/people/{id}")
	@Operation(summary = "A person's training: open needs on asOf (default today) each with its reason, rule and "
			+ "due date; courses; state-funded studies with their commitment and repayment; this year's periods")
	PersonTraining person(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			Locale locale) {
		LocalDate day = (asOf != null) ? this.records.period(null, asOf).to() : this.records.today();
		List<Study> studies = this.records.studies(id);
		return new PersonTraining(id, this.texts.show(this.needs.of(id, day), locale), this.records.courses(id),
				studies.stream().map((study) -> new StudyRow(study, this.records.repayment(study.id()))).toList(),
				this.records.periodsIn(id, day.getYear()), this.records.annualPeriods(day));
	}

	@PostMapping("/courses")
	@Operation(summary = "Record a completed course {personId, kind, title, provider, periods, startDate, endDate, "
			+ "certificate, funding (STATE_BUDGET|AGENCY|SELF|SPONSOR), grantsPoliticalTheory, grantsStateManagement, "
			+ "grantsProfessional, note}; a granted level raises the record's qualifications; officers in scope; "
			+ "422 with errors[{field, message}]")
	ResponseEntity<Course> record(@RequestBody CourseInput input) {
		Course created = this.records.record(input);
		return ResponseEntity.created(URI.create("/api/v1/training/courses/" + created.id())).body(created);
	}

	@PutMapping("/courses/{id}")
	@Operation(summary = "Correct a course: the fields of POST plus the version read; 409 when someone saved it since")
	Course update(@PathVariable long id, @RequestParam long version, @RequestBody CourseInput input) {
		return this.records.update(id, version, input);
	}

	@DeleteMapping("/courses/{id}")
	@Operation(summary = "Remove a course at the version read (the record's levels stay)")
	ResponseEntity<Void> delete(@PathVariable long id, @RequestParam long version) {
		this.records.delete(id, version);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/studies")
	@Operation(summary = "Record a state-funded study {personId, degreeLevel, field, institution, startDate, endDate, "
			+ "cost, priorServiceYears, leftOn, leaveReason, costSoFar, note}; the commitment is computed (3 × the "
			+ "study months)")
	ResponseEntity<Study> recordStudy(@RequestBody StudyInput input) {
		Study created = this.records.recordStudy(input);
		return ResponseEntity.created(URI.create("/api/v1/training/studies/" + created.id())).body(created);
	}

	@PutMapping("/studies/{id}")
	@Operation(summary = "Correct a study (e.g. record the early leave) at the version read")
	Study updateStudy(@PathVariable long id, @RequestParam long version, @RequestBody StudyInput input) {
		return this.records.updateStudy(id, version, input);
	}

	@GetMapping("/studies/{id}/repayment")
	@Operation(summary = "The repayment on early leave with its inputs (F, T1, T2, reduction) and whether the rule "
			+ "version is confirmed (the formula is not)")
	Repayment repayment(@PathVariable long id) {
		return this.records.repayment(id);
	}

	@GetMapping("/reports/courses")
	@Operation(summary = "Courses ending from `from` to `to` (default the five years to today) by people of a unit's "
			+ "subtree (default the caller's scope): counts per kind and per level granted, the professional degrees "
			+ "of the 2C history ending in the period per level, and one page of the courses with their total")
	CourseReport courses(@RequestParam(required = false) @Nullable Long unitId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(required = false) @Nullable CourseKind kind, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		ReportPeriod period = this.records.period(from, to);
		LocalDate start = period.from();
		LocalDate end = period.to();
		return new CourseReport(start, end, this.records.courseCounts(unitId, start, end),
				this.records.levelCounts(unitId, start, end), this.records.degreeCounts(unitId, start, end),
				this.records.coursesIn(unitId, start, end, kind, page, size));
	}

	@GetMapping("/reports/short-of-periods")
	@Operation(
			summary = "One page of the cán bộ, công chức and viên chức of a unit's subtree whose courses of the year "
					+ "fall short of the minimum periods, fewest first, with their total")
	PageResult<ShortOfPeriods> shortOfPeriods(@RequestParam(required = false) @Nullable Long unitId,
			@RequestParam(required = false) @Nullable Integer year, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return this.records.shortOfPeriods(unitId, this.records.year(year), page, size);
	}

	@GetMapping("/plans")
	@Operation(summary = "A unit's training plan of a year (default this year); 404 when not built")
	ResponseEntity<Plan> plan(@RequestParam long unitId, @RequestParam(required = false) @Nullable Integer year) {
		int inYear = this.records.year(year);
		return ResponseEntity.ok(this.plans.plan(unitId, inYear)
			.orElseThrow(() -> new NotFoundException("training.error.plan.notFound", inYear)));
	}

	@PostMapping("/plans")
	@Operation(summary = "Build a unit's plan of a year from the needs of its people; officers in scope")
	ResponseEntity<Plan> build(@RequestParam long unitId, @RequestParam int year) {
		Plan plan = this.plans.build(unitId, year);
		return ResponseEntity.created(URI.create("/api/v1/training/plans?unitId=" + unitId + "&year=" + year))
			.body(plan);
	}

	record PersonTraining(long personId, List<NeedTexts.Shown> needs, List<Course> courses, List<StudyRow> studies,
			int periodsThisYear, int minimumPeriods) {
	}

	record StudyRow(Study study, Repayment repayment) {
	}

	record CourseReport(LocalDate from, LocalDate to, Map<CourseKind, Long> byKind, Map<String, Long> byLevel,
			Map<ProfessionalLevel, Long> degrees, PageResult<Course> courses) {
	}

}
