from __future__ import annotations

import json
import random
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import summarizer
from summarizer import (
    MAX_TEXT_CHARS,
    MIN_ARTICLE_WORDS,
    ConsentWall,
    FetchPolicy,
    NotAnArticle,
    SummarizerError,
    Summary,
    TooLarge,
    render_html,
    summarize_article,
    summarize_page,
    summarize_text,
    summarize_url,
)
from summarizer.extract import Article, split_title
from summarizer.models import ClaimStatus
from summarizer.render import (
    MAX_ANSWER_MESSAGES,
    MAX_MESSAGE_CHARS,
    render_claims_page,
)
from summarizer.sentences import split_sentences, words
from tests.pages import Route
from tests.summarizer.hostile import (
    GENEROUS_SECONDS,
    article_with,
    long_real_text,
    real_text,
    within,
)
from tests.summarizer.test_sentences import MIXED_SCRIPTS

LOCAL = FetchPolicy(allow_private=True, timeout=5.0)

SENTENCE_KEYS = {"text", "status", "source", "cue", "reason"}


def test_json_contract(seed_text: str) -> None:
    data = json.loads(json.dumps(summarize_text(seed_text).to_dict()))
    assert set(data) == {
        "title",
        "url",
        "language",
        "summary",
        "claims",
        "topics",
        "removed",
        "stats",
        "items",
    }
    assert data["items"] == []  # a listicle's headings (test_listing.py)
    assert set(data["stats"]) == {"sentences", "words", "elapsed_ms"}
    assert all(set(s) == SENTENCE_KEYS for s in data["summary"] + data["claims"])
    assert data["language"] == "en"
    assert 3 <= len(data["summary"]) <= 5


def test_claims_list_every_non_none_sentence_in_text_order(seed_text: str) -> None:
    summary = summarize_text(seed_text)
    assert all(s.status != "none" for s in summary.claims)
    positions = [seed_text.find(s.text[:30]) for s in summary.claims]
    assert positions == sorted(positions) and len(summary.claims) >= 6


def test_pasted_wrapper_never_reaches_summary_or_claims(seed_text: str) -> None:
    summary = summarize_text(seed_text)
    shown = " ".join(s.text for s in summary.summary + summary.claims).lower()
    for phrase in ("support us", "dear readers", "ad-free", "remind me later", "monthly", "$2"):
        assert phrase not in shown


def test_a_teaser_after_the_story_is_neither_summarized_nor_listed_as_a_claim(data_dir) -> None:
    """Another story's teaser ("…allegedly ignored warnings…") is flagged by the claim rules,
    but it is not the article's: only the story's prose of a pasted page is summarized and
    listed. (An extractor's text is taken as the story already.)"""
    text = (data_dir / "ranking" / "story-then-teasers.txt").read_text(encoding="utf-8")
    summary = summarize_article(Article(text=text, extracted=False))
    story = text.split("More From The Region")[0]
    assert all(s.text in story for s in summary.summary + summary.claims)
    assert summary.claims and summary.summary


def test_a_standfirst_above_the_byline_is_not_summarized(data_dir) -> None:
    """The lines the cleaner takes out of a pasted page (the byline, the date) still part the
    standfirst that sells the story from the story, which the summary then comes from alone."""
    text = (data_dir / "ranking" / "standfirst-byline-story.txt").read_text(encoding="utf-8")
    summary = summarize_article(Article(text=text, extracted=False))
    shown = [s.text for s in summary.summary + summary.claims]
    assert shown[0].startswith("The harbour bridge will close")
    assert not any("detours" in s and "commute" in s for s in shown)
    assert not any(s.startswith(("Drivers face", "Here is what")) for s in shown)


def test_a_flagged_headline_outside_the_summary_is_not_listed() -> None:
    """A headline line (no stop at its end) is flagged by its words ("Allegedly"), but a
    claims list shows sentences of the story, not the site's titles."""
    story = (
        "The harbour bridge will close to all traffic from March for a year of repairs. "
        "Engineers found corrosion in the steel cables that hold the main span. "
        "About 60,000 vehicles cross the bridge every day, the transport authority said. "
        "Crews will replace all 120 cables one at a time. The work will cost 140 million euros."
    )
    headline = "Mayor Allegedly Knew About Bridge Corrosion For Years"
    text = f"{story}\n\n{headline}\n\n{story.replace('harbour', 'river')}"
    summary = summarize_article(Article(text=text, extracted=True), max_sentences=3)
    assert headline not in {s.text for s in summary.summary + summary.claims}


