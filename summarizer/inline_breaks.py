"""Sentences broken at inline elements made whole again.

Some copies of a page set each link's (or bold word's) text on a line of its own: reader
modes, mobile share sheets, a page whose links are styled as blocks, a screen reader's text.
The sentence around it arrives in pieces ("Officials told\\nReuters\\nthat the plan, first
reported by\\nThe Guardian\\n, would cost $2bn."), and the engine, which reads a line break as
a sentence's end, summarized the pieces, or refused the paste as a list of short lines.

Such a break shows by the text around it, which no paragraph's end has (line widths do not
show it, as they show a hard wrap to ``wrapping``, which has run first):

- the next line begins with what only follows a word: a comma, a stop, a closing bracket or
  quote, a clitic ("'s");
- or the line before leaves its sentence open (it ends in a word, a comma, a dash or a
  bracket) and the next goes on in lower case;
- or a line that cannot go on by itself, a name or a link's title in capitals, stands between
  a line left open and one going on, as the link "Reuters" does above (never under the text's
  first line, where a headline stands; under a line that reads as a headline or a byline, only
  a name's two words are taken for such a piece rather than for a paragraph's opening);
- or a line ending a sentence follows the open end of a run of pieces.

A run of such breaks is joined only when it ends as a sentence does and at least one of its
breaks has a few words on either side or begins with that punctuation: a menu's or a tag
list's lines of a word or two in lower case ("world\\nhome page"), items ending in semicolons,
and a caption or a headline without a stop stay lines. So do lines of verse (three or more
short lines of a few words, most ending on a comma or a dash where a phrase ends), which look
like a sentence broken at its links but never break at one.
"""

from __future__ import annotations

import re
from itertools import pairwise

from summarizer.sentences import ends_as_sentence, words
from summarizer.wrapping import headline_like

_CLOSING = tuple(",.;:!?)]}”’")
_OPENING = tuple("([{“‘")
_QUOTES = tuple("\"'")
_DASHES = tuple("—–")
_OPEN_ENDS = (",", "-", *_DASHES, *_OPENING, ")", "]", "”", "’", '"', "'")
_LINK_START = ("http:", "https:", "www.")
# Lines read, at most: twice what the engine reads (``summarizer.MAX_LINES``), however many
# pieces were joined; a text longer than that is hostile, and its tail is left as it came.
_MAX_LINES = 20_000
_FRAGMENT_WORDS = 8  # a link's title longer than this is a paragraph's first line
_NAME_WORDS = 2  # under a headline or a byline, a link's text is taken for a name only
_SHORT_LINE = 3  # words: a menu's or a list's line has fewer
_VERSE_LINES = 3
_VERSE_CHARS = 80  # a line of verse is no longer; a piece of prose often is
_PHRASE_ENDS = (",", ";", ":", "-", "—", "–")
_CLITIC = re.compile(r"'[a-z]{1,2}\b")
# What may stand before a sentence's first letter: opening quotes and brackets, a dash.
_LEAD = re.compile(r"[(\[{“‘\"'—–]*\s?")


def rejoined(text: str) -> str:
    """The text with each sentence broken at an inline element on one line again."""
    if "\n" not in text:
        return text
    lines = text.split("\n", _MAX_LINES)
    rest = lines.pop() if len(lines) > _MAX_LINES else None
    breaks, sure = _breaks(lines)
    joins: set[int] = set()
    n = 0
    while n < len(breaks):
        if not breaks[n]:
            n += 1
            continue
        end = n
        while end < len(breaks) and breaks[end]:
            end += 1
        chain = lines[n : end + 1]
        if any(sure[n:end]) and ends_as_sentence(chain[-1]) and not _verse(chain):
            joins.update(range(n, end))
        n = end
    if not joins:
        return text
    return _joined(lines, joins) if rest is None else f"{_joined(lines, joins)}\n{rest}"


