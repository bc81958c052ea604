-- An old address may lead to a tag or an author too (a WordPress site's /tag/x/ and /author/x/):
-- a redirect names exactly one of an article, a section, a static page, a tag or an author.
alter table redirect add column tag_id bigint references tag (id) on delete cascade;
alter table redirect add column author_id bigint references author (id) on delete cascade;
alter table redirect drop constraint redirect_target_ck;
alter table redirect add constraint redirect_target_ck check (
    (case when article_id is null then 0 else 1 end)
    + (case when section_id is null then 0 else 1 end)
    + (case when static_page_id is null then 0 else 1 end)
    + (case when tag_id is null then 0 else 1 end)
    + (case when author_id is null then 0 else 1 end) = 1);
