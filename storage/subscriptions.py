"""Subscriptions: which user follows which topic (catalog slug or free keywords)."""

from __future__ import annotations

from collections.abc import Iterable

from storage.database import Database, utc_now


class SubscriptionRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def add(self, user_id: int, topic: str) -> bool:
        """Subscribe; False when the user already had that topic."""
        cursor = await self._db.write(
            "INSERT OR IGNORE INTO subscriptions (user_id, topic, created_at) VALUES (?, ?, ?)",
            (user_id, topic, utc_now()),
        )
        return cursor.rowcount == 1

    async def remove(self, user_id: int, topic: str) -> bool:
        cursor = await self._db.write(
            "DELETE FROM subscriptions WHERE user_id = ? AND topic = ?", (user_id, topic)
        )
        return cursor.rowcount == 1

    async def toggle(self, user_id: int, topic: str) -> bool:
        """Flip a subscription; True when the user is now subscribed."""
        if await self.remove(user_id, topic):
            return False
        await self.add(user_id, topic)
        return True

    async def topics_of(self, user_id: int) -> list[str]:
        rows = await self._db.fetch_all(
            "SELECT topic FROM subscriptions WHERE user_id = ? ORDER BY created_at, topic",
            (user_id,),
        )
        return [row[0] for row in rows]

    async def distinct_topics(self) -> list[str]:
        rows = await self._db.fetch_all("SELECT DISTINCT topic FROM subscriptions ORDER BY topic")
        return [row[0] for row in rows]

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
