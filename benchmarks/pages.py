"""The engine on real pages: what a reader gets back for the 181 pages of the extraction benchmark.

Run: python -m benchmarks.pages [--limit N] [--show]

Each page is sent the two ways a user sends an article:

- *link*: the page is served by a real HTTP server on 127.0.0.1 (``text/html``, the page's
  bytes as archived, no charset in the header) and summarized by ``summarize_url``;
- *pasted*: the page's visible text, as a browser's select-all and copy gives it
  (``visible_text`` below), is summarized by ``summarize_text``.

What is counted, per path (the definitions the figures stand on):

- *word tokens* are the lower-cased ``\\w+`` runs of a text (each Chinese or Japanese character
  on its own, as those scripts do not space words); a sentence is *in* a text when some
  stretch of that text at most twice the sentence's length (2n tokens for n) holds at least
  80% of the sentence's tokens, counted with repeats. A stretch rather than the whole text's
  word set, so that a wrapper sentence made of common words is not "in" a long article just
  because each of its words occurs somewhere in it.
- *answer sentences*: the summary's sentences, a listicle's item headings and the flagged
  claims (unique texts); one is
  *leaked* when it is not in the ground-truth article body. "Claims only" counts the leaked
  sentences that reach the answer as flagged claims but are not in the summary.
- *ground-truth sentences*: the article body's sentences (the engine's own splitter) of at
  least 8 tokens; shorter ones match by chance too easily to be counted either way.
- *not received*: ground-truth sentences that are not in the text the engine was given (the
  text trafilatura extracted for a link; the pasted text) - the extractor's loss, or the
  renderer's.
- *rows of figures*: ground-truth "sentences" that are rows of a table of figures the engine
  takes out before anything else (a standings table's "1 Kyle Busch 5040 5 1 17 27"): no
  prose to summarize, and no loss of the cleaner's.
- *lost*: ground-truth sentences that are in the received text, not in a table's rows, but not
  in the body the engine split into sentences, i.e. that the cleaner removed (or took as the
  headline). The body is rebuilt through the public functions ``summarize_article`` uses
  (``without_figure_rows``, ``clean_text``, ``split_title``, ``plain_article``) and checked
  against the summary's sentence count; a mismatch is reported.
  Lost sentences are counted on every page the cleaner ran on, including pages that then ended
  in ``NotAnArticle``, since removing the whole article is the cleaner's loss too.
- *errors*: the exception class of every page that did not give a summary.
- *time*: wall time of one ``summarize_url`` (fetch from 127.0.0.1 included) or
  ``summarize_text`` call, one page at a time, after one untimed warm-up call per path; error
  pages are timed too, since a user waited for them.
"""

from __future__ import annotations

import argparse
import asyncio
import gzip
import hashlib
import json
import math
import re
import statistics
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import lxml.html  # type: ignore[import-untyped]

from benchmarks.common import print_table, shared_data
from summarizer import FetchPolicy, Summary, summarize_text, summarize_url
from summarizer.clean import clean_text, without_figure_rows
from summarizer.errors import SummarizerError
from summarizer.extract import Article, extract_html, plain_article, split_title
from summarizer.fetch import decode, fetch_page
from summarizer.sentences import split_sentences

DATA = shared_data() / "extraction"
SHARE = 0.8
MIN_TRUTH_WORDS = 8
POLICY = FetchPolicy(allow_private=True)

# -- the browser's copy of a page ---------------------------------------------------------------

