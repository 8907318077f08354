"""Admin broadcasts and digests: a draft, then one outbox row per recipient, sent once each."""

from __future__ import annotations

from dataclasses import dataclass

from storage.database import Database, Row, utc_now
from storage.outbox import BROADCAST_PRIORITY


@dataclass(frozen=True, slots=True)
class Broadcast:
    id: int
    admin_id: int
    kind: str
    topic: str | None
    text: str
    status: str
    created_at: str

    @classmethod
    def from_row(cls, row: Row) -> Broadcast:
        return cls(
            id=row["id"],
            admin_id=row["admin_id"],
            kind=row["kind"],
            topic=row["topic"],
            text=row["text"],
            status=row["status"],
            created_at=row["created_at"],
        )


class BroadcastRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def create_draft(
        self, admin_id: int, text: str, *, kind: str = "broadcast", topic: str | None = None
    ) -> Broadcast:
        async with self._db.transaction() as db:
            row = await db.fetch_one(
                """INSERT INTO broadcasts (admin_id, kind, topic, text, status, created_at)
                   VALUES (?, ?, ?, ?, 'draft', ?) RETURNING *""",
                (admin_id, kind, topic, text, utc_now()),
            )
        assert row is not None
        return Broadcast.from_row(row)

    async def get(self, broadcast_id: int) -> Broadcast | None:
        row = await self._db.fetch_one("SELECT * FROM broadcasts WHERE id = ?", (broadcast_id,))
        return Broadcast.from_row(row) if row else None

    async def start(self, broadcast_id: int) -> int:
        """Draft → sending, with one outbox row per recipient written in the same transaction
        (one INSERT … SELECT); 0 if it was not a draft."""
        async with self._db.transaction() as db:
            cursor = await db.write(
                "UPDATE broadcasts SET status = 'sending', started_at = ? "
                "WHERE id = ? AND status = 'draft'",
                (utc_now(), broadcast_id),
            )
            if cursor.rowcount != 1:
                return 0
            inserted = await db.write(
                """INSERT INTO outbox (kind, ref_id, chat_id, priority, created_at)
                   SELECT b.kind, b.id, u.id, CAST(? AS INTEGER), CAST(? AS TEXT)
                   FROM broadcasts b JOIN users u ON u.is_blocked = 0
                   WHERE b.id = ? AND (b.topic IS NULL OR EXISTS (
                       SELECT 1 FROM subscriptions s
                       WHERE s.user_id = u.id AND s.topic = b.topic))
                   ON CONFLICT DO NOTHING""",
                (BROADCAST_PRIORITY, utc_now(), broadcast_id),
            )
        return inserted.rowcount

    async def set_progress_message(self, broadcast_id: int, chat_id: int, message_id: int) -> None:
        await self._db.write(
            "UPDATE broadcasts SET progress_chat_id = ?, progress_message_id = ? WHERE id = ?",
            (chat_id, message_id, broadcast_id),
        )

    async def progress_message(self, broadcast_id: int) -> tuple[int, int] | None:
        row = await self._db.fetch_one(
            "SELECT progress_chat_id, progress_message_id FROM broadcasts WHERE id = ?",
            (broadcast_id,),
        )
        if row is None or row[0] is None or row[1] is None:
            return None
        return int(row[0]), int(row[1])

    async def cancel(self, broadcast_id: int) -> bool:
        """Stop a draft or a running broadcast; its queued outbox rows are cancelled too."""
        async with self._db.transaction() as db:
            cursor = await db.write(
                "UPDATE broadcasts SET status = 'cancelled', finished_at = ? "
                "WHERE id = ? AND status IN ('draft', 'sending')",
                (utc_now(), broadcast_id),
            )
            await db.write(
                "UPDATE outbox SET status = 'cancelled' WHERE kind IN ('broadcast', 'digest') "
                "AND ref_id = ? AND status = 'queued'",
                (broadcast_id,),
            )
        return cursor.rowcount == 1

    async def cancel_draft(self, broadcast_id: int) -> bool:
        """Drop a broadcast not yet sent (False once it is going out, or gone)."""
        cursor = await self._db.write(
            "UPDATE broadcasts SET status = 'cancelled', finished_at = ? "
            "WHERE id = ? AND status = 'draft'",
            (utc_now(), broadcast_id),
        )
        return cursor.rowcount == 1

    async def finish_if_done(self, broadcast_id: int) -> bool:
        """Mark a running broadcast done once none of its rows is queued or in flight."""
        cursor = await self._db.write(
            """UPDATE broadcasts SET status = 'done', finished_at = ?
               WHERE id = ? AND status = 'sending' AND NOT EXISTS (
                   SELECT 1 FROM outbox WHERE kind IN ('broadcast', 'digest') AND ref_id = ?
                   AND status IN ('queued', 'sending'))""",
            (utc_now(), broadcast_id, broadcast_id),
        )
        return cursor.rowcount == 1

    async def progress(self, broadcast_id: int) -> dict[str, int]:
        rows = await self._db.fetch_all(
            "SELECT status, COUNT(*) FROM outbox WHERE kind IN ('broadcast', 'digest') "
            "AND ref_id = ? GROUP BY status",
            (broadcast_id,),
        )
        return {row[0]: int(row[1]) for row in rows}

    async def newest_draft(self, admin_id: int) -> Broadcast | None:
        """The admin's last preview not yet sent or cancelled."""
        row = await self._db.fetch_one(
            "SELECT * FROM broadcasts WHERE admin_id = ? AND status = 'draft' "
            "ORDER BY id DESC LIMIT 1",
            (admin_id,),
        )
        return Broadcast.from_row(row) if row else None

    async def sending(self) -> list[Broadcast]:
        """Runs still going (after a restart too)."""
        rows = await self._db.fetch_all(
            "SELECT * FROM broadcasts WHERE status = 'sending' ORDER BY id"
        )
        return [Broadcast.from_row(row) for row in rows]

    async def latest(self, limit: int = 5) -> list[Broadcast]:
        """The most recent started runs, newest first, for /stats."""
        rows = await self._db.fetch_all(
            "SELECT * FROM broadcasts WHERE status != 'draft' ORDER BY id DESC LIMIT ?", (limit,)
        )
        return [Broadcast.from_row(row) for row in rows]
