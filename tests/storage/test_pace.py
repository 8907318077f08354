"""The send budget all instances share: never more live tickets than the cap."""

from __future__ import annotations

import asyncio

import pytest

from storage import database_from_url
from storage.database import migrations
from storage.pace import PACE_LOCK, WINDOW, SendTickets


async def test_tickets_stop_at_the_cap_and_bulk_leaves_a_reserve(database_url: str) -> None:
    async with database_from_url(database_url) as db:
        tickets = SendTickets(db, 5, bulk_reserve=1)
        bulk = [await tickets.take(bulk=True) for _ in range(5)]
        assert [g.ticket is not None for g in bulk] == [True] * 4 + [False]
        assert 0 < bulk[-1].wait <= 2 * WINDOW + 0.5
        assert (await tickets.take(bulk=False)).ticket is not None  # the reserve
        refused = await tickets.take(bulk=False)
        assert refused.ticket is None
        assert await tickets.live() == 5


async def test_replies_do_not_take_places_from_bulk_beyond_the_reserve(database_url: str) -> None:
    """Bulk is counted apart: a live reply leaves bulk its full share (the reserve is for
    replies, not taken out of bulk a second time), while the total never passes the cap."""
    async with database_from_url(database_url) as db:
        tickets = SendTickets(db, 5, bulk_reserve=1)
        assert (await tickets.take(bulk=False)).ticket is not None
        bulk = [await tickets.take(bulk=True) for _ in range(5)]
        assert [g.ticket is not None for g in bulk] == [True] * 4 + [False]
        assert (await tickets.take(bulk=False)).ticket is None  # five live: the cap
        assert await tickets.live() == 5


async def test_replies_alone_may_use_every_place(database_url: str) -> None:
    async with database_from_url(database_url) as db:
        tickets = SendTickets(db, 3, bulk_reserve=1)
        grants = [await tickets.take(bulk=False) for _ in range(4)]
        assert [g.ticket is not None for g in grants] == [True, True, True, False]


async def test_an_answered_ticket_frees_its_place_a_window_later(database_url: str) -> None:
    async with database_from_url(database_url) as db:
        tickets = SendTickets(db, 2, bulk_reserve=0)
        first, second = await tickets.take(bulk=False), await tickets.take(bulk=False)
        assert first.ticket is not None and second.ticket is not None
        await tickets.answered(first.ticket)
        refused = await tickets.take(bulk=False)
        assert refused.ticket is None
        assert refused.wait <= WINDOW + 0.2  # the answered one, not the unanswered one
        await asyncio.sleep(refused.wait + 0.05)
        assert (await tickets.take(bulk=False)).ticket is not None


async def test_instances_together_never_hold_more_than_the_cap(database_url: str) -> None:
    async with database_from_url(database_url) as first, database_from_url(database_url) as second:
        budgets = [SendTickets(first, 10), SendTickets(second, 10)]
        grants = await asyncio.gather(*(budgets[n % 2].take(bulk=False) for n in range(30)))
        assert sum(g.ticket is not None for g in grants) == 10
        assert await budgets[0].live() == 10


async def test_a_budget_needs_room_beyond_its_reserve(database_url: str) -> None:
    async with database_from_url(database_url) as db:
        with pytest.raises(ValueError, match="per_second"):
            SendTickets(db, 1, bulk_reserve=1)


def test_the_postgresql_function_locks_the_key_the_module_names() -> None:
    sql = dict(migrations("postgresql"))[6]
    assert f"pg_advisory_xact_lock({PACE_LOCK})" in sql
