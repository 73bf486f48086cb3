package vn.canbo.people;

import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The political-theory qualification (trình độ lý luận chính trị): sơ cấp, trung cấp, cao
 * cấp, cử nhân.
 */
public enum PoliticalTheoryLevel {

	NONE(0), SO_CAP(1), TRUNG_CAP(2), CAO_CAP(3),
	/**
	 * A bachelor's degree in political theory; standards require "cao cấp hoặc cử nhân",
	 * so it ranks with cao cấp.
	 */
	CU_NHAN(3);

	private static final Map<String, PoliticalTheoryLevel> BY_LABEL = Labels.index(PoliticalTheoryLevel.class,
			"people.politicalTheoryLevel.", Map.of(NONE, new String[] { "Không", "Chưa đào tạo" }, CU_NHAN,
					new String[] { "Cử nhân chính trị" }, CAO_CAP, new String[] { "Cao cấp chính trị" }));

	private final int rank;

	PoliticalTheoryLevel(int rank) {
		this.rank = rank;
	}

	public boolean atLeast(PoliticalTheoryLevel other) {
		return this.rank >= other.rank;
	}

	public String messageKey() {
		return "people.politicalTheoryLevel." + name();
	}

	/**
	 * Parses the Vietnamese label with or without diacritics ("Trung cấp", "trung cap").
	 */
	public static Optional<PoliticalTheoryLevel> fromLabel(@Nullable String label) {
		return Labels.find(BY_LABEL, label);
	}

}
