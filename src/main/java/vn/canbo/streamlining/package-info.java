/**
 * Streamlining (tinh giản biên chế, NĐ 154/2025/NĐ-CP) and the reorganisation payouts (NĐ
 * 178/2024 as amended by NĐ 67/2025, TT 01/2025/TT-BNV): the screening list of a unit at
 * a date with each person's case and the circumstances that keep them off it, the plan of
 * a unit and year with its decisions, and each decision's payout with every term of its
 * formula. Rules are dated versions of the rules module; ratings, discipline and
 * maternity leave are read from the views their modules publish.
 */
@ApplicationModule(allowedDependencies = { "shared", "ui", "security", "audit", "orgunits", "people", "rules",
		"careers", "indicators", "documents" })
@NullMarked
package vn.canbo.streamlining;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
