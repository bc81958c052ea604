-- Corrections and update notes the editors attach to published articles: shown with their date at
-- the end of the article, in its structured data, and on the site's corrections page.
create sequence article_correction_seq start with 1 increment by 50;
create table article_correction (
    id           bigint                   not null primary key,
    article_id   bigint                   not null references article (id) on delete cascade,
    kind         varchar(20)              not null,
    body         varchar(1000)            not null,
    written_by   varchar(50)              not null,
    created_at   timestamp with time zone not null,
    constraint article_correction_kind_ck check (kind in ('CORRECTION', 'UPDATE'))
);
create index article_correction_article_idx on article_correction (article_id, created_at);
create index article_correction_created_idx on article_correction (created_at desc, id desc);
-- When the article last got one, so the page of an article never corrected costs no extra read.
alter table article add column corrected_at timestamp with time zone;
