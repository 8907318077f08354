"""The hostile suite: the real bot process, attacked through the local Bot API server.

The bot runs as ``python -m bot`` in its own process, as in production, so a stall shows up as
it would for users: another user's /start is slow. Every attack asserts three things: the
attacker gets a friendly answer within the attack's limit, other users are answered within a
second all the while, and no process of the bot grows past its memory budget.
"""

from __future__ import annotations

import asyncio
import itertools
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from bot import messages
from bot.local_api import LocalBotAPI, SentMessage
from tests.pages import PageServer, serve_pages
from tests.postgres import Databases

ROOT = Path(__file__).parents[2]
OTHERS_ANSWERED_WITHIN = 1.0
MEMORY_BUDGET_MB = 500
ENGINE_DEADLINE = 5.0
FETCH_TIMEOUT = 10.0
MAX_ANSWER_MESSAGES = 4  # the answer's messages, capped by render, plus the error-free margin


@dataclass
class Bot:
    api: LocalBotAPI
    pages: PageServer
    process: subprocess.Popen[bytes]
    _users: Iterator[int] = field(default_factory=lambda: itertools.count(1000))

    def new_user(self) -> int:
        return next(self._users)

    def peak_memory_mb(self) -> dict[int, float]:
        """VmHWM (peak resident memory) of the bot and each of its processes: the engine's
        fork server and the workers forked from it."""
        peaks: dict[int, float] = {}
        for pid in [self.process.pid, *_descendants(self.process.pid)]:
            try:
                status = Path(f"/proc/{pid}/status").read_text()
            except OSError:
                continue
            for line in status.splitlines():
                if line.startswith("VmHWM:"):
                    peaks[pid] = int(line.split()[1]) / 1024
        return peaks


def _descendants(pid: int) -> list[int]:
    found: list[int] = []
    for child in _children(pid):
        found += [child, *_descendants(child)]
    return found


def _children(pid: int) -> list[int]:
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            continue
    return found


def start_bot(
    api: LocalBotAPI, pages: PageServer, tmp: Path, database_url: str, **extra: str
) -> Bot:
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "TELEGRAM_BOT_TOKEN": api.token,
        "BOT_API_BASE_URL": f"http://127.0.0.1:{api.port}",
        "DATABASE_URL": database_url,
        "ALLOW_PRIVATE_URLS": "true",  # the attack pages are served on 127.0.0.1
        "ENGINE_DEADLINE_SECONDS": str(ENGINE_DEADLINE),
        "LOG_LEVEL": "WARNING",
        **extra,
    }
    process = subprocess.Popen([sys.executable, "-m", "bot"], cwd=tmp, env=env)
    bot = Bot(api, pages, process)
    warm = bot.new_user()
    api.send_text(warm, "/start")
    api.wait_for_messages(warm, 1, timeout=60)
    return bot


def stop_bot(bot: Bot) -> None:
    bot.process.send_signal(signal.SIGINT)
    try:
        bot.process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        bot.process.kill()
        raise


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory, databases: Databases) -> Iterator[Bot]:
    tmp = tmp_path_factory.mktemp("hostile")
    url = databases.new(tmp)
    with LocalBotAPI() as api, serve_pages() as pages:
        running = start_bot(api, pages, tmp, url)
        try:
            yield running
        finally:
            stop_bot(running)
    databases.drop(url)


async def answer_while_others_are_served(
    bot: Bot, attacker: int, send: str, *, limit: float
) -> list[SentMessage]:
    """Send the attack, then keep other users writing /start until the attacker is answered:
    each of them must be answered within a second. Returns the attacker's messages."""
    bot.api.send_text(attacker, send)
    started = time.monotonic()
    while not bot.api.messages(attacker):
        if time.monotonic() - started > limit:
            raise AssertionError(f"no answer to the attack within {limit} s")
        await assert_start_is_quick(bot)
    await _settle(bot, attacker)
    answer = bot.api.messages(attacker)
    assert_friendly(answer)
    peaks = bot.peak_memory_mb()
    assert max(peaks.values()) < MEMORY_BUDGET_MB, f"peak memory {peaks} MB"
    return answer


async def assert_start_is_quick(bot: Bot) -> None:
    """A new user's /start is answered within a second."""
    other = bot.new_user()
    asked = time.monotonic()
    bot.api.send_text(other, "/start")
    await bot.api.replies(other, 1, timeout=30)
    waited = time.monotonic() - asked
    assert waited < OTHERS_ANSWERED_WITHIN, f"another user waited {waited:.1f} s"


async def _settle(bot: Bot, chat_id: int, quiet: float = 0.5) -> None:
    """Wait until the bot has stopped writing to the chat for a moment."""
    count = -1
    while count != len(bot.api.messages(chat_id)):
        count = len(bot.api.messages(chat_id))
        await asyncio.sleep(quiet)


def assert_friendly(answer: list[SentMessage]) -> None:
    assert answer, "no answer"
    assert len(answer) <= MAX_ANSWER_MESSAGES, f"{len(answer)} messages for one request"
    for message in answer:
        assert messages.SOMETHING_WENT_WRONG not in message.text, "an apology for a crash"
        assert len(message.text) <= 4096
