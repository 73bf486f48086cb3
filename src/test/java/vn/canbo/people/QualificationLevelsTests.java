package vn.canbo.people;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class QualificationLevelsTests {

	@Test
	void readsProfessionalLevelsWithOrWithoutDiacritics() {
		assertThat(ProfessionalLevel.fromLabel("Đại học")).contains(ProfessionalLevel.DAI_HOC);
		assertThat(ProfessionalLevel.fromLabel("dai hoc")).contains(ProfessionalLevel.DAI_HOC);
		assertThat(ProfessionalLevel.fromLabel("ĐẠI HỌC")).contains(ProfessionalLevel.DAI_HOC);
		assertThat(ProfessionalLevel.fromLabel("Cử nhân")).contains(ProfessionalLevel.DAI_HOC);
		assertThat(ProfessionalLevel.fromLabel("Thạc sỹ")).contains(ProfessionalLevel.THAC_SI);
		assertThat(ProfessionalLevel.fromLabel("tien si")).contains(ProfessionalLevel.TIEN_SI);
		assertThat(ProfessionalLevel.fromLabel("Trung cấp")).contains(ProfessionalLevel.TRUNG_CAP);
		assertThat(ProfessionalLevel.fromLabel("cao dang")).contains(ProfessionalLevel.CAO_DANG);
		assertThat(ProfessionalLevel.fromLabel("Sơ cấp")).contains(ProfessionalLevel.SO_CAP);
		assertThat(ProfessionalLevel.fromLabel("Chưa qua đào tạo")).contains(ProfessionalLevel.NONE);
		assertThat(ProfessionalLevel.fromLabel("Giáo sư")).isEmpty();
		assertThat(ProfessionalLevel.fromLabel(null)).isEmpty();
	}

	@Test
	void ordersProfessionalLevels() {
		assertThat(ProfessionalLevel.THAC_SI.atLeast(ProfessionalLevel.DAI_HOC)).isTrue();
		assertThat(ProfessionalLevel.DAI_HOC.atLeast(ProfessionalLevel.DAI_HOC)).isTrue();
		assertThat(ProfessionalLevel.CAO_DANG.atLeast(ProfessionalLevel.DAI_HOC)).isFalse();
		assertThat(ProfessionalLevel.TRUNG_CAP.atLeast(ProfessionalLevel.SO_CAP)).isTrue();
		assertThat(ProfessionalLevel.NONE.atLeast(ProfessionalLevel.SO_CAP)).isFalse();
	}

	@Test
	void countsABachelorInPoliticalTheoryAsAdvanced() {
		assertThat(PoliticalTheoryLevel.CU_NHAN.atLeast(PoliticalTheoryLevel.CAO_CAP)).isTrue();
		assertThat(PoliticalTheoryLevel.CAO_CAP.atLeast(PoliticalTheoryLevel.CU_NHAN)).isTrue();
		assertThat(PoliticalTheoryLevel.TRUNG_CAP.atLeast(PoliticalTheoryLevel.CAO_CAP)).isFalse();
		assertThat(PoliticalTheoryLevel.TRUNG_CAP.atLeast(PoliticalTheoryLevel.SO_CAP)).isTrue();
	}

	@Test
	void readsPoliticalTheoryLevels() {
		assertThat(PoliticalTheoryLevel.fromLabel("Cao cấp")).contains(PoliticalTheoryLevel.CAO_CAP);
		assertThat(PoliticalTheoryLevel.fromLabel("trung cap")).contains(PoliticalTheoryLevel.TRUNG_CAP);
		assertThat(PoliticalTheoryLevel.fromLabel("Cử nhân chính trị")).contains(PoliticalTheoryLevel.CU_NHAN);
		assertThat(PoliticalTheoryLevel.fromLabel("so cap")).contains(PoliticalTheoryLevel.SO_CAP);
	}

	@Test
	void readsAndOrdersStateManagementLevels() {
		assertThat(StateManagementLevel.fromLabel("Chuyên viên chính"))
			.contains(StateManagementLevel.CHUYEN_VIEN_CHINH);
		assertThat(StateManagementLevel.fromLabel("chuyen vien cao cap"))
			.contains(StateManagementLevel.CHUYEN_VIEN_CAO_CAP);
		assertThat(StateManagementLevel.fromLabel("Chuyên viên")).contains(StateManagementLevel.CHUYEN_VIEN);
		assertThat(StateManagementLevel.CHUYEN_VIEN_CAO_CAP.atLeast(StateManagementLevel.CHUYEN_VIEN_CHINH)).isTrue();
		assertThat(StateManagementLevel.CHUYEN_VIEN.atLeast(StateManagementLevel.CHUYEN_VIEN_CHINH)).isFalse();
	}

	@Test
	void readsPersonnelCategories() {
		assertThat(PersonnelCategory.fromLabel("Cán bộ")).contains(PersonnelCategory.CADRE);
		assertThat(PersonnelCategory.fromLabel("cong chuc")).contains(PersonnelCategory.CIVIL_SERVANT);
		assertThat(PersonnelCategory.fromLabel("Viên chức")).contains(PersonnelCategory.PUBLIC_EMPLOYEE);
		assertThat(PersonnelCategory.fromLabel("Người hoạt động không chuyên trách"))
			.contains(PersonnelCategory.PART_TIME);
		assertThat(PersonnelCategory.fromLabel("Hợp đồng lao động")).contains(PersonnelCategory.CONTRACT);
	}

	@Test
	void readsGender() {
		assertThat(Gender.fromLabel("Nam")).contains(Gender.MALE);
		assertThat(Gender.fromLabel("nu")).contains(Gender.FEMALE);
		assertThat(Gender.fromLabel("Nữ")).contains(Gender.FEMALE);
		assertThat(Gender.fromLabel("X")).isEmpty();
	}

	@Test
	void readsGeneralEducationAsGradeOutOfSystem() {
		assertThat(EducationLevel.fromLabel("12/12")).contains(new EducationLevel(12, 12));
		assertThat(EducationLevel.fromLabel("lớp 9 / 12")).contains(new EducationLevel(9, 12));
		assertThat(EducationLevel.fromLabel("10/10 (bổ túc)")).contains(new EducationLevel(10, 10));
		assertThat(EducationLevel.fromLabel("Tốt nghiệp THPT")).contains(EducationLevel.UPPER_SECONDARY);
		assertThat(EducationLevel.fromLabel("tot nghiep trung hoc co so")).contains(EducationLevel.LOWER_SECONDARY);
		assertThat(EducationLevel.fromLabel("13/12")).isEmpty();
		assertThat(EducationLevel.fromLabel("9/11")).isEmpty();
		assertThat(EducationLevel.fromLabel("")).isEmpty();
		assertThatIllegalArgumentException().isThrownBy(() -> new EducationLevel(11, 10));
	}

	@Test
	void countsTheTenYearSystemStageByStage() {
		assertThat(new EducationLevel(10, 10).completedUpperSecondary()).isTrue();
		assertThat(new EducationLevel(10, 10).atLeast(EducationLevel.UPPER_SECONDARY)).isTrue();
		assertThat(new EducationLevel(7, 10).atLeast(EducationLevel.LOWER_SECONDARY)).isTrue();
		assertThat(new EducationLevel(7, 10).atLeast(new EducationLevel(10, 12))).isFalse();
		assertThat(new EducationLevel(9, 12).completedUpperSecondary()).isFalse();
		assertThat(new EducationLevel(12, 12).label()).isEqualTo("12/12");
	}

	@Test
	void hasALabelForEveryLevelInBothLanguages() {
		var messages = CitizenIdTests.messages();
		for (Locale locale : new Locale[] { Locale.forLanguageTag("vi"), Locale.ENGLISH }) {
			for (ProfessionalLevel level : ProfessionalLevel.values()) {
				assertThat(messages.getMessage(level.messageKey(), null, locale)).isNotBlank();
			}
			for (PoliticalTheoryLevel level : PoliticalTheoryLevel.values()) {
				assertThat(messages.getMessage(level.messageKey(), null, locale)).isNotBlank();
			}
			for (StateManagementLevel level : StateManagementLevel.values()) {
				assertThat(messages.getMessage(level.messageKey(), null, locale)).isNotBlank();
			}
			for (PersonnelCategory category : PersonnelCategory.values()) {
				assertThat(messages.getMessage(category.messageKey(), null, locale)).isNotBlank();
			}
			for (Religion religion : Religion.values()) {
				assertThat(messages.getMessage(religion.messageKey(), null, locale)).isNotBlank();
			}
		}
		assertThat(messages.getMessage(ProfessionalLevel.THAC_SI.messageKey(), null, Locale.forLanguageTag("vi")))
			.isEqualTo("Thạc sĩ");
	}

}
