"""Several instances on one database: one leader sends in bulk, every instance answers, and
all of them together keep Telegram's cap."""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections import Counter
from dataclasses import replace

import pytest
from telegram.ext import Application

from bot.app import running
from bot.leadership import Leadership
from bot.local_api import LocalBotAPI
from bot.services import Services
from bot.settings import Settings
from storage.database import dialect_of
from storage.leadership import lease_for
from tests.bot.conftest import ADMIN, Harness, free_port, on_webhook
from tests.postgres import cut_lease_connections

TAKEOVER_WITHIN = 5.0


def _services(app: Application) -> Services:  # type: ignore[type-arg]
    services: Services = app.bot_data["services"]
    return services


async def _queue_broadcast(services: Services, api: LocalBotAPI, users: range) -> None:
    for user in users:
        api.add_user(user)
        await services.storage.users.seen(user, f"u{user}", None)
    draft = await services.storage.broadcasts.create_draft(ADMIN, "Hello all")
    assert await services.storage.broadcasts.start(draft.id)
    await services.wake()


async def test_one_instance_leads_and_a_follower_takes_over_when_it_stops(
    telegram: LocalBotAPI, settings: Settings
) -> None:
    ports = [free_port(), free_port()]
    telegram.spread_over([f"http://127.0.0.1:{port}/telegram/hook" for port in ports])
    slow = replace(settings, messages_per_second=10.0)
    async with contextlib.AsyncExitStack() as first, contextlib.AsyncExitStack() as second:
        leader = await first.enter_async_context(running(on_webhook(slow, ports[0])))
        follower = await second.enter_async_context(running(on_webhook(slow, ports[1])))
        # An instance tries the lease as it starts: the first one leads, the second follows.
        assert _services(leader).is_leader and not _services(follower).is_leader
        # Queued from the follower: the leader hears of it and sends.
        await _queue_broadcast(_services(follower), telegram, range(100, 140))
        await telegram.until(lambda api: len(api.calls("sendMessage")) >= 5)
        await first.aclose()  # the leader stops mid-broadcast
        stopped = time.monotonic()
        survivor = _services(follower)
        assert survivor.leadership is not None
        assert await survivor.leadership.until_leader(TAKEOVER_WITHIN)
        assert time.monotonic() - stopped < TAKEOVER_WITHIN
        await telegram.until(
            lambda api: all(api.messages(user) for user in range(100, 140)), timeout=30
        )
    received = Counter(m.chat_id for m in telegram.messages() if "Hello all" in m.text)
    assert set(received) == set(range(100, 140))  # nothing lost across the hand-over
    assert sum(received.values()) - len(received) <= 32  # duplicates: one claimed batch at most


async def test_two_instances_together_stay_under_the_global_cap(settings: Settings) -> None:
    if dialect_of(settings.database_url) != "postgresql":
        pytest.skip("the send budget is shared through PostgreSQL (the PostgreSQL run tests it)")
    capped = LocalBotAPI(max_messages_per_second=10).start()
    try:
        ports = [free_port(), free_port()]
        capped.spread_over([f"http://127.0.0.1:{port}/telegram/hook" for port in ports])
        base = replace(
            settings,
            token=capped.token,
            bot_api_base_url=f"http://127.0.0.1:{capped.port}",
            messages_per_second=10.0,
        )
        async with (
            running(on_webhook(base, ports[0])) as first,
            running(on_webhook(base, ports[1])),
        ):
            await _queue_broadcast(_services(first), capped, range(100, 160))
            for user in range(500, 530):  # replies from both instances meanwhile
                capped.send_text(user, "/help")
                await asyncio.sleep(0.05)
            await capped.until(
                lambda api: (
                    all(api.messages(user) for user in range(100, 160))
                    and all(api.messages(user) for user in range(500, 530))
                ),
                timeout=60,
            )
        assert capped.rejected_429 == 0
    finally:
        capped.stop()


async def test_duties_that_fail_to_start_are_stopped_and_the_lease_given_up(
    database_url: str,
) -> None:
    """A leader whose start-up fails half-way (the worker already sending, then a query
    failing) must not keep sending once it has handed the lease to another instance."""
    duties: list[str] = []

    async def gain() -> None:
        duties.append("sending")
        raise RuntimeError("the database went away")

    async def loss() -> None:
        duties.clear()

    leadership = Leadership(lease_for(database_url), on_gain=gain, on_loss=loss)
    other = lease_for(database_url)
    try:
        with pytest.raises(RuntimeError):
            await leadership.start()
        assert not leadership.is_leader
        assert await other.try_acquire()  # the lease went to someone else...
        assert duties == []  # ...so nothing may still send here
    finally:
        await leadership.stop()
        await other.close()


async def test_a_worker_started_twice_runs_once_and_stops(sift: Harness) -> None:
    """Starting the delivery worker again while it runs (a lease regained) keeps one task,
    which ``stop`` ends: a second one would send on after the instance stopped leading."""
    worker = _services(sift.app).worker
    assert worker is not None
    worker.start()
    worker.start()
    await worker.stop()
    await asyncio.sleep(0)
    running_workers = [
        task
        for task in asyncio.all_tasks()
        if task.get_name() == "sift-delivery" and not task.done()
    ]
    assert running_workers == []


async def test_a_leader_that_lost_its_lease_claims_no_more_rows(
    telegram: LocalBotAPI, settings: Settings
) -> None:
    """Between losing the lease and its next check, a leader must not claim: the new leader
    requeues every row in flight, so what the old one claimed then would go out twice."""
    if dialect_of(settings.database_url) != "postgresql":
        pytest.skip("a lease's connection can die on its own only on PostgreSQL")
    async with running(settings) as app:
        services = _services(app)
        for user in range(100, 110):
            telegram.add_user(user)
            await services.storage.users.seen(user, f"u{user}", None)
        await cut_lease_connections(settings.database_url)
        successor = lease_for(settings.database_url)
        try:
            async with asyncio.timeout(5):
                while not await successor.try_acquire():
                    await asyncio.sleep(0.01)
            await _queue_broadcast(services, telegram, range(100, 110))
            await asyncio.sleep(2.0)  # the old leader's check has run by now
            assert not services.is_leader
            assert not any(telegram.messages(user) for user in range(100, 110))
        finally:
            await successor.close()
        assert services.leadership is not None
        assert await services.leadership.until_leader(TAKEOVER_WITHIN)
        await telegram.until(lambda api: all(api.messages(u) for u in range(100, 110)))
