/**
 * The organisation tree: official administrative units (province, district until
 * 2025-06-30, commune) and the agencies inside them, effective-dated, with the 2025
 * reorganisation as merges between old and new units. Owns the scoping rule "is this node
 * in the user's subtree", which it offers to the security module as
 * {@link vn.canbo.security.ScopeDirectory}.
 */
@ApplicationModule(allowedDependencies = { "shared", "ui", "security" })
@NullMarked
package vn.canbo.orgunits;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
