package vn.canbo.dataexchange;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The published schema, its resource copy and the field-mapping table say the same thing,
 * because all three come from {@link DossierFormat}; a change to the format that is not
 * regenerated fails here. Run with {@code -Dcanbo.regenerate=true} to write the files
 * from the code.
 */
class FieldMappingTests {

	static final Path SCHEMA = Path.of("src/main/resources", DossierSchema.RESOURCE);

	static final Path TABLE = Path.of(FieldMappingTable.DOCUMENT);

	final JsonMapper mapper = JsonMapper.builder().build();

	@Test
	void theSchemaResourceAndTheTableAreMadeFromTheFormat() throws IOException {
		String schema = DossierSchema.text(this.mapper);
		String table = FieldMappingTable.markdown();
		if (Boolean.getBoolean("canbo.regenerate")) {
			Files.createDirectories(SCHEMA.getParent());
			Files.createDirectories(TABLE.getParent());
			Files.writeString(SCHEMA, schema, StandardCharsets.UTF_8);
			Files.writeString(TABLE, table, StandardCharsets.UTF_8);
		}
		assertThat(Files.readString(SCHEMA, StandardCharsets.UTF_8))
			.as("%s (regenerate with -Dcanbo.regenerate=true)", SCHEMA)
			.isEqualTo(schema);
		assertThat(Files.readString(TABLE, StandardCharsets.UTF_8))
			.as("%s (regenerate with -Dcanbo.regenerate=true)", TABLE)
			.isEqualTo(table);
	}

	@Test
	void everyFieldOfTheSchemaIsARowOfTheTableWithTheSameRequiredness() throws IOException {
		JsonNode schema = this.mapper.readTree(Files.readString(SCHEMA, StandardCharsets.UTF_8));
		JsonNode dossier = schema.path("$defs").path("hoSo");
		Set<String> fromSchema = new TreeSet<>();
		Set<String> requiredInSchema = new TreeSet<>();
		collect(dossier, "", fromSchema, requiredInSchema);
		Set<String> fromTable = new TreeSet<>();
		Set<String> requiredInTable = new TreeSet<>();
		for (String line : Files.readAllLines(TABLE, StandardCharsets.UTF_8)) {
			String[] cells = line.split("(?<!\\\\)\\|");
			if (cells.length > 5 && cells[2].contains("`")) {
				String path = cells[2].substring(cells[2].indexOf('`') + 1, cells[2].lastIndexOf('`'));
				fromTable.add(path);
				if (cells[4].strip().equals("yes")) {
					requiredInTable.add(path);
				}
			}
		}
		assertThat(fromTable).as("fields in the table").isEqualTo(fromSchema);
		assertThat(requiredInTable).as("required fields in the table").isEqualTo(requiredInSchema);
		assertThat(requiredInSchema).contains("soDinhDanh", "thongTinCoBan.hoTen", "thongTinCoBan.ngaySinh",
				"thongTinCoBan.maDanToc", "congTacLuongDanhGia.maDonVi", "congTacLuongDanhGia.maNgach");
	}

	@Test
	void theDossierHasTheTenGroupsOfTheDecreeInOrder() {
		assertThat(DossierFormat.groups().keySet().stream().map(DataGroup::key).toList()).containsExactly(
				"thongTinCoBan", "quanHeGiaDinh", "lichSuBanThan", "tuyenDungBoNhiem", "daoTaoBoiDuong",
				"congTacLuongDanhGia", "thamGiaToChuc", "lucLuongVuTrang", "taiSanThuNhap", "sucKhoe");
		List<String> names = DossierFormat.located().stream().map(DossierFormat.Located::path).toList();
		assertThat(names).doesNotHaveDuplicates().allMatch((path) -> path.matches("[a-zA-Z.\\[\\]]+"));
	}

	/** Every property path of the schema below the dossier, with the required ones. */
	private static void collect(JsonNode node, String prefix, Set<String> paths, Set<String> required) {
		JsonNode object = node.path("type").asString().equals("array") ? node.path("items") : node;
		Set<String> requiredHere = new TreeSet<>();
		object.path("required").forEach((name) -> requiredHere.add(name.asString()));
		for (var property : object.path("properties").properties()) {
			String path = prefix.isEmpty() ? property.getKey() : prefix + property.getKey();
			boolean isGroup = prefix.isEmpty() && !property.getValue().path("type").asString().equals("string");
			if (!isGroup) {
				paths.add(path);
				if (requiredHere.contains(property.getKey())) {
					required.add(path);
				}
			}
			String next = path + (property.getValue().path("type").asString().equals("array") ? "[]." : ".");
			if (property.getValue().has("properties") || property.getValue().path("items").has("properties")) {
				collect(property.getValue(), next, paths, required);
			}
		}
	}

}
