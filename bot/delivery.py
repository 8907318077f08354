"""The delivery worker: drains the outbox at Telegram's pace, as reliably as a mail queue.

It claims due rows in small batches (marking them ``sending``), sends each through the bot
with bulk priority, and records outcomes in batches of at most ``flush_every``. If the process
dies, the rows still ``sending`` are queued again at start-up; a row whose message had reached
Telegram before the crash is sent twice. That window is the rows in flight (claimed but not
recorded) at the moment of the crash: at most ``batch_size``; benchmarks/delivery.py measures it.

Rules per outcome: sent → recorded; 403, "chat not found", "user is deactivated" → the user is
marked blocked and all their queued rows stop; 429 (after the rate limiter's own retries) →
queued again after ``retry_after``; network errors → retried with exponential backoff, then
failed with the error; any other refusal → failed with the error.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError

from bot.pacing import retry_after_seconds
from storage import OutboxItem, Outcome, Storage

log = logging.getLogger(__name__)

_GONE = ("chat not found", "user is deactivated", "bot was blocked", "bot was kicked")


@dataclass(frozen=True, slots=True)
class Rendered:
    """The messages of one outbox row, and the keyboard under the last one."""

    texts: Sequence[str]
    markup: dict[str, Any] | None = None  # the inline keyboard as Bot API JSON


Renderer = Callable[[OutboxItem], Awaitable[Rendered | None]]


class Sender(Protocol):
    async def send_message(
        self,
        chat_id: int,
        text: str,
        reply_markup: dict[str, Any] | None = None,
        *,
        withdrawn: Callable[[], bool] | None = None,
    ) -> None:
        """Send, once the pace allows; unless ``withdrawn()`` says, by then, not to
        (``Withdrawn``)."""


class Withdrawn(Exception):
    """A message no longer wanted when its turn to be sent came (its broadcast cancelled)."""


def is_gone(error: TelegramError) -> bool:
    """403s, "chat not found", "user is deactivated": unreachable until they write again."""
    text = str(error).lower()
    return isinstance(error, Forbidden) or any(reason in text for reason in _GONE)


class DeliveryWorker:
    def __init__(
        self,
        storage: Storage,
        sender: Sender,
        render: Renderer,
        *,
        concurrency: int = 8,
        batch_size: int = 32,
        flush_every: int = 16,
        max_attempts: int = 5,
        first_backoff: float = 2.0,
        max_backoff: float = 300.0,
        on_batch: Callable[[Sequence[Outcome]], Awaitable[None]] | None = None,
        may_claim: Callable[[], Awaitable[bool]] | None = None,
        prepare: Callable[[Sequence[OutboxItem]], Awaitable[None]] | None = None,
    ) -> None:
        self.storage = storage
        self.sender = sender
        self.render = render
        self.concurrency = concurrency
        self.batch_size = batch_size
        self.flush_every = flush_every
        self.max_attempts = max_attempts
        self.first_backoff = first_backoff
        self.max_backoff = max_backoff
        self.on_batch = on_batch
        # Asked before each claim (the leader lease, with several instances): a leader that lost
        # its lease claims nothing more while it finds out, since its successor requeues every
        # row in flight. Only the batch already claimed can then go out twice.
        self.may_claim = may_claim
        # Given each claimed batch before it is rendered: what its rows share is read at once
        # (the push readers' subscriptions), not once a row.
        self.prepare = prepare
        self.sent = 0
        self._cancelled_runs: set[int] = set()
        self._wake = asyncio.Event()
        self._stopping = False
        self._task: asyncio.Task[None] | None = None

    def wake(self) -> None:
        """New rows were queued: look now instead of at the next poll."""
        self._wake.set()

    def cancel_run(self, broadcast_id: int) -> None:
        """Rows of a cancelled broadcast already claimed are skipped, not sent."""
        self._cancelled_runs.add(broadcast_id)

    def start(self) -> None:
        """Start (or, after ``stop``, restart: a follower that becomes leader again) sending.
        Once only while it runs: a second task would escape ``stop`` and send on."""
        if self._task is not None and not self._task.done():
            return
        self._stopping = False
        self._task = asyncio.create_task(self.run(), name="sift-delivery")

    async def stop(self) -> None:
        self._stopping = True
        self._wake.set()
        if self._task is not None:
            await self._task
            self._task = None

    async def run(self) -> None:
        # Every database call sits inside the retry: one that escaped would end the worker
        # while this instance keeps leading, and the outbox would wait for a restart.
        recovered = False
        while not self._stopping:
            try:
                if not recovered:
                    count = await self.storage.outbox.recover_in_flight()
                    recovered = True
                    if count:
                        log.warning("requeued %d outbox rows left in flight by a stop", count)
                if not await self.drain_once():
                    await self._idle()
            except Exception:
                log.exception("delivery batch failed; retrying shortly")
                self._wake.clear()
                with contextlib.suppress(TimeoutError):  # a stop need not wait out the pause
                    await asyncio.wait_for(self._wake.wait(), 1.0)

    async def drain(self) -> None:
        """Send until nothing is due (tests and benchmarks)."""
        while await self.drain_once():
            pass

    async def drain_once(self) -> bool:
        if self.may_claim is not None and not await self.may_claim():
            return False
        items = await self.storage.outbox.claim_due(self.batch_size)
        if not items:
            return False
        if self.prepare is not None:
            try:
                await self.prepare(items)
            except Exception:  # only a shortcut: each row can still be rendered on its own
                log.exception("preparing a batch of %d outbox rows failed", len(items))
        pending: list[Outcome] = []
        semaphore = asyncio.Semaphore(self.concurrency)
        lock = asyncio.Lock()

        async def collect(outcome: Outcome) -> None:
            async with lock:
                pending.append(outcome)
                if len(pending) >= self.flush_every:
                    batch = pending[:]
                    pending.clear()
                    await self._record(batch)

        async def deliver_chat(rows: Sequence[OutboxItem]) -> None:
            # One chat's rows in order (its spacing sends them a second apart anyway): once it
            # is gone, the rest of the batch for it stops too, as its queued rows do.
            gone = False
            for item in rows:
                if gone:
                    await collect(
                        Outcome(item, "blocked", item.parts_sent, "user blocked the bot")
                    )
                    continue
                async with semaphore:
                    outcome = await self._deliver(item)
                gone = outcome.status == "blocked"
                await collect(outcome)

        by_chat: dict[int, list[OutboxItem]] = {}
        for item in items:
            by_chat.setdefault(item.chat_id, []).append(item)
        await asyncio.gather(*(deliver_chat(rows) for rows in by_chat.values()))
        async with lock:
            await self._record(pending)
        return True

    async def _record(self, outcomes: Sequence[Outcome]) -> None:
        if not outcomes:
            return
        await self.storage.outbox.record(outcomes)
        self.sent += sum(o.status == "sent" for o in outcomes)
        if self.on_batch is not None:
            await self.on_batch(outcomes)

    async def _idle(self) -> None:
        delay = await self.storage.outbox.next_due_in()
        timeout = 5.0 if delay is None else min(max(delay, 0.05), 5.0)
        self._wake.clear()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._wake.wait(), timeout)

    async def _deliver(self, item: OutboxItem) -> Outcome:
        if self._withdrawn(item):
            return Outcome(item, "cancelled", item.parts_sent, "broadcast cancelled")
        rendered = await self.render(item)
        if rendered is None:
            return Outcome(item, "failed", error="nothing to send (its source is gone)")
        parts = item.parts_sent
        # a row claimed before its broadcast was cancelled may wait for its turn a while:
        # asked again when the turn comes, it is not sent
        try:
            for index in range(item.parts_sent, len(rendered.texts)):
                last = index == len(rendered.texts) - 1
                await self.sender.send_message(
                    item.chat_id,
                    rendered.texts[index],
                    rendered.markup if last else None,
                    withdrawn=lambda: self._withdrawn(item),
                )
                parts = index + 1
        except Withdrawn:
            return Outcome(item, "cancelled", parts, "broadcast cancelled")
        except RetryAfter as error:
            wait = retry_after_seconds(error)
            return Outcome(item, "retry", parts, f"429: {error}", time.time() + wait)
        except TelegramError as error:
            return self._failure(item, parts, error)
        return Outcome(item, "sent", parts)

    def _withdrawn(self, item: OutboxItem) -> bool:
        """A row of a broadcast or an admin's digest run that has been cancelled."""
        return item.kind in ("broadcast", "digest") and item.ref_id in self._cancelled_runs

    def _failure(self, item: OutboxItem, parts: int, error: TelegramError) -> Outcome:
        if is_gone(error):
            return Outcome(item, "blocked", parts, str(error))
        if isinstance(error, NetworkError) and not isinstance(error, BadRequest):
            attempts = item.attempts + 1
            if attempts < self.max_attempts:
                backoff = min(self.first_backoff * 2.0 ** (attempts - 1), self.max_backoff)
                return Outcome(item, "retry", parts, repr(error), time.time() + backoff)
        log.warning("outbox row %s to %s failed: %s", item.id, item.chat_id, error)
        return Outcome(item, "failed", parts, str(error))
