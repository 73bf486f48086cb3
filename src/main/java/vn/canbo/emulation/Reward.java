package vn.canbo.emulation;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import vn.canbo.rules.EvaluationLevel;

/**
 * A title or award (khen thưởng) of a person or a collective for a year, proposed then
 * decided or rejected.
 *
 * @param id the identifier
 * @param version the optimistic-locking version
 * @param personId the person rewarded; null for a collective
 * @param unitId the collective rewarded; null for a person
 * @param agencyId the unit the reward is counted under
 * @param name the person's or the collective's name
 * @param agencyName the name of that unit
 * @param year the year rewarded
 * @param kind the title or award
 * @param status proposed, decided or rejected
 * @param basisLevel the annual rating level a proposal from ratings came from
 * @param decisionNumber the decision's number
 * @param decisionDate the decision's date
 * @param authority who decided (e.g. "Chủ tịch UBND xã")
 * @param note a remark
 * @param updatedBy who changed it last
 * @param updatedAt when
 */
public record Reward(long id, long version, @Nullable Long personId, @Nullable Long unitId, long agencyId, String name,
		String agencyName, int year, RewardKind kind, RewardStatus status, @Nullable EvaluationLevel basisLevel,
		@Nullable String decisionNumber, @Nullable LocalDate decisionDate, @Nullable String authority,
		@Nullable String note, String updatedBy, Instant updatedAt) {

	public boolean collective() {
		return this.unitId != null;
	}

}
