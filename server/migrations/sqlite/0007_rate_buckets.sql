-- Rate-limit buckets for servers that share a database. A single SQLite server keeps its
-- buckets in memory and never writes here; the table exists so both engines have one schema.
CREATE TABLE rate_buckets (
    name TEXT NOT NULL,
    bucket TEXT NOT NULL,
    tokens REAL NOT NULL,
    at_ms INTEGER NOT NULL,
    PRIMARY KEY (name, bucket)
);
CREATE INDEX rate_buckets_at ON rate_buckets (at_ms);
