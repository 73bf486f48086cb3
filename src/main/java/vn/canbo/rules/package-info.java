/**
 * Legal rules as effective-dated, cited settings (quy định áp dụng): the retirement-age
 * schedule, salary-raise intervals, the base salary and notice periods, each version with
 * its validity, citation and whether it was verified; plus the salary scales (ngạch, bảng
 * lương) and the retirement-date calculation that reads them.
 */
@ApplicationModule(allowedDependencies = { "shared", "ui", "security", "audit" })
@NullMarked
package vn.canbo.rules;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
