"""Memory, time and event-loop stall of fetch_page against hostile bodies from a local server.

Run: python -m benchmarks.fetch_bombs [--nested-mib 1024]
Each attack runs in its own child process under a 2 GiB address-space limit, so a fetcher that
inflates a bomb fails there (MemoryError) instead of taking the machine down. Figures per attack:
peak RSS growth during the fetch, wall time, the longest the event loop went without running
another task (what every other chat waits), and how the fetch ended.
"""

from __future__ import annotations

import os

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # numpy comes in with the summarizer

import argparse
import asyncio
import json
import random
import resource
import subprocess
import sys
import time
from collections.abc import Callable

from benchmarks.common import print_table
from summarizer.fetch import FetchPolicy, fetch_page, new_client
from tests.pages import (
    Route,
    empty_deflate_blocks,
    endless_chunks,
    endless_gzip_chunks,
    gzip_bomb,
    gzip_bytes,
    serve_pages,
)

LIMIT = 2 * 1024**3
MIB = 1024 * 1024


def _text_page(size: int) -> bytes:
    """Plain text of common words, as an attacker's "article" near the size limit would be."""
    words = ["the", "of", "and", "to", "in", "a", "is", "that", "for", "it", "was", "on"]
    pick = random.Random(1).choice
    text = " ".join(pick(words) for _ in range(size // 3))
    return text.encode()[:size]


def _routes(nested_mib: int) -> dict[str, Callable[[], Route]]:
    html = {"Content-Type": "text/html"}
    return {
        "4.9 MB text page, gzipped (allowed)": lambda: Route(
            gzip_bytes(_text_page(4_900_000)),
            headers={"Content-Type": "text/plain", "Content-Encoding": "gzip"},
        ),
        "gzip bomb, 1 GiB of zeros": lambda: Route(
            gzip_bomb(1024 * MIB), headers={**html, "Content-Encoding": "gzip"}
        ),
        f"'gzip, gzip' bomb, {nested_mib} MiB of zeros": lambda: Route(
            gzip_bytes(gzip_bomb(nested_mib * MIB)),
            headers={**html, "Content-Encoding": "gzip, gzip"},
        ),
        "endless gzipped page (streamed)": lambda: Route(
            chunks=endless_gzip_chunks(), headers={**html, "Content-Encoding": "gzip"}
        ),
        "endless empty deflate blocks": lambda: Route(
            chunks=empty_deflate_blocks(), headers={**html, "Content-Encoding": "gzip"}
        ),
        "endless plain page (streamed)": lambda: Route(chunks=endless_chunks()),
    }


def _rss_mib() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / MIB


async def _attack(url: str, warm_up: str) -> dict[str, object]:
    stall = 0.0

    async def heartbeat() -> None:
        nonlocal stall
        while True:
            before = time.perf_counter()
            await asyncio.sleep(0.001)
            stall = max(stall, time.perf_counter() - before - 0.001)

    policy = FetchPolicy(allow_private=True)
    async with new_client(policy) as client:  # shared and made once, as the bot does
        await fetch_page(warm_up, policy, client=client)  # first-request costs are not the body's
        beat = asyncio.create_task(heartbeat())
        await asyncio.sleep(0.01)
        start = time.perf_counter()
        try:
            page = await fetch_page(url, policy, client=client)
            outcome = f"accepted, {len(page.text):,} chars"
        except MemoryError:
            outcome = "MemoryError (2 GiB limit)"
        except Exception as error:
            outcome = type(error).__name__
        seconds = time.perf_counter() - start
        await asyncio.sleep(0.01)  # the heartbeat records a stall only once it runs again
        beat.cancel()
    return {"seconds": seconds, "stall_ms": stall * 1000, "outcome": outcome}


def _child(name: str, nested_mib: int) -> None:
    resource.setrlimit(resource.RLIMIT_AS, (LIMIT, LIMIT))
    route = _routes(nested_mib)[name]()
    with serve_pages() as pages:
        url = pages.add("/attack", route)
        warm_up = pages.add("/warm-up", Route(b"<html><body><p>Hello.</p></body></html>"))
        before = _rss_mib()
        result = asyncio.run(_attack(url, warm_up))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    result["rss_growth_mib"] = peak - before
    result["wire_kib"] = len(route.body) / 1024 if route.chunks is None else None
    print(json.dumps(result))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--nested-mib", type=int, default=1024)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.child, args.nested_mib)
        return
    rows = []
    for name in _routes(args.nested_mib):
        command = [sys.executable, "-m", "benchmarks.fetch_bombs", "--child", name]
        command += ["--nested-mib", str(args.nested_mib)]
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            rows.append([name, "-", "-", "-", "-", f"child died ({done.returncode})"])
            continue
        figures = json.loads(done.stdout.strip().splitlines()[-1])
        wire = figures["wire_kib"]
        rows.append(
            [
                name,
                "streamed" if wire is None else f"{wire:,.1f}",
                f"{figures['rss_growth_mib']:,.0f}",
                f"{figures['seconds']:.2f}",
                f"{figures['stall_ms']:,.0f}",
                figures["outcome"],
            ]
        )
    print_table(
        ["attack", "body KiB", "peak RSS growth MiB", "seconds", "longest stall ms", "outcome"],
        rows,
    )


if __name__ == "__main__":
    main()
