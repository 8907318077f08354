"""Privacy and authorization end to end: what one user sends never reaches another."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from bot import messages
from bot.services import Services
from tests.bot.conftest import ADMIN, Harness, settled
from tests.pages import PageServer, Route


def _services(sift: Harness) -> Services:
    services: Services = sift.app.bot_data["services"]
    return services


def _memo(data_dir: Path) -> str:
    """The seed article (about Ukraine) pasted as someone's private text."""
    return (
        "Confidential Memo For Staff Only\n\n" + (data_dir / "pow-claims-pasted.txt").read_text()
    )


async def test_pasted_text_is_never_pushed_or_listed_in_digests(
    sift: Harness, data_dir: Path
) -> None:
    sift.api.send_text(7, "/subscribe ukraine")
    sift.api.send_text(7, "/subscribe prisoners")  # a keyword the memo mentions
    await sift.api.replies(7, 2)
    sift.api.send_text(8, _memo(data_dir))
    (answer,) = await sift.api.replies(8, 1, timeout=30)
    assert "Miroshnik" in answer.text
    await settled(sift)
    assert len(sift.api.messages(7)) == 2  # only the two confirmations
    sift.api.send_text(ADMIN, "/digest")
    (digest,) = await sift.api.replies(ADMIN, 1)
    assert "Confidential" not in digest.text and "Nothing was summarized" in digest.text


async def test_the_claims_button_opens_only_for_someone_who_received_the_article(
    sift: Harness, data_dir: Path
) -> None:
    sift.api.send_text(8, _memo(data_dir))
    (answer,) = await sift.api.replies(8, 1, timeout=30)
    claims_data = answer.buttons[-1][1]
    assert claims_data.startswith("claims:")
    sift.api.send_text(9, "/start")
    (welcome,) = await sift.api.replies(9, 1)
    forged = sift.api.press(9, welcome.message_id, claims_data)
    await sift.api.until(lambda api: api.callback_answer(forged) is not None)
    assert sift.api.callback_answer(forged)["text"] == messages.ARTICLE_GONE
    own = sift.api.press(8, answer.message_id, claims_data)
    (listing,) = (await sift.api.replies(8, 2))[1:]
    assert sift.api.callback_answer(own) is not None
    assert "Flagged claims in this article" in listing.text and "Miroshnik" in listing.text
    assert len(sift.api.messages(9)) == 1


@pytest.mark.parametrize(
    "data",
    [
        "",
        "claims:",
        "claims:" + "9" * 57,
        "claims:1:99999999",
        "topic:",
        "topic:no-such-topic",
        "topic:" + "x" * 60,
        "sub:../../etc",
        "bc:explode:1",
        "\u202eclaims:1",
    ],
)
async def test_malformed_button_data_is_answered_as_expired(sift: Harness, data: str) -> None:
    sift.api.send_text(9, "/start")
    (welcome,) = await sift.api.replies(9, 1)
    press = sift.api.press(9, welcome.message_id, data)
    await sift.api.until(lambda api: api.callback_answer(press) is not None)
    assert sift.api.callback_answer(press)["text"] == messages.BUTTON_EXPIRED
    assert await _services(sift).storage.subscriptions.topics_of(9) == []
    assert len(sift.api.messages(9)) == 1  # no apology, no error: just the answer


async def test_subscriptions_stop_at_the_cap_with_a_clear_reply(sift: Harness) -> None:
    for app in sift.apps:  # every instance, whichever serves the user
        services: Services = app.bot_data["services"]
        services.settings = replace(services.settings, max_subscriptions=2)
    for words in ("alpha", "beta", "gamma"):
        sift.api.send_text(5, f"/subscribe {words}")
    replies = await sift.api.replies(5, 3)
    assert "You already follow 2 topics" in replies[2].text
    sift.api.send_text(5, "/topics")
    menu = (await sift.api.replies(5, 4))[3]
    press = sift.api.press(5, menu.message_id, "topic:ukraine")
    await sift.api.until(lambda api: api.callback_answer(press) is not None)
    assert "You follow 2 topics" in sift.api.callback_answer(press)["text"]
    assert await services.storage.subscriptions.topics_of(5) == ["alpha", "beta"]
    sift.api.send_text(5, "/subscribe !!!")
    assert "Follow a word" in (await sift.api.replies(5, 5))[4].text


async def test_a_pasted_article_that_mentions_a_link_is_summarized_as_text(
    sift: Harness, pages: PageServer, data_dir: Path
) -> None:
    url = pages.add("/other", Route((data_dir / "pages" / "article.html").read_bytes()))
    text = _memo(data_dir).replace("\n\n", f"\n\nMore at {url}\n\n", 1)
    sift.api.send_text(8, text)
    (answer,) = await sift.api.replies(8, 1, timeout=30)
    assert "Miroshnik" in answer.text and "Dam failure" not in answer.text
    assert pages.hits.get("/other", 0) == 0


async def test_help_says_what_is_private_and_what_is_shared(sift: Harness) -> None:
    sift.api.send_text(4, "/help")
    (help_text,) = await sift.api.replies(4, 1)
    assert "text you paste stays yours" in help_text.text
    assert "Summaries of links are shared" in help_text.text


async def test_a_paste_someone_else_made_first_is_not_said_to_be_summarized_earlier(
    sift: Harness, data_dir: Path
) -> None:
    sift.api.send_text(8, _memo(data_dir))
    (first,) = await sift.api.replies(8, 1, timeout=30)
    sift.api.send_text(9, _memo(data_dir))
    (stranger,) = await sift.api.replies(9, 1, timeout=30)
    assert "Miroshnik" in stranger.text
    assert "(summarized " not in stranger.html  # no hint that 8 pasted it
    sift.api.send_text(8, _memo(data_dir))
    (again,) = (await sift.api.replies(8, 2, timeout=30))[1:]
    note = messages.FROM_STORAGE_NOTE.format(age="just now")
    assert note in again.html and "(summarized " not in first.html


async def test_a_link_to_text_someone_pasted_first_answers_with_its_link(
    sift: Harness, pages: PageServer, data_dir: Path
) -> None:
    memo = _memo(data_dir)
    sift.api.send_text(8, memo)
    (pasted,) = await sift.api.replies(8, 1, timeout=30)
    assert "<a href=" not in pasted.html
    url = pages.add(
        "/memo.txt", Route(memo.encode(), headers={"Content-Type": "text/plain; charset=utf-8"})
    )
    sift.api.send_text(9, url)
    (linked,) = await sift.api.replies(9, 1, timeout=30)
    assert f'<a href="{url}">' in linked.html and "Miroshnik" in linked.text
