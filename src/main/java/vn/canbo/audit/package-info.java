/**
 * The audit trail: who changed what, when, before and after. Records every
 * {@link vn.canbo.shared.DataChanged} in the transaction that published it, and lets
 * administrators list and filter the trail within their scope.
 */
@ApplicationModule(allowedDependencies = { "shared", "ui", "security" })
@NullMarked
package vn.canbo.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
