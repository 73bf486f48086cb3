/**
 * User accounts, roles and sign-in: each account has roles and is bound to one
 * organisation node (its scope) or to the whole country. Knows units only by id; the
 * organisation module answers scope questions through
 * {@link vn.canbo.security.ScopeDirectory}. Publishes {@link vn.canbo.shared.DataChanged}
 * for every account change.
 */
@ApplicationModule(allowedDependencies = { "shared", "ui" })
@NullMarked
package vn.canbo.security;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
