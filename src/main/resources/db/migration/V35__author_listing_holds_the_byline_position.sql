-- A listing reads each article's whole byline with it, by a lookup per row in article_author
-- (ArticleListingsImpl.LISTED). On an author's page that makes the statement name the byline's
-- position too, and H2 prefers an index that holds every column of a table the statement names:
-- without the position here, it walked the index on author_id alone and sorted all the author's
-- articles. With it, both databases walk the author's bylines in reading order and stop.
drop index article_author_listing_idx;
create index article_author_listing_idx on article_author (author_id, listed_at desc, article_id desc, position);
