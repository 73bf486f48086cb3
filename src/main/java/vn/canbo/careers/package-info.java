/**
 * Career schedules (lộ trình nghỉ hưu, nâng bậc lương): when each person retires and when
 * their next salary raise or beyond-scale increase is due, per person and per unit,
 * computed from the personnel record and the dated rules, with early raises and
 * discipline delays as inputs.
 */
@ApplicationModule(allowedDependencies = { "shared", "ui", "security", "audit", "orgunits", "people", "rules",
		"documents", "discipline", "ratings", "indicators" })
@NullMarked
package vn.canbo.careers;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
