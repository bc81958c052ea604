-- A featured picture may come from the media library: the site then offers its variants
-- (srcset) and the library refuses to delete it while an article shows it.
alter table article add column featured_image_media_id bigint;
create index article_featured_media_idx on article (featured_image_media_id);
