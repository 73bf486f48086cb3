package vn.canbo.people;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CitizenIdTests {

	// Synthetic numbers: province, century-and-sex digit, birth year, then six made-up
	// digits.
	private static final String MAN_HANOI_1985 = "001085123456";

	private static final String WOMAN_DIEN_BIEN_2001 = "011301654321";

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	@Test
	void acceptsANumberMatchingTheRecord() {
		assertThat(CitizenId.check(MAN_HANOI_1985, Gender.MALE, 1985).passes()).isTrue();
		assertThat(CitizenId.check(WOMAN_DIEN_BIEN_2001, Gender.FEMALE, 2001).passes()).isTrue();
		assertThat(CitizenId.check("096 185 000 777", Gender.FEMALE, 1985).passes()).isTrue();
	}

	@Test
	void checksOnlyTheFormatWhenTheRecordHasNoSexOrBirthYear() {
		assertThat(CitizenId.check("079203000001", null, null).passes()).isTrue();
	}

	@Test
	void readsPlaceSexAndYearOfBirth() {
		CitizenId id = CitizenId.parse(WOMAN_DIEN_BIEN_2001);
		assertThat(id.provinceCode()).isEqualTo("11");
		assertThat(id.gender()).isEqualTo(Gender.FEMALE);
		assertThat(id.birthYear()).isEqualTo(2001);
		assertThat(CitizenId.parse("034099000123").birthYear()).isEqualTo(1999);
	}

	@Test
	void requiresExactlyTwelveDigits() {
		for (String wrong : new String[] { "", "00108512345", "0010851234567", "00108512345a", "001-085-123456" }) {
			assertThat(CitizenId.check(wrong, Gender.MALE, 1985).problems()).extracting(RuleViolation::messageKey)
				.as(wrong)
				.containsExactly("people.citizenId.digits");
		}
		assertThat(CitizenId.check(null, null, null).passes()).isFalse();
		assertThatIllegalArgumentException().isThrownBy(() -> CitizenId.parse("12345"));
	}

	@Test
	void requiresAProvinceCodeInTheFirstThreeDigits() {
		assertThat(CitizenId.check("003085123456", Gender.MALE, 1985).problems()).singleElement()
			.isEqualTo(RuleViolation.of("people.citizenId.province", "003"));
		assertThat(CitizenId.check("097085123456", null, null).passes()).isFalse();
		assertThat(CitizenId.check("101085123456", null, null).passes()).isFalse();
	}

	@Test
	void usesTheSixtyThreeOfficialProvinceCodes() throws IOException {
		try (InputStream in = getClass().getClassLoader().getResourceAsStream("orgunits/data/units-2025-03-01.csv")) {
			assertThat(in).as("units-2025-03-01.csv (tools/convert-vn-units.py)").isNotNull();
			Set<String> provinces = CSVFormat.DEFAULT.builder()
				.setHeader()
				.get()
				.parse(new InputStreamReader(in, StandardCharsets.UTF_8))
				.stream()
				.filter((row) -> row.get("level").equals("PROVINCE"))
				.map((row) -> row.get("code"))
				.collect(Collectors.toSet());
			assertThat(CitizenId.provinceCodes()).hasSize(63).isEqualTo(provinces);
		}
	}

	@Test
	void requiresTheFourthDigitToMatchTheRecordsSex() {
		assertThat(CitizenId.check("001185123456", Gender.MALE, null).problems()).extracting(RuleViolation::messageKey)
			.containsExactly("people.citizenId.gender");
	}

	@Test
	void requiresTheFourthDigitToMatchTheCenturyOfBirth() {
		assertThat(CitizenId.check("001285123456", null, 1985).problems()).extracting(RuleViolation::messageKey)
			.containsExactly("people.citizenId.century");
		assertThat(CitizenId.check("001885123456", null, 1885).problems()).extracting(RuleViolation::messageKey)
			.as("8 and 9 are the 24th century (2300–2399), not the 19th")
			.containsExactly("people.citizenId.century");
	}

	@Test
	void namesBothSexAndYearWhenTheRecordHasBoth() {
		CitizenIdCheck check = CitizenId.check("001385123456", Gender.MALE, 1985);
		assertThat(check.problems()).extracting(RuleViolation::messageKey)
			.containsExactly("people.citizenId.genderAndCentury");
		assertThat(messages().getMessage(check.problems().get(0), VIETNAMESE)).isEqualTo(
				"Số CCCD: chữ số thứ 4 (mã thế kỷ và giới tính) là 3, tức Nữ sinh năm 2000–2099, không khớp với giới tính Nam và năm sinh 1985 của hồ sơ.");
		assertThat(messages().getMessage(check.problems().get(0), Locale.ENGLISH)).isEqualTo(
				"Citizen ID: digit 4 (century and sex code) is 3, meaning Female born 2000–2099, which does not match the record's sex Male and birth year 1985.");
	}

	@Test
	void requiresDigitsFiveAndSixToBeTheBirthYear() {
		CitizenIdCheck check = CitizenId.check("001086123456", Gender.MALE, 1985);
		assertThat(check.problems()).containsExactly(RuleViolation.of("people.citizenId.birthYear", "86", "1985"));
		assertThat(messages().getMessage(check.problems().get(0), VIETNAMESE))
			.isEqualTo("Số CCCD: chữ số thứ 5–6 là 86, không khớp với hai số cuối của năm sinh 1985 của hồ sơ.");
	}

	@Test
	void reportsEveryBrokenRule() {
		assertThat(CitizenId.check("099186123456", Gender.MALE, 2005).problems()).extracting(RuleViolation::messageKey)
			.containsExactly("people.citizenId.province", "people.citizenId.genderAndCentury",
					"people.citizenId.birthYear");
	}

	@Test
	void encodesCenturyAndSexInTheFourthDigit() {
		assertThat(CitizenId.centuryGenderDigit(Gender.MALE, 1900)).isZero();
		assertThat(CitizenId.centuryGenderDigit(Gender.FEMALE, 1999)).isEqualTo(1);
		assertThat(CitizenId.centuryGenderDigit(Gender.MALE, 2000)).isEqualTo(2);
		assertThat(CitizenId.centuryGenderDigit(Gender.FEMALE, 2099)).isEqualTo(3);
		assertThat(CitizenId.centuryGenderDigit(Gender.FEMALE, 2150)).isEqualTo(5);
		assertThat(CitizenId.centuryGenderDigit(Gender.MALE, 2250)).isEqualTo(6);
		assertThat(CitizenId.centuryGenderDigit(Gender.FEMALE, 2399)).isEqualTo(9);
		assertThatIllegalArgumentException().isThrownBy(() -> CitizenId.centuryGenderDigit(Gender.MALE, 1899));
	}

	@Test
	void checksSocialInsuranceNumbersHaveTenDigits() {
		assertThat(SocialInsuranceNumber.check("0112345678")).isEmpty();
		assertThat(SocialInsuranceNumber.check("01 1234 5678")).isEmpty();
		assertThat(SocialInsuranceNumber.check("011234567")).extracting(RuleViolation::messageKey)
			.containsExactly("people.socialInsuranceNumber.digits");
		assertThat(SocialInsuranceNumber.parse("01 1234 5678").number()).isEqualTo("0112345678");
	}

	static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages/peoplerules");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
