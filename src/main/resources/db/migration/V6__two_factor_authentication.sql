-- Two-step login with time-based one-time passwords (RFC 6238): the shared secret, the last
-- time step a code was accepted for (so a code works once), one-time recovery codes stored as
-- hashes, and the publication's rule on who must use it.
alter table user_account add column totp_secret varchar(64);
alter table user_account add column totp_last_step bigint default 0 not null;

create table user_recovery_code (
    user_id   bigint      not null references user_account (id) on delete cascade,
    code_hash varchar(64) not null,
    primary key (user_id, code_hash)
);

create table login_policy (
    id                  bigint  not null primary key,
    two_factor_required boolean not null
);
insert into login_policy (id, two_factor_required) values (1, false);
