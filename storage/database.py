"""The SQLite connection: pragmas for a bot that writes from many handlers, and migrations.

Migrations are numbered SQL files applied in order, each in its own transaction, and recorded
in ``schema_migrations``; a database from an older version is brought up to date on start.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import re
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from types import TracebackType
from typing import Any

import aiosqlite

_MIGRATION_NAME = re.compile(r"^(\d{3})_[\w-]+\.sql$")
BUSY_TIMEOUT_MS = 5000


def utc_now() -> str:
    """Timestamps are stored as ISO 8601 UTC text, which sorts and compares correctly."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


@dataclass(frozen=True, slots=True)
class Written:
    rowcount: int
    lastrowid: int | None


class Database:
    """One aiosqlite connection shared by the repositories (aiosqlite serialises its use)."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self._connection: aiosqlite.Connection | None = None
        self._write_lock = asyncio.Lock()

    @property
    def connection(self) -> aiosqlite.Connection:
        if self._connection is None:
            raise RuntimeError("Database is not open: use `async with Database(path)`")
        return self._connection

    async def open(self) -> Database:
        if self.path.parent != Path():
            self.path.parent.mkdir(parents=True, exist_ok=True)
        connection = await aiosqlite.connect(self.path)
        connection.row_factory = aiosqlite.Row
        await connection.execute("PRAGMA journal_mode = WAL")
        await connection.execute("PRAGMA foreign_keys = ON")
        await connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        await connection.execute("PRAGMA synchronous = NORMAL")
        self._connection = connection
        await self.migrate()
        return self

    async def fetch_all(self, sql: str, params: Sequence[Any] = ()) -> list[aiosqlite.Row]:
        """One statement and all its rows in a single call, so no cursor stays open."""
        return list(await self.connection.execute_fetchall(sql, params))

    async def fetch_one(self, sql: str, params: Sequence[Any] = ()) -> aiosqlite.Row | None:
        rows = await self.fetch_all(sql, params)
        return rows[0] if rows else None

    async def write(self, sql: str, params: Sequence[Any] = ()) -> Written:
        """One statement, committed on its own."""
        async with self.transaction() as db:
            cursor = await db.execute(sql, params)
            return Written(cursor.rowcount, cursor.lastrowid)

    async def write_many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        async with self.transaction() as db:
            await db.executemany(sql, rows)

    @contextlib.asynccontextmanager
    async def transaction(self) -> AsyncIterator[aiosqlite.Connection]:
        """Statements that commit (or roll back) together.

        Repositories share one connection; without this lock one coroutine's commit could land
        in the middle of another's unfinished transaction.
        """
        async with self._write_lock:
            try:
                yield self.connection
            except BaseException:
                await self.connection.rollback()
                raise
            await self.connection.commit()

    async def close(self) -> None:
        if self._connection is not None:
            await self._connection.close()
            self._connection = None

    async def __aenter__(self) -> Database:
        return await self.open()

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.close()

    async def migrate(self) -> list[int]:
        """Apply the migrations this database has not seen; return their versions."""
        db = self.connection
        await db.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations "
            "(version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)"
        )
        async with db.execute("SELECT version FROM schema_migrations") as cursor:
            applied = {row[0] for row in await cursor.fetchall()}
        done: list[int] = []
        for version, sql in migrations():
            if version in applied:
                continue
            await db.executescript(
                f"BEGIN;\n{sql}\nINSERT INTO schema_migrations VALUES ({version}, '{utc_now()}');"
                "\nCOMMIT;"
            )
            done.append(version)
        return done

    async def schema_version(self) -> int:
        async with self.connection.execute("SELECT MAX(version) FROM schema_migrations") as cur:
            row = await cur.fetchone()
        return int(row[0]) if row and row[0] is not None else 0


def migrations() -> list[tuple[int, str]]:
    """The shipped migrations, in version order."""
    folder = resources.files("storage").joinpath("migrations")
    found: list[tuple[int, str]] = []
    for entry in folder.iterdir():
        match = _MIGRATION_NAME.match(entry.name)
        if match:
            found.append((int(match.group(1)), entry.read_text(encoding="utf-8")))
    return sorted(found)
