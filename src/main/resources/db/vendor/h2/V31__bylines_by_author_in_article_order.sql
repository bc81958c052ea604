-- An author's bylines in article order: the desk counts an author's articles from this index
-- alone, each article once however often its byline names them (DeskFilterCount). H2 keeps the
-- index on author_id alone, which its foreign key owns.
create index article_author_article_idx on article_author (author_id, article_id);
