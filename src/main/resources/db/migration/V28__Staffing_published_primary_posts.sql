-- Who held which primary post when (module staffing), published for the figures of other
-- modules: "the people of a unit on a date" are those holding a primary post in its subtree
-- on that date, the same people the staffing report counts (docs/decisions/020-indicators.md).
create view staffing_primary_post as
select person_id, unit_id, category, valid_from, valid_to
from assignment
where kind = 'PRIMARY';
