"""Delivery rules at Telegram's limits, against the local Bot API server."""

from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
import sys
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import pytest

from bot import messages
from bot.app import running
from bot.delivery import DeliveryWorker, Rendered
from bot.local_api import LocalBotAPI
from bot.pacing import SiftRateLimiter
from bot.services import Services
from bot.settings import Settings
from storage import OutboxItem, Storage, database_from_url
from storage.database import dialect_of, sqlite_path
from storage.sqlite import BUSY_TIMEOUT_MS
from tests.bot.conftest import ADMIN, Harness, settled

ROOT = Path(__file__).resolve().parents[2]


async def _users(storage_services: Services, api: LocalBotAPI, ids: range) -> None:
    for user_id in ids:
        api.add_user(user_id)
        await storage_services.storage.users.seen(user_id, f"u{user_id}", None)


async def _broadcast(services: Services, text: str = "Hello all") -> int:
    draft = await services.storage.broadcasts.create_draft(ADMIN, text)
    assert await services.storage.broadcasts.start(draft.id)
    await services.wake()
    return draft.id


def _got(api: LocalBotAPI, user_id: int, text: str) -> bool:
    return any(m.text == text for m in api.messages(user_id))


async def test_interactive_replies_overtake_a_running_broadcast(
    telegram: LocalBotAPI, settings: Settings
) -> None:
    slow = replace(settings, messages_per_second=20.0)  # 200 messages take ~10 s
    async with running(slow) as app:
        services: Services = app.bot_data["services"]
        await _users(services, telegram, range(100, 300))
        await _broadcast(services)
        await telegram.until(lambda api: len(api.calls("sendMessage")) >= 10)
        asked = time.monotonic()
        telegram.send_text(42, "/help")
        await telegram.replies(42, 1)
        waited = time.monotonic() - asked
        remaining = (await services.storage.outbox.counts()).get("queued", 0)
        assert waited < 1.5 and remaining > 100  # answered mid-broadcast, not after it


async def test_the_global_pace_is_kept(telegram: LocalBotAPI, settings: Settings) -> None:
    capped = LocalBotAPI(max_messages_per_second=30).start()
    try:
        paced = replace(settings, bot_api_base_url=f"http://127.0.0.1:{capped.port}")
        async with running(paced) as app:
            services: Services = app.bot_data["services"]
            await _users(services, capped, range(100, 190))
            started = time.monotonic()
            await _broadcast(services)
            await capped.until(lambda api: len(api.messages()) >= 90, timeout=20)
            elapsed = time.monotonic() - started
        assert capped.rejected_429 == 0
        assert 2.8 < elapsed < 4.5  # 90 messages at ~28.5/s
    finally:
        capped.stop()


async def test_429_is_waited_out_and_slows_the_pace(sift: Harness) -> None:
    services: Services = sift.app.bot_data["services"]
    await _users(services, sift.api, range(100, 110))
    sift.api.fail_next("sendMessage", chat_id=103, code=429, retry_after=1)
    await _broadcast(services)
    await settled(sift)
    assert all(len(sift.api.messages(u)) == 1 for u in range(100, 110))
    limiter = sift.app.bot.rate_limiter
    assert isinstance(limiter, SiftRateLimiter) and limiter.retry_after_count == 1
    assert sift.api.rejected_429 == 1


async def test_403_marks_blocked_and_stops_their_other_messages(sift: Harness) -> None:
    services: Services = sift.app.bot_data["services"]
    await _users(services, sift.api, range(100, 103))
    sift.api.block_silently(101)
    first = await _broadcast(services, "one")
    second = await _broadcast(services, "two")
    await settled(sift)
    assert await services.storage.broadcasts.progress(first) == {"sent": 2, "blocked": 1}
    assert await services.storage.broadcasts.progress(second) == {"sent": 2, "blocked": 1}
    assert len(sift.api.calls("sendMessage")) == 5  # one refused attempt, nothing after it
    user = await services.storage.users.get(101)
    assert user is not None and user.is_blocked


