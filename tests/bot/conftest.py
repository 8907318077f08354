"""End-to-end fixtures: the real Application, the local Bot API server, a real SQLite file."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass

import pytest
from telegram.ext import Application

from bot.app import running
from bot.local_api import LocalBotAPI
from bot.services import Services
from bot.settings import Settings

ADMIN = 1


@dataclass
class Harness:
    api: LocalBotAPI
    app: Application  # type: ignore[type-arg]
    settings: Settings


@pytest.fixture
def telegram() -> Iterator[LocalBotAPI]:
    with LocalBotAPI() as api:
        yield api


@pytest.fixture
def settings(telegram: LocalBotAPI, database_url: str) -> Settings:
    return Settings(
        token=telegram.token,
        admin_ids=frozenset({ADMIN}),
        database_url=database_url,
        bot_api_base_url=f"http://127.0.0.1:{telegram.port}",
        allow_private_urls=True,
        rate_limit_per_minute=10,
        engine_workers=1,
    )


@pytest.fixture
async def sift(telegram: LocalBotAPI, settings: Settings) -> AsyncIterator[Harness]:
    async with running(settings) as app:
        app.bot_data["services"].progress_interval = 0.1
        yield Harness(telegram, app, settings)


async def settled(sift: Harness, timeout: float = 15.0) -> None:
    """Wait until the delivery worker has nothing queued or in flight."""
    services: Services = sift.app.bot_data["services"]
    async with asyncio.timeout(timeout):
        while True:
            counts = await services.storage.outbox.counts()
            if not counts.get("queued") and not counts.get("sending"):
                return
            await asyncio.sleep(0.05)