# Never rendered, or rendered as something that is not text (a browser copies none of it).
_UNRENDERED = frozenset(
    {"head", "script", "style", "noscript", "template", "iframe", "object", "embed", "svg"}
    | {"canvas", "audio", "video", "select", "datalist", "option"}
)
# Blocks: a line break before and after. Chromium's copy adds an empty line after paragraphs
# and headings (TextIterator's "extra newline" for p and h1-h6), as innerText does for p.
_BLOCKS = frozenset(
    {"address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dir"}
    | {"div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "header"}
    | {"hgroup", "hr", "html", "legend", "li", "main", "menu", "nav", "ol", "pre", "section"}
    | {"summary", "table", "thead", "tbody", "tfoot", "tr", "caption", "ul"}
)
_PARAGRAPHS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6"})
_CELLS = frozenset({"td", "th"})
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_DISPLAY = re.compile(r"display\s*:\s*([a-z-]+)", re.I)
_COLLAPSIBLE = re.compile(r"[ \t\n\r\f]+")
_EDGE = 0  # an inline element starts or ends here: no break by itself


def visible_text(html: bytes) -> str:
    """The page's text as select-all and copy in a browser gives it, without running scripts.

    What CSS hides through a class (modal dialogs, menus) cannot be known without the style
    sheets, so it is kept: the pasted text is, if anything, noisier than a real copy.
    """
    text = decode(html)
    root = lxml.html.document_fromstring(
        text.encode("utf-8"), parser=lxml.html.HTMLParser(encoding="utf-8", huge_tree=True)
    )
    return _assemble(_pieces(root))


def _pieces(root: lxml.html.HtmlElement) -> Iterator[str | int]:
    """Text runs, and required line breaks as ints (innerText's "required line break count").

    A walk with its own stack: real pages nest deeper than Python's recursion limit allows.
    Each entry is an element, whether it is being closed, and whether its tail is shown (the
    text after a closed <details>' summary is not).
    """
    stack: list[tuple[lxml.html.HtmlElement, bool, bool]] = [(root, False, False)]
    while stack:
        element, closing, with_tail = stack.pop()
        tag = element.tag.lower() if isinstance(element.tag, str) else None
        if closing or tag is None or _hidden(element, tag):  # None: comments, instructions
            if closing:
                yield from _after(element)
            if with_tail and element.tail:
                yield _COLLAPSIBLE.sub(" ", element.tail)
            continue
        display = _display(element, tag)
        if display in ("block", "paragraph"):
            yield 2 if display == "paragraph" else 1
        elif display == "inline":
            yield _EDGE
        if tag == "br":
            yield "\n"
        stack.append((element, True, with_tail))
        if tag == "details" and "open" not in element.attrib:  # only the summary shows
            summaries = [c for c in element if isinstance(c.tag, str) and c.tag == "summary"]
            stack.extend((child, False, False) for child in reversed(summaries))
            continue
        if element.text:
            if tag == "pre":
                yield from _preformatted(element.text)
            else:
                yield _COLLAPSIBLE.sub(" ", element.text)
        stack.extend((child, False, True) for child in reversed(element))


def _after(element: lxml.html.HtmlElement) -> Iterator[str | int]:
    tag = element.tag.lower()
    display = _display(element, tag)
    if display == "cell":
        yield "\t"
    elif display in ("block", "paragraph"):
        yield 2 if display == "paragraph" else 1
    else:
        yield _EDGE


def _hidden(element: lxml.html.HtmlElement, tag: str) -> bool:
    if tag in _UNRENDERED or "hidden" in element.attrib:
        return True
    if tag == "input" and element.get("type", "").lower() == "hidden":
        return True
    if tag == "dialog" and "open" not in element.attrib:
        return True
    return bool(_HIDDEN_STYLE.search(element.get("style", "")))


def _display(element: lxml.html.HtmlElement, tag: str) -> str:
    """How the element lays out: an inline style's display wins over the tag's default."""
    if declared := _DISPLAY.search(element.get("style", "")):
        value = declared.group(1).lower()
        if value.startswith("inline"):
            return "inline"
        if value == "table-cell":
            return "cell"
        return "paragraph" if tag in _PARAGRAPHS else "block"
    if tag in _PARAGRAPHS:
        return "paragraph"
    if tag in _BLOCKS:
        return "block"
    return "cell" if tag in _CELLS else "inline"


def _preformatted(text: str) -> Iterator[str]:
    lines = text.split("\n")
    for n, line in enumerate(lines):
        if n:
            yield "\n"
        yield line


def _assemble(pieces: Iterator[str | int]) -> str:
    """Join runs; breaks in a row count once (the largest), and none at the very start or end.

    Where an inline element's edge glues a lower-case word to a capitalised one
    ("…Student-Athlete</strong><em>A 24-year-old…"), no language writes that as one word: the
    page's style sheet sets the two apart, as blocks in every case seen, so the copy gets a line
    break there. A drop cap ("<span>T</span>he") glues one letter and is left alone.
    """
    out: list[str] = []
    pending = 0
    edge = False
    for piece in pieces:
        if piece == _EDGE:
            edge = True
            continue
        if isinstance(piece, int):
            pending = max(pending, piece)
            continue
        if not piece.strip(" ") and piece != "\n" and (pending or not out):
            continue  # collapsible white space at the start of a line is not rendered
        if edge and not pending and out and _glued(out[-1], piece):
            pending = 1
        edge = False
        if pending and out:
            out.append("\n" * pending)
        pending = 0
        out.append(piece)
    lines = (re.sub(r" {2,}", " ", line).strip(" \t") for line in "".join(out).split("\n"))
    return "\n".join(lines).strip("\n")


def _glued(before: str, after: str) -> bool:
    return (
        len(before) >= 2 and before[-1].islower() and before[-2].isalpha() and after[:1].isupper()
    )


# -- "is this sentence in that text" ------------------------------------------------------------


# Chinese and Japanese are written without spaces: each of their characters is a token, or a
# whole clause would be one "word" and one changed space would lose it.
_UNSPACED = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_TOKEN = re.compile(rf"[{_UNSPACED}]|[^\W{_UNSPACED}]+")


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.lower())


