"""How the claims benchmark scores a speaker: the labelled name inside a short source."""

from __future__ import annotations

import pytest

from summarizer.evaluation import Prediction, RealSentence
from summarizer.models import ClaimStatus


def _scored(gold: str | None, source: str | None) -> bool | None:
    sentence = RealSentence(
        (), "The man was hurt, the paper reported.", ClaimStatus.ATTRIBUTED, gold
    )
    return Prediction(sentence, ClaimStatus.ATTRIBUTED, source).speaker_right


@pytest.mark.parametrize(
    ("gold", "source", "right"),
    [
        ("the New York Post", "the New York Post", True),
        ("the\xa0New York Post", "the New York Post", True),
        ("the New York Post", "the New  York\u2009Post", True),
        ("the U.S. Attorney's Office", "the U.S. Attorney’s Office", True),
        ("smith", "John Smith", True),
        ("John Smith", "Smith", False),
        ("Smith", None, False),
        ("Smith", "a spokesman who said Smith and two other men had gone home", False),
    ],
)
def test_a_speaker_is_right_when_its_words_are_inside_a_short_source(
    gold: str, source: str | None, right: bool
) -> None:
    assert _scored(gold, source) is right


def test_a_sentence_without_a_speaker_is_not_scored() -> None:
    assert _scored(None, "police") is None
