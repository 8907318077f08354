"""Users: who has talked to Sift, whether they blocked it, and how they want updates."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from storage.database import Database, Row, utc_now


@dataclass(frozen=True, slots=True)
class User:
    id: int
    first_name: str
    username: str | None
    is_blocked: bool
    mode: str
    digest_time: str
    timezone: str
    last_digest_on: str | None

    @classmethod
    def from_row(cls, row: Row) -> User:
        return cls(
            id=row["id"],
            first_name=row["first_name"],
            username=row["username"],
            is_blocked=bool(row["is_blocked"]),
            mode=row["mode"],
            digest_time=row["digest_time"],
            timezone=row["timezone"],
            last_digest_on=row["last_digest_on"],
        )


class UserRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def seen(self, user_id: int, first_name: str, username: str | None) -> None:
        """Record a user who wrote to Sift; writing again means they unblocked it."""
        now = utc_now()
        await self._db.write(
            """INSERT INTO users (id, first_name, username, created_at, last_seen_at)
               VALUES (?, ?, ?, ?, ?)
               ON CONFLICT (id) DO UPDATE SET first_name = excluded.first_name,
                   username = excluded.username, last_seen_at = excluded.last_seen_at,
                   is_blocked = 0, blocked_at = NULL""",
            (user_id, first_name, username, now, now),
        )

    async def seen_many(self, users: Sequence[tuple[int, str]]) -> None:
        """Many users at once (imports, benchmarks): one transaction."""
        now = utc_now()
        await self._db.write_many(
            """INSERT INTO users (id, first_name, created_at, last_seen_at) VALUES (?, ?, ?, ?)
               ON CONFLICT (id) DO UPDATE SET last_seen_at = excluded.last_seen_at""",
            [(user_id, name, now, now) for user_id, name in users],
        )

    async def get(self, user_id: int) -> User | None:
        row = await self._db.fetch_one("SELECT * FROM users WHERE id = ?", (user_id,))
        return User.from_row(row) if row else None

    async def mark_blocked(self, user_id: int, blocked: bool = True) -> None:
        await self._db.write(
            "UPDATE users SET is_blocked = ?, blocked_at = ? WHERE id = ?",
            (int(blocked), utc_now() if blocked else None, user_id),
        )

    async def set_mode(
        self,
        user_id: int,
        mode: str,
        digest_time: str | None = None,
        *,
        last_digest_on: str | None = None,
    ) -> None:
        """``last_digest_on`` (a digest set to an hour passed today is today's) is written in
        the same statement: the digest job never sees the new hour without it."""
        await self._db.write(
            """UPDATE users SET mode = ?, digest_time = COALESCE(?, digest_time),
                                last_digest_on = COALESCE(?, last_digest_on)
               WHERE id = ?""",
            (mode, digest_time, last_digest_on, user_id),
        )

    async def set_timezone(
        self, user_id: int, timezone: str, *, last_digest_on: str | None = None
    ) -> None:
        """As ``set_mode``: the zone and the day's digest marked sent, in one statement."""
        await self._db.write(
            """UPDATE users SET timezone = ?, last_digest_on = COALESCE(?, last_digest_on)
               WHERE id = ?""",
            (timezone, last_digest_on, user_id),
        )

    async def set_last_digest(self, user_id: int, local_date: str) -> None:
        await self._db.write(
            "UPDATE users SET last_digest_on = ? WHERE id = ?", (local_date, user_id)
        )

    async def active_ids(self) -> list[int]:
        rows = await self._db.fetch_all("SELECT id FROM users WHERE is_blocked = 0 ORDER BY id")
        return [row[0] for row in rows]

    async def in_digest_mode(self) -> list[User]:
        rows = await self._db.fetch_all(
            "SELECT * FROM users WHERE mode = 'digest' AND is_blocked = 0 ORDER BY id"
        )
        return [User.from_row(row) for row in rows]

    async def counts(self) -> tuple[int, int, int]:
        """(all users, active, blocked)."""
        row = await self._db.fetch_one(
            "SELECT COUNT(*), COALESCE(SUM(1 - is_blocked), 0), COALESCE(SUM(is_blocked), 0) "
            "FROM users"
        )
        assert row is not None
        return int(row[0]), int(row[1]), int(row[2])
