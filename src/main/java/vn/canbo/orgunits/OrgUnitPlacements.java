package vn.canbo.orgunits;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes the effective-dated placements. A change from a date closes the placements valid
 * on that date and opens new ones, so the tree of any earlier date stays as it was.
 */
@Component
class OrgUnitPlacements {

	private static final String VALID_ON_DATE = "(valid_from is null or valid_from <= :date) and (valid_to is null or valid_to > :date)";

	private final JdbcClient jdbc;

	OrgUnitPlacements(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	String place(long unitId, @Nullable Long parentId, String parentPath, LocalDate from) {
		String path = parentPath + unitId + "/";
		this.jdbc.sql(
				"insert into org_unit_placement (unit_id, parent_id, path, depth, valid_from) values (:unit, :parent, :path, :depth, :from)")
			.param("unit", unitId)
			.param("parent", parentId)
			.param("path", path)
			.param("depth", depthOf(path))
			.param("from", from)
			.update();
		return path;
	}

	/** Whether anything in the subtree under {@code path} changes after {@code date}. */
	boolean hasChangesAfter(String path, LocalDate date) {
		Map<String, Object> params = new HashMap<>();
		params.put("date", date);
		return this.jdbc
			.sql("select count(*) from org_unit_placement where (valid_from > :date or valid_to > :date)"
					+ PathRange.and("path", "path", path, params))
			.params(params)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Re-hangs the subtree at {@code oldPath} under {@code newParentPath} from
	 * {@code date} on.
	 */
	void moveSubtree(long unitId, long newParentId, String oldPath, String newParentPath, LocalDate date) {
		List<Long> affected = validSubtree(oldPath, date);
		String newPath = newParentPath + unitId + "/";
		this.jdbc.sql("""
				insert into org_unit_placement (unit_id, parent_id, path, depth, valid_from, valid_to)
				select unit_id, case when unit_id = :unit then :parent else parent_id end,
				       :newPath || substr(path, length(:oldPath) + 1),
				       depth + :shift, :date, valid_to
				from org_unit_placement where id in (:ids)""")
			.param("unit", unitId)
			.param("parent", newParentId)
			.param("newPath", newPath)
			.param("oldPath", oldPath)
			.param("shift", depthOf(newPath) - depthOf(oldPath))
			.param("date", date)
			.param("ids", affected)
			.update();
		end(affected, date);
	}

	/**
	 * Ends every placement of the subtree at {@code path} on {@code date}; returns the
	 * nodes it ended.
	 */
	List<Long> closeSubtree(String path, LocalDate date) {
		List<Long> affected = validSubtree(path, date);
		List<Long> units = this.jdbc.sql("select distinct unit_id from org_unit_placement where id in (:ids)")
			.param("ids", affected)
			.query(Long.class)
			.list();
		end(affected, date);
		return units;
	}

	private List<Long> validSubtree(String path, LocalDate date) {
		Map<String, Object> params = new HashMap<>();
		params.put("date", date);
		return this.jdbc
			.sql("select id from org_unit_placement where " + VALID_ON_DATE
					+ PathRange.and("path", "path", path, params))
			.params(params)
			.query(Long.class)
			.list();
	}

	private void end(List<Long> placementIds, LocalDate date) {
		this.jdbc.sql("delete from org_unit_placement where id in (:ids) and valid_from = :date")
			.param("ids", placementIds)
			.param("date", date)
			.update();
		this.jdbc.sql("update org_unit_placement set valid_to = :date where id in (:ids)")
			.param("ids", placementIds)
			.param("date", date)
			.update();
	}

	static int depthOf(String path) {
		return (int) path.chars().filter((c) -> c == '/').count() - 2;
	}

}
