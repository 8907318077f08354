"""A throwaway PostgreSQL cluster for one test run, and a fresh database for each test.

``SIFT_TEST_DATABASE=postgresql`` runs the suite on PostgreSQL; anything else (or unset) on
SQLite. The cluster is initdb'd into a temporary directory, listens on a free port of
127.0.0.1 with its socket in that directory, trades durability for speed (nothing in it has
to survive), and is stopped and removed at the end of the run.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import asyncpg

from storage import PostgresDatabase
from storage.database import Dialect, sqlite_url
from storage.leadership import LEASE_APPLICATION

BACKEND_VARIABLE = "SIFT_TEST_DATABASE"
TEMPLATE = "sift_template"
# Nothing here must survive a crash, so nothing is flushed to disk.
FAST = "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300"


def test_backend() -> Dialect:
    raw = os.environ.get(BACKEND_VARIABLE, "sqlite").strip().lower()
    if raw in ("postgresql", "postgres"):
        return "postgresql"
    if raw in ("", "sqlite"):
        return "sqlite"
    raise ValueError(f"{BACKEND_VARIABLE} must be sqlite or postgresql, got {raw!r}")


def find_bindir() -> Path | None:
    """Where initdb, pg_ctl and psql are: pg_config's answer, PATH, or the Debian layout."""
    candidates: list[Path] = []
    if pg_config := shutil.which("pg_config"):
        found = subprocess.run(
            [pg_config, "--bindir"], capture_output=True, text=True, check=False
        ).stdout.strip()
        if found:
            candidates.append(Path(found))
    if initdb := shutil.which("initdb"):
        candidates.append(Path(initdb).resolve().parent)
    debian = Path("/usr/lib/postgresql")
    if debian.is_dir():
        versions = [p for p in debian.iterdir() if p.name.isdigit()]
        candidates += [
            p / "bin" for p in sorted(versions, key=lambda p: int(p.name), reverse=True)
        ]
    for bindir in candidates:
        if all((bindir / tool).is_file() for tool in ("initdb", "pg_ctl", "postgres", "psql")):
            return bindir
    return None


def _run(command: list[str]) -> None:
    """Run a PostgreSQL tool; a failure shows what the tool said, not just its exit code."""
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed:\n{done.stdout}{done.stderr}")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Cluster:
    """One postgres server; ``new_database()`` hands out empty, migrated databases."""

    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.root = Path(tempfile.mkdtemp(prefix="sift-pg-"))
        self.data = self.root / "data"
        self.port = _free_port()
        self._names = itertools.count(1)
        self._dropping: list[subprocess.Popen[bytes]] = []
        # initdb and postgres refuse to run as root: they run as the postgres user.
        self._as_owner: list[str] = []
        if os.geteuid() == 0:
            owner = pwd.getpwnam("postgres")
            os.chown(self.root, owner.pw_uid, owner.pw_gid)
            self._as_owner = ["runuser", "-u", "postgres", "--"]

    def url(self, name: str) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{name}"

    def start(self) -> Cluster:
        tool = [*self._as_owner, str(self.bindir / "initdb")]
        _run([*tool, "-D", str(self.data), "-U", "postgres", "--auth=trust", "--no-sync",
              "--encoding=UTF8", "--locale=C"])  # fmt: skip
        options = f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.root} {FAST}"
        _run([*self._as_owner, str(self.bindir / "pg_ctl"), "start", "-w", "-D", str(self.data),
              "-l", str(self.root / "postgres.log"), "-o", options])  # fmt: skip
        self.sql(f"CREATE DATABASE {TEMPLATE}")
        asyncio.run(_migrate(self.url(TEMPLATE)))
        return self

    @property
    def _psql(self) -> list[str]:
        return [str(self.bindir / "psql"), "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h",
                "127.0.0.1", "-p", str(self.port), "-U", "postgres"]  # fmt: skip

    def sql(self, statement: str) -> None:
        _run([*self._psql, "-c", statement])

    def new_database(self) -> str:
        """An empty database with the schema applied (a copy of the migrated template)."""
        name = f"t_{next(self._names)}"
        self.sql(f"CREATE DATABASE {name} TEMPLATE {TEMPLATE} STRATEGY FILE_COPY")
        return self.url(name)

    def drop(self, url: str) -> None:
        """Drop a test's database in the background: a drop waits for a checkpoint, which
        no test needs to wait for (the whole cluster goes at the end anyway)."""
        self._dropping = [p for p in self._dropping if p.poll() is None]
        statement = f"DROP DATABASE IF EXISTS {url.rsplit('/', 1)[-1]} WITH (FORCE)"
        self._dropping.append(
            subprocess.Popen(
                [*self._psql, "-c", statement],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        )

    def stop(self) -> None:
        for process in self._dropping:
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.wait(timeout=10)
        if self.data.is_dir():
            subprocess.run(
                [*self._as_owner, str(self.bindir / "pg_ctl"), "stop", "-D", str(self.data),
                 "-m", "immediate", "-w"],
                check=False, capture_output=True,
            )  # fmt: skip
        shutil.rmtree(self.root, ignore_errors=True)


async def _migrate(url: str) -> None:
    async with PostgresDatabase(url):
        pass


class Databases:
    """Fresh databases for tests, on the run's backend."""

    def __init__(self, dialect: Dialect, cluster: Cluster | None) -> None:
        self.dialect = dialect
        self.cluster = cluster
        self._made: list[str] = []

    def new(self, folder: Path) -> str:
        """A URL of an empty database (a new file in ``folder`` on SQLite)."""
        if self.cluster is None:
            return sqlite_url(folder / "sift.db")
        url = self.cluster.new_database()
        self._made.append(url)
        return url

    def drop(self, url: str) -> None:
        if self.cluster is not None and url in self._made:
            self._made.remove(url)
            self.cluster.drop(url)


async def cut_lease_connections(url: str) -> None:
    """End this process's leader-lease connections from the server's side, as a network fault
    or an administrator would: the advisory lock goes with them."""
    admin = await asyncpg.connect(url)
    try:
        await admin.fetchval(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1",
            f"{LEASE_APPLICATION}{os.getpid()}",
        )
    finally:
        await admin.close()
