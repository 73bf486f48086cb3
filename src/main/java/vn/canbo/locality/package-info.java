/**
 * Non-local key leaders (bố trí cán bộ không phải người địa phương): whether a person is
 * local to a commune or province, derived from the home-town code of the 2C record
 * against the unit's area and the 2025 merge mapping, overridable with a reason; and, per
 * commune and province at any date, whether a key title is held by a non-local person
 * (see docs/decisions/032-non-local-key-leaders.md). Reads people, staffing and orgunits
 * through the views they publish.
 */
@ApplicationModule(
		allowedDependencies = { "shared", "ui", "security", "orgunits", "indicators", "people", "documents" })
@NullMarked
package vn.canbo.locality;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
