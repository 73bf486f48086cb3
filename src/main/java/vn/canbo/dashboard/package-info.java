/**
 * The leader's dashboard (bảng điều hành): every indicator of a unit in scope at a date,
 * with its denominator, its change against a second date and its branches, as a page with
 * charts, an API, a print layout and an Excel workbook. It reads figures only through
 * {@link vn.canbo.indicators.Indicators} (see docs/decisions/022-dashboard.md).
 */
@ApplicationModule(allowedDependencies = { "shared", "ui", "security", "orgunits", "indicators", "documents" })
@NullMarked
package vn.canbo.dashboard;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
