package vn.canbo.recruitment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Who wins a vacancy (NĐ 170 Art. 9, 10, 12): round 1 at half the questions, the
 * professional score (70 % written + 30 % interview where both, rounded), the pass score
 * and the half of each part, the rank by score plus priority within the seats, and the
 * tie-breaks at the last seat: the professional score without priority, then (written +
 * interview) the written score, then the head of the authority. Winners who declined and
 * cancelled results leave their seat to the next in line.
 */
public final class Ranking {

	static final String LAW = "Luật Cán bộ, công chức 2025, Điều 19; Nghị định 170/2025/NĐ-CP, Điều 4";

	static final String DECREE = "Nghị định 170/2025/NĐ-CP, ";

	private Ranking() {
	}

	/**
	 * The conduct of a vacancy's exam.
	 *
	 * @param method thi tuyển or xét tuyển
	 * @param form the form of round 2
	 * @param roundOne whether round 1 (computer test) is held
	 * @param questions the round-1 questions
	 * @param seats the places to fill
	 */
	public record Conduct(Method method, ExamForm form, boolean roundOne, int questions, int seats) {
	}

	/**
	 * A candidate's entries.
	 *
	 * @param id the candidate
	 * @param eligible whether eligible to apply
	 * @param roundOneCorrect correct round-1 answers
	 * @param written the written score
	 * @param interview the interview score
	 * @param oral the oral (vấn đáp) score
	 * @param priority the priority points
	 * @param answer the answer after publication
	 */
	public record Entry(long id, boolean eligible, @Nullable Integer roundOneCorrect, @Nullable BigDecimal written,
			@Nullable BigDecimal interview, @Nullable BigDecimal oral, BigDecimal priority, @Nullable Answer answer) {
	}

	/** The verdict of every entry, in the order given. */
	public static List<Verdict> rank(Conduct conduct, List<Entry> entries, ExamRule rule) {
		Map<Long, Verdict> verdicts = new HashMap<>();
		List<Scored> passed = new ArrayList<>();
		String winRule = conduct.method() == Method.SELECTION ? DECREE + "Điều 12 khoản 1" : DECREE + "Điều 10 khoản 1";
		for (Entry entry : entries) {
			if (!entry.eligible()) {
				verdicts.put(entry.id(), new Verdict(entry.id(), Outcome.INELIGIBLE, null, null, entry.priority(), null,
						"recruitment.reason.ineligible", List.of(), LAW));
				continue;
			}
			Verdict early = early(conduct, entry, rule, winRule);
			if (early != null) {
				verdicts.put(entry.id(), early);
				continue;
			}
			BigDecimal professional = professional(conduct, entry, rule);
			BigDecimal total = professional.add(entry.priority());
			if (entry.answer() == Answer.DECLINED || entry.answer() == Answer.CANCELLED) {
				Outcome outcome = entry.answer() == Answer.DECLINED ? Outcome.DECLINED : Outcome.CANCELLED;
				verdicts.put(entry.id(),
						new Verdict(entry.id(), outcome, null, professional, entry.priority(), total,
								(outcome == Outcome.DECLINED) ? "recruitment.reason.declined"
										: "recruitment.reason.cancelled",
								List.of(), DECREE + "Điều 18 khoản 2, Điều 19 khoản 4"));
				continue;
			}
			passed.add(new Scored(entry, professional, total));
		}
		Comparator<Scored> order = Comparator.comparing(Scored::total)
			.thenComparing(Scored::professional)
			.thenComparing((scored) -> writtenKey(conduct, scored))
			.reversed();
		passed.sort(order);
		int seats = conduct.seats();
		boolean tieAtLastSeat = passed.size() > seats && order.compare(passed.get(seats - 1), passed.get(seats)) == 0;
		int rank = 0;
		for (int i = 0; i < passed.size(); i++) {
			Scored scored = passed.get(i);
			if (i == 0 || order.compare(passed.get(i - 1), scored) != 0) {
				rank = i + 1;
			}
			Outcome outcome;
			if (tieAtLastSeat && order.compare(scored, passed.get(seats - 1)) == 0) {
				outcome = Outcome.TIE_HEAD_DECIDES;
			}
			else {
				outcome = (i < seats) ? Outcome.WINNER : Outcome.RESERVE;
			}
			Verdict verdict;
			if (outcome == Outcome.TIE_HEAD_DECIDES) {
				verdict = verdict(scored, outcome, rank, "recruitment.reason.tieHead",
						List.of(scored.total(), scored.professional()), tieRule(conduct, 3));
			}
			else if (passed.size() <= seats) {
				verdict = verdict(scored, outcome, rank, "recruitment.reason.withinSeats", List.of(rank, seats),
						winRule);
			}
			else {
				// explained against the other side of the last seat
				Scored other = (i < seats) ? passed.get(seats) : passed.get(seats - 1);
				verdict = explain(conduct, scored, other, outcome, rank, winRule);
			}
			verdicts.put(scored.entry().id(), verdict);
		}
		return entries.stream().map((entry) -> Objects.requireNonNull(verdicts.get(entry.id()))).toList();
	}

