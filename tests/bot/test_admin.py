"""Admins: broadcasts, digests and stats; non-admins are refused; blocked users are skipped."""

from __future__ import annotations

import asyncio
from pathlib import Path

from bot import messages
from bot.app import running
from bot.services import Services
from bot.settings import Settings
from tests.bot.conftest import ADMIN, Harness, settled
from tests.pages import PageServer, Route, slow_route


async def _users(sift: Harness, *ids: int) -> None:
    for user_id in ids:
        sift.api.send_text(user_id, "/start")
        await sift.api.replies(user_id, 1)


async def test_broadcast_reaches_every_active_user_once_and_skips_blocked(sift: Harness) -> None:
    await _users(sift, ADMIN, 11, 12, 13)
    sift.api.block_bot(13)
    services: Services = sift.app.bot_data["services"]
    sift.api.send_text(ADMIN, "/broadcast Sift now flags <claims> & more!")
    preview = (await sift.api.replies(ADMIN, 2))[1]
    assert preview.text.startswith("📣 Preview — this goes to")
    assert "Sift now flags <claims> & more!" in preview.text
    (send, send_data), (cancel, _) = preview.buttons
    assert (send, cancel) == (messages.CONFIRM_BUTTON, messages.CANCEL_BUTTON)
    sift.api.press(ADMIN, preview.message_id, send_data)
    await sift.api.until(lambda api: api.messages(ADMIN)[1].text.startswith("✅ Done"))
    for user_id in (11, 12):
        assert [m.text for m in sift.api.messages(user_id)][1:] == [
            "Sift now flags <claims> & more!"
        ]
    assert len(sift.api.messages(13)) == 1  # blocked: nothing more
    sift.api.press(ADMIN, preview.message_id, send_data)  # a late second tap sends nothing
    await sift.api.until(lambda api: len(api.calls("answerCallbackQuery")) == 2)
    assert sift.api.calls("answerCallbackQuery")[1][1]["text"] == messages.BROADCAST_GONE
    assert sift.api.messages(ADMIN)[1].text.startswith("✅ Done")
    assert len(sift.api.messages(11)) == 2
    assert (await services.storage.users.counts())[2] == 1


async def test_a_user_who_blocked_silently_is_marked_blocked_by_the_403(sift: Harness) -> None:
    await _users(sift, ADMIN, 11, 12)
    sift.api.block_silently(12)
    sift.api.send_text(ADMIN, "/broadcast Hello")
    preview = (await sift.api.replies(ADMIN, 2))[1]
    sift.api.press(ADMIN, preview.message_id, preview.buttons[0][1])
    done = await sift.api.until(
        lambda api: api.messages(ADMIN)[1].text.startswith("✅ Done") and api.messages(ADMIN)[1]
    )
    assert done.text == "✅ Done: 2 sent, 1 blocked, 0 failed."
    services: Services = sift.app.bot_data["services"]
    user = await services.storage.users.get(12)
    assert user is not None and user.is_blocked


async def test_cancel_sends_nothing(sift: Harness) -> None:
    await _users(sift, ADMIN, 11)
    sift.api.send_text(ADMIN, "/broadcast Hello")
    preview = (await sift.api.replies(ADMIN, 2))[1]
    sift.api.press(ADMIN, preview.message_id, preview.buttons[1][1])
    await sift.api.until(lambda api: api.messages(ADMIN)[1].text == messages.BROADCAST_CANCELLED)
    assert len(sift.api.messages(11)) == 1


async def test_non_admins_are_refused_and_nothing_happens(sift: Harness) -> None:
    await _users(sift, 11)
    for command in ("/broadcast hi all", "/digest", "/stats"):
        sift.api.send_text(11, command)
    replies = await sift.api.replies(11, 4)
    assert [r.text for r in replies[1:]] == [messages.NOT_ALLOWED] * 3
    services: Services = sift.app.bot_data["services"]
    assert await services.storage.broadcasts.sending() == []


