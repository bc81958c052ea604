-- The desk's conversation about an article: notes anyone working on it leaves, and the note an
-- editor sends a draft back to its author with. Never edited; they go with their article.
create sequence article_note_seq start with 1 increment by 50;
create table article_note (
    id           bigint                   not null primary key,
    article_id   bigint                   not null references article (id),
    kind         varchar(20)              not null,
    written_by   varchar(50)              not null,
    writer_name  varchar(100)             not null,
    body         varchar(2000)            not null,
    created_at   timestamp with time zone not null,
    constraint article_note_kind_ck check (kind in ('NOTE', 'SENT_BACK'))
);
create index article_note_article_idx on article_note (article_id, created_at);
