from __future__ import annotations

import re
from dataclasses import replace

import pytest

from summarizer import render_html, render_text, summarize_text
from summarizer.claims import classify_sentences
from summarizer.models import ClaimStatus, Sentence, Summary
from summarizer.render import (
    ENGLISH_ONLY,
    MAX_ANSWER_MESSAGES,
    MAX_MESSAGE_CHARS,
    MAX_SHOWN_CHARS,
    NO_FLAGS,
    claims_lines,
    flagged_count,
    render_claims_page,
)


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
    assert "⚠️1 A separatist official" in message
    assert "<b>Unverified claims</b>" in message
    assert "<b>Rodion Miroshnik</b> — " in message
    assert "could not be independently verified" in message
    assert "support us" not in message.lower()


def test_seed_answer_is_compact_and_keeps_its_facts(seed_text: str) -> None:
    summary = summarize_text(seed_text)
    (message,) = render_html(summary)
    assert len(message) <= 1300
    claims = message.split("<b>Unverified claims</b>")[1]
    # who, and why, for each numbered flag; the summary's sentences are not printed again
    assert "⚠️1 <b>a separatist official in eastern Ukraine</b> — <i>claimed</i>" in claims
    assert "⚠️2 ⚠️3 <b>Rodion Miroshnik</b> — <i>unverified: “could not be" in claims
    assert "A separatist official in eastern Ukraine has claimed" not in claims
    # flagged sentences outside the summary: one line each, with a short excerpt
    assert (
        "⚠️4 <b>Rodion Miroshnik</b> — “The total figure now is somewhere about 8,000.”" in claims
    )
    assert "reportedly" in claims and "<i>The article does not say who</i>" in claims
    assert "<b>Denis Pushilin</b> — “has claimed" in claims and "tribunal" in claims
    assert "has not given a clear indication" not in message
    assert flagged_count(summary) == 6 == len(re.findall(r"⚠️\d", claims))


def test_no_claim_is_listed_twice_and_every_count_agrees() -> None:
    repeated = Sentence("They said it thrice.", ClaimStatus.CLAIMED, "Ann", "claimed", "r")
    note = Sentence("Her claims could not be verified.", ClaimStatus.UNVERIFIED, "Ann", "c", "r")
    other = Sentence("Bob claimed more.", ClaimStatus.CLAIMED, "Bob", "claimed", "r")
    summary = replace(_summary([repeated]), claims=(repeated, repeated, note, repeated, other))
    (message,) = render_html(summary)
    assert message.count("They said it thrice.") == 1
    listed = message.split("<b>Unverified claims</b>")[1]
    assert flagged_count(summary) == 2 == len(re.findall(r"⚠️\d", listed))
    assert len(claims_lines(summary.claims)) == 2
    page, pages = render_claims_page(summary.claims, 0)
    assert pages == 1 and page[0].count("[claimed]") == 2


def test_an_article_not_in_english_is_not_said_to_have_no_claims() -> None:
    plain = [Sentence("Der Damm hielt stand.")]
    german = replace(_summary(plain), language="de")
    (message,) = render_html(german)
    assert ENGLISH_ONLY in message and NO_FLAGS not in message
    (english,) = render_html(_summary(plain))
    assert NO_FLAGS in english and ENGLISH_ONLY not in english


def test_a_claim_without_a_known_speaker_says_so() -> None:
    unknown = Sentence("Troops reportedly left.", ClaimStatus.CLAIMED, None, "reportedly", "r")
    (message,) = render_html(_summary([unknown]))
    assert "⚠️1 <i>The article does not say who</i> — <i>claimed: “reportedly”</i>" in message


def test_a_denial_of_unsourced_claims_does_not_make_the_denier_the_claimant() -> None:
    (denial,) = classify_sentences(["Mr Tevez has refuted claims that he will rejoin Boca."])
    (message,) = render_html(_summary([denial]))
    assert "<b>Mr Tevez</b> — <i>denies claims the article does not source" in message


