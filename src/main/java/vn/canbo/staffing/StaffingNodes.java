package vn.canbo.staffing;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.canbo.orgunits.SubtreeNode;

/**
 * The nodes of a subtree as SQL parameters: two parallel arrays (node, branch) that a
 * query joins with {@code unnest}, so the reports need no knowledge of how the tree is
 * stored and scale with the subtree, not with the whole tree.
 */
final class StaffingNodes {

	static final String JOIN = " join unnest(cast(:unitIds as bigint[]), cast(:branchIds as bigint[])) as n (unit_id, branch_id) on n.unit_id = ";

	private StaffingNodes() {
	}

	/**
	 * Plans made for the actual subtree and date (a generic plan guesses the array of
	 * nodes and picks index loops over 200,000 people) and room to hash in memory; for
	 * the report's own transaction only.
	 */
	static void tune(JdbcClient jdbc) {
		jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
		jdbc.sql("set local work_mem = '64MB'").update();
	}

	static void bind(List<SubtreeNode> nodes, Map<String, Object> params) {
		params.put("unitIds", nodes.stream().map(SubtreeNode::id).toArray(Long[]::new));
		params.put("branchIds", nodes.stream().map(SubtreeNode::branchId).toArray(Long[]::new));
	}

}
