package vn.canbo.indicators;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import vn.canbo.orgunits.OrgUnitView;
import vn.canbo.orgunits.SubtreeNode;

/**
 * What a source measures over: the unit, the date, and every node of the unit's subtree
 * on that date with the branch (child of the unit, or the unit itself) it rolls up to.
 * The caller has checked that the unit lies in the user's scope.
 *
 * @param unit the unit measured
 * @param asOf the date
 * @param nodes the subtree's nodes on the date, the unit first
 */
public record IndicatorScope(OrgUnitView unit, LocalDate asOf, List<SubtreeNode> nodes) {

	/**
	 * Joins a unit id column to the subtree's nodes, giving {@code n.branch_id}: append
	 * it to a {@code from} clause, followed by the column, after {@link #bind(Map)}.
	 */
	public static final String JOIN_NODES = " join unnest(cast(:unitIds as bigint[]), cast(:branchIds as bigint[])) as n (unit_id, branch_id) on n.unit_id = ";

	public IndicatorScope {
		nodes = List.copyOf(nodes);
	}

	/** Adds the node arrays that {@link #JOIN_NODES} reads. */
	public void bind(Map<String, Object> params) {
		params.put("unitIds", this.nodes.stream().map(SubtreeNode::id).toArray(Long[]::new));
		params.put("branchIds", this.nodes.stream().map(SubtreeNode::branchId).toArray(Long[]::new));
	}

	/** The unit itself and its children on the date, in tree order. */
	public List<SubtreeNode> branches() {
		return this.nodes.stream().filter((node) -> node.id() == node.branchId()).toList();
	}

}
