"""Subscriptions: which user follows which topic (catalog slug or free keywords)."""

from __future__ import annotations

import enum
import json
from collections.abc import Iterable, Sequence

from storage.database import Database, Dialect, utc_now
from summarizer.keywords import index_word


class Subscribed(enum.Enum):
    ADDED = "added"
    ALREADY = "already"
    FULL = "full"


class SubscriptionRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def add(self, user_id: int, topic: str, *, limit: int | None = None) -> Subscribed:
        """Subscribe unless the user already follows ``limit`` topics (checked in the same
        statement, so two quick taps cannot pass the cap together)."""
        async with self._db.transaction() as db:
            written = await db.write(
                """INSERT INTO subscriptions (user_id, topic, index_word, created_at)
                   SELECT CAST(? AS BIGINT), CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT)
                   WHERE CAST(? AS INTEGER) IS NULL
                      OR (SELECT COUNT(*) FROM subscriptions WHERE user_id = ?) < ?
                   ON CONFLICT DO NOTHING""",
                (user_id, topic, index_word(topic), utc_now(), limit, user_id, limit),
            )
            if written.rowcount == 1:
                return Subscribed.ADDED
            found = await db.fetch_one(
                "SELECT 1 FROM subscriptions WHERE user_id = ? AND topic = ?", (user_id, topic)
            )
        return Subscribed.ALREADY if found is not None else Subscribed.FULL

    async def remove(self, user_id: int, topic: str) -> bool:
        cursor = await self._db.write(
            "DELETE FROM subscriptions WHERE user_id = ? AND topic = ?", (user_id, topic)
        )
        return cursor.rowcount == 1

    async def toggle(self, user_id: int, topic: str, *, limit: int | None = None) -> Subscribed:
        """Flip a subscription: ADDED when the user now follows it, ALREADY when it was
        followed and is now removed, FULL when it could not be added."""
        if await self.remove(user_id, topic):
            return Subscribed.ALREADY
        return await self.add(user_id, topic, limit=limit)

    async def topics_of(self, user_id: int) -> list[str]:
        rows = await self._db.fetch_all(
            "SELECT topic FROM subscriptions WHERE user_id = ? ORDER BY created_at, topic",
            (user_id,),
        )
        return [row[0] for row in rows]

    async def topics_of_many(self, user_ids: Sequence[int]) -> dict[int, list[str]]:
        """``topics_of`` for a batch of readers in one query (each push names the reader's own
        topics: a batch of pushes asks once, not once a reader)."""
        rows = await self._db.fetch_all(
            f"""SELECT user_id, topic FROM subscriptions
                WHERE user_id IN ({_unpacked(self._db.dialect, "BIGINT")})
                ORDER BY user_id, created_at, topic""",
            (json.dumps(list(user_ids)),),
        )
        followed: dict[int, list[str]] = {user_id: [] for user_id in user_ids}
        for row in rows:
            followed[row[0]].append(row[1])
        return followed

    async def topics_indexed_under(self, words: Sequence[str]) -> list[str]:
        """Topics filed under any of ``words``: the only keyword subscriptions an article with
        those words can match, found through the index whatever the number of subscriptions."""
        if not words:
            return []
        # The words go as one JSON array (an article has thousands), unpacked by the database.
        rows = await self._db.fetch_all(
            f"""SELECT DISTINCT topic FROM subscriptions
                WHERE index_word IN ({_unpacked(self._db.dialect)}) ORDER BY topic""",
            (json.dumps(list(words)),),
        )
        return [row[0] for row in rows]

    async def index_unfiled(self) -> int:
        """File subscriptions made before the index existed; returns how many were filed."""
        rows = await self._db.fetch_all(
            "SELECT DISTINCT topic FROM subscriptions WHERE index_word IS NULL"
        )
        await self._db.write_many(
            "UPDATE subscriptions SET index_word = ? WHERE topic = ? AND index_word IS NULL",
            [(index_word(row[0]), row[0]) for row in rows],
        )
        return len(rows)

    async def subscribers_of(self, topics: Iterable[str]) -> list[int]:
        """Active users following any of the topics."""
        wanted = list(dict.fromkeys(topics))
        if not wanted:
            return []
        marks = ",".join("?" * len(wanted))
        rows = await self._db.fetch_all(
            f"""SELECT DISTINCT s.user_id FROM subscriptions s
                JOIN users u ON u.id = s.user_id
                WHERE s.topic IN ({marks}) AND u.is_blocked = 0 ORDER BY s.user_id""",
            wanted,
        )
        return [row[0] for row in rows]

    async def counts_by_topic(self) -> list[tuple[str, int]]:
        rows = await self._db.fetch_all(
            "SELECT topic, COUNT(*) FROM subscriptions GROUP BY topic "
            "ORDER BY COUNT(*) DESC, topic"
        )
        return [(row[0], int(row[1])) for row in rows]


def _unpacked(dialect: Dialect, as_type: str = "TEXT") -> str:
    """A subquery of the values of the JSON array bound to its one parameter: one parameter
    however many values (SQLite caps a statement's parameters), in either dialect."""
    if dialect == "sqlite":
        return "SELECT value FROM json_each(?)"
    return f"SELECT CAST(json_array_elements_text(CAST(? AS json)) AS {as_type})"