async def test_chat_not_found_and_deactivated_users_count_as_blocked(sift: Harness) -> None:
    services: Services = sift.app.bot_data["services"]
    await _users(services, sift.api, range(100, 102))
    sift.api.fail_next(
        "sendMessage", chat_id=100, code=400, description="Bad Request: chat not found"
    )
    sift.api.fail_next(
        "sendMessage", chat_id=101, code=403, description="Forbidden: user is deactivated"
    )
    run = await _broadcast(services)
    await settled(sift)
    assert await services.storage.broadcasts.progress(run) == {"blocked": 2}


async def test_network_errors_are_retried_with_backoff_then_failed(sift: Harness) -> None:
    services: Services = sift.app.bot_data["services"]
    assert services.worker is not None
    await services.worker.stop()  # this test drives its own worker
    worker = DeliveryWorker(
        services.storage,
        sift.app.bot_data["bulk_sender"],
        services.render_outbox,
        max_attempts=3,
        first_backoff=0.05,
    )
    await _users(services, sift.api, range(100, 102))
    sift.api.fail_next("sendMessage", chat_id=100, code=502, description="Bad Gateway", times=2)
    sift.api.fail_next("sendMessage", chat_id=101, code=502, description="Bad Gateway", times=5)
    run = await _broadcast(services)
    for _ in range(60):
        await worker.drain()
        counts = await services.storage.broadcasts.progress(run)
        if counts.get("queued", 0) == 0:
            break
        await asyncio.sleep(0.05)
    assert counts == {"sent": 1, "failed": 1}  # 100 got through on the 3rd try; 101 gave up
    assert len(sift.api.messages(100)) == 1 and not sift.api.messages(101)


async def test_each_claimed_batch_is_prepared_before_its_rows_are_rendered(
    sift: Harness,
) -> None:
    """What a batch's rows share is read once (the push readers' subscriptions); a failed
    preparation costs nothing but that shortcut."""
    services: Services = sift.app.bot_data["services"]
    assert services.worker is not None
    assert services.worker.prepare == services.prepare_outbox  # as the Application wires it
    await services.worker.stop()  # this test drives its own worker
    prepared: list[list[int]] = []
    rendered_after: list[bool] = []

    async def prepare(items: Sequence[OutboxItem]) -> None:
        prepared.append([item.chat_id for item in items])
        if len(prepared) == 1:
            raise RuntimeError("the database is away")

    async def render(item: OutboxItem) -> Rendered | None:
        rendered_after.append(bool(prepared))
        return await services.render_outbox(item)

    worker = DeliveryWorker(
        services.storage, sift.app.bot_data["bulk_sender"], render, batch_size=2, prepare=prepare
    )
    await _users(services, sift.api, range(100, 104))
    await _broadcast(services)
    await worker.drain()
    assert prepared == [[100, 101], [102, 103]] and all(rendered_after)
    assert all(len(sift.api.messages(chat)) == 1 for chat in range(100, 104))


async def test_progress_is_shown_then_the_report(sift: Harness) -> None:
    services: Services = sift.app.bot_data["services"]
    await _users(services, sift.api, range(100, 160))
    sift.api.send_text(ADMIN, "/broadcast Hello")
    preview = (await sift.api.replies(ADMIN, 1))[0]
    sift.api.press(ADMIN, preview.message_id, preview.buttons[0][1])
    seen: set[str] = set()

    def finished(api: LocalBotAPI) -> bool:
        text = api.messages(ADMIN)[0].text
        seen.add(text.split(" ")[0])
        return text.startswith("✅ Done")

    await sift.api.until(finished, timeout=20)
    assert sift.api.messages(ADMIN)[0].text == "✅ Done: 61 sent, 0 blocked, 0 failed."
    assert "📤" in seen  # "Sending… n sent, … remaining (about … left)" came first


