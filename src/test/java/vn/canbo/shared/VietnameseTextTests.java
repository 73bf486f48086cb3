package vn.canbo.shared;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class VietnameseTextTests {

	@ParameterizedTest
	@CsvSource({ "hoà, hòa", "hoá, hóa", "hoả, hỏa", "hoã, hõa", "hoạ, họa", "khoè, khòe", "khoẻ, khỏe", "xoé, xóe",
			"loẽ, lõe", "hoẹ, họe", "thuỳ, thùy", "thuý, thúy", "huỷ, hủy", "tuỹ, tũy", "thuỵ, thụy", "HOÀ, HÒA",
			"Hoà, Hòa", "THUÝ, THÚY", "oà, òa" })
	void movesTheToneOfAFinalClusterToTheFirstVowel(String oldStyle, String newStyle) {
		assertThat(VietnameseText.normaliseTonePlacement(oldStyle)).isEqualTo(newStyle);
	}

	@ParameterizedTest
	@CsvSource({ "hoàng", "hoạch", "khuyết", "khuỳnh", "toán", "quà", "quả", "quý", "Quỳ", "hòa", "thúy", "hoa", "thuy",
			"ngoài", "ngoáy", "thuở", "huế" })
	void leavesOtherSyllablesAlone(String word) {
		assertThat(VietnameseText.normaliseTonePlacement(word)).isEqualTo(word);
	}

	@Test
	void normalisesEveryWordOfASentence() {
		assertThat(VietnameseText.normaliseTonePlacement("Xã Hoà Bình, phường Thuỵ Khuê; Hoàng Thị Thuý (hoà giải)"))
			.isEqualTo("Xã Hòa Bình, phường Thụy Khuê; Hoàng Thị Thúy (hòa giải)");
	}

	@Test
	void acceptsDecomposedInputAndReturnsComposedText() {
		String decomposed = Normalizer.normalize("Thuý Hoà", Normalizer.Form.NFD);
		assertThat(VietnameseText.normaliseTonePlacement(decomposed)).isEqualTo("Thúy Hòa")
			.isEqualTo(Normalizer.normalize("Thúy Hòa", Normalizer.Form.NFC));
	}

	@Test
	void searchKeysOfBothPlacementsAreEqual() {
		assertThat(VietnameseText.searchKey("Hoà Bình")).isEqualTo(VietnameseText.searchKey("hòa   bình"))
			.isEqualTo("hoa binh");
	}

	@Test
	void cleanComposesAndCollapsesWhitespace() {
		assertThat(VietnameseText.clean("  Nguye\u0302\u0303n \t Thi\u0323  ")).isEqualTo("Nguyễn Thị");
	}

}
