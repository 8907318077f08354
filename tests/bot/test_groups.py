"""Groups end to end: Sift answers in private chats only, and a group never changes who its
users are."""

from __future__ import annotations

import asyncio

from bot import messages
from bot.services import Services
from tests.bot.conftest import ADMIN, Harness, updates_handled

GROUP = -1001234


def _services(sift: Harness) -> Services:
    services: Services = sift.app.bot_data["services"]
    return services


async def test_added_to_a_group_sift_says_where_it_works_and_leaves(sift: Harness) -> None:
    sift.api.send_text(ADMIN, "/start")
    await sift.api.replies(ADMIN, 1)
    sift.api.add_to_group(50, GROUP, "Book club")
    await sift.api.until(lambda api: api.left(GROUP))
    (note,) = sift.api.messages(GROUP)
    assert note.html == messages.PRIVATE_CHATS_ONLY
    assert await _services(sift).storage.users.counts() == (1, 1, 0)


async def test_writing_in_a_group_neither_signs_a_member_up_nor_unblocks_them(
    sift: Harness,
) -> None:
    sift.api.send_text(60, "/start")
    await sift.api.replies(60, 1)
    sift.api.block_bot(60)
    users = _services(sift).storage.users
    async with asyncio.timeout(10):
        while not (user := await users.get(60)) or not user.is_blocked:
            await asyncio.sleep(0.05)
    sift.api.add_to_group(60, GROUP)
    for member, text in ((51, "/start@sift_bot"), (52, "@sift_bot what is this?"), (60, "hi")):
        sift.api.send_group_text(member, GROUP, text)
    await updates_handled(sift)  # (the group's messages are read; nothing answers them)
    sift.api.send_text(ADMIN, "/stats")
    stats = (await sift.api.replies(ADMIN, 1))[0]
    assert stats.text.startswith("Users: 2 (1 active, 1 blocked)")
    assert len(sift.api.messages(GROUP)) == 1
