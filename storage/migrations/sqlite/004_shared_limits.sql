-- What several instances share besides the data: Telegram's send budget (storage.pace) and
-- each user's request allowance (storage.ratelimits). Rows live for about a minute at most.
CREATE TABLE send_tickets (
    id      INTEGER PRIMARY KEY,
    expires REAL    NOT NULL
);
CREATE INDEX send_tickets_by_expiry ON send_tickets (expires);

CREATE TABLE rate_hits (
    user_id INTEGER NOT NULL,
    at      REAL    NOT NULL
);
CREATE INDEX rate_hits_by_user ON rate_hits (user_id, at);
CREATE INDEX rate_hits_by_time ON rate_hits (at);
