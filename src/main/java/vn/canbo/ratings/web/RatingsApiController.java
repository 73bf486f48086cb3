package vn.canbo.ratings.web;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.canbo.orgunits.OrgUnits;
import vn.canbo.ratings.AnnualRatings;
import vn.canbo.ratings.QuotaGroup;
import vn.canbo.ratings.RatingCounts;
import vn.canbo.ratings.RatingView;
import vn.canbo.rules.EvaluationLevel;
import vn.canbo.shared.PageResult;

/** Annual ratings over HTTP, scoped like the facade. */
@RestController
@RequestMapping("/api/v1/org-units/{code}/ratings/{year}")
@Tag(name = "Ratings", description = "Annual ratings: roll-up, the excellent quota, approval")
class RatingsApiController {

	private final AnnualRatings ratings;

	private final OrgUnits orgUnits;

	RatingsApiController(AnnualRatings ratings, OrgUnits orgUnits) {
		this.ratings = ratings;
		this.orgUnits = orgUnits;
	}

	@GetMapping
	@Operation(summary = "One page of the annual ratings of the unit's subtree, with the total and the counts per "
			+ "level, waiting for the leader's choice and not rated over the whole subtree (they add up to the total)")
	Ratings list(@PathVariable String code, @PathVariable int year, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "100") int size) {
		long unit = unit(code);
		PageResult<RatingView> result = this.ratings.list(unit, year, page, size);
		return new Ratings(this.ratings.counts(unit, year), result.total(), result.page(), result.size(),
				result.items());
	}

	@PostMapping("/roll-up")
	@Operation(summary = "Roll the year's closed months up into proposals for everyone of the subtree")
	Map<String, Integer> rollUp(@PathVariable String code, @PathVariable int year) {
		return Map.of("proposed", this.ratings.rollUp(unit(code), year));
	}

	@GetMapping("/quota")
	@Operation(summary = "The excellent quota of each task group of the agency")
	List<QuotaGroup> quota(@PathVariable String code, @PathVariable int year) {
		return this.ratings.quota(unit(code), year);
	}

	@PostMapping("/excellent")
	@Operation(summary = "The leader's choice of who keeps excellent in a task group (at most the quota)")
	List<QuotaGroup> choose(@PathVariable String code, @PathVariable int year, @Valid @RequestBody Choice choice) {
		return this.ratings.chooseExcellent(unit(code), year, choice.taskGroup(), choice.keep());
	}

	@PostMapping("/approve")
	@Operation(summary = "Approve the agency's year once every excellent choice is made")
	Map<String, Integer> approve(@PathVariable String code, @PathVariable int year) {
		return Map.of("approved", this.ratings.approve(unit(code), year));
	}

	private long unit(String code) {
		return this.orgUnits.idForCode(code.strip(), this.ratings.today());
	}

	record Ratings(RatingCounts counts, long total, int page, int size, List<RatingView> items) {
	}

	record Choice(@NotNull String taskGroup, @NotNull Set<Long> keep) {
	}

}
