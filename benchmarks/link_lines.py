"""Real pages pasted with their links' text on lines of their own.

Run: python -m benchmarks.link_lines [--limit N] [--show]

Some copies of a page (reader modes, mobile share sheets, a page whose links are styled
``display: block``, text a screen reader extracts) set each inline element on a line of its
own, breaking its sentence there: "Officials told\\nReuters\\nthat the plan …". Each of the 181
real pages of the extraction benchmark is copied as a browser's select-all gives it
(``benchmarks.pages.visible_text``, the *clean* copy) and, from the same tree, with every
element of a kind that stands in running text (a parent with letters of its own around it) laid
out as a block, two ways:

- *links*: every such ``<a>``;
- *links and emphasis*: every such ``<a>``, ``<b>``, ``<strong>``, ``<i>`` and ``<em>``.

Each copy is summarized two ways in the same run: *Sift* (``summarize_text``, which joins the
broken lines, ``summarizer.inline_breaks``) and *without the repair* (the same engine given the
lines as they are: ``summarize_article`` on the unwrapped, title-split text, the paste path as
it was). What is counted against Sift's answer for the page's clean copy:

- *same answer*: copies whose summary sentences are exactly the clean copy's;
- *sentences kept*: the clean answer's summary sentences found, word for word, in the copy's;
- *fragments*: summary sentences of the copy's answer that are no sentence of the clean copy
  nor of its answer (pieces of one, or two run together), spaces aside;
- *refused*: copies refused (``NotAnArticle``) although the clean copy was summarized.

The clean copies are summarized both ways too: the repair must leave them as they are ("clean
copies changed" counts those whose answer differs from the one without the repair).
"""

from __future__ import annotations

import argparse
import gzip
import json
from collections.abc import Callable

import lxml.html  # type: ignore[import-untyped]

from benchmarks.common import print_table
from benchmarks.pages import DATA, parsed, rendered_text
from benchmarks.wrapped import Tally, _answer, _spaced
from summarizer import summarize_article, summarize_text
from summarizer.extract import split_title
from summarizer.sentences import split_sentences
from summarizer.wrapping import unwrapped

MODES = {
    "links": ("a",),
    "links and emphasis": ("a", "b", "strong", "i", "em"),
}
Engine = Callable[[str], tuple[str, ...] | None]


def copies(html: bytes) -> dict[str, str]:
    """The page's clean copy, and its copy in each mode."""
    found = {"clean": rendered_text(parsed(html))}
    for mode, tags in MODES.items():
        root = parsed(html)
        for element in [e for e in root.iter(*tags) if in_running_text(e)]:
            element.set("style", f"display:block;{element.get('style', '')}")
        found[mode] = rendered_text(root)
    return found


def in_running_text(element: lxml.html.HtmlElement) -> bool:
    """An element set in its parent's own words, as a link in a sentence is (not one of a
    menu's links, which stand alone or between separators)."""
    parent = element.getparent()
    if parent is None:
        return False
    around = [parent.text or "", *(child.tail or "" for child in parent)]
    return any(char.isalpha() for text in around for char in text)


def sift(text: str) -> tuple[str, ...] | None:
    return _answer(lambda: summarize_text(text).summary)


def without_repair(text: str) -> tuple[str, ...] | None:
    return _answer(lambda: summarize_article(split_title(unwrapped(text))).summary)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages")
    parser.add_argument("--show", action="store_true", help="print each copy that differs")
    args = parser.parse_args(argv)
    ground = json.loads((DATA / "ground-truth.json").read_text(encoding="utf-8"))
    engines: dict[str, Engine] = {"Sift": sift, "without the repair": without_repair}
    tallies = {(name, mode): Tally() for name in engines for mode in MODES}
    changed: list[str] = []
    for key in sorted(ground)[: args.limit]:
        texts = copies(gzip.decompress((DATA / "html" / f"{key}.html.gz").read_bytes()))
        clean = texts.pop("clean")
        original = sift(clean)
        if original != without_repair(clean):
            changed.append(key[:10])
        if original is None:
            continue
        sentences = {_spaced(s) for s in (*split_sentences(clean), *original)}
        for mode, text in texts.items():
            for name, engine in engines.items():
                got = engine(text)
                tallies[(name, mode)].add(original, sentences, got)
                if args.show and name == "Sift" and got != original:
                    _show(key, mode, original, got)
    headers = ["engine, copy", "pages", "same answer", "sentences kept", "fragments", "refused"]
    rows = [tally.row(f"{name}, {mode}") for (name, mode), tally in tallies.items()]
    print_table(headers, rows)
    print(f"\nclean copies changed by the repair: {len(changed)} {changed or ''}")


def _show(key: str, mode: str, original: tuple[str, ...], got: tuple[str, ...] | None) -> None:
    print(f"\n## {key[:10]} {mode}: {'refused' if got is None else 'differs'}")
    for sentence in original:
        if got is None or sentence not in got:
            print(f"  - {sentence}")
    for sentence in got or ():
        if sentence not in original:
            print(f"  + {sentence}")


if __name__ == "__main__":
    main()
