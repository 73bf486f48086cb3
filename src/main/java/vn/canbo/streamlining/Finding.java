package vn.canbo.streamlining;

import org.jspecify.annotations.Nullable;

/**
 * Why a person is on the list, or kept off it: a case or an exclusion with what in the
 * records or the officer's declaration shows it, and the rule.
 *
 * @param code the case or exclusion's name
 * @param messageKey its label
 * @param detail what shows it (the years rated, the decision numbers, the declared dates)
 * @param declared whether an officer declared it
 * @param citation the rule's text
 * @param ruleConfirmed whether the rule version was verified
 */
public record Finding(String code, String messageKey, @Nullable String detail, boolean declared, String citation,
		boolean ruleConfirmed) {

}
