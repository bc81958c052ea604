-- Every column the articles grid sorts by has an index that ends in the id (its tie-break, which
-- follows the sort's direction) and holds deleted_at, so any page of any sort, however deep, is
-- read from one index walked forwards or backwards, never sorted. Headline and last change have
-- theirs since V8.
create index article_status_id_idx on article (status, id, deleted_at);
create index article_published_id_idx on article (published_at, id, deleted_at);
