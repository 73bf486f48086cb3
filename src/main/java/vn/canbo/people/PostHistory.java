package vn.canbo.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The posts a person held as another module records them (quá trình công tác from the
 * assignments), for the résumé's work history (2C item 28): where such periods are known
 * they replace the free-text lines that overlap them.
 */
public interface PostHistory {

	/**
	 * The person's recorded posts, each as a period with its description, in any order.
	 */
	List<PersonDetails.WorkPeriod> periodsOf(long personId);

	/**
	 * The work history with the recorded periods in place of the free-text lines from the
	 * first recorded period on; the free-text lines before it stay.
	 */
	static List<PersonDetails.WorkPeriod> merge(List<PersonDetails.WorkPeriod> written,
			List<PersonDetails.WorkPeriod> recorded) {
		if (recorded.isEmpty()) {
			return written;
		}
		LocalDate firstRecorded = recorded.stream()
			.map(PersonDetails.WorkPeriod::from)
			.filter(Objects::nonNull)
			.min(Comparator.naturalOrder())
			.orElse(LocalDate.MAX);
		List<PersonDetails.WorkPeriod> merged = new ArrayList<>();
		for (PersonDetails.WorkPeriod period : written) {
			if (period.from() != null && period.from().isBefore(firstRecorded)) {
				merged.add((period.to() == null || !period.to().isBefore(firstRecorded))
						? new PersonDetails.WorkPeriod(period.from(), firstRecorded.minusDays(1), period.description())
						: period);
			}
		}
		merged.addAll(recorded);
		return merged;
	}

}
