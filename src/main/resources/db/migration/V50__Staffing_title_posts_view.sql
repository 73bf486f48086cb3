-- The primary posts held in a title (chức danh) rather than a job position, published by
-- staffing for other modules' figures (the share of leaders on a rotation): read from the
-- posts alone, where staffing_post_held joins every post to its unit, title and position.
create view staffing_primary_title_post as
select person_id, unit_id, title_id, valid_from, valid_to
from assignment
where kind = 'PRIMARY' and title_id is not null;
