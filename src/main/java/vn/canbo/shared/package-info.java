/**
 * The tiny kernel every module may use: Vietnamese text helpers, paging, domain
 * exceptions, the change event that the audit trail records, and the database bootstrap.
 * Depends on no other module.
 */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package vn.canbo.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
