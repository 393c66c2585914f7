-- Rate-limit buckets for servers that share a database: two servers together allow what one
-- would. UNLOGGED: losing them in a crash only refills everyone's budget.
CREATE UNLOGGED TABLE rate_buckets (
    name TEXT NOT NULL,
    bucket TEXT NOT NULL,
    tokens DOUBLE PRECISION NOT NULL,
    at_ms BIGINT NOT NULL,
    PRIMARY KEY (name, bucket)
);
CREATE INDEX rate_buckets_at ON rate_buckets (at_ms);
