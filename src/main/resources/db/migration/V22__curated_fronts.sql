-- Fronts the editors arrange: the home page (front_key 'home') and each section's page
-- ('section:{id}'). A front with no row, or with fewer stories than places, is filled with the
-- latest articles. One arrangement may wait for its time in front_scheduled_slot.
create sequence front_seq start with 1 increment by 50;
create table front (
    id            bigint                   not null primary key,
    front_key     varchar(40)              not null unique,
    scheduled_at  timestamp with time zone,
    updated_by    varchar(50)              not null,
    updated_at    timestamp with time zone not null,
    version       bigint                   not null
);
create index front_scheduled_idx on front (scheduled_at);

-- A place on a front: the article, and the headline and picture shown for it there only. A story
-- removed for good leaves its places.
create table front_slot (
    front_id    bigint       not null references front (id),
    position    integer      not null,
    article_id  bigint       not null references article (id) on delete cascade,
    headline    varchar(200),
    media_id    bigint       references media_item (id),
    primary key (front_id, position)
);
create table front_scheduled_slot (
    front_id    bigint       not null references front (id),
    position    integer      not null,
    article_id  bigint       not null references article (id) on delete cascade,
    headline    varchar(200),
    media_id    bigint       references media_item (id),
    primary key (front_id, position)
);
create index front_slot_article_idx on front_slot (article_id);
create index front_scheduled_slot_article_idx on front_scheduled_slot (article_id);
