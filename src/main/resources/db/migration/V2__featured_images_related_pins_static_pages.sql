-- Featured images on articles, editors' pinned related articles, and pages outside the section tree.

alter table article add column featured_image_url varchar(500);
alter table article add column featured_image_alt varchar(300);
alter table article add column featured_image_caption varchar(300);
alter table article add column featured_image_credit varchar(200);

create table article_related (
    article_id bigint  not null references article (id) on delete cascade,
    position   integer not null,
    related_id bigint  not null references article (id) on delete cascade,
    primary key (article_id, position)
);

create sequence static_page_seq start with 101 increment by 50;
create table static_page (
    id         bigint                   not null primary key,
    slug       varchar(120)             not null,
    title      varchar(200)             not null,
    body       varchar(200000)          not null,
    updated_at timestamp with time zone not null,
    constraint static_page_slug_uk unique (slug)
);

insert into static_page (id, slug, title, body, updated_at) values (1, 'about', 'About us',
 '<p>We are a small, independent newsroom. We report on the places and people that bigger outlets pass by, and we publish our corrections.</p><p>Write to the editors with tips, complaints and corrections. Every message is read by a person.</p>',
 current_timestamp);
insert into static_page (id, slug, title, body, updated_at) values (2, 'cookie-policy', 'Cookie policy',
 '<h2>What we store</h2><p>This site stores one cookie of its own, <code>bs_consent</code>, which remembers whether you accepted or refused optional cookies. It holds no personal data and expires after a year.</p><h2>What we load only with your consent</h2><p>Embedded videos and posts from other services set cookies of their own. We load them only after you accept, or when you click to load one.</p><h2>The editorial desk</h2><p>Staff who log in to the desk get a session cookie that ends when they log out or close the browser.</p>',
 current_timestamp);
