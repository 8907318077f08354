-- Pasted text is private to the person who pasted it: never pushed, listed or shown to others.
ALTER TABLE articles ADD COLUMN is_private INTEGER NOT NULL DEFAULT 0 CHECK (is_private IN (0, 1));
UPDATE articles SET is_private = 1 WHERE canonical_url IS NULL AND submitted_by IS NOT NULL;
CREATE INDEX articles_public_by_time ON articles (is_private, created_at);

-- Keyword subscriptions filed under one of their words (summarizer.keywords.index_word), so a
-- new article only checks the subscriptions filed under words it contains. NULL until indexed.
ALTER TABLE subscriptions ADD COLUMN index_word TEXT;
CREATE INDEX subscriptions_by_index_word ON subscriptions (index_word, topic);
