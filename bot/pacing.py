"""Sending at Telegram's limits: one global pace, interactive replies first, bulk spaced per chat.

Telegram allows a bot about 30 messages a second overall and about one a second per chat, and
answers 429 with ``retry_after`` when pushed. Every message Sift sends passes through one
``Pacer`` (installed as python-telegram-bot's rate limiter, and used by the bulk sender): it
releases one send per slot at the configured rate (run at 95% of the cap, so network jitter
cannot push a second over it), always to a waiting interactive reply before a waiting bulk
message, so a broadcast never delays an answer to a user. A 429 pauses everyone for
``retry_after`` and lowers the pace, which then creeps back up with every success.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import time
import warnings
from collections import deque
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any, TypeVar

from telegram.error import RetryAfter
from telegram.ext import BaseRateLimiter
from telegram.warnings import PTBDeprecationWarning

T = TypeVar("T")
SEND_ENDPOINTS = frozenset(
    {
        "sendMessage",
        "editMessageText",
        "editMessageReplyMarkup",
        "sendPhoto",
        "sendDocument",
        "sendMediaGroup",
        "copyMessage",
        "forwardMessage",
    }
)
SAFETY_MARGIN = 0.95
SLOWDOWN = 0.8
# Credit for late wake-ups (the event loop's timers fire up to a millisecond late, which at
# 1,000/s would cost a third of the rate). Any one-second window then holds at most
# 1 + rate × (1 + CATCH_UP) releases: 29 at 95% of 30/s, so network jitter of up to ~50 ms
# still cannot land a 31st message in one second at Telegram.
CATCH_UP = 0.002
RECOVERY_STEP = 0.02


class Pacer:
    """Releases waiters one slot apart, interactive ones before bulk ones."""

    def __init__(self, messages_per_second: float | None) -> None:
        self.target = messages_per_second * SAFETY_MARGIN if messages_per_second else None
        self.rate = self.target
        self._queues: tuple[deque[asyncio.Future[None]], deque[asyncio.Future[None]]] = (
            deque(),
            deque(),
        )
        self._next_slot = 0.0
        self._paused_until = 0.0
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None

    async def acquire(self, *, bulk: bool) -> None:
        if self.rate is None and time.monotonic() >= self._paused_until:
            return
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._queues[int(bulk)].append(future)
        if self._task is None or self._task.done():
            self._task = asyncio.create_task(self._dispatch(), name="sift-pacer")
        self._wake.set()
        await future

    def pause(self, seconds: float) -> None:
        """A 429: nobody sends for ``seconds``, and the pace drops."""
        self._paused_until = max(self._paused_until, time.monotonic() + seconds)
        if self.rate is not None and self.target is not None:
            self.rate = max(self.rate * SLOWDOWN, self.target * 0.2)
        self._wake.set()

    def succeeded(self) -> None:
        if self.rate is not None and self.target is not None and self.rate < self.target:
            self.rate = min(self.target, self.rate + self.target * RECOVERY_STEP)

    async def close(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        for queue in self._queues:
            while queue:
                queue.popleft().cancel()

    async def _dispatch(self) -> None:
        while True:
            now = time.monotonic()
            start = max(self._next_slot, self._paused_until)
            if start > now:
                await asyncio.sleep(start - now)
                continue
            waiter = self._next_waiter()
            if waiter is None:
                self._wake.clear()
                await self._wake.wait()
                continue
            waiter.set_result(None)
            # Slots follow each other, not the wake-ups: a timer that fires late (the event
            # loop's clock has millisecond steps) is made up for, but never by more than CATCH_UP.
            interval = 1.0 / self.rate if self.rate else 0.0
            self._next_slot = max(self._next_slot, now - CATCH_UP) + interval

    def _next_waiter(self) -> asyncio.Future[None] | None:
        for queue in self._queues:  # interactive first
            while queue:
                waiter = queue.popleft()
                if not waiter.done():
                    return waiter
        return None


class SiftRateLimiter(BaseRateLimiter[dict[str, Any]]):
    """python-telegram-bot's hook: every request of the bot passes through here.

    Requests made through python-telegram-bot are interactive (replies, edits, progress reports);
    bulk messages come through ``run(..., bulk=True)`` from ``bot.sender.BulkSender``.
    """

    def __init__(
        self,
        messages_per_second: float | None = 30.0,
        *,
        per_chat_interval: float = 1.0,
        max_retries: int = 3,
    ) -> None:
        self.messages_per_second = messages_per_second
        self.per_chat_interval = per_chat_interval
        self.max_retries = max_retries
        self.retry_after_count = 0
        self._pacer: Pacer | None = None
        self._chat_next: dict[int, float] = {}

    @property
    def pacer(self) -> Pacer:
        if self._pacer is None:  # created lazily, on the loop that uses it
            self._pacer = Pacer(self.messages_per_second)
        return self._pacer

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        if self._pacer is not None:
            await self._pacer.close()
            self._pacer = None

    async def process_request(  # noqa: PLR0917 (the signature is python-telegram-bot's)
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | dict[str, Any] | list[dict[str, Any]]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: dict[str, Any] | None,
    ) -> bool | dict[str, Any] | list[dict[str, Any]]:
        if endpoint not in SEND_ENDPOINTS:
            return await callback(*args, **kwargs)
        return await self.run(lambda: callback(*args, **kwargs), chat_id=None, bulk=False)

    async def run(self, send: Callable[[], Awaitable[T]], *, chat_id: int | None, bulk: bool) -> T:
        """Send when the pace allows; on 429 pause everyone, slow down and try again."""
        for attempt in range(self.max_retries + 1):
            if bulk and chat_id is not None:
                await self._space_chat(chat_id)
            await self.pacer.acquire(bulk=bulk)
            try:
                result = await send()
            except RetryAfter as error:
                self.retry_after_count += 1
                self.pacer.pause(retry_after_seconds(error) + 0.1)
                if attempt == self.max_retries:
                    raise
                continue
            self.pacer.succeeded()
            return result
        raise AssertionError("unreachable")  # pragma: no cover

    async def _space_chat(self, chat_id: int) -> None:
        """Bulk messages to one chat go out at most one per ``per_chat_interval``."""
        now = time.monotonic()
        ready = self._chat_next.get(chat_id, 0.0)
        self._chat_next[chat_id] = max(now, ready) + self.per_chat_interval
        if ready > now:
            await asyncio.sleep(ready - now)
        if len(self._chat_next) > 50_000:  # forget chats whose spacing has long passed
            self._chat_next = {c: t for c, t in self._chat_next.items() if t > now}


def retry_after_seconds(error: RetryAfter) -> float:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        value: Any = error.retry_after
    return value.total_seconds() if isinstance(value, dt.timedelta) else float(value)
