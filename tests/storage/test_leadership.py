"""The leader lease on the run's backend: an advisory lock (PostgreSQL) or a file lock (SQLite)."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from storage.database import dialect_of
from storage.leadership import lease_for
from tests.postgres import cut_lease_connections

ROOT = Path(__file__).parents[2]
HOLD = """
import asyncio, sys
from storage.leadership import lease_for

async def main() -> None:
    lease = lease_for(sys.argv[1])
    assert await lease.try_acquire()
    print("held", flush=True)
    await asyncio.sleep(3600)

asyncio.run(main())
"""


async def test_one_lease_holds_at_a_time_and_a_clean_close_hands_it_over(
    database_url: str,
) -> None:
    first, second = lease_for(database_url), lease_for(database_url)
    try:
        assert await first.try_acquire()
        assert await first.try_acquire()  # asking again while holding keeps it
        assert not await second.try_acquire()
        assert await first.still_held()
        assert not await second.still_held()
        await first.close()
        assert not await first.still_held()
        assert await second.try_acquire()
    finally:
        await first.close()
        await second.close()


async def test_a_killed_leaders_lease_is_taken_over_at_once(database_url: str) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, database_url],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE,
    )
    follower = lease_for(database_url)
    try:
        assert holder.stdout is not None
        assert await asyncio.to_thread(holder.stdout.readline) == b"held\n"
        assert not await follower.try_acquire()
        holder.send_signal(signal.SIGKILL)
        holder.wait(timeout=10)
        killed = time.monotonic()
        while not await follower.try_acquire():
            assert time.monotonic() - killed < 5.0, "the dead leader's lease was not freed"
            await asyncio.sleep(0.05)
    finally:
        holder.kill()
        holder.wait(timeout=10)
        await follower.close()


async def test_a_signal_reaches_the_listeners_of_every_instance(database_url: str) -> None:
    sender, leader = lease_for(database_url), lease_for(database_url)
    heard: list[str] = []
    leader.on_signal(heard.append)
    try:
        assert await leader.try_acquire()  # listening starts with the lease's connection
        await sender.signal("outbox")
        async with asyncio.timeout(5):
            while "outbox" not in heard:
                await asyncio.sleep(0.02)
    finally:
        await sender.close()
        await leader.close()


async def test_a_lease_whose_connection_died_is_not_held_after_a_signal_reconnects(
    database_url: str,
) -> None:
    """The lock dies with its connection; a signal that opens a new connection must not make
    the lease look held again, or two instances would lead at once."""
    if dialect_of(database_url) != "postgresql":
        pytest.skip("the advisory lock lives on a connection (PostgreSQL)")
    leader, other = lease_for(database_url), lease_for(database_url)
    try:
        assert await leader.try_acquire()
        await cut_lease_connections(database_url)
        async with asyncio.timeout(5):  # the server has freed the lock
            while not await other.try_acquire():
                await asyncio.sleep(0.05)
        await leader.signal("outbox")  # reconnects, to send the signal
        assert not await leader.still_held()
        assert await leader.try_acquire() is False
    finally:
        await leader.close()
        await other.close()
