-- An article may be set to leave the site at a time (an embargo's end, an offer's expiry); one
-- that left the site after readers saw it is "withdrawn", and its address answers 410 Gone.
alter table article add column unpublish_at timestamp with time zone;
alter table article add column withdrawn_at timestamp with time zone;
create index article_unpublish_at_idx on article (unpublish_at);
