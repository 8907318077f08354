"""Inputs a stranger can send to stall the engine, and a clock to hold the engine to.

Each input is built from a pattern that once took seconds to minutes (the figures are in
benchmarks/hostile_engine.py); the tests only ask for a generous bound, so that a noisy
machine never fails them while a return to exponential or quadratic work always does.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

DATA = Path(__file__).parent.parent / "data"
GENEROUS_SECONDS = 5.0


def within(seconds: float, work: Callable[[], T]) -> T:
    """Run ``work`` and fail if it took longer than ``seconds``."""
    started = time.perf_counter()
    result = work()
    elapsed = time.perf_counter() - started
    assert elapsed < seconds, f"took {elapsed:.1f} s, the bound is {seconds} s"
    return result


def real_text() -> str:
    """A real article (the seed, without its site wrapper) and nothing else."""
    text = (DATA / "pow-claims-pasted.txt").read_text(encoding="utf-8")
    return "\n\n".join(p for p in text.split("\n\n") if len(p) > 200)


def article_with(line: str) -> str:
    """A real article with ``line`` as a paragraph of its own in the middle."""
    paragraphs = real_text().split("\n\n")
    middle = len(paragraphs) // 2
    return "\n\n".join([*paragraphs[:middle], line, *paragraphs[middle:]])


def long_real_text(chars: int) -> str:
    """Real paragraphs, varied so that no two are the same, up to ``chars`` characters."""
    paragraphs = real_text().split("\n\n")
    out: list[str] = []
    size = n = 0
    while size < chars:
        paragraph = paragraphs[n % len(paragraphs)].replace("Ukraine", f"Ukraine ({n})", 1)
        out.append(paragraph)
        size += len(paragraph) + 2
        n += 1
    return "\n\n".join(out)[:chars]
