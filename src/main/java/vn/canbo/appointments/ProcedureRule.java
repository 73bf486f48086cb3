package vn.canbo.appointments;

import java.util.ArrayList;
import java.util.List;

import vn.canbo.rules.RuleVersion;

/**
 * The thresholds of the appointment procedure (NĐ 170 Art. 33(2), 36–41) from a version
 * of {@code APPOINTMENT_PROCEDURE}: a conference is valid with at least the quorum of
 * those summoned present, and every share is of those summoned, compared in whole numbers
 * (12 of 21 is above 50 %: 1200 &gt; 1050).
 *
 * @param quorumNumerator the quorum's numerator (2)
 * @param quorumDenominator its denominator (3)
 * @param chosenAbovePercent chosen above this share (50)
 * @param goOnMinPercent goes on from this share (30)
 * @param version the rule version
 */
public record ProcedureRule(long quorumNumerator, long quorumDenominator, long chosenAbovePercent, long goOnMinPercent,
		RuleVersion version) {

	public static ProcedureRule of(RuleVersion version) {
		return new ProcedureRule(version.parameter("appointmentQuorumNumerator"),
				version.parameter("appointmentQuorumDenominator"), version.parameter("appointmentChosenAbovePercent"),
				version.parameter("appointmentGoOnMinPercent"), version);
	}

	/** Whether enough of those summoned are present (21 summoned: 14 needed). */
	public boolean quorate(int summoned, int present) {
		return present * this.quorumDenominator >= this.quorumNumerator * summoned;
	}

	/** The fewest present for a valid conference: ⌈2/3 × summoned⌉. */
	public long quorum(int summoned) {
		return (this.quorumNumerator * summoned + this.quorumDenominator - 1) / this.quorumDenominator;
	}

	/**
	 * The verdict of each candidate's votes at a step of a case of the kind, in the order
	 * given.
	 */
	public List<Verdict> judge(AppointmentKind kind, int step, int summoned, List<Integer> votes) {
		List<Verdict> verdicts = new ArrayList<>();
		int highest = votes.stream().mapToInt(Integer::intValue).max().orElse(0);
		boolean reappointment = kind == AppointmentKind.REAPPOINTMENT || kind == AppointmentKind.EXTENSION;
		boolean chosenGiven = false;
		for (int count : votes) {
			long share = count * 100L;
			long above = this.chosenAbovePercent * summoned;
			Verdict verdict;
			if (step == 1) {
				verdict = Verdict.LISTED;
			}
			else if (step == 4) {
				verdict = Verdict.OPINION;
			}
			else if (share > above && count == highest && !chosenGiven) {
				verdict = Verdict.CHOSEN;
				chosenGiven = true;
			}
			else if (share > above) {
				verdict = Verdict.NOT_CHOSEN;
			}
			else if (reappointment || step == 5) {
				verdict = (share == above) ? Verdict.HEAD_DECIDES
						: reappointment ? Verdict.REPORT_UP : Verdict.NOT_CHOSEN;
			}
			else if (share >= this.goOnMinPercent * summoned) {
				verdict = Verdict.GOES_ON;
			}
			else {
				verdict = Verdict.NOT_CHOSEN;
			}
			verdicts.add(verdict);
		}
		if (verdicts.contains(Verdict.CHOSEN)) {
			// one is chosen: nobody else goes on
			verdicts.replaceAll((verdict) -> (verdict == Verdict.GOES_ON) ? Verdict.NOT_CHOSEN : verdict);
		}
		return verdicts;
	}

}
