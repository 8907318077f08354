"""The outbox: bulk messages written before they are sent, so a crash loses none of them.

A row is ``queued`` until the worker claims it (``sending``), then ``sent``, ``failed``,
``blocked`` or ``cancelled``. Rows still ``sending`` at start-up were in flight when the process
died: they go back to ``queued``, and those whose send had in fact reached Telegram are the only
possible duplicates.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass

from storage.database import Database, Row, utc_now

PUSH_PRIORITY = 10
DIGEST_PRIORITY = 15
BROADCAST_PRIORITY = 20


@dataclass(frozen=True, slots=True)
class OutboxItem:
    id: int
    kind: str
    ref_id: int
    chat_id: int
    payload: str | None
    parts_sent: int
    attempts: int

    @classmethod
    def from_row(cls, row: Row) -> OutboxItem:
        return cls(
            id=row["id"],
            kind=row["kind"],
            ref_id=row["ref_id"],
            chat_id=row["chat_id"],
            payload=row["payload"],
            parts_sent=row["parts_sent"],
            attempts=row["attempts"],
        )


@dataclass(frozen=True, slots=True)
class Outcome:
    """What happened to one claimed row; the worker records many of these at once."""

    item: OutboxItem
    status: str  # sent | failed | blocked | retry | cancelled
    parts_sent: int = 0
    error: str | None = None
    not_before: float = 0.0


class OutboxRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def enqueue_one(
        self, kind: str, ref_id: int, chat_id: int, payload: str, priority: int = DIGEST_PRIORITY
    ) -> bool:
        cursor = await self._db.write(
            """INSERT INTO outbox (kind, ref_id, chat_id, payload, priority, created_at)
               VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
            (kind, ref_id, chat_id, payload, priority, utc_now()),
        )
        return cursor.rowcount == 1

    async def recover_in_flight(self) -> int:
        """At start-up: rows left ``sending`` by a crash are queued again (unless their
        broadcast was cancelled meanwhile)."""
        cursor = await self._db.write(
            """UPDATE outbox SET status = CASE
                   WHEN kind IN ('broadcast', 'digest') AND ref_id IN (
                       SELECT id FROM broadcasts WHERE status = 'cancelled') THEN 'cancelled'
                   ELSE 'queued' END
               WHERE status = 'sending'"""
        )
        return cursor.rowcount

    async def claim_due(self, limit: int, now: float | None = None) -> list[OutboxItem]:
        """Mark up to ``limit`` due rows ``sending`` and return them, most urgent first.

        On PostgreSQL several workers (or bot instances) may claim at once: the rows one has
        locked are skipped by the others rather than claimed twice or waited for. SQLite has
        one writer at a time and no row locks, so it needs (and has) no such clause."""
        now = time.time() if now is None else now
        lock = " FOR UPDATE SKIP LOCKED" if self._db.dialect == "postgresql" else ""
        async with self._db.transaction() as db:
            rows = await db.fetch_all(
                f"""UPDATE outbox SET status = 'sending'
                    WHERE id IN (SELECT id FROM outbox WHERE status = 'queued' AND not_before <= ?
                                 ORDER BY priority, id LIMIT ?{lock})
                    RETURNING *""",
                (now, limit),
            )
        return sorted((OutboxItem.from_row(row) for row in rows), key=lambda i: i.id)

    async def next_due_in(self, now: float | None = None) -> float | None:
        """Seconds until the next queued row is due (0 if one is due now; None if none)."""
        now = time.time() if now is None else now
        row = await self._db.fetch_one(
            "SELECT MIN(not_before) FROM outbox WHERE status = 'queued'"
        )
        if row is None or row[0] is None:
            return None
        return max(0.0, float(row[0]) - now)

    async def record(self, outcomes: Sequence[Outcome]) -> None:
        """Write a batch of outcomes in one transaction."""
        if not outcomes:
            return
        async with self._db.transaction() as db:
            now = utc_now()
            sent = [o for o in outcomes if o.status == "sent"]
            await db.write_many(
                "UPDATE outbox SET status = 'sent', parts_sent = ?, sent_at = ?, error = NULL "
                "WHERE id = ?",
                [(o.parts_sent, now, o.item.id) for o in sent],
            )
            await db.write_many(
                "UPDATE deliveries SET status = 'sent', sent_at = ? "
                "WHERE user_id = ? AND article_id = ?",
                [(now, o.item.chat_id, o.item.ref_id) for o in sent if o.item.kind == "push"],
            )
            await db.write_many(
                "UPDATE outbox SET status = 'queued', attempts = attempts + 1, parts_sent = ?, "
                "not_before = ?, error = ? WHERE id = ?",
                [
                    (o.parts_sent, o.not_before, o.error, o.item.id)
                    for o in outcomes
                    if o.status == "retry"
                ],
            )
            await db.write_many(
                "UPDATE outbox SET status = 'cancelled', parts_sent = ?, error = ? WHERE id = ?",
                [(o.parts_sent, o.error, o.item.id) for o in outcomes if o.status == "cancelled"],
            )
            await db.write_many(
                "UPDATE outbox SET status = 'failed', parts_sent = ?, error = ? WHERE id = ?",
                [(o.parts_sent, o.error, o.item.id) for o in outcomes if o.status == "failed"],
            )
            blocked = [o for o in outcomes if o.status == "blocked"]
            await db.write_many(
                "UPDATE outbox SET status = 'blocked', error = ? WHERE id = ?",
                [(o.error, o.item.id) for o in blocked],
            )
            # A blocked user gets nothing more: their other queued rows stop too.
            await db.write_many(
                "UPDATE outbox SET status = 'blocked', error = 'user blocked the bot' "
                "WHERE chat_id = ? AND status = 'queued'",
                [(o.item.chat_id,) for o in blocked],
            )
            await db.write_many(
                "UPDATE users SET is_blocked = 1, blocked_at = ? WHERE id = ? AND is_blocked = 0",
                [(now, o.item.chat_id) for o in blocked],
            )

    async def cancel(self, kind: str, ref_id: int) -> int:
        cursor = await self._db.write(
            "UPDATE outbox SET status = 'cancelled' "
            "WHERE kind = ? AND ref_id = ? AND status = 'queued'",
            (kind, ref_id),
        )
        return cursor.rowcount

    async def progress(self, kind: str, ref_id: int) -> dict[str, int]:
        rows = await self._db.fetch_all(
            "SELECT status, COUNT(*) FROM outbox WHERE kind = ? AND ref_id = ? GROUP BY status",
            (kind, ref_id),
        )
        return {row[0]: int(row[1]) for row in rows}

    async def counts(self) -> dict[str, int]:
        rows = await self._db.fetch_all("SELECT status, COUNT(*) FROM outbox GROUP BY status")
        return {row[0]: int(row[1]) for row in rows}
