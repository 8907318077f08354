"""Precision and recall of claim statuses against a labelled set of passages.

Shared by the claims benchmark and the test that guards its quality, so both read the
labelled file the same way.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from summarizer.claims import classify_sentences
from summarizer.models import ClaimStatus

Passage = list[tuple[ClaimStatus, str]]


@dataclass(frozen=True, slots=True)
class Score:
    label: str
    precision: float
    recall: float
    support: int

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


def read_labelled(path: Path) -> list[Passage]:
    """Blocks separated by blank lines; each line "status | sentence"; # starts a comment."""
    passages: list[Passage] = []
    current: Passage = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        if not line.strip():
            if current:
                passages.append(current)
            current = []
            continue
        status, _, sentence = line.partition("|")
        current.append((ClaimStatus(status.strip()), sentence.strip()))
    if current:
        passages.append(current)
    return passages


def predict(passages: Iterable[Passage]) -> list[tuple[ClaimStatus, ClaimStatus]]:
    """(gold, predicted) per sentence, each passage classified in context."""
    pairs: list[tuple[ClaimStatus, ClaimStatus]] = []
    for passage in passages:
        predicted = classify_sentences([text for _, text in passage])
        pairs.extend((gold, got.status) for (gold, _), got in zip(passage, predicted, strict=True))
    return pairs


def scores(pairs: Sequence[tuple[ClaimStatus, ClaimStatus]]) -> list[Score]:
    """Per status, then "flagged" (unverified or claimed, as one class)."""
    result = [_score(str(status), pairs, {status}) for status in ClaimStatus]
    flagged = {status for status in ClaimStatus if status.flagged}
    result.append(_score("flagged", pairs, flagged))
    return result


def _score(
    label: str, pairs: Sequence[tuple[ClaimStatus, ClaimStatus]], members: set[ClaimStatus]
) -> Score:
    def member(status: ClaimStatus) -> bool:
        return status in members

    true_positive = sum(1 for gold, got in pairs if member(gold) and member(got))
    predicted = sum(1 for _, got in pairs if member(got))
    actual = sum(1 for gold, _ in pairs if member(gold))
    return Score(
        label=label,
        precision=true_positive / predicted if predicted else 0.0,
        recall=true_positive / actual if actual else 0.0,
        support=actual,
    )


# -- real sentences (JSON Lines: context, text, status, speaker) ------------------------------

MAX_SOURCE_WORDS = 8


@dataclass(frozen=True, slots=True)
class RealSentence:
    """One labelled sentence of a real article, with the sentences before it, and where the
    article and the sentence in it are (sets drawn by the sampler say; older rows may not)."""

    context: tuple[str, ...]
    text: str
    status: ClaimStatus
    speaker: str | None
    article: str | None = None
    index: int | None = None


@dataclass(frozen=True, slots=True)
class Prediction:
    gold: RealSentence
    status: ClaimStatus
    source: str | None

    @property
    def speaker_right(self) -> bool | None:
        """None when the gold has no speaker to find; else whether the expected name is in the
        predicted source and the source is short enough to read as a name, not a clause."""
        if self.gold.speaker is None:
            return None
        if self.source is None or len(self.source.split()) > MAX_SOURCE_WORDS:
            return False
        return _words(self.gold.speaker) in _words(self.source)


def _words(name: str) -> str:
    """A name as its words: labels copy the page's characters (a non-breaking space in "the
    New York Post") or retype them (a straight apostrophe for the page's curly one in "the
    U.S. Attorney’s Office"), and neither a space nor an apostrophe's shape changes a name."""
    return " ".join(name.lower().replace("’", "'").replace("‘", "'").split())


def read_real(path: Path) -> list[RealSentence]:
    items: list[RealSentence] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        items.append(
            RealSentence(
                context=tuple(row.get("context") or ()),
                text=row["text"],
                status=ClaimStatus(row["status"]),
                speaker=row.get("speaker"),
                article=row.get("article"),
                index=row.get("index"),
            )
        )
    return items


def predict_real(items: Iterable[RealSentence]) -> list[Prediction]:
    """Each sentence classified after its context, as it is inside an article."""
    predictions: list[Prediction] = []
    for item in items:
        got = classify_sentences([*item.context, item.text])[-1]
        predictions.append(Prediction(item, got.status, got.source))
    return predictions
