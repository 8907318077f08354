-- Users are private chats: a Telegram user id is also the chat id Sift writes to.
CREATE TABLE users (
    id            INTEGER PRIMARY KEY,
    first_name    TEXT    NOT NULL DEFAULT '',
    username      TEXT,
    is_blocked    INTEGER NOT NULL DEFAULT 0 CHECK (is_blocked IN (0, 1)),
    blocked_at    TEXT,
    mode          TEXT    NOT NULL DEFAULT 'instant' CHECK (mode IN ('instant', 'digest')),
    digest_time   TEXT    NOT NULL DEFAULT '08:00',
    timezone      TEXT    NOT NULL DEFAULT 'UTC',
    last_digest_on TEXT,
    created_at    TEXT    NOT NULL,
    last_seen_at  TEXT    NOT NULL
);
CREATE INDEX users_active ON users (is_blocked, id);

-- A topic is a catalog slug ("ukraine") or free keywords in lower case ("nuclear power").
CREATE TABLE subscriptions (
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    topic      TEXT    NOT NULL,
    created_at TEXT    NOT NULL,
    PRIMARY KEY (user_id, topic)
);
CREATE INDEX subscriptions_by_topic ON subscriptions (topic, user_id);

CREATE TABLE articles (
    id            INTEGER PRIMARY KEY,
    canonical_url TEXT UNIQUE,
    content_hash  TEXT    NOT NULL UNIQUE,
    title         TEXT,
    summary_json  TEXT    NOT NULL,
    submitted_by  INTEGER REFERENCES users (id) ON DELETE SET NULL,
    created_at    TEXT    NOT NULL
);
CREATE INDEX articles_by_time ON articles (created_at);

-- Every URL a user sent that led to an article (several links can lead to one article).
CREATE TABLE article_urls (
    url        TEXT    PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE
);

CREATE TABLE article_topics (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    topic      TEXT    NOT NULL,
    PRIMARY KEY (topic, article_id)
);

-- Who got (or is held to get) which article: the primary key is the duplicate guard.
CREATE TABLE deliveries (
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    status     TEXT    NOT NULL CHECK (status IN ('queued', 'held', 'sent', 'failed')),
    error      TEXT,
    created_at TEXT    NOT NULL,
    sent_at    TEXT,
    PRIMARY KEY (user_id, article_id)
);
CREATE INDEX deliveries_by_status ON deliveries (status, user_id);
CREATE INDEX deliveries_by_article ON deliveries (article_id, status);

-- Admin broadcasts and digests: one row per run, one recipient row per user.
CREATE TABLE broadcasts (
    id         INTEGER PRIMARY KEY,
    admin_id   INTEGER NOT NULL,
    kind       TEXT    NOT NULL CHECK (kind IN ('broadcast', 'digest')),
    topic      TEXT,
    text       TEXT    NOT NULL,
    status     TEXT    NOT NULL CHECK (status IN ('draft', 'sending', 'done', 'cancelled')),
    created_at TEXT    NOT NULL,
    finished_at TEXT
);
CREATE TABLE broadcast_recipients (
    broadcast_id INTEGER NOT NULL REFERENCES broadcasts (id) ON DELETE CASCADE,
    user_id      INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    status       TEXT    NOT NULL CHECK (status IN ('queued', 'sent', 'failed', 'blocked')),
    error        TEXT,
    sent_at      TEXT,
    PRIMARY KEY (broadcast_id, user_id)
);
CREATE INDEX broadcast_recipients_queued ON broadcast_recipients (broadcast_id, status);
