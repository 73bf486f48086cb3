/**
 * The home pages by role (trang chủ): a staff member's own page (today's tasks, the
 * month's plan and score, the latest rating, what waits for them) and the administrators'
 * view of the system's state. It only reads, through the other modules' facades, so that
 * the shell ({@code ui}) keeps knowing no feature.
 */
@ApplicationModule(allowedDependencies = { "shared", "ui", "security", "people", "work", "ratings", "rules",
		"notifications", "audit" })
@NullMarked
package vn.canbo.home;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
