package vn.canbo.dataexchange;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import vn.canbo.dataexchange.Fields.Need;
import vn.canbo.people.Ethnicity;
import vn.canbo.people.Gender;
import vn.canbo.people.PersonDetails;
import vn.canbo.people.PersonnelCategory;
import vn.canbo.people.PoliticalTheoryLevel;
import vn.canbo.people.ProfessionalLevel;
import vn.canbo.people.Religion;
import vn.canbo.people.StateManagementLevel;

/**
 * The exchange format of the national-database export (định dạng trao đổi hồ sơ điện tử):
 * a dossier keyed by the citizen's personal identification number and organised in the
 * ten data groups of NĐ 27/2026/NĐ-CP Điều 5, with the fields CanBo holds. This one
 * definition is what the JSON Schema, the field-mapping table, the writer and the
 * validation report are made from (docs/decisions/027-national-database-export.md).
 */
public final class DossierFormat {

	/** The format's name in every export's header. */
	public static final String NAME = "CanBo-CSDLQG-CBCCVC-HoSo";

	/**
	 * The format's version: 0.x while the field list is a candidate mapping not yet
	 * reconciled with the decree's Appendix.
	 */
	public static final String VERSION = "0.1.0";

	/** Codes of CanBo's rating levels (rules.EvaluationLevel, NĐ 335/2025). */
	static final List<String> RATING_LEVELS = List.of("EXCELLENT", "GOOD", "COMPLETED", "NOT_COMPLETED");

	private static final String PERSON = "people: hồ sơ 2C, ";

	private static final DossierField KEY = new Fields<Dossier>()
		.text("soDinhDanh", "Số định danh cá nhân (số CCCD) = mã hồ sơ điện tử", Need.REQUIRED_CONFIRMED,
				PERSON + "identity.citizenId (checked by people.CitizenId)", "^[0-9]{12}$",
				(d) -> d.identity().citizenId())
		.list()
		.get(0);

	private static final Map<DataGroup, List<DossierField>> GROUPS = define();

	private DossierFormat() {
	}

	/** The dossier's key: the 12-digit personal identification number (Điều 19). */
	public static DossierField key() {
		return KEY;
	}

	/** The fields of each group, in the decree's order. */
	public static Map<DataGroup, List<DossierField>> groups() {
		return GROUPS;
	}

	private static Map<DataGroup, List<DossierField>> define() {
		Map<DataGroup, List<DossierField>> groups = new EnumMap<>(DataGroup.class);
		groups.put(DataGroup.BASIC, basic().list());
		groups.put(DataGroup.FAMILY, family().list());
		groups.put(DataGroup.HISTORY, history().list());
		groups.put(DataGroup.CAREER, career().list());
		groups.put(DataGroup.EDUCATION, education().list());
		groups.put(DataGroup.WORK, work().list());
		groups.put(DataGroup.ORGANISATIONS, organisations().list());
		groups.put(DataGroup.ARMED_FORCES, armedForces().list());
		groups.put(DataGroup.ASSETS, assets().list());
		groups.put(DataGroup.HEALTH, health().list());
		return Collections.unmodifiableMap(groups);
	}

