package vn.canbo.people;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PersonNameTests {

	private final VietnameseNameOrder order = new VietnameseNameOrder();

	@Test
	void splitsFamilyMiddleAndGivenName() {
		PersonName name = PersonName.parse("  Nguyễn   Thị  Hằng ");
		assertThat(name).isEqualTo(new PersonName("Nguyễn", "Thị", "Hằng"));
		assertThat(name.fullName()).isEqualTo("Nguyễn Thị Hằng");
	}

	@Test
	void keepsSeveralMiddleNamesTogether() {
		PersonName name = PersonName.parse("Tôn Nữ Thị Ninh");
		assertThat(name.familyName()).isEqualTo("Tôn");
		assertThat(name.middleNames()).isEqualTo("Nữ Thị");
		assertThat(name.givenName()).isEqualTo("Ninh");
	}

	@Test
	void acceptsTwoWordAndOneWordNames() {
		assertThat(PersonName.parse("Giàng Dính")).isEqualTo(new PersonName("Giàng", "", "Dính"));
		assertThat(PersonName.parse("Hằng")).isEqualTo(new PersonName("", "", "Hằng"));
		assertThat(PersonName.parse("Hằng").fullName()).isEqualTo("Hằng");
	}

	@Test
	void storesNamesInComposedForm() {
		String decomposed = Normalizer.normalize("Nguyễn Thị Hằng", Normalizer.Form.NFD);
		assertThat(PersonName.parse(decomposed).fullName()).isEqualTo("Nguyễn Thị Hằng").isNotEqualTo(decomposed);
	}

	@Test
	void rejectsBlankNames() {
		assertThatIllegalArgumentException().isThrownBy(() -> PersonName.parse("   "));
	}

	@Test
	void sortsByGivenNameBeforeFamilyName() {
		assertThat(sorted("Trần Văn Bình", "Nguyễn Văn An", "Lê Thị Cúc", "Anh Văn Dũng"))
			.containsExactly("Nguyễn Văn An", "Trần Văn Bình", "Lê Thị Cúc", "Anh Văn Dũng");
	}

	@Test
	void sortsByMiddleNamesThenFamilyNameWhenGivenNamesAreEqual() {
		assertThat(sorted("Nguyễn Văn Hùng", "Lê Văn Hùng", "Nguyễn Mạnh Hùng", "Phạm Hùng"))
			.containsExactly("Phạm Hùng", "Nguyễn Mạnh Hùng", "Lê Văn Hùng", "Nguyễn Văn Hùng");
	}

	@Test
	void putsDBeforeDStrokeWhateverFollows() {
		assertThat(sorted("Lê Văn Đào", "Lê Văn Dũng", "Lê Văn Đa", "Lê Văn Duy")).containsExactly("Lê Văn Dũng",
				"Lê Văn Duy", "Lê Văn Đa", "Lê Văn Đào");
	}

	@Test
	void ordersTonesLevelHuyenHoiNgaSacNang() {
		assertThat(sorted("Lê Thị Hạ", "Lê Thị Há", "Lê Thị Hà", "Lê Thị Hã", "Lê Thị Ha", "Lê Thị Hả"))
			.containsExactly("Lê Thị Ha", "Lê Thị Hà", "Lê Thị Hả", "Lê Thị Hã", "Lê Thị Há", "Lê Thị Hạ");
		assertThat(sorted("Vũ Ngọc Ánh", "Vũ Ngọc Anh", "Vũ Ngọc Ảnh")).containsExactly("Vũ Ngọc Anh", "Vũ Ngọc Ảnh",
				"Vũ Ngọc Ánh");
	}

	@Test
	void ordersLettersWithMarksAfterTheirBaseLetter() {
		assertThat(sorted("Lê Ơn", "Lê Ôn", "Lê On", "Lê Ưng", "Lê Ung", "Lê Ân", "Lê Ăn", "Lê An", "Lê Ên", "Lê En"))
			.containsExactly("Lê An", "Lê Ăn", "Lê Ân", "Lê En", "Lê Ên", "Lê On", "Lê Ôn", "Lê Ơn", "Lê Ung",
					"Lê Ưng");
	}

	@Test
	void aToneInTheGivenNameOutranksTheMiddleName() {
		assertThat(sorted("Trần Thị Ánh", "Trần Văn Anh")).containsExactly("Trần Văn Anh", "Trần Thị Ánh");
	}

	@Test
	void sortKeysSortAsPlainStringsLikeTheComparator() {
		Random random = new Random(7);
		List<PersonName> names = new ArrayList<>();
		List<String> families = List.of("Nguyễn", "Trần", "Lê", "Đặng", "Đỗ", "Dương", "Ngô", "Vũ", "Võ", "");
		List<String> middles = List.of("Văn", "Thị", "Ngọc", "Đức", "Thị Thu", "", "Hữu", "Văn Minh");
		List<String> bases = List.of("a", "anh", "an", "ha", "hang", "dung", "đao", "đa", "o", "on", "ơn", "ôn", "u",
				"ưng", "ung", "e", "ê", "y", "linh", "hoa");
		String[] tones = { "", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323" };
		for (int i = 0; i < 400; i++) {
			String base = bases.get(random.nextInt(bases.size()));
			int vowel = firstVowel(base);
			String given = base.substring(0, vowel + 1) + tones[random.nextInt(tones.length)]
					+ base.substring(vowel + 1);
			given = Character.toUpperCase(given.charAt(0)) + given.substring(1);
			names.add(new PersonName(families.get(random.nextInt(families.size())),
					middles.get(random.nextInt(middles.size())), given));
		}
		List<PersonName> byComparator = names.stream().sorted(this.order).toList();
		List<PersonName> byKey = names.stream().sorted((left, right) -> {
			String leftKey = this.order.sortKey(left);
			String rightKey = this.order.sortKey(right);
			return leftKey.compareTo(rightKey);
		}).toList();
		assertThat(byKey).isEqualTo(byComparator);
		assertThat(this.order.sortKey(names.get(0))).matches("[0-9a-f]+");
	}

	@Test
	void equalNamesHaveEqualKeys() {
		assertThat(this.order.sortKey(PersonName.parse("Lê Văn Đào")))
			.isEqualTo(this.order.sortKey(PersonName.parse(Normalizer.normalize("Lê Văn Đào", Normalizer.Form.NFD))));
	}

	private List<String> sorted(String... fullNames) {
		return List.of(fullNames).stream().sorted(this.order.fullNames()).toList();
	}

	private static int firstVowel(String base) {
		for (int i = 0; i < base.length(); i++) {
			if ("aăâeêioôơuưy".indexOf(base.charAt(i)) >= 0) {
				return i;
			}
		}
		return 0;
	}

}
