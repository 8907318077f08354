"""Choose the summary sentences: sumy's LexRank centrality, weighted by news position.

Raw sumy rankers ignore where a sentence stands, and news puts its key facts first, so on
CNN/DailyMail they lose to Lead-3 by ten ROUGE points. Sift scores each sentence by a lead
prior (a smooth decay over position) plus LexRank centrality and overlap with the headline,
penalises fragments, questions and over-long sentences, and then picks greedily, skipping a
sentence that repeats one already chosen. The weights were tuned on the SummEval/REALSumm
rows of the benchmark set and are reported on the FRANK rows (benchmarks/rouge.py).

LexRank compares every sentence with every other, so its cost grows with the square of the
sentence count: sumy's own implementation took 100 s on a 400,000-character paste. Sift ranks
at most the first MAX_RANKED_SENTENCES sentences (and no more than MAX_RANKED_WORDS words of
them), and computes sumy's LexRank with matrix
products instead of sumy's pair-by-pair Python loops (the same numbers, see
tests/summarizer/test_rank.py). The first sentences are the right ones to keep: the lead
prior already gives a sentence past the 50th less than 1/20,000 of the first one's weight,
every CNN/DailyMail article of the benchmark set fits in the bound, and a text longer than
that is usually several articles pasted together, where centrality over all of them would
mix their topics anyway.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

import numpy
from sumy.models.dom import ObjectDocumentModel, Paragraph
from sumy.models.dom import Sentence as SumySentence
from sumy.nlp.stemmers import Stemmer
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.summarizers.lsa import LsaSummarizer
from sumy.summarizers.text_rank import TextRankSummarizer
from sumy.utils import get_stop_words

from summarizer.runs import heavy_runs
from summarizer.sentences import (
    SENTENCE_END,
    SentenceTokenizer,
    is_character_word,
    split_sentences,
    words,
)

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
MAX_RANKED_SENTENCES = 200
MAX_RANKED_WORDS = 20_000  # no candidate starts past this many words
_LEXRANK_MAX_WORDS = 400  # terms LexRank reads from one sentence (real ones stay under 350)
_LEXRANK_THRESHOLD = LexRankSummarizer.threshold
_LEXRANK_EPSILON = LexRankSummarizer.epsilon
_MAX_POWER_ITERATIONS = 1000
_STEM_CACHE_SIZE = 100_000


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
    core: tuple[int, int] | None = None,
) -> list[int]:
    """Indices of the ``count`` sentences to show, in article order, never one in ``skip``.

    ``core``: the span of sentences that holds the article's prose (``prose_core``); when
    given, only its sentences are candidates and its first sentence is the lead, as if the
    text started there. Only the first MAX_RANKED_SENTENCES sentences (of the core) are
    candidates (see the module docstring).
    """
    if count <= 0 or not sentences:
        return []
    offset = 0
    if core is not None:
        offset, end = core
        sentences = sentences[offset:end]
    sentences = sentences[: ranked_count(sentences)]
    scores = score_sentences(sentences, title=title, language=language, weights=weights)
    inner_skip = frozenset(i - offset for i in skip if i >= offset)
    chosen = choose_sentences(
        sentences, scores, count, title=title, weights=weights, skip=inner_skip
    )
    return [i + offset for i in chosen]


# A line of the article's running text: long enough to be more than a label, and ending as a
# sentence does (a stop, then closing quotes or brackets), not with an ellipsis that cuts a
# teaser short.
_PROSE_LINE_WORDS = 8
_PROSE_END = re.compile(r"(?<![.…])[.!?][”\"’')\]]*$")
# The story is the first run that weighs this share of the heaviest and is more than a
# standfirst: a comment thread or another story's text after it may weigh more.
_CORE_SHARE = 0.4
_MIN_CORE_WORDS = 40
_BREAK_COST = 10  # words of prose a line that is not prose costs the run it sits in


def prose_core(text: str, gaps: Sequence[int] = ()) -> tuple[int, int] | None:
    """The span of ``split_sentences(text)`` that holds the article's running prose, or None
    when the text has no such structure (one line, or no line of prose).

    ``gaps``: for each non-blank line, how many lines the cleaner removed just before it (a
    byline, a commenter's name and date, a caption credit): each costs as a label does, as
    the story's prose does not stop for them.

    A page's text carries, besides the story, what sits near it: a standfirst above the
    byline, other stories' headlines and teasers, captions, comments. Each line (a paragraph,
    as pasted and extracted text give it) weighs its words when it reads as prose (see
    ``_PROSE_LINE_WORDS``) and in a paragraph of only such lines, and costs a fixed amount
    otherwise (a heading, a byline, a date, a caption credit, a teaser's headline, which also
    spoils the paragraph it sits in, when the text sets its paragraphs apart with blank lines
    as a page's copy does; an extractor's text, one line a paragraph, is read line by line).
    The story is the first run (Kadane's maximum sums) that weighs a share of the heaviest: a
    subhead or a short list inside it costs less than the prose on either side, while the
    standfirst above a byline and the teasers after the story are cut off by the labels
    around them.
    """
    weights: list[float] = []
    sizes: list[int] = []
    paragraphs = _paragraph_lines(text)
    lines = 0
    for paragraph in paragraphs:
        spoiled = len(paragraphs) > 1 and not all(_is_prose_line(line) for line in paragraph)
        for line in paragraph:
            if (gap := gaps[lines] if lines < len(gaps) else 0) and weights:
                sizes.append(0)  # the removed lines: a run may end or start there
                weights.append(-gap * _BREAK_COST)
            lines += 1
            prose = not spoiled and _is_prose_line(line)
            sizes.append(len(split_sentences(line)))
            weights.append(len(words(line)) if prose else -_BREAK_COST)
    if len(weights) < 2:
        return None
    runs = heavy_runs(weights)
    if not runs:
        return None
    heaviest = max(weight for weight, _, _ in runs)
    least = max(_CORE_SHARE * heaviest, min(heaviest, _MIN_CORE_WORDS))
    first, last = next((a, b) for w, a, b in runs if w >= least)
    return sum(sizes[:first]), sum(sizes[:last])


def _paragraph_lines(text: str) -> list[list[str]]:
    """The text's non-blank lines, grouped into paragraphs at blank lines."""
    paragraphs: list[list[str]] = [[]]
    for line in text.splitlines():
        if line.strip():
            paragraphs[-1].append(line)
        elif paragraphs[-1]:
            paragraphs.append([])
    return [p for p in paragraphs if p]


def _is_prose_line(line: str) -> bool:
    return len(words(line)) >= _PROSE_LINE_WORDS and bool(_PROSE_END.search(line.rstrip()))


def ranked_count(sentences: Sequence[str]) -> int:
    """How many leading sentences are ranking candidates: at most MAX_RANKED_SENTENCES, and
    none that starts after MAX_RANKED_WORDS words, so the work has a fixed ceiling."""
    total = 0
    for index, text in enumerate(sentences[:MAX_RANKED_SENTENCES]):
        if total >= MAX_RANKED_WORDS:
            return index
        total += len(words(text))
    return min(len(sentences), MAX_RANKED_SENTENCES)


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
        centrality = _normalised(lexrank_ratings(sentences, language))
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


def _shape_penalty(text: str, weights: Weights) -> float:
    """Fragments, questions and very long sentences make poor summary lines."""
    count = len(words(text))
    penalty = 0.0
    if count < weights.min_words or not SENTENCE_END.search(text):
        penalty += 1.0
    if _QUESTION.search(text):
        penalty += 0.3
    if count > weights.long_words:
        penalty += 0.01 * (count - weights.long_words)
    return penalty


def lexrank_ratings(sentences: Sequence[str], language: str) -> list[float]:
    """sumy's LexRank ratings, computed with matrix products.

    sumy compares sentence pairs in Python and counts each term's sentences by scanning them
    all; this is the same algorithm (same stop words, stemmer, tf, idf, idf-modified cosine,
    0.1 threshold and power method), so the ratings match sumy's (tested), in a fraction of the
    time. Only terms found in two or more sentences can link two sentences, so only those get
    a column in the matrix: a sentence's own words count in its norm alone.
    """
    if not sentences:
        return []
    terms_of = _lexrank_terms(language)
    counts = [Counter(terms_of(text)) for text in sentences]
    frequency: Counter[str] = Counter()
    for counter in counts:
        frequency.update(counter.keys())
    total = len(sentences)
    idf = {term: math.log(total / (1 + n)) for term, n in frequency.items()}
    shared = {term: column for column, term in enumerate(t for t, n in frequency.items() if n > 1)}
    weights = numpy.zeros((total, len(shared)))
    norms = numpy.zeros(total)
    for row, counter in enumerate(counts):
        top = max(counter.values(), default=1)
        for term, count in counter.items():
            weight = count / top * idf[term]
            norms[row] += weight * weight
            if term in shared:
                weights[row, shared[term]] = weight
    norms = numpy.sqrt(norms)
    with numpy.errstate(divide="ignore", invalid="ignore"):
        cosine = (weights @ weights.T) / numpy.outer(norms, norms)
        empty = norms <= 0
        cosine[empty[:, None] | empty[None, :]] = 0.0
        numpy.fill_diagonal(cosine, numpy.where(empty, 0.0, 1.0))
        linked = (cosine > _LEXRANK_THRESHOLD).astype(float)
        degrees = linked.sum(axis=1)
        degrees[degrees == 0] = 1
        scores = _power_method(linked / degrees[:, None])
    # sumy keys ratings by sentence text, so repeated sentences share the last one's rating.
    by_text = {text.strip(): float(score) for text, score in zip(sentences, scores, strict=True)}
    return [by_text[text.strip()] for text in sentences]


def _power_method(matrix: numpy.ndarray) -> numpy.ndarray:
    """sumy's stationary-distribution iteration, with a cap in case it never settles."""
    transposed = matrix.T
    vector = numpy.full(len(matrix), 1.0 / len(matrix))
    for _ in range(_MAX_POWER_ITERATIONS):
        following = transposed @ vector
        following /= numpy.linalg.norm(following)
        change = numpy.linalg.norm(following - vector)
        vector = following
        if not change > _LEXRANK_EPSILON:
            break
    return vector


@cache
def _lexrank_terms(language: str) -> Callable[[str], list[str]]:
    """sumy's LexRank terms of a sentence: lower-cased words, no stop words, stemmed."""
    name = _SUMY_LANGUAGES.get(language, "english")
    stop_words = frozenset(word.lower() for word in get_stop_words(name))
    stemmer: Callable[[str], str] = Stemmer(name) if name in _STEMMED else str
    stem = lru_cache(maxsize=_STEM_CACHE_SIZE)(lambda word: stemmer(word.lower()))

    def terms(text: str) -> list[str]:
        lowered = (word.lower() for word in words(text.strip())[:_LEXRANK_MAX_WORDS])
        return [stem(word) for word in lowered if word not in stop_words]

    return terms


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
    """The words that tell sentences apart: no stop word, no lone letter (but a Chinese or
    Japanese character, which is a word; without them such a text had no terms at all)."""
    return {
        w.lower()
        for w in words(text)
        if w.lower() not in _STOP and (len(w) > 1 or is_character_word(w))
    }


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def _overlap(terms: set[str], title_terms: set[str]) -> float:
    return len(terms & title_terms) / len(title_terms) if terms and title_terms else 0.0