	private static Fields<Dossier> basic() {
		return new Fields<Dossier>()
			.integer("maHoSoNoiBo", "Mã hồ sơ trong CanBo (để đồng bộ ngược)", Need.OPTIONAL, "people: person.id",
					(d) -> d.person().id())
			.text("soHieu", "Số hiệu cán bộ, công chức, viên chức", Need.CONFIRMED, PERSON + "employment.staffCode",
					(d) -> d.details().employment().staffCode())
			.text("hoTen", "Họ và tên khai sinh", Need.REQUIRED_CONFIRMED, PERSON + "identity.fullName",
					(d) -> d.identity().fullName())
			.text("tenGoiKhac", "Tên gọi khác", Need.OPTIONAL, PERSON + "identity.otherNames",
					(d) -> d.identity().otherNames())
			.code("gioiTinh", "Giới tính", Need.REQUIRED_CONFIRMED, PERSON + "identity.gender (people.Gender)",
					names(Gender.values()), (d) -> name(d.identity().gender()))
			.date("ngaySinh", "Ngày tháng năm sinh", Need.REQUIRED_CONFIRMED,
					PERSON + "identity.birthDay, birthMonth, birthYear (all three)", Dossier::birthDate)
			.integer("namSinh", "Năm sinh", Need.REQUIRED, PERSON + "identity.birthYear",
					(d) -> d.identity().birthYear())
			.text("maNoiSinh", "Nơi sinh: mã đơn vị hành chính", Need.OPTIONAL, PERSON + "identity.birthPlaceCode",
					(d) -> d.identity().birthPlaceCode())
			.text("noiSinh", "Nơi sinh", Need.OPTIONAL, PERSON + "identity.birthPlace",
					(d) -> d.identity().birthPlace())
			.text("maQueQuan", "Quê quán: mã đơn vị hành chính", Need.CONFIRMED, PERSON + "identity.homeTownCode",
					(d) -> d.identity().homeTownCode())
			.text("queQuan", "Quê quán", Need.CONFIRMED, PERSON + "identity.homeTown", (d) -> d.identity().homeTown())
			.code("maDanToc", "Dân tộc (mã 54 dân tộc)", Need.REQUIRED_CONFIRMED,
					PERSON + "identity.ethnicity (people.Ethnicity.code, QĐ 121-TCTK)",
					Arrays.stream(Ethnicity.values()).map(Ethnicity::code).toList(),
					(d) -> (d.identity().ethnicity() == null) ? null : d.identity().ethnicity().code())
			.code("maTonGiao", "Tôn giáo", Need.OPTIONAL, PERSON + "identity.religion (people.Religion)",
					names(Religion.values()), (d) -> name(d.identity().religion()))
			.text("noiThuongTru", "Nơi thường trú", Need.OPTIONAL, PERSON + "identity.permanentAddress",
					(d) -> d.identity().permanentAddress())
			.text("noiOHienNay", "Nơi ở hiện nay", Need.CONFIRMED, PERSON + "identity.currentAddress",
					(d) -> d.identity().currentAddress())
			.date("ngayCapCanCuoc", "Ngày cấp thẻ căn cước", Need.CONFIRMED, PERSON + "identity.citizenIdIssuedOn",
					(d) -> d.identity().citizenIdIssuedOn())
			.text("noiCapCanCuoc", "Nơi cấp thẻ căn cước", Need.CONFIRMED, PERSON + "identity.citizenIdIssuedBy",
					(d) -> d.identity().citizenIdIssuedBy())
			.text("soBaoHiemXaHoi", "Số sổ bảo hiểm xã hội", Need.OPTIONAL, PERSON + "identity.socialInsuranceNumber",
					(d) -> d.identity().socialInsuranceNumber())
			.text("dienThoai", "Điện thoại", Need.OPTIONAL, PERSON + "identity.phone", (d) -> d.identity().phone())
			.text("email", "Thư điện tử", Need.OPTIONAL, PERSON + "identity.email", (d) -> d.identity().email())
			.text("thanhPhanXuatThan", "Thành phần gia đình xuất thân", Need.OPTIONAL,
					PERSON + "identity.familyBackground", (d) -> d.identity().familyBackground())
			.notHeld("anh", FieldType.TEXT, "Ảnh", "people holds a photo (person_photo); not exported: format unknown");
	}

	private static Fields<Dossier> family() {
		Fields<PersonDetails.Relative> relative = new Fields<PersonDetails.Relative>()
			.code("ben", "Bên (bản thân / bên vợ hoặc chồng)", Need.OPTIONAL, "relatives[].side",
					names(PersonDetails.FamilySide.values()), (r) -> name(r.side()))
			.text("quanHe", "Quan hệ", Need.OPTIONAL, "relatives[].relation", PersonDetails.Relative::relation)
			.text("hoTen", "Họ và tên", Need.OPTIONAL, "relatives[].fullName", PersonDetails.Relative::fullName)
			.integer("namSinh", "Năm sinh", Need.OPTIONAL, "relatives[].birthYear", PersonDetails.Relative::birthYear)
			.text("thongTin", "Quê quán, nghề nghiệp, chức danh, đơn vị, nơi ở, tổ chức CT-XH", Need.OPTIONAL,
					"relatives[].details (one text in CanBo)", PersonDetails.Relative::details);
		return new Fields<Dossier>().list("thanNhan", "Quan hệ gia đình (bản thân và bên vợ/chồng)", Need.OPTIONAL,
				PERSON + "relatives (2C item 30)", (d) -> d.details().relatives(), relative);
	}

