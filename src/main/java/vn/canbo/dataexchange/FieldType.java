package vn.canbo.dataexchange;

/** How a dossier field is written in JSON, and so what the schema says of it. */
public enum FieldType {

	/** Free text as the record holds it. */
	TEXT("string"),
	/** A calendar date, ISO {@code YYYY-MM-DD}. */
	DATE("string"),
	/** A whole number. */
	INTEGER("integer"),
	/** A decimal number (pay coefficients). */
	NUMBER("number"),
	/** True or false. */
	BOOLEAN("boolean"),
	/** A code of a category list, one of the listed codes. */
	CODE("string"),
	/** A list of entries, each an object of its own fields. */
	LIST("array");

	private final String jsonType;

	FieldType(String jsonType) {
		this.jsonType = jsonType;
	}

	/** The JSON Schema {@code type}. */
	public String jsonType() {
		return this.jsonType;
	}

}
