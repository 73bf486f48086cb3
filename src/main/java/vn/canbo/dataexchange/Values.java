package vn.canbo.dataexchange;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/** How a field's value reads as text, the same for the checks and the writer. */
final class Values {

	private Values() {
	}

	/** The value as written, or null when there is nothing to write (null or blank). */
	static @Nullable String text(@Nullable Object value) {
		if (value == null) {
			return null;
		}
		String text = (value instanceof BigDecimal decimal) ? decimal.toPlainString() : value.toString();
		return text.isBlank() ? null : text;
	}

}
