/**
 * Recruitment by job position (tuyển dụng theo vị trí việc làm): plans per agency and
 * year built from the job positions staffing shows vacant, candidates and their
 * eligibility, rounds, scores, ranking and results under the dated rules of NĐ 170/2025,
 * and the winner placed in post as a personnel record and an assignment (see
 * docs/decisions/033-recruitment-by-job-position.md).
 */
@ApplicationModule(allowedDependencies = { "shared", "ui", "security", "orgunits", "people", "staffing", "rules",
		"documents", "indicators", "notifications" })
@NullMarked
package vn.canbo.recruitment;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
