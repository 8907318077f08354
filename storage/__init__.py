"""Sift's storage: SQLite (aiosqlite) or PostgreSQL (asyncpg), behind small repositories.

SQL lives only in this package. Handlers and services see the repositories; which backend
they run on is chosen by the database URL (``database_from_url``).
"""

from __future__ import annotations

from dataclasses import dataclass

from storage.articles import ArticleRepository, StoredArticle
from storage.broadcasts import Broadcast, BroadcastRepository
from storage.database import Database, dialect_of, row_id, sqlite_path, utc_now
from storage.deliveries import DeliveryRepository
from storage.feeds import Feed, FeedRepository
from storage.outbox import OutboxItem, OutboxRepository, Outcome
from storage.postgres import PostgresDatabase
from storage.ratelimits import RateLimitRepository
from storage.schedules import Schedule, ScheduleRepository
from storage.sqlite import SQLiteDatabase
from storage.subscriptions import Subscribed, SubscriptionRepository
from storage.users import User, UserRepository

__all__ = [
    "ArticleRepository",
    "Broadcast",
    "BroadcastRepository",
    "Database",
    "DeliveryRepository",
    "Feed",
    "FeedRepository",
    "OutboxItem",
    "OutboxRepository",
    "Outcome",
    "PostgresDatabase",
    "RateLimitRepository",
    "SQLiteDatabase",
    "Schedule",
    "ScheduleRepository",
    "Storage",
    "StoredArticle",
    "Subscribed",
    "SubscriptionRepository",
    "User",
    "UserRepository",
    "database_from_url",
    "row_id",
    "utc_now",
]


@dataclass(frozen=True, slots=True)
class Storage:
    """All repositories over one database."""

    db: Database
    users: UserRepository
    subscriptions: SubscriptionRepository
    articles: ArticleRepository
    deliveries: DeliveryRepository
    broadcasts: BroadcastRepository
    outbox: OutboxRepository
    feeds: FeedRepository
    schedules: ScheduleRepository
    ratelimits: RateLimitRepository

    @classmethod
    def over(cls, db: Database) -> Storage:
        return cls(
            db=db,
            users=UserRepository(db),
            subscriptions=SubscriptionRepository(db),
            articles=ArticleRepository(db),
            deliveries=DeliveryRepository(db),
            broadcasts=BroadcastRepository(db),
            outbox=OutboxRepository(db),
            feeds=FeedRepository(db),
            schedules=ScheduleRepository(db),
            ratelimits=RateLimitRepository(db),
        )


def database_from_url(url: str) -> Database:
    """The (unopened) database a URL names: ``async with database_from_url(url) as db``.

    ``postgresql://…`` is PostgreSQL; ``sqlite:///path`` is a SQLite file."""
    if dialect_of(url) == "postgresql":
        return PostgresDatabase(url)
    return SQLiteDatabase(sqlite_path(url))
