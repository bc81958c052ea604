-- Who has the desk open on each node, for the desks of the other nodes: each node rewrites its own
-- rows when its tabs change and at least every few seconds; rows a node stopped refreshing (it
-- died) are ignored after half a minute and deleted after an hour.
create table desk_presence (
    tab           varchar(200)             not null primary key,
    node          varchar(40)              not null,
    username      varchar(50)              not null,
    display_name  varchar(100)             not null,
    article_id    bigint,
    article_title varchar(200),
    since         timestamp with time zone not null,
    seen_at       timestamp with time zone not null
);
create index desk_presence_node_idx on desk_presence (node);
create index desk_presence_seen_idx on desk_presence (seen_at);
