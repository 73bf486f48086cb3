/**
 * Personnel records (hồ sơ cán bộ): the 2C résumé of every cán bộ, công chức and viên
 * chức, their current placement, and the searches and lists counted from them.
 */
@ApplicationModule(allowedDependencies = { "shared", "ui", "security", "audit", "orgunits", "documents", "indicators" })
@NullMarked
package vn.canbo.people;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
