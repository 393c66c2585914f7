-- What servers sharing the database tell each other beyond the rows of the API:
-- which members have a live stream open on some server (a push is not sent to a member who
-- is watching; rows expire unless refreshed), and which addresses an account logged in from
-- (a member's own device keeps its own login budget on every server). UNLOGGED: after a crash
-- they refill from the next refresh and login.
CREATE UNLOGGED TABLE stream_presence (
    user_id BIGINT NOT NULL,
    server_id TEXT NOT NULL,
    until_ms BIGINT NOT NULL,
    PRIMARY KEY (user_id, server_id)
);
CREATE INDEX stream_presence_until ON stream_presence (until_ms);

CREATE UNLOGGED TABLE login_trust (
    account TEXT NOT NULL,
    addr TEXT NOT NULL,
    at_ms BIGINT NOT NULL,
    PRIMARY KEY (account, addr)
);
CREATE INDEX login_trust_at ON login_trust (at_ms);
