"""The pacer's rules, on a real event loop: never over the cap, interactive before bulk."""

from __future__ import annotations

import asyncio
import itertools
import time
from bisect import bisect_left

import pytest

from bot.pacing import Pacer, SiftRateLimiter


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


async def test_bulk_messages_to_one_chat_are_spaced_but_other_chats_are_not() -> None:
    limiter = SiftRateLimiter(None, per_chat_interval=0.2)
    sent: list[tuple[int, float]] = []

    async def send(chat_id: int) -> None:
        async def post() -> None:
            sent.append((chat_id, time.monotonic()))

        await limiter.run(post, chat_id=chat_id, bulk=True)

    started = time.monotonic()
    await asyncio.gather(send(1), send(1), send(1), send(2), send(3))
    await limiter.shutdown()
    to_one = [at for chat, at in sent if chat == 1]
    assert len(to_one) == 3 and all(b - a >= 0.19 for a, b in itertools.pairwise(to_one))
    assert all(at - started < 0.15 for chat, at in sent if chat != 1)  # nobody waited for chat 1
