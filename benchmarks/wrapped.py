"""Real articles pasted hard-wrapped, as an e-mail, a newsletter or a terminal gives them.

Run: python -m benchmarks.wrapped [--limit N]

Each real text (the 250 FRANK CNN/DM articles, and the 181 extraction pages as a browser's
select-all and copy gives them) is wrapped at 60, 72 and 80 characters (each line filled on
its own, as ``textwrap.fill`` does, with no blank line added between paragraphs) and summarized
two ways in the same run:

- *Sift*: ``summarize_text``, which joins wrapped lines (``summarizer.wrapping``) first;
- *no unwrapping* (the baseline): the same engine given the wrapped lines as they are
  (``summarize_article`` on ``split_title`` of the text).

What is counted against the answer for the text as it was, unwrapped:

- *same answer*: texts whose summary sentences are exactly the unwrapped text's;
- *sentences kept*: the unwrapped answer's summary sentences found, word for word, in the
  wrapped text's answer;
- *fragments*: summary sentences of the wrapped text's answer that are no sentence of the
  unwrapped text nor of its answer (pieces of one, or two run together), spaces aside;
- *errors*: texts refused (``NotAnArticle``) although their unwrapped text was summarized.

The unwrapped texts themselves are also summarized both ways: Sift must leave them as they are
("unwrapped text changed" counts those whose answer differs from the baseline's).

With ``--hyphens`` the lines are filled as a PDF is typeset instead: a word that does not fit
is broken where a syllable may end (between two consonants, or before a consonant between two
vowels, two letters or more before the break and a sounded syllable after it) with a hyphen of
the typesetter's, and a compound ("well-known") is broken at its own hyphen. Each line-end
hyphen is then looked up in Sift's answer to ``unwrapped``: a typesetter's hyphen should be
gone ("infla-\ntion" → "inflation", *words restored*) and a compound's kept (*compounds
unhyphenated* counts "wellknown"); "kept apart" counts breaks left as line breaks. The same
joins with every hyphen kept (Sift before it told them apart) and with every hyphen dropped
are shown beside them.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import textwrap
from collections.abc import Callable
from dataclasses import dataclass

from benchmarks.common import SHARED, print_table, summarization_rows
from benchmarks.pages import visible_text
from summarizer import SummarizerError, summarize_article, summarize_text
from summarizer.extract import split_title
from summarizer.sentences import split_sentences
from summarizer.wrapping import unwrapped

WIDTHS = (60, 72, 80)
PAGES = SHARED / "extraction"
Engine = Callable[[str], tuple[str, ...] | None]


def wrapped(text: str, width: int) -> str:
    return "\n".join(
        textwrap.fill(line, width, break_long_words=False, break_on_hyphens=False)
        if line.strip()
        else line
        for line in text.split("\n")
    )


_VOWELS = frozenset("aeiouy")
_DIGRAPHS = frozenset({"ch", "ck", "gh", "ph", "sh", "th", "wh", "qu"})
_WORD_CORE = re.compile(r"([^A-Za-z]*)([A-Za-z]+)([^A-Za-z]*)")
_MIN_HYPHENATED = 6  # letters in a word a typesetter breaks
_MIN_BEFORE = 2  # letters a typesetter leaves before its hyphen (TeX's \lefthyphenmin)
_MIN_AFTER = 3  # and carries over to the next line (TeX's \righthyphenmin)
_SILENT_ENDINGS = ("es", "ed", "e")
_DRIFT = 200  # characters a line may be found before where the paste's breaks put it


@dataclass
class Break:
    """A line ended by a hyphen: the typesetter's inside a word, or a compound's own."""

    line: int
    soft: bool


def hyphenated(text: str, width: int) -> tuple[str, list[Break]]:
    """The text filled to the width as a PDF is typeset, and where it broke words."""
    lines: list[str] = []
    breaks: list[Break] = []
    for paragraph in text.split("\n"):
        if not paragraph.strip():
            lines.append(paragraph)
            continue
        line = ""
        for whole in paragraph.split():
            word = whole
            while word:
                if not line or len(line) + 1 + len(word) <= width:
                    line = f"{line} {word}" if line else word
                    break
                split = _hyphenation(word, width - len(line) - 1)
                if split is None:
                    lines.append(line)
                    line = ""
                    continue
                head, word, soft = split
                breaks.append(Break(len(lines), soft))
                lines.append(f"{line} {head}")
                line = ""
        lines.append(line)
    return "\n".join(lines), breaks


def _hyphenation(word: str, room: int) -> tuple[str, str, bool] | None:
    """The widest head of the word, hyphen included, that fits in the room, its rest, and
    whether the hyphen is the typesetter's; None when no break fits."""
    if "-" in word:
        ends = [
            n + 1
            for n in range(1, len(word) - 1)
            if word[n] == "-" and word[n - 1].isalnum() and word[n + 1].isalnum()
        ]
        fits = [n for n in ends if n <= room]
        return (word[: fits[-1]], word[fits[-1] :], False) if fits else None
    if not (match := _WORD_CORE.fullmatch(word)) or not word.isascii():
        return None
    before, core, after = match.groups()
    if len(core) < _MIN_HYPHENATED:
        return None
    points = [
        n
        for n in range(_MIN_BEFORE, len(core) - _MIN_AFTER + 1)
        if _syllable_ends(core.lower(), n) and len(before) + n + 1 <= room
    ]
    if not points:
        return None
    n = points[-1]
    return f"{before}{core[:n]}-", f"{core[n:]}{after}", True


