package vn.canbo.careers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import org.jspecify.annotations.Nullable;

import vn.canbo.people.Gender;
import vn.canbo.people.PersonnelCategory;
import vn.canbo.rules.Sex;

/** What the schedules read from a personnel record. */
record PersonFacts(long id, String fullName, @Nullable Integer birthDay, @Nullable Integer birthMonth, int birthYear,
		Gender gender, PersonnelCategory category, @Nullable String position, long agencyId, String agencyName,
		@Nullable String rankCode, @Nullable Integer step, @Nullable BigDecimal coefficient,
		@Nullable LocalDate since) {

	/** The birth month, January when only the year is known (NĐ 135/2020 Điều 3). */
	YearMonth birth() {
		return YearMonth.of(this.birthYear, (this.birthMonth == null) ? 1 : this.birthMonth);
	}

	Sex sex() {
		return (this.gender == Gender.MALE) ? Sex.MALE : Sex.FEMALE;
	}

	boolean hasSalary() {
		return this.rankCode != null && this.step != null && this.since != null;
	}

	/** The birth as recorded: dd/MM/yyyy, MM/yyyy or yyyy. */
	String birthText() {
		if (this.birthMonth == null) {
			return String.valueOf(this.birthYear);
		}
		String month = "%02d/%d".formatted(this.birthMonth, this.birthYear);
		return (this.birthDay == null) ? month : "%02d/%s".formatted(this.birthDay, month);
	}

}
