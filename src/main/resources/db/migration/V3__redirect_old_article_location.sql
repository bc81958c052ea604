-- An article redirect also remembers the section and slug it was moved away from, so an old
-- address still resolves after that section itself has been renamed or moved.
alter table redirect add column old_section_id bigint references section (id) on delete cascade;
alter table redirect add column old_slug varchar(120);
create index redirect_old_location_idx on redirect (old_section_id, old_slug);