async def test_admin_digest_of_a_topic_goes_to_its_subscribers(
    sift: Harness, pages: PageServer, data_dir: Path
) -> None:
    await _users(sift, ADMIN, 11, 12)
    sift.api.send_text(11, "/subscribe crime")
    await sift.api.replies(11, 2)
    sift.api.send_text(ADMIN, "/digest sports")
    assert "Nothing was summarized on Sports" in (await sift.api.replies(ADMIN, 2))[1].text
    url = pages.add("/dam", Route((data_dir / "pages" / "article.html").read_bytes()))
    sift.api.send_text(ADMIN, url)
    await sift.api.replies(ADMIN, 3)
    await sift.api.until(lambda api: len(api.messages(11)) == 3)  # the instant push
    sift.api.send_text(ADMIN, "/digest crime")
    preview = (await sift.api.replies(ADMIN, 4))[3]
    assert "goes to 1 subscriber of Crime & justice" in preview.text
    assert (
        "Dam failure floods valley villages" in preview.text
        and "⚠️ 1 flagged claim" in preview.text
    )
    sift.api.press(ADMIN, preview.message_id, preview.buttons[0][1])
    await sift.api.until(lambda api: len(api.messages(11)) == 4)
    assert sift.api.messages(11)[3].text.startswith("🗞 Sift digest · Crime & justice")
    assert len(sift.api.messages(12)) == 1


async def test_admin_digest_of_keywords_lists_the_articles_that_mention_them(
    sift: Harness, pages: PageServer, data_dir: Path
) -> None:
    await _users(sift, ADMIN, 11)
    sift.api.send_text(11, "/subscribe rooftops")
    await sift.api.replies(11, 2)
    url = pages.add("/dam", Route((data_dir / "pages" / "article.html").read_bytes()))
    sift.api.send_text(ADMIN, url)
    await sift.api.replies(ADMIN, 2)
    push = (await sift.api.replies(11, 3))[2]
    assert push.text.startswith("🔔 New on rooftops")
    sift.api.send_text(ADMIN, "/digest rooftops")
    preview = (await sift.api.replies(ADMIN, 3))[2]
    assert "goes to 1 subscriber of rooftops" in preview.text
    assert "Dam failure floods valley villages" in preview.text


async def test_stats_for_admins(sift: Harness) -> None:
    await _users(sift, ADMIN, 11)
    sift.api.send_text(11, "/subscribe ukraine")
    await sift.api.replies(11, 2)
    sift.api.send_text(ADMIN, "/stats")
    stats = (await sift.api.replies(ADMIN, 2))[1]
    assert "Users: 2 (2 active, 0 blocked)" in stats.text
    assert "• Ukraine: 1" in stats.text and "Articles: 0" in stats.text


async def test_a_restart_keeps_all_state(sift: Harness, settings: Settings) -> None:
    await _users(sift, 11)
    sift.api.send_text(11, "/subscribe ukraine")
    sift.api.send_text(11, "/mode digest 07:30")
    await sift.api.replies(11, 3)
    await sift.app.stop()  # the fixture's app is replaced by a fresh process-like start
    await sift.app.updater.stop()  # type: ignore[union-attr]
    async with running(settings) as fresh:
        services: Services = fresh.bot_data["services"]
        assert await services.storage.subscriptions.topics_of(11) == ["ukraine"]
        user = await services.storage.users.get(11)
        assert user is not None and (user.mode, user.digest_time) == ("digest", "07:30")
        sift.api.send_text(11, "/mysubs")
        mysubs = (await sift.api.replies(11, 4))[3]
        assert "Ukraine" in mysubs.text and "07:30" in mysubs.text
    await sift.app.updater.start_polling(poll_interval=0, timeout=1)  # type: ignore[union-attr]
    await sift.app.start()


async def test_blocking_the_bot_is_noticed(sift: Harness) -> None:
    await _users(sift, 11)
    sift.api.block_bot(11)
    services: Services = sift.app.bot_data["services"]

    async def blocked() -> bool:
        user = await services.storage.users.get(11)
        return user is not None and user.is_blocked

    for _ in range(200):
        if await blocked():
            break
        await asyncio.sleep(0.05)
    assert await blocked()


async def test_a_full_length_broadcast_is_previewed_and_sent_whole(sift: Harness) -> None:
    await _users(sift, ADMIN, 11)
    command = "/broadcast "
    words = ("News & notes " * 400)[: 4096 - len(command)].strip()
    sift.api.send_text(ADMIN, command + words)
    await sift.api.until(lambda api: any(m.buttons for m in api.messages(ADMIN)))
    previews = sift.api.messages(ADMIN)[1:]
    assert previews[0].text.startswith("📣 Preview — this goes to")
    assert _squeezed(words) in _squeezed("".join(p.text for p in previews))
    (_, send_data), _ = previews[-1].buttons
    sift.api.press(ADMIN, previews[-1].message_id, send_data)
    await sift.api.until(
        lambda api: any(m.text.startswith("✅ Done") for m in api.messages(ADMIN))
    )
    assert _squeezed("".join(m.text for m in sift.api.messages(11)[1:])) == _squeezed(words)


