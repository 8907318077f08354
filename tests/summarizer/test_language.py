from __future__ import annotations

import random

from summarizer import summarize_text
from summarizer.language import detect_language, prose_problem

GERMAN = (
    "Die Regierung hat am Dienstag ein neues Gesetz beschlossen, das die Mieten in großen Städten "
    "begrenzen soll. Der Minister sagte, das Gesetz werde im Sommer in Kraft treten. "
    "Die Opposition "
    "kritisierte den Plan als zu schwach und forderte strengere Regeln für Vermieter in Berlin."
)


def test_languages_are_told_apart() -> None:
    assert detect_language("The government approved a new law on Tuesday to cap rents.") == "en"
    assert detect_language(GERMAN) == "de"
    assert (
        detect_language("Правительство во вторник одобрило новый закон о ценах на аренду.") == "ru"
    )


def test_too_little_text_falls_back_to_english() -> None:
    assert detect_language("ok") == "en"


def test_a_german_article_is_summarized_as_german() -> None:
    summary = summarize_text(GERMAN + " " + GERMAN.replace("Dienstag", "Mittwoch"))
    assert summary.language == "de"
    assert summary.summary


def test_running_text_in_any_language_is_prose(seed_text: str) -> None:
    chinese = "今天天气很好，我们去公园散步。政府周二批准了一项新法律。" * 40
    russian = "Правительство во вторник одобрило новый закон о ценах на аренду. " * 3
    for text in (seed_text, GERMAN * 3, russian, chinese, "Short but real text."):
        assert prose_problem(text) is None


def test_random_bytes_are_not_prose() -> None:
    data = random.Random(7).randbytes(200_000)
    for encoding in ("latin-1", "cp1251", "utf-8"):
        problem = prose_problem(data.decode(encoding, errors="replace"))
        assert problem is not None and "letters" in problem


def test_made_up_words_are_not_prose() -> None:
    rng = random.Random(3)
    made_up = " ".join(
        "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(2, 9)))
        for _ in range(3000)
    )
    problem = prose_problem(made_up)
    assert problem is not None and "repeat" in problem
    assert prose_problem("") is not None


def test_the_text_decides_over_a_declared_language() -> None:
    english = "The government approved a new law on Tuesday to cap rents in large cities."
    assert detect_language(english, hint="de") == "en"
    assert detect_language("ok", hint="de") == "de"
