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
  before, nor is a capitalised line to the text's first line when that reads as a headline;
- a line ended by a hyphen inside a word is joined without a space: a PDF's typesetter breaks
  a word that does not fit between two syllables ("infla-\ntion"), and that hyphen goes, while
  a compound broken at its own ("well-\nknown") keeps it (``_Spellings`` tells them apart).

A page copied from a browser has a line a paragraph, of any length: a text with a twentieth of
its characters or more in lines wider than ``_MAX_WIDTH`` is left as it is, however many
short lines of menus and captions it also has.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from summarizer.sentences import ends_as_sentence

_MIN_WIDTH = 30  # narrower, lines are a list or a column of labels, not wrapped prose
_MAX_WIDTH = 130  # wider, lines are paragraphs a browser or an editor wrapped for display
_WIDTH_RANK = 3  # the width is the text's third-widest breakable line
_GOING_ON_SHARE = 0.5
_WIDE_SHARE = 0.05  # of a text's characters, in lines wider than _MAX_WIDTH, at most
# A word broken at the line's end by a hyphen ("infla-\ntion", "well-\nknown"): joined without
# a space, the hyphen dropped or kept (see _Spellings.keeps_hyphen).
_HYPHEN_END = re.compile(r"\w-$")
_VOWELS = frozenset("aeiouy")
# Endings English adds to a root; what is left of a line's first word without one must have a
# vowel to be a word ("tion", "ments" and "lity" are no words, "based" and "city" are).
_ENDINGS_WRITTEN = (
    "s es ies ed ing ings ion ions ment ments ity ities ly ally ily ture tures ive ives er ers"
    " est al als ous ence ences ance ances able ible ful less ness ist ists ism ise ize ised"
    " ized ate ated ates ary ory ial ian ians ical ic ics y ency ancy ant ants ent ents or ors"
    " age ages ure ures ee ees"
)
_ENDINGS = tuple(sorted(_ENDINGS_WRITTEN.split(), key=len, reverse=True))  # longest first
# The consonants an English word may begin with, before its first vowel, when more than one.
_ONSETS_WRITTEN = (
    "bl br cl cr dr fl fr gl gr pl pr sc sk sl sm sn sp st sw tr tw th ch sh wh ph qu wr kn gn"
    " ps sch str spr spl scr thr shr squ dw"
)
_ONSETS = frozenset(_ONSETS_WRITTEN.split())
# Two-letter prefixes that make compounds with a word of their own, where joining may make
# another word ("re-signed" is no "resigned", "re-cover" no "recover"), and short heads that
# end compounds, which read as an ending without a root ("tax-free", "Saudi-led", "left-wing")
_COMPOUND_PREFIXES_WRITTEN = "ex co so no hi re de up on ad"
_COMPOUND_PREFIXES = frozenset(_COMPOUND_PREFIXES_WRITTEN.split())
_COMPOUND_HEADS_WRITTEN = (
    "free led fed bred wing five three cry dry fly shy spy try sky fated rated dated sized"
)
_COMPOUND_HEADS = frozenset(_COMPOUND_HEADS_WRITTEN.split())
_FAMILY_LETTERS = 3  # of the part after the break that a word of the same family shares
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
    spellings: _Spellings | None = None
    for n, line in enumerate(lines):
        if n - 1 not in joins:
            out.append([line])
            continue
        pieces = out[-1]
        pieces[-1] = pieces[-1].rstrip()
        if not _HYPHEN_END.search(pieces[-1]):
            pieces.append(f" {line.strip()}")
            continue
        spellings = spellings or _Spellings(lines)
        if not spellings.keeps_hyphen(pieces[-1], line):
            pieces[-1] = pieces[-1][:-1]
        pieces.append(line.strip())
    return "\n".join("".join(pieces) for pieces in out)


