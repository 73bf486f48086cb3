package vn.canbo.demo;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.canbo.work.Evaluations;
import vn.canbo.work.NewVillageDuty;
import vn.canbo.work.Tasks;
import vn.canbo.work.VillageDuties;

/**
 * A year of work for the demo: every person's monthly plan and a few tasks each month
 * from January of this year, done, late, scored or left open as real months go; the
 * evaluators' general points; every month before this one closed through the work module,
 * as a leader would close it (scores, locks, carries over); this month open with work in
 * progress. Written with set-based SQL, as the benchmark does: a task at a time would
 * take minutes at every start of the demo.
 */
@Component
class DemoWork {

	private static final Logger log = LoggerFactory.getLogger(DemoWork.class);

	/** Residential groups of the demo commune with a committee member in charge. */
	static final int VILLAGES = 6;

	/** Tasks per person and month. */
	static final int TASKS = 3;

	private static final String[] TITLES = { "Xây dựng kế hoạch công tác tháng của bộ phận",
			"Tổng hợp báo cáo kết quả thực hiện nhiệm vụ tháng", "Rà soát, cập nhật hồ sơ thủ tục hành chính",
			"Tham mưu văn bản chỉ đạo triển khai nhiệm vụ trọng tâm",
			"Kiểm tra, đôn đốc tiến độ các nội dung được giao", "Tiếp nhận, giải quyết hồ sơ của người dân đúng hạn",
			"Chuẩn bị nội dung, tài liệu phục vụ hội nghị", "Thống kê số liệu phục vụ sơ kết, tổng kết",
			"Rà soát văn bản quy phạm pháp luật thuộc lĩnh vực", "Cập nhật cơ sở dữ liệu chuyên ngành",
			"Phối hợp tuyên truyền, phổ biến chính sách mới", "Theo dõi, tổng hợp ý kiến, kiến nghị của cử tri" };

	private final JdbcClient jdbc;

	private final Evaluations evaluations;

	private final VillageDuties villages;

	DemoWork(JdbcClient jdbc, Evaluations evaluations, VillageDuties villages) {
		this.jdbc = jdbc;
		this.evaluations = evaluations;
		this.villages = villages;
	}

	/**
	 * Writes the months from January to this one and closes all but this one; the demo
	 * commune's tasks are assigned by its leader's account, the others by the province's.
	 */
	void load(long provinceId, long communeId, List<Long> communeAgencies, LocalDate today) {
		long started = System.nanoTime();
		LocalDate current = today.withDayOfMonth(1);
		Long[] commune = communeAgencies.toArray(Long[]::new);
		villageDuties(communeId, current.withMonth(1));
		int months = 0;
		for (LocalDate month = current.withMonth(1); !month.isAfter(current); month = month.plusMonths(1)) {
			tasks(month, commune, month.equals(current) ? today : null);
			plans(month, commune, month.equals(current));
			this.villages.createMonthTasks(communeId, month);
			if (month.isBefore(current)) {
				finishVillageTasks(month);
				evaluationInputs(month);
				this.evaluations.close(provinceId, month);
				finishCarried(month.plusMonths(1));
				months++;
			}
		}
		log.info("Demo work: {} closed months and this month's tasks in {} ms", months,
				(System.nanoTime() - started) / 1_000_000);
	}

	/**
	 * A closed month's tasks are done (mostly on time), scored by their assigner two
	 * times in three, or left open to be carried over; this month's are in progress.
	 */
	private void tasks(LocalDate month, Long[] commune, @Nullable LocalDate today) {
		LocalDate monthEnd = month.plusMonths(1).minusDays(1);
		this.jdbc.sql("""
				insert into work_task (agency_id, month, title, owner_id, assigned_by, due_on, weight, status, progress,
					completed_on, completed_units, major_errors, delays, scored_by, scored_at, created_by)
				select p.agency_id, :month, (cast(:titles as text[]))[1 + (r.h % :titleCount)], p.id, a.by,
					r.due, r.weight,
					case when r.state < :doneShare then 'DONE' else 'OPEN' end,
					case when r.state < :doneShare then 100 else (r.h % 9) * 10 end,
					case when r.state < :doneShare then least(r.due + case when r.h % 7 = 0 then 3 else -(r.h % 5) end,
						:monthEnd) end,
					case when r.state < :doneShare and r.h % 3 > 0 then
						r.weight - case when r.h % 11 = 0 then 1 else 0 end end,
					case when r.state < :doneShare and r.h % 3 > 0 and r.h % 13 = 0 then 1 else 0 end,
					case when r.state < :doneShare and r.h % 3 > 0 then case when r.h % 7 = 0 then 1 else 0 end end,
					case when r.state < :doneShare and r.h % 3 > 0 then a.by end,
					case when r.state < :doneShare and r.h % 3 > 0 then cast(:monthEnd as timestamptz) end,
					a.by
				from person p
				cross join generate_series(1, :tasks) n
				cross join lateral (select abs(hashtext(p.id || '-' || :month || '-' || n)) as h) hashed
				cross join lateral (select hashed.h, hashed.h % 100 as state,
					cast(:month as date) + cast(8 + (hashed.h % 20) as integer) as due,
					1 + (hashed.h % 3) as weight) r
				cross join lateral (select case when p.agency_id = any(:commune) then 'xa.lanhdao'
					else 'tinh.lanhdao' end as by) a
				where p.agency_id is not null""")
			.param("month", month)
			.param("monthEnd", (today != null) ? today : monthEnd)
			.param("titles", TITLES)
			.param("titleCount", TITLES.length)
			.param("tasks", TASKS)
			.param("commune", commune)
			// A closed month: most work done; this month: about a third so far.
			.param("doneShare", (today != null) ? 35 : 88)
			.update();
	}