	private static Fields<Dossier> history() {
		return new Fields<Dossier>()
			.text("biBatBiTu", "Bị bắt, bị tù (thời gian, nơi, lý do)", Need.OPTIONAL,
					PERSON + "personalHistory.detention", (d) -> d.details().personalHistory().detention())
			.text("lamViecCheDoCu", "Làm việc trong chế độ cũ", Need.OPTIONAL,
					PERSON + "personalHistory.formerRegimeWork",
					(d) -> d.details().personalHistory().formerRegimeWork())
			.text("quanHeToChucNuocNgoai", "Quan hệ với tổ chức nước ngoài", Need.OPTIONAL,
					PERSON + "personalHistory.foreignOrganisations",
					(d) -> d.details().personalHistory().foreignOrganisations())
			.text("thanNhanONuocNgoai", "Thân nhân ở nước ngoài", Need.OPTIONAL,
					PERSON + "personalHistory.relativesAbroad", (d) -> d.details().personalHistory().relativesAbroad());
	}

	private static Fields<Dossier> career() {
		Fields<Dossier.Post> post = new Fields<Dossier.Post>()
			.code("loai", "Chính / kiêm nhiệm", Need.OPTIONAL, "staffing_post_held.kind",
					List.of("PRIMARY", "CONCURRENT"), Dossier.Post::kind)
			.code("hinhThuc", "Hình thức (bầu, bổ nhiệm, chỉ định, tuyển dụng)", Need.OPTIONAL,
					"staffing_post_held.selection", List.of("ELECTED", "APPOINTED", "DESIGNATED", "RECRUITED"),
					Dossier.Post::selection)
			.text("maDonVi", "Mã cơ quan, đơn vị", Need.OPTIONAL, "staffing_post_held.unit_code",
					Dossier.Post::unitCode)
			.code("maChucDanh", "Mã chức vụ, chức danh", Need.OPTIONAL, "staffing_post_held.title_code", List.of(),
					Dossier.Post::titleCode)
			.text("tenChucDanh", "Chức vụ, chức danh", Need.OPTIONAL, "staffing_post_held.title_name",
					Dossier.Post::titleName)
			.code("maViTriViecLam", "Mã vị trí việc làm", Need.OPTIONAL, "staffing_post_held.job_position_code",
					List.of(), Dossier.Post::jobPositionCode)
			.text("tenViTriViecLam", "Vị trí việc làm", Need.OPTIONAL, "staffing_post_held.job_position_name",
					Dossier.Post::jobPositionName)
			.date("tuNgay", "Từ ngày", Need.OPTIONAL, "staffing_post_held.valid_from", Dossier.Post::validFrom)
			.date("denNgay", "Đến ngày (ngày cuối)", Need.OPTIONAL, "staffing_post_held.valid_to − 1 day",
					Dossier.Post::lastDay)
			.date("hetNhiemKy", "Hết nhiệm kỳ", Need.OPTIONAL, "staffing_post_held.term_end", Dossier.Post::termEnd)
			.text("soQuyetDinh", "Số quyết định", Need.OPTIONAL, "staffing_post_held.decision_number",
					Dossier.Post::decisionNumber)
			.date("ngayQuyetDinh", "Ngày quyết định", Need.OPTIONAL, "staffing_post_held.decision_date",
					Dossier.Post::decisionDate);
		Fields<PersonDetails.WorkPeriod> period = new Fields<PersonDetails.WorkPeriod>()
			.date("tuThang", "Từ tháng (ngày đầu tháng)", Need.OPTIONAL, "workHistory[].from",
					PersonDetails.WorkPeriod::from)
			.date("denThang", "Đến tháng", Need.OPTIONAL, "workHistory[].to", PersonDetails.WorkPeriod::to)
			.text("moTa", "Chức danh, chức vụ, đơn vị công tác", Need.OPTIONAL, "workHistory[].description",
					PersonDetails.WorkPeriod::description);
		return new Fields<Dossier>()
			.date("ngayTuyenDung", "Ngày tuyển dụng", Need.OPTIONAL, PERSON + "employment.recruitedOn",
					(d) -> d.details().employment().recruitedOn())
			.text("coQuanTuyenDung", "Cơ quan tuyển dụng", Need.OPTIONAL, PERSON + "employment.recruitingAgency",
					(d) -> d.details().employment().recruitingAgency())
			.text("ngheNghiepTruocTuyenDung", "Nghề nghiệp khi được tuyển dụng", Need.OPTIONAL,
					PERSON + "employment.occupationBeforeRecruitment",
					(d) -> d.details().employment().occupationBeforeRecruitment())
			.date("ngayVaoCoQuanHienTai", "Ngày về cơ quan hiện nay", Need.OPTIONAL,
					PERSON + "employment.joinedAgencyOn", (d) -> d.details().employment().joinedAgencyOn())
			.list("quaTrinhChucVu", "Bầu cử, bổ nhiệm, điều động: các chức vụ, vị trí đã và đang giữ", Need.OPTIONAL,
					"staffing: view staffing_post_held", Dossier::posts, post)
			.list("quaTrinhCongTac", "Tóm tắt quá trình công tác", Need.OPTIONAL, PERSON + "workHistory (2C item 28)",
					(d) -> d.details().workHistory(), period)
			.notHeld("quyHoach", FieldType.LIST, "Quy hoạch (chức danh, giai đoạn, ngày phê duyệt)",
					"not held: CanBo has no planning module yet")
			.notHeld("luanChuyenBietPhai", FieldType.LIST, "Luân chuyển, biệt phái",
					"not held apart: moves between units are posts in quaTrinhChucVu")
			.notHeld("ngayThoiViec", FieldType.DATE, "Ngày thôi việc", "not held: CanBo records no resignations")
			.notHeld("ngayNghiHuu", FieldType.DATE, "Ngày nghỉ hưu (theo quyết định)",
					"not held: careers computes the retirement date, no decision is recorded");
	}

