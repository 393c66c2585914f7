-- Hardening: comment depth, one report per reporter per item, discovery keys kept in the
-- table (so discovery pages in SQL), and indexes for the purges that now run on a timer.

-- How deep a comment sits in its thread (1: a comment on the post).
ALTER TABLE comments ADD COLUMN depth INTEGER NOT NULL DEFAULT 1;
WITH RECURSIVE tree(id, depth) AS (
    SELECT id, 1 FROM comments WHERE parent_id IS NULL
    UNION ALL
    SELECT c.id, tree.depth + 1 FROM comments c JOIN tree ON c.parent_id = tree.id
)
UPDATE comments SET depth = (SELECT tree.depth FROM tree WHERE tree.id = comments.id)
WHERE id IN (SELECT id FROM tree);

-- A reporter counts once per queue item: drop repeats, recount, then enforce it.
DELETE FROM reports WHERE id NOT IN (SELECT MIN(id) FROM reports GROUP BY item_id, reporter_id);
UPDATE report_items SET report_count = (SELECT COUNT(*) FROM reports WHERE reports.item_id = report_items.id);
CREATE UNIQUE INDEX reports_item_reporter ON reports(item_id, reporter_id);

-- Lowercased search text, name and region (Unicode-aware, written by the server; rows from
-- before this migration are filled in at start-up).
ALTER TABLE groups ADD COLUMN search_text TEXT;
ALTER TABLE groups ADD COLUMN name_key TEXT;
ALTER TABLE groups ADD COLUMN region_key TEXT;
CREATE INDEX groups_active ON groups(archived, last_activity_at, id);
CREATE INDEX groups_created ON groups(archived, created_at, id);
CREATE INDEX groups_members ON groups(archived, member_count, id);
CREATE INDEX groups_name ON groups(archived, name_key, id);

-- A replayed answer carries its ETag too.
ALTER TABLE idempotency_keys ADD COLUMN etag TEXT;
CREATE INDEX idempotency_created ON idempotency_keys(created_at);
CREATE INDEX sessions_expires ON sessions(expires_at);
