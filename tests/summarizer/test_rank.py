from __future__ import annotations

from summarizer.rank import rank_sentences, summary_length

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
