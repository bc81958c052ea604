-- Listings read the newest published articles first. Indexes in exactly that order let both
-- databases walk the index and stop after a page, instead of sorting every published article:
-- H2 only chooses such a plan when no index offers an equality on status, so the status
-- indexes give way to order-only ones.
drop index article_status_published_idx;
drop index article_section_published_idx;
drop index article_scheduled_idx;
create index article_published_order_idx on article (published_at desc, id desc);
create index article_section_order_idx on article (section_id, published_at desc, id desc);
create index article_scheduled_idx on article (scheduled_at);
