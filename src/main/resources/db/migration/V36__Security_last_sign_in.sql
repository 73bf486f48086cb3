-- When each account last signed in, so that administrators see the accounts never used.
-- Written only by the login throttle (plain SQL) on a successful sign-in.
alter table user_account add column last_sign_in_at timestamptz;
