-- Every bulk message (broadcast, digest, topic push) is written here first, one row per
-- recipient, and then sent by the delivery worker. A restart resumes from these rows.
CREATE TABLE outbox (
    id         INTEGER PRIMARY KEY,
    kind       TEXT    NOT NULL CHECK (kind IN ('broadcast', 'digest', 'push', 'user_digest')),
    ref_id     INTEGER NOT NULL,
    chat_id    INTEGER NOT NULL,
    payload    TEXT,
    priority   INTEGER NOT NULL DEFAULT 10,
    status     TEXT    NOT NULL DEFAULT 'queued'
               CHECK (status IN ('queued', 'sending', 'sent', 'failed', 'blocked', 'cancelled')),
    parts_sent INTEGER NOT NULL DEFAULT 0,
    attempts   INTEGER NOT NULL DEFAULT 0,
    not_before REAL    NOT NULL DEFAULT 0,
    error      TEXT,
    created_at TEXT    NOT NULL,
    sent_at    TEXT,
    UNIQUE (kind, ref_id, chat_id)
);
CREATE INDEX outbox_due ON outbox (status, priority, not_before, id);
CREATE INDEX outbox_by_ref ON outbox (kind, ref_id, status);
CREATE INDEX outbox_by_chat ON outbox (chat_id, status);

-- Broadcast progress is shown by editing the admin's confirmation message.
ALTER TABLE broadcasts ADD COLUMN progress_chat_id INTEGER;
ALTER TABLE broadcasts ADD COLUMN progress_message_id INTEGER;
ALTER TABLE broadcasts ADD COLUMN started_at TEXT;

-- Recipients still queued from before the outbox move into it; the old table goes.
INSERT INTO outbox (kind, ref_id, chat_id, status, created_at)
    SELECT b.kind, r.broadcast_id, r.user_id, 'queued', b.created_at
    FROM broadcast_recipients r JOIN broadcasts b ON b.id = r.broadcast_id
    WHERE r.status = 'queued';
DROP TABLE broadcast_recipients;

-- Daily digest broadcasts an admin scheduled (all users, or one topic's subscribers).
CREATE TABLE scheduled_digests (
    id          INTEGER PRIMARY KEY,
    admin_id    INTEGER NOT NULL,
    topic       TEXT,
    at_time     TEXT    NOT NULL,
    timezone    TEXT    NOT NULL DEFAULT 'UTC',
    last_run_on TEXT,
    created_at  TEXT    NOT NULL
);
CREATE UNIQUE INDEX scheduled_digests_one_per_topic ON scheduled_digests (COALESCE(topic, ''));

-- RSS/Atom feeds polled into topics.
CREATE TABLE feeds (
    id               INTEGER PRIMARY KEY,
    url              TEXT    NOT NULL UNIQUE,
    topic            TEXT    NOT NULL,
    title            TEXT,
    etag             TEXT,
    last_modified    TEXT,
    interval_seconds INTEGER NOT NULL DEFAULT 900,
    next_poll_at     REAL    NOT NULL DEFAULT 0,
    error_count      INTEGER NOT NULL DEFAULT 0,
    last_error       TEXT,
    last_polled_at   TEXT,
    added_by         INTEGER,
    created_at       TEXT    NOT NULL
);
CREATE INDEX feeds_due ON feeds (next_poll_at);
CREATE TABLE feed_entries (
    feed_id    INTEGER NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
    entry_key  TEXT    NOT NULL,
    article_id INTEGER REFERENCES articles (id) ON DELETE SET NULL,
    seen_at    TEXT    NOT NULL,
    PRIMARY KEY (feed_id, entry_key)
);
