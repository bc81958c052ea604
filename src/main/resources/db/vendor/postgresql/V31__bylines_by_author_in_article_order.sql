-- An author's bylines in article order: the desk counts an author's articles from this index
-- alone, each article once however often its byline names them (DeskFilterCount). It serves the
-- foreign key's lookups as the index on author_id alone did.
create index article_author_article_idx on article_author (author_id, article_id);
drop index article_author_author_idx;
