"""Deliveries of new articles to topic subscribers; the key allows one per user and article."""

from __future__ import annotations

from collections.abc import Sequence

from storage.articles import StoredArticle
from storage.database import Database, utc_now
from storage.outbox import DIGEST_PRIORITY, PUSH_PRIORITY


class DeliveryRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def fan_out(
        self, article_id: int, user_ids: Sequence[int], *, exclude: int | None
    ) -> int:
        """Queue the article for instant users (with their outbox rows) and hold it for digest
        users, in one transaction. Users who already have it are skipped by the primary key."""
        if not user_ids:
            return 0
        marks = ",".join("?" * len(user_ids))
        async with self._db.transaction() as db:
            now = utc_now()
            written = await db.write(
                f"""INSERT INTO deliveries (user_id, article_id, status, created_at)
                    SELECT u.id, CAST(? AS BIGINT),
                           CASE u.mode WHEN 'digest' THEN 'held' ELSE 'queued' END,
                           CAST(? AS TEXT)
                    FROM users u
                    WHERE u.id IN ({marks}) AND u.is_blocked = 0
                      AND u.id IS DISTINCT FROM CAST(? AS BIGINT)
                      AND EXISTS (SELECT 1 FROM articles a WHERE a.id = ? AND a.is_private = 0)
                    ON CONFLICT DO NOTHING""",
                (article_id, now, *user_ids, exclude, article_id),
            )
            # In the same transaction: the outbox rows that will carry the instant pushes.
            await db.write(
                """INSERT INTO outbox (kind, ref_id, chat_id, priority, created_at)
                   SELECT 'push', article_id, user_id, CAST(? AS INTEGER), CAST(? AS TEXT)
                   FROM deliveries
                   WHERE article_id = ? AND status = 'queued'
                   ON CONFLICT DO NOTHING""",
                (PUSH_PRIORITY, now, article_id),
            )
        return written.rowcount

    async def was_sent(self, user_id: int, article_id: int) -> bool:
        """Did this user receive the article (asked for it, or got it pushed or in a digest)?
        Only they may open it again, e.g. through its "Full claims list" button."""
        row = await self._db.fetch_one(
            "SELECT 1 FROM deliveries WHERE user_id = ? AND article_id = ? AND status = 'sent'",
            (user_id, article_id),
        )
        return row is not None

    async def record_sent_to_requester(self, user_id: int, article_id: int) -> None:
        """The user who asked has seen the article: never push it to them later."""
        await self._db.write(
            """INSERT INTO deliveries (user_id, article_id, status, created_at, sent_at)
               VALUES (?, ?, 'sent', ?, ?) ON CONFLICT DO NOTHING""",
            (user_id, article_id, utc_now(), utc_now()),
        )

    async def held_for(self, user_id: int) -> list[StoredArticle]:
        rows = await self._db.fetch_all(
            """SELECT a.* FROM deliveries d JOIN articles a ON a.id = d.article_id
               WHERE d.user_id = ? AND d.status = 'held' ORDER BY a.created_at, a.id""",
            (user_id,),
        )
        return [StoredArticle.from_row(row) for row in rows]

    async def move_to_outbox(
        self, user_id: int, article_ids: Sequence[int], ref_id: int, payload: str
    ) -> None:
        """A digest: its outbox row and the held deliveries it carries, in one transaction."""
        async with self._db.transaction() as db:
            await db.write(
                """INSERT INTO outbox (kind, ref_id, chat_id, payload, priority, created_at)
                   VALUES ('user_digest', ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                (ref_id, user_id, payload, DIGEST_PRIORITY, utc_now()),
            )
            await db.write_many(
                "UPDATE deliveries SET status = 'sent', sent_at = ? "
                "WHERE user_id = ? AND article_id = ? AND status = 'held'",
                [(utc_now(), user_id, article_id) for article_id in article_ids],
            )

    async def mark_sent(self, user_id: int, article_ids: Sequence[int]) -> None:
        await self._db.write_many(
            "UPDATE deliveries SET status = 'sent', sent_at = ?, error = NULL "
            "WHERE user_id = ? AND article_id = ?",
            [(utc_now(), user_id, article_id) for article_id in article_ids],
        )

    async def counts(self) -> dict[str, int]:
        rows = await self._db.fetch_all("SELECT status, COUNT(*) FROM deliveries GROUP BY status")
        return {row[0]: int(row[1]) for row in rows}