def test_summary_round_trips_through_its_dict(seed_text: str) -> None:
    summary = summarize_text(seed_text)
    assert Summary.from_dict(summary.to_dict()) == summary


def test_sentences_override_and_order(seed_text: str) -> None:
    summary = summarize_text(seed_text, max_sentences=5)
    assert len(summary.summary) == 5
    positions = [seed_text.find(s.text) for s in summary.summary]
    assert positions == sorted(positions)
    assert summary.title not in [s.text for s in summary.summary]


def test_short_chatter_is_not_an_article() -> None:
    with pytest.raises(NotAnArticle) as error:
        summarize_text("hello, how are you?")
    assert "enough running text" in error.value.user_message


def test_huge_paste_is_refused_clearly() -> None:
    with pytest.raises(TooLarge):
        summarize_text("word " * 100_000)


def test_pasted_html_is_extracted(data_dir) -> None:
    html = (data_dir / "pages" / "article.html").read_text(encoding="utf-8")
    summary = summarize_text(html)
    assert summary.title == "Dam failure floods valley villages"
    assert "All rights reserved" not in " ".join(s.text for s in summary.summary)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.one_of(
            st.text(max_size=200),
            st.sampled_from(["\n", "\n\n", "“", "”", ". ", "Mr. ", "claimed ", "said ", "<html>"]),
        ),
        max_size=60,
    )
)
def test_no_input_crashes_the_engine(parts: list[str]) -> None:
    try:
        summary = summarize_text("".join(parts))
    except SummarizerError:
        return
    assert summary.summary and all(s.text for s in summary.summary)


# Hostile input through the public API, as the bot calls it: the engine, then render_html.
# Each once took seconds to minutes, or never ended (benchmarks/hostile_engine.py).

HOSTILE = {
    "byline of particles": lambda: article_with("by Aa" + " and" * 60 + " !"),
    "repeated adverbs": lambda: article_with("Officials" + " repeatedly" * 3000 + " Zed said."),
    "long word before a note": lambda: article_with("Z" + "a" * 100_000 + " is unverified."),
    "capitals in a speech clause": lambda: article_with("By the " + "A" * 50_000 + ") said."),
    "short words after a stop": lambda: "Aa. " + "b " * 125_500,
    "one long line": lambda: ("The cat sat on the mat. " * 4200)[:100_000],
    "mixed scripts": lambda: MIXED_SCRIPTS * 1500,
    "real text at the limit": lambda: long_real_text(MAX_TEXT_CHARS),
    "real text on one line": lambda: long_real_text(MAX_TEXT_CHARS).replace("\n", " "),
    "random bytes": lambda: random.Random(7).randbytes(390_000).decode("latin-1"),
    "no spaces": lambda: "a" * 399_999,
    "nested quotes": lambda: "“(‘[" * 50_000 + "Hi. There." + "]’)”" * 49_000,
    "unclosed quotes": lambda: "“He went. ‘She came. " * 19_000,
    "capital words": lambda: "Alpha Beta Gamma Delta. " * 16_600,
    "many said": lambda: "He said she said they said. " * 14_000,
    "very short sentences": lambda: "Ab cd. " * 57_000,
    "very short lines": lambda: "A b c d.\n" * 44_000,
}


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_input_is_answered_quickly(name: str) -> None:
    text = HOSTILE[name]()
    assert len(text) <= MAX_TEXT_CHARS

    def answer() -> list[str]:
        try:
            return render_html(summarize_text(text))
        except SummarizerError:
            return []

    messages = within(GENEROUS_SECONDS, answer)
    assert len(messages) <= MAX_ANSWER_MESSAGES
    assert all(len(m) <= MAX_MESSAGE_CHARS for m in messages)


def test_random_bytes_are_not_an_article() -> None:
    data = random.Random(7).randbytes(200_000)
    for encoding in ("latin-1", "cp1251", "utf-8"):
        text = data.decode(encoding, errors="replace")
        with pytest.raises(NotAnArticle):
            within(GENEROUS_SECONDS, lambda text=text: summarize_article(split_title(text)))


