"""How long a new engine worker takes to be ready: at the bot's start, and when one is replaced.

Run: python -m benchmarks.engine_start [--rounds 10]
Baseline in the same run: what each worker cost before the fork server, a fresh interpreter
that imports the engine and runs its warm-up job (``python -c``), which is what every
replacement of a killed worker (and every test that starts the bot) used to wait for.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import statistics
import subprocess
import sys
import time

from benchmarks.common import ROOT, print_table
from bot.engine import EngineLimits, EnginePool, TooComplex

_FRESH_INTERPRETER = (
    "from bot.engine_worker import WARM_UP_JOB, run_job; run_job(WARM_UP_JOB); print('ready')"
)


def _fresh_interpreter_seconds() -> float:
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-c", _FRESH_INTERPRETER],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    return time.perf_counter() - started


async def _pool_start_seconds() -> float:
    started = time.perf_counter()
    pool = await EnginePool(EngineLimits(workers=1)).start()
    elapsed = time.perf_counter() - started
    await pool.close()
    return elapsed


async def _replacement_seconds() -> float:
    """A job overruns, its worker is killed, and the next job runs on the replacement."""
    pool = await EnginePool(EngineLimits(workers=1, deadline=0.001)).start()
    try:
        with contextlib.suppress(TooComplex):  # the overrun is the point
            await pool.summarize_text(" ".join(["A sentence to summarize here."] * 400))
        started = time.perf_counter()
        pool.limits = EngineLimits(workers=1, deadline=30.0)
        await pool.summarize_text(" ".join(["Officials said the text is long enough."] * 8))
        return time.perf_counter() - started
    finally:
        await pool.close()


async def _measure(rounds: int) -> list[list[object]]:
    first = await _pool_start_seconds()  # starts the fork server: the engine is imported here
    starts = [await _pool_start_seconds() for _ in range(rounds)]
    replacements = [await _replacement_seconds() for _ in range(rounds)]
    fresh = [_fresh_interpreter_seconds() for _ in range(max(3, rounds // 3))]
    return [
        ["fresh interpreter: import + warm-up (before)", f"{statistics.median(fresh):.3f} s"],
        ["first pool start (starts the fork server)", f"{first:.3f} s"],
        ["pool start after that (after)", f"{statistics.median(starts):.3f} s"],
        [
            "killed worker replaced, next job answered (after)",
            f"{statistics.median(replacements):.3f} s",
        ],
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=10)
    args = parser.parse_args()
    rows = asyncio.run(_measure(args.rounds))
    print_table(["worker start", "median"], rows)


if __name__ == "__main__":
    main()