class _Spellings:
    """How the text writes its words on one line, to tell a typesetter's hyphen, which breaks
    one word where it did not fit ("infla-\ntion"), from a compound's own ("well-\nknown").
    A PDF's text is the one kind of paste that has the former, and the text's own spelling of
    the word elsewhere is the best witness; failing that, what comes after the break reads as a
    word (a compound's second part) or as a syllable's ending ("tion", "ments")."""

    def __init__(self, lines: list[str]) -> None:
        words: set[str] = set()
        self.compounds: set[str] = set()
        self.firsts: set[str] = set()
        self.lasts: set[str] = set()
        broken = False  # whether the line before ended in a hyphen: its first word is a piece
        for line in lines:
            tokens = line.split()
            ends_broken = bool(_HYPHEN_END.search(line.rstrip()))
            for token in tokens[int(broken) : len(tokens) - int(ends_broken)]:
                word = _bare(token).lower()
                if "-" in word:
                    self.compounds.add(word)
                    parts = word.split("-")
                    self.firsts.update(parts[:-1])
                    self.lasts.update(parts[1:])
                elif word.isalpha():
                    words.add(word)
            broken = ends_broken
        self.words = sorted(words)

    def keeps_hyphen(self, before: str, line: str) -> bool:
        """Whether the hyphen ending ``before`` is kept when the line is joined to it."""
        head = before[:-1].rsplit(maxsplit=1)[-1]
        tail = line.split(maxsplit=1)[0]
        first, last = _trailing_letters(head), _leading_letters(tail)
        if len(first) < 2 or not last[:1].islower() or first != _bare(head) or last != _bare(tail):
            return True  # a number, a name, a letter or a chain of parts ("30-year-\nold")
        if first.isupper():
            return True  # initials as a compound's first part: "US-\nled", "UN-\nbacked"
        first, last = first.lower(), last.lower()
        joined = first + last
        seen_joined, seen_hyphenated = self._has(joined), f"{first}-{last}" in self.compounds
        if seen_joined or seen_hyphenated:
            return seen_hyphenated
        if first in _COMPOUND_PREFIXES or last in _COMPOUND_HEADS:
            # a prefix or a head that makes compounds, which only the word seen whole joins:
            # "re-\nsigned" is no "resigned", "ex-\nwife", "tax-\nfree", "Saudi-\nled"
            return True
        if self._begins_a_word(joined[: len(first) + _FAMILY_LETTERS]):
            return False  # the text writes a word of its family whole ("structure" for "tured")
        if first in self.firsts or last in self.lasts or self._has(last):
            return True  # a compound's part the text writes ("co-chair" for "co-\nfounded")
        if not joined.isascii() or last[0] in _VOWELS:
            # the shapes below are English words'; and a typesetter starts a syllable with a
            # consonant where it can, where a compound's part may begin with a vowel
            return True
        # a typesetter leaves two letters before its hyphen, and two letters that the text
        # never writes as a word are no compound's part but a prefix ("re-\nport")
        return not (_syllable_broken(first, last) or (len(first) == 2 and not self._has(first)))

    def _has(self, word: str) -> bool:
        n = bisect_left(self.words, word)
        return n < len(self.words) and self.words[n] == word

    def _begins_a_word(self, start: str) -> bool:
        n = bisect_left(self.words, start)
        return n < len(self.words) and self.words[n].startswith(start)


def _bare(token: str) -> str:
    """A token without the quotes, brackets and stops around it."""
    start, end = 0, len(token)
    while start < end and not token[start].isalnum():
        start += 1
    while end > start and not token[end - 1].isalnum():
        end -= 1
    return token[start:end]


def _trailing_letters(token: str) -> str:
    end = len(token)
    start = end
    while start and token[start - 1].isalpha():
        start -= 1
    return token[start:end]


def _leading_letters(token: str) -> str:
    end = 0
    while end < len(token) and token[end].isalpha():
        end += 1
    return token[:end]


def _syllable_broken(first: str, last: str) -> bool:
    """Whether two pieces read as one English word broken between syllables, not as two words:
    the second is an ending without a root ("tion", "ments"), or begins as no word does ("rt"),
    or the break parts a doubled consonant ("sum-\nmit")."""
    return (
        not _has_root(last)
        or not _onset(last)
        or (first[-1] == last[0] and last[0] not in _VOWELS)
    )


def _has_root(word: str) -> bool:
    """Whether an English word has a vowel left once its ending is taken away."""
    for ending in _ENDINGS:
        if word.endswith(ending):
            return bool(_VOWELS & set(word[: -len(ending)]))
    return bool(_VOWELS & set(word[:-1]))


def _onset(word: str) -> bool:
    """Whether the word begins as English words may ("str", not "rt")."""
    n = 0
    while n < len(word) and word[n] not in _VOWELS:
        n += 1
    return n <= 1 or word[:n] in _ONSETS


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
