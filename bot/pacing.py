"""Sending at Telegram's limits: one global pace, interactive replies first, bulk spaced per chat.

Telegram allows a bot about 30 messages a second overall and about one a second per chat, and
answers 429 with ``retry_after`` when pushed. Every message Sift sends passes through one
``Pacer`` (installed as python-telegram-bot's rate limiter, and used by the bulk sender): it
releases one send per slot at 97% of the cap, always to a waiting interactive reply before a
waiting bulk message, so a broadcast never delays an answer to a user. A 429 pauses everyone
for ``retry_after`` and lowers the pace, which then creeps back up with every success.

Spacing alone cannot hold the cap on a loaded machine: the server counts a message when it
arrives, and one request can take 100 ms to get there (a lagging event loop, a server thread
waiting for a core) while the next takes 1 ms. So the pacer also keeps a sliding window: a send
starts only once every send a full cap's worth of places back was *answered* at least a second
earlier. An answer proves the server has counted the message, whatever it was delayed by, so no
second at the server can hold more than the cap. (A send still unanswered after
``UNANSWERED`` is taken as counted then, so that one hung connection cannot stall every reply.)

Several instances share one budget: with ``shared`` set (PostgreSQL), every send also holds a
ticket of ``storage.pace.SendTickets``, the same window rule kept in the database for all of
them. Should the database fail, a send goes out on the local pace alone: a reply that arrives
is worth more than a cap that a 429 (handled here) would enforce anyway.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import time
import warnings
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine
from typing import Any, TypeVar

from telegram.error import RetryAfter
from telegram.ext import BaseRateLimiter
from telegram.warnings import PTBDeprecationWarning

from storage.pace import SendTickets

log = logging.getLogger(__name__)

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
SAFETY_MARGIN = 0.97
SLOWDOWN = 0.8
# Credit for late wake-ups: slots lost to a timer that fires late or to an event loop that
# stalls (a loaded machine) are made up for, up to CATCH_UP's worth, instead of lost (with 2 ms
# a loaded machine ran at 25–27/s of 30). Spacing then still releases at most
# 1 + rate × (1 + CATCH_UP) in any second: 30 at 30/s, 1,000 at 1,000/s, since
# SAFETY_MARGIN × (1 + CATCH_UP) < 1; the window rule holds the cap whatever arrives late.
# Idling earns no credit: after a quiet spell the slots start afresh.
CATCH_UP = 0.03
RECOVERY_STEP = 0.02
WINDOW = 1.0  # the server counts sends per second (the local server: any sliding second)
UNANSWERED = 1.0  # a send with no answer this long after it started is taken as counted then


class _Send:
    """One send the window rule remembers: when it started and when its answer came back."""

    __slots__ = ("answered", "started")

    def __init__(self, started: float) -> None:
        self.started = started
        self.answered: float | None = None

    def counted_by(self, now: float) -> float | None:
        """The latest the server can have counted it, or None while that may still be later."""
        if self.answered is not None:
            return self.answered
        assumed = self.started + UNANSWERED
        return assumed if assumed <= now else None


class Pacer:
    """Releases waiters one slot apart, interactive ones before bulk ones, never more than the
    cap in a window (see the module's docstring)."""

    def __init__(self, messages_per_second: float | None, *, windowed: bool = True) -> None:
        self.target = messages_per_second * SAFETY_MARGIN if messages_per_second else None
        self.rate = self.target
        self._cap = max(1, int(messages_per_second)) if messages_per_second else None
        self.per_window = self._cap if windowed else None
        self._recent: deque[_Send] = deque()  # started sends not yet out of the window's reach
        self._horizon = float("-inf")  # the latest count of any send that has left the window
        self._queues: tuple[deque[asyncio.Future[_Send | None]], ...] = (deque(), deque())
        self._next_slot = 0.0
        self._paused_until = 0.0
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None

    def hold_window(self, on: bool) -> None:
        """Keep the window rule here (one process) or leave it to a shared budget."""
        self.per_window = self._cap if on else None

    @contextlib.asynccontextmanager
    async def slot(self, *, bulk: bool) -> AsyncIterator[None]:
        """Wait for a slot, then send inside the block: leaving it records the answer, which
        the window rule counts from."""
        send = await self._acquire(bulk=bulk)
        try:
            yield
        finally:
            if send is not None:
                send.answered = time.monotonic()

    async def _acquire(self, *, bulk: bool) -> _Send | None:
        if self.rate is None and time.monotonic() >= self._paused_until:
            return None
        future: asyncio.Future[_Send | None] = asyncio.get_running_loop().create_future()
        self._queues[int(bulk)].append(future)
        if self._task is None or self._task.done():
            self._task = asyncio.create_task(self._dispatch(), name="sift-pacer")
        self._wake.set()
        return await future

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
        self._next_slot = max(self._next_slot, time.monotonic())  # no credit for idling
        while True:
            now = time.monotonic()
            start = max(self._next_slot, self._paused_until, self._window_opens(now))
            if start > now:
                await asyncio.sleep(start - now)
                continue
            waiter = self._next_waiter()
            if waiter is None:
                self._wake.clear()
                await self._wake.wait()
                self._next_slot = max(self._next_slot, time.monotonic())  # no credit for idling
                continue
            send = None
            if self.per_window is not None:
                send = _Send(now)
                self._recent.append(send)
            waiter.set_result(send)
            # Slots follow each other, not the wake-ups: a timer that fires late (the event
            # loop's clock has millisecond steps) is made up for, but never by more than CATCH_UP.
            interval = 1.0 / self.rate if self.rate else 0.0
            self._next_slot = max(self._next_slot, now - CATCH_UP) + interval

    def _window_opens(self, now: float) -> float:
        """When the next send may start: a full window after every send ``per_window`` or more
        places back was counted. Starts and answers bracket the moment the server counts, so
        whatever happens in between, no window at the server holds more than ``per_window``."""
        if self.per_window is None:
            return now
        while len(self._recent) >= self.per_window:
            counted = self._recent[0].counted_by(now)
            if counted is None:  # it may be counted any moment from now on
                return now + WINDOW
            self._horizon = max(self._horizon, counted)
            self._recent.popleft()
        return self._horizon + WINDOW

    def _next_waiter(self) -> asyncio.Future[_Send | None] | None:
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
        self._shared: SendTickets | None = None
        self._pacer: Pacer | None = None
        self._chat_next: dict[int, float] = {}

    @property
    def pacer(self) -> Pacer:
        if self._pacer is None:  # created lazily, on the loop that uses it
            self._pacer = Pacer(self.messages_per_second, windowed=self._shared is None)
        return self._pacer

    @property
    def shared(self) -> SendTickets | None:
        return self._shared

    @shared.setter
    def shared(self, tickets: SendTickets | None) -> None:
        """With a shared budget its tickets hold the window rule, from the database's clock and
        for every instance: the local window is then dropped, since it would count each send's
        wait for a ticket as time on the wire and hold this instance below the cap."""
        self._shared = tickets
        if self._pacer is not None:
            self._pacer.hold_window(tickets is None)

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
            try:
                async with self.pacer.slot(bulk=bulk), self._shared_slot(bulk=bulk):
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

    @contextlib.asynccontextmanager
    async def _shared_slot(self, *, bulk: bool) -> AsyncIterator[None]:
        """Hold a ticket of the budget all instances share, if there is one."""
        tickets = self.shared
        ticket: int | None = None
        if tickets is not None:
            try:
                while (grant := await tickets.take(bulk=bulk)).ticket is None:
                    await asyncio.sleep(grant.wait)
                ticket = grant.ticket
            except Exception:  # the database is down: send on the local pace alone
                log.exception("shared send budget unavailable; sending on the local pace")
        try:
            yield
        finally:
            if tickets is not None and ticket is not None:
                try:
                    await tickets.answered(ticket)
                except Exception:  # the ticket then lapses on its own (UNANSWERED)
                    log.exception("could not record a send's answer in the shared budget")

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
