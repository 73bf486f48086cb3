package vn.canbo.recruitment;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSourceResolvable;

/**
 * What the rules make of one candidate of a vacancy, with the reason and the rule it
 * comes from.
 *
 * @param candidateId the candidate
 * @param outcome winner, reserve, failed, …
 * @param rank the place among those who passed (equal places share a rank); null for the
 * others
 * @param professional the professional-exam score (70/30 where written and interview
 * combine); null until entered
 * @param priority the priority points added
 * @param total professional score plus priority points; null until entered
 * @param reasonKey the message explaining the verdict
 * @param reasonArguments its arguments
 * @param citation the legal rule the verdict applies
 */
public record Verdict(long candidateId, Outcome outcome, @Nullable Integer rank, @Nullable BigDecimal professional,
		BigDecimal priority, @Nullable BigDecimal total, String reasonKey, List<Object> reasonArguments,
		String citation) implements MessageSourceResolvable {

	public Verdict {
		reasonArguments = List.copyOf(reasonArguments);
	}

	public boolean winner() {
		return this.outcome == Outcome.WINNER;
	}

	@Override
	public String[] getCodes() {
		return new String[] { this.reasonKey };
	}

	@Override
	public Object[] getArguments() {
		return this.reasonArguments.toArray();
	}

	@Override
	public @Nullable String getDefaultMessage() {
		return this.reasonKey;
	}

}
