-- Brute-force protection: consecutive failures, a lock that grows with each lockout, and a
-- forced password change after an admin reset.
alter table user_account add column failed_logins integer default 0 not null;
alter table user_account add column lockouts integer default 0 not null;
alter table user_account add column locked_until timestamp with time zone;
alter table user_account add column must_change_password boolean default false not null;
