-- The desk's editor: search-engine and social overrides, the working copy autosaved while
-- someone types (one per person and article; a new, never saved article has none), and the
-- lock table that lets one application instance at a time run the schedule.
alter table article add column meta_description varchar(300);
alter table article add column social_title varchar(200);

create table working_copy (
    id           bigint                   not null primary key,
    username     varchar(50)              not null,
    article_id   bigint                   references article (id) on delete cascade,
    base_version bigint                   not null,
    title        varchar(200)             not null,
    slug         varchar(120)             not null,
    standfirst   varchar(500),
    body         varchar(200000)          not null,
    saved_at     timestamp with time zone not null,
    constraint working_copy_uk unique (username, article_id)
);
create sequence working_copy_seq start with 1 increment by 50;

create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
