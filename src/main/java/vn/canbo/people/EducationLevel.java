package vn.canbo.people;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import vn.canbo.shared.VietnameseText;

/**
 * General education (trình độ giáo dục phổ thông) as the résumé writes it: the grade
 * completed out of the system's grades, "12/12" in today's 12-year system or "10/10" in
 * the northern 10-year system that people born before about 1975 went through.
 *
 * @param grade the last grade completed, 1 to {@code system}
 * @param system 12, or 10 for the 10-year system
 */
public record EducationLevel(int grade, int system) implements Comparable<EducationLevel> {

	public static final EducationLevel UPPER_SECONDARY = new EducationLevel(12, 12);

	public static final EducationLevel LOWER_SECONDARY = new EducationLevel(9, 12);

	/**
	 * The 10-year system had 4 + 3 + 3 grades against 5 + 4 + 3: the end of each stage
	 * counts as the end of the same stage in the 12-year system.
	 */
	private static final int[] TEN_TO_TWELVE = { 0, 1, 2, 3, 5, 6, 8, 9, 10, 11, 12 };

	private static final Pattern FRACTION = Pattern.compile("(\\d{1,2})\\s*/\\s*(\\d{1,2})");

	public EducationLevel {
		if (system != 10 && system != 12) {
			throw new IllegalArgumentException("General education system must be 10 or 12 years: " + system);
		}
		if (grade < 1 || grade > system) {
			throw new IllegalArgumentException("Grade " + grade + " outside 1.." + system);
		}
	}

	/** The grade in today's 12-year system that this one corresponds to. */
	public int equivalentTwelveYearGrade() {
		return this.system == 12 ? this.grade : TEN_TO_TWELVE[this.grade];
	}

	/** Completed upper secondary school (12/12 or 10/10), the usual standard. */
	public boolean completedUpperSecondary() {
		return equivalentTwelveYearGrade() == 12;
	}

	public boolean atLeast(EducationLevel other) {
		return compareTo(other) >= 0;
	}

	@Override
	public int compareTo(EducationLevel other) {
		return Integer.compare(equivalentTwelveYearGrade(), other.equivalentTwelveYearGrade());
	}

	/** "12/12". */
	public String label() {
		return this.grade + "/" + this.system;
	}

	/** Message key whose arguments are {@link #messageArguments()}. */
	public String messageKey() {
		return "people.educationLevel";
	}

	public List<Object> messageArguments() {
		return List.of(String.valueOf(this.grade), String.valueOf(this.system));
	}

	/**
	 * Parses "12/12", "lớp 9/12", "10/10 (bổ túc)", or the words "tốt nghiệp THPT" and
	 * "tốt nghiệp THCS" found in imported lists.
	 */
	public static Optional<EducationLevel> fromLabel(@Nullable String label) {
		String key = VietnameseText.searchKey(label);
		Matcher fraction = FRACTION.matcher(key);
		if (fraction.find()) {
			int grade = Integer.parseInt(fraction.group(1));
			int system = Integer.parseInt(fraction.group(2));
			if ((system == 10 || system == 12) && grade >= 1 && grade <= system) {
				return Optional.of(new EducationLevel(grade, system));
			}
			return Optional.empty();
		}
		String compact = Labels.matchKey(label);
		if (compact.contains("thpt") || compact.contains("trunghocphothong")) {
			return Optional.of(UPPER_SECONDARY);
		}
		if (compact.contains("thcs") || compact.contains("trunghoccoso")) {
			return Optional.of(LOWER_SECONDARY);
		}
		return Optional.empty();
	}

}
