from __future__ import annotations

from pathlib import Path

import pytest
from sumy.summarizers.lex_rank import LexRankSummarizer

from summarizer.clean import clean_text
from summarizer.rank import (
    MAX_RANKED_SENTENCES,
    MAX_RANKED_WORDS,
    lexrank_ratings,
    prose_core,
    rank_sentences,
    ranked_count,
    summary_length,
    sumy_ratings,
)
from summarizer.sentences import split_sentences
from tests.summarizer.hostile import GENEROUS_SECONDS, long_real_text, within

ARTICLE = [
    "The city council approved a new tram line on Monday after a year of debate.",
    "The line will link the airport with the central station in 25 minutes.",
    "The line will link the airport with the central station in 25 minutes.",
    "Construction starts next spring and should take four years to finish.",
    "Critics said the money would be better spent on buses and cycle lanes.",
    "The weather was mild.",
    "Residents near the route will be consulted on noise barriers before work begins.",
]


def test_chosen_sentences_come_in_article_order_without_duplicates() -> None:
    chosen = rank_sentences(ARTICLE, 4)
    assert chosen == sorted(chosen)
    texts = [ARTICLE[i] for i in chosen]
    assert len(texts) == len(set(texts)) == 4


def test_news_lead_is_preferred() -> None:
    assert 0 in rank_sentences(ARTICLE, 3)


def test_the_headline_is_not_repeated_as_a_sentence() -> None:
    title = "The city council approved a new tram line on Monday after a year of debate"
    assert 0 not in rank_sentences(ARTICLE, 3, title=title)


def test_skipped_sentences_are_never_chosen() -> None:
    assert 1 not in rank_sentences(ARTICLE, 5, skip=frozenset({1}))


def test_length_scales_from_three_to_five() -> None:
    assert [summary_length(n) for n in (5, 20, 80)] == [3, 4, 5]


def test_degenerate_input_does_not_crash() -> None:
    assert rank_sentences(["x.", "x.", "x."], 3) == []
    assert rank_sentences([], 3) == []


def test_lexrank_ratings_are_sumys(seed_text: str) -> None:
    sentences = split_sentences(clean_text(seed_text).text)
    ours = lexrank_ratings(sentences, "en")
    sumys = sumy_ratings(LexRankSummarizer, sentences, "en")
    assert ours == pytest.approx(sumys, abs=1e-12)
    assert len(set(ours)) > 3  # not a degenerate case


def test_lexrank_ratings_are_sumys_for_repeats_and_other_languages() -> None:
    cases = [
        (ARTICLE, "en"),
        (["Der Hund lief weg.", "Die Katze lief auch weg.", "Das Wetter war gut."], "de"),
        (["x.", "x.", "y y."], "en"),
    ]
    for sentences, language in cases:
        ours = lexrank_ratings(sentences, language)
        expected = sumy_ratings(LexRankSummarizer, sentences, language)
        assert ours == pytest.approx(expected, nan_ok=True)


def test_only_leading_sentences_are_ranked_however_long_the_text() -> None:
    sentences = split_sentences(long_real_text(400_000))
    assert len(sentences) > 2000
    chosen = within(GENEROUS_SECONDS, lambda: rank_sentences(sentences, 5))
    assert len(chosen) == 5 and max(chosen) < MAX_RANKED_SENTENCES
    assert ranked_count(sentences) == MAX_RANKED_SENTENCES
    long_ones = ["word " * 5000 + "end."] * 50
    assert ranked_count(long_ones) == MAX_RANKED_WORDS // 5001 + 1
    within(GENEROUS_SECONDS, lambda: rank_sentences(long_ones, 5))


def _story_then_teasers(data_dir: Path) -> str:
    return (data_dir / "ranking" / "story-then-teasers.txt").read_text(encoding="utf-8")


def test_prose_core_is_the_story_without_the_teaser_cards_after_it(data_dir: Path) -> None:
    text = _story_then_teasers(data_dir)
    sentences = split_sentences(text)
    core = prose_core(text)
    assert core is not None
    inside = sentences[core[0] : core[1]]
    assert inside[0].startswith("The harbour bridge will close")
    assert inside[-1].startswith("The authority said it would review the detours")


def test_a_subhead_inside_the_story_does_not_split_its_prose_core(data_dir: Path) -> None:
    story = _story_then_teasers(data_dir).split("\n\nMore From The Region")[0]
    lead, rest = story.split("\n\nAbout 60,000")
    text = f"{lead}\n\nWhat The Closure Means\n\nAbout 60,000{rest}"
    sentences = split_sentences(text)
    core = prose_core(text)
    assert core is not None
    assert sentences[core[0]].startswith("The harbour bridge will close")
    assert sentences[core[1] - 1].startswith("The authority said it would review the detours")


def test_text_on_one_line_has_no_prose_core() -> None:
    """A news agency's article as one line (the CNN/DailyMail rows) gives no layout to read."""
    assert prose_core(" ".join(ARTICLE)) is None


def test_ranking_within_a_core_never_chooses_outside_it() -> None:
    chosen = rank_sentences(ARTICLE, 3, core=(3, 7))
    assert chosen and all(3 <= i < 7 for i in chosen)
    assert 3 in chosen  # the core's first sentence is its lead
