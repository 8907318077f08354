"""Per-user limits on summary requests, kept in the database so every instance sees them.

A user whose messages land on different instances must not get the limit once per instance.
Each allowed request leaves ``cost`` hits stamped with the time; a request is refused, and
leaves nothing, when it would take the user past the limit within the window. Hits older than
the window are deleted as requests come in (the user's own at each request, everyone's once a
window), so the table holds about one window's worth.
"""

from __future__ import annotations

import time

from storage.database import Database

# Transaction-scoped advisory locks serialise one user's concurrent requests across instances;
# their keys are negative and below the pace's, apart from the positive ones used elsewhere.
_USER_LOCK_BASE = -(1 << 62)


class RateLimitRepository:
    def __init__(self, db: Database) -> None:
        self._db = db
        self._swept = float("-inf")

    async def allow(
        self,
        user_id: int,
        *,
        cost: int,
        limit: int,
        window: float,
        now: float | None = None,
    ) -> bool:
        """Count a request of ``cost`` units (a message with three links costs three); False,
        and nothing counted, when it would take the user past ``limit`` in ``window`` seconds.
        A request as big as the whole allowance can still pass on its own."""
        cost = max(1, min(cost, limit))
        now = time.time() if now is None else now
        async with self._db.transaction() as tx:
            if tx.dialect == "postgresql":
                await tx.fetch_one(
                    "SELECT pg_advisory_xact_lock(?)", (_USER_LOCK_BASE + user_id % (1 << 61),)
                )
            # This user's old hits only: a sweep over everyone's would make every request
            # wait on the others' row locks. Users who never come back are swept now and then.
            await tx.write(
                "DELETE FROM rate_hits WHERE user_id = ? AND at <= ?", (user_id, now - window)
            )
            if now - self._swept >= window:
                self._swept = now
                await tx.write("DELETE FROM rate_hits WHERE at <= ?", (now - window,))
            row = await tx.fetch_one(
                "SELECT COUNT(*) FROM rate_hits WHERE user_id = ?", (user_id,)
            )
            used = int(row[0]) if row else 0
            if used + cost > limit:
                return False
            await tx.write_many(
                "INSERT INTO rate_hits (user_id, at) VALUES (?, ?)", [(user_id, now)] * cost
            )
            return True
