package vn.canbo.people.web;

import org.jspecify.annotations.Nullable;

import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

import vn.canbo.people.Ethnicity;

/**
 * Reads an ethnic group from a request parameter by its two-digit code ("03"), its name
 * in any spelling ("Thái", "thai") or its constant ({@code THAI}); anything else fails
 * the binding, which the error handling answers with the allowed values.
 */
@Component
class EthnicityParameter implements Converter<String, Ethnicity> {

	@Override
	public @Nullable Ethnicity convert(String source) {
		if (source.isBlank()) {
			return null;
		}
		return Ethnicity.fromCode(source)
			.or(() -> Ethnicity.fromName(source))
			.orElseGet(() -> Ethnicity.valueOf(source.strip()));
	}

}
