-- The audit trail: one row per create, update or delete, written in the transaction of the change.
create table audit_entry (
    id             bigint generated always as identity primary key,
    occurred_at    timestamptz  not null,
    actor          varchar(150) not null,
    action         varchar(10)  not null check (action in ('CREATE', 'UPDATE', 'DELETE')),
    entity_type    varchar(100) not null,
    entity_id      varchar(100) not null,
    before         jsonb,
    after          jsonb,
    changed_fields text[]       not null default '{}',
    -- Materialised org path (e.g. /12/345/) the change belongs to; null for system-wide data.
    scope_path     text
);

create index audit_entry_occurred_at_idx on audit_entry (occurred_at desc, id desc);
create index audit_entry_entity_idx on audit_entry (entity_type, entity_id);
create index audit_entry_actor_idx on audit_entry (actor);
create index audit_entry_scope_path_idx on audit_entry (scope_path text_pattern_ops);
