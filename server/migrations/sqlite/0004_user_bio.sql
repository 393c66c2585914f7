-- A member's bio (plain text, empty when none), and indexes for a profile's recent activity:
-- a member's newest posts and comments.
ALTER TABLE users ADD COLUMN bio TEXT NOT NULL DEFAULT '';
CREATE INDEX posts_author_created ON posts(author_id, created_at, id);
CREATE INDEX comments_author_created ON comments(author_id, created_at, id);