def test_text_is_escaped_and_the_title_links_to_the_source() -> None:
    flagged = Sentence(
        "Prices < costs & more", ClaimStatus.CLAIMED, "A & B", "claimed", "Why <so>"
    )
    (message,) = render_html(_summary([flagged]))
    assert (
        '<a href="https://example.com/a?x=1&amp;y=2"><b>A &lt;b&gt;bold&lt;/b&gt; &amp; title'
        in message
    )
    assert "⚠️1 Prices &lt; costs &amp; more" in message
    assert "⚠️1 <b>A &amp; B</b> — <i>claimed</i>" in message


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


def _claim(n: int, words: int = 60) -> Sentence:
    return Sentence(
        f"Sentence number {n} says <something> & more " + "word " * words + ".",
        ClaimStatus.CLAIMED,
        "Someone",
        "claimed",
        "reason",
    )


def _valid(messages: list[str]) -> None:
    assert 1 <= len(messages) <= MAX_ANSWER_MESSAGES
    for message in messages:
        assert len(message) <= MAX_MESSAGE_CHARS
        assert message.count("<b>") == message.count("</b>")
        assert message.count("<i>") == message.count("</i>")
        assert message.count("<a ") == message.count("</a>")


def test_long_summaries_split_into_valid_messages_on_sentence_boundaries() -> None:
    summary = _summary([_claim(n, words=100) for n in range(10)])
    messages = render_html(summary)
    _valid(messages)
    assert len(messages) > 1
    joined = "\n".join(messages)
    assert all(f"Sentence number {n} " in joined for n in range(10))
    assert all(m.endswith((".", "</i>)", "</i>")) for m in messages)


def test_an_answer_never_takes_more_than_a_few_messages() -> None:
    summary = replace(
        _summary([_claim(n) for n in range(4)]), claims=tuple(_claim(n) for n in range(195))
    )
    messages = render_html(summary)
    _valid(messages)
    joined = "\n".join(messages)
    shown = len(set(re.findall(r"⚠️(\d+) ", joined.split("<b>Unverified claims</b>")[1])))
    assert 0 < shown < 195
    assert messages[-1].endswith(f"<i>…and {195 - shown} more in the full claims list.</i>")
    assert "⚠️195 <b>Someone</b>" not in joined
    assert "⚠️195 Someone — “Sentence number 194 " in render_text(summary)  # the CLI: all


def test_an_answer_that_fits_has_no_more_line() -> None:
    summary = _summary([_claim(n, words=5) for n in range(4)])
    assert "more in the full claims list" not in "\n".join(render_html(summary))


def test_a_giant_sentence_is_shortened_between_words() -> None:
    giant = Sentence("blah " * 3000 + "end.")
    (message,) = render_html(_summary([giant]))
    shown = re.search(r"\n\n(blah[^\n]*)", message)
    assert shown is not None and shown.group(1).endswith("blah…")
    assert len(shown.group(1)) <= MAX_SHOWN_CHARS + 1


def test_a_word_longer_than_a_message_is_cut_into_pieces_that_fit() -> None:
    messages = render_html(_summary([Sentence("x")], title="&" * 20_000))
    _valid(messages)


def test_an_article_address_too_long_to_link_leaves_the_title_unlinked() -> None:
    url = "https://example.com/" + "a" * 5000
    summary = replace(_summary([Sentence("One.")], title="Dam bursts"), url=url)
    (message,) = render_html(summary)
    assert message.startswith("<b>Dam bursts</b>")
    assert "href" not in message


def test_an_address_shown_instead_of_a_title_is_shortened() -> None:
    url = "https://example.com/" + "a" * 1500
    summary = replace(_summary([Sentence("One.")]), title=None, url=url)
    (message,) = render_html(summary)
    assert message.startswith(f'<a href="{url}"><b>https://example.com/aaa')
    assert len(message) < 2 * len(url)


def test_long_addresses_never_stall_rendering() -> None:
    for length in (4000, 4070, 4090, 4100, 9000):
        url = "https://example.com/" + "a" * length
        summary = replace(_summary([Sentence("One.")], title="T " * 3000), url=url)
        _valid(render_html(summary))


