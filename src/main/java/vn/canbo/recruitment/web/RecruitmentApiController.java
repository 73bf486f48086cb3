package vn.canbo.recruitment.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.canbo.recruitment.CandidateInput;
import vn.canbo.recruitment.CandidateView;
import vn.canbo.recruitment.Outcome;
import vn.canbo.recruitment.PlanView;
import vn.canbo.recruitment.Recruitment;
import vn.canbo.recruitment.Regime;
import vn.canbo.recruitment.Result;
import vn.canbo.recruitment.ScoreInput;
import vn.canbo.recruitment.VacancyView;
import vn.canbo.shared.PageResult;

/** Recruitment over HTTP, scoped like the pages. */
@RestController
@RequestMapping("/api/v1/recruitment")
@Tag(name = "Recruitment", description = "Recruitment (tuyển dụng) by job position: plans, candidates, scores, results")
class RecruitmentApiController {

	private final Recruitment recruitment;

	private final MessageSource messages;

	RecruitmentApiController(Recruitment recruitment, MessageSource messages) {
		this.recruitment = recruitment;
		this.messages = messages;
	}

	@GetMapping("/plans")
	@Operation(summary = "One page of the recruitment plans of agencies in a unit's subtree (default the caller's "
			+ "scope), latest year first, with their total")
	PageResult<PlanView> plans(@RequestParam(required = false) @Nullable Long unitId,
			@RequestParam(required = false) @Nullable Integer year, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return this.recruitment.plans(unitId, year, page, size);
	}

	@PostMapping("/plans")
	@Operation(summary = "Open the plan of an agency for a year from its job positions short of quota on asOf "
			+ "{agencyId, year, asOf, regime (CIVIL_SERVANT|PUBLIC_EMPLOYEE), note}; 422 with errors[{field, message}]")
	ResponseEntity<PlanJson> create(@RequestBody NewPlan plan) {
		PlanView created = this.recruitment.createPlan((plan.agencyId() == null) ? -1 : plan.agencyId(),
				(plan.year() == null) ? 0 : plan.year(), plan.asOf(), plan.regime(), plan.note());
		return ResponseEntity.created(URI.create("/api/v1/recruitment/plans/" + created.id()))
			.body(new PlanJson(created, this.recruitment.vacancies(created.id())));
	}

	@GetMapping("/plans/{id}")
	@Operation(summary = "One plan with its vacancies")
	PlanJson plan(@PathVariable long id) {
		return new PlanJson(this.recruitment.plan(id), this.recruitment.vacancies(id));
	}

	@PostMapping("/plans/{id}/candidates")
	@Operation(summary = "Add a candidate {jobPositionCode, citizenId, fullName, birthDate, gender, ethnicity, "
			+ "vietnameseOnly, residesInVietnam, meetsOtherConditions, professionalLevel, professionalField, "
			+ "priorities[], insuredMonths, phone} to an open plan")
	ResponseEntity<CandidateView> addCandidate(@PathVariable long id, @RequestBody CandidateInput input) {
		CandidateView created = this.recruitment.addCandidate(id, input);
		return ResponseEntity.created(URI.create("/api/v1/recruitment/candidates/" + created.id())).body(created);
	}

	@PutMapping("/candidates/{id}/scores")
	@Operation(summary = "Enter a candidate's scores {version, roundOneCorrect, written, interview, oral} until the "
			+ "results are published; 409 when someone saved it since")
	CandidateView scores(@PathVariable long id, @RequestBody Scores scores) {
		return this.recruitment.enterScores(id, (scores.version() == null) ? -1 : scores.version(),
				new ScoreInput(scores.roundOneCorrect(), scores.written(), scores.interview(), scores.oral()));
	}

	@GetMapping("/vacancies/{id}/results")
	@Operation(summary = "Every candidate of a vacancy with the verdict, its reason and its rule, winners first")
	List<ResultJson> results(@PathVariable long id) {
		return this.recruitment.results(id).stream().map(this::json).toList();
	}

	private ResultJson json(Result result) {
		String reason = result.ineligibility().isEmpty()
				? this.messages.getMessage(result.verdict(), LocaleContextHolder.getLocale())
				: String.join(" ",
						result.ineligibility()
							.stream()
							.map((missed) -> this.messages.getMessage(missed.messageKey(), missed.arguments().toArray(),
									missed.messageKey(), LocaleContextHolder.getLocale()))
							.toList());
		String rule = result.ineligibility().isEmpty() ? result.verdict().citation()
				: result.ineligibility().get(0).citation();
		return new ResultJson(result.candidate().id(), result.candidate().fullName(), result.verdict().outcome(),
				result.verdict().rank(), result.verdict().professional(), result.verdict().priority(),
				result.verdict().total(), reason, rule);
	}

	record NewPlan(@Nullable Long agencyId, @Nullable Integer year, @Nullable LocalDate asOf, @Nullable Regime regime,
			@Nullable String note) {
	}

	record PlanJson(PlanView plan, List<VacancyView> vacancies) {
	}

	record Scores(@Nullable Long version, @Nullable Integer roundOneCorrect, @Nullable BigDecimal written,
			@Nullable BigDecimal interview, @Nullable BigDecimal oral) {
	}

	record ResultJson(long candidateId, String fullName, Outcome outcome, @Nullable Integer rank,
			@Nullable BigDecimal professional, BigDecimal priority, @Nullable BigDecimal total, String reason,
			String rule) {
	}

}
