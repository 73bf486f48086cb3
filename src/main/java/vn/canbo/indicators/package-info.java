/**
 * Indicators (chỉ tiêu thống kê): every figure leaders read, defined once (name,
 * definition, source query, unit of measure) by the module that owns its data, and
 * measured for any unit in scope at any date, rolled up to the unit's children. The
 * dashboard, the targets and the official reports all read figures from here (see
 * docs/decisions/020-indicators.md).
 */
@ApplicationModule(allowedDependencies = { "shared", "orgunits", "security" })
@NullMarked
package vn.canbo.indicators;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
