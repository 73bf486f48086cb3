package vn.canbo.work;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import vn.canbo.rules.EvaluationLevel;

/**
 * A stored monthly evaluation (phiếu đánh giá tháng): the inputs and, once the month is
 * closed, the results computed then.
 *
 * @param id its number
 * @param version the version an edit must carry back
 * @param personId whose
 * @param agencyId their agency
 * @param month the month
 * @param leader whether scored as a leader
 * @param selfGeneral self-assessed general points
 * @param selfNote self-assessment
 * @param general the evaluator's general points
 * @param bonus bonus points
 * @param directing leader's directing percent
 * @param organising leader's organising percent
 * @param automaticCase automatic case
 * @param automaticNote its conclusion
 * @param absence leave covering the month
 * @param evaluatorNote the evaluator's remark
 * @param evaluatedBy who evaluated
 * @param total the closed total
 * @param level the closed level
 * @param closedAt when the month closed; null while open
 */
public record EvaluationRow(long id, long version, long personId, long agencyId, LocalDate month, boolean leader,
		@Nullable BigDecimal selfGeneral, @Nullable String selfNote, @Nullable BigDecimal general,
		@Nullable BigDecimal bonus, @Nullable BigDecimal directing, @Nullable BigDecimal organising,
		@Nullable AutomaticCase automaticCase, @Nullable String automaticNote, @Nullable Absence absence,
		@Nullable String evaluatorNote, @Nullable String evaluatedBy, @Nullable BigDecimal total,
		@Nullable EvaluationLevel level, @Nullable Instant closedAt) {

	/**
	 * The row without the automatic case and its conclusion, for those who may not read
	 * them.
	 */
	public EvaluationRow withoutAutomaticCase() {
		return new EvaluationRow(this.id, this.version, this.personId, this.agencyId, this.month, this.leader,
				this.selfGeneral, this.selfNote, this.general, this.bonus, this.directing, this.organising, null, null,
				this.absence, this.evaluatorNote, this.evaluatedBy, this.total, this.level, this.closedAt);
	}

}