async def test_broadcast_cancel_stops_a_running_one(
    telegram: LocalBotAPI, settings: Settings
) -> None:
    slow = replace(settings, messages_per_second=10.0)
    async with running(slow) as app:
        services: Services = app.bot_data["services"]
        services.progress_interval = 0.1
        await _users(services, telegram, range(100, 200))
        run = await _broadcast(services)
        await telegram.until(lambda api: len(api.calls("sendMessage")) >= 5)
        telegram.send_text(ADMIN, "/broadcast_cancel")
        reply = (await telegram.replies(ADMIN, 1))[0]
        # the reply's counts are the final ones: rows in flight were sent or withdrawn
        progress = await services.storage.broadcasts.progress(run)
        assert set(progress) == {"sent", "cancelled"} and progress["sent"] < 25
        assert reply.text.startswith(
            f"✖️ Cancelled: {progress['sent']} sent before the stop, "
            f"{progress['cancelled']} not sent"
        )
        readers = [u for u in (ADMIN, *range(100, 200)) if _got(telegram, u, "Hello all")]
        assert len(readers) == progress["sent"]
        sent_before = len(telegram.calls("sendMessage"))
        await asyncio.sleep(0.5)
        assert len(telegram.calls("sendMessage")) == sent_before
        telegram.send_text(ADMIN, "/broadcast_cancel")
        assert (await telegram.replies(ADMIN, 2))[1].text == messages.BROADCAST_CANCEL_NONE


async def test_cancel_pressed_after_send_stops_the_run_and_its_report_ends_true(
    telegram: LocalBotAPI, settings: Settings
) -> None:
    slow = replace(settings, messages_per_second=10.0)
    async with running(slow) as app:
        services: Services = app.bot_data["services"]
        services.progress_interval = 0.1
        await _users(services, telegram, range(100, 160))
        telegram.send_text(ADMIN, "/broadcast Hello all")
        preview = (await telegram.replies(ADMIN, 1))[0]
        (_, send), (_, cancel) = preview.buttons
        telegram.press(ADMIN, preview.message_id, send)
        await telegram.until(lambda api: len(api.calls("sendMessage")) >= 5)
        press = telegram.press(ADMIN, preview.message_id, cancel)  # a double tap
        answer = await telegram.until(lambda api: api.callback_answer(press))
        assert answer.get("text") == messages.BROADCAST_STOPPING

        def final(api: LocalBotAPI) -> str | None:
            text = api.messages(ADMIN)[0].text
            return text if text.startswith("✖️ Cancelled:") else None

        report = await telegram.until(final)
        (run,) = await services.storage.broadcasts.latest()
        progress = await services.storage.broadcasts.progress(run.id)
        assert report.startswith(
            f"✖️ Cancelled: {progress['sent']} sent before the stop, "
            f"{progress['cancelled']} not sent"
        )
        assert 0 < progress["sent"] < 40
        readers = [u for u in (ADMIN, *range(100, 160)) if _got(telegram, u, "Hello all")]
        assert len(readers) == progress["sent"]  # (the admin is an active user too)


async def test_stats_show_the_last_runs(sift: Harness) -> None:
    services: Services = sift.app.bot_data["services"]
    await _users(services, sift.api, range(100, 103))
    await _broadcast(services)
    await settled(sift)
    sift.api.send_text(ADMIN, "/stats")
    stats = (await sift.api.replies(ADMIN, 1))[0]
    assert "Last runs:" in stats.text and "broadcast — " in stats.text and "3 sent" in stats.text


