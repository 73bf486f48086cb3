package vn.canbo.recruitment;

import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.canbo.documents.CellProblem;
import vn.canbo.documents.ImportRow;
import vn.canbo.documents.UploadedSheet;
import vn.canbo.documents.UploadedSheets;
import vn.canbo.documents.XlsxExport;
import vn.canbo.documents.XlsxRows;
import vn.canbo.people.Ethnicity;
import vn.canbo.people.Gender;
import vn.canbo.people.ProfessionalLevel;
import vn.canbo.security.CurrentUsers;
import vn.canbo.shared.FieldProblem;
import vn.canbo.shared.InvalidInputException;
import vn.canbo.shared.VietnameseText;

/**
 * Candidates (and their scores) imported from an Excel sheet into an open plan, with the
 * quality of the personnel import: a dry run that writes nothing, every problem reported
 * with its row and column in the reader's language, good rows imported while bad ones are
 * reported, and the same file again changing nothing (a candidate is keyed by citizen ID
 * within the plan). Audited row by row.
 */
@Service
public class CandidateImports {

	/** The template's columns, by field. */
	static final Map<String, String> COLUMNS = new LinkedHashMap<>();

	static {
		COLUMNS.put("jobPositionCode", "Mã vị trí việc làm");
		COLUMNS.put("citizenId", "Số CCCD");
		COLUMNS.put("fullName", "Họ và tên");
		COLUMNS.put("birthDate", "Ngày sinh");
		COLUMNS.put("gender", "Giới tính");
		COLUMNS.put("ethnicity", "Dân tộc");
		COLUMNS.put("professionalLevel", "Trình độ chuyên môn");
		COLUMNS.put("professionalField", "Ngành đào tạo");
		COLUMNS.put("priorities", "Đối tượng ưu tiên");
		COLUMNS.put("insuredMonths", "Số tháng đóng BHXH phù hợp");
		COLUMNS.put("phone", "Điện thoại");
		COLUMNS.put("roundOneCorrect", "Vòng 1: số câu đúng");
		COLUMNS.put("written", "Điểm thi viết");
		COLUMNS.put("interview", "Điểm phỏng vấn");
		COLUMNS.put("oral", "Điểm vấn đáp");
	}

	private final Recruitment recruitment;

	private final RecruitmentStore store;

	private final UploadedSheets uploads;

	private final CurrentUsers currentUsers;

	private final MessageSource messages;

	private final TransactionTemplate transactions;

	private final Clock clock;

