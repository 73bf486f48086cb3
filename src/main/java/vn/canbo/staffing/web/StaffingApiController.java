package vn.canbo.staffing.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
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

import vn.canbo.orgunits.OrgUnits;
import vn.canbo.people.PersonnelCategory;
import vn.canbo.people.PoliticalTheoryLevel;
import vn.canbo.people.ProfessionalLevel;
import vn.canbo.people.StateManagementLevel;
import vn.canbo.shared.FieldProblem;
import vn.canbo.shared.InvalidInputException;
import vn.canbo.shared.PageResult;
import vn.canbo.staffing.AssignmentView;
import vn.canbo.staffing.Assignments;
import vn.canbo.staffing.ChangeAssignment;
import vn.canbo.staffing.CompliancePerson;
import vn.canbo.staffing.ComplianceReport;
import vn.canbo.staffing.HolderFilter;
import vn.canbo.staffing.JobPosition;
import vn.canbo.staffing.PostCatalogue;
import vn.canbo.staffing.PostStandard;
import vn.canbo.staffing.PostTitle;
import vn.canbo.staffing.QuotaView;
import vn.canbo.staffing.RecordAssignment;
import vn.canbo.staffing.SetQuota;
import vn.canbo.staffing.Staffing;
import vn.canbo.staffing.StaffingReport;
import vn.canbo.staffing.StandardVerdict;
import vn.canbo.staffing.Standards;
import vn.canbo.staffing.Verdicts;

/**
 * The staffing API: catalogue, assignments, quotas, staffing and standards reports,
 * verdicts.
 */
@RestController
@RequestMapping("/api/v1")
class StaffingApiController {

	private final PostCatalogue catalogue;

	private final Assignments assignments;

	private final Staffing staffing;

	private final Standards standards;

	private final OrgUnits orgUnits;

	StaffingApiController(PostCatalogue catalogue, Assignments assignments, Staffing staffing, Standards standards,
			OrgUnits orgUnits) {
		this.catalogue = catalogue;
		this.assignments = assignments;
		this.staffing = staffing;
		this.standards = standards;
		this.orgUnits = orgUnits;
	}

	/** The titles and posts, with the standard of each in force on the date. */
	@GetMapping("/posts")
	List<Map<String, Object>> posts(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf) {
		Map<String, PostStandard> inForce = this.catalogue.standardsInForce(day(asOf));
		return this.catalogue.titles().stream().map((PostTitle title) -> {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("title", title);
			row.put("standard", inForce.get("T" + title.id()));
			return row;
		}).toList();
	}

	@GetMapping("/job-positions")
	List<Map<String, Object>> jobPositions(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf) {
		Map<String, PostStandard> inForce = this.catalogue.standardsInForce(day(asOf));
		return this.catalogue.jobPositions().stream().map((JobPosition position) -> {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("jobPosition", position);
			row.put("standard", inForce.get("J" + position.id()));
			return row;
		}).toList();
	}

	@GetMapping("/standards")
	List<PostStandard> standardVersions() {
		return this.catalogue.standards();
	}

	@PostMapping("/standards")
	ResponseEntity<PostStandard> addStandard(@RequestBody NewStandard version) {
		return ResponseEntity.status(HttpStatus.CREATED).body(this.catalogue.addStandard(version.toStandard()));
	}

	/** A new version of a standard as the API takes it: every requirement optional. */
	record NewStandard(@Nullable Long titleId, @Nullable Long jobPositionId, @Nullable LocalDate validFrom,
			@Nullable Integer minGeneralEducation, @Nullable ProfessionalLevel minProfessionalLevel,
			@Nullable List<String> professionalFields, @Nullable PoliticalTheoryLevel minPoliticalTheory,
			@Nullable StateManagementLevel minStateManagement, @Nullable Integer minAge, @Nullable Integer maxAge,
			@Nullable String citation, @Nullable Boolean confirmed) {

		PostStandard toStandard() {
			return new PostStandard(0, this.titleId, this.jobPositionId, this.validFrom, null, this.minGeneralEducation,
					this.minProfessionalLevel, (this.professionalFields == null) ? List.of() : this.professionalFields,
					this.minPoliticalTheory, this.minStateManagement, this.minAge, this.maxAge,
					(this.citation == null) ? "" : this.citation.trim(), Boolean.TRUE.equals(this.confirmed), null);
		}

	}

