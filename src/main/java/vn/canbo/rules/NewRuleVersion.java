package vn.canbo.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Adds a version of a rule from a date, as typed into the form: the date and parameters
 * are text here so that each bad value is reported against its field.
 *
 * @param key the rule
 * @param validFrom first day in force, ISO {@code yyyy-MM-dd} or {@code dd/MM/yyyy}
 * @param citation the legal basis
 * @param sourceUrl where it can be read
 * @param confirmed whether it was checked against the text
 * @param note a remark
 * @param parameters the values by {@link RuleParameter#name()}
 */
public record NewRuleVersion(RuleKey key, @Nullable String validFrom, @Nullable String citation,
		@Nullable String sourceUrl, boolean confirmed, @Nullable String note, Map<String, String> parameters) {

	public NewRuleVersion {
		parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
	}

}
