from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from summarizer.keywords import article_tokens, index_word, mentions


def test_the_index_word_is_the_longest_word() -> None:
    assert index_word("nuclear power") == "nuclear"
    assert index_word("Covid-19 vaccine") == "vaccine"
    assert index_word("!!!") == ""


def test_keywords_match_whole_words_only() -> None:
    text = "the nuclear power plant reopened after covid-19."
    assert mentions(text, "nuclear power")
    assert mentions(text, "covid-19")
    assert not mentions(text, "nuclear powerhouse")
    assert not mentions(text, "plan")


@given(st.text(min_size=1, max_size=60), st.text(max_size=200))
def test_every_article_a_keyword_matches_contains_its_index_word(keywords: str, text: str) -> None:
    """The index never hides a match: if the keywords match, the article has the index word."""
    lowered = text.lower()
    if index_word(keywords) and mentions(lowered, keywords):
        assert index_word(keywords) in article_tokens(lowered)
