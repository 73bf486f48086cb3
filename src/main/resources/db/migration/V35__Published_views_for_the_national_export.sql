-- Views that staffing, careers, ratings, discipline and emulation publish for the national-database
-- export (module dataexchange, docs/decisions/027-national-database-export.md): each person's
-- records of the owner, with the time they last changed, so that the export can write them into a
-- dossier and tell which dossiers changed since a date. Read only; the owner keeps the columns and
-- their meaning (docs/decisions/019-module-boundaries.md).

-- Staffing: every post a person held or holds, primary or concurrent, with its codes.
create view staffing_post_held as
select a.person_id, a.kind, a.selection, a.category, u.code as unit_code, t.code as title_code, t.name as title_name,
	j.code as job_position_code, j.name as job_position_name, a.valid_from, a.valid_to, a.term_end,
	a.decision_number, a.decision_date, a.updated_at
from assignment a
join org_unit u on u.id = a.unit_id
left join post_title t on t.id = a.title_id
left join job_position j on j.id = a.job_position_id;

-- Careers: early raises and discipline delays of the salary step.
create view careers_salary_adjustment as
select person_id, kind, months, effective_on, decision_number, decision_date, created_at
from salary_adjustment;

-- Ratings: the approved annual levels with the time they were decided.
create view ratings_decided_rating as
select person_id, year, level, coalesce(decided_at, computed_at) as decided_at
from annual_rating
where status = 'APPROVED' and level is not null;

-- Discipline: the decisions in force or lapsed, not the cancelled ones.
create view discipline_decision as
select person_id, system, form, decision_number, authority, decision_date, effective_on, lapses_on, updated_at
from discipline_record
where cancelled_on is null;

-- Emulation: the decided rewards of individuals.
create view emulation_person_reward as
select person_id, year, kind, decision_number, decision_date, authority, updated_at
from reward
where person_id is not null and status = 'DECIDED';
