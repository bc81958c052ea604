-- The articles in the trash, usually a handful: the desk counts an author's or a tag's articles
-- from their listing index less those of them in the trash (DeskFilterCount).
create index article_in_trash_idx on article (id) where deleted_at is not null;
