-- Static pages become editable in the desk: versioned against lost updates, published or not,
-- binned and restored like articles, and every save kept as a revision.
alter table static_page add column version bigint default 0 not null;
alter table static_page add column published boolean default true not null;
alter table static_page add column deleted_at timestamp with time zone;

create sequence static_page_revision_seq start with 1 increment by 50;
create table static_page_revision (
    id          bigint                   not null primary key,
    page_id     bigint                   not null references static_page (id) on delete cascade,
    slug        varchar(120)             not null,
    title       varchar(200)             not null,
    body        varchar(200000)          not null,
    saved_at    timestamp with time zone not null,
    saved_by    varchar(100)             not null
);
create index static_page_revision_page_idx on static_page_revision (page_id, saved_at);