@dataclass(frozen=True)
class TextIndex:
    """A text's word tokens in order, and where each token occurs."""

    words: list[str]
    positions: dict[str, list[int]]

    @classmethod
    def of(cls, text: str) -> TextIndex:
        words = tokens(text)
        positions: dict[str, list[int]] = {}
        for n, word in enumerate(words):
            positions.setdefault(word, []).append(n)
        return cls(words, positions)

    def holds(self, sentence: str) -> bool:
        """At least 80% of the sentence's tokens within a stretch of twice its length."""
        wanted = Counter(tokens(sentence))
        n = sum(wanted.values())
        if n == 0:
            return True
        need = math.ceil(SHARE * n)
        found = {t: min(c, len(self.positions.get(t, ()))) for t, c in wanted.items()}
        if sum(found.values()) < need:
            return False
        # Any stretch that holds `need` tokens holds one of the rarest tokens whose repeats add
        # up to more than the tokens it may miss, so only stretches around those are scanned.
        budget = n - need - sum(c for t, c in wanted.items() if not found[t])
        anchors: list[int] = []
        covered = 0
        for word in sorted((t for t in wanted if found[t]), key=lambda t: len(self.positions[t])):
            anchors.extend(self.positions[word])
            covered += wanted[word]
            if covered > budget:
                break
        width = 2 * n
        spans: list[list[int]] = []
        for anchor in sorted(anchors):
            low, high = max(0, anchor - width + 1), min(len(self.words), anchor + width)
            if spans and low <= spans[-1][1]:
                spans[-1][1] = max(spans[-1][1], high)
            else:
                spans.append([low, high])
        return any(self._best(low, high, width, wanted, need) for low, high in spans)

    def _best(self, low: int, high: int, width: int, wanted: Counter[str], need: int) -> bool:
        have: Counter[str] = Counter()
        overlap = 0
        for j in range(low, high):
            word = self.words[j]
            if word in wanted:
                have[word] += 1
                if have[word] <= wanted[word]:
                    overlap += 1
            if j - low >= width:
                gone = self.words[j - width]
                if gone in wanted:
                    if have[gone] <= wanted[gone]:
                        overlap -= 1
                    have[gone] -= 1
            if overlap >= need:
                return True
        return False


# -- one page through one path ------------------------------------------------------------------


@dataclass
class PageResult:
    page: str
    elapsed_ms: float
    error: str | None = None
    answer: list[str] = field(default_factory=list)
    leaked: list[str] = field(default_factory=list)
    leaked_claims: list[str] = field(default_factory=list)  # flagged, but not in the summary
    truth: int = 0
    not_received: list[str] = field(default_factory=list)
    lost: list[tuple[str, str]] = field(default_factory=list)  # sentence, the removed line
    in_figure_rows: list[str] = field(default_factory=list)  # taken out as a table's rows
    mismatch: bool = False


@dataclass(frozen=True)
class RebuiltBody:
    """What summarize_article made of the text it was given, step by step."""

    without_figures: str  # after the rows of tables of figures are taken out
    body: str  # what it split into sentences
    removed: tuple[str, ...]  # what its cleaner removed


