-- The desk's articles grid sorts by headline or last change, with the id as tie-break, over
-- articles outside the trash, and filters by status and section. Each index holds every column
-- its query reads, so the database finds a page's ids and counts a filter from the index alone
-- (where its visibility map allows), however deep the page, and reads only the rows shown.
create index article_title_idx on article (title, id, deleted_at);
create index article_updated_id_idx on article (updated_at, id, deleted_at);
create index article_status_updated_idx on article (status, deleted_at, updated_at, id);
create index article_section_updated_idx on article (section_id, deleted_at, updated_at, id);
drop index article_updated_idx;
