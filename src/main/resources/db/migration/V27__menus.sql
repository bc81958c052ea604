-- The header's navigation and the footer's links as the editors arrange them. A menu with no row
-- shows the defaults: the top-level sections with their sub-sections, and the site's own pages.
create sequence site_menu_seq start with 1 increment by 50;
create table site_menu (
    id          bigint                   not null primary key,
    name        varchar(20)              not null unique,
    updated_by  varchar(50)              not null,
    updated_at  timestamp with time zone not null,
    version     bigint                   not null
);
-- One entry: a section, page or article by id, or an address; "child" entries belong under the
-- nearest entry above them that is not one (the header's drop-downs, one level deep).
create table site_menu_item (
    menu_id     bigint       not null references site_menu (id),
    position    integer      not null,
    label       varchar(60)  not null,
    kind        varchar(20)  not null,
    target_id   bigint,
    url         varchar(500),
    child       boolean      not null,
    primary key (menu_id, position),
    constraint site_menu_item_kind_ck check (kind in ('SECTION', 'PAGE', 'ARTICLE', 'LINK'))
);
