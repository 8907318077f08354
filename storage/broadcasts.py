"""Admin broadcasts and digests: a draft, then one recipient row per user, sent once each."""

from __future__ import annotations

from dataclasses import dataclass

import aiosqlite

from storage.database import Database, utc_now


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
    def from_row(cls, row: aiosqlite.Row) -> Broadcast:
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
        cursor = await self._db.connection.execute(
            """INSERT INTO broadcasts (admin_id, kind, topic, text, status, created_at)
               VALUES (?, ?, ?, ?, 'draft', ?)""",
            (admin_id, kind, topic, text, utc_now()),
        )
        await self._db.connection.commit()
        broadcast = await self.get(int(cursor.lastrowid or 0))
        assert broadcast is not None
        return broadcast

    async def get(self, broadcast_id: int) -> Broadcast | None:
        async with self._db.connection.execute(
            "SELECT * FROM broadcasts WHERE id = ?", (broadcast_id,)
        ) as cursor:
            row = await cursor.fetchone()
        return Broadcast.from_row(row) if row else None

    async def start(self, broadcast_id: int) -> int:
        """Draft → sending, writing every recipient in the same transaction; 0 if not a draft."""
        db = self._db.connection
        cursor = await db.execute(
            "UPDATE broadcasts SET status = 'sending' WHERE id = ? AND status = 'draft'",
            (broadcast_id,),
        )
        if cursor.rowcount != 1:
            await db.rollback()
            return 0
        inserted = await db.execute(
            """INSERT OR IGNORE INTO broadcast_recipients (broadcast_id, user_id, status)
               SELECT b.id, u.id, 'queued' FROM broadcasts b JOIN users u ON u.is_blocked = 0
               WHERE b.id = ? AND (b.topic IS NULL OR EXISTS (
                   SELECT 1 FROM subscriptions s WHERE s.user_id = u.id AND s.topic = b.topic))""",
            (broadcast_id,),
        )
        await db.commit()
        return inserted.rowcount

    async def cancel(self, broadcast_id: int) -> bool:
        cursor = await self._db.connection.execute(
            "UPDATE broadcasts SET status = 'cancelled', finished_at = ? "
            "WHERE id = ? AND status IN ('draft', 'sending')",
            (utc_now(), broadcast_id),
        )
        await self._db.connection.commit()
        return cursor.rowcount == 1

    async def finish(self, broadcast_id: int) -> None:
        await self._db.connection.execute(
            "UPDATE broadcasts SET status = 'done', finished_at = ? "
            "WHERE id = ? AND status = 'sending'",
            (utc_now(), broadcast_id),
        )
        await self._db.connection.commit()

    async def queued_recipients(self, broadcast_id: int, limit: int = 100) -> list[int]:
        async with self._db.connection.execute(
            """SELECT user_id FROM broadcast_recipients
               WHERE broadcast_id = ? AND status = 'queued' ORDER BY user_id LIMIT ?""",
            (broadcast_id, limit),
        ) as cursor:
            return [row[0] for row in await cursor.fetchall()]

    async def mark_recipient(
        self, broadcast_id: int, user_id: int, status: str, error: str | None = None
    ) -> None:
        await self._db.connection.execute(
            """UPDATE broadcast_recipients SET status = ?, error = ?, sent_at = ?
               WHERE broadcast_id = ? AND user_id = ?""",
            (status, error, utc_now(), broadcast_id, user_id),
        )
        await self._db.connection.commit()

    async def progress(self, broadcast_id: int) -> dict[str, int]:
        async with self._db.connection.execute(
            "SELECT status, COUNT(*) FROM broadcast_recipients WHERE broadcast_id = ? "
            "GROUP BY status",
            (broadcast_id,),
        ) as cursor:
            return {row[0]: int(row[1]) for row in await cursor.fetchall()}

    async def sending(self) -> list[Broadcast]:
        """Runs interrupted by a restart, to be resumed."""
        async with self._db.connection.execute(
            "SELECT * FROM broadcasts WHERE status = 'sending' ORDER BY id"
        ) as cursor:
            return [Broadcast.from_row(row) for row in await cursor.fetchall()]
