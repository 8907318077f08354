"""PostgreSQL through asyncpg: a small connection pool, so several bot instances can share it.

The repositories' SQL has ``?`` placeholders; they become ``$1 … $n`` here (outside quoted
strings and identifiers). Migrations run under an advisory lock, so instances that start
together apply each migration once.
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import AsyncIterator, Sequence
from typing import Any, cast

import asyncpg

from storage.database import Database, Dialect, Queries, Row, Written, migrations, utc_now

POOL_MIN = 1
POOL_MAX = 10
# pg_advisory_xact_lock key: any fixed number no other code of the database uses.
MIGRATION_LOCK = 0x5_1F7_0001


@functools.lru_cache(maxsize=1024)
def dollar_params(sql: str) -> str:
    """``?`` → ``$1``, ``$2``, … except inside '…' strings, "…" identifiers and -- comments."""
    out: list[str] = []
    number = 0
    quote = ""
    comment = False
    for char in sql:
        if comment:
            comment = char != "\n"
        elif quote:
            quote = "" if char == quote else quote
        elif char in "'\"":
            quote = char
        elif char == "-" and out and out[-1] == "-":
            comment = True
        elif char == "?":
            number += 1
            out.append(f"${number}")
            continue
        out.append(char)
    return "".join(out)


def _rowcount(status: str) -> int:
    """asyncpg reports a command tag ("UPDATE 3", "INSERT 0 1"): its last number is the count."""
    last = status.rsplit(" ", 1)[-1]
    return int(last) if last.isdigit() else 0


class _Connection(Queries):
    """Statements on one pooled connection, inside its transaction."""

    dialect: Dialect = "postgresql"

    def __init__(self, connection: asyncpg.Connection) -> None:
        self._connection = connection

    async def fetch_all(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        return cast(list[Row], await self._connection.fetch(dollar_params(sql), *params))

    async def write(self, sql: str, params: Sequence[Any] = ()) -> Written:
        return Written(_rowcount(await self._connection.execute(dollar_params(sql), *params)))

    async def write_many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        if rows:
            await self._connection.executemany(dollar_params(sql), rows)


class PostgresDatabase(Database):
    dialect: Dialect = "postgresql"

    def __init__(self, url: str, *, min_size: int = POOL_MIN, max_size: int = POOL_MAX) -> None:
        self.url = url
        self._sizes = (min_size, max_size)
        self._pool: asyncpg.Pool | None = None

    @property
    def pool(self) -> asyncpg.Pool:
        if self._pool is None:
            raise RuntimeError("Database is not open: use `async with PostgresDatabase(url)`")
        return self._pool

    async def open(self) -> PostgresDatabase:
        self._pool = await asyncpg.create_pool(
            self.url, min_size=self._sizes[0], max_size=self._sizes[1]
        )
        try:
            await self.migrate()
        except BaseException:
            await self.close()
            raise
        return self

    async def fetch_all(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        return cast(list[Row], await self.pool.fetch(dollar_params(sql), *params))

    async def write(self, sql: str, params: Sequence[Any] = ()) -> Written:
        return Written(_rowcount(await self.pool.execute(dollar_params(sql), *params)))

    async def write_many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        async with self.transaction() as db:
            await db.write_many(sql, rows)

    @contextlib.asynccontextmanager
    async def transaction(self) -> AsyncIterator[Queries]:
        async with self.pool.acquire() as connection, connection.transaction():
            yield _Connection(connection)

    async def close(self) -> None:
        if self._pool is not None:
            await self._pool.close()
            self._pool = None

    async def migrate(self) -> list[int]:
        """All pending migrations in one transaction that holds an advisory lock: a second
        instance starting at the same time waits, then finds them applied."""
        done: list[int] = []
        async with self.pool.acquire() as db, db.transaction():
            await db.execute("SELECT pg_advisory_xact_lock($1)", MIGRATION_LOCK)
            await db.execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations "
                "(version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)"
            )
            applied = {row[0] for row in await db.fetch("SELECT version FROM schema_migrations")}
            for version, sql in migrations("postgresql"):
                if version in applied:
                    continue
                await db.execute(sql)
                await db.execute(
                    "INSERT INTO schema_migrations VALUES ($1, $2)", version, utc_now()
                )
                done.append(version)
        return done

    def is_unique_violation(self, error: BaseException) -> bool:
        return isinstance(error, asyncpg.UniqueViolationError)

    async def tables(self) -> dict[str, list[str]]:
        rows = await self.fetch_all(
            "SELECT table_name, column_name FROM information_schema.columns "
            "WHERE table_schema = current_schema() ORDER BY table_name, column_name"
        )
        found: dict[str, list[str]] = {}
        for row in rows:
            found.setdefault(row[0], []).append(row[1])
        return found
