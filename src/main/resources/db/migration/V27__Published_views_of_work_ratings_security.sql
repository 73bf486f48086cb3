-- Views that a module publishes for other modules to read in SQL (docs/decisions/019):
-- each is named after its owner, lists only what others may read, and is never written
-- through. The owner may change its tables as long as it keeps the view's columns and
-- their meaning (a migration that alters a column a view uses recreates the view).

-- Work: the closed months of each person, what the annual roll-up (ratings) adds up.
create view work_closed_month_result as
select person_id, agency_id, month, absence, total, level, closed_at
from monthly_evaluation
where closed_at is not null;

-- Ratings: the approved annual levels, what emulation proposes titles from and counts.
create view ratings_approved_rating as
select person_id, agency_id, year, level, status
from annual_rating
where status = 'APPROVED' and level is not null;

-- Security: the accounts without their secrets, for notifications to find recipients.
create view security_account as
select username, person_id, scope_unit_id, roles, enabled
from user_account;
