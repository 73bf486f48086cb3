package vn.canbo.work;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import vn.canbo.shared.PageResult;

/**
 * The plans of a unit's people for a month (bảng theo dõi kế hoạch tháng).
 *
 * @param unitId the unit
 * @param unitName its name
 * @param month the month
 * @param people one page of the people of the unit's subtree (filtered by status when
 * asked), with how many match
 * @param counts how many people stand at each status, unfiltered, over the whole subtree
 */
public record PlanBoard(long unitId, String unitName, LocalDate month, PageResult<Line> people,
		Map<PlanStatus, Integer> counts) {

	public int total() {
		return this.counts.values().stream().mapToInt(Integer::intValue).sum();
	}

	/**
	 * A person on the board.
	 *
	 * @param personId their record
	 * @param fullName their name
	 * @param agencyName their agency
	 * @param status their plan's status (DRAFT when not started)
	 * @param started whether a plan has been drafted
	 * @param tasks tasks they own in the month (not cancelled)
	 * @param weight their total weight
	 * @param carried of the tasks, continuations of an earlier month
	 * @param submittedAt when the plan was last submitted
	 */
	public record Line(long personId, String fullName, String agencyName, PlanStatus status, boolean started, int tasks,
			BigDecimal weight, int carried, @Nullable Instant submittedAt) {
	}

}
