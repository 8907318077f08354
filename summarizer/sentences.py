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
        # German, French, Spanish, Italian, Dutch, Portuguese titles and abbreviations
        "bzw",
        "ca",
        "evtl",
        "ggf",
        "inkl",
        "vgl",
        "sog",
        "bspw",
        "hr",
        "fr",
        "frl",
        "mm",
        "sra",
        "srta",
        "sres",
        "dña",
        "ud",
        "uds",
        "sig",
        "sigg",
        "dott",
        "avv",
        "ing",
        "dhr",
        "mevr",
        "bijv",
        "resp",
        "exmo",
        "exma",
        "av",
    ]
)
# Abbreviations that stand before a number: "No. 1", "Vol. 2".
_BEFORE_NUMBERS = frozenset(
    ["no", "nos", "vol", "vols", "fig", "figs", "pp", "p", "art", "nr", "abs", "núm", "pág", "s"]
)
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
        "usw",
        "u.a",
        "z.b",
        "d.h",
        "u.ä",
        "o.ä",
        "etw",
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

# Possessive runs and the look-behind keep the scan linear: a run of a million dots is tried
# once, from its first dot, instead of once from every dot with every shorter run.
_BOUNDARY = re.compile(
    r"""(?<![.!?…])(?P<end>[.!?…]++)(?P<close>["”’')\]]*+)(?P<space>\s++)"""
    r"""(?=(?P<start>["“‘'(\[]*+[\w¿¡$£€]))"""
)
# Chinese and Japanese are written without spaces: each character counts as a word (a
# Japanese article's clauses would otherwise be a handful of very long "words").
_UNSPACED = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_WORD = re.compile(
    rf"[{_UNSPACED}]|\d+(?:[.,:]\d+)*%?|[^\W{_UNSPACED}]+(?:[’'.-][^\W{_UNSPACED}]+)*"
)
# "。！？" end a sentence with no space after them (with the closing quotes that follow).
_UNSPACED_CHAR = re.compile(f"[{_UNSPACED}]")
_UNSPACED_STOP = re.compile(r"[。！？]++[」』〕）”’\"')]*+")
_DOUBLE_QUOTES = re.compile(r"“[^“”]*”|\"[^\"\n]*\"")
_SINGLE_QUOTES = re.compile(r"(?:(?<=\s)|^)‘(?:[^‘’]|’(?=\w))*?[.!?,]’(?=[\s,.;:!?]|$)")
_TOKEN_PUNCTUATION = frozenset(".'’-_")  # with letters and digits, what a word before a stop holds
_NEXT_WORD_WINDOW = 80  # the opener after a boundary starts within a few quote marks
_MAX_QUOTE_CHARS = 600


@dataclass(frozen=True, slots=True)
class SentenceTokenizer:
    """The tokenizer sumy is given: anything with ``to_sentences`` and ``to_words`` will do."""

    language: str = "english"

    def to_sentences(self, text: str) -> tuple[str, ...]:
        return tuple(split_sentences(text))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(words(sentence))


# A stop, then closing quotes or brackets, at the end of a text.
SENTENCE_END = re.compile(r"[.!?…][”\"’')\]]*$")


def ends_as_sentence(text: str) -> bool:
    """A stop, then closing quotes or brackets: what a headline, a label or a teaser's title
    printed on its own line does not end with."""
    return bool(SENTENCE_END.search(text.rstrip()))


def words(text: str) -> list[str]:
    """Word tokens, keeping contractions, hyphenated words and figures ("2,439") whole."""
    return [w.strip(".") or w for w in _WORD.findall(text)]


def is_character_word(word: str) -> bool:
    """A word that is one Chinese or Japanese character: short, yet a word (``words``)."""
    return len(word) == 1 and _UNSPACED_CHAR.match(word) is not None


def split_sentences(text: str) -> list[str]:
    """Split text into sentences; a line break always ends a sentence."""
    sentences: list[str] = []
    for line in text.splitlines():
        start = 0
        for stop in _UNSPACED_STOP.finditer(line):
            sentences.extend(_split_line(line[start : stop.end()]))
            start = stop.end()
        sentences.extend(_split_line(line[start:]))
    return sentences


def _split_line(line: str) -> Iterator[str]:
    """One pass over the line: each boundary looks only at the word before it and after it."""
    line = line.strip()
    if not line:
        return
    protected = _protected_positions(line)
    start = 0
    for match in _BOUNDARY.finditer(line):
        cut = match.end("close")
        if protected[cut] or not _is_boundary(line, match):
            continue
        piece = line[start:cut].strip()
        if piece:
            yield piece
        start = match.end("space")
    tail = line[start:].strip()
    if tail:
        yield tail


def _protected_positions(line: str) -> bytearray:
    """1 at every position strictly inside a short quotation, where no sentence may end.

    A mask instead of a list of spans keeps the check at each boundary constant-time: spans of
    one kind never overlap, so marking them costs at most two passes over the line.
    """
    mask = bytearray(len(line) + 1)
    for pattern in (_DOUBLE_QUOTES, _SINGLE_QUOTES):
        for match in pattern.finditer(line):
            a, b = match.span()
            if b - a <= _MAX_QUOTE_CHARS and b - a > 1:
                mask[a + 1 : b] = b"\x01" * (b - a - 1)
    return mask


def _is_boundary(line: str, match: re.Match[str]) -> bool:
    end = match.group("end")
    if end != ".":
        return True  # "?", "!", "..." and "…" end a sentence before a capital
    token = _word_before(line, match.start("end"))
    if not token:
        return True
    token = token.strip("'’-")
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


def _word_before(line: str, end: int) -> str:
    """The run of word characters and ``.'’-`` that ends at ``end``, read backwards.

    Scanning back from the stop (instead of searching the line from its start for a run that
    ends there) costs the length of that one word, so the splitter stays linear.
    """
    start = end
    while start > 0 and (line[start - 1].isalnum() or line[start - 1] in _TOKEN_PUNCTUATION):
        start -= 1
    return line[start:end]


def _next_word(line: str, position: int) -> str:
    match = _WORD.search(line, position, position + _NEXT_WORD_WINDOW)
    return match.group(0) if match else ""
