"""Tag an article with catalog topics (keywords per topic) and the names in its title.

The catalog is a data file, so topics can be added without code. A topic is given when its
keywords appear often enough, counting a title mention three times, as a headline names what
the story is about. Names in the title (people, places, organisations) become free topics that
subscribers can follow with keywords.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from importlib import resources

from sumy.utils import get_stop_words

from summarizer.casefold import lower_as_ignorecase
from summarizer.sentences import words


@dataclass(frozen=True, slots=True)
class Topic:
    slug: str
    label: str
    keywords: tuple[str, ...]


# Topics are read from the first 50,000 characters (every article of the benchmark set is
# shorter): scanning a 400,000-character paste once per topic took a third of a second, and a
# topic that the first pages of a text never mention is not what it is about.
_MAX_TEXT_CHARS = 50_000
_TITLE_WEIGHT = 3
_MIN_SCORE = 3
_MAX_TOPICS = 3
_MAX_ENTITIES = 3
_STOP = frozenset(get_stop_words("english"))


@cache
def catalog() -> tuple[Topic, ...]:
    """The topic catalog shipped in summarizer/data/topics.json, in file order."""
    raw = json.loads(resources.files("summarizer").joinpath("data/topics.json").read_text("utf-8"))
    return tuple(
        Topic(slug=slug, label=entry["label"], keywords=tuple(entry["keywords"]))
        for slug, entry in raw.items()
    )


def topic_by_slug(slug: str) -> Topic | None:
    return next((t for t in catalog() if t.slug == slug), None)


@cache
def _pattern(topic: Topic) -> re.Pattern[str]:
    """One alternation per topic, longest keyword first: one scan of the text per topic, read
    in lower case (``lower_as_ignorecase``)."""
    keywords = sorted((k.lower() for k in topic.keywords), key=len, reverse=True)
    alternation = "|".join(re.escape(k) for k in keywords)
    return re.compile(rf"(?<!\w)(?:{alternation})(?!\w)")


def tag_topics(text: str, title: str | None = None) -> list[str]:
    """Catalog slugs that fit, best first, then names from the title (lower case)."""
    text = text[:_MAX_TEXT_CHARS]
    lowered, lowered_title = lower_as_ignorecase(text), lower_as_ignorecase(title or "")
    scores: Counter[str] = Counter()
    for topic in catalog():
        pattern = _pattern(topic)
        hits = len(pattern.findall(lowered)) + _TITLE_WEIGHT * len(pattern.findall(lowered_title))
        scores[topic.slug] += hits
    length_factor = max(1.0, len(words(text)) / 600)
    chosen = [
        slug for slug, score in scores.most_common() if score >= _MIN_SCORE * length_factor**0.5
    ][:_MAX_TOPICS]
    return chosen + [e for e in title_entities(title or "", text) if e not in chosen]


def title_entities(title: str, text: str) -> list[str]:
    """Capitalised names in the title that the body also writes with capitals mid-sentence.

    Headlines are often in Title Case, so a capital letter in the title proves nothing; the body
    settles it.
    """
    keywords = {k for topic in catalog() for k in topic.keywords}
    found: list[str] = []
    for match in re.finditer(r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*", title):
        for chain in _sub_chains(match.group(0).split()):
            name = _trim_stop_words(chain)
            lowered = name.lower()
            if not name or lowered in keywords or any(lowered in f for f in found):
                continue
            if re.search(rf"(?<=[\w,;] ){re.escape(name)}\b", text):
                found.append(lowered)
    return found[:_MAX_ENTITIES]


def _sub_chains(parts: list[str]) -> list[str]:
    """Longest first, so "Vladimir Putin" wins over "Putin"."""
    parts = parts[:8]
    return [
        " ".join(parts[start : start + size])
        for size in range(len(parts), 0, -1)
        for start in range(len(parts) - size + 1)
    ]


def _trim_stop_words(name: str) -> str:
    parts = name.split()
    while parts and parts[0].lower() in _STOP:
        parts.pop(0)
    while parts and parts[-1].lower() in _STOP:
        parts.pop()
    return " ".join(parts) if len(" ".join(parts)) > 2 else ""
