"""The leader's duties run on one instance at a time, and move when that instance dies.

Every instance answers users. Only the leader drains the outbox, polls feeds and sends the
scheduled digests: those send in bulk at Telegram's global cap, which two senders would break,
and they must not run twice. Each instance tries the lease every ``interval``; the holder checks
every ``interval`` that it still holds it. A leader killed outright loses the lease with its
database connection, so a follower takes over within about one interval.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable

from storage.leadership import LeaderLease

log = logging.getLogger(__name__)

LEASE_INTERVAL = 1.0

Duty = Callable[[], Awaitable[None]]


class Leadership:
    def __init__(
        self,
        lease: LeaderLease,
        *,
        on_gain: Duty,
        on_loss: Duty,
        interval: float = LEASE_INTERVAL,
    ) -> None:
        self.lease = lease
        self.interval = interval
        self.is_leader = False
        self._on_gain = on_gain
        self._on_loss = on_loss
        self._task: asyncio.Task[None] | None = None
        self._changed = asyncio.Event()

    async def start(self) -> None:
        """Try the lease once now (a lone instance leads from its first moment), then keep
        trying, or checking, every ``interval``."""
        await self._check()
        self._task = asyncio.create_task(self._run(), name="sift-leadership")

    async def stop(self) -> None:
        """Stop leading (duties first, then the lease) so a follower can take over at once."""
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
        if self.is_leader:
            self.is_leader = False
            await self._on_loss()
        await self.lease.close()

    async def until_leader(self, timeout: float) -> bool:
        """Wait up to ``timeout`` seconds for this instance to lead (tests, benchmarks)."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while not self.is_leader:
            remaining = deadline - loop.time()
            if remaining <= 0:
                return False
            self._changed.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._changed.wait(), remaining)
        return True

    async def _run(self) -> None:
        while True:
            await asyncio.sleep(self.interval)
            try:
                await self._check()
            except Exception:  # a duty failing to start must not end the loop
                log.exception("leadership check failed; trying again")

    async def _check(self) -> None:
        if self.is_leader:
            if not await self.lease.still_held():
                log.warning("lost the leader lease: stopping bulk sending, feeds and digests")
                self.is_leader = False
                self._changed.set()
                await self._on_loss()
        elif await self.lease.try_acquire():
            try:
                await self._on_gain()
            except BaseException:
                # Whatever started before the failure (the delivery worker) stops first: the
                # lease goes to another instance next, and two must never send at once.
                try:
                    await self._on_loss()
                except Exception:
                    log.exception("stopping half-started duties failed")
                finally:
                    await self.lease.close()  # let a healthier instance lead
                raise
            log.info("this instance leads: bulk sending, feeds and digests run here")
            self.is_leader = True
            self._changed.set()
