from __future__ import annotations

import re

from summarizer import render_html, render_text, summarize_text
from summarizer.models import ClaimStatus, Sentence, Summary
from summarizer.render import MAX_MESSAGE_CHARS


def _summary(sentences: list[Sentence], title: str = "A <b>bold</b> & title") -> Summary:
    return Summary(
        title=title,
        url="https://example.com/a?x=1&y=2",
        language="en",
        summary=tuple(sentences),
        claims=tuple(s for s in sentences if s.status is not ClaimStatus.NONE),
    )


def test_seed_message_flags_claims_and_lists_them(seed_text: str) -> None:
    (message,) = render_html(summarize_text(seed_text))
    assert message.startswith(
        "<b>Russia-Backed Separatists Claim to Hold 8,000 Ukrainian POWs</b>"
    )
    assert "⚠️ A separatist official" in message
    assert "<b>Unverified claims</b>" in message
    assert "<b>Rodion Miroshnik</b> — " in message
    assert "could not be independently verified" in message
    assert "support us" not in message.lower()


def test_text_is_escaped_and_the_title_links_to_the_source() -> None:
    flagged = Sentence(
        "Prices < costs & more", ClaimStatus.CLAIMED, "A & B", "claimed", "Why <so>"
    )
    (message,) = render_html(_summary([flagged]))
    assert (
        '<a href="https://example.com/a?x=1&amp;y=2"><b>A &lt;b&gt;bold&lt;/b&gt; &amp; title'
        in message
    )
    assert "⚠️ Prices &lt; costs &amp; more" in message
    assert "<i>Why &lt;so&gt;</i>" in message


def test_plain_text_is_the_same_message_without_markup() -> None:
    summary = _summary(
        [
            Sentence("One.", ClaimStatus.NONE),
            Sentence("Two.", ClaimStatus.CLAIMED, "X", "claimed", "R"),
        ]
    )
    html_message = "\n".join(render_html(summary))
    plain = (
        re.sub(r"<[^>]+>", "", html_message)
        .replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
    )
    assert plain == render_text(summary)


def test_long_summaries_split_into_valid_messages_on_sentence_boundaries() -> None:
    sentences = [
        Sentence(
            f"Sentence number {n} says <something> & more " + "word " * 60 + ".",
            ClaimStatus.CLAIMED,
            "Someone",
            "claimed",
            "reason",
        )
        for n in range(40)
    ]
    messages = render_html(_summary(sentences))
    assert len(messages) > 1
    for message in messages:
        assert len(message) <= MAX_MESSAGE_CHARS
        assert message.count("<b>") == message.count("</b>")
        assert message.count("<i>") == message.count("</i>")
    joined = "\n".join(messages)
    assert all(f"Sentence number {n} " in joined for n in range(40))


def test_a_single_giant_sentence_is_cut_between_words() -> None:
    giant = Sentence("blah " * 3000 + "end.")
    messages = render_html(_summary([giant]))
    assert all(len(m) <= MAX_MESSAGE_CHARS for m in messages)
    assert "".join(messages).count("blah") == 3000
