"""End-to-end fixtures: the real Application, the local Bot API server, the run's database.

With ``SIFT_TEST_INSTANCES=2`` (the PostgreSQL run of ``make test``) every end-to-end scenario
runs against two instances in webhook mode sharing one database, the local server spreading
the updates over them as a load balancer hashing on the chat would: a user's subscriptions,
digests and pushes must behave the same whichever instance serves them.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import socket
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field, replace

import pytest
from telegram.ext import Application

from bot.app import running
from bot.chat import all_handled
from bot.local_api import LocalBotAPI
from bot.services import Services
from bot.settings import Settings

ADMIN = 1


INSTANCES_VARIABLE = "SIFT_TEST_INSTANCES"
SECRET = "s3cret_webhook-token"


@dataclass
class Harness:
    api: LocalBotAPI
    app: Application  # type: ignore[type-arg]  # the first instance, which leads
    settings: Settings
    apps: list[Application] = field(default_factory=list)  # type: ignore[type-arg]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def on_webhook(settings: Settings, port: int, url: str | None = None) -> Settings:
    """The settings of an instance whose webhook server listens on ``port`` (instances share
    the test's database, as instances behind a load balancer do)."""
    return replace(
        settings,
        webhook_url=url or f"http://127.0.0.1:{port}/telegram/hook",
        webhook_listen=("127.0.0.1", port),
        webhook_secret=SECRET,
    )


def instance_count() -> int:
    raw = os.environ.get(INSTANCES_VARIABLE, "1").strip() or "1"
    if not raw.isdigit() or int(raw) < 1:
        raise ValueError(f"{INSTANCES_VARIABLE} must be a positive number, got {raw!r}")
    return int(raw)


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
    count = instance_count()
    async with contextlib.AsyncExitStack() as stack:
        if count == 1:
            apps = [await stack.enter_async_context(running(settings))]
        else:
            ports = [free_port() for _ in range(count)]
            telegram.spread_over(
                [f"http://127.0.0.1:{port}/telegram/hook" for port in ports], by_chat=True
            )
            apps = [
                await stack.enter_async_context(running(on_webhook(settings, port)))
                for port in ports
            ]
        for app in apps:
            app.bot_data["services"].progress_interval = 0.1
        assert apps[0].bot_data["services"].is_leader
        yield Harness(telegram, apps[0], settings, apps)


async def updates_handled(sift: Harness, timeout: float = 15.0) -> None:
    """Wait until the bot has received and handled every update sent so far (for checking
    that something did not happen: no reply to wait for)."""
    assert await all_handled(sift.api, sift.app, timeout), "the bot did not finish in time"


async def settled(sift: Harness, timeout: float = 15.0) -> None:
    """Wait until the delivery worker has nothing queued or in flight."""
    services: Services = sift.app.bot_data["services"]
    async with asyncio.timeout(timeout):
        while True:
            counts = await services.storage.outbox.counts()
            if not counts.get("queued") and not counts.get("sending"):
                return
            await asyncio.sleep(0.05)
