from __future__ import annotations

from pathlib import Path

from storage import Database, Storage
from storage.database import migrations


async def test_migrations_apply_once_and_state_survives_reopening(tmp_path: Path) -> None:
    path = tmp_path / "nested" / "sift.db"
    async with Database(path) as db:
        assert await db.schema_version() == migrations()[-1][0]
        await Storage.over(db).users.seen(1, "Ann", "ann")
    async with Database(path) as db:
        assert await db.migrate() == []  # nothing left to apply
        user = await Storage.over(db).users.get(1)
        assert user is not None and user.first_name == "Ann"


async def test_pragmas_for_concurrent_handlers(tmp_path: Path) -> None:
    async with Database(tmp_path / "sift.db") as db:
        async with db.connection.execute("PRAGMA journal_mode") as cursor:
            assert (await cursor.fetchone())[0] == "wal"
        async with db.connection.execute("PRAGMA foreign_keys") as cursor:
            assert (await cursor.fetchone())[0] == 1
        async with db.connection.execute("PRAGMA busy_timeout") as cursor:
            assert (await cursor.fetchone())[0] == 5000


def test_migrations_are_numbered_in_order() -> None:
    versions = [version for version, _ in migrations()]
    assert versions == sorted(versions) == list(range(1, len(versions) + 1))
