-- What the count of raises due reads of each record (CareerQueries.raisesDueByAgency: the
-- agency, the rank, the step and the day it was taken), from the index alone: a province's
-- dashboard counts the raises of 200,000 people, and the records themselves are wide.
create index person_salary_facts on person (agency_id) include (id, salary_rank_code, salary_step, salary_since)
	where salary_since is not null and salary_step is not null;
