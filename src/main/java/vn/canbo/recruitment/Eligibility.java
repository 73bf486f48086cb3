package vn.canbo.recruitment;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.canbo.people.ProfessionalLevel;
import vn.canbo.shared.VietnameseText;

/**
 * Whether a candidate may apply for a vacancy (điều kiện đăng ký dự tuyển, Luật CBCC 2025
 * Art. 19; NĐ 170 Art. 4), each condition missed with its reason: one nationality,
 * Vietnamese; residing in Viet Nam; the lowest age on the day; no exclusion declared; the
 * degree level and field the job position requires (any mode of training).
 */
public final class Eligibility {

	private Eligibility() {
	}

	/**
	 * A condition missed.
	 *
	 * @param messageKey the message naming it
	 * @param arguments its arguments
	 * @param citation the rule
	 */
	public record Reason(String messageKey, List<Object> arguments, String citation) {

		public Reason {
			arguments = List.copyOf(arguments);
		}

	}

	/**
	 * The facts of a candidate the conditions read.
	 *
	 * @param birthDate date of birth
	 * @param vietnameseOnly one nationality, Vietnamese
	 * @param residesInVietnam residing in Viet Nam
	 * @param meetsOtherConditions no exclusion declared (civil capacity, prosecution,
	 * sentence, rehab; political and moral qualities; health)
	 * @param level the highest professional qualification
	 * @param field its field
	 */
	public record Facts(LocalDate birthDate, boolean vietnameseOnly, boolean residesInVietnam,
			boolean meetsOtherConditions, @Nullable ProfessionalLevel level, @Nullable String field) {
	}

	/** The conditions missed on the day; empty when eligible. */
	public static List<Reason> check(Facts facts, @Nullable ProfessionalLevel minLevel, @Nullable String fields,
			int minAge, LocalDate day) {
		String law = "Luật Cán bộ, công chức 2025, Điều 19 khoản 1";
		List<Reason> reasons = new ArrayList<>();
		if (!facts.vietnameseOnly()) {
			reasons.add(new Reason("recruitment.eligibility.nationality", List.of(), law + " điểm a"));
		}
		if (!facts.residesInVietnam()) {
			reasons.add(new Reason("recruitment.eligibility.residence", List.of(), law + " điểm b"));
		}
		int age = Period.between(facts.birthDate(), day).getYears();
		if (age < minAge) {
			reasons.add(new Reason("recruitment.eligibility.age", List.of(age, minAge, day), law + " điểm c"));
		}
		if (!facts.meetsOtherConditions()) {
			reasons.add(new Reason("recruitment.eligibility.other", List.of(),
					"Luật Cán bộ, công chức 2025, Điều 19 khoản 1 điểm d, đ và khoản 2"));
		}
		String positionRule = "Luật Cán bộ, công chức 2025, Điều 19 khoản 1 điểm e; Nghị định 170/2025/NĐ-CP, Điều 4";
		if (minLevel != null && (facts.level() == null || !facts.level().atLeast(minLevel))) {
			reasons.add(new Reason("recruitment.eligibility.level",
					List.of(levelKey(facts.level()), levelKey(minLevel)), positionRule));
		}
		List<String> accepted = fields(fields);
		if (!accepted.isEmpty() && !fieldMatches(facts.field(), accepted)) {
			reasons.add(new Reason("recruitment.eligibility.field",
					List.of((facts.field() == null) ? "—" : facts.field(), String.join(", ", accepted)), positionRule));
		}
		return List.copyOf(reasons);
	}

	/** The accepted fields of "Kế toán;Tài chính". */
	static List<String> fields(@Nullable String fields) {
		if (fields == null || fields.isBlank()) {
			return List.of();
		}
		return Arrays.stream(fields.split(";")).map(String::strip).filter((field) -> !field.isEmpty()).toList();
	}

	/** Whether the field starts with one of the accepted ones, marks and case aside. */
	static boolean fieldMatches(@Nullable String field, List<String> accepted) {
		if (field == null || field.isBlank()) {
			return false;
		}
		String key = VietnameseText.searchKey(field);
		return accepted.stream().anyMatch((one) -> key.startsWith(VietnameseText.searchKey(one)));
	}

	private static Object levelKey(@Nullable ProfessionalLevel level) {
		return new org.springframework.context.support.DefaultMessageSourceResolvable(
				(level == null) ? ProfessionalLevel.NONE.messageKey() : level.messageKey());
	}

}
