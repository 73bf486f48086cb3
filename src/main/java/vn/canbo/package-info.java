/**
 * CanBo: public-sector cadre work (công tác cán bộ) as a modular monolith. Each direct
 * sub-package is an application module; {@code ModularityTests} checks their boundaries.
 */
@NullMarked
package vn.canbo;

import org.jspecify.annotations.NullMarked;
