from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from storage import Storage, database_from_url


@pytest.fixture
async def storage(database_url: str) -> AsyncIterator[Storage]:
    async with database_from_url(database_url) as db:
        yield Storage.over(db)
