/**
 * The annual rating (xếp loại chất lượng hằng năm): the closed months rolled up into a
 * proposed level under the dated roll-up rule, the automatic rules (too few months
 * worked, leave, discipline), the quota of the excellent level per agency and task group
 * with the leader's choice, and the approval.
 */
@ApplicationModule(allowedDependencies = { "shared", "indicators", "ui", "security", "audit", "orgunits", "people",
		"rules", "work", "discipline", "documents", "notifications" })
@NullMarked
package vn.canbo.ratings;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
