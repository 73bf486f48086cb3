-- An account may belong to the holder of a personnel record (module people), so that
-- staff see their own record, plans and evaluations. No foreign key: modules own their
-- tables. One record, one account.
alter table user_account add column person_id bigint;

create unique index user_account_person_key on user_account (person_id) where person_id is not null;
