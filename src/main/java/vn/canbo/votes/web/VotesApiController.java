package vn.canbo.votes.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.canbo.shared.PageResult;
import vn.canbo.votes.ConfidenceVotes;
import vn.canbo.votes.NewVoteSession;
import vn.canbo.votes.VoteOutcome;
import vn.canbo.votes.VoteSession;

/** Confidence votes over HTTP, scoped like the pages. */
@RestController
@RequestMapping("/api/v1/confidence-votes")
@Tag(name = "Confidence votes", description = "Confidence-vote conferences (lấy phiếu tín nhiệm) and their results")
class VotesApiController {

	private final ConfidenceVotes votes;

	VotesApiController(ConfidenceVotes votes) {
		this.votes = votes;
	}

	@GetMapping
	@Operation(summary = "One page of the conferences held in the unit's subtree (unit: its code; default the "
			+ "caller's scope), latest first, with results and consequences and their total; a staff member gets "
			+ "only their own results")
	SessionPage list(@RequestParam(required = false) @Nullable String unit, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "100") int size) {
		Long unitId = (unit == null || unit.isBlank()) ? null : this.votes.unitIdForCode(unit.strip());
		PageResult<VoteSession> result = this.votes.sessions(unitId, page, size);
		return new SessionPage(result.total(), result.page(), result.size(),
				result.items().stream().map(SessionJson::of).toList());
	}

	record SessionPage(long total, int page, int size, List<SessionJson> items) {
	}

	@GetMapping("/{id}")
	@Operation(summary = "One conference: quorum, and per person the ballots, shares and consequence with the rule")
	SessionJson get(@PathVariable long id) {
		return SessionJson.of(this.votes.session(id));
	}

	@PostMapping
	@Operation(summary = "Record a conference {unitId, heldOn, name, summoned, present, results: [{personId, "
			+ "postTitle, high, confidence, low, invalid}]}; organisation officers and administrators; 422 with "
			+ "errors[{field, message}]")
	ResponseEntity<SessionJson> record(@RequestBody NewVoteSession input) {
		VoteSession recorded = this.votes.record(input);
		return ResponseEntity.created(URI.create("/api/v1/confidence-votes/" + recorded.id()))
			.body(SessionJson.of(recorded));
	}

	record SessionJson(long id, long unitId, String unitName, java.time.LocalDate heldOn, String name, int summoned,
			int present, boolean quorumMet, String citation, boolean confirmed, List<VoteOutcome> results) {

		static SessionJson of(VoteSession session) {
			return new SessionJson(session.id(), session.unitId(), session.unitName(), session.heldOn(), session.name(),
					session.summoned(), session.present(), session.quorumMet(), session.rule().citation(),
					session.rule().confirmed(), session.results());
		}

	}

}