	private static Fields<Dossier> education() {
		Fields<PersonDetails.Training> training = new Fields<PersonDetails.Training>()
			.code("loai", "Loại (chuyên môn, lý luận chính trị, QLNN, ngoại ngữ, tin học, khác)", Need.OPTIONAL,
					"trainings[].kind", names(PersonDetails.TrainingKind.values()), (t) -> name(t.kind()))
			.text("coSoDaoTao", "Tên trường, cơ sở đào tạo", Need.OPTIONAL, "trainings[].institution",
					PersonDetails.Training::institution)
			.text("chuyenNganh", "Chuyên ngành", Need.OPTIONAL, "trainings[].field", PersonDetails.Training::field)
			.date("tuThang", "Từ tháng", Need.OPTIONAL, "trainings[].from", PersonDetails.Training::from)
			.date("denThang", "Đến tháng", Need.OPTIONAL, "trainings[].to", PersonDetails.Training::to)
			.text("hinhThuc", "Hình thức đào tạo", Need.OPTIONAL, "trainings[].mode", PersonDetails.Training::mode)
			.text("vanBang", "Văn bằng, chứng chỉ, trình độ", Need.OPTIONAL, "trainings[].qualification",
					PersonDetails.Training::qualification);
		return new Fields<Dossier>()
			.text("giaoDucPhoThong", "Trình độ giáo dục phổ thông (lớp/hệ)", Need.OPTIONAL,
					PERSON + "qualifications.generalEducation, e.g. 12/12", "^[0-9]{1,2}/(10|12)$",
					(d) -> (d.details().qualifications().generalEducation() == null) ? null
							: d.details().qualifications().generalEducation().label())
			.code("trinhDoChuyenMon", "Trình độ chuyên môn cao nhất", Need.OPTIONAL,
					PERSON + "qualifications.professionalLevel (people.ProfessionalLevel)",
					names(ProfessionalLevel.values()), (d) -> name(d.details().qualifications().professionalLevel()))
			.text("chuyenNganh", "Chuyên ngành", Need.OPTIONAL, PERSON + "qualifications.professionalField",
					(d) -> d.details().qualifications().professionalField())
			.text("hocHamHocVi", "Học hàm, học vị", Need.OPTIONAL, PERSON + "qualifications.academicTitle",
					(d) -> d.details().qualifications().academicTitle())
			.code("lyLuanChinhTri", "Trình độ lý luận chính trị", Need.OPTIONAL,
					PERSON + "qualifications.politicalTheory (people.PoliticalTheoryLevel)",
					names(PoliticalTheoryLevel.values()), (d) -> name(d.details().qualifications().politicalTheory()))
			.code("quanLyNhaNuoc", "Trình độ quản lý nhà nước", Need.OPTIONAL,
					PERSON + "qualifications.stateManagement (people.StateManagementLevel)",
					names(StateManagementLevel.values()), (d) -> name(d.details().qualifications().stateManagement()))
			.text("ngoaiNgu", "Ngoại ngữ", Need.OPTIONAL, PERSON + "qualifications.foreignLanguages",
					(d) -> d.details().qualifications().foreignLanguages())
			.text("tinHoc", "Tin học", Need.OPTIONAL, PERSON + "qualifications.informationTechnology",
					(d) -> d.details().qualifications().informationTechnology())
			.list("daoTaoBoiDuong",
					"Đào tạo, bồi dưỡng (chuyên môn, LLCT, QLNN, quốc phòng - an ninh, ngoại ngữ, tin học)",
					Need.OPTIONAL, PERSON + "trainings (2C item 27)", (d) -> d.details().trainings(), training)
			.notHeld("quocPhongAnNinh", FieldType.CODE, "Bồi dưỡng quốc phòng - an ninh (đối tượng)",
					"not held apart: only as a training entry of kind OTHER");
	}

