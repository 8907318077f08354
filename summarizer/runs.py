"""Heavy runs in a sequence of weights: where a page's story is.

Lines (or blocks) of a page get a weight — positive for prose, negative for menus, labels and
headings — and the story is where the weights add up most. Kadane's algorithm finds, in one
pass, every maximal-sum stretch between the points where the running sum falls to zero; the
cleaner and the ranker both choose among those stretches by their weight.
"""

from __future__ import annotations

from collections.abc import Iterable


def heavy_runs(weights: Iterable[float]) -> list[tuple[float, int, int]]:
    """Each positive stretch as (its weight, first index, index past its heaviest end)."""
    runs: list[tuple[float, int, int]] = []
    best, best_end = 0.0, 0
    running, start = 0.0, 0
    for n, weight in enumerate(weights):
        if running <= 0:
            if best > 0:
                runs.append((best, start, best_end))
            running, start, best = 0.0, n, 0.0
        running += weight
        if running > best:
            best, best_end = running, n + 1
    if best > 0:
        runs.append((best, start, best_end))
    return runs
