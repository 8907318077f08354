"""Per-user limit on summary requests: a sliding window kept in memory.

Summaries cost seconds of fetching and CPU, so one user cannot queue hundreds; the limit resets
on restart, which is fine for a guard against floods.
"""

from __future__ import annotations

import time
from collections import defaultdict, deque
from collections.abc import Callable


class SlidingWindowLimiter:
    def __init__(
        self,
        limit: int,
        window_seconds: float = 60.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.limit = limit
        self.window = window_seconds
        self._clock = clock
        self._hits: defaultdict[int, deque[float]] = defaultdict(deque)

    def allow(self, user_id: int, cost: int = 1) -> bool:
        """Count a request of ``cost`` units (a message with three links costs three); False,
        and nothing counted, when it would take the user past ``limit`` in the window."""
        cost = min(cost, self.limit)  # a request as big as the whole allowance can still pass
        now = self._clock()
        hits = self._hits[user_id]
        while hits and now - hits[0] >= self.window:
            hits.popleft()
        if len(hits) + cost > self.limit:
            return False
        hits.extend([now] * cost)
        return True