	private static Fields<Dossier> work() {
		Fields<PersonDetails.SalaryStep> step = new Fields<PersonDetails.SalaryStep>()
			.date("ngayHuong", "Ngày hưởng", Need.OPTIONAL, "salaryHistory[].effectiveOn",
					PersonDetails.SalaryStep::effectiveOn)
			.code("maNgach", "Mã ngạch, chức danh nghề nghiệp", Need.OPTIONAL, "salaryHistory[].rankCode", List.of(),
					PersonDetails.SalaryStep::rankCode)
			.integer("bac", "Bậc lương", Need.OPTIONAL, "salaryHistory[].step", PersonDetails.SalaryStep::step)
			.number("heSo", "Hệ số lương", Need.OPTIONAL, "salaryHistory[].coefficient",
					PersonDetails.SalaryStep::coefficient)
			.number("phuCapChucVu", "Hệ số phụ cấp chức vụ", Need.OPTIONAL, "salaryHistory[].positionAllowance",
					PersonDetails.SalaryStep::positionAllowance)
			.text("phuCapKhac", "Phụ cấp khác", Need.OPTIONAL, "salaryHistory[].otherAllowances",
					PersonDetails.SalaryStep::otherAllowances);
		Fields<Dossier.Adjustment> adjustment = new Fields<Dossier.Adjustment>()
			.code("loai", "Nâng trước hạn / kéo dài", Need.OPTIONAL, "careers_salary_adjustment.kind",
					List.of("EARLY", "DELAY"), Dossier.Adjustment::kind)
			.integer("soThang", "Số tháng", Need.OPTIONAL, "careers_salary_adjustment.months",
					Dossier.Adjustment::months)
			.date("ngayHieuLuc", "Tính cho bậc hưởng từ ngày", Need.OPTIONAL, "careers_salary_adjustment.effective_on",
					Dossier.Adjustment::effectiveOn)
			.text("soQuyetDinh", "Số quyết định", Need.OPTIONAL, "careers_salary_adjustment.decision_number",
					Dossier.Adjustment::decisionNumber)
			.date("ngayQuyetDinh", "Ngày quyết định", Need.OPTIONAL, "careers_salary_adjustment.decision_date",
					Dossier.Adjustment::decisionDate);
		Fields<Dossier.Rating> rating = new Fields<Dossier.Rating>()
			.integer("nam", "Năm", Need.OPTIONAL, "ratings_decided_rating.year", Dossier.Rating::year)
			.code("mucXepLoai", "Mức xếp loại chất lượng", Need.OPTIONAL, "ratings_decided_rating.level", RATING_LEVELS,
					Dossier.Rating::level);
		Fields<Dossier.Reward> reward = new Fields<Dossier.Reward>()
			.integer("nam", "Năm", Need.OPTIONAL, "emulation_person_reward.year", Dossier.Reward::year)
			.code("hinhThuc", "Danh hiệu, hình thức khen thưởng", Need.OPTIONAL, "emulation_person_reward.kind",
					List.of(), Dossier.Reward::kind)
			.text("soQuyetDinh", "Số quyết định", Need.OPTIONAL, "emulation_person_reward.decision_number",
					Dossier.Reward::decisionNumber)
			.date("ngayQuyetDinh", "Ngày quyết định", Need.OPTIONAL, "emulation_person_reward.decision_date",
					Dossier.Reward::decisionDate)
			.text("capQuyetDinh", "Cơ quan quyết định", Need.OPTIONAL, "emulation_person_reward.authority",
					Dossier.Reward::authority);
		Fields<Dossier.Discipline> discipline = new Fields<Dossier.Discipline>()
			.code("heThong", "Kỷ luật Đảng / chính quyền", Need.OPTIONAL, "discipline_decision.system",
					List.of("STATE", "PARTY"), Dossier.Discipline::system)
			.code("hinhThuc", "Hình thức kỷ luật", Need.OPTIONAL, "discipline_decision.form", List.of(),
					Dossier.Discipline::form)
			.text("soQuyetDinh", "Số quyết định", Need.OPTIONAL, "discipline_decision.decision_number",
					Dossier.Discipline::decisionNumber)
			.text("coQuanQuyetDinh", "Cơ quan quyết định", Need.OPTIONAL, "discipline_decision.authority",
					Dossier.Discipline::authority)
			.date("ngayQuyetDinh", "Ngày quyết định", Need.OPTIONAL, "discipline_decision.decision_date",
					Dossier.Discipline::decisionDate)
			.date("ngayHieuLuc", "Ngày có hiệu lực", Need.OPTIONAL, "discipline_decision.effective_on",
					Dossier.Discipline::effectiveOn)
			.date("ngayHetHieuLuc", "Ngày hết hiệu lực", Need.OPTIONAL, "discipline_decision.lapses_on",
					Dossier.Discipline::lapsesOn);
		return new Fields<Dossier>()
			.code("maLoaiCanBo", "Cán bộ, công chức, viên chức, không chuyên trách, hợp đồng", Need.REQUIRED,
					PERSON + "employment.category (people.PersonnelCategory)", names(PersonnelCategory.values()),
					(d) -> name(d.details().employment().category()))
			.text("maDonVi", "Mã cơ quan, đơn vị đang công tác", Need.REQUIRED,
					"people: the agency of the record (org_unit.code)", "^[0-9A-Za-z._-]+$",
					(d) -> d.person().agencyCode())
			.text("tenDonVi", "Tên cơ quan, đơn vị", Need.OPTIONAL, "people: the agency's name (org_unit.name)",
					(d) -> d.person().agencyName())
			.code("maChucDanh", "Mã chức vụ, chức danh hiện nay", Need.OPTIONAL,
					"staffing: the primary post held today (title)", List.of(),
					(d) -> (d.currentPost() == null) ? null : d.currentPost().titleCode())
			.code("maViTriViecLam", "Mã vị trí việc làm hiện nay", Need.OPTIONAL,
					"staffing: the primary post held today (job position)", List.of(),
					(d) -> (d.currentPost() == null) ? null : d.currentPost().jobPositionCode())
			.text("chucVuHienTai", "Chức vụ hiện tại (như ghi trong hồ sơ)", Need.OPTIONAL,
					PERSON + "employment.position", (d) -> d.details().employment().position())
			.text("congViecChinh", "Công việc chính được giao", Need.OPTIONAL, PERSON + "employment.mainDuties",
					(d) -> d.details().employment().mainDuties())
			.bool("nguoiDiaPhuong", "Là người địa phương", Need.OPTIONAL, PERSON + "employment.local",
					(d) -> d.details().employment().local())
			.code("maNgach", "Mã ngạch, chức danh nghề nghiệp hiện hưởng", Need.REQUIRED,
					PERSON + "the latest salaryHistory entry's rankCode", List.of(),
					(d) -> (d.salary() == null) ? null : d.salary().rankCode())
			.text("tenNgach", "Tên ngạch", Need.OPTIONAL, PERSON + "the latest salaryHistory entry's rankName",
					(d) -> (d.salary() == null) ? null : d.salary().rankName())
			.integer("bacLuong", "Bậc lương hiện hưởng", Need.OPTIONAL, PERSON + "the latest salaryHistory entry",
					(d) -> (d.salary() == null) ? null : d.salary().step())
			.number("heSoLuong", "Hệ số lương hiện hưởng", Need.OPTIONAL, PERSON + "the latest salaryHistory entry",
					(d) -> (d.salary() == null) ? null : d.salary().coefficient())
			.date("ngayHuongLuong", "Ngày hưởng bậc hiện tại", Need.OPTIONAL, PERSON + "the latest salaryHistory entry",
					(d) -> (d.salary() == null) ? null : d.salary().effectiveOn())
			.notHeld("phanTramVuotKhung", FieldType.INTEGER, "Phần trăm phụ cấp thâm niên vượt khung",
					"not held: careers computes it at a date, the record does not store it")
			.list("quaTrinhLuong", "Quá trình lương", Need.OPTIONAL, PERSON + "salaryHistory (2C items 14, 31)",
					(d) -> d.details().salaryHistory(), step)
			.list("nangLuongTruocHanKeoDai", "Nâng lương trước hạn, kéo dài thời gian nâng lương", Need.OPTIONAL,
					"careers: view careers_salary_adjustment", Dossier::adjustments, adjustment)
			.list("danhGiaXepLoai", "Đánh giá, xếp loại chất lượng hằng năm", Need.OPTIONAL,
					"ratings: view ratings_decided_rating", Dossier::ratings, rating)
			.text("danhHieuCaoNhat", "Danh hiệu được phong tặng cao nhất", Need.OPTIONAL,
					PERSON + "recognition.honoraryTitle", (d) -> d.details().recognition().honoraryTitle())
			.text("khenThuongGhiChu", "Khen thưởng (như ghi trong hồ sơ 2C)", Need.OPTIONAL,
					PERSON + "recognition.awards", (d) -> d.details().recognition().awards())
			.list("khenThuong", "Thi đua, khen thưởng", Need.OPTIONAL, "emulation: view emulation_person_reward",
					Dossier::rewards, reward)
			.text("kyLuatGhiChu", "Kỷ luật (như ghi trong hồ sơ 2C)", Need.OPTIONAL, PERSON + "recognition.discipline",
					(d) -> d.details().recognition().discipline())
			.list("kyLuat", "Kỷ luật", Need.OPTIONAL, "discipline: view discipline_decision", Dossier::disciplines,
					discipline);
	}

