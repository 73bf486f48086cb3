package vn.canbo.careers.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.canbo.careers.Careers;
import vn.canbo.careers.DisciplineDelay;
import vn.canbo.careers.RatingDelay;
import vn.canbo.careers.DueRaise;
import vn.canbo.careers.NewSalaryAdjustment;
import vn.canbo.careers.PersonCareer;
import vn.canbo.careers.RetirementOverview;
import vn.canbo.careers.RetiringPerson;
import vn.canbo.careers.SalaryAdjustment;
import vn.canbo.careers.SalaryStatus;
import vn.canbo.careers.YearCount;
import vn.canbo.shared.ReportPeriod;

/** Retirement and raise schedules over HTTP, scoped like the pages. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Careers", description = "Retirement and salary-raise schedules within the caller's scope")
class CareersApiController {

	private final Careers careers;

	CareersApiController(Careers careers) {
		this.careers = careers;
	}

	@GetMapping("/retirements")
	@Operation(summary = "People of the unit's subtree (unit: its code, or unitId; default the caller's scope) "
			+ "retiring between from and to (default: the next 12 months), those to notify now, and counts for the "
			+ "next five years")
	Retirements retirements(@RequestParam(required = false) @Nullable String unit,
			@RequestParam(required = false) @Nullable Long unitId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
		ReportPeriod period = ReportPeriod.nextTwelveMonths(from, to, this.careers.today());
		RetirementOverview overview = this.careers.retirements(unit(unit, unitId), period.from(), period.to());
		return new Retirements(overview.from(), overview.to(), overview.people().size(),
				overview.people().stream().map(RetiringJson::of).toList(),
				overview.toNotify().stream().map(RetiringJson::of).toList(), overview.notice().notifyMonths(),
				overview.notice().decideMonths(), overview.notice().version().citation(),
				overview.notice().version().confirmed(), overview.perYear());
	}

	@GetMapping("/salary-raises")
	@Operation(summary = "People of the unit's subtree whose next raise (a step, or the beyond-scale allowance "
			+ "starting or rising) is due between from and to (default: the next 12 months), discipline delays "
			+ "applied and listed with their decision and rule")
	Raises raises(@RequestParam(required = false) @Nullable String unit,
			@RequestParam(required = false) @Nullable Long unitId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
		ReportPeriod period = ReportPeriod.nextTwelveMonths(from, to, this.careers.today());
		List<DueRaise> raises = this.careers.salaryRaises(unit(unit, unitId), period.from(), period.to());
		return new Raises(period.from(), period.to(), raises.size(), raises.stream().map(RaiseJson::of).toList());
	}

	@GetMapping("/persons/{id}/career")
	@Operation(summary = "A person's retirement (date, age, rule) and salary outlook (step, next raise, beyond-scale "
			+ "allowance, rule) as of a day (default today), with early raises and delays and the discipline "
			+ "decisions that delay the next raise")
	Career career(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf) {
		PersonCareer career = this.careers.career(id, (asOf == null) ? this.careers.today() : asOf);
		return new Career(career.asOf(), RetiringJson.of(career.person()),
				(career.salary() == null) ? null : SalaryJson.of(career.salary()),
				(career.baseSalary() == null) ? null : career.baseSalary().amount(), career.monthlySalary(),
				career.adjustments());
	}

	@PostMapping("/persons/{id}/salary-adjustments")
	@Operation(summary = "Record an early raise (EARLY, at most 12 months) or a delay (DELAY) of the person's next "
			+ "salary step; organisation officers and administrators; 422 with errors[{field, message}]")
	ResponseEntity<SalaryAdjustment> addAdjustment(@PathVariable long id, @RequestBody NewSalaryAdjustment command) {
		SalaryAdjustment added = this.careers.addAdjustment(id, command);
		return ResponseEntity.created(URI.create("/api/v1/persons/" + id + "/career")).body(added);
	}

	private @Nullable Long unit(@Nullable String code, @Nullable Long unitId) {
		if (code != null && !code.isBlank()) {
			return this.careers.unitIdForCode(code.strip());
		}
		return unitId;
	}

	record Retirements(LocalDate from, LocalDate to, int total, List<RetiringJson> people, List<RetiringJson> toNotify,
			int notifyMonths, int decideMonths, String noticeCitation, boolean noticeConfirmed,
			List<YearCount> perYear) {
	}

	record RetiringJson(long personId, String fullName, String gender, String birth, String category,
			@Nullable String position, long agencyId, String agencyName, LocalDate retirementDate,
			LocalDate pensionStartDate, int ageYears, int ageMonths, String citation, @Nullable LocalDate ruleValidFrom,
			boolean confirmed, LocalDate notifyBy, LocalDate decideBy) {

		static RetiringJson of(RetiringPerson person) {
			var retirement = person.retirement();
			return new RetiringJson(person.personId(), person.fullName(), person.gender().name(), person.birth(),
					person.category().name(), person.position(), person.agencyId(), person.agencyName(),
					retirement.retirementDate(), retirement.pensionStartDate(), retirement.ageYears(),
					retirement.ageMonths(), retirement.rule().citation(), retirement.rule().validFrom(),
					retirement.rule().confirmed(), person.notifyBy(), person.decideBy());
		}

	}

	record Raises(LocalDate from, LocalDate to, int total, List<RaiseJson> items) {
	}

	record RaiseJson(long personId, String fullName, String agencyName, LocalDate dueOn, String kind,
			@Nullable Integer newStep, @Nullable BigDecimal newCoefficient, int newBeyondScalePercent,
			List<DelayJson> disciplineDelays, List<RatingDelay> ratingDelays, SalaryJson salary) {

		static RaiseJson of(DueRaise raise) {
			return new RaiseJson(raise.personId(), raise.fullName(), raise.agencyName(), raise.dueOn(),
					raise.kind().name(), raise.newStep(), raise.newCoefficient(), raise.newBeyondScalePercent(),
					DelayJson.of(raise.disciplineDelays()), raise.ratingDelays(), SalaryJson.of(raise.salary()));
		}

	}

	record SalaryJson(String rankCode, @Nullable String rankName, @Nullable String tableCode, int step, int maxSteps,
			@Nullable BigDecimal coefficient, LocalDate since, int intervalMonths, int adjustmentMonths,
			int disciplineMonths, List<DelayJson> disciplineDelays, List<RatingDelay> ratingDelays,
			@Nullable LocalDate nextRaiseOn, @Nullable Integer nextStep, @Nullable BigDecimal nextCoefficient,
			boolean atLastStep, int beyondScalePercent, @Nullable LocalDate nextBeyondScaleOn,
			int nextBeyondScalePercent, String citation, @Nullable LocalDate ruleValidFrom, boolean confirmed) {

		static SalaryJson of(SalaryStatus salary) {
			return new SalaryJson(salary.rankCode(), salary.rankName(), salary.tableCode(), salary.step(),
					salary.maxSteps(), salary.coefficient(), salary.since(), salary.intervalMonths(),
					salary.adjustmentMonths(), salary.disciplineMonths(), DelayJson.of(salary.disciplineDelays()),
					salary.ratingDelays(), salary.nextRaiseOn(), salary.nextStep(), salary.nextCoefficient(),
					salary.atLastStep(), salary.beyondScalePercent(), salary.nextBeyondScaleOn(),
					salary.nextBeyondScalePercent(), salary.rule().citation(), salary.rule().validFrom(),
					salary.rule().confirmed());
		}

	}

	/**
	 * A discipline delay; the decision (form, number, dates) is null when the caller may
	 * not read the person's discipline.
	 */
	record DelayJson(int months, @Nullable String form, @Nullable String decisionNumber,
			@Nullable LocalDate decisionDate, @Nullable LocalDate effectiveOn, String citation,
			@Nullable LocalDate ruleValidFrom, boolean confirmed) {

		static List<DelayJson> of(List<DisciplineDelay> delays) {
			return delays.stream()
				.map((delay) -> new DelayJson(delay.months(), (delay.form() == null) ? null : delay.form().name(),
						delay.decisionNumber(), delay.decisionDate(), delay.effectiveOn(), delay.rule().citation(),
						delay.rule().validFrom(), delay.rule().confirmed()))
				.toList();
		}

	}

	record Career(LocalDate asOf, RetiringJson retirement, @Nullable SalaryJson salary, @Nullable Long baseSalary,
			@Nullable Long monthlySalary, List<SalaryAdjustment> adjustments) {
	}

}
