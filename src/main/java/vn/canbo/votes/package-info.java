/**
 * Confidence votes (lấy phiếu tín nhiệm, QĐ 96-QĐ/TW): the voting conferences of a unit,
 * the ballots counted for each person voted on, and what the result entails (quorum, out
 * of planning, dismissal) by the dated rule.
 */
@ApplicationModule(allowedDependencies = { "shared", "ui", "security", "audit", "orgunits", "people", "rules" })
@NullMarked
package vn.canbo.votes;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
