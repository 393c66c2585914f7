-- Recurring events and date polls (issue 15).

-- A series keeps its rule and the details new dates get; each date is a row of `events` (with its
-- own answers, capacity and waitlist), planned ahead up to `planned_until`.
CREATE TABLE event_series (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    group_id INTEGER NOT NULL REFERENCES groups(id),
    freq TEXT NOT NULL,
    interval INTEGER NOT NULL DEFAULT 1,
    by_day TEXT NOT NULL DEFAULT '',
    count INTEGER,
    until_at BIGINT,
    -- Local wall time of the series' start in `time_zone`, YYYY-MM-DDTHH:MM:SS.
    start_local TEXT NOT NULL,
    starts_at BIGINT NOT NULL,
    duration BIGINT NOT NULL,
    all_day INTEGER NOT NULL DEFAULT 0,
    time_zone TEXT NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    location TEXT,
    online_url TEXT,
    capacity INTEGER,
    paused INTEGER NOT NULL DEFAULT 0,
    planned_until BIGINT NOT NULL,
    created_by INTEGER NOT NULL REFERENCES users(id),
    created_at BIGINT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX event_series_group ON event_series(group_id);
CREATE INDEX event_series_planning ON event_series(planned_until) WHERE paused = 0;

ALTER TABLE events ADD COLUMN series_id INTEGER REFERENCES event_series(id);
-- The date's RECURRENCE-ID: its start as the rule planned it.
ALTER TABLE events ADD COLUMN occurrence_start BIGINT;
-- Edited on its own: series-wide edits leave it alone.
ALTER TABLE events ADD COLUMN detached INTEGER NOT NULL DEFAULT 0;
CREATE UNIQUE INDEX events_series_occurrence ON events(series_id, occurrence_start) WHERE series_id IS NOT NULL;

-- Dates removed from a series (EXDATE).
CREATE TABLE series_skips (
    series_id INTEGER NOT NULL REFERENCES event_series(id),
    occurrence_start BIGINT NOT NULL,
    PRIMARY KEY (series_id, occurrence_start)
);

-- "Going to every date": new dates get a going answer (marked from_series) for these members.
CREATE TABLE series_rsvps (
    series_id INTEGER NOT NULL REFERENCES event_series(id),
    user_id INTEGER NOT NULL REFERENCES users(id),
    group_id INTEGER NOT NULL REFERENCES groups(id),
    created_at BIGINT NOT NULL,
    PRIMARY KEY (series_id, user_id)
);
CREATE INDEX series_rsvps_user ON series_rsvps(user_id);
ALTER TABLE rsvps ADD COLUMN from_series INTEGER NOT NULL DEFAULT 0;

ALTER TABLE groups ADD COLUMN members_can_poll INTEGER NOT NULL DEFAULT 0;

CREATE TABLE polls (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    group_id INTEGER NOT NULL REFERENCES groups(id),
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    time_zone TEXT NOT NULL,
    created_by INTEGER NOT NULL REFERENCES users(id),
    created_at BIGINT NOT NULL,
    event_id INTEGER,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX polls_group ON polls(group_id, id);

CREATE TABLE poll_options (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    poll_id INTEGER NOT NULL REFERENCES polls(id),
    starts_at BIGINT NOT NULL,
    ends_at BIGINT NOT NULL
);
CREATE INDEX poll_options_poll ON poll_options(poll_id, starts_at);

CREATE TABLE poll_votes (
    option_id INTEGER NOT NULL REFERENCES poll_options(id),
    poll_id INTEGER NOT NULL REFERENCES polls(id),
    user_id INTEGER NOT NULL REFERENCES users(id),
    answer TEXT NOT NULL,
    answered_at BIGINT NOT NULL,
    PRIMARY KEY (option_id, user_id)
);
CREATE INDEX poll_votes_poll ON poll_votes(poll_id, user_id);
