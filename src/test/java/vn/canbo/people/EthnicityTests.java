package vn.canbo.people;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EthnicityTests {

	@Test
	void listsTheFiftyFourGroupsWithUniqueCodesAndNames() {
		assertThat(Ethnicity.values()).hasSize(54);
		assertThat(Arrays.stream(Ethnicity.values()).map(Ethnicity::code)).doesNotHaveDuplicates()
			.allMatch((code) -> code.matches("\\d\\d"));
		assertThat(Arrays.stream(Ethnicity.values()).map(Ethnicity::officialName)).doesNotHaveDuplicates();
		assertThat(Arrays.stream(Ethnicity.values()).map(Ethnicity::code)).containsExactlyElementsOf(
				java.util.stream.IntStream.rangeClosed(1, 54).mapToObj((code) -> String.format("%02d", code)).toList());
	}

	@Test
	void usesTheCodesOfTheStatisticsOfficeList() {
		assertThat(Ethnicity.fromCode("01")).contains(Ethnicity.KINH);
		assertThat(Ethnicity.fromCode("04")).contains(Ethnicity.HOA);
		assertThat(Ethnicity.fromCode("05")).contains(Ethnicity.KHMER);
		assertThat(Ethnicity.fromCode("06")).contains(Ethnicity.MUONG);
		assertThat(Ethnicity.fromCode("08")).contains(Ethnicity.MONG);
		assertThat(Ethnicity.fromCode("10")).contains(Ethnicity.GIA_RAI);
		assertThat(Ethnicity.fromCode("53")).contains(Ethnicity.O_DU);
		assertThat(Ethnicity.fromCode("54")).contains(Ethnicity.RO_MAM);
		assertThat(Ethnicity.fromCode("3")).contains(Ethnicity.THAI);
		assertThat(Ethnicity.fromCode("55")).isEmpty();
		assertThat(Ethnicity.fromCode(null)).isEmpty();
	}

	@Test
	void findsGroupsByNameWithOrWithoutDiacritics() {
		assertThat(Ethnicity.fromName("Tày")).contains(Ethnicity.TAY);
		assertThat(Ethnicity.fromName("tay")).contains(Ethnicity.TAY);
		assertThat(Ethnicity.fromName("THÁI")).contains(Ethnicity.THAI);
		assertThat(Ethnicity.fromName("Ơ Đu")).contains(Ethnicity.O_DU);
		assertThat(Ethnicity.fromName("o du")).contains(Ethnicity.O_DU);
		assertThat(Ethnicity.fromName("Bru-Vân Kiều")).contains(Ethnicity.BRU_VAN_KIEU);
		assertThat(Ethnicity.fromName("Người Hà Lan")).isEmpty();
		assertThat(Ethnicity.fromName(null)).isEmpty();
	}

	@Test
	void findsGroupsByCommonAlternativeSpellings() {
		for (String mong : new String[] { "Mông", "H'Mông", "Hmông", "HMông", "H’mông", "hmong", "Mèo" }) {
			assertThat(Ethnicity.fromName(mong)).as(mong).contains(Ethnicity.MONG);
		}
		for (String khmer : new String[] { "Khơ-me", "Khmer", "Khơ me", "khome" }) {
			assertThat(Ethnicity.fromName(khmer)).as(khmer).contains(Ethnicity.KHMER);
		}
		assertThat(Ethnicity.fromName("Ê-đê")).contains(Ethnicity.E_DE);
		assertThat(Ethnicity.fromName("Ê Đê")).contains(Ethnicity.E_DE);
		assertThat(Ethnicity.fromName("Gia-rai")).contains(Ethnicity.GIA_RAI);
		assertThat(Ethnicity.fromName("Gia Rai")).contains(Ethnicity.GIA_RAI);
		assertThat(Ethnicity.fromName("Việt")).contains(Ethnicity.KINH);
		assertThat(Ethnicity.fromName("Cờ Lao")).contains(Ethnicity.CO_LAO);
		assertThat(Ethnicity.fromName("Co")).contains(Ethnicity.CO);
	}

	@Test
	void countsEveryGroupButKinhAsAMinority() {
		assertThat(Arrays.stream(Ethnicity.values()).filter(Ethnicity::isMinority)).hasSize(53)
			.doesNotContain(Ethnicity.KINH);
	}

	@Test
	void findsReligionsByName() {
		assertThat(Religion.fromLabel("Không")).contains(Religion.NONE);
		assertThat(Religion.fromLabel("Công giáo")).contains(Religion.CATHOLICISM);
		assertThat(Religion.fromLabel("thien chua giao")).contains(Religion.CATHOLICISM);
		assertThat(Religion.fromLabel("Phật giáo Hoà Hảo")).contains(Religion.HOA_HAO_BUDDHISM);
		assertThat(Religion.fromLabel("Phật giáo")).contains(Religion.BUDDHISM);
		assertThat(Religion.fromLabel("Tin Lành")).contains(Religion.PROTESTANTISM);
		assertThat(Religion.fromLabel("cao dai")).contains(Religion.CAO_DAI);
		assertThat(Religion.fromLabel("Khác")).contains(Religion.OTHER);
		assertThat(Religion.fromLabel("Thần đạo")).isEmpty();
	}

}
