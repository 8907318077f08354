from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from summarizer import NotAnArticle, SummarizerError, Summary, TooLarge, summarize_text

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
    }
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
