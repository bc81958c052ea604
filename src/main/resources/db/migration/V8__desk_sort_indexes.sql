-- The desk's articles grid sorts by headline and by last change with the id as tie-break; these
-- let the database read a page in order instead of sorting every article.
create index article_title_idx on article (title, id);
create index article_updated_id_idx on article (updated_at, id);
drop index article_updated_idx;
