package vn.canbo.appointments;

import java.time.LocalDate;

/**
 * A post whose term ends within the notice period: due for reappointment, or for
 * extension to retirement when retirement is nearer than the rule's months.
 *
 * @param personId the holder
 * @param personName their name
 * @param unitId the unit
 * @param unitName its name
 * @param titleCode the title
 * @param titleName its name
 * @param validFrom when the post started
 * @param termEnd when its term ends
 * @param daysLeft days from the date to the term's end (negative when past)
 * @param retirementDate the holder's retirement date
 * @param monthsToRetirement whole months from the term's end to retirement
 * @param action reappointment, reappointment to retirement, or extension
 */
public record DuePost(long personId, String personName, long unitId, String unitName, String titleCode,
		String titleName, LocalDate validFrom, LocalDate termEnd, long daysLeft, LocalDate retirementDate,
		long monthsToRetirement, DueAction action) {

	/** What the due post calls for. */
	public enum DueAction {

		REAPPOINT, REAPPOINT_TO_RETIREMENT, EXTEND;

		public String messageKey() {
			return "appointments.due." + name();
		}

	}

}
