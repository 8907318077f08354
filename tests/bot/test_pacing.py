"""The pacer's rules, on a real event loop: never over the cap, interactive before bulk."""

from __future__ import annotations

import asyncio
import time
from bisect import bisect_left

import pytest

from bot.pacing import Pacer


def busiest_second(times: list[float]) -> int:
    """The most releases in any one-second window (how Telegram and the local server count)."""
    times = sorted(times)
    return max(i - bisect_left(times, t - 1.0 + 1e-9) + 1 for i, t in enumerate(times))


@pytest.mark.parametrize(("cap", "sends"), [(30, 75), (1000, 2500)])
async def test_no_second_ever_holds_more_than_the_cap(cap: int, sends: int) -> None:
    pacer = Pacer(cap)
    released: list[float] = []

    async def send(n: int) -> None:
        await pacer.acquire(bulk=True)
        released.append(time.monotonic())
        if n % 7 == 0:
            await asyncio.sleep(0.003)  # some senders come back late, as real ones do

    await asyncio.gather(*(send(n) for n in range(sends)))
    await pacer.close()
    assert len(released) == sends
    assert busiest_second(released) <= cap  # the 31st in a second is what Telegram refuses


async def test_a_waiting_interactive_reply_goes_before_waiting_bulk_messages() -> None:
    pacer = Pacer(50)
    order: list[str] = []

    async def send(name: str, *, bulk: bool) -> None:
        await pacer.acquire(bulk=bulk)
        order.append(name)

    bulk = [asyncio.create_task(send(f"bulk{n}", bulk=True)) for n in range(10)]
    await asyncio.sleep(0.05)  # a couple of bulk messages are out; the rest wait
    await send("reply", bulk=False)
    await asyncio.gather(*bulk)
    await pacer.close()
    assert order.index("reply") <= 4  # not behind the ten bulk messages
    assert sorted(order) == sorted([*(f"bulk{n}" for n in range(10)), "reply"])


async def test_a_429_pauses_everyone_and_slows_the_pace() -> None:
    pacer = Pacer(100)
    await pacer.acquire(bulk=True)
    paused_at = time.monotonic()
    pacer.pause(0.3)
    assert pacer.rate is not None and pacer.target is not None and pacer.rate < pacer.target
    await pacer.acquire(bulk=False)
    assert time.monotonic() - paused_at >= 0.29
    for _ in range(20):
        pacer.succeeded()
    assert pacer.rate == pacer.target  # the pace creeps back with successes
    await pacer.close()
