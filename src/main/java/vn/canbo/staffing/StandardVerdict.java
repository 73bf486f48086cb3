package vn.canbo.staffing;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Whether a person met the standard of the post they held on a date, and why: each
 * requirement with what it asks and what the record shows.
 *
 * @param personId the person
 * @param fullName the person's name
 * @param asOf the date judged
 * @param postName the title or job position held (the primary assignment); null when none
 * @param unitName where it was held
 * @param standard the version of the standard applied; null when the post declares none
 * @param checks every requirement the standard states, in order
 */
public record StandardVerdict(long personId, String fullName, LocalDate asOf, @Nullable String postName,
		@Nullable String unitName, @Nullable PostStandard standard, List<Check> checks) {

	/** Whether a standard applied and every requirement held. */
	public boolean meets() {
		return this.standard != null && this.checks.stream().allMatch(Check::met);
	}

	public List<Requirement> failing() {
		return this.checks.stream().filter((check) -> !check.met()).map(Check::requirement).toList();
	}

	/**
	 * One requirement judged.
	 *
	 * @param requirement which
	 * @param required what the standard asks, as a message argument (an enum name, a
	 * number or the accepted fields)
	 * @param actual what the record shows; null when it is empty
	 * @param met whether it holds
	 */
	public record Check(Requirement requirement, String required, @Nullable String actual, boolean met) {

	}

}
