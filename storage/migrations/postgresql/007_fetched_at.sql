-- A linked page may change after it was summarized (a live blog, a corrected story): when it was
-- last fetched says when to look at it again, and how old an answer from storage is.
ALTER TABLE articles ADD COLUMN fetched_at TEXT;
UPDATE articles SET fetched_at = created_at;
