package vn.canbo.dataexchange;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * Builds the field definitions of one object of the format (a group of a dossier, or an
 * entry of a list), each reading its value from a source of type {@code T}.
 *
 * @param <T> what the values are read from
 */
final class Fields<T> {

	private final List<DossierField> fields = new ArrayList<>();

	List<DossierField> list() {
		return List.copyOf(this.fields);
	}

	Fields<T> text(String name, String label, Need need, String source, Function<T, @Nullable Object> value) {
		return add(name, FieldType.TEXT, label, need, source, null, List.of(), List.of(), value);
	}

	Fields<T> text(String name, String label, Need need, String source, String pattern,
			Function<T, @Nullable Object> value) {
		return add(name, FieldType.TEXT, label, need, source, pattern, List.of(), List.of(), value);
	}

	Fields<T> date(String name, String label, Need need, String source, Function<T, @Nullable Object> value) {
		return add(name, FieldType.DATE, label, need, source, "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", List.of(), List.of(),
				value);
	}

	Fields<T> integer(String name, String label, Need need, String source, Function<T, @Nullable Object> value) {
		return add(name, FieldType.INTEGER, label, need, source, null, List.of(), List.of(), value);
	}

	Fields<T> number(String name, String label, Need need, String source, Function<T, @Nullable Object> value) {
		return add(name, FieldType.NUMBER, label, need, source, null, List.of(), List.of(), value);
	}

	Fields<T> bool(String name, String label, Need need, String source, Function<T, @Nullable Object> value) {
		return add(name, FieldType.BOOLEAN, label, need, source, null, List.of(), List.of(), value);
	}

	/**
	 * A category code; an empty list of codes means the owner's open list, checked only
	 * as an upper-case code.
	 */
	Fields<T> code(String name, String label, Need need, String source, List<String> codes,
			Function<T, @Nullable Object> value) {
		return add(name, FieldType.CODE, label, need, source, codes.isEmpty() ? "^[A-Z0-9_.]+$" : null, codes,
				List.of(), value);
	}

	<I> Fields<T> list(String name, String label, Need need, String source, Function<T, List<I>> value,
			Fields<I> items) {
		return add(name, FieldType.LIST, label, need, source, null, List.of(), items.list(), value::apply);
	}

	/**
	 * A field the decree's group suggests and CanBo does not hold: in the schema, never
	 * written.
	 */
	Fields<T> notHeld(String name, FieldType type, String label, String why) {
		this.fields.add(new DossierField(name, type, label, false, FieldStatus.UNCONFIRMED, why, false,
				(type == FieldType.DATE) ? "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" : null, List.of(), List.of(),
				(source) -> null));
		return this;
	}

	@SuppressWarnings("unchecked")
	private Fields<T> add(String name, FieldType type, String label, Need need, String source, @Nullable String pattern,
			List<String> codes, List<DossierField> items, Function<T, @Nullable Object> value) {
		this.fields.add(new DossierField(name, type, label, need.required, need.status, source, true, pattern, codes,
				items, (object) -> value.apply((T) object)));
		return this;
	}

	/** Whether a field is required and whether the decree names it. */
	enum Need {

		/** Required, and named by the decree's text. */
		REQUIRED_CONFIRMED(true, FieldStatus.CONFIRMED),
		/**
		 * Required by this format (the record is unusable without it), not named by the
		 * text we read.
		 */
		REQUIRED(true, FieldStatus.UNCONFIRMED),
		/** Optional, named by the decree's text. */
		CONFIRMED(false, FieldStatus.CONFIRMED),
		/** Optional, our reading of the group. */
		OPTIONAL(false, FieldStatus.UNCONFIRMED);

		final boolean required;

		final FieldStatus status;

		Need(boolean required, FieldStatus status) {
			this.required = required;
			this.status = status;
		}

	}

}
