package vn.canbo.careers;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import vn.canbo.people.Gender;
import vn.canbo.people.PersonnelCategory;
import vn.canbo.rules.Retirement;

/**
 * A person with their retirement date, the rule that set it, and the days by which they
 * should be notified and the decision issued.
 *
 * @param personId the record
 * @param fullName the name
 * @param gender the sex on the record
 * @param birth the birth as recorded (dd/MM/yyyy, MM/yyyy or yyyy)
 * @param category cán bộ, công chức, …
 * @param position the current post
 * @param agencyId the agency
 * @param agencyName its name
 * @param retirement the retirement date, age and rule
 * @param notifyBy the day by which the person is notified
 * @param decideBy the day by which the decision is issued
 */
public record RetiringPerson(long personId, String fullName, Gender gender, String birth, PersonnelCategory category,
		@Nullable String position, long agencyId, String agencyName, Retirement retirement, LocalDate notifyBy,
		LocalDate decideBy) {

}
