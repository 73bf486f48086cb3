/**
 * Succession planning (quy hoạch cán bộ, QĐ 377-QĐ/TW, HD 45-HD/BTCTW): planning periods
 * of a managing unit, the people planned for each title of each unit, their eligibility
 * computed and explained at any date, the yearly review, and the structure and coverage
 * of the plans (see docs/decisions/029-succession-planning.md).
 */
@ApplicationModule(allowedDependencies = { "shared", "ui", "security", "orgunits", "people", "rules", "staffing",
		"discipline", "votes", "indicators", "documents", "notifications", "appointments" })
@NullMarked
package vn.canbo.planning;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
