-- Hibernate Search's outbox-polling coordination (used with an OpenSearch/Elasticsearch index):
-- each indexing event is written here in the transaction that changes the article, then one node
-- indexes it, so several nodes share one index and a crash after a commit loses no indexing.
-- Lucene's embedded index does not use these tables. The payload's type is the one Hibernate
-- expects on each database (hence one file per database).
create table hsearch_outbox_event (
    id             uuid                        not null primary key,
    entity_name    varchar(256)                not null,
    entity_id      varchar(256)                not null,
    entity_id_hash integer                     not null,
    tenant_id      varchar(255),
    payload        bytea                        not null,
    retries        integer                     not null,
    process_after  timestamp(6) with time zone not null,
    status         varchar(255)                not null,
    constraint hsearch_outbox_event_status_ck check (status in ('PENDING', 'ABORTED'))
);
create index hsearch_outbox_event_process_after_idx on hsearch_outbox_event (process_after);

create table hsearch_agent (
    id                   uuid                        not null primary key,
    type                 varchar(255)                not null,
    name                 varchar(255)                not null,
    tenant_id            varchar(255),
    expiration           timestamp(6) with time zone not null,
    state                varchar(255)                not null,
    total_shard_count    integer,
    assigned_shard_index integer,
    payload              bytea,
    constraint hsearch_agent_type_ck check (type in ('EVENT_PROCESSING_DYNAMIC_SHARDING', 'EVENT_PROCESSING_STATIC_SHARDING', 'MASS_INDEXING')),
    constraint hsearch_agent_state_ck check (state in ('RUNNING', 'WAITING', 'SUSPENDED'))
);
