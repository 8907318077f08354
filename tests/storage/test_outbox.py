from __future__ import annotations

import asyncio
from collections import Counter

from storage import Storage, database_from_url
from storage.outbox import OutboxItem

ROWS = 400


async def test_concurrent_claimers_never_get_the_same_row(database_url: str) -> None:
    """Two bot instances (two databases objects, on PostgreSQL two connection pools), each
    with several workers claiming at once: every row is claimed exactly once."""
    async with database_from_url(database_url) as first, database_from_url(database_url) as second:
        for chat_id in range(1, ROWS + 1):
            await Storage.over(first).outbox.enqueue_one("push", chat_id, chat_id, "")
        claimed: list[OutboxItem] = []

        async def claimer(storage: Storage) -> None:
            while batch := await storage.outbox.claim_due(7, now=2e9):
                claimed.extend(batch)
                await asyncio.sleep(0)

        instances = [Storage.over(first), Storage.over(second)]
        await asyncio.gather(*(claimer(storage) for storage in instances for _ in range(4)))
        assert Counter(item.id for item in claimed).most_common(1)[0][1] == 1
        assert len(claimed) == ROWS
        assert await instances[1].outbox.counts() == {"sending": ROWS}
