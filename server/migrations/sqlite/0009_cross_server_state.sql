-- Live-stream presence and trusted login addresses for servers that share a database. One
-- SQLite server keeps both in memory and never writes here; the tables keep one schema.
CREATE TABLE stream_presence (
    user_id INTEGER NOT NULL,
    server_id TEXT NOT NULL,
    until_ms INTEGER NOT NULL,
    PRIMARY KEY (user_id, server_id)
);
CREATE INDEX stream_presence_until ON stream_presence (until_ms);

CREATE TABLE login_trust (
    account TEXT NOT NULL,
    addr TEXT NOT NULL,
    at_ms INTEGER NOT NULL,
    PRIMARY KEY (account, addr)
);
CREATE INDEX login_trust_at ON login_trust (at_ms);
