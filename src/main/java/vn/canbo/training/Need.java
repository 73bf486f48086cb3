package vn.canbo.training;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A training need (nhu cầu đào tạo, bồi dưỡng) of a person, computed on a day, with the
 * rule that creates it.
 *
 * @param code what it is, stable across days: {@code STANDARD_POLITICAL_THEORY},
 * {@code ANNUAL_PERIODS}, {@code LEADER_PROGRAMME} …
 * @param source where it comes from
 * @param kind the course kind that meets it ({@code null} for a degree)
 * @param reasonKey the message explaining it
 * @param reasonArgs its arguments (texts, numbers, dates, or message keys in
 * {@link #keyArgs})
 * @param keyArgs the indexes of {@link #reasonArgs} that are message keys
 * @param citation the legal basis
 * @param confirmed whether the rule was verified against its text
 * @param due by when, if the rule says
 */
public record Need(String code, NeedSource source, @Nullable CourseKind kind, String reasonKey, List<Object> reasonArgs,
		List<Integer> keyArgs, String citation, boolean confirmed, @Nullable LocalDate due) {

	/** Where a need comes from. */
	public enum NeedSource {

		/**
		 * A requirement of the standard of the post held that the record does not meet.
		 */
		STANDARD_GAP,
		/** A requirement of a title the person is planned for (planning module). */
		PLANNED_TITLE,
		/** The yearly minimum of development periods. */
		ANNUAL_DEVELOPMENT,
		/** The state-management programme of a newly appointed leader. */
		LEADER_PROGRAMME;

		public String messageKey() {
			return "training.source." + name();
		}

	}

}
