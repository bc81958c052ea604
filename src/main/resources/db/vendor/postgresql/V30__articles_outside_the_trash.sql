-- The articles outside the trash, as the smallest index there can be: the desk counts them (all,
-- or an author's or a tag's) on the first refresh after every change, from this index alone where
-- the visibility map allows, instead of from a wider index or the table.
create index article_outside_trash_idx on article (id) where deleted_at is null;
