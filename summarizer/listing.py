"""A listicle's items: the numbered headings an article is built on ("1. Ride Tram 28").

A story made of sections such as "10 things to do in Lisbon" says most of what it says in its
headings; its sentences alone ("Go early in the morning to avoid the queues") lose their
subject without them, so the answer lists the headings as well.

Items are lines numbered 1, 2, 3 … in order, each short and not ending as a sentence does,
each followed by a paragraph of prose before the next: a run of numbered headlines with
nothing between them is a "most read" box or a menu, and numbered lines that end with a
stop are a story's steps or points, which the summary reads as sentences.
"""

from __future__ import annotations

import re

from summarizer.sentences import words

MIN_ITEMS = 3
MAX_ITEM_WORDS = 15
MIN_PROSE_WORDS = 8  # a paragraph under an item: a sentence, not a caption or a link

_ITEM = re.compile(r"(?P<number>\d{1,2})\s?[.):]\s+(?P<text>\S.*)")
_ENDS_AS_SENTENCE = re.compile(r"[.;,:…]$")
_PROSE_END = re.compile(r"[.!?…:;”\"’)]$")


def numbered_items(text: str) -> tuple[str, ...]:
    """The longest run of section headings numbered from 1, in order, as written without
    their numbers; empty when the text has no such run of at least MIN_ITEMS."""
    best: list[str] = []
    run: list[str] = []
    waiting = False  # the run's last item has had no prose under it yet
    for raw in text.splitlines():
        line = raw.strip()
        if (item := _heading(line)) is not None:
            number, heading = item
            if number == len(run) + 1 and not waiting:
                run.append(heading)
            else:  # a number out of order, or headings with nothing between: a new run
                run = [heading] if number == 1 else []
            waiting = bool(run)
        elif waiting and _is_prose(line):
            waiting = False
            if len(run) > len(best):
                best = list(run)
    return tuple(best) if len(best) >= MIN_ITEMS else ()


def _heading(line: str) -> tuple[int, str] | None:
    match = _ITEM.fullmatch(line)
    if match is None:
        return None
    text = match.group("text").strip()
    if len(words(text)) > MAX_ITEM_WORDS or _ENDS_AS_SENTENCE.search(text):
        return None
    return int(match.group("number")), text


def _is_prose(line: str) -> bool:
    return len(words(line)) >= MIN_PROSE_WORDS and bool(_PROSE_END.search(line))
