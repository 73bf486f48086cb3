/**
 * Staffing (biên chế, chức danh, vị trí việc làm): the catalogue of titles and job
 * positions with the standards each requires, quotas per unit, who holds which post when,
 * and the reports built on them at any date: headcount against quota, vacancies and
 * standards compliance, rolled up the tree.
 */
@ApplicationModule(
		allowedDependencies = { "shared", "ui", "security", "audit", "orgunits", "people", "documents", "indicators" })
@NullMarked
package vn.canbo.staffing;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
