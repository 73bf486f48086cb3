package vn.canbo.orgunits;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One link of a reorganisation seen from one side: the unit on the other side, whether
 * all of it (full) or part of it (partial) went across, and when.
 *
 * @param unitId the other unit's node, when CanBo knows it
 * @param code the other unit's code
 * @param name the other unit's name
 * @param kind full or partial
 * @param effectiveDate the day the reorganisation took effect
 */
public record Succession(@Nullable Long unitId, String code, String name, Kind kind, LocalDate effectiveDate) {

	/** Whether the whole unit or part of it went into the successor. */
	public enum Kind {

		FULL, PARTIAL;

		public String apiValue() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

	}

}
