package vn.canbo.appointments;

import org.jspecify.annotations.Nullable;

/**
 * One condition of an appointment, explained.
 *
 * @param code what it is (AGE, PLANNING, DOSSIER)
 * @param met whether it is met; null when not checked
 * @param required what the rule requires, as text
 * @param actual what the person has, as text
 * @param rule the rule's message key
 * @param citation the legal source of the rule version applied
 * @param confirmed whether that version was verified against the text
 */
public record Condition(String code, @Nullable Boolean met, String required, String actual, String rule,
		String citation, boolean confirmed) {

}
