"""Links that point into the bot's own network, with private addresses allowed nowhere."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bot.local_api import LocalBotAPI
from summarizer.errors import BlockedAddress
from tests.hostile.conftest import Bot, answer_while_others_are_served, start_bot, stop_bot
from tests.pages import Route, serve_pages
from tests.postgres import Databases

SECRET = Route(b"<html><body><p>internal secret</p></body></html>")


@pytest.fixture(scope="module")
def guarded_bot(tmp_path_factory: pytest.TempPathFactory, databases: Databases) -> Iterator[Bot]:
    tmp = tmp_path_factory.mktemp("ssrf")
    url = databases.new(tmp)
    with LocalBotAPI() as api, serve_pages() as pages:
        running = start_bot(api, pages, tmp, url, ALLOW_PRIVATE_URLS="false")
        try:
            yield running
        finally:
            stop_bot(running)
    databases.drop(url)


@pytest.mark.parametrize(
    "host",
    [
        "127.0.0.1",
        "localhost",
        "[::1]",
        "[::ffff:127.0.0.1]",
        "[::127.0.0.1]",
        "[64:ff9b::7f00:1]",
        "[2002:7f00:1::]",
        "0x7f000001",
        "2130706433",
        "[::]",
        "169.254.169.254",
    ],
)
async def test_links_into_the_local_network_are_refused(guarded_bot: Bot, host: str) -> None:
    page = guarded_bot.pages.add("/secret", SECRET)
    port = page.rsplit(":", 1)[1].split("/")[0]
    url = f"http://{host}:{port}/secret"
    answer = await answer_while_others_are_served(
        guarded_bot, guarded_bot.new_user(), url, limit=5.0
    )
    assert guarded_bot.pages.hits.get("/secret", 0) == 0
    text = answer[0].text
    assert BlockedAddress.user_message in text or "couldn't" in text