def summarized_body(article: Article) -> RebuiltBody:
    """The text summarize_article splits into sentences, rebuilt as it does: the rows of a
    table of figures out first (a standings table's "1 Kyle Busch 5040 5 1 17 27" is no
    sentence to summarize, nor one the cleaner lost), then the cleaner."""
    text = article.text.replace("\r\n", "\n").replace("\r", "\n")
    without_figures = without_figure_rows(text)
    cleaned = clean_text(without_figures, whole_page=not article.extracted)
    body = split_title(cleaned.text).text if article.title is None else cleaned.text
    return RebuiltBody(without_figures, body, cleaned.removed)


def judge(
    page: str,
    truth: str,
    elapsed_ms: float,
    outcome: Summary | str,
    received: Article | None,
) -> PageResult:
    """Score one page: the answer against the article, and the cleaner against what it got."""
    result = PageResult(page=page, elapsed_ms=elapsed_ms)
    article = TextIndex.of(truth)
    if isinstance(outcome, str):
        result.error = outcome
    else:
        summary = [s.text for s in outcome.summary]
        shown = summary + list(outcome.items) + [s.text for s in outcome.flagged_claims]
        result.answer = list(dict.fromkeys(shown))
        result.leaked = [s for s in result.answer if not article.holds(s)]
        result.leaked_claims = [s for s in result.leaked if s not in summary]
    if received is None:
        return result
    rebuilt = summarized_body(received)
    if isinstance(outcome, Summary):
        result.mismatch = len(split_sentences(rebuilt.body)) != outcome.stats.sentences
    given = TextIndex.of(received.text)
    tabled, kept = TextIndex.of(rebuilt.without_figures), TextIndex.of(rebuilt.body)
    sentences = [s for s in split_sentences(truth) if len(tokens(s)) >= MIN_TRUTH_WORDS]
    result.truth = len(sentences)
    for sentence in sentences:
        if not given.holds(sentence):
            result.not_received.append(sentence)
        elif not tabled.holds(sentence):
            result.in_figure_rows.append(sentence)
        elif not kept.holds(sentence):
            result.lost.append((sentence, _removed_line(sentence, rebuilt.removed)))
    return result


def _removed_line(sentence: str, removed: tuple[str, ...]) -> str:
    """The removed entry that shares most words with a lost sentence, for --show."""
    wanted = set(tokens(sentence))
    best = max(removed, key=lambda line: len(wanted & set(tokens(line))), default="")
    return best if best and len(wanted & set(tokens(best))) * 2 >= len(wanted) else ""


