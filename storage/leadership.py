"""Which bot instance leads: the one that sends bulk messages, polls feeds and runs digests.

Several identical instances may serve one bot. Interactive work (answering a user) runs on any
of them, but bulk sending must run on exactly one, or two instances would each pace themselves
at the cap and Telegram would see twice it. The leader is whoever holds a lease:

- PostgreSQL: a session-level advisory lock, held on a connection of its own. The lock lives
  exactly as long as that connection, so a leader that dies (kill -9, a lost network) frees it
  as soon as PostgreSQL sees the connection gone, and a follower's next try takes it over.
- SQLite (one machine): an exclusive ``flock`` on a file beside the database, which the kernel
  frees when the process dies: the same rule for instances sharing one database file.

The lease's connection also carries signals to the leader (new rows in the outbox, a cancelled
broadcast) through LISTEN/NOTIFY, so an instance that queues work need not wait for the
leader's next poll. SQLite instances signal within their own process only.
"""

from __future__ import annotations

import asyncio
import contextlib
import fcntl
import hashlib
import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import IO, Protocol

import asyncpg

from storage.database import dialect_of, sqlite_path

log = logging.getLogger(__name__)

# The advisory lock's key: a fixed 63-bit number derived from the project's name, so it cannot
# collide with a lock another application on the same PostgreSQL server happens to use.
LEADER_LOCK_KEY = int.from_bytes(hashlib.sha256(b"sift:leader").digest()[:8], "big") >> 1
SIGNAL_CHANNEL = "sift_leader"
LEASE_APPLICATION = "sift-lease-"
CONNECT_TIMEOUT = 5.0
CHECK_TIMEOUT = 3.0

Listener = Callable[[str], None]


class LeaderLease(Protocol):
    async def try_acquire(self) -> bool:
        """Take the lease if nobody holds it; True while this instance holds it."""
        ...

    async def still_held(self) -> bool:
        """False once the lease is lost (its connection died): stop leading at once."""
        ...

    async def signal(self, message: str) -> None:
        """Tell whoever leads (this instance included) that ``message`` happened."""
        ...

    def on_signal(self, listener: Listener) -> None: ...

    async def close(self) -> None:
        """Give the lease up (a clean stop), so a follower takes over without waiting."""
        ...


class PostgresLease:
    """An advisory lock on a dedicated connection, which also listens for signals."""

    def __init__(self, url: str) -> None:
        self.url = url
        self._connection: asyncpg.Connection | None = None
        self._held = False
        self._listeners: list[Listener] = []
        self._lock = asyncio.Lock()  # one operation at a time on the connection

    async def try_acquire(self) -> bool:
        async with self._lock:
            if self._held:
                return True
            try:
                connection = await self._connected()
                self._held = bool(
                    await connection.fetchval(
                        "SELECT pg_try_advisory_lock($1)", LEADER_LOCK_KEY, timeout=CHECK_TIMEOUT
                    )
                )
            except (OSError, asyncpg.PostgresError, TimeoutError) as error:
                log.warning("leader lease: PostgreSQL unreachable (%s)", error)
                await self._drop()
            return self._held

    async def still_held(self) -> bool:
        async with self._lock:
            if not self._held:
                return False
            if self._connection is None or self._connection.is_closed():
                await self._drop()
                return False
            try:
                await self._connection.fetchval("SELECT 1", timeout=CHECK_TIMEOUT)
            except (OSError, asyncpg.PostgresError, TimeoutError):
                await self._drop()  # the server has freed (or will free) the lock
                return False
            return True

    async def signal(self, message: str) -> None:
        async with self._lock:
            try:
                connection = await self._connected()
                await connection.execute(
                    "SELECT pg_notify($1, $2)", SIGNAL_CHANNEL, message, timeout=CHECK_TIMEOUT
                )
            except (OSError, asyncpg.PostgresError, TimeoutError) as error:
                # The leader polls the outbox as well; a lost signal only delays it.
                log.warning("leader signal %r not sent: %s", message, error)
                await self._drop()

    def on_signal(self, listener: Listener) -> None:
        self._listeners.append(listener)

    async def close(self) -> None:
        async with self._lock:
            if self._connection is not None:
                with contextlib.suppress(OSError, asyncpg.PostgresError, TimeoutError):
                    await self._connection.close(timeout=CHECK_TIMEOUT)
            self._connection = None
            self._held = False

    async def _connected(self) -> asyncpg.Connection:
        if self._connection is None or self._connection.is_closed():
            # The lock died with the old connection: a new one (opened to send a signal, say)
            # holds nothing until it asks again, or two instances would both think they lead.
            self._held = False
            connection = await asyncpg.connect(
                self.url,
                timeout=CONNECT_TIMEOUT,
                # Operators (and benchmarks.scale) find the leader's process in pg_stat_activity.
                server_settings={"application_name": f"{LEASE_APPLICATION}{os.getpid()}"},
            )
            await connection.add_listener(SIGNAL_CHANNEL, self._heard)
            self._connection = connection
        return self._connection

    async def _drop(self) -> None:
        self._held = False
        if self._connection is not None:
            self._connection.terminate()
        self._connection = None

    def _heard(self, _connection: object, _pid: int, _channel: str, payload: object) -> None:
        for listener in self._listeners:
            listener(str(payload))


# Listeners of the file leases of this process, by lease file: SQLite instances signal within
# their own process only (another process's leader finds new work at its next poll).
_FILE_LISTENERS: dict[Path, list[Listener]] = {}


class FileLease:
    """An exclusive flock on ``<database>.leader``: one leader among processes on one machine."""

    def __init__(self, path: Path) -> None:
        self.path = path.resolve()
        self._file: IO[bytes] | None = None
        self._listeners: list[Listener] = []

    async def try_acquire(self) -> bool:
        if self._file is not None:
            return True
        if self.path.parent != Path():
            self.path.parent.mkdir(parents=True, exist_ok=True)
        handle = self.path.open("a+b")
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.close()
            return False
        handle.truncate(0)
        handle.write(f"{os.getpid()}\n".encode())
        handle.flush()
        self._file = handle
        return True

    async def still_held(self) -> bool:
        return self._file is not None

    async def signal(self, message: str) -> None:
        for listener in _FILE_LISTENERS.get(self.path, []):
            listener(message)

    def on_signal(self, listener: Listener) -> None:
        self._listeners.append(listener)
        _FILE_LISTENERS.setdefault(self.path, []).append(listener)

    async def close(self) -> None:
        listeners = _FILE_LISTENERS.get(self.path, [])
        for listener in self._listeners:
            listeners.remove(listener)
        self._listeners.clear()
        if self._file is not None:
            fcntl.flock(self._file.fileno(), fcntl.LOCK_UN)
            self._file.close()
            self._file = None


def lease_for(url: str) -> LeaderLease:
    """The lease that fits the database: an advisory lock, or a lock file beside SQLite's."""
    if dialect_of(url) == "postgresql":
        return PostgresLease(url)
    path = sqlite_path(url)
    return FileLease(path.with_name(path.name + ".leader"))
