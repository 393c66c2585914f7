-- Notifications (issue 14): the inbox, per-group levels, blocking, the live stream's event log,
-- stream tickets and push subscriptions.

-- AUTOINCREMENT here and below: ids are never reused after pruning, so cursors, `up_to` and
-- Last-Event-ID keep meaning what they meant.
CREATE TABLE notifications (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id INTEGER NOT NULL REFERENCES users(id),
    kind TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    read_at BIGINT,
    actor_id INTEGER REFERENCES users(id),
    group_id INTEGER REFERENCES groups(id),
    target_type TEXT NOT NULL,
    target_id BIGINT,
    post_id BIGINT,
    comment_id BIGINT,
    target_username TEXT,
    excerpt TEXT NOT NULL DEFAULT '',
    until_at BIGINT,
    role TEXT,
    sanction TEXT,
    -- Set for notifications that must exist once (reminders: 'r24:<event>', 'r1:<event>').
    dedupe_key TEXT,
    pushed_at BIGINT
);
CREATE INDEX notifications_user ON notifications(user_id, id);
CREATE INDEX notifications_unread ON notifications(user_id, read_at, id);
CREATE INDEX notifications_created ON notifications(created_at);
CREATE INDEX notifications_unpushed ON notifications(pushed_at, user_id);
CREATE UNIQUE INDEX notifications_dedupe ON notifications(user_id, dedupe_key);

ALTER TABLE memberships ADD COLUMN notify_level TEXT NOT NULL DEFAULT 'default';

CREATE TABLE blocks (
    blocker_id INTEGER NOT NULL REFERENCES users(id),
    blocked_id INTEGER NOT NULL REFERENCES users(id),
    created_at BIGINT NOT NULL,
    PRIMARY KEY (blocker_id, blocked_id)
);

-- What live streams deliver, in one sequence so Last-Event-ID can resume across restarts and
-- servers: user_id set for one member's events, group_id for a group's members.
CREATE TABLE stream_events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    created_at BIGINT NOT NULL,
    user_id INTEGER,
    group_id INTEGER,
    kind TEXT NOT NULL,
    data TEXT NOT NULL
);
CREATE INDEX stream_events_created ON stream_events(created_at);
CREATE INDEX stream_events_user ON stream_events(user_id, id);
CREATE INDEX stream_events_group ON stream_events(group_id, id);

CREATE TABLE stream_tickets (
    hash TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id),
    expires_at BIGINT NOT NULL
);

CREATE TABLE push_subscriptions (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id),
    endpoint TEXT NOT NULL UNIQUE,
    p256dh TEXT NOT NULL,
    auth TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    last_push_at BIGINT NOT NULL DEFAULT 0,
    failures INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX push_subscriptions_user ON push_subscriptions(user_id);


-- A decided join request's row is deleted; without AUTOINCREMENT the next request could take
-- its id, and a notification (or a moderator's stale page) naming the old id would point at
-- someone else's request. Rebuilt with ids that are never reused.
CREATE TABLE join_requests_new (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    group_id INTEGER NOT NULL REFERENCES groups(id),
    user_id INTEGER NOT NULL REFERENCES users(id),
    message TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL,
    UNIQUE (group_id, user_id)
);
INSERT INTO join_requests_new (id, group_id, user_id, message, created_at)
    SELECT id, group_id, user_id, message, created_at FROM join_requests;
DROP TABLE join_requests;
ALTER TABLE join_requests_new RENAME TO join_requests;