@contextmanager
def serve(pages: dict[str, bytes]) -> Iterator[str]:
    """Every page at /<id> on 127.0.0.1, as a site would send it."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = pages.get(self.path.lstrip("/"))
            if body is None:
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


async def link_path(pages: dict[str, bytes], truth: dict[str, str]) -> list[PageResult]:
    results: list[PageResult] = []
    with serve(pages) as base:
        first = next(iter(pages))
        await _link_outcome(f"{base}/{first}")  # warm-up: lazy imports and models
        for key in pages:
            url = f"{base}/{key}"
            started = time.perf_counter()
            outcome = await _link_outcome(url)
            elapsed = (time.perf_counter() - started) * 1000
            results.append(judge(key, truth[key], elapsed, outcome, await _extracted(url)))
    return results


async def _link_outcome(url: str) -> Summary | str:
    try:
        return await summarize_url(url, policy=POLICY)
    except SummarizerError as error:
        return type(error).__name__


async def _extracted(url: str) -> Article | None:
    """What summarize_url handed to summarize_article: the same fetch, the same extraction."""
    try:
        page = await fetch_page(url, POLICY)
        return extract_html(page.text, page.url) if page.is_html else plain_article(page.text)
    except SummarizerError:
        return None


def paste_path(pages: dict[str, bytes], truth: dict[str, str]) -> list[PageResult]:
    texts = {key: visible_text(html) for key, html in pages.items()}
    _paste_outcome(texts[next(iter(texts))])  # warm-up
    results: list[PageResult] = []
    for key, text in texts.items():
        started = time.perf_counter()
        outcome = _paste_outcome(text)
        elapsed = (time.perf_counter() - started) * 1000
        results.append(judge(key, truth[key], elapsed, outcome, plain_article(text)))
    return results


def _paste_outcome(text: str) -> Summary | str:
    try:
        return summarize_text(text)
    except SummarizerError as error:
        return type(error).__name__


# -- the report ---------------------------------------------------------------------------------


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "-"


def _quantile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, math.ceil(q * len(ordered)) - 1)]


def report(paths: dict[str, list[PageResult]], show: bool) -> None:
    rows: list[list[object]] = []
    errors: list[list[object]] = []
    for name, results in paths.items():
        answer = sum(len(r.answer) for r in results)
        leaked = sum(len(r.leaked) for r in results)
        truth = sum(r.truth for r in results)
        missing = sum(len(r.not_received) for r in results)
        tables = sum(len(r.in_figure_rows) for r in results)
        lost = sum(len(r.lost) for r in results)
        times = [r.elapsed_ms for r in results]
        failed = sum(r.error is not None for r in results)
        rows.append(
            [
                name,
                len(results),
                failed,
                answer,
                leaked,
                _percent(leaked, answer),
                sum(len(r.leaked_claims) for r in results),
                truth,
                missing,
                tables,
                lost,
                _percent(lost, truth - missing - tables),
                f"{statistics.median(times):.0f}",
                f"{_quantile(times, 0.95):.0f}",
                f"{max(times):.0f}",
            ]
        )
        kinds = Counter(r.error for r in results if r.error is not None)
        errors.extend([name, kind, count] for kind, count in kinds.most_common())
        if mismatched := [r.page[:10] for r in results if r.mismatch]:
            print(f"warning: {name}: rebuilt body differs from the summary on {mismatched}")
    pages = len(next(iter(paths.values())))
    print(f"The engine on {pages} real pages (Scrapinghub article-extraction benchmark)\n")
    print_table(
        [
            "path",
            "pages",
            "errors",
            "answer sentences",
            "leaked",
            "leaked %",
            "of them claims only",
            "truth sentences",
            "not received",
            "rows of figures",
            "lost by cleaning",
            "lost %",
            "p50 ms",
            "p95 ms",
            "max ms",
        ],
        rows,
    )
    print(
        "\nleaked % = leaked / answer sentences; lost % = lost / truth sentences received and"
        " not taken out as rows of a table of figures"
        f" (truth sentences: article-body sentences of >= {MIN_TRUTH_WORDS} words)\n"
    )
    print_table(["path", "error", "pages"], errors or [["-", "none", 0]])
    if show:
        _show(paths)


def _show(paths: dict[str, list[PageResult]]) -> None:
    for name, results in paths.items():
        print(f"\n## {name}: errors and leaked sentences (claim: shown as a flagged claim only)\n")
        for r in results:
            if r.error:
                print(f"ERROR {r.page[:10]} {r.error}")
            for sentence in r.leaked:
                kind = "claim" if sentence in r.leaked_claims else "summary"
                print(f"LEAK {r.page[:10]} {kind:7} {sentence}")
        print(f"\n## {name}: lost\n")
        for r in results:
            for sentence, line in r.lost:
                where = f"removed: {line[:300]}" if line else "not in a removed line"
                print(f"LOST {r.page[:10]} {sentence}\n     <- {where}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages")
    parser.add_argument("--show", action="store_true", help="print leaked and lost sentences")
    parser.add_argument(
        "--half",
        choices=("tune", "check"),
        default=None,
        help="only the pages whose id hashes even (tune) or odd (check): tune rules on one half,"
        " check them on the other",
    )
    parser.add_argument("--path", choices=("link", "pasted"), default=None, help="one path only")
    args = parser.parse_args(argv)
    ground = json.loads((DATA / "ground-truth.json").read_text(encoding="utf-8"))
    keys = [k for k in sorted(ground) if args.half is None or half(k) == args.half]
    keys = keys[: args.limit]
    pages = {k: gzip.decompress((DATA / "html" / f"{k}.html.gz").read_bytes()) for k in keys}
    truth = {k: str(ground[k]["articleBody"]) for k in keys}
    run: dict[str, Callable[[], list[PageResult]]] = {
        "link": lambda: asyncio.run(link_path(pages, truth)),
        "pasted": lambda: paste_path(pages, truth),
    }
    report({name: path() for name, path in run.items() if args.path in (None, name)}, args.show)


def half(key: str) -> str:
    """The half a page belongs to, fixed by its id alone."""
    return "tune" if hashlib.sha256(key.encode()).digest()[0] % 2 == 0 else "check"


if __name__ == "__main__":
    main()
