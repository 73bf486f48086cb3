/**
 * Targets (chỉ tiêu): the value an indicator must reach in a unit's subtree by a
 * deadline, as a resolution set it, and how far the unit has come at any date (on track,
 * behind, achieved, missed) and year by year (see docs/decisions/025-targets.md). Figures
 * come only from {@code indicators}.
 */
@ApplicationModule(allowedDependencies = { "shared", "ui", "security", "orgunits", "indicators", "documents" })
@NullMarked
package vn.canbo.targets;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
