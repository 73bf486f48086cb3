package vn.canbo.dataexchange;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JsonGenerator;

/**
 * Writes one dossier as the format defines it: the key, then the ten groups in the
 * decree's order, each with the fields that have a value (nothing is written for an empty
 * field or list).
 */
final class DossierWriter {

	private DossierWriter() {
	}

	static void write(Dossier dossier, JsonGenerator json) {
		json.writeStartObject();
		json.writeStringProperty(DossierFormat.key().name(), Values.text(DossierFormat.key().value().apply(dossier)));
		for (Map.Entry<DataGroup, List<DossierField>> group : DossierFormat.groups().entrySet()) {
			json.writeName(group.getKey().key());
			object(dossier, group.getValue(), json);
		}
		json.writeEndObject();
	}

	private static void object(Object source, List<DossierField> fields, JsonGenerator json) {
		json.writeStartObject();
		for (DossierField field : fields) {
			Object value = field.value().apply(source);
			if (field.type() == FieldType.LIST) {
				List<?> entries = (value == null) ? List.of() : (List<?>) value;
				if (!entries.isEmpty()) {
					json.writeName(field.name());
					json.writeStartArray();
					for (Object entry : entries) {
						object(entry, field.items(), json);
					}
					json.writeEndArray();
				}
				continue;
			}
			String text = Values.text(value);
			if (text == null) {
				continue;
			}
			json.writeName(field.name());
			switch (field.type()) {
				case INTEGER -> json.writeNumber(((Number) value).longValue());
				case NUMBER -> json
					.writeNumber((value instanceof BigDecimal decimal) ? decimal : new BigDecimal(value.toString()));
				case BOOLEAN -> json.writeBoolean((Boolean) value);
				default -> json.writeString(text);
			}
		}
		json.writeEndObject();
	}

}
