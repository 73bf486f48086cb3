package vn.canbo.people;

import java.util.Comparator;
import java.util.HexFormat;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;

/**
 * The Vietnamese order of names in lists (thứ tự a, b, c theo tên): by given name, then
 * middle names, then family name, each compared with the Unicode collation for
 * Vietnamese, so that a &lt; ă &lt; â, d &lt; đ, e &lt; ê, o &lt; ô &lt; ơ, u &lt; ư and
 * the tones follow the base letters (none, huyền, hỏi, ngã, sắc, nặng).
 */
public final class VietnameseNameOrder implements Comparator<PersonName> {

	private static final HexFormat HEX = HexFormat.of();

	private final Collator collator;

	public VietnameseNameOrder() {
		// A frozen collator is immutable and safe to share between threads.
		this.collator = Collator.getInstance(new ULocale("vi")).freeze();
	}

	@Override
	public int compare(PersonName left, PersonName right) {
		int byGiven = this.collator.compare(left.givenName(), right.givenName());
		if (byGiven != 0) {
			return byGiven;
		}
		int byMiddle = this.collator.compare(left.middleNames(), right.middleNames());
		if (byMiddle != 0) {
			return byMiddle;
		}
		return this.collator.compare(left.familyName(), right.familyName());
	}

	/** The same order for full names such as "Nguyễn Thị Hằng". */
	public Comparator<String> fullNames() {
		return Comparator.comparing(PersonName::parse, this);
	}

	/**
	 * A key that sorts, as plain bytes or under PostgreSQL's {@code COLLATE "C"}, exactly
	 * like {@link #compare}: the ICU sort keys of the given, middle and family names, in
	 * lower-case hex. Each ICU key ends in its only zero byte, so the concatenation
	 * decides on the first part that differs, tone marks included, as the comparator
	 * does. One key of the joined name would not: it compares all letters before any
	 * tone, so "Ánh Thị" would come before "Anh Văn".
	 */
	public String sortKey(PersonName name) {
		StringBuilder key = new StringBuilder(96);
		for (String part : new String[] { name.givenName(), name.middleNames(), name.familyName() }) {
			key.append(HEX.formatHex(this.collator.getCollationKey(part).toByteArray()));
		}
		return key.toString();
	}

}
