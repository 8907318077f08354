"""Sift's storage: SQLite through aiosqlite, behind small repositories.

SQL lives only in this package. Handlers and services see the repositories, so another
backend (PostgreSQL) can be added by implementing the same classes.
"""

from __future__ import annotations

from dataclasses import dataclass

from storage.articles import ArticleRepository, StoredArticle
from storage.broadcasts import Broadcast, BroadcastRepository
from storage.database import Database, utc_now
from storage.deliveries import DeliveryRepository
from storage.feeds import Feed, FeedRepository
from storage.outbox import OutboxItem, OutboxRepository, Outcome
from storage.schedules import Schedule, ScheduleRepository
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
    "Schedule",
    "ScheduleRepository",
    "Storage",
    "StoredArticle",
    "Subscribed",
    "SubscriptionRepository",
    "User",
    "UserRepository",
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
        )
