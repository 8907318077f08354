from __future__ import annotations

from summarizer import summarize_text
from summarizer.language import detect_language

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
