package vn.canbo.movements;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Whether a person may be moved as proposed, each condition explained.
 *
 * @param personId the person
 * @param type the move
 * @param startDate the first day at the destination
 * @param eligible whether every condition is met
 * @param conditions the conditions checked, in order
 */
public record Eligibility(long personId, MovementType type, LocalDate startDate, boolean eligible,
		List<Condition> conditions) {

	public Eligibility {
		conditions = List.copyOf(conditions);
	}

	/**
	 * One condition: what is required and what the person has.
	 *
	 * @param code what is checked
	 * @param met whether it is met
	 * @param required what is required, e.g. "120" (months)
	 * @param actual what the person has, e.g. "118"
	 * @param rule the rule and version applied, e.g. "MOVEMENT_ROTATION" (null for the
	 * conditions of a law without dated figures)
	 * @param citation the legal source
	 * @param confirmed whether the source was verified
	 * @param field the input field a refusal names
	 */
	public record Condition(ConditionCode code, boolean met, @Nullable String required, @Nullable String actual,
			@Nullable String rule, String citation, boolean confirmed, String field) {

		public String messageKey() {
			return this.code.messageKey();
		}

	}

}
