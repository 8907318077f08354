"""Subscriptions: which user follows which topic (catalog slug or free keywords)."""

from __future__ import annotations

from collections.abc import Iterable

from storage.database import Database, utc_now


class SubscriptionRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def add(self, user_id: int, topic: str) -> bool:
        """Subscribe; False when the user already had that topic."""
        cursor = await self._db.connection.execute(
            "INSERT OR IGNORE INTO subscriptions (user_id, topic, created_at) VALUES (?, ?, ?)",
            (user_id, topic, utc_now()),
        )
        await self._db.connection.commit()
        return cursor.rowcount == 1

    async def remove(self, user_id: int, topic: str) -> bool:
        cursor = await self._db.connection.execute(
            "DELETE FROM subscriptions WHERE user_id = ? AND topic = ?", (user_id, topic)
        )
        await self._db.connection.commit()
        return cursor.rowcount == 1

    async def toggle(self, user_id: int, topic: str) -> bool:
        """Flip a subscription; True when the user is now subscribed."""
        if await self.remove(user_id, topic):
            return False
        await self.add(user_id, topic)
        return True

    async def topics_of(self, user_id: int) -> list[str]:
        async with self._db.connection.execute(
            "SELECT topic FROM subscriptions WHERE user_id = ? ORDER BY created_at, topic",
            (user_id,),
        ) as cursor:
            return [row[0] for row in await cursor.fetchall()]

    async def distinct_topics(self) -> list[str]:
        async with self._db.connection.execute(
            "SELECT DISTINCT topic FROM subscriptions ORDER BY topic"
        ) as cursor:
            return [row[0] for row in await cursor.fetchall()]

    async def subscribers_of(self, topics: Iterable[str]) -> list[int]:
        """Active users following any of the topics."""
        wanted = list(dict.fromkeys(topics))
        if not wanted:
            return []
        marks = ",".join("?" * len(wanted))
        async with self._db.connection.execute(
            f"""SELECT DISTINCT s.user_id FROM subscriptions s
                JOIN users u ON u.id = s.user_id
                WHERE s.topic IN ({marks}) AND u.is_blocked = 0 ORDER BY s.user_id""",
            wanted,
        ) as cursor:
            return [row[0] for row in await cursor.fetchall()]

    async def counts_by_topic(self) -> list[tuple[str, int]]:
        async with self._db.connection.execute(
            "SELECT topic, COUNT(*) FROM subscriptions GROUP BY topic "
            "ORDER BY COUNT(*) DESC, topic"
        ) as cursor:
            return [(row[0], int(row[1])) for row in await cursor.fetchall()]
