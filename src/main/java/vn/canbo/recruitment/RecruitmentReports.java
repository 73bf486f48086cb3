package vn.canbo.recruitment;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.canbo.documents.XlsxExport;
import vn.canbo.orgunits.OrgUnits;
import vn.canbo.orgunits.Subtree;
import vn.canbo.people.ProfessionalLevel;

/**
 * The recruitment reports: a plan's figures per vacancy (places, applicants, eligible,
 * winners, in post) with the people behind them, as Excel; the recruits in post in a
 * unit's subtree over a period (the people behind the dashboard's figures).
 */
@Service
@Transactional(readOnly = true)
public class RecruitmentReports {

	private final Recruitment recruitment;

	private final OrgUnits orgUnits;

	private final JdbcClient jdbc;

	private final MessageSource messages;

	RecruitmentReports(Recruitment recruitment, OrgUnits orgUnits, JdbcClient jdbc, MessageSource messages) {
		this.recruitment = recruitment;
		this.orgUnits = orgUnits;
		this.jdbc = jdbc;
		this.messages = messages;
	}

	/**
	 * The figures of one vacancy.
	 *
	 * @param vacancy the vacancy
	 * @param applicants candidates who applied
	 * @param eligible those eligible
	 * @param winners current winners
	 * @param inPost winners placed in post
	 */
	public record VacancyFigures(VacancyView vacancy, long applicants, long eligible, long winners, long inPost) {
	}

	public List<VacancyFigures> figures(long planId) {
		PlanView plan = this.recruitment.plan(planId);
		return this.recruitment.vacancies(planId).stream().map((vacancy) -> {
			List<Result> results = this.recruitment.results(vacancy.id());
			return new VacancyFigures(vacancy, results.size(),
					results.stream().filter((result) -> result.ineligibility().isEmpty()).count(),
					results.stream().filter((result) -> result.verdict().winner()).count(),
					results.stream().filter((result) -> result.candidate().inPost()).count());
		}).toList();
	}

	/** The plan's figures and every candidate with the verdict and its rule, as Excel. */
	public void plan(long planId, Locale locale, OutputStream out) {
		PlanView plan = this.recruitment.plan(planId);
		List<VacancyFigures> figures = figures(planId);
		try (XlsxExport export = XlsxExport.to(out)) {
			export.sheet(text("recruitment.report.sheet.figures", locale),
					List.of(XlsxExport.Column.of(text("recruitment.column.jobPosition", locale), 40),
							XlsxExport.Column.of(text("recruitment.column.seats", locale)),
							XlsxExport.Column.of(text("recruitment.column.applicants", locale)),
							XlsxExport.Column.of(text("recruitment.column.eligible", locale)),
							XlsxExport.Column.of(text("recruitment.column.winners", locale)),
							XlsxExport.Column.of(text("recruitment.column.inPost", locale))));
			for (VacancyFigures row : figures) {
				export.row(row.vacancy().jobPositionName(), row.vacancy().seats(), row.applicants(), row.eligible(),
						row.winners(), row.inPost());
			}
			export.sheet(text("recruitment.report.sheet.candidates", locale),
					List.of(XlsxExport.Column.of(text("recruitment.column.jobPosition", locale), 30),
							XlsxExport.Column.of(text("recruitment.field.fullName", locale), 30),
							XlsxExport.Column.of(text("recruitment.field.birthDate", locale)),
							XlsxExport.Column.of(text("recruitment.column.professional", locale)),
							XlsxExport.Column.of(text("recruitment.column.priority", locale)),
							XlsxExport.Column.of(text("recruitment.column.total", locale)),
							XlsxExport.Column.of(text("recruitment.column.place", locale)),
							XlsxExport.Column.of(text("recruitment.column.outcome", locale), 25),
							XlsxExport.Column.of(text("recruitment.column.reason", locale), 60),
							XlsxExport.Column.of(text("recruitment.column.rule", locale), 40)));
			for (VacancyFigures row : figures) {
				for (Result result : this.recruitment.results(row.vacancy().id())) {
					Verdict verdict = result.verdict();
					String reason = result.ineligibility().isEmpty() ? this.messages.getMessage(verdict, locale)
							: String.join(" ",
									result.ineligibility()
										.stream()
										.map((missed) -> this.messages.getMessage(missed.messageKey(),
												missed.arguments().toArray(), missed.messageKey(), locale))
										.toList());
					export.row(row.vacancy().jobPositionName(), result.candidate().fullName(),
							result.candidate().birthDate(), verdict.professional(), verdict.priority(), verdict.total(),
							verdict.rank(), text(verdict.outcome().messageKey(), locale), reason,
							result.ineligibility().isEmpty() ? verdict.citation()
									: result.ineligibility().get(0).citation());
				}
			}
		}
		plan.id();
	}

	/**
	 * The recruits in post in the unit's subtree (the user's scope when null) who started
	 * in the period, university graduates only when asked.
	 */
	public List<Recruit> recruits(Long unitId, LocalDate from, LocalDate to, boolean universityOnly) {
		this.recruitment.requireReader();
		LocalDate today = this.recruitment.today();
		Map<String, Object> params = new HashMap<>();
		String where = this.orgUnits.visibleSubtree(today).and("p.agency_id", "scope", params);
		if (unitId != null) {
			Subtree unit = this.orgUnits.subtree(unitId, to);
			where += unit.and("p.agency_id", "unit", params);
		}
		params.put("from", from);
		params.put("to", to);
		return this.jdbc
			.sql("""
					select c.id, c.person_id, c.full_name, u.name as agency_name, v.job_position_name,
						c.professional_level, c.professional_field, v.method, c.decision_number, c.start_date
					from recruitment_candidate c join recruitment_plan p on p.id = c.plan_id
					join recruitment_vacancy v on v.id = c.vacancy_id join org_unit u on u.id = p.agency_id
					where c.person_id is not null and c.start_date >= :from and c.start_date <= :to""" + where
					+ (universityOnly ? " and c.professional_level in ('DAI_HOC', 'THAC_SI', 'TIEN_SI')" : "")
					+ " order by c.start_date, c.full_name, c.id")
			.params(params)
			.query((rs, row) -> {
				String level = rs.getString("professional_level");
				return new Recruit(rs.getLong("id"), rs.getLong("person_id"), rs.getString("full_name"),
						rs.getString("agency_name"), rs.getString("job_position_name"),
						(level == null) ? null : ProfessionalLevel.valueOf(level), rs.getString("professional_field"),
						Method.valueOf(rs.getString("method")), rs.getString("decision_number"),
						rs.getObject("start_date", LocalDate.class));
			})
			.list();
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
