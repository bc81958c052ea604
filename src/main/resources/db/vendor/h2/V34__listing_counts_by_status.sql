-- An author's bylines in article order with each article's status: the desk counts an author's
-- articles, in any status or in one, from this index alone, each article once (DeskFilterCount).
drop index article_author_article_idx;
create index article_author_article_idx on article_author (author_id, article_id, status);
-- A tag's entries by status, for the same counts. H2 keeps the index on tag_id alone, which its
-- foreign key owns.
create index article_tag_status_idx on article_tag (tag_id, status);
