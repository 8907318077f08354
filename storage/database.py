"""The database interface the repositories use, and which backend a URL opens.

Two backends implement it: SQLite (``storage.sqlite``, one connection) and PostgreSQL
(``storage.postgres``, a connection pool). Repositories write their SQL once, with ``?``
placeholders, and see only this interface and rows indexable by column name or position, so
neither aiosqlite nor asyncpg leaks out of its own module. Where a statement cannot be written
portably, the repository picks a variant by ``dialect``.

Migrations are numbered SQL files, one folder per dialect with the same numbers
(``migrations/sqlite/001_initial.sql`` and ``migrations/postgresql/001_initial.sql``), applied
in order and recorded in ``schema_migrations``; an older database is brought up to date on start.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from types import TracebackType
from typing import Any, Literal, Protocol

Dialect = Literal["sqlite", "postgresql"]
DIALECTS: tuple[Dialect, ...] = ("sqlite", "postgresql")
_MIGRATION_NAME = re.compile(r"^(\d{3})_[\w-]+\.sql$")
POSTGRES_SCHEMES = ("postgresql://", "postgres://")
SQLITE_SCHEME = "sqlite:///"


def row_id(text: str) -> int | None:
    """The id a user typed ("12", "#12"), or None when it is none a 64-bit id column holds:
    not ASCII digits ("²" is a digit to ``str.isdigit``), or too many of them."""
    key = text.lstrip("#")
    return int(key) if key.isascii() and key.isdigit() and len(key) <= 18 else None


def utc_now() -> str:
    """Timestamps are stored as ISO 8601 UTC text, which sorts and compares correctly."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


class Row(Protocol):
    """What both backends' rows allow: ``row["column"]`` and ``row[0]``."""

    def __getitem__(self, key: int | str, /) -> Any: ...


@dataclass(frozen=True, slots=True)
class Written:
    """What a write tells: how many rows it touched. New ids come from ``RETURNING id``."""

    rowcount: int


class Queries(ABC):
    """Statements on a database, or inside one of its transactions."""

    dialect: Dialect

    @abstractmethod
    async def fetch_all(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        """One statement and all its rows in a single call, so no cursor stays open.

        On the database itself this is for reads; a write that returns rows (``RETURNING``)
        goes inside ``transaction()`` so that it is committed."""

    async def fetch_one(self, sql: str, params: Sequence[Any] = ()) -> Row | None:
        rows = await self.fetch_all(sql, params)
        return rows[0] if rows else None

    @abstractmethod
    async def write(self, sql: str, params: Sequence[Any] = ()) -> Written:
        """One statement; on the database itself, committed on its own."""

    @abstractmethod
    async def write_many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        """One statement for each parameter row; on the database itself, in one transaction."""


class Database(Queries):
    """A database the repositories share; ``async with`` opens (and migrates) and closes it."""

    @abstractmethod
    def transaction(self) -> contextlib.AbstractAsyncContextManager[Queries]:
        """Statements that commit (or roll back) together."""

    @abstractmethod
    async def open(self) -> Database:
        """Connect and apply pending migrations."""

    @abstractmethod
    async def close(self) -> None: ...

    @abstractmethod
    async def migrate(self) -> list[int]:
        """Apply the migrations this database has not seen; return their versions."""

    async def schema_version(self) -> int:
        row = await self.fetch_one("SELECT MAX(version) FROM schema_migrations")
        return int(row[0]) if row and row[0] is not None else 0

    @abstractmethod
    def is_unique_violation(self, error: BaseException) -> bool:
        """Whether a write failed on a UNIQUE constraint: a concurrent writer stored the same
        key first, and reading again settles it."""

    @abstractmethod
    async def tables(self) -> dict[str, list[str]]:
        """Every table of the schema with its column names, for checking the dialects agree."""

    async def __aenter__(self) -> Database:
        return await self.open()

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.close()


def dialect_of(url: str) -> Dialect:
    """The backend a database URL names; ValueError for anything else."""
    if url.startswith(POSTGRES_SCHEMES):
        return "postgresql"
    if url.startswith(SQLITE_SCHEME) and len(url) > len(SQLITE_SCHEME):
        return "sqlite"
    raise ValueError(
        "a database URL is postgresql://user:password@host:port/name or sqlite:///path "
        f"(sqlite:////absolute/path), got {url!r}"
    )


def sqlite_url(path: Path | str) -> str:
    return f"{SQLITE_SCHEME}{path}"


def sqlite_path(url: str) -> Path:
    """The file of a ``sqlite:///`` URL (``sqlite:////abs`` is absolute, as in SQLAlchemy)."""
    if dialect_of(url) != "sqlite":
        raise ValueError(f"not a SQLite URL: {url!r}")
    return Path(url.removeprefix(SQLITE_SCHEME))


def migrations(dialect: Dialect = "sqlite") -> list[tuple[int, str]]:
    """The shipped migrations of one dialect, in version order."""
    folder = resources.files("storage").joinpath("migrations").joinpath(dialect)
    found: list[tuple[int, str]] = []
    for entry in folder.iterdir():
        match = _MIGRATION_NAME.match(entry.name)
        if match:
            found.append((int(match.group(1)), entry.read_text(encoding="utf-8")))
    return sorted(found)
