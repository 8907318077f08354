"""RSS/Atom feeds: where they are, which topic they feed, when to look again, what was seen."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from storage.database import Database, Row, row_id, utc_now


@dataclass(frozen=True, slots=True)
class Feed:
    id: int
    url: str
    topic: str
    title: str | None
    etag: str | None
    last_modified: str | None
    interval_seconds: int
    next_poll_at: float
    error_count: int
    last_error: str | None
    last_polled_at: str | None

    @classmethod
    def from_row(cls, row: Row) -> Feed:
        return cls(
            id=row["id"],
            url=row["url"],
            topic=row["topic"],
            title=row["title"],
            etag=row["etag"],
            last_modified=row["last_modified"],
            interval_seconds=row["interval_seconds"],
            next_poll_at=row["next_poll_at"],
            error_count=row["error_count"],
            last_error=row["last_error"],
            last_polled_at=row["last_polled_at"],
        )


class FeedRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def add(
        self, url: str, topic: str, admin_id: int, interval_seconds: int = 900
    ) -> Feed | None:
        """A new feed, or None if that URL is already followed."""
        async with self._db.transaction() as db:
            row = await db.fetch_one(
                """INSERT INTO feeds (url, topic, interval_seconds, added_by, created_at)
                   VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING *""",
                (url, topic, interval_seconds, admin_id, utc_now()),
            )
        return Feed.from_row(row) if row else None

    async def get(self, feed_id: int) -> Feed | None:
        row = await self._db.fetch_one("SELECT * FROM feeds WHERE id = ?", (feed_id,))
        return Feed.from_row(row) if row else None

    async def find(self, id_or_url: str) -> Feed | None:
        if id_or_url.lstrip("#").isdigit():  # an id, or digits no id column holds ("²")
            feed_id = row_id(id_or_url)
            return None if feed_id is None else await self.get(feed_id)
        row = await self._db.fetch_one("SELECT * FROM feeds WHERE url = ?", (id_or_url,))
        return Feed.from_row(row) if row else None

    async def remove(self, feed_id: int) -> bool:
        written = await self._db.write("DELETE FROM feeds WHERE id = ?", (feed_id,))
        return written.rowcount == 1

    async def all(self) -> list[Feed]:
        rows = await self._db.fetch_all("SELECT * FROM feeds ORDER BY id")
        return [Feed.from_row(row) for row in rows]

    async def due(self, now: float, limit: int = 20) -> list[Feed]:
        rows = await self._db.fetch_all(
            "SELECT * FROM feeds WHERE next_poll_at <= ? ORDER BY next_poll_at LIMIT ?",
            (now, limit),
        )
        return [Feed.from_row(row) for row in rows]

    async def unseen(self, feed_id: int, keys: Sequence[str]) -> list[str]:
        """The entry keys of this feed not seen before, in the order given."""
        if not keys:
            return []
        marks = ",".join("?" * len(keys))
        rows = await self._db.fetch_all(
            f"SELECT entry_key FROM feed_entries WHERE feed_id = ? AND entry_key IN ({marks})",
            (feed_id, *keys),
        )
        seen = {row[0] for row in rows}
        return [key for key in keys if key not in seen]

    async def mark_seen(self, feed_id: int, entries: Iterable[tuple[str, int | None]]) -> None:
        await self._db.write_many(
            """INSERT INTO feed_entries (feed_id, entry_key, article_id, seen_at)
               VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING""",
            [(feed_id, key, article_id, utc_now()) for key, article_id in entries],
        )

    async def polled(
        self,
        feed_id: int,
        *,
        next_poll_at: float,
        etag: str | None,
        last_modified: str | None,
        title: str | None,
    ) -> None:
        await self._db.write(
            """UPDATE feeds SET etag = ?, last_modified = ?, title = COALESCE(?, title),
                   next_poll_at = ?, error_count = 0, last_error = NULL, last_polled_at = ?
               WHERE id = ?""",
            (etag, last_modified, title, next_poll_at, utc_now(), feed_id),
        )

    async def failed(self, feed_id: int, error: str, next_poll_at: float) -> None:
        await self._db.write(
            """UPDATE feeds SET error_count = error_count + 1, last_error = ?, next_poll_at = ?,
                   last_polled_at = ? WHERE id = ?""",
            (error[:300], next_poll_at, utc_now(), feed_id),
        )