def test_claims_pages_show_every_claim_once_in_order() -> None:
    claims = [_claim(n, words=3) for n in range(12)]
    note = Sentence("His claims could not be verified.", ClaimStatus.UNVERIFIED, "X", "c", "r")
    first, pages = render_claims_page([*claims, note], 0, per_page=5)
    assert pages == 3
    seen: list[int] = []
    for page in range(pages):
        texts, _ = render_claims_page([*claims, note], page, per_page=5)
        _valid(texts)
        seen += [int(n) for n in re.findall(r"Sentence number (\d+) ", "\n".join(texts))]
    assert seen == list(range(12))
    assert first[0].startswith("<i>[claimed] </i><b>Someone</b> — Sentence number 0 ")


def test_a_claims_page_out_of_range_shows_the_nearest_page() -> None:
    claims = [_claim(n, words=3) for n in range(7)]
    assert render_claims_page(claims, 99, 5) == render_claims_page(claims, 1, 5)
    assert render_claims_page(claims, -3, 5) == render_claims_page(claims, 0, 5)
    assert render_claims_page([], 0) == ([], 0)


def test_claims_pages_stay_within_the_message_limit_for_huge_claims() -> None:
    huge = [
        Sentence(
            f"{n} " + "<&> " * 20_000, ClaimStatus.CLAIMED, "Aa " * 5000, "claimed", "b " * 5000
        )
        for n in range(10)
    ]
    texts, pages = render_claims_page(huge, 0)
    assert pages == 2
    _valid(texts)


def test_a_claim_outside_the_summary_shows_what_is_claimed_not_the_note_that_closes_it() -> None:
    texts = [
        "Israel's military said it struck a Hamas command centre hidden inside the hospital, "
        "a claim that could not be independently verified.",
        "Verizon spent more than $200 million on the campaign last year, according to people "
        "familiar with the matter who asked not to be named.",
    ]
    claims = tuple(classify_sentences(texts))
    summary = replace(_summary([Sentence("The hospital was hit.")]), claims=claims)
    (message,) = render_html(summary)
    assert "“said it struck a Hamas command centre hidden inside the hospital”" in message
    assert "“Verizon spent more than $200 million on the campaign last year”" in message


def test_a_cue_that_is_the_speaker_is_not_said_twice() -> None:
    (claim,) = classify_sentences(["The deal is off, three people familiar with the matter said."])
    (message,) = render_html(_summary([claim]))
    line = message.split("<b>Unverified claims</b>")[1]
    assert "three people familiar with the matter</b> — <i>claimed by unnamed sources</i>" in line
    assert line.count("three people familiar with the matter") == 1


def test_a_summary_line_does_not_open_with_the_wires_dateline() -> None:
    lead = Sentence("WASHINGTON, Nov 30 (Reuters) - Boeing is exploring a sale of its space unit.")
    (message,) = render_html(_summary([lead]))
    assert "\nBoeing is exploring a sale of its space unit." in message
    assert "Reuters" not in message


def _claims_line(text: str) -> str:
    """The message for a summary of another sentence, with ``text`` flagged outside it."""
    claims = tuple(classify_sentences([text]))
    summary = replace(_summary([Sentence("Something else happened.")]), claims=claims)
    (message,) = render_html(summary)
    return message


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        # a claim's own last words stay in its excerpt
        (
            "The cell had been briefed on the intelligence reports, according to people "
            "familiar with the matter.",
            "“The cell had been briefed on the intelligence reports”",
        ),
        # a cue that is its clause's verb keeps the clause: the words before it alone are its
        # subject, no claim (the excerpt had stopped at "these sites")
        (
            "However, just like the above-displayed tweets and the many posts that shared them "
            "on social media over the past week, these sites offered no evidence.",
            "these sites offered no evidence.”",
        ),
        # (the review: a closing cue after no comma still leaves the claim before it)
        (
            "Russia's defence ministry said on Sunday that its air defences had destroyed 40 "
            "Ukrainian drones over the Belgorod region without providing evidence.",
            "“said on Sunday that its air defences had destroyed 40 Ukrainian drones",
        ),
        (
            "The ministry said its forces killed 120 fighters and wounded 32 others in the past "
            "24 hours but provided no evidence.",
            "“said its forces killed 120 fighters and wounded 32 others in the past 24 hours”",
        ),
    ],
)
def test_the_excerpt_of_a_flagged_sentence_outside_the_summary(text: str, excerpt: str) -> None:
    assert excerpt in _claims_line(text)