def _syllable_ends(word: str, n: int) -> bool:
    """Whether a syllable may end before the word's n-th letter: between two consonants
    ("ac-tion", "lit-tle") or before one between two vowels ("infla-tion"), with a vowel on
    each side that is sounded (not "upda-tes")."""
    rest = word[n:]
    for ending in _SILENT_ENDINGS:
        if rest.endswith(ending) and len(rest) > len(ending):
            rest = rest[: -len(ending)]
            break
    if not (_VOWELS & set(word[:n]) and _VOWELS & set(rest)):
        return False
    left, right = word[n - 1], word[n]
    if right in _VOWELS:
        return False
    if left not in _VOWELS:
        return word[n - 1 : n + 1] not in _DIGRAPHS
    return n + 1 < len(word) and word[n + 1] in _VOWELS


@dataclass
class HyphenTally:
    """How the line-end hyphens of a width's pastes came out: per kind, per outcome."""

    counts: dict[tuple[bool, str], int]

    def add(self, soft: bool, outcome: str) -> None:
        self.counts[(soft, outcome)] = self.counts.get((soft, outcome), 0) + 1

    def rows(self, width: int) -> list[list[object]]:
        soft = [self.counts.get((True, o), 0) for o in ("dropped", "kept", "apart")]
        hard = [self.counts.get((False, o), 0) for o in ("dropped", "kept", "apart")]
        soft_joined, hard_joined = soft[0] + soft[1], hard[0] + hard[1]
        return [
            [f"every hyphen kept, {width}", *_hyphen_cells(0, sum(soft), 0, sum(hard), soft)],
            [
                f"every hyphen dropped, {width}",
                *_hyphen_cells(soft_joined, sum(soft), hard_joined, sum(hard), soft),
            ],
            [f"Sift, {width}", *_hyphen_cells(soft[0], sum(soft), hard[0], sum(hard), soft)],
        ]


def _hyphen_cells(
    restored: int, soft: int, unhyphenated: int, hard: int, outcomes: list[int]
) -> list[object]:
    return [
        f"{restored}/{soft} ({restored / max(1, soft):.1%})",
        f"{unhyphenated}/{hard} ({unhyphenated / max(1, hard):.1%})",
        outcomes[2],
    ]


def hyphen_outcomes(paste: str, joined: str, breaks: list[Break]) -> list[str]:
    """What unwrapping made of each line-end hyphen: "dropped", "kept", "apart" (left a line
    break) or "lost" (not found). Filled lines have no space at either end, so a join takes
    away only the line break and, with it, a hyphen: each line is looked for where it must be,
    give or take the hyphens of the text's own that ended a line ("pre-\nand post-war")."""
    lines = paste.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    outcomes: list[str] = []
    shift = 0  # characters the joins before a line took away
    for each in breaks:
        tail, head = lines[each.line][:-1], lines[each.line + 1].removesuffix("-")
        pattern = re.compile(f"{re.escape(tail)}(-\n|-|){re.escape(head)}")
        at = starts[each.line] - shift
        end = at + len(tail) + 2 + len(head)
        if not (found := list(pattern.finditer(joined, max(0, at - _DRIFT), end))):
            outcomes.append("lost")
            continue
        match = found[-1]
        gap = match.group(1)
        outcomes.append("apart" if "\n" in gap else "kept" if gap else "dropped")
        shift = starts[each.line] - match.start() + 2 - len(gap)
    return outcomes


