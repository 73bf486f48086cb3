-- Closing and reopening a province's month (200,000 people, 2,000,000 tasks) in well under a
-- minute; see docs/performance.md.

-- Reopening deletes the continuations of carried tasks: each delete makes PostgreSQL clear
-- carried_from_id wherever it points at the row (on delete set null), a scan per row without
-- this index.
-- (if not exists: benchmark databases kept from before may have it already)
create index if not exists work_task_carried_from on work_task (carried_from_id) where carried_from_id is not null;

-- Almost no task has collaborators, yet every new row version put an entry for its empty
-- array into the GIN index. Only tasks with collaborators are indexed now; a person's task
-- list asks "collaborator_ids <> '{}' and collaborator_ids @> array[person]" to use it.
drop index work_task_collaborators;
create index work_task_collaborators on work_task using gin (collaborator_ids) where collaborator_ids <> '{}';

-- Room on each page for a task's updates within its month (progress, scoring, CARRIED when
-- the month closes): none of those columns is indexed, so the updates stay on the page (HOT)
-- instead of adding an entry to every index. Applies to pages written from now on.
alter table work_task set (fillfactor = 85);