def test_repetition_without_content_is_not_an_article() -> None:
    with pytest.raises(NotAnArticle):
        summarize_text("He said she said they said. " * 100)


def test_a_long_page_is_summarized_from_its_beginning() -> None:
    text = long_real_text(4_900_000)
    summary = within(GENEROUS_SECONDS, lambda: summarize_article(split_title(text)))
    head = " ".join(text[:MAX_TEXT_CHARS].split())  # cleaning makes every space a plain one
    assert all(s.text in head for s in summary.summary + summary.claims)
    assert summary.stats.words < len(words(head)) + 1
    assert len(render_html(summary)) <= MAX_ANSWER_MESSAGES


def test_a_long_article_address_does_not_stall_the_answer(seed_text: str) -> None:
    url = "https://example.com/" + "a" * 5000
    messages = within(GENEROUS_SECONDS, lambda: render_html(summarize_text(seed_text, url=url)))
    assert messages[0].startswith("<b>Russia-Backed Separatists")


async def test_a_long_text_page_at_a_link_is_summarized_from_its_beginning(pages) -> None:
    body = long_real_text(3_000_000).encode()
    url = pages.add("/long.txt", Route(body=body, headers={"Content-Type": "text/plain"}))
    summary = await summarize_url(url, policy=LOCAL)
    assert summary.summary and summary.stats.words < len(words(body[:MAX_TEXT_CHARS].decode()))


async def test_random_bytes_at_a_link_are_not_an_article(pages) -> None:
    body = random.Random(5).randbytes(200_000)
    url = pages.add("/noise.txt", Route(body=body, headers={"Content-Type": "text/plain"}))
    with pytest.raises(NotAnArticle):
        await summarize_url(url, policy=LOCAL)


# Fuzzing with article-shaped text, so that every example reaches the flagger, the ranker and
# the renderer: news words, claim cues, names, figures, links, quotes, abbreviations, unicode.
# No wrapper words (no "you", "support", "subscribe", "photo"…): nothing may be cleaned away.

_VOCABULARY_TEXT = (
    "the a of in to and on for with at from after before city council water plan police "
    "government report year people minister company court bridge storm election budget "
    "Monday Tuesday new old first last two three 12 2,439 3.5% 1932 $10,000 "
    "Maria Lopez Ivan Petrov Zed O’Brien McDonald’s Mr. Dr. U.S. e.g. Jr. "
    "said told claimed claims allegedly reportedly denied according to officials people "
    "familiar with the matter could not be independently verified unconfirmed without evidence "
    '“We will rebuild,” ‘It was fine.’ "yes" (AP) [sic] R&D <b> '
    "https://example.com/a?b=1&c=2 www.example.org café Straße naïve Москва 東京 🎉 — – … ;"
)
VOCABULARY = _VOCABULARY_TEXT.split()
SUBJECTS = ["The council", "Maria Lopez", "Police", "The minister", "Residents", "Zed"]
_SENTENCE = st.builds(
    lambda subject, words, end: f"{subject} {' '.join(words)}{end}",
    st.sampled_from(SUBJECTS),
    st.lists(st.sampled_from(VOCABULARY), min_size=5, max_size=30),
    st.sampled_from([".", "?", "!", ".”", "…", "."]),
)
_PARAGRAPH = st.lists(_SENTENCE, min_size=2, max_size=6).map(" ".join)
ARTICLES = st.builds(
    lambda title, paragraphs, repeat: "\n\n".join([title, *(paragraphs * repeat)]),
    st.lists(st.sampled_from(VOCABULARY), min_size=2, max_size=10).map(" ".join),
    st.lists(_PARAGRAPH, min_size=4, max_size=12),
    st.sampled_from([1, 1, 1, 2, 5, 40]),
)


