-- Pictures: one row per uploaded file. The variants readers fetch are derived from it (widths up
-- to the picture's own, a social card around the focal point) and named by rendition_key, which
-- changes whenever the file or the focal point does, so a variant's address never changes content.
create sequence media_item_seq start with 1 increment by 50;

create table media_item (
    id             bigint                   not null primary key,
    file_name      varchar(255)             not null,
    content_type   varchar(40)              not null,
    width          integer                  not null,
    height         integer                  not null,
    byte_size      bigint                   not null,
    content_hash   varchar(64)              not null,
    rendition_key  varchar(32)              not null,
    has_alpha      boolean                  not null,
    description    varchar(300),
    decorative     boolean                  not null,
    caption        varchar(500),
    credit         varchar(200),
    focal_x        real                     not null,
    focal_y        real                     not null,
    uploaded_by    varchar(50)              not null,
    created_at     timestamp with time zone not null,
    updated_at     timestamp with time zone not null,
    version        bigint                   not null
);
create index media_item_created_idx on media_item (created_at desc, id desc);
create index media_item_uploader_idx on media_item (uploaded_by, created_at desc);
