package vn.canbo.orgunits;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Everything that happened to a node: where it hung in the tree over time, which units it
 * came from and which it went into.
 *
 * @param unit the node as of its last valid day
 * @param placements its parents over time, oldest first
 * @param predecessors the units merged (fully or partly) into it
 * @param successors the units it was merged into
 */
public record OrgUnitHistory(OrgUnitView unit, List<Placement> placements, List<Succession> predecessors,
		List<Succession> successors) {

	/**
	 * Where the node hung during a period.
	 *
	 * @param parentId the parent, null for a root
	 * @param parentCode the parent's code
	 * @param parentName the parent's name
	 * @param validFrom start of the period
	 * @param validTo end of the period (exclusive)
	 */
	public record Placement(@Nullable Long parentId, @Nullable String parentCode, @Nullable String parentName,
			@Nullable LocalDate validFrom, @Nullable LocalDate validTo) {
	}

}
