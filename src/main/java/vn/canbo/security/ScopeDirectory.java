package vn.canbo.security;

import java.util.Optional;

/**
 * What the security module needs to know about organisation nodes without depending on
 * the module that owns them (it implements this interface).
 */
public interface ScopeDirectory {

	/** Whether the node exists at all (at any date). */
	boolean exists(long unitId);

	/**
	 * The node's materialised path as of today, e.g. {@code /12/345/}; empty if it has
	 * none today.
	 */
	Optional<String> currentPath(long unitId);

	/** A readable name for the node, e.g. "Xã Mường Phăng — Tỉnh Điện Biên". */
	Optional<String> label(long unitId);

	/**
	 * Whether {@code unitId} lies in the subtree of {@code scopeUnitId} as of today
	 * (itself included).
	 */
	boolean isWithin(long scopeUnitId, long unitId);

}
