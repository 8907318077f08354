"""Choose the summary sentences: sumy's LexRank centrality, weighted by news position.

Raw sumy rankers ignore where a sentence stands, and news puts its key facts first, so on
CNN/DailyMail they lose to Lead-3 by ten ROUGE points. Sift scores each sentence by a lead
prior (a smooth decay over position) plus LexRank centrality and overlap with the headline,
penalises fragments, questions and over-long sentences, and then picks greedily, skipping a
sentence that repeats one already chosen. The weights were tuned on the SummEval/REALSumm
rows of the benchmark set and are reported on the FRANK rows (benchmarks/rouge.py).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy
from sumy.models.dom import ObjectDocumentModel, Paragraph
from sumy.models.dom import Sentence as SumySentence
from sumy.nlp.stemmers import Stemmer
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.summarizers.lsa import LsaSummarizer
from sumy.summarizers.text_rank import TextRankSummarizer
from sumy.utils import get_stop_words

from summarizer.sentences import SentenceTokenizer, words

_SUMY_LANGUAGES = {
    "en": "english",
    "de": "german",
    "fr": "french",
    "es": "spanish",
    "it": "italian",
    "pt": "portuguese",
    "cs": "czech",
    "sk": "slovak",
    "uk": "ukrainian",
    "el": "greek",
    "sv": "swedish",
}
_STEMMED = frozenset(
    [
        "english",
        "german",
        "french",
        "spanish",
        "italian",
        "portuguese",
        "czech",
        "ukrainian",
        "greek",
        "swedish",
    ]
)
_TOKENIZER = SentenceTokenizer()


@dataclass(frozen=True, slots=True)
class Weights:
    position: float = 1.0
    position_decay: float = 0.2
    centrality: float = 0.2
    title: float = 0.3
    redundancy: float = 0.5  # skip a sentence this similar (Jaccard) to a chosen one
    min_words: int = 6
    long_words: int = 55


DEFAULT_WEIGHTS = Weights()


def summary_length(sentence_count: int) -> int:
    """3 sentences for a short article, up to 5 for a long one."""
    if sentence_count < 15:
        return 3
    if sentence_count < 35:
        return 4
    return 5


def rank_sentences(
    sentences: Sequence[str],
    count: int,
    *,
    title: str | None = None,
    language: str = "en",
    weights: Weights = DEFAULT_WEIGHTS,
    skip: frozenset[int] = frozenset(),
) -> list[int]:
    """Indices of the ``count`` sentences to show, in article order, never one in ``skip``."""
    if count <= 0 or not sentences:
        return []
    scores = score_sentences(sentences, title=title, language=language, weights=weights)
    return choose_sentences(sentences, scores, count, title=title, weights=weights, skip=skip)


def choose_sentences(
    sentences: Sequence[str],
    scores: Sequence[float],
    count: int,
    *,
    title: str | None = None,
    weights: Weights = DEFAULT_WEIGHTS,
    skip: frozenset[int] = frozenset(),
) -> list[int]:
    """Best-scored first, skipping the headline and repeats; returned in article order."""
    order = sorted(range(len(sentences)), key=lambda i: (-scores[i], i))
    chosen: list[int] = []
    chosen_terms: list[set[str]] = []
    title_terms = _terms(title or "")
    for index in order:
        terms = _terms(sentences[index])
        if not terms or index in skip:
            continue
        if title_terms and _jaccard(terms, title_terms) > 0.8:
            continue  # the headline again
        if any(_jaccard(terms, other) > weights.redundancy for other in chosen_terms):
            continue
        chosen.append(index)
        chosen_terms.append(terms)
        if len(chosen) == count:
            break
    return sorted(chosen)


def score_sentences(
    sentences: Sequence[str],
    *,
    title: str | None = None,
    language: str = "en",
    weights: Weights = DEFAULT_WEIGHTS,
    centrality: Sequence[float] | None = None,
) -> list[float]:
    if centrality is None:
        centrality = _normalised(sumy_ratings(LexRankSummarizer, sentences, language))
    title_terms = _terms(title or "")
    scores: list[float] = []
    for index, text in enumerate(sentences):
        score = weights.position * math.exp(-weights.position_decay * index)
        score += weights.centrality * centrality[index]
        if title_terms:
            score += weights.title * _overlap(_terms(text), title_terms)
        score -= _shape_penalty(text, weights)
        scores.append(score)
    return scores


_QUESTION = re.compile(r"\?[”\"’']*$")
_END = re.compile(r"[.!?…][”\"’')\]]*$")


def _shape_penalty(text: str, weights: Weights) -> float:
    """Fragments, questions and very long sentences make poor summary lines."""
    count = len(words(text))
    penalty = 0.0
    if count < weights.min_words or not _END.search(text):
        penalty += 1.0
    if _QUESTION.search(text):
        penalty += 0.3
    if count > weights.long_words:
        penalty += 0.01 * (count - weights.long_words)
    return penalty


SumyAlgorithm = type[LexRankSummarizer] | type[TextRankSummarizer] | type[LsaSummarizer]


def sumy_ratings(algorithm: SumyAlgorithm, sentences: Sequence[str], language: str) -> list[float]:
    """One rating per sentence from a sumy summarizer, read through its count callback."""
    if not sentences:
        return []
    summarizer = make_sumy_summarizer(algorithm, language)
    document = sumy_document(sentences)
    ratings: dict[int, float] = {}

    def keep_all(infos: Sequence[Any]) -> Sequence[Any]:
        for info in infos:
            ratings[info.order] = float(info.rating)
        return infos

    try:
        with numpy.errstate(divide="ignore", invalid="ignore"):
            summarizer(document, _Count(keep_all))
    except (ValueError, ZeroDivisionError, FloatingPointError):
        return [0.0] * len(sentences)  # degenerate input: every sentence the same, no words
    return [ratings.get(i, 0.0) for i in range(len(sentences))]


class _Count:
    """sumy calls ``count(infos)`` with every sentence's rating: Sift reads them all."""

    def __init__(self, callback: Callable[[Sequence[Any]], Sequence[Any]]) -> None:
        self._callback = callback

    def __call__(self, infos: Sequence[Any]) -> Sequence[Any]:
        return self._callback(list(infos))


def make_sumy_summarizer(algorithm: SumyAlgorithm, language: str) -> Any:
    name = _SUMY_LANGUAGES.get(language, "english")
    stemmer = Stemmer(name) if name in _STEMMED else (lambda word: word)
    summarizer = algorithm(stemmer)
    summarizer.stop_words = get_stop_words(name)
    return summarizer


def sumy_document(sentences: Sequence[str]) -> ObjectDocumentModel:
    """A sumy document built from Sift's own sentences, so indices map back one to one."""
    return ObjectDocumentModel([Paragraph([SumySentence(text, _TOKENIZER) for text in sentences])])


def _normalised(values: list[float]) -> list[float]:
    if not values:
        return values
    low, high = min(values), max(values)
    if high - low < 1e-12:
        return [0.0 for _ in values]
    return [(v - low) / (high - low) for v in values]


_STOP = frozenset(get_stop_words("english"))


def _terms(text: str) -> set[str]:
    return {w.lower() for w in words(text) if w.lower() not in _STOP and len(w) > 1}


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def _overlap(terms: set[str], title_terms: set[str]) -> float:
    return len(terms & title_terms) / len(title_terms) if terms and title_terms else 0.0
