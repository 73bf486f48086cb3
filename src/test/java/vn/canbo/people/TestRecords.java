package vn.canbo.people;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import vn.canbo.security.TestAccounts;

/** Synthetic records filled in on every item of the 2C résumé. */
public final class TestRecords {

	private TestRecords() {
	}

	/**
	 * A woman born 05/03/1985 with every item of the form filled in: training, work,
	 * salary steps, Party dates, relatives on both sides, health and personal history.
	 */
	public static PersonDetails fullRecord(String fullName, long agencyId) {
		PersonDetails.Identity identity = new PersonDetails.Identity(fullName, "Hằng Nga", 5, 3, 1985, Gender.FEMALE,
				null, "Xã Thanh Xương, huyện Điện Biên, tỉnh Điện Biên", null,
				"Xã Hoằng Hoá, huyện Hoằng Hoá, tỉnh Thanh Hoá", "Tổ 5, phường Mường Thanh, tỉnh Điện Biên",
				"Số 12 đường Võ Nguyên Giáp, phường Mường Thanh", "0912345678", null, Ethnicity.KINH, Religion.NONE,
				TestPeople.citizenId(Gender.FEMALE, 1985), LocalDate.of(2021, 4, 10),
				"Cục Cảnh sát quản lý hành chính về trật tự xã hội", "1234567890", "Công nhân viên chức");
		PersonDetails.Employment employment = new PersonDetails.Employment(
				"2C-" + TestAccounts.uniqueName("").replaceAll("[^A-Za-z0-9]", "").toUpperCase(),
				PersonnelCategory.CIVIL_SERVANT, agencyId, "Trưởng phòng Tổ chức cán bộ",
				"Tham mưu công tác tổ chức bộ máy, biên chế", true, "Giáo viên tiểu học", LocalDate.of(2008, 9, 1),
				"Ủy ban nhân dân huyện Điện Biên", LocalDate.of(2015, 1, 1));
		return PersonDetails.of(identity, employment)
			.withQualifications(new PersonDetails.Qualifications(EducationLevel.UPPER_SECONDARY,
					ProfessionalLevel.THAC_SI, "Quản lý công", null, PoliticalTheoryLevel.CAO_CAP,
					StateManagementLevel.CHUYEN_VIEN_CHINH, "Tiếng Anh B1", "Ứng dụng công nghệ thông tin cơ bản"))
			.withMemberships(new PersonDetails.Memberships(LocalDate.of(2009, 5, 19), LocalDate.of(2010, 5, 19),
					"12.345678", "Đoàn TNCS Hồ Chí Minh 26/03/2000; Công đoàn Việt Nam 01/09/2008", null, null, null))
			.withRecognition(new PersonDetails.Recognition("Chiến sĩ thi đua cơ sở", "Tổ chức cán bộ",
					"Bằng khen của Chủ tịch UBND tỉnh, 2022", "Khiển trách, 2019"))
			.withHealth(new PersonDetails.Health("Tốt", 158, 52, "O", null, "Con thương binh"))
			.withPersonalHistory(new PersonDetails.PersonalHistory("Không", "Không làm việc trong chế độ cũ", "Không",
					"Em gái Hoàng Thị Thuỷ ở Nhật Bản, kỹ sư"))
			.withHistories(
					List.of(new PersonDetails.Training(PersonDetails.TrainingKind.PROFESSIONAL,
							"Trường Đại học Sư phạm Hà Nội", "Giáo dục tiểu học", LocalDate.of(2003, 9, 1),
							LocalDate.of(2007, 6, 30), "Chính quy", "Cử nhân"),
							new PersonDetails.Training(PersonDetails.TrainingKind.PROFESSIONAL,
									"Học viện Hành chính Quốc gia", "Quản lý công", LocalDate.of(2016, 9, 1),
									LocalDate.of(2018, 6, 30), "Vừa làm vừa học", "Thạc sĩ"),
							new PersonDetails.Training(PersonDetails.TrainingKind.POLITICAL_THEORY,
									"Học viện Chính trị quốc gia Hồ Chí Minh", "Lý luận chính trị",
									LocalDate.of(2020, 3, 1), LocalDate.of(2021, 12, 31), "Tập trung", "Cao cấp")),
					List.of(new PersonDetails.WorkPeriod(LocalDate.of(2008, 9, 1), LocalDate.of(2014, 12, 31),
							"Giáo viên Trường Tiểu học Thanh Xương, huyện Điện Biên"),
							new PersonDetails.WorkPeriod(LocalDate.of(2015, 1, 1), null,
									"Chuyên viên, rồi Trưởng phòng Tổ chức cán bộ, Sở Nội vụ tỉnh Điện Biên")),
					List.of(salary(2008, "15.114", 1, "2.10"), salary(2011, "15.114", 2, "2.41"),
							salary(2015, "01.003", 3, "3.00"), salary(2018, "01.003", 4, "3.33"),
							salary(2021, "01.002", 1, "4.40"), salary(2024, "01.002", 2, "4.74")),
					List.of(new PersonDetails.Relative(PersonDetails.FamilySide.OWN, "Bố", "Đặng Văn Đức", 1955,
							"Quê Thanh Hoá; hưu trí; ở phường Mường Thanh"),
							new PersonDetails.Relative(PersonDetails.FamilySide.OWN, "Mẹ", "Lê Thị Lựu", 1958,
									"Quê Thanh Hoá; nông nghiệp"),
							new PersonDetails.Relative(PersonDetails.FamilySide.OWN, "Em gái", "Hoàng Thị Thuỷ", 1990,
									"Kỹ sư, ở Nhật Bản"),
							new PersonDetails.Relative(PersonDetails.FamilySide.SPOUSE, "Bố chồng", "Phạm Quốc Việt",
									1952, "Quê Nam Định; hưu trí")));
	}

	private static PersonDetails.SalaryStep salary(int year, String rank, int step, String coefficient) {
		return new PersonDetails.SalaryStep(LocalDate.of(year, 9, 1), rank,
				rank.equals("01.002") ? "Chuyên viên chính" : rank.equals("01.003") ? "Chuyên viên" : "Giáo viên", step,
				new BigDecimal(coefficient), rank.equals("01.002") ? new BigDecimal("0.30") : null,
				rank.equals("01.002") ? "Phụ cấp công vụ 25%" : null);
	}

}
