from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from summarizer.sentences import SentenceTokenizer, split_sentences, words
from tests.summarizer.hostile import GENEROUS_SECONDS, within


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


# Hostile input: each of these once took seconds to minutes (benchmarks/hostile_engine.py).

MIXED_SCRIPTS = (
    "Привет, как дела у вас сегодня. 你好世界，今天天气很好。 Hello there, the council met. "
    "مرحبا بالعالم اليوم. Γεια σου κόσμε σήμερα. Dr. J. R. R. Smith jr. said so. "
)


def test_long_lines_are_split_in_one_pass() -> None:
    cases = {
        "one line of short sentences": ("The cat sat on the mat. " * 4200)[:100_000],
        "mixed scripts": MIXED_SCRIPTS * 1500,
        "a run of dots": "Word " * 10 + "." * 390_000 + " End",
        "stops after lone dashes": "ab. " + "$ -. " * 80_000,
        "quotes never closed": "“He went. ‘She came. " * 19_000,
        "nested brackets": "“(‘[" * 50_000 + "Hi. There." + "]’)”" * 49_000,
        "one word": "a" * 400_000,
    }
    for name, text in cases.items():
        sentences = within(GENEROUS_SECONDS, lambda text=text: split_sentences(text))
        assert "".join("".join(sentences).split()) == "".join(text.split()), name


def test_a_long_line_gives_the_same_sentences_as_its_parts() -> None:
    assert split_sentences("The cat sat on the mat. " * 5000) == ["The cat sat on the mat."] * 5000


def test_japanese_and_chinese_stops_end_sentences_and_characters_are_words() -> None:
    text = "これが非常に困ったもの。何が困るかといえば「同じ」なのです！本当？"
    assert split_sentences(text) == [
        "これが非常に困ったもの。",
        "何が困るかといえば「同じ」なのです！",
        "本当？",
    ]
    assert len(words("政府周二批准了一项新法律。")) == 12


def test_european_abbreviations_do_not_end_sentences() -> None:
    text = (
        "Das ist bzw. war z.B. so. Er kam mit Nr. 5 und Hr. Meier. "
        "Sr. García habló con la Sra. López. M. Dupont et Mme Durand."
    )
    assert split_sentences(text) == [
        "Das ist bzw. war z.B. so.",
        "Er kam mit Nr. 5 und Hr. Meier.",
        "Sr. García habló con la Sra. López.",
        "M. Dupont et Mme Durand.",
    ]