def _breaks(lines: list[str]) -> tuple[list[bool], list[bool]]:
    """Which breaks may be inside a sentence, and which of them surely are."""
    going_on = [
        bool(before.strip()) and (_closes(line) or (_open(before) and _goes_on(line)))
        for before, line in pairwise(lines)
    ]
    sure = [
        going_on[n] and (_closes(line) or _spans(lines[n], line))
        for n, line in enumerate(lines[1:])
    ]
    breaks = going_on.copy()
    first = next((n for n, line in enumerate(lines) if line.strip()), 0)
    for n in range(len(breaks)):
        before, line = lines[n], lines[n + 1]
        if breaks[n] or not _open(before) or not line.strip():
            continue
        in_sentence = n > 0 and breaks[n - 1]  # the line before is a sentence's piece
        if n + 1 < len(breaks) and going_on[n + 1]:
            breaks[n] = in_sentence or _fragment_after(before, line, first=n == first)
        elif in_sentence:
            breaks[n] = ends_as_sentence(line)
    return breaks, sure


def _fragment_after(before: str, line: str, *, first: bool) -> bool:
    """Whether a line that does not go on by itself (a name, a link's title in capitals)
    between a line left open and one going on is that sentence's piece: not under the text's
    first line, where a headline stands, nor a paragraph's opening words, longer than a name,
    under a line that reads as a headline or a byline ("By Jane Smith")."""
    if first:
        return False
    return len(words(line)) <= (_NAME_WORDS if headline_like(before) else _FRAGMENT_WORDS)


def _verse(lines: list[str]) -> bool:
    """Lines of verse: three or more, each short but of a few words, most of them ending where
    a phrase does (a comma, a semicolon, a dash), none beginning with the punctuation that
    follows a link's text."""
    if len(lines) < _VERSE_LINES:
        return False
    if any(len(line) > _VERSE_CHARS or len(words(line)) < _SHORT_LINE + 1 for line in lines):
        return False
    if any(_closes(line) for line in lines):
        return False
    phrased = sum(line.rstrip().endswith(_PHRASE_ENDS) for line in lines[:-1])
    return 2 * phrased >= len(lines) - 1


def _spans(before: str, line: str) -> bool:
    """A break with a line of a few words on either side: a sentence's text around a link,
    where a list's or a menu's lines are of a word or two ("world", "home page")."""
    return max(len(words(before)), len(words(line))) >= _SHORT_LINE


def _open(line: str) -> bool:
    """A line that leaves its sentence open: it ends in a word, a comma, a dash, a bracket
    or a quote (not a stop, a colon before a list, nor an arrow or a symbol)."""
    line = line.rstrip()
    if not line or ends_as_sentence(line):
        return False
    return line[-1].isalnum() or line.endswith(_OPEN_ENDS)


def _closes(line: str) -> bool:
    """A line that begins with what only follows a word: a comma, a stop, a closing bracket
    or quote, a clitic ("'s", "'re"); not an ellipsis, which may open a quotation."""
    line = line.lstrip()
    if line.startswith("..."):
        return False
    return line.startswith(_CLOSING) or bool(_CLITIC.match(line))


def _goes_on(line: str) -> bool:
    """A line that begins inside a sentence: with a word in lower case (after an opening
    bracket, quote or dash), not a name written so ("iPhone", "eBay"), a link or a site's."""
    start = line.lstrip()
    if start.startswith(_LINK_START):
        return False
    lead = _LEAD.match(start)
    rest = start[lead.end() if lead else 0 :].split(maxsplit=1)
    first = rest[0] if rest else ""
    return first[:1].islower() and first.islower() and not _is_domain(first)


def _is_domain(word: str) -> bool:
    """A site's name ("bbc.co.uk"), which starts a line of its own in lower case."""
    name, dot, tail = word.rstrip(".,").rpartition(".")
    return bool(name and dot) and len(tail) >= 2 and tail.isalpha()


def _joined(lines: list[str], joins: set[int]) -> str:
    out: list[list[str]] = []
    for n, line in enumerate(lines):
        if n - 1 not in joins:
            out.append([line])
            continue
        pieces = out[-1]
        last = pieces[-1]
        glued = (
            last[-1:].isspace()
            or line[:1].isspace()
            or _closes(line)
            or last.endswith(_OPENING)
            or (last.endswith(_QUOTES) and not last[-2:-1].strip())
            or (line.startswith(_QUOTES) and not line[1:2].strip())
            or (last.endswith(_DASHES) and not last[-2:-1].isspace())
            or (line.startswith(_DASHES) and not line[1:2].isspace())
        )
        pieces.append(line if glued else f" {line}")
    return "\n".join("".join(pieces) for pieces in out)
