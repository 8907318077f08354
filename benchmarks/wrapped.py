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
"""

from __future__ import annotations

import argparse
import gzip
import json
import textwrap
from collections.abc import Callable
from dataclasses import dataclass

from benchmarks.common import SHARED, print_table, summarization_rows
from benchmarks.pages import visible_text
from summarizer import SummarizerError, summarize_article, summarize_text
from summarizer.extract import split_title
from summarizer.sentences import split_sentences

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
    args = parser.parse_args(argv)
    engines: dict[str, Engine] = {"Sift": sift, "no unwrapping": no_unwrapping}
    tallies = {(name, width): Tally() for name in engines for width in WIDTHS}
    changed = 0
    for text in texts(args.limit).values():
        original = no_unwrapping(text)
        if original is None:
            continue
        changed += sift(text) != original
        sentences = {_spaced(s) for s in (*split_sentences(text), *original)}
        for width in WIDTHS:
            paste = wrapped(text, width)
            for name, engine in engines.items():
                tallies[(name, width)].add(original, sentences, engine(paste))
    headers = ["engine, width", "texts", "same answer", "sentences kept", "fragments", "errors"]
    rows = [tally.row(f"{name}, {width}") for (name, width), tally in tallies.items()]
    print_table(headers, rows)
    print(f"\nunwrapped text changed by Sift: {changed}")


if __name__ == "__main__":
    main()
