from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.pages import PageServer, serve_pages

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
