"""Sentence and word splitting, fast and careful about news prose.

sumy's own tokenizer needs NLTK's punkt data, which cannot be downloaded everywhere Sift runs,
and pysbd is too slow for the 150 ms budget, so the splitter is a small set of rules:
a boundary is end punctuation, optional closing quotes, white space and an upper-case (or
quoted, or numeric) start, unless the word before is an abbreviation or an initial, or the
boundary lies inside a short quotation.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

# Titles and abbreviations that are (almost) never the end of a sentence.
_NEVER_FINAL = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "mx",
        "dr",
        "prof",
        "gen",
        "lt",
        "col",
        "capt",
        "cpt",
        "sgt",
        "cpl",
        "maj",
        "adm",
        "cmdr",
        "brig",
        "pvt",
        "sen",
        "rep",
        "gov",
        "pres",
        "supt",
        "insp",
        "det",
        "rev",
        "fr",
        "sr",
        "jr",
        "st",
        "mt",
        "ft",
        "approx",
        "dept",
        "est",
        "vs",
        "v",
        "etc",
        "al",
        "cf",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mon",
        "tue",
        "wed",
        "thu",
        "fri",
        "sat",
        "sun",
        "hon",
        "messrs",
        "mme",
        "mlle",
        "gov't",
        "op",
    ]
)
# Abbreviations that stand before a number: "No. 1", "Vol. 2".
_BEFORE_NUMBERS = frozenset(["no", "nos", "vol", "vols", "fig", "figs", "pp", "p", "art"])
# Abbreviations that often do end a sentence: split only before a typical sentence opener.
_SOMETIMES_FINAL = frozenset(
    [
        "u.s",
        "u.k",
        "u.n",
        "e.u",
        "u.s.a",
        "a.m",
        "p.m",
        "inc",
        "ltd",
        "co",
        "corp",
        "llc",
        "plc",
        "bros",
        "jr",
        "sr",
        "etc",
        "i.e",
        "e.g",
        "d.c",
    ]
)
_OPENERS = frozenset(
    [
        "the",
        "a",
        "an",
        "he",
        "she",
        "it",
        "they",
        "we",
        "i",
        "you",
        "his",
        "her",
        "its",
        "their",
        "our",
        "this",
        "that",
        "these",
        "those",
        "there",
        "but",
        "and",
        "so",
        "yet",
        "or",
        "in",
        "on",
        "at",
        "for",
        "after",
        "before",
        "when",
        "while",
        "if",
        "as",
        "however",
        "meanwhile",
        "then",
        "now",
        "still",
        "also",
        "last",
        "next",
        "since",
        "despite",
        "although",
        "though",
    ]
)

_BOUNDARY = re.compile(
    r"""(?P<end>[.!?…]+)(?P<close>["”’')\]]*)(?P<space>\s+)(?=(?P<start>["“‘'(\[]*[\w¿¡$£€]))"""
)
_WORD_BEFORE = re.compile(r"([\w.'’-]+)$")
_WORD = re.compile(r"\d+(?:[.,:]\d+)*%?|\w+(?:[’'.-]\w+)*")
_DOUBLE_QUOTES = re.compile(r"“[^“”]*”|\"[^\"\n]*\"")
_SINGLE_QUOTES = re.compile(r"(?:(?<=\s)|^)‘(?:[^‘’]|’(?=\w))*?[.!?,]’(?=[\s,.;:!?]|$)")
_MAX_QUOTE_CHARS = 600


@dataclass(frozen=True, slots=True)
class SentenceTokenizer:
    """The tokenizer sumy is given: anything with ``to_sentences`` and ``to_words`` will do."""

    language: str = "english"

    def to_sentences(self, text: str) -> tuple[str, ...]:
        return tuple(split_sentences(text))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(words(sentence))


def words(text: str) -> list[str]:
    """Word tokens, keeping contractions, hyphenated words and figures ("2,439") whole."""
    return [w.strip(".") or w for w in _WORD.findall(text)]


def split_sentences(text: str) -> list[str]:
    """Split text into sentences; a line break always ends a sentence."""
    sentences: list[str] = []
    for line in text.splitlines():
        sentences.extend(_split_line(line))
    return sentences


def _split_line(line: str) -> Iterator[str]:
    line = line.strip()
    if not line:
        return
    protected = _quoted_spans(line)
    start = 0
    for match in _BOUNDARY.finditer(line):
        cut = match.end("close")
        if _inside(cut, protected) or not _is_boundary(line, match):
            continue
        piece = line[start:cut].strip()
        if piece:
            yield piece
        start = match.end("space")
    tail = line[start:].strip()
    if tail:
        yield tail


def _quoted_spans(line: str) -> list[tuple[int, int]]:
    spans = [m.span() for m in _DOUBLE_QUOTES.finditer(line)]
    spans += [m.span() for m in _SINGLE_QUOTES.finditer(line)]
    return [(a, b) for a, b in spans if b - a <= _MAX_QUOTE_CHARS]


def _inside(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(a < position < b for a, b in spans)


def _is_boundary(line: str, match: re.Match[str]) -> bool:
    end = match.group("end")
    if end != ".":
        return True  # "?", "!", "..." and "…" end a sentence before a capital
    before = _WORD_BEFORE.search(line, 0, match.start("end"))
    if before is None:
        return True
    token = before.group(1).strip("'’-")
    bare = token.lower().rstrip(".")
    next_word = _next_word(line, match.end("space"))
    if match.group("start")[-1:].islower():
        return False  # "e.g. something", "p.m. on Friday"
    if len(bare) == 1 and bare.isalpha():
        return False  # an initial: "John F. Kennedy", "J. K. Rowling"
    if bare in _BEFORE_NUMBERS:
        return not next_word[:1].isdigit()
    if bare in _NEVER_FINAL and not match.group("close"):
        return bare in {"etc", "st"} and next_word.lower() in _OPENERS
    if bare in _SOMETIMES_FINAL or ("." in token and all(len(p) == 1 for p in bare.split("."))):
        return next_word.lower() in _OPENERS
    return True


def _next_word(line: str, position: int) -> str:
    match = _WORD.search(line, position)
    return match.group(0) if match else ""