	private static Fields<Dossier> organisations() {
		return new Fields<Dossier>()
			.date("ngayVaoDang", "Ngày vào Đảng Cộng sản Việt Nam", Need.OPTIONAL, PERSON + "memberships.partyJoinedOn",
					(d) -> d.details().memberships().partyJoinedOn())
			.date("ngayChinhThuc", "Ngày chính thức", Need.OPTIONAL, PERSON + "memberships.partyOfficialOn",
					(d) -> d.details().memberships().partyOfficialOn())
			.text("soTheDang", "Số thẻ đảng viên", Need.OPTIONAL, PERSON + "memberships.partyCardNumber",
					(d) -> d.details().memberships().partyCardNumber())
			.text("toChucChinhTriXaHoi", "Tham gia tổ chức chính trị - xã hội (ngày tham gia, chức vụ)", Need.OPTIONAL,
					PERSON + "memberships.massOrganisations (one text in CanBo)",
					(d) -> d.details().memberships().massOrganisations());
	}

	private static Fields<Dossier> armedForces() {
		return new Fields<Dossier>()
			.date("ngayNhapNgu", "Ngày nhập ngũ", Need.OPTIONAL, PERSON + "memberships.militaryEnlistedOn",
					(d) -> d.details().memberships().militaryEnlistedOn())
			.date("ngayXuatNgu", "Ngày xuất ngũ", Need.OPTIONAL, PERSON + "memberships.militaryDischargedOn",
					(d) -> d.details().memberships().militaryDischargedOn())
			.text("quanHamCaoNhat", "Quân hàm cao nhất", Need.OPTIONAL, PERSON + "memberships.militaryRank",
					(d) -> d.details().memberships().militaryRank())
			.text("hangThuongBinh", "Thương binh hạng", Need.OPTIONAL, PERSON + "health.warInvalidGrade",
					(d) -> d.details().health().warInvalidGrade())
			.text("giaDinhChinhSach", "Con gia đình chính sách", Need.OPTIONAL, PERSON + "health.policyFamily",
					(d) -> d.details().health().policyFamily());
	}

