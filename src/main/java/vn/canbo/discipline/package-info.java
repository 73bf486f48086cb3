/**
 * Discipline (kỷ luật): the state and Party discipline decisions of each person, their
 * effects on the annual rating, salary raises, planning and appointment computed from the
 * dated rules, and the "disciplined in N years" reports of a unit.
 */
@ApplicationModule(allowedDependencies = { "shared", "indicators", "ui", "security", "audit", "orgunits", "people",
		"rules", "documents", "staffing" })
@NullMarked
package vn.canbo.discipline;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
