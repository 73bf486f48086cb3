package vn.canbo.dataexchange;

/**
 * The field-mapping table (bảng ánh xạ trường dữ liệu) of the exchange format as
 * Markdown, made from {@link DossierFormat}: group, field path, type, required or not,
 * where CanBo takes it from, and whether the decree's text names it. Kept as
 * {@value #DOCUMENT}, which a test keeps equal to this.
 */
public final class FieldMappingTable {

	/** Where the table is kept in the repository. */
	public static final String DOCUMENT = "docs/dataexchange/field-mapping.md";

	private FieldMappingTable() {
	}

	public static String markdown() {
		StringBuilder text = new StringBuilder();
		text.append("# Field mapping of the national-database export (NĐ 27/2026/NĐ-CP)\n\n");
		text.append("Generated from `vn.canbo.dataexchange.DossierFormat` (format `")
			.append(DossierFormat.NAME)
			.append("` ")
			.append(DossierFormat.VERSION)
			.append("); `FieldMappingTests` fails when this file and the code differ.\n")
			.append("The same definition makes the JSON Schema (`GET /api/v1/exchange/schema.json`, resource `")
			.append(DossierSchema.RESOURCE)
			.append("`).\n\n");
		text.append(
				"- **Status** CONFIRMED: the reported text of the decree names the field (Điều 5 group titles as quoted,\n")
			.append("  Điều 19 for the key); UNCONFIRMED: our reading of the group from the 2C résumé — the decree's Appendix\n")
			.append("  (194 fields, master and reference data) was not readable, so every name, shape and code list here is a\n")
			.append("  candidate to reconcile with it.\n")
			.append("- **Required**: a dossier without it is not exported and is listed in the validation report.\n")
			.append("- **Codes** are CanBo's own (enum constants; ethnicity by the 2-digit official code) until the Appendix's\n")
			.append("  reference data are known.\n")
			.append("- A field CanBo does not hold is listed with its reason and never written.\n\n");
		text.append("| Group | Field | Type | Required | Source in CanBo | Status |\n");
		text.append("|---|---|---|---|---|---|\n");
		for (DossierFormat.Located located : DossierFormat.located()) {
			DossierField field = located.field();
			String group = (located.group() == null) ? "key (Điều 19)"
					: located.group().number() + " " + located.group().title();
			text.append("| ")
				.append(cell(group))
				.append(" | `")
				.append(located.path())
				.append("` ")
				.append(cell(field.label()))
				.append(" | ")
				.append(type(field))
				.append(" | ")
				.append(field.required() ? "yes" : "no")
				.append(" | ")
				.append(cell(field.held() ? field.source() : "— " + field.source()))
				.append(" | ")
				.append(field.status())
				.append(" |\n");
		}
		return text.toString();
	}

	private static String type(DossierField field) {
		return switch (field.type()) {
			case CODE -> field.codes().isEmpty() ? "code" : "code (" + field.codes().size() + " values)";
			case DATE -> "date (ISO)";
			default -> field.type().name().toLowerCase(java.util.Locale.ROOT);
		};
	}

	private static String cell(String text) {
		return text.replace("|", "\\|");
	}

}
