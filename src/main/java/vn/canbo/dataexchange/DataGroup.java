package vn.canbo.dataexchange;

/**
 * The ten data groups (nhóm dữ liệu) of a dossier in the national database of cán bộ,
 * công chức and viên chức, NĐ 27/2026/NĐ-CP Điều 5, in the decree's order. The groups are
 * confirmed from the decree's text as reported; the fields inside them are not (the
 * decree's Appendix was not read), see {@link FieldStatus}.
 *
 * @param key the group's member name in the JSON dossier
 * @param title what the decree calls the group, in Vietnamese
 */
public enum DataGroup {

	BASIC("thongTinCoBan", "Thông tin cơ bản của cá nhân"),

	FAMILY("quanHeGiaDinh", "Quan hệ gia đình"),

	HISTORY("lichSuBanThan", "Lịch sử bản thân"),

	CAREER("tuyenDungBoNhiem",
			"Tuyển dụng, bầu cử, bổ nhiệm, quy hoạch, điều động, luân chuyển, biệt phái, thôi việc, nghỉ hưu"),

	EDUCATION("daoTaoBoiDuong", "Trình độ giáo dục, chuyên môn, đào tạo, bồi dưỡng"),

	WORK("congTacLuongDanhGia",
			"Cơ quan, đơn vị; vị trí việc làm; chức vụ, chức danh; lương, phụ cấp; đánh giá, xếp loại; thi đua, khen thưởng; kỷ luật"),

	ORGANISATIONS("thamGiaToChuc", "Tham gia tổ chức chính trị, chính trị - xã hội"),

	ARMED_FORCES("lucLuongVuTrang", "Tham gia lực lượng vũ trang"),

	ASSETS("taiSanThuNhap", "Tài sản, thu nhập"),

	HEALTH("sucKhoe", "Sức khỏe");

	private final String key;

	private final String title;

	DataGroup(String key, String title) {
		this.key = key;
		this.title = title;
	}

	public String key() {
		return this.key;
	}

	public String title() {
		return this.title;
	}

	/** The group's number in Điều 5, 1 to 10. */
	public int number() {
		return ordinal() + 1;
	}

}
