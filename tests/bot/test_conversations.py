"""A user's conversations with the real bot, over real HTTP, with state in a real SQLite file."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from dataclasses import replace
from pathlib import Path

import pytest

from bot import messages
from bot.app import running
from bot.local_api import LocalBotAPI, SentMessage
from bot.services import Services
from bot.settings import Settings
from handlers import summaries
from storage import articles
from summarizer import InvalidURL, TooLarge
from tests.bot.conftest import Harness, settled, updates_handled
from tests.pages import PageServer, Route


async def test_start_explains_sift_and_commands_are_registered(sift: Harness) -> None:
    sift.api.send_text(42, "/start")
    (reply,) = await sift.api.replies(42, 1)
    assert "summarizes news" in reply.text and "/topics" in reply.text
    assert "/broadcast" not in reply.text  # admin help only for admins
    assert {c["command"] for c in sift.api.commands} >= {"start", "help", "topics", "subscribe"}


async def test_a_link_gets_a_summary_reply_with_buttons(
    sift: Harness, pages: PageServer, data_dir: Path
) -> None:
    url = pages.add("/dam", Route((data_dir / "pages" / "article.html").read_bytes()))
    message_id = sift.api.send_text(42, f"Look at this {url} please")
    (reply,) = await sift.api.replies(42, 1)
    assert reply.reply_to == message_id
    assert reply.html.startswith(f'<a href="{url}"><b>Dam failure floods valley villages</b></a>')
    assert "⚠️" in reply.text and "Unverified claims" in reply.text
    labels = [label for label, _ in reply.buttons]
    assert messages.CLAIMS_BUTTON in labels
    assert "typing" in str(sift.api.calls("sendChatAction"))


async def test_the_same_link_again_is_answered_from_storage(
    sift: Harness, pages: PageServer, data_dir: Path
) -> None:
    url = pages.add("/dam", Route((data_dir / "pages" / "article.html").read_bytes()))
    sift.api.send_text(42, url)
    await sift.api.replies(42, 1)
    sift.api.send_text(43, url + "?utm_source=telegram")
    (again,) = await sift.api.replies(43, 1)
    assert "Dam failure floods valley villages" in again.text
    assert pages.hits["/dam"] == 1  # one fetch for both
    assert again.html.endswith(messages.FROM_STORAGE_NOTE.format(age="just now"))


async def test_a_page_is_read_again_once_its_summary_is_older_than_the_recheck_time(
    telegram: LocalBotAPI, settings: Settings, pages: PageServer, data_dir: Path
) -> None:
    """A live blog or a corrected story: the link sent later gets the page as it is then;
    those who follow the story's topics had it once and are not sent it again."""
    url = pages.add("/live", Route((data_dir / "pages" / "article.html").read_bytes()))
    async with running(replace(settings, page_recheck_minutes=0)) as app:
        sift = Harness(telegram, app, settings, [app])
        telegram.send_text(50, "/subscribe dam")
        await telegram.replies(50, 1)
        telegram.send_text(42, url)
        (first,) = await telegram.replies(42, 1)
        await settled(sift)
        assert len(telegram.messages(50)) == 2  # the push
        telegram.send_text(43, url)
        (unchanged,) = await telegram.replies(43, 1)
        assert unchanged.text == first.text  # read again, the same: no "summarized" note
        updated = (data_dir / "pages" / "article-updated.html").read_bytes()
        pages.routes["/live"] = Route(updated)
        telegram.send_text(44, url)
        (later,) = await telegram.replies(44, 1)
        assert "12 dead" in later.text and "(summarized " not in later.text
        # the claims of the first answer are not the page's any more: its button says so
        stale = telegram.press(42, first.message_id, _claims_button(first))
        await telegram.until(lambda api: api.callback_answer(stale) is not None)
        assert telegram.callback_answer(stale)["text"] == messages.ARTICLE_CHANGED
        telegram.press(44, later.message_id, _claims_button(later))
        (claims,) = (await telegram.replies(44, 2))[1:]
        assert claims.text.startswith("Flagged claims in this article")
        pages.routes["/live"] = Route(b"down for maintenance", status=503)
        telegram.send_text(45, url)
        (down,) = await telegram.replies(45, 1)
        assert "12 dead" in down.text  # the last version it could read, with its age
        assert down.html.endswith(messages.FROM_STORAGE_NOTE.format(age="just now"))
        await updates_handled(sift)
        await settled(sift)
    assert pages.hits["/live"] == 4
    assert len(telegram.messages(50)) == 2  # no second push of the same story


