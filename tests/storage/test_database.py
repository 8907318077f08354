from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from storage import PostgresDatabase, SQLiteDatabase, Storage, database_from_url
from storage.database import DIALECTS, dialect_of, migrations
from storage.postgres import dollar_params
from tests.postgres import Databases


async def test_migrations_apply_once_and_state_survives_reopening(database_url: str) -> None:
    async with database_from_url(database_url) as db:
        assert await db.schema_version() == migrations(db.dialect)[-1][0]
        await Storage.over(db).users.seen(1, "Ann", "ann")
    async with database_from_url(database_url) as db:
        assert await db.migrate() == []  # nothing left to apply
        user = await Storage.over(db).users.get(1)
        assert user is not None and user.first_name == "Ann"


async def test_a_sqlite_database_is_created_in_its_folder(tmp_path: Path) -> None:
    path = tmp_path / "nested" / "sift.db"
    async with database_from_url(f"sqlite:///{path}") as db:
        assert db.dialect == "sqlite" and await db.schema_version() > 0
    assert path.is_file()


async def test_pragmas_for_concurrent_handlers(tmp_path: Path) -> None:
    async with SQLiteDatabase(tmp_path / "sift.db") as db:
        assert (await db.fetch_one("PRAGMA journal_mode") or [None])[0] == "wal"
        assert (await db.fetch_one("PRAGMA foreign_keys") or [None])[0] == 1
        assert (await db.fetch_one("PRAGMA busy_timeout") or [None])[0] == 5000


def test_migrations_are_numbered_in_order_and_alike_in_both_dialects() -> None:
    versions = [version for version, _ in migrations("sqlite")]
    assert versions == sorted(versions) == list(range(1, len(versions) + 1))
    assert [version for version, _ in migrations("postgresql")] == versions


async def test_both_dialects_migrate_to_the_same_tables_and_columns(
    tmp_path: Path, databases: Databases
) -> None:
    """Run on PostgreSQL (SIFT_TEST_DATABASE=postgresql), where both backends are at hand."""
    if databases.dialect != "postgresql":
        pytest.skip("needs the PostgreSQL cluster of a SIFT_TEST_DATABASE=postgresql run")
    url = databases.new(tmp_path)
    try:
        async with SQLiteDatabase(tmp_path / "sift.db") as lite, PostgresDatabase(url) as pg:
            sqlite_tables, postgres_tables = await lite.tables(), await pg.tables()
    finally:
        databases.drop(url)
    assert sqlite_tables == postgres_tables
    assert {"users", "outbox", "schema_migrations"} <= set(sqlite_tables)


def test_urls_name_their_dialect() -> None:
    assert dialect_of("postgresql://u:p@127.0.0.1:5432/sift") == "postgresql"
    assert dialect_of("postgres://127.0.0.1/sift") == "postgresql"
    assert dialect_of("sqlite:////var/lib/sift.db") == "sqlite"
    assert set(DIALECTS) == {"sqlite", "postgresql"}
    for wrong in ("mysql://h/db", "sqlite:///", "sift.db"):
        with pytest.raises(ValueError, match="database URL"):
            dialect_of(wrong)


def test_placeholders_become_numbered_outside_quotes_and_comments() -> None:
    sql = "SELECT '?', \"a?\" FROM t -- why?\nWHERE a = ? AND b IN (?, ?) AND c = 'it''s ?'"
    assert dollar_params(sql) == (
        "SELECT '?', \"a?\" FROM t -- why?\nWHERE a = $1 AND b IN ($2, $3) AND c = 'it''s ?'"
    )


async def test_instances_starting_together_apply_a_migration_once(database_url: str) -> None:
    """Bot instances sharing one PostgreSQL database start at once: the advisory lock lets one
    apply the pending migration while the others wait and then find it applied (without it,
    the others would add the same column again and fail)."""
    if dialect_of(database_url) != "postgresql":
        pytest.skip("SQLite has one writer; several instances share PostgreSQL only")
    async with database_from_url(database_url) as db:
        await db.write("DELETE FROM schema_migrations WHERE version = ?", (3,))
        await db.write("ALTER TABLE subscriptions DROP COLUMN index_word")
        await db.write("ALTER TABLE articles DROP COLUMN is_private")
    instances = [database_from_url(database_url) for _ in range(4)]
    try:
        await asyncio.gather(*(db.open() for db in instances))
    finally:
        for db in instances:
            await db.close()
    async with database_from_url(database_url) as db:
        rows = await db.fetch_all("SELECT version FROM schema_migrations ORDER BY version")
        assert [row[0] for row in rows] == [version for version, _ in migrations(db.dialect)]
        storage = Storage.over(db)
        await storage.users.seen(1, "Ann", None)
        await storage.subscriptions.add(1, "nuclear power")  # the dropped column is back