	private static Fields<Dossier> assets() {
		return new Fields<Dossier>()
			.notHeld("namKeKhai", FieldType.INTEGER, "Năm kê khai tài sản, thu nhập",
					"not held: asset declarations (NĐ 130/2020) are outside CanBo")
			.notHeld("loaiKeKhai", FieldType.CODE, "Loại kê khai (lần đầu, hằng năm, bổ sung, phục vụ công tác cán bộ)",
					"not held")
			.notHeld("banKeKhai", FieldType.TEXT, "Bản kê khai tài sản, thu nhập", "not held");
	}

	private static Fields<Dossier> health() {
		return new Fields<Dossier>()
			.text("tinhTrangSucKhoe", "Tình trạng sức khỏe", Need.OPTIONAL, PERSON + "health.status",
					(d) -> d.details().health().status())
			.integer("chieuCao", "Chiều cao (cm)", Need.OPTIONAL, PERSON + "health.heightCm",
					(d) -> d.details().health().heightCm())
			.integer("canNang", "Cân nặng (kg)", Need.OPTIONAL, PERSON + "health.weightKg",
					(d) -> d.details().health().weightKg())
			.text("nhomMau", "Nhóm máu", Need.OPTIONAL, PERSON + "health.bloodType",
					(d) -> d.details().health().bloodType());
	}

