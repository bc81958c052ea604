-- An old address may now lead to a static page too (a WordPress page moving in): a redirect names
-- exactly one of an article, a section or a static page.
alter table redirect add column static_page_id bigint references static_page (id) on delete cascade;
alter table redirect drop constraint redirect_target_ck;
alter table redirect add constraint redirect_target_ck check (
    (case when article_id is null then 0 else 1 end)
    + (case when section_id is null then 0 else 1 end)
    + (case when static_page_id is null then 0 else 1 end) = 1);