@pytest.mark.parametrize("stop", [signal.SIGKILL, signal.SIGTERM], ids=["kill-9", "sigterm"])
async def test_a_stop_mid_broadcast_loses_nothing(
    database_url: str, telegram: LocalBotAPI, stop: signal.Signals
) -> None:
    """The real bot process is stopped mid-broadcast and started again: everyone gets it once,
    except, after kill -9, rows that were in flight, which may arrive twice. A clean stop
    finishes its batch first and leaves no window at all."""
    recipients = range(100, 400)
    for user_id in recipients:
        telegram.add_user(user_id)
    async with database_from_url(database_url) as db:
        storage = Storage.over(db)
        await storage.users.seen_many([(user_id, f"u{user_id}") for user_id in recipients])
        draft = await storage.broadcasts.create_draft(ADMIN, "Hello through a crash")
        assert await storage.broadcasts.start(draft.id)
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "TELEGRAM_BOT_TOKEN": telegram.token,
        "BOT_API_BASE_URL": f"http://127.0.0.1:{telegram.port}",
        "DATABASE_URL": database_url,
        "MESSAGES_PER_SECOND": "100",
        "LOG_LEVEL": "ERROR",
    }

    def delivered(api: LocalBotAPI) -> Counter[int]:
        return Counter(m.chat_id for m in api.messages() if m.chat_id in recipients)

    first = await asyncio.create_subprocess_exec(sys.executable, "-m", "bot", env=env)
    await telegram.until(lambda api: len(delivered(api)) >= 60, timeout=30)
    first.send_signal(stop)  # SIGKILL: no clean-up of any kind
    async with asyncio.timeout(30):
        await first.wait()
    async with database_from_url(database_url) as db:
        in_flight = (await Storage.over(db).outbox.counts()).get("sending", 0)
    assert len(delivered(telegram)) < len(recipients), "the stop came too late to test anything"
    if stop == signal.SIGTERM:
        assert in_flight == 0

    second = await asyncio.create_subprocess_exec(sys.executable, "-m", "bot", env=env)
    try:
        await telegram.until(lambda api: len(delivered(api)) == len(recipients), timeout=60)
        await asyncio.sleep(0.5)  # anything still coming would be a duplicate
    finally:
        second.send_signal(signal.SIGINT)
        async with asyncio.timeout(30):
            assert await second.wait() == 0
    counts = delivered(telegram)
    assert set(counts) == set(recipients)  # nobody lost
    assert sum(n - 1 for n in counts.values()) <= in_flight  # duplicates only from the window
    async with database_from_url(database_url) as db:
        progress = await Storage.over(db).broadcasts.progress(draft.id)
    assert progress.get("sent") == len(recipients)


async def test_a_database_error_as_the_worker_starts_does_not_end_it(
    sift: Harness, settings: Settings
) -> None:
    """Requeueing the rows in flight is the worker's first write; should the database refuse
    it for a moment, the worker tries again rather than end and leave the leader silent."""
    if dialect_of(settings.database_url) != "sqlite":
        pytest.skip("another connection's write lock makes SQLite refuse a write for a while")
    services: Services = sift.app.bot_data["services"]
    worker = services.worker
    assert worker is not None
    await worker.stop()
    blocker = sqlite3.connect(sqlite_path(settings.database_url))
    try:
        blocker.execute("BEGIN IMMEDIATE")  # holds the write lock past the busy timeout
        worker.start()
        await asyncio.sleep(BUSY_TIMEOUT_MS / 1000 + 1.0)
    finally:
        blocker.rollback()
        blocker.close()
    await _users(services, sift.api, range(100, 105))
    await _broadcast(services)
    await sift.api.until(lambda api: all(api.messages(user) for user in range(100, 105)))


async def test_rows_waiting_for_their_turn_when_a_broadcast_stops_are_not_sent(
    telegram: LocalBotAPI, settings: Settings
) -> None:
    slow = replace(settings, messages_per_second=5.0)  # eight rows wait in the pacer at once
    async with running(slow) as app:
        services: Services = app.bot_data["services"]
        await _users(services, telegram, range(100, 140))
        run = await _broadcast(services)
        await telegram.until(lambda api: len(api.calls("sendMessage")) >= 3)
        assert await services.cancel_broadcast(run)
        at_the_stop = len(telegram.calls("sendMessage"))
        progress = await services.settled_progress(run)
        assert not progress.get("sending")
        assert len(telegram.calls("sendMessage")) - at_the_stop <= 1  # one already posting
        assert progress["sent"] == len(telegram.calls("sendMessage"))
