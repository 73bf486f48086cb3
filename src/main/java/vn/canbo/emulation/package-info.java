/**
 * Emulation and rewards (thi đua, khen thưởng): titles and awards of individuals and
 * collectives, proposed from the approved annual ratings (read only from
 * {@code ratings_approved_rating}) and decided by organisation officers; the yearly
 * rating of collectives; and the counts behind them for any unit and year.
 */
@ApplicationModule(
		allowedDependencies = { "shared", "indicators", "ui", "security", "orgunits", "people", "rules", "documents" })
@NullMarked
package vn.canbo.emulation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