def _claims_button(answer: SentMessage) -> str:
    return next(data for label, data in answer.buttons if label == messages.CLAIMS_BUTTON)


async def test_a_page_that_cannot_be_read_again_is_tried_once_a_recheck_time(
    telegram: LocalBotAPI,
    settings: Settings,
    pages: PageServer,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A site that is down is not asked again on every request, each waiting for its answer
    (or its time limit); the stored summary answers, with its age."""
    url = pages.add("/dam", Route((data_dir / "pages" / "article.html").read_bytes()))
    two_hours_ago = dt.datetime.now(dt.UTC) - dt.timedelta(hours=2)
    async with running(settings) as app:  # PAGE_RECHECK_MINUTES: 60
        with monkeypatch.context() as clock:
            clock.setattr(articles, "utc_now", lambda: two_hours_ago.isoformat(timespec="seconds"))
            telegram.send_text(42, url)
            await telegram.replies(42, 1)
        pages.routes["/dam"] = Route(b"down for maintenance", status=503)
        telegram.send_text(43, url)
        (tried,) = await telegram.replies(43, 1)
        telegram.send_text(44, url)
        (waited,) = await telegram.replies(44, 1)
        await updates_handled(Harness(telegram, app, settings, [app]))
    note = messages.FROM_STORAGE_NOTE.format(age="2 hours ago")
    assert tried.html.endswith(note) and waited.html.endswith(note)
    assert pages.hits["/dam"] == 2  # read, then tried once again


def _text_page(path: Path) -> Route:
    return Route(path.read_bytes(), headers={"Content-Type": "text/plain; charset=utf-8"})


async def test_a_page_read_again_as_text_someone_pasted_is_not_pushed_again(
    telegram: LocalBotAPI, settings: Settings, pages: PageServer, data_dir: Path
) -> None:
    url = pages.add("/live", _text_page(data_dir / "pages" / "storm.txt"))
    later = data_dir / "pages" / "storm-later.txt"
    async with running(replace(settings, page_recheck_minutes=0)) as app:
        sift = Harness(telegram, app, settings, [app])
        telegram.send_text(50, "/subscribe storm")
        await telegram.replies(50, 1)
        telegram.send_text(42, url)
        await telegram.replies(42, 1)
        await settled(sift)
        telegram.send_text(43, later.read_text(encoding="utf-8"))  # the update, pasted
        await telegram.replies(43, 1)
        pages.routes["/live"] = _text_page(later)
        telegram.send_text(44, url)
        (updated,) = await telegram.replies(44, 1)
        assert "45,000" in updated.text and "(summarized " not in updated.text
        pages.routes["/live"] = Route(b"down", status=503)
        telegram.send_text(45, url)
        (down,) = await telegram.replies(45, 1)
        assert "45,000" in down.text  # the version it read last at that address
        await updates_handled(sift)
        await settled(sift)
    assert len(telegram.messages(50)) == 2  # the story was pushed once


async def test_a_feeds_topic_stays_with_its_article_when_the_page_is_read_again(
    telegram: LocalBotAPI, settings: Settings, pages: PageServer, data_dir: Path
) -> None:
    url = pages.add("/story", _text_page(data_dir / "pages" / "storm.txt"))
    async with running(replace(settings, page_recheck_minutes=0)) as app:
        services: Services = app.bot_data["services"]
        fed = await services.summary_for_url(url, None, extra_topics=("science",))  # a feed's
        telegram.send_text(42, url)
        (reply,) = await telegram.replies(42, 1)
        stored = await services.storage.articles.by_id(fed.article.id)
        await updates_handled(Harness(telegram, app, settings, [app]))
    assert stored is not None and "science" in stored.summary.topics
    assert "Subscribe to Science" in [label for label, _ in reply.buttons]


async def test_pasted_seed_article_is_summarized_without_its_wrapper(
    sift: Harness, seed_text: str
) -> None:
    sift.api.send_text(42, seed_text)
    (reply,) = await sift.api.replies(42, 1)
    assert "⚠️" in reply.text
    assert "Rodion Miroshnik" in reply.text
    for wrapper in ("support us", "Dear readers", "Remind me later", "ad-free"):
        assert wrapper.lower() not in reply.text.lower()


async def test_short_chatter_gets_a_hint(sift: Harness) -> None:
    sift.api.send_text(42, "hi there!")
    (reply,) = await sift.api.replies(42, 1)
    assert reply.text == messages.SHORT_CHATTER


async def test_an_unreachable_page_gets_a_clear_reply(sift: Harness, pages: PageServer) -> None:
    sift.api.send_text(42, pages.url("/missing"))
    (reply,) = await sift.api.replies(42, 1)
    assert reply.text == "That page doesn't exist (the site says 404)."


async def test_full_claims_list_button(sift: Harness, seed_text: str) -> None:
    sift.api.send_text(42, seed_text)
    (reply,) = await sift.api.replies(42, 1)
    data = dict((label, d) for label, d in reply.buttons)[messages.CLAIMS_BUTTON]
    sift.api.press(42, reply.message_id, data)
    first = (await sift.api.replies(42, 2))[1]
    assert first.text.startswith("Flagged claims in this article")
    (label, more), *_ = first.buttons
    assert label.startswith("More claims (2/")
    sift.api.press(42, first.message_id, more)
    second = (await sift.api.replies(42, 3))[2]
    listing = f"{first.text}\n{second.text}"
    assert "[unverified]" in listing and "Denis Pushilin" in listing
    header_count = int(first.text.split("(", 1)[1].split(")", 1)[0])
    listed = [line for line in listing.splitlines() if line.startswith("[")]
    assert header_count == len(listed)  # the header counts exactly what the pages show


async def test_requests_are_rate_limited_per_user(sift: Harness) -> None:
    for _ in range(11):
        sift.api.send_text(42, "https://127.0.0.1:1/never")
    replies = await sift.api.replies(42, 11, timeout=20)
    assert sum(r.text == messages.RATE_LIMITED for r in replies) == 1


async def test_a_forwarded_post_with_several_links(
    sift: Harness, pages: PageServer, data_dir: Path, seed_text: str
) -> None:
    first = pages.add("/dam", Route((data_dir / "pages" / "article.html").read_bytes()))
    second = pages.add(
        "/pow.txt",
        Route(seed_text.encode(), headers={"Content-Type": "text/plain; charset=utf-8"}),
    )
    sift.api.send_text(42, f"Two reads: {first} and {second}", forward_from_chat="News Channel")
    replies = await sift.api.replies(42, 2)
    assert replies[0].text.startswith("Dam failure floods valley villages")
    assert replies[1].text.startswith(
        "Russia-Backed Separatists Claim to Hold 8,000 Ukrainian POWs"
    )


async def test_telegram_flood_control_is_waited_out(sift: Harness) -> None:
    sift.api.fail_next("sendMessage", chat_id=42, code=429, retry_after=1)
    sift.api.send_text(42, "/start")
    (reply,) = await sift.api.replies(42, 1, timeout=15)
    assert "summarizes news" in reply.text
    assert sift.api.rejected_429 == 1


async def test_an_internal_error_gets_a_short_apology(
    sift: Harness, monkeypatch: pytest.MonkeyPatch, seed_text: str
) -> None:
    services = sift.app.bot_data["services"]

    async def broken(text: str, user_id: int) -> None:
        raise RuntimeError("database on fire")

    monkeypatch.setattr(services, "summary_for_text", broken)
    sift.api.send_text(42, seed_text)
    (reply,) = await sift.api.replies(42, 1)
    assert reply.text == messages.SOMETHING_WENT_WRONG
    assert "fire" not in reply.text


def _long_article(data_dir: Path) -> str:
    """A real 7,000-character report (Wikinews, CC BY 2.5): longer than one message holds."""
    for line in (data_dir / "claims" / "wikinews.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["id"] == "wn-2019-054":
            return f"{row['title']}\n\n{row['text']}"
    raise AssertionError("wn-2019-054 is missing")


def _as_telegram_desktop_sends(text: str, limit: int = 4096) -> list[str]:
    """A long paste cut as Telegram Desktop sends it (its CutPart, without entities): each
    message ends at the best break past the middle of the limit, a paragraph's end before a
    sentence's, a sentence's before a comma's, a comma's before a space."""
    parts = []
    while len(text) > limit:
        best, level = 0, 0
        for end in range(limit // 2 + 1, limit):
            char, before = text[end], text[end - 1]
            if char == "\n":
                rank = 15 if text[end + 1 : end + 2] == "\n" else 13
            elif char == " ":
                rank = 10 if before in ".?!" else 8 if before in ",:;" else 6
            else:
                rank = 2
            if rank >= level:
                best, level = end, rank
        parts.append(text[:best])
        text = text[best:].lstrip("\n ")
    return [*parts, text]


async def test_a_paste_sent_as_several_messages_is_one_article(
    sift: Harness, data_dir: Path
) -> None:
    article = _long_article(data_dir)
    parts = _as_telegram_desktop_sends(article)
    assert len(parts) == 3 and len(parts[0]) < 3000  # the first part may be short
    first_id = sift.api.send_text(42, parts[0])
    for part in parts[1:]:
        sift.api.send_text(42, part)
    (reply,) = await sift.api.replies(42, 1, timeout=30)
    assert reply.reply_to == first_id
    assert reply.text.startswith("Students compete in second international Neurosurgery")
    await settled(sift)
    assert len(sift.api.messages(42)) == 1  # one answer, not one a part
    services: Services = sift.app.bot_data["services"]
    assert await services.storage.articles.count() == 1
    claims_data = dict(reply.buttons)[messages.CLAIMS_BUTTON]
    stored = await services.storage.articles.by_id(int(claims_data.split(":")[1]))
    assert stored is not None and stored.summary.stats.words > len(parts[0].split()) + 500


async def test_a_long_paste_in_one_message_is_answered_once_after_a_short_wait(
    sift: Harness, data_dir: Path
) -> None:
    article = _long_article(data_dir)[:4000]
    sift.api.send_text(42, article)
    (reply,) = await sift.api.replies(42, 1, timeout=30)
    assert reply.text.startswith("Students compete in second international Neurosurgery")
    await asyncio.sleep(summaries.PASTE_QUIET_SECONDS)
    await settled(sift)
    assert len(sift.api.messages(42)) == 1


async def test_a_link_right_after_a_long_paste_is_a_request_of_its_own(
    sift: Harness, pages: PageServer, data_dir: Path
) -> None:
    url = pages.add("/dam", Route((data_dir / "pages" / "article.html").read_bytes()))
    sift.api.send_text(42, _long_article(data_dir)[:4000])
    sift.api.send_text(42, url)
    replies = await sift.api.replies(42, 2, timeout=30)
    titles = sorted(reply.text.split("\n", 1)[0] for reply in replies)
    assert titles[0] == "Dam failure floods valley villages"
    assert titles[1].startswith("Students compete in second international Neurosurgery")


async def test_long_posts_forwarded_together_are_several_articles(
    sift: Harness, data_dir: Path
) -> None:
    lines = (data_dir / "claims" / "wikinews.jsonl").read_text(encoding="utf-8").splitlines()
    posts = [row["text"][:4000] for row in map(json.loads, lines) if len(row["text"]) > 4000]
    sent = {sift.api.send_text(42, post, forward_from_chat="News Channel") for post in posts[:2]}
    replies = await sift.api.replies(42, 2, timeout=30)
    assert {reply.reply_to for reply in replies} == sent


async def test_an_unexpected_error_with_a_paste_in_parts_gets_an_apology(
    sift: Harness, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    services: Services = sift.app.bot_data["services"]

    async def broken(text: str, user_id: int | None) -> None:
        raise RuntimeError("the database is on fire")

    monkeypatch.setattr(services, "summary_for_text", broken)
    sift.api.send_text(42, _long_article(data_dir)[:4000])
    (reply,) = await sift.api.replies(42, 1, timeout=30)
    assert reply.text == messages.SOMETHING_WENT_WRONG


async def test_short_chatter_costs_no_request(sift: Harness, pages: PageServer) -> None:
    for _ in range(12):
        sift.api.send_text(42, "x x x not an article")
    await sift.api.replies(42, 12)
    sift.api.send_text(42, pages.url("/missing"))
    last = (await sift.api.replies(42, 13))[12]
    assert last.text == "That page doesn't exist (the site says 404)."


async def test_an_answer_with_no_flagged_claim_has_no_claims_button(sift: Harness) -> None:
    story = " ".join(
        [
            "The river rose through the night and reached the bridge by dawn.",
            "Workers moved sandbags to the low streets before the school opened.",
            "Buses ran on the northern road while the southern one stayed closed.",
            "The market opened an hour late and most stalls sold bread and fruit.",
            "By noon the water had fallen back below the old stone wall again.",
            "Families returned to their houses in the afternoon to clean the floors.",
            "The town hall kept its doors open until late for anyone who needed help.",
            "Rain is expected to stop on Thursday and the river should settle by then.",
        ]
    )
    sift.api.send_text(42, story)
    (reply,) = await sift.api.replies(42, 1, timeout=30)
    assert "No unverified claims" in reply.text
    assert messages.CLAIMS_BUTTON not in [label for label, _ in reply.buttons]


@pytest.mark.parametrize("command", ["/frobnicate", "/x" + "y" * 3000, "/Subscribe_me now"])
async def test_an_unknown_command_points_to_help(sift: Harness, command: str) -> None:
    sift.api.send_text(42, command)
    (reply,) = await sift.api.replies(42, 1)
    assert reply.text == messages.UNKNOWN_COMMAND


async def test_a_command_for_another_bot_is_left_alone(sift: Harness) -> None:
    sift.api.send_text(42, "/help@SomeOtherBot")
    sift.api.send_text(42, "/start")
    (reply,) = await sift.api.replies(42, 1)
    await settled(sift)
    assert "summarizes news" in reply.text and len(sift.api.messages(42)) == 1


async def test_a_japanese_paste_is_an_article_though_it_has_no_spaces(
    sift: Harness, data_dir: Path
) -> None:
    sift.api.send_text(42, (data_dir / "japanese-news.txt").read_text(encoding="utf-8"))
    (reply,) = await sift.api.replies(42, 1, timeout=30)
    assert reply.text.startswith("政府、新たな経済対策を発表")


async def test_a_failed_link_among_several_is_named(
    sift: Harness, pages: PageServer, data_dir: Path
) -> None:
    good = pages.add("/dam", Route((data_dir / "pages" / "article.html").read_bytes()))
    missing = pages.url("/missing")
    message_id = sift.api.send_text(42, f"{missing} and {good}")
    failed, summary = await sift.api.replies(42, 2, timeout=30)
    assert failed.text == f"{missing}\nThat page doesn't exist (the site says 404)."
    assert failed.reply_to == message_id
    assert summary.text.startswith("Dam failure floods valley villages")


async def test_a_link_with_a_port_out_of_range_fails_alone(
    sift: Harness, pages: PageServer, data_dir: Path
) -> None:
    # (its canonical form raised, and the whole message got the internal-error apology)
    good = pages.add("/dam", Route((data_dir / "pages" / "article.html").read_bytes()))
    bad = "https://1.1.1.1:70000/abc"
    sift.api.send_text(42, f"see {bad} and {good}")
    failed, summary = await sift.api.replies(42, 2, timeout=30)
    assert failed.text == f"{bad}\n{InvalidURL.port_message}"
    assert summary.text.startswith("Dam failure floods valley villages")


async def test_a_link_under_a_line_of_chinese_comment_is_the_request(
    sift: Harness, pages: PageServer, data_dir: Path
) -> None:
    url = pages.add("/dam", Route((data_dir / "pages" / "article.html").read_bytes()))
    comment = (data_dir / "chinese-news.txt").read_text(encoding="utf-8").split("\n")[2][:130]
    sift.api.send_text(42, f"{comment}\n阅读更多：{url}")
    (reply,) = await sift.api.replies(42, 1, timeout=30)
    assert reply.text.startswith("Dam failure floods valley villages")


async def test_a_chinese_article_that_names_its_source_link_is_the_article(
    sift: Harness, pages: PageServer, data_dir: Path
) -> None:
    url = pages.add("/dam", Route((data_dir / "pages" / "article.html").read_bytes()))
    article = (data_dir / "chinese-news.txt").read_text(encoding="utf-8")
    sift.api.send_text(42, f"{article}\n来源：{url}")
    (reply,) = await sift.api.replies(42, 1, timeout=30)
    assert reply.text.startswith("政府宣布新的经济刺激计划") and pages.hits.get("/dam", 0) == 0


async def test_the_rest_of_a_paste_refused_as_too_large_is_not_a_new_paste(
    sift: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(summaries, "MAX_TEXT_CHARS", 9_000)
    part = ("The council met again to talk about the plan for the town. " * 70)[:4090]
    for _ in range(4):
        sift.api.send_text(42, part)
    (reply,) = await sift.api.replies(42, 1, timeout=30)
    assert reply.text == TooLarge.user_message
    await asyncio.sleep(summaries.PASTE_QUIET_SECONDS + 0.5)
    await settled(sift)
    assert len(sift.api.messages(42)) == 1


async def test_an_edited_message_is_not_a_new_request_and_the_user_is_told(
    sift: Harness, pages: PageServer, data_dir: Path
) -> None:
    typo = pages.url("/dma")
    first = sift.api.send_text(42, typo)
    assert (await sift.api.replies(42, 1))[0].text.startswith("That page doesn't exist")
    url = pages.add("/dam", Route((data_dir / "pages" / "article.html").read_bytes()))
    sift.api.edit_text(42, first, url)
    hint = (await sift.api.replies(42, 2))[1]
    assert hint.html == messages.EDITS_NOT_READ and hint.reply_to == first
    command = sift.api.send_text(42, "/subscribe crime")
    await sift.api.replies(42, 3)
    sift.api.edit_text(42, command, "/subscribe sports")
    assert (await sift.api.replies(42, 4))[3].html == messages.EDITS_NOT_READ
    await settled(sift)
    assert "/dam" not in pages.hits
    services: Services = sift.app.bot_data["services"]
    assert await services.storage.subscriptions.topics_of(42) == ["crime"]


async def test_a_paste_refused_by_the_rate_limit_is_refused_once_and_never_read_from_its_middle(
    sift: Harness,
) -> None:
    for _ in range(10):
        sift.api.send_text(42, "https://127.0.0.1:1/never")
    await sift.api.replies(42, 10, timeout=20)
    part = ("The council met again to talk about the plan for the town. " * 70)[:4090]
    for _ in range(4):
        sift.api.send_text(42, part)
    await sift.api.replies(42, 11, timeout=20)
    await asyncio.sleep(summaries.PASTE_QUIET_SECONDS + 0.5)
    await settled(sift)
    assert [m.text for m in sift.api.messages(42)[10:]] == [messages.RATE_LIMITED]


async def test_a_paste_waiting_for_its_parts_is_answered_when_sift_stops(
    telegram: LocalBotAPI, settings: Settings, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(summaries, "PASTE_QUIET_SECONDS", 600.0)  # only the stop answers it
    article = _long_article(data_dir)[:4000]
    async with running(settings):
        first = telegram.send_text(42, article)
        await telegram.until(lambda api: "typing" in api.actions(42))  # waiting for parts
    (reply,) = telegram.messages(42)
    assert reply.reply_to == first
    assert reply.text.startswith("Students compete in second international Neurosurgery")
