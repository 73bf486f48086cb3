/**
 * Work and its monthly evaluation (giao việc, kế hoạch tháng, đánh giá hằng tháng): tasks
 * with one owner, progress reports, monthly plans drafted by the person and approved by
 * the leader, the assigner's scores, the monthly evaluation on the dated scoring scheme,
 * closing and reopening months, and village duty of commune committee members.
 */
@ApplicationModule(allowedDependencies = { "shared", "indicators", "ui", "security", "audit", "orgunits", "people",
		"staffing", "rules", "documents", "notifications" })
@NullMarked
package vn.canbo.work;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
