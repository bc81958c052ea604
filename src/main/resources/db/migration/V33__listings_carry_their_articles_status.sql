-- Each tag and byline entry carries its article's status beside its date (kept by Article), so
-- that the desk counts an author's or a tag's articles in one status from the listing alone,
-- without a semi-join with every article outside the trash (DeskFilterCount).
alter table article_author add column status varchar(20);
update article_author set status =
    (select a.status from article a where a.id = article_author.article_id);
alter table article_author alter column status set not null;

alter table article_tag add column status varchar(20);
update article_tag set status =
    (select a.status from article a where a.id = article_tag.article_id);
alter table article_tag alter column status set not null;
