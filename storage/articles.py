"""Articles: each summarized once, found again by any of its URLs or by its content."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass

from storage.database import Database, Queries, Row, utc_now
from summarizer.models import Summary


@dataclass(frozen=True, slots=True)
class StoredArticle:
    id: int
    canonical_url: str | None
    summary: Summary
    submitted_by: int | None
    created_at: str
    is_private: bool = False
    fetched_at: str = ""  # when a linked page was last read: the summary is of that version
    content_hash: str = ""  # which version: a button made for another one is out of date

    def age(self) -> dt.timedelta:
        """How long ago its page (or text) was read: how old the summary may be."""
        read = self.fetched_at or self.created_at
        return dt.datetime.now(dt.UTC) - dt.datetime.fromisoformat(read)

    @classmethod
    def from_row(cls, row: Row) -> StoredArticle:
        return cls(
            id=row["id"],
            canonical_url=row["canonical_url"],
            summary=Summary.from_dict(json.loads(row["summary_json"])),
            submitted_by=row["submitted_by"],
            created_at=row["created_at"],
            is_private=bool(row["is_private"]),
            fetched_at=row["fetched_at"] or "",
            content_hash=row["content_hash"],
        )


class ArticleRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def by_url(self, url: str) -> StoredArticle | None:
        row = await self._db.fetch_one(
            """SELECT a.* FROM articles a JOIN article_urls u ON u.article_id = a.id
               WHERE u.url = ?""",
            (url,),
        )
        return StoredArticle.from_row(row) if row else None

    async def by_id(self, article_id: int) -> StoredArticle | None:
        row = await self._db.fetch_one("SELECT * FROM articles WHERE id = ?", (article_id,))
        return StoredArticle.from_row(row) if row else None

    async def add(
        self,
        summary: Summary,
        *,
        content_hash: str,
        canonical_url: str | None,
        urls: Sequence[str] = (),
        submitted_by: int | None = None,
        private: bool = False,
    ) -> tuple[StoredArticle, bool]:
        """Store a summary unless the same content is stored; (article, True if it is new to
        the public). The same content found public (a link) makes a private copy public: it
        was never a secret, and its subscribers should get it."""
        now = utc_now()
        async with self._db.transaction() as db:
            written = await db.write(
                """INSERT INTO articles (canonical_url, content_hash, title, summary_json,
                                         submitted_by, created_at, is_private, fetched_at)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                   ON CONFLICT DO NOTHING""",
                (
                    canonical_url,
                    content_hash,
                    summary.title,
                    _summary_json(summary),
                    submitted_by,
                    now,
                    int(private),
                    now,
                ),
            )
            created = written.rowcount == 1
            if not created and not private:
                # (the public copy brings the link the paste had not: in its summary, and its
                # URLs below; the canonical URL column is left alone, since another article
                # may take that URL at the same moment)
                published = await db.write(
                    """UPDATE articles SET is_private = 0, summary_json = ?
                       WHERE content_hash = ? AND is_private = 1""",
                    (_summary_json(summary), content_hash),
                )
                created = published.rowcount == 1
                # (a public copy was just read, whenever the paste or the other link was)
                await db.write(
                    "UPDATE articles SET fetched_at = ? WHERE content_hash = ?",
                    (now, content_hash),
                )
            # (the same content first: another article may hold the URL, an older version)
            row = await db.fetch_one(
                """SELECT * FROM articles WHERE content_hash = ? OR canonical_url = ?
                   ORDER BY CASE WHEN content_hash = ? THEN 0 ELSE 1 END LIMIT 1""",
                (content_hash, canonical_url, content_hash),
            )
            assert row is not None
            article = StoredArticle.from_row(row)
            if created:
                await _file_under_topics(db, article.id, summary.topics)
            await db.write_many(
                "INSERT INTO article_urls (url, article_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                [(url, article.id) for url in dict.fromkeys(u for u in urls if u)],
            )
        return article, created

    async def refetched(
        self, article_id: int, summary: Summary, *, content_hash: str, urls: Sequence[str] = ()
    ) -> StoredArticle:
        """A linked page read again: its summary now, under the same article and links (the
        readers who had it are not sent it again: a live blog would reach them at every look),
        its ``fetched_at`` now. When another stored article already
        holds the new content (the same story under another address, or a paste of it), the
        links now lead to that one, brought up to date and public (the page shows it to
        anyone, as ``add`` makes a pasted copy public). Run once more if another writer stores
        the same content between its look and its write."""
        try:
            return await self._refetched(article_id, summary, content_hash, urls)
        except Exception as error:
            if not self._db.is_unique_violation(error):
                raise
        return await self._refetched(article_id, summary, content_hash, urls)

    async def _refetched(
        self, article_id: int, summary: Summary, content_hash: str, urls: Sequence[str]
    ) -> StoredArticle:
        async with self._db.transaction() as db:
            other = await db.fetch_one(
                "SELECT id FROM articles WHERE content_hash = ? AND id <> ?",
                (content_hash, article_id),
            )
            target = other[0] if other else article_id
            await db.write(
                """UPDATE articles SET content_hash = ?, title = ?, summary_json = ?,
                                        fetched_at = ?, is_private = 0
                   WHERE id = ?""",
                (
                    content_hash,
                    summary.title,
                    _summary_json(summary),
                    utc_now(),
                    target,
                ),
            )
            await _file_under_topics(db, target, summary.topics)
            await db.write_many(
                """INSERT INTO article_urls (url, article_id) VALUES (?, ?)
                   ON CONFLICT (url) DO UPDATE SET article_id = excluded.article_id""",
                [(url, target) for url in dict.fromkeys(u for u in urls if u)],
            )
            row = await db.fetch_one("SELECT * FROM articles WHERE id = ?", (target,))
        assert row is not None
        return StoredArticle.from_row(row)

    async def since(self, timestamp: str, topic: str | None = None) -> list[StoredArticle]:
        """Public articles stored since ``timestamp``, oldest first, optionally of one topic
        (digests go to everyone, so pasted text is never listed)."""
        if topic is None:
            query = """SELECT * FROM articles WHERE is_private = 0 AND created_at >= ?
                       ORDER BY created_at, id"""
            params: tuple[str, ...] = (timestamp,)
        else:
            query = """SELECT a.* FROM articles a JOIN article_topics t ON t.article_id = a.id
                       WHERE a.is_private = 0 AND a.created_at >= ? AND t.topic = ?
                       ORDER BY a.created_at, a.id"""
            params = (timestamp, topic)
        rows = await self._db.fetch_all(query, params)
        return [StoredArticle.from_row(row) for row in rows]

    async def count(self) -> int:
        row = await self._db.fetch_one("SELECT COUNT(*) FROM articles")
        return int(row[0]) if row else 0


def _summary_json(summary: Summary) -> str:
    return json.dumps(summary.to_dict(), ensure_ascii=False)


async def _file_under_topics(db: Queries, article_id: int, topics: Sequence[str]) -> None:
    """An article is found by each of its topics (digests of a topic, its subscribers)."""
    await db.write_many(
        "INSERT INTO article_topics (article_id, topic) VALUES (?, ?) ON CONFLICT DO NOTHING",
        [(article_id, topic) for topic in topics],
    )
