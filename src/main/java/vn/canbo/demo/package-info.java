/**
 * Synthetic demo data for the {@code demo} profile: the agencies of one real province and
 * its communes, and demo accounts at province, commune and agency scope. Deterministic
 * (fixed seed), so every demo looks the same. Only calls the other modules' public
 * facades; later features add their own generators here.
 */
@ApplicationModule(allowedDependencies = { "shared", "security", "orgunits", "people", "staffing", "work", "discipline",
		"votes", "targets", "training", "planning", "appointments", "movements", "locality", "recruitment",
		"streamlining" })
@NullMarked
package vn.canbo.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
