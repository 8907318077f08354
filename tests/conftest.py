from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.pages import PageServer, serve_pages
from tests.postgres import Cluster, Databases, find_bindir, test_backend

DATA = Path(__file__).parent / "data"


@pytest.fixture
def data_dir() -> Path:
    return DATA


@pytest.fixture
def seed_text() -> str:
    return (DATA / "pow-claims-pasted.txt").read_text(encoding="utf-8")


@pytest.fixture
def pages() -> Iterator[PageServer]:
    with serve_pages() as server:
        yield server


@pytest.fixture(autouse=True)
def only_loopback_is_ever_contacted(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Should the address check regress, tests must still send nothing past loopback:
    a connection to anywhere else fails at once, and fails the test."""
    attempts: list[object] = []
    connect = socket.socket.connect

    def loopback_only(sock: socket.socket, address: object) -> None:
        if sock.family in (socket.AF_INET, socket.AF_INET6) and not _is_loopback(address):
            attempts.append(address)
            raise PermissionError(f"a test tried to reach {address}; only loopback is allowed")
        connect(sock, address)  # type: ignore[arg-type]  # any address a socket takes

    monkeypatch.setattr(socket.socket, "connect", loopback_only)
    yield
    assert not attempts, f"connections attempted past loopback: {attempts}"


def _is_loopback(address: object) -> bool:
    host = address[0] if isinstance(address, tuple) else ""
    try:
        return ipaddress.ip_address(str(host).partition("%")[0]).is_loopback
    except ValueError:
        return False


@pytest.fixture(scope="session")
def databases() -> Iterator[Databases]:
    """The run's backend (SIFT_TEST_DATABASE); on PostgreSQL, one cluster for the whole run."""
    dialect = test_backend()
    if dialect == "sqlite":
        yield Databases(dialect, None)
        return
    bindir = find_bindir()
    if bindir is None:
        pytest.exit("SIFT_TEST_DATABASE=postgresql but no PostgreSQL binaries were found", 3)
    cluster = Cluster(bindir)
    try:
        yield Databases(dialect, cluster.start())
    finally:
        cluster.stop()


@pytest.fixture
def database_url(databases: Databases, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty (migrated) database for one test, on the run's backend."""
    url = databases.new(tmp_path)
    yield url
    databases.drop(url)
