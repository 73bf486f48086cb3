package vn.canbo.planning;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One condition of planning eligibility judged.
 *
 * @param code what it is about ({@link ConditionCode})
 * @param met whether it holds
 * @param required what it asks, as a text in the reader's language
 * @param actual what the records show, as a text in the reader's language
 * @param rule the rule and version it comes from, e.g. {@code PLANNING_AGE 2025-11-21}
 * @param citation the legal text of that version
 * @param confirmed false when the version's figure was not verified against the text
 * @param arguments the figures behind the texts (months, dates, counts), for tests and
 * programs
 */
public record EligibilityCondition(ConditionCode code, boolean met, String required, String actual, String rule,
		String citation, boolean confirmed, List<@Nullable Object> arguments) {

}
