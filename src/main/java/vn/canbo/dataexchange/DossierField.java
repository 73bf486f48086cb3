package vn.canbo.dataexchange;

import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * One field of the exchange format: its JSON name, type and whether a dossier needs it;
 * where CanBo takes it from; and how sure we are that the decree asks for it. The schema,
 * the field-mapping table, the writer and the validation report all read the same
 * definitions ({@link DossierFormat}), so they cannot say different things.
 *
 * @param name the member name, Vietnamese in camelCase without diacritics
 * @param type how it is written
 * @param label what it is, in Vietnamese
 * @param required whether a dossier without it is refused
 * @param status whether the decree's text names it
 * @param source where CanBo takes it from, or why CanBo has nothing for it
 * @param held whether CanBo holds the field at all; a field not held is in the schema and
 * the table but never written
 * @param pattern a regular expression the text must match, if any
 * @param codes the codes a category field may take, if it is one
 * @param items the fields of each entry of a list
 * @param value reads the value from the source object (a {@link Dossier} or a list entry)
 */
public record DossierField(String name, FieldType type, String label, boolean required, FieldStatus status,
		String source, boolean held, @Nullable String pattern, List<String> codes, List<DossierField> items,
		Function<Object, @Nullable Object> value) {

	public DossierField {
		codes = List.copyOf(codes);
		items = List.copyOf(items);
	}

}
