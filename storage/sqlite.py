"""SQLite through aiosqlite: one connection, pragmas for a bot that writes from many handlers."""

from __future__ import annotations

import asyncio
import contextlib
import sqlite3
from collections.abc import AsyncIterator, Sequence
from pathlib import Path
from typing import Any

import aiosqlite

from storage.database import Database, Dialect, Queries, Row, Written, migrations, utc_now

BUSY_TIMEOUT_MS = 5000


class _Connection(Queries):
    """Statements on the shared connection; committing is left to whoever holds the lock."""

    dialect: Dialect = "sqlite"

    def __init__(self, connection: aiosqlite.Connection) -> None:
        self._connection = connection

    async def fetch_all(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        return list(await self._connection.execute_fetchall(sql, params))

    async def write(self, sql: str, params: Sequence[Any] = ()) -> Written:
        cursor = await self._connection.execute(sql, params)
        return Written(cursor.rowcount)

    async def write_many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        await self._connection.executemany(sql, rows)


class SQLiteDatabase(Database):
    """One aiosqlite connection shared by the repositories (aiosqlite serialises its use)."""

    dialect: Dialect = "sqlite"

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self._connection: aiosqlite.Connection | None = None
        self._write_lock = asyncio.Lock()

    @property
    def connection(self) -> aiosqlite.Connection:
        if self._connection is None:
            raise RuntimeError("Database is not open: use `async with SQLiteDatabase(path)`")
        return self._connection

    async def open(self) -> SQLiteDatabase:
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

    async def fetch_all(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        return await _Connection(self.connection).fetch_all(sql, params)

    async def write(self, sql: str, params: Sequence[Any] = ()) -> Written:
        async with self.transaction() as db:
            return await db.write(sql, params)

    async def write_many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        async with self.transaction() as db:
            await db.write_many(sql, rows)

    @contextlib.asynccontextmanager
    async def transaction(self) -> AsyncIterator[Queries]:
        """Repositories share one connection; without this lock one coroutine's commit could
        land in the middle of another's unfinished transaction."""
        async with self._write_lock:
            try:
                yield _Connection(self.connection)
            except BaseException:
                await self.connection.rollback()
                raise
            await self.connection.commit()

    async def close(self) -> None:
        if self._connection is not None:
            await self._connection.close()
            self._connection = None

    async def migrate(self) -> list[int]:
        db = self.connection
        await db.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations "
            "(version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)"
        )
        versions = await db.execute_fetchall("SELECT version FROM schema_migrations")
        applied = {row[0] for row in versions}
        done: list[int] = []
        for version, sql in migrations("sqlite"):
            if version in applied:
                continue
            await db.executescript(
                f"BEGIN;\n{sql}\nINSERT INTO schema_migrations VALUES ({version}, '{utc_now()}');"
                "\nCOMMIT;"
            )
            done.append(version)
        return done

    def is_unique_violation(self, error: BaseException) -> bool:
        return isinstance(error, sqlite3.IntegrityError) and "UNIQUE" in str(error)

    async def tables(self) -> dict[str, list[str]]:
        names = await self.fetch_all(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
        found: dict[str, list[str]] = {}
        for row in names:
            columns = await self.fetch_all("SELECT name FROM pragma_table_info(?)", (row[0],))
            found[row[0]] = sorted(column[0] for column in columns)
        return found