def sift(text: str) -> tuple[str, ...] | None:
    return _answer(lambda: summarize_text(text).summary)


def no_unwrapping(text: str) -> tuple[str, ...] | None:
    return _answer(lambda: summarize_article(split_title(text)).summary)


def _answer(run: Callable[[], tuple[object, ...]]) -> tuple[str, ...] | None:
    try:
        return tuple(getattr(s, "text") for s in run())  # noqa: B009 (Sentence.text)
    except SummarizerError:
        return None


@dataclass
class Tally:
    texts: int = 0
    same: int = 0
    wanted: int = 0
    kept: int = 0
    shown: int = 0
    fragments: int = 0
    errors: int = 0

    def add(
        self, original: tuple[str, ...], sentences: set[str], got: tuple[str, ...] | None
    ) -> None:
        self.texts += 1
        self.wanted += len(original)
        if got is None:
            self.errors += 1
            return
        self.same += got == original
        self.kept += len(set(original) & set(got))
        self.shown += len(got)
        self.fragments += sum(_spaced(s) not in sentences for s in got)

    def row(self, name: str) -> list[object]:
        return [
            name,
            self.texts,
            f"{self.same} ({self.same / self.texts:.0%})",
            f"{self.kept}/{self.wanted} ({self.kept / self.wanted:.0%})",
            f"{self.fragments}/{self.shown} ({self.fragments / max(1, self.shown):.1%})",
            self.errors,
        ]


def _spaced(sentence: str) -> str:
    """A sentence's words, one space apart: filling lines joins a double space to one."""
    return " ".join(sentence.split())


def texts(limit: int | None) -> dict[str, str]:
    found = {f"cnndm {n}": row["article"] for n, row in enumerate(summarization_rows("frank"))}
    ground = json.loads((PAGES / "ground-truth.json").read_text(encoding="utf-8"))
    for key in sorted(ground):
        found[f"page {key[:10]}"] = visible_text(
            gzip.decompress((PAGES / "html" / f"{key}.html.gz").read_bytes())
        )
    return dict(list(found.items())[:limit])


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N texts")
    parser.add_argument(
        "--hyphens", action="store_true", help="fill lines as a PDF is typeset, words hyphenated"
    )
    args = parser.parse_args(argv)
    engines: dict[str, Engine] = {"Sift": sift, "no unwrapping": no_unwrapping}
    tallies = {(name, width): Tally() for name in engines for width in WIDTHS}
    hyphens = {width: HyphenTally({}) for width in WIDTHS}
    changed = 0
    for text in texts(args.limit).values():
        original = no_unwrapping(text)
        if original is None:
            continue
        changed += sift(text) != original
        sentences = {_spaced(s) for s in (*split_sentences(text), *original)}
        for width in WIDTHS:
            if args.hyphens:
                paste, breaks = hyphenated(text, width)
                outcomes = hyphen_outcomes(paste, unwrapped(paste), breaks)
                for each, outcome in zip(breaks, outcomes, strict=True):
                    hyphens[width].add(each.soft, outcome)
            else:
                paste = wrapped(text, width)
            for name, engine in engines.items():
                tallies[(name, width)].add(original, sentences, engine(paste))
    headers = ["engine, width", "texts", "same answer", "sentences kept", "fragments", "errors"]
    rows = [tally.row(f"{name}, {width}") for (name, width), tally in tallies.items()]
    print_table(headers, rows)
    print(f"\nunwrapped text changed by Sift: {changed}")
    if args.hyphens:
        print()
        headers = ["hyphens, width", "words restored", "compounds unhyphenated", "kept apart"]
        print_table(headers, [row for width in WIDTHS for row in hyphens[width].rows(width)])
        lost = sum(t.counts.get((k, "lost"), 0) for t in hyphens.values() for k in (True, False))
        if lost:
            print(f"\nline-end hyphens not found in the joined text: {lost}")


if __name__ == "__main__":
    main()
