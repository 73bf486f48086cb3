package vn.canbo.dataexchange;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON Schema (draft 2020-12) of an export, made from {@link DossierFormat}: the
 * header, the dossiers with their key and ten groups (no member outside the format), and
 * the closing counts. Published at {@code GET /api/v1/exchange/schema.json} and as the
 * resource {@value #RESOURCE}, which a test keeps equal to this.
 */
public final class DossierSchema {

	/** Where the schema is kept among the application's resources. */
	public static final String RESOURCE = "dataexchange/dossier-export.schema.json";

	/** The schema's identifier. */
	public static final String ID = "urn:canbo:csdlqg-cbccvc:ho-so:" + DossierFormat.VERSION;

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private DossierSchema() {
	}

	/** The schema as a JSON tree. */
	public static ObjectNode tree() {
		ObjectNode schema = NODES.objectNode();
		schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
		schema.put("$id", ID);
		schema.put("title", "Hồ sơ điện tử cán bộ, công chức, viên chức — tệp trao đổi của CanBo");
		schema.put("description", "Định dạng " + DossierFormat.NAME + " " + DossierFormat.VERSION
				+ ": các hồ sơ của một phạm vi theo 10 nhóm dữ liệu của Nghị định 27/2026/NĐ-CP Điều 5, khóa theo số định danh cá nhân."
				+ " Danh mục trường là ánh xạ dự kiến, chưa đối chiếu Phụ lục của Nghị định.");
		schema.put("type", "object");
		ObjectNode properties = schema.putObject("properties");
		properties.set("thongTinChung", header());
		ObjectNode dossiers = properties.putObject("hoSo");
		dossiers.put("type", "array");
		dossiers.set("items", NODES.objectNode().put("$ref", "#/$defs/hoSo"));
		properties.set("tongKet", closing());
		required(schema, List.of("thongTinChung", "hoSo", "tongKet"));
		schema.put("additionalProperties", false);
		schema.putObject("$defs").set("hoSo", dossier());
		return schema;
	}

	/** The schema as the text that is published, pretty-printed. */
	public static String text(JsonMapper mapper) {
		return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(tree()) + "\n";
	}

	private static ObjectNode header() {
		ObjectNode header = NODES.objectNode();
		header.put("type", "object");
		header.put("description", "Thông tin chung của tệp");
		ObjectNode properties = header.putObject("properties");
		properties.putObject("dinhDang").put("const", DossierFormat.NAME);
		properties.putObject("phienBan").put("const", DossierFormat.VERSION);
		properties.putObject("thoiDiemTao")
			.put("type", "string")
			.put("format", "date-time")
			.put("description", "Thời điểm tạo tệp (ISO 8601, UTC)");
		properties.putObject("heThong").put("type", "string").put("description", "Hệ thống tạo tệp");
		properties.putObject("nguoiXuat").put("type", "string").put("description", "Tài khoản xuất tệp");
		properties.putObject("maDonViPhamVi")
			.put("type", "string")
			.put("description", "Mã đơn vị có các hồ sơ (cả cây đơn vị trực thuộc)");
		ArrayNode modes = properties.putObject("cheDo")
			.put("description", "Toàn bộ hay chỉ hồ sơ thay đổi từ một ngày")
			.putArray("enum");
		modes.add("TOAN_BO");
		modes.add("THAY_DOI_TU_NGAY");
		properties.putObject("thayDoiTuNgay")
			.put("type", "string")
			.put("format", "date")
			.put("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
		required(header,
				List.of("dinhDang", "phienBan", "thoiDiemTao", "heThong", "nguoiXuat", "maDonViPhamVi", "cheDo"));
		header.put("additionalProperties", false);
		return header;
	}

	private static ObjectNode closing() {
		ObjectNode closing = NODES.objectNode();
		closing.put("type", "object");
		closing.put("description",
				"Số hồ sơ trong tệp và số hồ sơ chưa đủ điều kiện nên chưa gửi (xem báo cáo kiểm tra)");
		ObjectNode properties = closing.putObject("properties");
		properties.putObject("soHoSo").put("type", "integer").put("minimum", 0);
		properties.putObject("soHoSoChuaHopLe").put("type", "integer").put("minimum", 0);
		required(closing, List.of("soHoSo", "soHoSoChuaHopLe"));
		closing.put("additionalProperties", false);
		return closing;
	}

	private static ObjectNode dossier() {
		ObjectNode dossier = NODES.objectNode();
		dossier.put("type", "object");
		ObjectNode properties = dossier.putObject("properties");
		properties.set(DossierFormat.key().name(), field(DossierFormat.key()));
		for (Map.Entry<DataGroup, List<DossierField>> group : DossierFormat.groups().entrySet()) {
			ObjectNode node = object(group.getValue());
			node.put("title", "Nhóm " + group.getKey().number() + ": " + group.getKey().title());
			properties.set(group.getKey().key(), node);
		}
		ArrayNode required = dossier.putArray("required");
		required.add(DossierFormat.key().name());
		DossierFormat.groups().keySet().forEach((group) -> required.add(group.key()));
		dossier.put("additionalProperties", false);
		return dossier;
	}

	private static ObjectNode object(List<DossierField> fields) {
		ObjectNode object = NODES.objectNode();
		object.put("type", "object");
		ObjectNode properties = object.putObject("properties");
		fields.forEach((field) -> properties.set(field.name(), field(field)));
		required(object, fields.stream().filter(DossierField::required).map(DossierField::name).toList());
		object.put("additionalProperties", false);
		return object;
	}

	private static ObjectNode field(DossierField field) {
		ObjectNode node = NODES.objectNode();
		node.put("type", field.type().jsonType());
		node.put("title", field.label());
		node.put("description", "Nguồn: " + field.source() + ". Trạng thái: " + field.status()
				+ (field.held() ? "" : ". CanBo không có dữ liệu này."));
		if (field.type() == FieldType.DATE) {
			node.put("format", "date");
		}
		if (field.pattern() != null) {
			node.put("pattern", field.pattern());
		}
		if (!field.codes().isEmpty()) {
			ArrayNode codes = node.putArray("enum");
			field.codes().forEach(codes::add);
		}
		if (field.type() == FieldType.TEXT) {
			node.put("minLength", 1);
		}
		if (field.type() == FieldType.LIST) {
			node.set("items", object(field.items()));
		}
		return node;
	}

	private static void required(ObjectNode object, List<String> names) {
		if (!names.isEmpty()) {
			ArrayNode required = object.putArray("required");
			names.forEach(required::add);
		}
	}

}
