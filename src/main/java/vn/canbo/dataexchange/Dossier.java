package vn.canbo.dataexchange;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.canbo.people.ListedPerson;
import vn.canbo.people.PersonDetails;

/**
 * Everything CanBo holds about one person that goes into their electronic dossier (hồ sơ
 * điện tử): the personnel record, and the records other modules keep about them, read
 * from the views those modules publish.
 *
 * @param person the record as the people module hands it out (with the CCCD for the roles
 * that may export)
 * @param posts the posts held, primary and concurrent (staffing)
 * @param adjustments early raises and delays of the salary step (careers)
 * @param ratings the approved annual ratings (ratings)
 * @param disciplines the discipline decisions not cancelled (discipline)
 * @param rewards the decided individual rewards (emulation)
 * @param today the day of the export, which decides the current post
 */
public record Dossier(ListedPerson person, List<Post> posts, List<Adjustment> adjustments, List<Rating> ratings,
		List<Discipline> disciplines, List<Reward> rewards, LocalDate today) {

	public PersonDetails details() {
		return this.person.details();
	}

	public PersonDetails.Identity identity() {
		return this.person.details().identity();
	}

	/**
	 * The full birth date, when the record holds its day, month and year and they make a
	 * date.
	 */
	public @Nullable LocalDate birthDate() {
		PersonDetails.Identity identity = identity();
		if (identity.birthDay() == null || identity.birthMonth() == null || identity.birthYear() == null) {
			return null;
		}
		try {
			return LocalDate.of(identity.birthYear(), identity.birthMonth(), identity.birthDay());
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	/** The primary post held on the day of the export, if any. */
	public @Nullable Post currentPost() {
		return this.posts.stream()
			.filter((post) -> "PRIMARY".equals(post.kind()) && post.heldOn(this.today))
			.findFirst()
			.orElse(null);
	}

	/** The salary step in force: the latest of the record's salary history. */
	public PersonDetails.@Nullable SalaryStep salary() {
		return details().currentSalary();
	}

	/**
	 * A post held (staffing's {@code staffing_post_held}).
	 *
	 * @param kind PRIMARY or CONCURRENT
	 * @param selection ELECTED, APPOINTED, DESIGNATED or RECRUITED
	 * @param category the personnel category of the post
	 * @param unitCode the code of the unit
	 * @param titleCode the code of the title, for a title
	 * @param titleName its name
	 * @param jobPositionCode the code of the job position, for a job position
	 * @param jobPositionName its name
	 * @param validFrom first day
	 * @param validTo the day after the last, null while held
	 * @param termEnd end of the term of an elected title
	 * @param decisionNumber the decision's number
	 * @param decisionDate the decision's date
	 */
	public record Post(String kind, String selection, String category, String unitCode, @Nullable String titleCode,
			@Nullable String titleName, @Nullable String jobPositionCode, @Nullable String jobPositionName,
			LocalDate validFrom, @Nullable LocalDate validTo, @Nullable LocalDate termEnd,
			@Nullable String decisionNumber, @Nullable LocalDate decisionDate) {

		boolean heldOn(LocalDate day) {
			return !this.validFrom.isAfter(day) && (this.validTo == null || this.validTo.isAfter(day));
		}

		/** The last day held, null while held. */
		public @Nullable LocalDate lastDay() {
			return (this.validTo == null) ? null : this.validTo.minusDays(1);
		}

	}

	/**
	 * An early raise or a delay of the salary step (careers'
	 * {@code careers_salary_adjustment}).
	 *
	 * @param kind EARLY or DELAY
	 * @param months by how many months
	 * @param effectiveOn the step it counts toward starts by then
	 * @param decisionNumber the decision's number
	 * @param decisionDate the decision's date
	 */
	public record Adjustment(String kind, int months, LocalDate effectiveOn, @Nullable String decisionNumber,
			@Nullable LocalDate decisionDate) {
	}

	/**
	 * An approved annual rating (ratings' {@code ratings_decided_rating}).
	 *
	 * @param year the year rated
	 * @param level EXCELLENT, GOOD, COMPLETED or NOT_COMPLETED
	 */
	public record Rating(int year, String level) {
	}

	/**
	 * A discipline decision (discipline's {@code discipline_decision}).
	 *
	 * @param system STATE or PARTY
	 * @param form the form, e.g. REPRIMAND
	 * @param decisionNumber the decision's number
	 * @param authority who decided
	 * @param decisionDate the decision's date
	 * @param effectiveOn from when it applies
	 * @param lapsesOn when it ceases to have effect, null when never
	 */
	public record Discipline(String system, String form, String decisionNumber, String authority,
			LocalDate decisionDate, LocalDate effectiveOn, @Nullable LocalDate lapsesOn) {
	}

	/**
	 * A decided individual reward (emulation's {@code emulation_person_reward}).
	 *
	 * @param year the year rewarded
	 * @param kind the title or award, e.g. CHIEN_SI_THI_DUA_CO_SO
	 * @param decisionNumber the decision's number
	 * @param decisionDate the decision's date
	 * @param authority who decided
	 */
	public record Reward(int year, String kind, @Nullable String decisionNumber, @Nullable LocalDate decisionDate,
			@Nullable String authority) {
	}

}
