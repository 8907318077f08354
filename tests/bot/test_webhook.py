"""Webhook mode: the real Application with ptb's webhook server, fed by the local Bot API server.

The local server POSTs each update to the bot as Telegram does; the bot answers through it as
usual. Several instances are several real webhook servers behind the local server's round-robin
(the load balancer's part), sharing the test's database.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import signal
import sys
from pathlib import Path

import httpx
import pytest

from bot import messages
from bot.app import running
from bot.local_api import LocalBotAPI
from bot.settings import Settings
from tests.bot.conftest import SECRET, free_port, on_webhook

ROOT = Path(__file__).resolve().parents[2]
PUBLIC_URL = "https://sift.example.org/telegram/hook"  # never contacted: the targets stand in


@pytest.fixture
def hooked(settings: Settings) -> Settings:
    return on_webhook(settings, free_port())


def _last_error(api: LocalBotAPI) -> str | None:
    error: str | None = api.webhook_info().get("last_error_message")
    return error


def _update(update_id: int, chat_id: int, text: str) -> dict[str, object]:
    user = {"id": chat_id, "is_bot": False, "first_name": "Mallory"}
    return {
        "update_id": update_id,
        "message": {
            "message_id": 900 + update_id,
            "date": 0,
            "chat": {"id": chat_id, "type": "private", "first_name": "Mallory"},
            "from": user,
            "text": text,
            "entities": [{"type": "bot_command", "offset": 0, "length": len(text)}],
        },
    }


async def test_messages_buttons_and_blocks_reach_the_bot_over_the_webhook(
    telegram: LocalBotAPI, hooked: Settings
) -> None:
    async with running(hooked) as app:
        info = telegram.webhook_info()
        assert info["url"] == hooked.webhook_url
        assert set(info["allowed_updates"]) == {
            "message",
            "edited_message",
            "callback_query",
            "my_chat_member",
        }
        (_, params), *_ = telegram.calls("setWebhook")
        assert params["secret_token"] == SECRET
        telegram.send_text(42, "/start")
        telegram.send_text(42, "hi there!")
        start, chatter = await telegram.replies(42, 2)
        assert "summarizes news" in start.text and chatter.text == messages.SHORT_CHATTER
        telegram.send_text(43, "/topics")
        (menu,) = await telegram.replies(43, 1)
        callback = telegram.press(43, menu.message_id, "topic:ukraine")
        await telegram.until(lambda api: api.callback_answer(callback))
        assert telegram.callback_answer(callback)["text"] == "Following Ukraine"  # type: ignore[index]
        users = app.bot_data["services"].storage.users
        assert 42 in await users.active_ids()
        telegram.block_bot(42)  # my_chat_member: the bot learns it was blocked
        async with asyncio.timeout(10):
            while 42 in await users.active_ids():
                await asyncio.sleep(0.05)
        assert {url for url, _ in telegram.deliveries()} == {hooked.webhook_url}


async def test_a_post_without_the_right_secret_is_refused_and_not_processed(
    telegram: LocalBotAPI, hooked: Settings
) -> None:
    assert hooked.webhook_url is not None
    telegram.add_user(42)
    async with running(hooked), httpx.AsyncClient() as client:
        forged = json.dumps(_update(10_000, 42, "/start"))
        for headers in ({}, {"X-Telegram-Bot-Api-Secret-Token": "guessed"}):
            refused = await client.post(
                hooked.webhook_url,
                content=forged,
                headers={"Content-Type": "application/json", **headers},
            )
            assert refused.status_code == 403
        telegram.send_text(42, "hi there!")  # the same chat, so it is handled after a forgery
        (reply,) = await telegram.replies(42, 1)
        assert reply.text == messages.SHORT_CHATTER
        await asyncio.sleep(0.3)
        assert len(telegram.messages(42)) == 1


async def test_get_updates_conflicts_while_the_bot_has_a_webhook(
    telegram: LocalBotAPI, hooked: Settings
) -> None:
    async with running(hooked), httpx.AsyncClient() as client:
        conflict = await client.post(f"{telegram.base_url}{telegram.token}/getUpdates")
        assert conflict.status_code == 409
        assert "while webhook is active" in conflict.json()["description"]


async def test_updates_sent_while_the_bot_is_down_are_answered_when_it_is_back(
    telegram: LocalBotAPI, hooked: Settings
) -> None:
    async with running(hooked):
        telegram.send_text(40, "/start")
        await telegram.replies(40, 1)
    # Stopped: the webhook stays set, so Telegram keeps the updates and keeps retrying.
    for user in (41, 42, 41):
        telegram.send_text(user, "/help")
    await telegram.until(_last_error)
    assert _last_error(telegram) == "Connection refused"
    assert telegram.webhook_info()["pending_update_count"] == 3
    async with running(hooked):
        assert len(await telegram.replies(41, 2, timeout=20)) == 2
        assert len(await telegram.replies(42, 1)) == 1
        assert telegram.webhook_info()["pending_update_count"] == 0


async def test_two_instances_behind_a_load_balancer_share_the_updates(
    telegram: LocalBotAPI, settings: Settings
) -> None:
    first, second = free_port(), free_port()
    instances = [on_webhook(settings, port, PUBLIC_URL) for port in (first, second)]
    targets = [f"http://127.0.0.1:{port}/telegram/hook" for port in (first, second)]
    telegram.spread_over(targets)
    async with contextlib.AsyncExitStack() as stack:
        await stack.enter_async_context(running(instances[0]))
        second_instance = await stack.enter_async_context(contextlib.AsyncExitStack())
        await second_instance.enter_async_context(running(instances[1]))
        assert [p["url"] for _, p in telegram.calls("setWebhook")] == [PUBLIC_URL] * 2
        for user in range(100, 106):
            telegram.send_text(user, "/start")
        for user in range(100, 106):
            await telegram.replies(user, 1, timeout=20)
        assert {url for url, _ in telegram.deliveries()} == set(targets)
        await second_instance.aclose()  # one instance goes away; the other takes everything
        for user in range(200, 204):
            telegram.send_text(user, "/start")
        for user in range(200, 204):
            await telegram.replies(user, 1, timeout=20)
        assert _last_error(telegram) == "Connection refused"  # tried, then the next target
        assert telegram.webhook_info()["url"] == PUBLIC_URL


async def test_the_bot_process_runs_in_webhook_mode(
    tmp_path: Path, telegram: LocalBotAPI, database_url: str
) -> None:
    port = free_port()
    hook = f"http://127.0.0.1:{port}/tg/hook"
    env = dict(os.environ)
    env.update(
        PYTHONPATH=str(ROOT),
        TELEGRAM_BOT_TOKEN=telegram.token,
        BOT_API_BASE_URL=f"http://127.0.0.1:{telegram.port}",
        DATABASE_URL=database_url,
        LOG_LEVEL="WARNING",
        WEBHOOK_URL=hook,
        WEBHOOK_LISTEN=f"127.0.0.1:{port}",
        WEBHOOK_SECRET=SECRET,
    )
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", cwd=tmp_path, env=env, stderr=asyncio.subprocess.PIPE
    )
    try:
        telegram.send_text(5, "/help")
        (reply,) = await telegram.replies(5, 1, timeout=30)
        assert "summarizes news" in reply.text
        assert telegram.webhook_info()["url"] == hook
        assert [url for url, _ in telegram.deliveries()] == [hook]
    finally:
        process.send_signal(signal.SIGINT)
        async with asyncio.timeout(30):
            code = await process.wait()
    assert code == 0
