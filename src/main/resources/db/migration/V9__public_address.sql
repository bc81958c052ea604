-- The site's public address: every absolute URL (canonical links, feeds, sitemaps) starts with it,
-- never with what a request's Host header says.
alter table site_settings add column public_url varchar(200);