	/** The demo commune's committee members each in charge of a residential group. */
	private void villageDuties(long communeId, LocalDate from) {
		List<Tasks.Assignee> members = this.villages.members(communeId);
		for (int i = 0; i < Math.min(VILLAGES, members.size()); i++) {
			this.villages.assign(communeId, new NewVillageDuty(members.get(i).id(), "Tổ dân phố " + (i + 1), from));
		}
	}

	/** A past month's village work was done, in its last days. */
	private void finishVillageTasks(LocalDate month) {
		this.jdbc.sql("""
				update work_task set status = 'DONE', progress = 100, completed_on = due_on - 2
				where month = :month and kind = 'VILLAGE' and status = 'OPEN'""").param("month", month).update();
	}

	/**
	 * Everyone's monthly plan: approved by their leader in a past month; this month some
	 * are approved, some wait for approval, a few were sent back or are still drafts.
	 */
	private void plans(LocalDate month, Long[] commune, boolean current) {
		this.jdbc
			.sql("""
					insert into monthly_plan (person_id, agency_id, month, status, submitted_at, decided_by, decided_at,
						decision_note)
					select p.id, p.agency_id, :month, s.status,
						case when s.status <> 'DRAFT' then cast(:month as timestamptz) + interval '2 days' end,
						case when s.status in ('APPROVED', 'RETURNED') then a.by end,
						case when s.status in ('APPROVED', 'RETURNED') then cast(:month as timestamptz) + interval '3 days' end,
						case when s.status = 'RETURNED' then 'Bổ sung nhiệm vụ trọng tâm của tháng' end
					from person p
					cross join lateral (select abs(hashtext(p.id || '~' || :month)) % 100 as h) hashed
					cross join lateral (select case when not :current or hashed.h < 45 then 'APPROVED'
						when hashed.h < 80 then 'SUBMITTED' when hashed.h < 88 then 'RETURNED' else 'DRAFT' end as status) s
					cross join lateral (select case when p.agency_id = any(:commune) then 'xa.lanhdao'
						else 'tinh.lanhdao' end as by) a
					where p.agency_id is not null
					on conflict (person_id, month) do nothing""")
			.param("month", month)
			.param("commune", commune)
			.param("current", current)
			.update();
	}

	/**
	 * The evaluator's general points, and the person's own, for everyone of the month.
	 */
	private void evaluationInputs(LocalDate month) {
		this.jdbc
			.sql("""
					insert into monthly_evaluation (person_id, agency_id, month, self_general, self_assessed_at, general_points,
						evaluated_by, evaluated_at)
					select p.id, p.agency_id, :month, 30 - (h % 4), cast(:month as timestamptz),
						case when h % 50 = 0 then 20 else 30 - (h % 6) end, 'tinh.lanhdao', cast(:month as timestamptz)
					from person p cross join lateral (select abs(hashtext(p.id || '/' || :month)) as h) hashed
					where p.agency_id is not null
					on conflict (person_id, month) do nothing""")
			.param("month", month)
			.update();
	}

	/** Work carried into a month is finished in its first days, as it usually is. */
	private void finishCarried(LocalDate month) {
		this.jdbc.sql("""
				update work_task set status = 'DONE', progress = 100, completed_on = cast(:month as date) + 5
				where month = :month and carried_from_id is not null and status = 'OPEN'""")
			.param("month", month)
			.update();
	}

}
