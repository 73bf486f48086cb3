package vn.canbo.emulation.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.canbo.emulation.CollectiveRating;
import vn.canbo.emulation.CollectiveSheet;
import vn.canbo.emulation.Emulation;
import vn.canbo.emulation.EmulationReport;
import vn.canbo.emulation.LevelCounts;
import vn.canbo.emulation.NewReward;
import vn.canbo.emulation.RecordCollectiveRating;
import vn.canbo.emulation.Reward;
import vn.canbo.emulation.RewardDecision;
import vn.canbo.emulation.RewardKind;
import vn.canbo.emulation.RewardStatus;
import vn.canbo.rules.EvaluationLevel;
import vn.canbo.shared.PageResult;

/** Emulation counts, rewards and collective ratings over HTTP, scoped like the pages. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Emulation", description = "Emulation titles, rewards and collective ratings within the caller's scope")
class EmulationApiController {

	private final Emulation emulation;

	EmulationApiController(Emulation emulation) {
		this.emulation = emulation;
	}

	@GetMapping("/org-units/{code}/emulation")
	@Operation(summary = "Approved annual ratings per level and rewards per kind (decided, proposed) of the unit's "
			+ "subtree for the year (default: the year under review)")
	Report report(@PathVariable String code, @RequestParam(required = false) @Nullable Integer year) {
		int shown = (year == null) ? this.emulation.defaultYear() : year;
		EmulationReport report = this.emulation.report(this.emulation.unitIdForCode(code), shown);
		return new Report(code, shown, report.ratings(), report.rewards());
	}

	@GetMapping("/rewards")
	@Operation(summary = "One page of the rewards of the year in the unit's subtree (unit: its code; default the "
			+ "caller's scope), optionally of a status and kind, with their total; staff get only their own")
	RewardPage rewards(@RequestParam(required = false) @Nullable String unit,
			@RequestParam(required = false) @Nullable Integer year,
			@RequestParam(required = false) @Nullable RewardStatus status,
			@RequestParam(required = false) @Nullable RewardKind kind, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "100") int size) {
		PageResult<Reward> result = this.emulation.rewards((unit == null) ? null : this.emulation.unitIdForCode(unit),
				(year == null) ? this.emulation.defaultYear() : year, status, kind, page, size);
		return new RewardPage(result.total(), result.page(), result.size(), result.items());
	}

	record RewardPage(long total, int page, int size, List<Reward> items) {
	}

	@PostMapping("/rewards")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Proposes a title or award for a person (personId) or a collective (unitCode); "
			+ "organisation officers and administrators in scope")
	Reward propose(@RequestBody ProposeReward body) {
		Long unitId = (body.unitCode() == null) ? null : this.emulation.unitIdForCode(body.unitCode());
		return this.emulation.propose(new NewReward(body.personId(), unitId, body.year(), body.kind(), body.note()));
	}

	@PostMapping("/rewards/{id}/decision")
	@Operation(summary = "Records the decision on a reward (DECIDED with number, date and authority, or REJECTED); "
			+ "a stale version is refused with 409")
	Reward decide(@PathVariable long id, @RequestBody RewardDecision body) {
		return this.emulation.decide(id, body);
	}

	@GetMapping("/org-units/{code}/collective-ratings/{year}")
	@Operation(summary = "The unit's collective rating for the year (null if not recorded) and the level its "
			+ "members' approved ratings suggest")
	Collective collective(@PathVariable String code, @PathVariable int year) {
		CollectiveSheet sheet = this.emulation.collective(this.emulation.unitIdForCode(code), year);
		return new Collective(sheet.unitCode(), sheet.unitLabel(), sheet.year(), sheet.rating(),
				sheet.suggestion().level(), sheet.suggestion().members(), sheet.suggestion().goodOrBetterPercent(),
				sheet.suggestion().notCompletedPercent(), sheet.suggestion().rule().version().citation(),
				sheet.suggestion().rule().version().confirmed());
	}

	@PutMapping("/org-units/{code}/collective-ratings/{year}")
	@Operation(summary = "Records the unit's collective rating for the year (version: null the first time, then "
			+ "the version read); administrators, organisation officers and leaders in scope")
	CollectiveRating recordCollective(@PathVariable String code, @PathVariable int year,
			@RequestBody RecordCollectiveRating body) {
		return this.emulation.recordCollective(this.emulation.unitIdForCode(code), year, body);
	}

	record Report(String unit, int year, LevelCounts ratings, List<EmulationReport.KindCount> rewards) {
	}

	record ProposeReward(@Nullable Long personId, @Nullable String unitCode, @Nullable Integer year,
			@Nullable RewardKind kind, @Nullable String note) {
	}

	record Collective(String unit, String unitLabel, int year, @Nullable CollectiveRating rating,
			@Nullable EvaluationLevel suggestedLevel, LevelCounts members, long goodOrBetterPercent,
			long notCompletedPercent, String ruleCitation, boolean ruleConfirmed) {
	}

}