	/**
	 * Every field with its path, the key first, then group by group; list entries after
	 * their list.
	 */
	public static List<Located> located() {
		List<Located> all = new ArrayList<>();
		all.add(new Located(null, KEY.name(), KEY));
		GROUPS.forEach((group, fields) -> addLocated(all, group, group.key(), fields));
		return List.copyOf(all);
	}

	private static void addLocated(List<Located> all, DataGroup group, String prefix, List<DossierField> fields) {
		for (DossierField field : fields) {
			String path = prefix + "." + field.name();
			all.add(new Located(group, path, field));
			if (field.type() == FieldType.LIST) {
				addLocated(all, group, path + "[]", field.items());
			}
		}
	}

	private static List<String> names(Enum<?>[] values) {
		return Arrays.stream(values).map(Enum::name).toList();
	}

	private static @Nullable String name(@Nullable Enum<?> value) {
		return (value == null) ? null : value.name();
	}

	/**
	 * A field with where it sits in a dossier.
	 *
	 * @param group its group; null for the dossier's key
	 * @param path its path, e.g. {@code thongTinCoBan.hoTen} or
	 * {@code quanHeGiaDinh.thanNhan[].hoTen}
	 * @param field the field
	 */
	public record Located(@Nullable DataGroup group, String path, DossierField field) {
	}

}