@settings(max_examples=80, deadline=None, suppress_health_check=list(HealthCheck))
@given(ARTICLES)
def test_article_shaped_text_gets_a_valid_answer_quickly(text: str) -> None:
    started = time.perf_counter()
    try:
        summary = summarize_text(text)
    except NotAnArticle:
        # A line printed more than once is page furniture to the cleaner (a teaser, a caption
        # shown twice); a text that is little else is refused by design, and only such a text.
        lines = text.split("\n")[1:]
        once = [line for line in lines if line.strip() and lines.count(line) == 1]
        assert sum(len(line.split()) for line in once) < MIN_ARTICLE_WORDS, text
        return
    messages = render_html(summary)
    page, pages = render_claims_page(summary.claims, 0)
    assert time.perf_counter() - started < GENEROUS_SECONDS
    sentences = set(split_sentences(text))
    assert summary.summary and all(s.text in sentences for s in summary.summary)
    assert all(s.text in sentences for s in summary.claims)
    for answer in (messages, page):
        assert 1 <= len(answer) <= MAX_ANSWER_MESSAGES or (answer is page and pages == 0)
        for message in answer:
            assert len(message) <= MAX_MESSAGE_CHARS
            assert message.count("<b>") == message.count("</b>")
            assert message.count("<i>") == message.count("</i>")


_UNITS = [
    "and ", "A", "a", ". ", "“", "‘", "’", "”", "(", "[", "repeatedly ", "said ", "by ",
    "\n", "Zed ", "1", ",", "claims ", "could not verify ", "…", "http://x.y/", "é", "東",
]  # fmt: skip


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    st.lists(st.tuples(st.sampled_from(_UNITS), st.integers(1, 4000)), min_size=1, max_size=6),
    st.booleans(),
)
def test_pumped_patterns_inside_an_article_are_answered_quickly(
    runs: list[tuple[str, int]], inside: bool
) -> None:
    pumped = "".join(unit * count for unit, count in runs)
    text = f"{real_text()}\n\n{pumped}\n\n{real_text()}" if inside else pumped

    def answer() -> list[str]:
        try:
            return render_html(summarize_text(text))
        except SummarizerError:
            return []

    assert len(within(GENEROUS_SECONDS, answer)) <= MAX_ANSWER_MESSAGES


def test_a_page_of_many_lines_is_summarized_from_its_first_lines() -> None:
    early = [f"The council approved plan number {n} for the river bridge." for n in range(12_000)]
    late = [f"Officials claimed that plan number {n} was a fraud." for n in range(12_000)]
    summary = within(
        GENEROUS_SECONDS, lambda: summarize_article(split_title("\n".join(early + late)))
    )
    assert summary.summary and not summary.claims  # the claims start after line 12,000


