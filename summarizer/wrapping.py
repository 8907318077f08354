"""Hard-wrapped text made into paragraphs again.

Text copied from an e-mail, a plain-text newsletter, a terminal or a PDF comes wrapped: each
paragraph broken into lines of at most a fixed width, wherever the next word did not fit. The
engine reads a line break as the end of a sentence (a headline, a menu item and a caption are
lines of their own), so a wrapped paragraph became a run of fragments ("to restore supplies,
the council said." for a sentence that began a line earlier).

The width is the text's: its third-widest line that could have been broken (a line or two
wider, a page's running header or a link, is no evidence of it). Within a block of lines
without a blank one between:

- a break is *wrap-like* when the next line's first word would not have fitted on the line
  before; where it would have, the writer broke the line on purpose (a heading, a verse, an
  address, the end of a paragraph);
- the block's wrap-like breaks are joined when at least half of them go on with a lower-case
  word (inside a wrapped paragraph most lines begin in the middle of a sentence), or when the
  whole text's do and the block ends as a sentence does (a paragraph whose lines happen to
  begin with names). A list of headlines, captions or a table's rows may have lines of like
  length, but each begins with a capital or a figure and none ends a sentence, and is left as
  it is (so is text in a script without capitals, which a word's width cannot show wrapped);
- a line that begins a list item ("- ", "• ", "🔴 ", "3. ") is never joined to the one
  before, nor is a capitalised line to the text's first line when that reads as a headline.

A page copied from a browser has a line a paragraph, of any length: a text with a twentieth of
its characters or more in lines wider than ``_MAX_WIDTH`` is left as it is, however many
short lines of menus and captions it also has.
"""

from __future__ import annotations

import re

from summarizer.sentences import ends_as_sentence

_MIN_WIDTH = 30  # narrower, lines are a list or a column of labels, not wrapped prose
_MAX_WIDTH = 130  # wider, lines are paragraphs a browser or an editor wrapped for display
_WIDTH_RANK = 3  # the width is the text's third-widest breakable line
_GOING_ON_SHARE = 0.5
_WIDE_SHARE = 0.05  # of a text's characters, in lines wider than _MAX_WIDTH, at most
# A word broken at the line's end by a hyphen of its own ("inter-\nnational", "well-\nknown"):
# joined without a space, the hyphen kept, as "well-known" needs it.
_HYPHEN_END = re.compile(r"\w-$")
# A line that opens a list item: a bullet, a dash or an emoji ("🔴 ", as channel digests set
# them), or a number or letter and a stop or bracket.
_LIST_ITEM = re.compile(r"(?:[^\w\s\"'“”‘’(\[{$£€¥#@&%]\ufe0f?\s|(?:\d{1,3}|[a-zA-Z])[.)]\s)")
_LINK_START = ("http:", "https:", "www.")
_HEADLINE_PARTS = re.compile(r"\S[:|]\s|\s[-–—]\s")
_TITLE_CASE_SHARE = 0.5


def unwrapped(text: str) -> str:
    """The text with each wrapped paragraph on one line; other lines as they were."""
    if "\n" not in text:
        return text
    lines = text.split("\n")
    if (width := _wrap_width(lines, len(text))) is None:
        return text
    blocks = _blocks(lines)
    wraps = [
        [n for n in range(a, b - 1) if _wrap_like(lines[n], lines[n + 1], width)]
        for a, b in blocks
    ]
    going_on = sum(_goes_on(lines[n + 1]) for breaks in wraps for n in breaks)
    text_wraps = going_on >= _GOING_ON_SHARE * sum(map(len, wraps))
    first = blocks[0][0] if blocks else 0
    joins: set[int] = set()
    for (_, end), breaks in zip(blocks, wraps, strict=True):
        block_wraps = sum(_goes_on(lines[n + 1]) for n in breaks) >= _GOING_ON_SHARE * len(breaks)
        if breaks and (block_wraps or (text_wraps and ends_as_sentence(lines[end - 1]))):
            joins.update(
                n for n in breaks if _joins(lines[n], lines[n + 1], after_first=n == first)
            )
    return _joined(lines, joins)


def _blocks(lines: list[str]) -> list[tuple[int, int]]:
    """Where each run of lines without a blank one between starts and ends."""
    blocks: list[tuple[int, int]] = []
    start = None
    for n, line in enumerate([*lines, ""]):
        if line.strip() and start is None:
            start = n
        elif not line.strip() and start is not None:
            blocks.append((start, n))
            start = None
    return blocks


def _joins(before: str, line: str, *, after_first: bool) -> bool:
    """Whether a wrap-like break before this line is joined: not before a list item, nor
    before a capital after the text's first line when that reads as a headline set right
    above its paragraph ("Storm Arwen: thousands still without power as amber warning
    issued"). (A sentence-case headline is not told from a paragraph's first line by its
    shape; taking every first line's capital for a sentence's start, or one the text writes
    in lower case elsewhere, kept fewer of the wrapped texts' sentences in benchmarks.wrapped.)"""
    if _LIST_ITEM.match(line.lstrip()):
        return False
    if not after_first or _goes_on(line):
        return True
    return not _headline_like(before)


def _headline_like(line: str) -> bool:
    """A line as headlines are written: without a closing stop or comma, and parted by a colon
    or a dash, or with most of its words capitalised."""
    line = line.strip()
    if ends_as_sentence(line) or line.endswith(","):
        return False
    if _HEADLINE_PARTS.search(line):
        return True
    words = line.split()
    return sum(w[:1].isupper() for w in words) >= _TITLE_CASE_SHARE * len(words)


def _joined(lines: list[str], joins: set[int]) -> str:
    out: list[list[str]] = []  # each line's pieces, joined once at the end
    for n, line in enumerate(lines):
        if n - 1 not in joins:
            out.append([line])
            continue
        pieces = out[-1]
        pieces[-1] = pieces[-1].rstrip()
        pieces.append(line.strip() if _HYPHEN_END.search(pieces[-1]) else f" {line.strip()}")
    return "\n".join("".join(pieces) for pieces in out)


def _wrap_width(lines: list[str], chars: int) -> int | None:
    """The width a text of these lines and characters may be wrapped to, or None when its
    lines are not narrow enough for wrapped text (see the module's note)."""
    wide = sum(len(line) for line in lines if len(line.rstrip()) > _MAX_WIDTH)
    if wide > _WIDE_SHARE * chars:
        return None
    breakable = sorted((len(line.rstrip()) for line in lines if " " in line.strip()), reverse=True)
    if len(breakable) < _WIDTH_RANK:
        return None
    width = breakable[_WIDTH_RANK - 1]
    return width if _MIN_WIDTH <= width <= _MAX_WIDTH else None


def _goes_on(line: str) -> bool:
    """Whether a line begins inside a sentence, with a lower-case word (not a link)."""
    start = line.lstrip()
    return start[:1].islower() and not start.startswith(_LINK_START)


def _wrap_like(before: str, line: str, width: int) -> bool:
    first_word = line.split(maxsplit=1)[0]
    return len(before.rstrip()) + 1 + len(first_word) > width
