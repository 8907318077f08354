from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from summarizer.sentences import SentenceTokenizer, split_sentences, words


def test_abbreviations_and_initials_do_not_end_sentences() -> None:
    text = (
        "Gen. Mark Smith met Mr. Jones and John F. Kennedy Jr. in the U.S. capital. They talked."
    )
    assert split_sentences(text) == [
        "Gen. Mark Smith met Mr. Jones and John F. Kennedy Jr. in the U.S. capital.",
        "They talked.",
    ]


def test_figures_decimals_and_money_stay_whole() -> None:
    text = "It cost $10,000 and 2,439 soldiers left. Growth was 2.5 percent. He was No. 1 then."
    assert split_sentences(text) == [
        "It cost $10,000 and 2,439 soldiers left.",
        "Growth was 2.5 percent.",
        "He was No. 1 then.",
    ]
    assert "2,439" in words(text) and "10,000" in words(text)


def test_a_short_quotation_spanning_sentences_is_one_unit() -> None:
    text = "“There are many. The total is 8,000,” he said. Russia said nothing."
    assert split_sentences(text) == [
        "“There are many. The total is 8,000,” he said.",
        "Russia said nothing.",
    ]


def test_ellipses_questions_and_sentence_final_abbreviations() -> None:
    text = "He waited... Then he left. Was it over? It was 5 a.m. The sun rose in the U.S. Next."
    assert split_sentences(text) == [
        "He waited...",
        "Then he left.",
        "Was it over?",
        "It was 5 a.m.",
        "The sun rose in the U.S.",
        "Next.",
    ]


def test_lines_always_end_sentences() -> None:
    assert split_sentences("Headline without a stop\nBody text here.") == [
        "Headline without a stop",
        "Body text here.",
    ]


def test_tokenizer_is_what_sumy_needs() -> None:
    tokenizer = SentenceTokenizer()
    assert tokenizer.to_sentences("One here. Two there.") == ("One here.", "Two there.")
    assert tokenizer.to_words("He’s in mid-2024.") == ("He’s", "in", "mid-2024")


@given(st.text(max_size=400))
def test_splitting_never_loses_or_invents_characters(text: str) -> None:
    joined = "".join("".join(s.split()) for s in split_sentences(text))
    assert joined == "".join(text.split())