	/** A verdict before any ranking: pending scores, round 1 or a bar missed. */
	private static @Nullable Verdict early(Conduct conduct, Entry entry, ExamRule rule, String winRule) {
		if (conduct.method() == Method.EXAM && conduct.roundOne()) {
			if (entry.roundOneCorrect() == null) {
				return pending(entry, "recruitment.reason.roundOnePending");
			}
			if (!rule.passesRoundOne(entry.roundOneCorrect(), conduct.questions())) {
				return new Verdict(entry.id(), Outcome.FAILED_ROUND_ONE, null, null, entry.priority(), null,
						"recruitment.reason.roundOneFailed",
						List.of(entry.roundOneCorrect(), conduct.questions(), rule.roundOnePassPercent()),
						DECREE + "Điều 9 khoản 2 điểm a; Điều 16 khoản 3");
			}
		}
		switch (conduct.form()) {
			case WRITTEN -> {
				if (entry.written() == null) {
					return pending(entry, "recruitment.reason.scorePending");
				}
			}
			case WRITTEN_INTERVIEW -> {
				if (entry.written() == null || entry.interview() == null) {
					return pending(entry, "recruitment.reason.scorePending");
				}
				BigDecimal professional = rule.combine(entry.written(), entry.interview());
				BigDecimal total = professional.add(entry.priority());
				if (entry.written().compareTo(rule.partMinimum()) < 0) {
					return new Verdict(entry.id(), Outcome.FAILED, null, professional, entry.priority(), total,
							"recruitment.reason.writtenBelow", List.of(entry.written(), rule.partMinPercent()),
							DECREE + "Điều 10 khoản 1 điểm a");
				}
				if (entry.interview().compareTo(rule.partMinimum()) < 0) {
					return new Verdict(entry.id(), Outcome.FAILED, null, professional, entry.priority(), total,
							"recruitment.reason.interviewBelow", List.of(entry.interview(), rule.partMinPercent()),
							DECREE + "Điều 10 khoản 1 điểm a");
				}
			}
			case ORAL -> {
				if (entry.oral() == null) {
					return pending(entry, "recruitment.reason.scorePending");
				}
			}
		}
		BigDecimal professional = professional(conduct, entry, rule);
		if (professional.compareTo(BigDecimal.valueOf(rule.passScore())) < 0) {
			return new Verdict(entry.id(), Outcome.FAILED, null, professional, entry.priority(),
					professional.add(entry.priority()), "recruitment.reason.belowPass",
					List.of(professional, rule.passScore()), winRule);
		}
		return null;
	}

	private static Verdict pending(Entry entry, String key) {
		return new Verdict(entry.id(), Outcome.PENDING, null, null, entry.priority(), null, key, List.of(),
				DECREE + "Điều 9");
	}

	static BigDecimal professional(Conduct conduct, Entry entry, ExamRule rule) {
		return switch (conduct.form()) {
			case WRITTEN -> Objects.requireNonNull(entry.written());
			case WRITTEN_INTERVIEW ->
				rule.combine(Objects.requireNonNull(entry.written()), Objects.requireNonNull(entry.interview()));
			case ORAL -> Objects.requireNonNull(entry.oral());
		};
	}

	private static BigDecimal writtenKey(Conduct conduct, Scored scored) {
		return (conduct.form() == ExamForm.WRITTEN_INTERVIEW) ? Objects.requireNonNull(scored.entry().written())
				: BigDecimal.ZERO;
	}

	/** Which rule separates the candidate from the one across the last seat. */
	private static Verdict explain(Conduct conduct, Scored scored, Scored other, Outcome outcome, int rank,
			String winRule) {
		boolean won = outcome == Outcome.WINNER;
		if (scored.total().compareTo(other.total()) != 0) {
			return verdict(scored, outcome, rank, won ? "recruitment.reason.winsOnTotal" : "recruitment.reason.reserve",
					List.of(scored.total(), other.total(), conduct.seats()), winRule + " điểm b");
		}
		if (scored.professional().compareTo(other.professional()) != 0) {
			return verdict(scored, outcome, rank,
					won ? "recruitment.reason.winsOnProfessional" : "recruitment.reason.losesOnProfessional",
					List.of(scored.professional(), other.professional()), tieRule(conduct, 1));
		}
		return verdict(scored, outcome, rank,
				won ? "recruitment.reason.winsOnWritten" : "recruitment.reason.losesOnWritten",
				List.of(Objects.requireNonNull(scored.entry().written()),
						Objects.requireNonNull(other.entry().written())),
				tieRule(conduct, 2));
	}

	/** The tie-break rule of the step (1, 2, or 3 for the head's decision). */
	private static String tieRule(Conduct conduct, int step) {
		if (conduct.method() == Method.SELECTION) {
			return DECREE + "Điều 12 khoản 2";
		}
		return DECREE + "Điều 10 khoản 2 điểm " + switch (step) {
			case 1 -> "a";
			case 2 -> "b";
			default -> "c";
		};
	}

	private static Verdict verdict(Scored scored, Outcome outcome, int rank, String key, List<Object> arguments,
			String citation) {
		return new Verdict(scored.entry().id(), outcome, rank, scored.professional(), scored.entry().priority(),
				scored.total(), key, arguments, citation);
	}

	private record Scored(Entry entry, BigDecimal professional, BigDecimal total) {
	}

}
