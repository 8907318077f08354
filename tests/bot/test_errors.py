"""Errors end to end: a user who blocks Sift while it answers is marked blocked, quietly."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

import pytest

from bot.services import Services
from tests.bot.conftest import Harness
from tests.pages import PageServer, slow_route


def _services(sift: Harness) -> Services:
    services: Services = sift.app.bot_data["services"]
    return services


async def _until_blocked(sift: Harness, user_id: int) -> None:
    users = _services(sift).storage.users
    async with asyncio.timeout(15):
        while not (user := await users.get(user_id)) or not user.is_blocked:
            await asyncio.sleep(0.05)


async def test_blocking_sift_while_a_link_is_read_marks_the_user_without_an_error(
    sift: Harness, pages: PageServer, data_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    url = pages.add("/slow", slow_route((data_dir / "pages" / "article.html").read_bytes(), 1.0))
    sift.api.send_text(70, url)
    await sift.api.until(lambda api: "/slow" in pages.hits)
    sift.api.block_silently(70)
    await _until_blocked(sift, 70)
    assert sift.api.messages(70) == []
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


async def test_blocking_sift_while_a_paste_waits_for_its_parts_marks_the_user(
    sift: Harness, seed_text: str, caplog: pytest.LogCaptureFixture
) -> None:
    sift.api.send_text(71, seed_text[:3000])  # a first part: Sift waits for more
    sift.api.block_silently(71)
    await _until_blocked(sift, 71)
    assert sift.api.messages(71) == []
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