	/** A person's posts (person=…). */
	@GetMapping(path = "/assignments", params = "!unit")
	List<AssignmentView> assignments(@RequestParam(required = false) @Nullable Long person) {
		if (person == null) {
			throw new InvalidInputException(List.of(FieldProblem.of("unit", "staffing.api.error.personOrUnit")));
		}
		return this.assignments.ofPerson(person);
	}

	/**
	 * One page of the posts held under a unit on a date (unit=…), with their total: the
	 * primary posts (of a category and job position when given) or the holders of a
	 * title.
	 */
	@GetMapping(path = "/assignments", params = "unit")
	HeldPage held(@RequestParam String unit,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			@RequestParam(required = false) @Nullable PersonnelCategory category,
			@RequestParam(required = false) @Nullable String jobPosition,
			@RequestParam(required = false) @Nullable String title, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "100") int size) {
		PageResult<AssignmentView> result = this.assignments.holders(unit, day(asOf),
				new HolderFilter(category, jobPosition, title), page, size);
		return new HeldPage(result.total(), result.page(), result.size(), result.items());
	}

	record HeldPage(long total, int page, int size, List<AssignmentView> items) {
	}

	@GetMapping("/assignments/{id}")
	AssignmentView assignment(@PathVariable long id) {
		return this.assignments.get(id);
	}

	@PostMapping("/assignments")
	ResponseEntity<AssignmentView> record(@RequestBody RecordAssignment command) {
		return ResponseEntity.status(HttpStatus.CREATED).body(this.assignments.record(command));
	}

	@PutMapping("/assignments/{id}")
	AssignmentView change(@PathVariable long id, @RequestBody ChangeAssignment change) {
		return this.assignments.change(id, change);
	}

	@DeleteMapping("/assignments/{id}")
	ResponseEntity<Void> delete(@PathVariable long id, @RequestParam long version) {
		this.assignments.delete(id, version);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/org-units/{code}/staffing")
	StaffingReport staffingReport(@PathVariable String code,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf) {
		return this.staffing.report(code, day(asOf));
	}

	@GetMapping("/org-units/{code}/standards")
	ComplianceReport complianceReport(@PathVariable String code,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf) {
		return this.standards.report(code, day(asOf));
	}

	@GetMapping("/org-units/{code}/standards/people")
	PageResult<CompliancePerson> compliancePeople(@PathVariable String code,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			@RequestParam(required = false) @Nullable PersonnelCategory category,
			@RequestParam(defaultValue = "false") boolean failing,
			@RequestParam(defaultValue = "false") boolean meeting, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "100") int size) {
		return this.standards.people(code, day(asOf), category, Verdicts.of(failing, meeting), page, size);
	}

	@GetMapping("/org-units/{code}/quotas")
	List<QuotaView> quotas(@PathVariable String code) {
		return this.staffing.quotas(code);
	}

	@PostMapping("/org-units/{code}/quotas")
	ResponseEntity<List<QuotaView>> setQuota(@PathVariable String code, @RequestBody SetQuota command) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(this.staffing.setQuota(new SetQuota(code, command.category(), command.jobPositionCode(),
					command.quota(), command.validFrom(), command.decisionNumber(), command.decisionDate())));
	}

	@GetMapping("/persons/{id}/standards")
	StandardVerdict verdict(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf) {
		return this.standards.verdict(id, day(asOf));
	}

	private LocalDate day(@Nullable LocalDate asOf) {
		return (asOf != null) ? asOf : this.orgUnits.today();
	}

}