def _squeezed(text: str) -> str:
    """Text without its white space: a long message is cut into parts at a space or not."""
    return "".join(text.split())


async def test_stats_with_many_keyword_subscriptions_come_in_parts(sift: Harness) -> None:
    await _users(sift, ADMIN, 21, 22, 23)
    services: Services = sift.app.bot_data["services"]
    for user_id in (21, 22, 23):
        for n in range(50):
            await services.storage.subscriptions.add(
                user_id, f"k{user_id}{n:02d}" + "x" * 40 + " &<b>", limit=50
            )
    sift.api.send_text(ADMIN, "/stats")
    await sift.api.until(
        lambda api: "".join(m.text for m in api.messages(ADMIN)).count("&<b>") >= 150
    )
    await settled(sift)
    parts = sift.api.messages(ADMIN)[1:]
    assert len(parts) > 1
    assert parts[0].text.startswith("Users:") and all(len(p.text) <= 4096 for p in parts)
    assert "".join(p.text for p in parts).count("&<b>") == 150


async def test_broadcast_cancel_with_an_id_no_column_holds_shows_its_usage(sift: Harness) -> None:
    await _users(sift, ADMIN)
    for index, raw in enumerate(("²", "9" * 25), start=2):
        sift.api.send_text(ADMIN, f"/broadcast_cancel {raw}")
        reply = (await sift.api.replies(ADMIN, index))[-1]
        assert reply.text == "Which one? /broadcast_cancel 12 (see /stats)."


async def test_a_broadcast_keeps_the_admins_first_line_break_and_formatting(
    sift: Harness,
) -> None:
    await _users(sift, ADMIN, 11)
    sift.api.send_text(ADMIN, "/broadcast\nServer maintenance tonight.\nBack at 02:00.")
    preview = (await sift.api.replies(ADMIN, 2))[1]
    assert preview.text.endswith("\n\nServer maintenance tonight.\nBack at 02:00.")
    sift.api.send_text(ADMIN, "/broadcast\nHello")
    assert (await sift.api.replies(ADMIN, 3))[2].text.endswith("\n\nHello")
    text = "/broadcast Read our new guide before Friday & <b>."
    formatting = [
        {"type": "text_link", "offset": 20, "length": 9, "url": "https://example.org/guide"},
        {"type": "bold", "offset": 37, "length": 6},
    ]
    sift.api.send_text(ADMIN, text, formatting=formatting)
    preview = (await sift.api.replies(ADMIN, 4))[3]
    assert preview.html.endswith(
        'Read our <a href="https://example.org/guide">new guide</a> before <b>Friday</b>'
        " &amp; &lt;b&gt;."
    )
    (_, send_data), _ = preview.buttons
    sift.api.press(ADMIN, preview.message_id, send_data)
    await sift.api.until(lambda api: "Friday" in "".join(m.text for m in api.messages(11)))
    sent = sift.api.messages(11)[-1]
    assert '<a href="https://example.org/guide">new guide</a>' in sent.html


async def test_a_cancel_that_overtakes_a_waiting_send_press_stops_the_broadcast(
    sift: Harness, pages: PageServer, data_dir: Path
) -> None:
    await _users(sift, ADMIN, 11, 12)
    sift.api.send_text(ADMIN, "/broadcast Hello all")
    preview = (await sift.api.replies(ADMIN, 2))[1]
    (_, send), _ = preview.buttons
    url = pages.add("/slow", slow_route((data_dir / "pages" / "article.html").read_bytes(), 2.0))
    sift.api.send_text(ADMIN, url)  # the admin's chat is busy with this link …
    await sift.api.until(lambda api: "/slow" in pages.hits)
    press = sift.api.press(ADMIN, preview.message_id, send)  # … so Send waits behind it
    sift.api.send_text(ADMIN, "/broadcast_cancel")  # and the stop overtakes both
    await sift.api.until(lambda api: api.callback_answer(press) is not None, timeout=20)
    assert sift.api.callback_answer(press).get("text") == messages.BROADCAST_GONE
    texts = [m.text for m in sift.api.messages(ADMIN)]
    assert "✖️ Cancelled. Nothing was sent." in texts
    await settled(sift)
    assert not [u for u in (11, 12) if any(m.text == "Hello all" for m in sift.api.messages(u))]
