"""A listicle's items: the numbered headings an article is built on ("1. Ride Tram 28").

A story made of sections such as "10 things to do in Lisbon" says most of what it says in its
headings; its sentences alone ("Go early in the morning to avoid the queues") lose their
subject without them, so the answer lists the headings as well.

Items are lines numbered 1, 2, 3 … in order (or counting down to 1), each short and not
ending as a sentence does, and most of them with a paragraph of prose under them: a run of
numbered headlines with nothing between them is a "most read" box or a menu, and numbered
lines that end with a stop are a story's steps or points, which the summary reads as
sentences. One item with only a photo or a line of details under it does not end the list.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from summarizer.sentences import words

MIN_ITEMS = 3
MAX_ITEM_WORDS = 15
MIN_PROSE_WORDS = 8  # a paragraph under an item: a sentence, not a caption or a link
# items with prose under them, of a run: a section or two may be a photo or a price alone
MIN_PROSE_SHARE = 2 / 3
# short lines above a story's first sentence that may be its first item's heading (a run of
# prose starts under it: a heading costs as a short line)
HEADINGS_ABOVE = 3

_NUMBER = r"(?P<number>\d{1,2})\s?[.):]\s+"  # "1. ", "2) ", "3: "
_ITEM = re.compile(rf"{_NUMBER}(?P<text>\S.*)")
_NUMBER_FIRST = re.compile(rf"^{_NUMBER}")
_ENDS_AS_SENTENCE = re.compile(r"[.;,:…]$")
_PROSE_END = re.compile(r"[.!?…:;”\"’)]$")


@dataclass(slots=True)
class _Item:
    number: int
    heading: str
    has_prose: bool = False  # a paragraph of prose follows before the next item


def numbered_items(text: str) -> tuple[str, ...]:
    """The longest run of section headings numbered from 1 up (or down to 1), by number, as
    written without their numbers; empty when the text has no such run of MIN_ITEMS."""
    items: list[_Item] = []
    for raw in text.split("\n"):  # (lines as the cleaner splits them: a NEL is a space)
        line = _spaced(raw)
        if (item := _heading(line)) is not None:
            items.append(item)
        elif items and _is_prose(line):
            items[-1].has_prose = True
    best: list[_Item] = []
    for run in _runs(items):
        with_prose = sum(item.has_prose for item in run)
        if len(run) > len(best) and with_prose >= MIN_PROSE_SHARE * len(run):
            best = run
    if len(best) < MIN_ITEMS:
        return ()
    # by number, as the answer numbers them: a countdown's "1." is its top pick
    return tuple(item.heading for item in sorted(best, key=lambda item: item.number))


def without_number(line: str) -> str:
    """An item's line as its heading: "1. Ride Tram 28" -> "Ride Tram 28"."""
    return _NUMBER_FIRST.sub("", _spaced(line), count=1)


def story_lines(text: str, first: str, last: str) -> str:
    """The lines of ``text`` from the one holding ``first`` (and the short lines right above
    it) to the one holding ``last``, spaced as the cleaner spaces them; empty when either is
    not found: a pasted page's list is read from its story alone, not from a "most read" box
    of numbered teasers beside it."""
    lines = [_spaced(line) for line in text.split("\n")]
    # a sentence opens its line or ends it (the splitter cuts lines into sentences): that
    # tells its own line from one that merely holds the same words ("2." in "2.5 metres");
    # the last from the bottom, as a closing sentence may also end an earlier section
    top = _line_of(lines, range(len(lines)), first, str.startswith)
    if top is None:
        return ""
    bottom = _line_of(lines, range(len(lines) - 1, top - 1, -1), last, str.endswith)
    if bottom is None:
        return ""
    for _ in range(HEADINGS_ABOVE):
        above = next((i for i in range(top - 1, -1, -1) if lines[i]), None)
        if above is None or len(words(lines[above])) > MAX_ITEM_WORDS:
            break
        top = above
    return "\n".join(lines[top : bottom + 1])


def _spaced(line: str) -> str:
    """A line spaced as the cleaner spaces the sentences it gives (a no-break space, a tab or
    two spaces are one space), so that they are found in it."""
    return " ".join(line.split())


def _line_of(
    lines: list[str], order: range, sentence: str, at_edge: Callable[[str, str], bool]
) -> int | None:
    """The first line in ``order`` with ``sentence`` at its edge, else the first holding it
    (the cleaner may have cut an appeal off the line's end)."""
    edge = next((i for i in order if at_edge(lines[i], sentence)), None)
    return edge if edge is not None else next((i for i in order if sentence in lines[i]), None)


def _runs(items: list[_Item]) -> list[list[_Item]]:
    """Items numbered one up from 1 (1, 2, 3) or one down to 1 (5, 4, 3, 2, 1)."""
    runs: list[list[_Item]] = []
    run: list[_Item] = []
    for item in items:
        step = item.number - run[-1].number if run else 0
        if run and step in (1, -1) and (len(run) == 1 or step == run[-1].number - run[-2].number):
            run.append(item)
        else:
            runs.append(run)
            run = [item]
    runs.append(run)
    return [
        run
        for run in runs
        if len(run) > 1
        and (
            (run[0].number == 1 and run[1].number == 2)
            or (run[-1].number == 1 and run[0].number > 1)
        )
    ]


def _heading(line: str) -> _Item | None:
    match = _ITEM.fullmatch(line)
    if match is None:
        return None
    text = match.group("text").strip()
    if len(words(text)) > MAX_ITEM_WORDS or _ENDS_AS_SENTENCE.search(text):
        return None
    return _Item(int(match.group("number")), text)


def _is_prose(line: str) -> bool:
    return len(words(line)) >= MIN_PROSE_WORDS and bool(_PROSE_END.search(line))
