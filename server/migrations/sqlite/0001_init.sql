-- Kith schema. Portable SQL: integer Unix seconds for times, TEXT for enums and lists,
-- INTEGER 0/1 for booleans, no SQLite-only functions. Denormalised counters (member_count,
-- comment_count, reaction_count, last_activity_at) are kept by the server in the same
-- transaction as the write that changes them.

CREATE TABLE settings (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    username TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    interests TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1,
    created_at BIGINT NOT NULL
);

CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id),
    expires_at BIGINT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX sessions_user ON sessions(user_id);

CREATE TABLE groups (
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    purpose TEXT NOT NULL,
    guidelines TEXT NOT NULL DEFAULT '',
    topics TEXT NOT NULL DEFAULT '',
    region TEXT NOT NULL,
    visibility TEXT NOT NULL,
    archived INTEGER NOT NULL DEFAULT 0,
    member_count INTEGER NOT NULL DEFAULT 0,
    created_by INTEGER NOT NULL REFERENCES users(id),
    created_at BIGINT NOT NULL,
    last_activity_at BIGINT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE memberships (
    group_id INTEGER NOT NULL REFERENCES groups(id),
    user_id INTEGER NOT NULL REFERENCES users(id),
    role TEXT NOT NULL,
    joined_at BIGINT NOT NULL,
    muted_until BIGINT,
    PRIMARY KEY (group_id, user_id)
);
CREATE INDEX memberships_user ON memberships(user_id);

CREATE TABLE join_requests (
    id INTEGER PRIMARY KEY,
    group_id INTEGER NOT NULL REFERENCES groups(id),
    user_id INTEGER NOT NULL REFERENCES users(id),
    message TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL,
    UNIQUE (group_id, user_id)
);

CREATE TABLE bans (
    group_id INTEGER NOT NULL REFERENCES groups(id),
    user_id INTEGER NOT NULL REFERENCES users(id),
    until_at BIGINT,
    reason TEXT NOT NULL,
    banned_by INTEGER NOT NULL REFERENCES users(id),
    created_at BIGINT NOT NULL,
    PRIMARY KEY (group_id, user_id)
);

CREATE TABLE posts (
    id INTEGER PRIMARY KEY,
    group_id INTEGER NOT NULL REFERENCES groups(id),
    author_id INTEGER NOT NULL REFERENCES users(id),
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    edited_at BIGINT,
    pinned INTEGER NOT NULL DEFAULT 0,
    locked INTEGER NOT NULL DEFAULT 0,
    removed INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0,
    comment_count INTEGER NOT NULL DEFAULT 0,
    reaction_count INTEGER NOT NULL DEFAULT 0,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX posts_group_created ON posts(group_id, created_at, id);
CREATE INDEX posts_group_pinned ON posts(group_id, pinned, created_at, id);
CREATE INDEX posts_created ON posts(created_at);

CREATE TABLE comments (
    id INTEGER PRIMARY KEY,
    post_id INTEGER NOT NULL REFERENCES posts(id),
    group_id INTEGER NOT NULL REFERENCES groups(id),
    parent_id INTEGER REFERENCES comments(id),
    author_id INTEGER NOT NULL REFERENCES users(id),
    body TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    edited_at BIGINT,
    removed INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX comments_post ON comments(post_id, created_at, id);
CREATE INDEX comments_group_created ON comments(group_id, created_at);

CREATE TABLE post_reactions (
    post_id INTEGER NOT NULL REFERENCES posts(id),
    user_id INTEGER NOT NULL REFERENCES users(id),
    kind TEXT NOT NULL,
    group_id INTEGER NOT NULL REFERENCES groups(id),
    created_at BIGINT NOT NULL,
    PRIMARY KEY (post_id, user_id, kind)
);
CREATE INDEX post_reactions_group ON post_reactions(group_id, created_at);

CREATE TABLE comment_reactions (
    comment_id INTEGER NOT NULL REFERENCES comments(id),
    user_id INTEGER NOT NULL REFERENCES users(id),
    kind TEXT NOT NULL,
    group_id INTEGER NOT NULL REFERENCES groups(id),
    created_at BIGINT NOT NULL,
    PRIMARY KEY (comment_id, user_id, kind)
);
CREATE INDEX comment_reactions_group ON comment_reactions(group_id, created_at);

CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    group_id INTEGER NOT NULL REFERENCES groups(id),
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    starts_at BIGINT NOT NULL,
    ends_at BIGINT NOT NULL,
    all_day INTEGER NOT NULL DEFAULT 0,
    time_zone TEXT NOT NULL,
    location TEXT,
    online_url TEXT,
    capacity INTEGER,
    cancelled INTEGER NOT NULL DEFAULT 0,
    created_by INTEGER NOT NULL REFERENCES users(id),
    created_at BIGINT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX events_group_start ON events(group_id, starts_at, id);
CREATE INDEX events_start ON events(starts_at, id);

-- waitlist_seq orders the waitlist (and is kept for history on promotion).
CREATE TABLE rsvps (
    event_id INTEGER NOT NULL REFERENCES events(id),
    user_id INTEGER NOT NULL REFERENCES users(id),
    group_id INTEGER NOT NULL REFERENCES groups(id),
    status TEXT NOT NULL,
    responded_at BIGINT NOT NULL,
    waitlist_seq BIGINT,
    PRIMARY KEY (event_id, user_id)
);
CREATE INDEX rsvps_group ON rsvps(group_id, responded_at);

CREATE TABLE resources (
    id INTEGER PRIMARY KEY,
    group_id INTEGER NOT NULL REFERENCES groups(id),
    title TEXT NOT NULL,
    url TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    tags TEXT NOT NULL DEFAULT '',
    added_by INTEGER NOT NULL REFERENCES users(id),
    created_at BIGINT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX resources_group ON resources(group_id, id);

-- One queue item per reported target while open; target_id is a post, comment or user id.
CREATE TABLE report_items (
    id INTEGER PRIMARY KEY,
    group_id INTEGER NOT NULL REFERENCES groups(id),
    target_kind TEXT NOT NULL,
    target_id INTEGER NOT NULL,
    status TEXT NOT NULL,
    report_count INTEGER NOT NULL DEFAULT 0,
    first_reported_at BIGINT NOT NULL,
    last_reported_at BIGINT NOT NULL,
    resolution_action TEXT,
    resolution_reason TEXT,
    resolved_by INTEGER REFERENCES users(id),
    resolved_at BIGINT,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX report_items_group ON report_items(group_id, status, id);
CREATE INDEX report_items_target ON report_items(target_kind, target_id, status);

CREATE TABLE reports (
    id INTEGER PRIMARY KEY,
    item_id INTEGER NOT NULL REFERENCES report_items(id),
    reporter_id INTEGER NOT NULL REFERENCES users(id),
    reason TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX reports_item ON reports(item_id, id);

CREATE TABLE modlog (
    id INTEGER PRIMARY KEY,
    group_id INTEGER NOT NULL REFERENCES groups(id),
    actor_id INTEGER NOT NULL REFERENCES users(id),
    kind TEXT NOT NULL,
    target_kind TEXT NOT NULL,
    target_id TEXT NOT NULL,
    target_label TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL
);
CREATE INDEX modlog_group ON modlog(group_id, id);

CREATE TABLE idempotency_keys (
    user_id INTEGER NOT NULL,
    idem_key TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    status INTEGER NOT NULL,
    body TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (user_id, idem_key)
);
