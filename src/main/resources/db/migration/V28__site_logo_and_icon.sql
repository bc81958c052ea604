-- The site's logo (shown in place of its name in the header) and icon (the browser tab's), both
-- pictures from the media library; none: the name in type and an icon drawn from its first letter.
alter table site_settings add column logo_media_id bigint references media_item (id);
alter table site_settings add column icon_media_id bigint references media_item (id);
