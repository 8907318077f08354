"""Hard-wrapped text made into paragraphs again.

Text copied from an e-mail, a plain-text newsletter, a terminal or a PDF comes wrapped: each
paragraph broken into lines of at most a fixed width, wherever the next word did not fit. The
engine reads a line break as the end of a sentence (a headline, a menu item and a caption are
lines of their own), so a wrapped paragraph became a run of fragments ("to restore supplies,
the council said." for a sentence that began a line earlier).

Within a block of lines without a blank one between, at most ``_MAX_WIDTH`` characters wide:

- a break is *wrap-like* when the next line's first word would not have fitted on the line
  before, as wide as the block's widest line; where it would have, the writer broke the line
  on purpose (a heading, an address, a list item, the end of a paragraph);
- the block's wrap-like breaks are joined when at least half of them go on with a lower-case
  word: inside a wrapped paragraph most lines begin in the middle of a sentence. A list of
  headlines, captions or a table's rows may have lines of like length, but each begins with a
  capital or a figure, and is left as it is (so is text in a script without capitals, which a
  word's width cannot show wrapped).

A page copied from a browser has a line a paragraph, of any length (``_narrow``): it is left as
it is, however many short lines of menus and captions it has.
"""

from __future__ import annotations

import re

_MIN_WIDTH = 30  # narrower, a block is a list or a column of labels, not wrapped prose
_MAX_WIDTH = 130  # wider, lines are paragraphs a browser or an editor wrapped for display
_GOING_ON_SHARE = 0.5
# Wrapped text may hold a few lines wider than its width (a long link, a table), no more of
# its characters than this.
_WIDE_SHARE = 0.05
# A word broken at the line's end by a hyphen of its own ("inter-\nnational", "well-\nknown"):
# joined without a space, the hyphen kept, as "well-known" needs it.
_HYPHEN_END = re.compile(r"\w-$")


def unwrapped(text: str) -> str:
    """The text with each wrapped paragraph on one line; other lines as they were."""
    if "\n" not in text or not _narrow(text):
        return text
    out: list[str] = []
    block: list[str] = []
    for line in text.split("\n"):
        if line.strip():
            block.append(line)
            continue
        out.extend(_unwrapped_block(block))
        block = []
        out.append(line)
    out.extend(_unwrapped_block(block))
    return "\n".join(out)


def _narrow(text: str) -> bool:
    """Whether the text's lines are as narrow as wrapped text's: a page copied from a browser
    has most of its words in its paragraphs' long lines, however many short lines of menus
    and captions it has."""
    wide = sum(len(line) for line in text.split("\n") if len(line.rstrip()) > _MAX_WIDTH)
    return wide <= _WIDE_SHARE * len(text)


def _unwrapped_block(block: list[str]) -> list[str]:
    if len(block) < 2:
        return block
    width = _width(block)
    if not _MIN_WIDTH <= width <= _MAX_WIDTH:
        return block
    joins = _joined_breaks(block, width)
    lines: list[list[str]] = [[block[0]]]  # each line's pieces, joined once at the end
    for n, line in enumerate(block[1:]):
        if n not in joins:
            lines.append([line])
            continue
        pieces = lines[-1]
        pieces[-1] = pieces[-1].rstrip()
        pieces.append(line.strip() if _HYPHEN_END.search(pieces[-1]) else f" {line.strip()}")
    return ["".join(pieces) for pieces in lines]


def _width(block: list[str]) -> int:
    """The width the block was wrapped to: its widest line that could have been broken (a
    link or a row of dots wider than the width has no space to break at)."""
    breakable = [len(line.rstrip()) for line in block if " " in line.strip()]
    return max(breakable, default=0)


def _joined_breaks(block: list[str], width: int) -> set[int]:
    """The breaks to join, by index (break n is between line n and line n + 1)."""
    wraps = {n for n in range(len(block) - 1) if _wrap_like(block[n], block[n + 1], width)}
    going_on = sum(_goes_on(block[n + 1]) for n in wraps)
    return wraps if wraps and going_on >= _GOING_ON_SHARE * len(wraps) else set()


def _goes_on(line: str) -> bool:
    """Whether a line begins inside a sentence, with a lower-case word (not a link)."""
    start = line.lstrip()
    return start[:1].islower() and not start.startswith(("http:", "https:", "www."))


def _wrap_like(before: str, line: str, width: int) -> bool:
    first_word = line.split(maxsplit=1)[0]
    return len(before.rstrip()) + 1 + len(first_word) > width