	CandidateImports(Recruitment recruitment, RecruitmentStore store, UploadedSheets uploads, CurrentUsers currentUsers,
			MessageSource messages, PlatformTransactionManager transactions, Clock clock) {
		this.recruitment = recruitment;
		this.store = store;
		this.uploads = uploads;
		this.currentUsers = currentUsers;
		this.messages = messages;
		this.transactions = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/** The empty template with its header row and one example row. */
	public void template(OutputStream out) {
		try (XlsxExport export = XlsxExport.to(out)) {
			export.sheet("Thí sinh", COLUMNS.values().stream().map(XlsxExport.Column::of).toList());
			export.row("KE_TOAN", "011098001234", "Lò Thị An", "15/04/1998", "Nữ", "Thái", "Đại học", "Kế toán",
					"MILITARY_SERVICE", 0, "0912345678", null, null, null, null);
		}
	}

	/**
	 * Imports the sheet into the plan (or only checks it when dry); the plan must be
	 * open.
	 */
	public ImportSummary run(long planId, InputStream in, boolean dryRun, Locale locale) {
		this.recruitment.requireEditor();
		PlanView plan = this.recruitment.requireOpen(planId);
		Map<String, VacancyView> vacancies = Recruitment.byCode(this.store.vacancies(planId));
		Map<String, CandidateView> stored = this.store.candidatesByCitizenId(planId);
		List<ImportSummary.Problem> problems = new ArrayList<>();
		int[] counts = new int[4];
		Set<String> seen = new HashSet<>();
		String user = this.currentUsers.current().username();
		try (UploadedSheet sheet = this.uploads.accept(in, user); XlsxRows rows = XlsxRows.open(sheet)) {
			List<CellProblem> missing = rows.missingColumns(COLUMNS.get("jobPositionCode"), COLUMNS.get("citizenId"),
					COLUMNS.get("fullName"), COLUMNS.get("birthDate"), COLUMNS.get("gender"));
			if (!missing.isEmpty()) {
				missing.forEach((problem) -> problems.add(message(problem, locale)));
				return new ImportSummary(dryRun, 0, 0, 0, 0, problems);
			}
			Set<String> headers = new HashSet<>(rows.headers());
			rows.rows().forEach((row) -> {
				List<ImportSummary.Problem> rowProblems = new ArrayList<>();
				Parsed parsed = parse(row, headers, rowProblems, locale);
				Recruitment.Checked checked = null;
				if (rowProblems.isEmpty()) {
					try {
						checked = this.recruitment.check(parsed.input(), vacancies, "");
					}
					catch (InvalidInputException ex) {
						ex.problems().forEach((problem) -> rowProblems.add(message(row.rowNumber(), problem, locale)));
					}
				}
				if (checked != null) {
					List<FieldProblem> scoreProblems = Recruitment.scoreProblems(parsed.scores(), checked.vacancy(),
							"");
					scoreProblems.forEach((problem) -> rowProblems.add(message(row.rowNumber(), problem, locale)));
					if (!seen.add(checked.values().citizenId())) {
						rowProblems.add(new ImportSummary.Problem(row.rowNumber(), COLUMNS.get("citizenId"),
								text("recruitment.import.repeated", locale, checked.values().citizenId())));
					}
				}
				if (!rowProblems.isEmpty() || checked == null) {
					counts[3]++;
					problems.addAll(rowProblems);
					return;
				}
				CandidateView before = stored.get(checked.values().citizenId());
				boolean sameScores = before != null && sameScores(before, parsed);
				if (before != null && checked.values().sameAs(before, checked.vacancy().id()) && sameScores) {
					counts[2]++;
					return;
				}
				counts[(before == null) ? 0 : 1]++;
				if (!dryRun) {
					write(plan, before, checked, parsed, user);
				}
			});
		}
		return new ImportSummary(dryRun, counts[0], counts[1], counts[2], counts[3], problems);
	}

	private void write(PlanView plan, @Nullable CandidateView before, Recruitment.Checked checked, Parsed parsed,
			String user) {
		this.transactions.executeWithoutResult((status) -> {
			long id;
			if (before == null) {
				id = this.store.insertCandidate(plan.id(), checked.vacancy().id(), checked.values(), user,
						this.clock.instant());
			}
			else {
				id = before.id();
				this.store.updateCandidate(id, before.version(), checked.vacancy().id(), checked.values(), user,
						this.clock.instant());
			}
			if (parsed.hasScores()) {
				CandidateView now = this.store.candidate(id).orElseThrow();
				ScoreInput scores = merge(now, parsed);
				this.store.updateScores(id, now.version(), scores, user, this.clock.instant());
			}
			this.recruitment.audit(Recruitment.CANDIDATE_AUDIT, id, before, this.store.candidate(id).orElseThrow(),
					plan);
		});
	}

	/** The scores in the file, blank cells keeping what is stored. */
	private static ScoreInput merge(CandidateView stored, Parsed parsed) {
		ScoreInput file = parsed.scores();
		return new ScoreInput((file.roundOneCorrect() != null) ? file.roundOneCorrect() : stored.roundOneCorrect(),
				(file.written() != null) ? file.written() : stored.written(),
				(file.interview() != null) ? file.interview() : stored.interview(),
				(file.oral() != null) ? file.oral() : stored.oral());
	}

	private static boolean sameScores(CandidateView stored, Parsed parsed) {
		if (!parsed.hasScores()) {
			return true;
		}
		ScoreInput merged = merge(stored, parsed);
		return java.util.Objects.equals(merged.roundOneCorrect(), stored.roundOneCorrect())
				&& same(merged.written(), stored.written()) && same(merged.interview(), stored.interview())
				&& same(merged.oral(), stored.oral());
	}

	private static boolean same(@Nullable BigDecimal a, @Nullable BigDecimal b) {
		return (a == null) ? b == null : b != null && a.compareTo(b) == 0;
	}

	private Parsed parse(ImportRow row, Set<String> headers, List<ImportSummary.Problem> problems, Locale locale) {
		String code = text(row, "jobPositionCode", headers);
		String citizenId = text(row, "citizenId", headers);
		String name = text(row, "fullName", headers);
		var birth = row.date(COLUMNS.get("birthDate"));
		Gender gender = parsed(row, "gender", headers, Gender::fromLabel, problems, locale);
		Ethnicity ethnicity = parsed(row, "ethnicity", headers,
				(value) -> Ethnicity.fromName(value).or(() -> Ethnicity.fromCode(value)), problems, locale);
		ProfessionalLevel level = parsed(row, "professionalLevel", headers, ProfessionalLevel::fromLabel, problems,
				locale);
		String field = text(row, "professionalField", headers);
		List<PriorityCategory> priorities = new ArrayList<>();
		String claimed = text(row, "priorities", headers);
		if (claimed != null) {
			for (String part : claimed.split("[;,]")) {
				Optional<PriorityCategory> category = priority(part);
				if (category.isPresent()) {
					priorities.add(category.get());
				}
				else if (!part.isBlank()) {
					problems.add(new ImportSummary.Problem(row.rowNumber(), COLUMNS.get("priorities"),
							text("recruitment.import.unknown", locale, part.strip())));
				}
			}
		}
		Integer insured = whole(row, "insuredMonths", headers, problems, locale);
		String phone = text(row, "phone", headers);
		Integer roundOne = whole(row, "roundOneCorrect", headers, problems, locale);
		BigDecimal written = number(row, "written", headers);
		BigDecimal interview = number(row, "interview", headers);
		BigDecimal oral = number(row, "oral", headers);
		row.problems().forEach((problem) -> problems.add(message(problem, locale)));
		return new Parsed(new CandidateInput(code, citizenId, name, birth.orElse(null), gender, ethnicity, true, true,
				true, level, field, priorities, insured, phone), new ScoreInput(roundOne, written, interview, oral));
	}

	/** A category by its code or the start of its Vietnamese label. */
	static Optional<PriorityCategory> priority(String text) {
		String key = VietnameseText.searchKey(text);
		if (key.isEmpty()) {
			return Optional.empty();
		}
		for (PriorityCategory category : PriorityCategory.values()) {
			if (category.name().equalsIgnoreCase(text.strip())) {
				return Optional.of(category);
			}
		}
		return switch (key) {
			case "dan toc thieu so", "nguoi dan toc thieu so" -> Optional.of(PriorityCategory.ETHNIC_MINORITY);
			case "thuong binh", "anh hung" -> Optional.of(PriorityCategory.HERO_OR_WAR_INVALID);
			case "nghia vu quan su", "da hoan thanh nghia vu quan su", "nghia vu cong an" ->
				Optional.of(PriorityCategory.MILITARY_SERVICE);
			case "con liet si", "con thuong binh" -> Optional.of(PriorityCategory.CHILD_OF_POLICY_FAMILY);
			case "thanh nien xung phong" -> Optional.of(PriorityCategory.YOUTH_VOLUNTEER);
			case "can bo cong doan" -> Optional.of(PriorityCategory.TRADE_UNION_OFFICER);
			default -> Optional.empty();
		};
	}

	private static @Nullable String text(ImportRow row, String field, Set<String> headers) {
		String header = COLUMNS.get(field);
		return headers.contains(header) ? row.text(header).orElse(null) : null;
	}

	private static @Nullable BigDecimal number(ImportRow row, String field, Set<String> headers) {
		String header = COLUMNS.get(field);
		return headers.contains(header) ? row.number(header).orElse(null) : null;
	}

	private @Nullable Integer whole(ImportRow row, String field, Set<String> headers,
			List<ImportSummary.Problem> problems, Locale locale) {
		BigDecimal value = number(row, field, headers);
		if (value == null) {
			return null;
		}
		try {
			return value.intValueExact();
		}
		catch (ArithmeticException ex) {
			problems.add(new ImportSummary.Problem(row.rowNumber(), COLUMNS.get(field),
					text("recruitment.import.whole", locale, value.toPlainString())));
			return null;
		}
	}

	private <T> @Nullable T parsed(ImportRow row, String field, Set<String> headers,
			java.util.function.Function<String, Optional<T>> parser, List<ImportSummary.Problem> problems,
			Locale locale) {
		String value = text(row, field, headers);
		if (value == null) {
			return null;
		}
		Optional<T> parsed = parser.apply(value);
		if (parsed.isEmpty()) {
			problems.add(new ImportSummary.Problem(row.rowNumber(), COLUMNS.get(field),
					text("recruitment.import.unknown", locale, value)));
		}
		return parsed.orElse(null);
	}

	private ImportSummary.Problem message(CellProblem problem, Locale locale) {
		return new ImportSummary.Problem(problem.rowNumber(), problem.column(), this.messages
			.getMessage(problem.messageKey(), problem.messageArguments(), problem.messageKey(), locale));
	}

	private ImportSummary.Problem message(int row, FieldProblem problem, Locale locale) {
		return new ImportSummary.Problem(row, COLUMNS.getOrDefault(problem.field(), problem.field()),
				this.messages.getMessage(problem, locale));
	}

	private String text(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, key, locale);
	}

	private record Parsed(CandidateInput input, ScoreInput scores) {

		boolean hasScores() {
			return this.scores.roundOneCorrect() != null || this.scores.written() != null
					|| this.scores.interview() != null || this.scores.oral() != null;
		}

	}

}