def test_a_summary_sentence_past_the_bound_is_still_flagged(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The bound spares the claims list, never the summary: a shown sentence is always read."""
    monkeypatch.setattr(summarizer, "MAX_CLASSIFIED_SENTENCES", 2)
    text = (
        "Flood closes the river bridge\n\n"
        "Heavy rain closed the river bridge in the town on Monday, officials said.\n"
        "The water rose quickly after three days of storms across the valley.\n"
        "The mayor allegedly ignored warnings about the river bridge for years, residents said.\n"
        "Engineers inspected the river bridge on Tuesday and found cracks in two supports.\n"
        "Schools in the valley stayed open, and buses took a longer road around the river.\n"
        "Shops near the bridge reported fewer customers during the week of the flood."
    )
    summary = summarize_text(text)
    alleged = [s for s in summary.summary if "allegedly" in s.text]
    assert alleged, "the test needs the claim in the summary"
    assert all(s.status is ClaimStatus.CLAIMED for s in alleged)


def test_claims_are_read_in_the_first_sentences_only() -> None:
    """A bound on the costliest step: no real article comes near it, a hostile page stops there."""
    from summarizer import MAX_CLASSIFIED_SENTENCES

    filler = [
        f"The river rose by {n} centimetres near the old mill on day {n}." for n in range(2_100)
    ]
    filler[5] = "Police said the bridge had been closed since Monday."
    filler[MAX_CLASSIFIED_SENTENCES + 50] = "The mayor allegedly hid the flood reports."
    summary = summarize_text("\n\n".join(filler))
    texts = [c.text for c in summary.claims]
    assert "Police said the bridge had been closed since Monday." in texts
    assert not any("allegedly" in t for t in texts)


def test_invisible_characters_copied_with_a_page_change_nothing(seed_text: str) -> None:
    """Zero-width spaces after every space, soft hyphens and a byte-order mark, as text copied
    from a page brings them, give the answer the clean text gives."""
    dirty = "\ufeff" + seed_text.replace(" ", " \u200b").replace("Luhansk", "Lu\u00adhansk")
    clean, copied = summarize_text(seed_text).to_dict(), summarize_text(dirty).to_dict()
    for answer in (clean, copied):
        del answer["stats"]["elapsed_ms"]
    assert copied == clean


def test_control_bytes_do_not_glue_sentences_together() -> None:
    text = " ".join(["The council met on Monday to discuss the new plan for the town."] * 6)
    text += " The minister said the plan works.\x00\x00 Critics claimed it would fail badly."
    sentences = [s.text for s in summarize_text(text, max_sentences=10).claims]
    assert "The minister said the plan works." in sentences
    assert not any("\x00" in s for s in sentences)


@pytest.mark.parametrize(
    ("name", "language"), [("chinese-news.txt", "zh"), ("japanese-news.txt", "ja")]
)
def test_chinese_and_japanese_news_is_summarized(data_dir, name: str, language: str) -> None:
    """A character is a word in these scripts: a sentence of single characters has terms."""
    summary = summarize_text((data_dir / name).read_text(encoding="utf-8"))
    assert summary.language == language and len(summary.summary) >= 3


@pytest.mark.parametrize("separator", ["\x0b", "\u2028", "\u2029"])
def test_a_line_separator_breaks_a_line(seed_text: str, separator: str) -> None:
    """Word and PowerPoint write a line break inside a paragraph as a vertical tab, some
    editors as a Unicode line or paragraph separator."""
    clean = summarize_text(seed_text).to_dict()
    separated = summarize_text(seed_text.replace("\n", separator)).to_dict()
    for answer in (clean, separated):
        del answer["stats"]["elapsed_ms"]
    assert separated == clean


def test_a_headline_of_nothing_visible_gives_way_to_the_texts() -> None:
    story = " ".join(["The council met on Monday to discuss the new plan for the town."] * 6)
    page = Article(text=f"Plan for the town\n\n{story}", title="\u200b", extracted=True)
    summary = summarize_article(page)
    assert summary.title == "Plan for the town"


@pytest.mark.parametrize("page", ["results-table.html", "prices-table.html"])
def test_an_article_with_a_table_of_figures_is_summarized_from_its_prose(
    data_dir: Path, page: str
) -> None:
    """An election's results or a market's prices in a table inside the article: the table
    is no sentence to summarize, nor a reason to refuse the prose around it."""
    html = (data_dir / "pages" / page).read_text()
    summary = summarize_page(html, url="https://example.com/report", is_html=True)
    assert len(summary.summary) >= 2
    assert all(sum(c.isdigit() for c in s.text) * 3 < len(s.text) for s in summary.summary)


def test_a_consent_page_served_instead_of_the_article_is_refused(data_dir: Path) -> None:
    html = (data_dir / "pages" / "consent-wall.html").read_text()
    with pytest.raises(ConsentWall):
        summarize_page(html, url="https://example.com/news/story-123", is_html=True)


def test_an_article_about_consent_and_cookies_is_no_consent_page() -> None:
    paragraphs = [
        "European regulators fined a social network 40 million euros on Tuesday for placing "
        "advertising cookies without asking users for their consent.",
        "The regulator said the company and its partners had processed personal data from "
        "millions of users, including browsing histories, without a valid legal basis.",
        "The company said it would appeal, arguing that it had relied on legitimate interests "
        "and had given users clear choices in its privacy settings.",
        "Privacy campaigners welcomed the decision and said other firms should expect similar "
        "scrutiny as enforcement of the rules tightens across the bloc.",
    ]
    html = "<html><body><article>" + "".join(f"<p>{p}</p>" for p in paragraphs)
    summary = summarize_page(
        html + "</article></body></html>", url="https://e.com/a", is_html=True
    )
    assert summary.summary


def test_a_how_to_page_about_privacy_settings_is_no_consent_page() -> None:
    paragraphs = [
        "Open the settings app on your device and tap the account name at the top.",
        "Choose your privacy settings from the list, then the section for location services.",
        "Here you can set your preferences for each app that asks where you are.",
        "Turn off the apps you do not use, and restart the phone so that the change holds.",
    ]
    body = "".join(f"<p>{p}</p>" for p in paragraphs * 2)
    html = f"<html><body><article>{body}</article></body></html>"
    assert summarize_page(html, url="https://e.com/how-to", is_html=True).summary
