-- What an import brought in, by the other system's own key (a WordPress post id, a category's
-- slug), so that importing the same file again updates what it made instead of making it twice.
create sequence imported_item_seq start with 1 increment by 50;

create table imported_item (
    id          bigint                   not null primary key,
    source      varchar(300)             not null,
    kind        varchar(20)              not null,
    source_key  varchar(200)             not null,
    target_id   bigint                   not null,
    imported_at timestamp with time zone not null,
    constraint imported_item_uk unique (source, kind, source_key)
);
