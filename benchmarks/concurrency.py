"""50 users paste a 2,000-word article at the same moment: how long does each wait?

Run: python -m benchmarks.concurrency [--users 50]
Baseline in the same run: the engine in threads of the bot's own process (``asyncio.to_thread``,
as before the worker pool), against the engine pool (one worker process per core). Also shows
the event loop's worst lag meanwhile, which is what every other user's /start waits on.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import time
from collections.abc import Awaitable, Callable

from benchmarks.common import print_table
from benchmarks.speed import articles
from bot.engine import EngineLimits, EnginePool
from summarizer import summarize_text


async def _lag_probe(lags: list[float], stop: asyncio.Event) -> None:
    while not stop.is_set():
        before = time.perf_counter()
        await asyncio.sleep(0.01)
        lags.append(time.perf_counter() - before - 0.01)


async def _burst(
    texts: list[str], summarize: Callable[[str], Awaitable[object]]
) -> tuple[list[float], float]:
    lags: list[float] = []
    stop = asyncio.Event()
    probe = asyncio.create_task(_lag_probe(lags, stop))
    started = time.perf_counter()

    async def one(text: str) -> float:
        await summarize(text)
        return time.perf_counter() - started

    waits = await asyncio.gather(*(one(t) for t in texts))
    stop.set()
    await probe
    return list(waits), max(lags, default=0.0)


async def main_async(users: int) -> None:
    texts = (articles() * 2)[:users]
    pool = await EnginePool(EngineLimits(workers=os.cpu_count() or 1, deadline=60.0)).start()
    summarize_text(texts[0])  # warm the in-process engine too
    rows: list[list[object]] = []
    try:
        runs: dict[str, Callable[[str], Awaitable[object]]] = {
            "threads in the bot's process (before)": lambda t: asyncio.to_thread(
                summarize_text, t
            ),
            f"engine pool, {pool.limits.workers} worker processes (after)": pool.summarize_text,
        }
        for name, summarize in runs.items():
            waits, lag = await _burst(texts, summarize)
            q = statistics.quantiles(waits, n=100)
            rows.append([name, q[49], q[94], max(waits), lag * 1000])
    finally:
        await pool.close()
    print(f"{users} users paste a ~2,000-word article at once; {os.cpu_count()} cores\n")
    print_table(["engine", "p50 s", "p95 s", "max s", "worst loop lag ms"], rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--users", type=int, default=50)
    asyncio.run(main_async(parser.parse_args().users))


if __name__ == "__main__":
    main()
