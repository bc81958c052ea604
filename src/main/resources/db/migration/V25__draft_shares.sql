-- Private preview links to an article for people without an account. Only a hash of the link's
-- secret is kept, so the table never holds a working link; each expires, or is revoked sooner.
create sequence draft_share_seq start with 1 increment by 50;
create table draft_share (
    id           bigint                   not null primary key,
    article_id   bigint                   not null references article (id) on delete cascade,
    token_hash   varchar(64)              not null unique,
    created_by   varchar(50)              not null,
    created_at   timestamp with time zone not null,
    expires_at   timestamp with time zone not null,
    revoked_at   timestamp with time zone
);
create index draft_share_article_idx on draft_share (article_id, created_at);
