-- Every public listing reads one page by walking an index in exactly its order and stops there,
-- whatever the archive's size (see ArticleListingsImpl). V8's desk index on (status, deleted_at,
-- updated_at, id) matched the listings' conditions better than V4's order-only indexes, so H2
-- went back to sorting every published article for each page.
--
-- The article indexes start with the columns the conditions fix, then the reading order, and the
-- listings order by all of them.
drop index article_published_order_idx;
drop index article_section_order_idx;
create index article_listing_idx on article (status, deleted_at, published_at desc, id desc);
create index article_section_listing_idx on article (section_id, status, deleted_at, published_at desc, id desc);

-- Tag and author pages: each entry carries its article's date (publication, or creation until
-- then), so a tag's newest articles are the first entries of its index.
alter table article_tag add column listed_at timestamp with time zone;
update article_tag set listed_at =
    (select coalesce(a.published_at, a.created_at) from article a where a.id = article_tag.article_id);
alter table article_tag alter column listed_at set not null;
create index article_tag_listing_idx on article_tag (tag_id, listed_at desc, article_id desc);

alter table article_author add column listed_at timestamp with time zone;
update article_author set listed_at =
    (select coalesce(a.published_at, a.created_at) from article a where a.id = article_author.article_id);
alter table article_author alter column listed_at set not null;
create index article_author_listing_idx on article_author (author_id, listed_at desc, article_id desc);
