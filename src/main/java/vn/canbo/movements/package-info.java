/**
 * Rotation, transfer and secondment (luân chuyển, điều động, biệt phái): the decisions
 * that move a person from one post to another unit and post, their eligibility computed
 * and explained from the dated rules, the post moved in staffing on the start date, the
 * return, and the reports, figures and reminders built on them (see
 * docs/decisions/031-rotation-transfer-secondment.md).
 */
@ApplicationModule(allowedDependencies = { "shared", "ui", "security", "orgunits", "people", "staffing", "rules",
		"discipline", "indicators", "notifications", "documents", "planning" })
@NullMarked
package vn.canbo.movements;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
