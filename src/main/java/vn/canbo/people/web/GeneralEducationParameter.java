package vn.canbo.people.web;

import org.jspecify.annotations.Nullable;

import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

import vn.canbo.people.GeneralEducation;

/**
 * Reads a general-education level from a request parameter as links write it
 * ({@code upperSecondary}) or by its constant; anything else fails the binding, which the
 * error handling answers naming the parameter.
 */
@Component
class GeneralEducationParameter implements Converter<String, GeneralEducation> {

	@Override
	public @Nullable GeneralEducation convert(String source) {
		if (source.isBlank()) {
			return null;
		}
		return GeneralEducation.fromParameter(source)
			.orElseThrow(() -> new IllegalArgumentException("Not a general-education level: " + source));
	}

}
