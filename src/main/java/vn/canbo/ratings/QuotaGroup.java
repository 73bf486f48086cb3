package vn.canbo.ratings;

import java.util.List;

/**
 * The excellent quota of one agency and task group (tỷ lệ hoàn thành xuất sắc).
 *
 * @param agencyId the agency
 * @param taskGroup the group of similar tasks
 * @param good proposed "good"
 * @param maximum the most who may keep "excellent"
 * @param proposals proposed "excellent"
 * @param kept of those, kept
 * @param mustChoose whether the proposals exceed the maximum and the leader must choose
 */
public record QuotaGroup(long agencyId, String taskGroup, int good, int maximum, List<RatingView> proposals, int kept,
		boolean mustChoose) {
}
