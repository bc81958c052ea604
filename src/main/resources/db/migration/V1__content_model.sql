-- Broadsheet's content model. Portable SQL: runs unchanged on H2 and PostgreSQL.
-- Sequences allocate ids in blocks of 50 (Hibernate's pooled optimizer), so batch inserts
-- need no round trip per row.

create sequence section_seq start with 1 increment by 50;
create sequence tag_seq start with 1 increment by 50;
create sequence user_account_seq start with 1 increment by 50;
create sequence author_seq start with 1 increment by 50;
create sequence article_seq start with 1 increment by 50;
create sequence revision_seq start with 1 increment by 50;
create sequence redirect_seq start with 1 increment by 50;
create sequence audit_event_seq start with 1 increment by 50;

create table section (
    id          bigint        not null primary key,
    name        varchar(100)  not null,
    slug        varchar(120)  not null,
    parent_id   bigint        references section (id),
    description varchar(2000),
    position    integer       not null,
    path        varchar(1000) not null,
    constraint section_path_uk unique (path),
    constraint section_sibling_slug_uk unique (parent_id, slug)
);
create index section_parent_idx on section (parent_id);

create table tag (
    id   bigint       not null primary key,
    name varchar(60)  not null,
    slug varchar(120) not null,
    constraint tag_slug_uk unique (slug)
);

create table user_account (
    id            bigint                   not null primary key,
    username      varchar(50)              not null,
    display_name  varchar(100)             not null,
    email         varchar(254)             not null,
    password_hash varchar(255)             not null,
    enabled       boolean                  not null,
    created_at    timestamp with time zone not null,
    last_login_at timestamp with time zone,
    constraint user_account_username_uk unique (username),
    constraint user_account_email_uk unique (email)
);

create table user_role (
    user_id bigint      not null references user_account (id) on delete cascade,
    role    varchar(20) not null,
    primary key (user_id, role)
);

create table author (
    id        bigint       not null primary key,
    name      varchar(100) not null,
    slug      varchar(120) not null,
    bio       varchar(2000),
    photo_url varchar(500),
    user_id   bigint       references user_account (id),
    constraint author_slug_uk unique (slug),
    constraint author_user_uk unique (user_id)
);

create table article (
    id           bigint                   not null primary key,
    title        varchar(200)             not null,
    slug         varchar(120)             not null,
    standfirst   varchar(500),
    body         varchar(200000)          not null,
    status       varchar(20)              not null,
    section_id   bigint                   not null references section (id),
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null,
    published_at timestamp with time zone,
    scheduled_at timestamp with time zone,
    deleted_at   timestamp with time zone,
    version      bigint                   not null,
    constraint article_section_slug_uk unique (section_id, slug),
    constraint article_status_ck check (status in ('DRAFT', 'IN_REVIEW', 'SCHEDULED', 'PUBLISHED', 'ARCHIVED'))
);
-- the site's listings: published, newest first (per section through section_id)
create index article_status_published_idx on article (status, published_at);
create index article_section_published_idx on article (section_id, published_at);
-- the desk's default order and the scheduler's due list
create index article_updated_idx on article (updated_at);
create index article_scheduled_idx on article (status, scheduled_at);

create table article_tag (
    article_id bigint not null references article (id) on delete cascade,
    tag_id     bigint not null references tag (id),
    primary key (article_id, tag_id)
);
create index article_tag_tag_idx on article_tag (tag_id);

create table article_author (
    article_id bigint  not null references article (id) on delete cascade,
    position   integer not null,
    author_id  bigint  not null references author (id),
    primary key (article_id, position)
);
create index article_author_author_idx on article_author (author_id);

create table revision (
    id              bigint                   not null primary key,
    article_id      bigint                   not null references article (id) on delete cascade,
    article_version bigint                   not null,
    title           varchar(200)             not null,
    slug            varchar(120)             not null,
    standfirst      varchar(500),
    body            varchar(200000)          not null,
    status          varchar(20)              not null,
    section_id      bigint                   not null,
    created_at      timestamp with time zone not null,
    created_by      varchar(100)             not null
);
create index revision_article_idx on revision (article_id, created_at);

create table redirect (
    id         bigint                   not null primary key,
    old_path   varchar(1000)            not null,
    article_id bigint                   references article (id) on delete cascade,
    section_id bigint                   references section (id) on delete cascade,
    created_at timestamp with time zone not null,
    constraint redirect_old_path_uk unique (old_path),
    constraint redirect_target_ck check ((article_id is null) <> (section_id is null))
);

create table site_settings (
    id                 bigint        not null primary key,
    site_name          varchar(100)  not null,
    tagline            varchar(200),
    cookie_notice_text varchar(1000) not null,
    cookie_policy_url  varchar(500)  not null,
    timezone           varchar(60)   not null,
    page_size          integer       not null
);
insert into site_settings (id, site_name, tagline, cookie_notice_text, cookie_policy_url, timezone, page_size)
values (1, 'Broadsheet', 'News that keeps its promises',
        'This website uses cookies to remember your choices and to understand how it is read.',
        '/page/cookie-policy', 'UTC', 20);

create table audit_event (
    id          bigint                   not null primary key,
    actor       varchar(100)             not null,
    action      varchar(60)              not null,
    target      varchar(200),
    occurred_at timestamp with time zone not null,
    ip          varchar(64),
    details     varchar(2000)
);
create index audit_event_time_idx on audit_event (occurred_at);
create index audit_event_actor_idx on audit_event (actor, occurred_at);
