"""Per-user request limits in storage: the same count whichever instance asks."""

from __future__ import annotations

import asyncio

from storage import Storage, database_from_url


async def test_requests_past_the_limit_are_refused_until_the_window_moves(
    storage: Storage,
) -> None:
    limits = storage.ratelimits
    assert await limits.allow(1, cost=1, limit=2, window=60, now=0.0)
    assert await limits.allow(1, cost=1, limit=2, window=60, now=10.0)
    assert not await limits.allow(1, cost=1, limit=2, window=60, now=20.0)
    assert await limits.allow(2, cost=1, limit=2, window=60, now=20.0)  # others unaffected
    assert await limits.allow(1, cost=1, limit=2, window=60, now=60.5)  # the first has aged


async def test_a_costly_request_counts_in_full_and_a_refused_one_counts_nothing(
    storage: Storage,
) -> None:
    limits = storage.ratelimits
    assert await limits.allow(1, cost=3, limit=4, window=60, now=0.0)
    assert not await limits.allow(1, cost=2, limit=4, window=60, now=1.0)
    assert await limits.allow(1, cost=1, limit=4, window=60, now=2.0)
    # A request as big as the whole allowance can still pass on its own.
    assert await limits.allow(9, cost=10, limit=4, window=60, now=0.0)


async def test_two_instances_racing_for_one_user_share_the_limit(database_url: str) -> None:
    async with database_from_url(database_url) as first, database_from_url(database_url) as second:
        instances = [Storage.over(first).ratelimits, Storage.over(second).ratelimits]
        answers = await asyncio.gather(
            *(instances[n % 2].allow(7, cost=1, limit=5, window=60) for n in range(20))
        )
    assert sum(answers) == 5
