-- GraphQL documents known by their SHA-256, so that clients send the hash instead of the document (automatic
-- persisted queries) and every replica behind a load balancer knows a document any of them has seen.
-- allow_listed: registered by an admin; in persisted-only mode only these (and the operations file) run.
CREATE TABLE persisted_query (
    hash          char(64)    PRIMARY KEY CHECK (hash ~ '^[0-9a-f]{64}$'),
    document      text        NOT NULL,
    allow_listed  boolean     NOT NULL DEFAULT false,
    registered_by text,
    created_at    timestamptz NOT NULL DEFAULT now()
);

-- Pruning the oldest documents clients registered keeps the table to its bound.
CREATE INDEX persisted_query_registered_created ON persisted_query (created_at) WHERE NOT allow_listed;
