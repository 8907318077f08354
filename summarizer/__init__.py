"""Sift's engine: an article's text or link in, a short summary with flagged claims out.

No Telegram here: the bot, the CLI and the benchmarks all use this same public API.
"""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import Sequence

import httpx

from summarizer.claims import classify_sentences, is_verification_note
from summarizer.clean import clean_text, without_figure_rows, without_lead_dateline
from summarizer.errors import (
    BlockedAddress,
    ConsentWall,
    FetchError,
    FetchTimeout,
    InvalidURL,
    NotAnArticle,
    Paywalled,
    SummarizerError,
    TooLarge,
    UnsupportedContent,
)
from summarizer.extract import Article, extract_html, looks_like_html, plain_article, split_title
from summarizer.factcheck import flag_checked, from_text
from summarizer.fetch import FetchPolicy, fetch_page
from summarizer.language import detect_language, prose_problem
from summarizer.listing import numbered_items, story_lines, without_number
from summarizer.models import ClaimStatus, Sentence, Stats, Summary
from summarizer.rank import prose_core, rank_sentences, summary_length
from summarizer.render import render_html, render_text
from summarizer.sentences import ends_as_sentence, split_sentences, words
from summarizer.topics import catalog, tag_topics
from summarizer.urls import without_tracking

__all__ = [
    "MAX_CLASSIFIED_SENTENCES",
    "BlockedAddress",
    "ClaimStatus",
    "ConsentWall",
    "FetchError",
    "FetchPolicy",
    "FetchTimeout",
    "InvalidURL",
    "NotAnArticle",
    "Paywalled",
    "Sentence",
    "SummarizerError",
    "Summary",
    "TooLarge",
    "UnsupportedContent",
    "catalog",
    "render_html",
    "render_text",
    "summarize_article",
    "summarize_page",
    "summarize_text",
    "summarize_url",
]

MAX_TEXT_CHARS = 400_000  # a paste over this is refused; a page's text is cut to it
MIN_ARTICLE_WORDS = 40
MIN_ARTICLE_SENTENCES = 2
MAX_SENTENCES = 10
MIN_CORE_SENTENCES = 3  # a run of prose shorter than this does not narrow the candidates
# Bounds that only text far from prose reaches (400,000 characters of news are a few thousand
# lines and 3,000 sentences): each line and sentence costs the rules a few microseconds however
# short it is, so 80,000 one-word lines would otherwise cost more than all the real text.
MAX_LINES = 10_000
MAX_PROCESSED_SENTENCES = 10_000
# Claim flags are read in context for the story's first 1,200 sentences (about 30,000 words,
# twice the longest long-form article): the claim rules are the engine's costliest step, and a
# hostile 400,000-character page must not spend seconds on them. A summary sentence outside
# what was read is read on its own, with the sentences before it, so none is shown unflagged.
MAX_CLASSIFIED_SENTENCES = 1_200
# Characters that show nothing, which copying from a page brings along: zero-width spaces, word
# joiners, byte-order marks, soft hyphens and direction marks are no part of any word and go
# ("said\u200b" is no "said" to any rule); a vertical tab or form feed (Word's line break), an
# information separator or a Unicode line or paragraph separator breaks a line, as str.split()
# took them to; other control bytes part words (a NUL kept "works.\0 Critics" one sentence).
# (The zero-width joiners that Persian, Indic scripts and emoji need stay.)
_FORMAT_CHARS = re.compile("[\u200b\u2060\ufeff\u00ad\u200e\u200f]")
_LINE_BREAKING = re.compile("[\x0b\x0c\x1c-\x1e\u2028\u2029]")
_CONTROL_BYTES = re.compile("[\x00-\x08\x0e-\x1b\x1f\x7f]")
CLAIM_CONTEXT = 3


def summarize_text(
    text: str,
    *,
    url: str | None = None,
    max_sentences: int | None = None,
    language: str | None = None,
) -> Summary:
    """Summarize pasted text (or a pasted HTML page). Pure and synchronous: run it off the loop."""
    if len(text) > MAX_TEXT_CHARS:
        raise TooLarge(f"{len(text)} characters")
    text = visible_text(text)
    article = extract_html(text, url) if looks_like_html(text) else plain_article(text)
    return summarize_article(article, url=url, max_sentences=max_sentences, language=language)


def summarize_article(
    article: Article,
    *,
    url: str | None = None,
    max_sentences: int | None = None,
    language: str | None = None,
) -> Summary:
    """The pipeline after extraction: clean, split, flag, rank, tag.

    Every path comes through here, so the bounds are kept here: a text longer than
    MAX_TEXT_CHARS (a long page; pastes that long were refused already), MAX_LINES lines or
    MAX_PROCESSED_SENTENCES sentences is summarized from its beginning up to those bounds, as a
    reader of a very long page would still want its summary, and text that is not language at
    all (random bytes, made-up words) is refused before any work is spent on it.
    """
    started = time.perf_counter()
    text = visible_text(article.text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")  # clean_text's line breaks
    text = without_figure_rows(_leading_text(text, MAX_TEXT_CHARS, MAX_LINES))
    if problem := prose_problem(text):
        raise NotAnArticle(problem)
    cleaned = clean_text(text, whole_page=not article.extracted)
    headline = visible_text(article.title).strip() if article.title else ""
    body = Article(text=cleaned.text) if headline else split_title(cleaned.text)
    title = headline or body.title
    sentences = split_sentences(body.text)[:MAX_PROCESSED_SENTENCES]
    word_count = len(words(body.text))
    if word_count < MIN_ARTICLE_WORDS or len(sentences) < MIN_ARTICLE_SENTENCES:
        raise NotAnArticle(f"{word_count} words in {len(sentences)} sentences after cleaning")
    lang = language or detect_language(body.text, hint=article.language)
    count = summary_length(len(sentences)) if max_sentences is None else max_sentences
    count = max(1, min(count, MAX_SENTENCES))
    lines = sum(1 for line in body.text.splitlines() if line.strip())
    # An extractor's text is already the story (its line-by-line core picked wrong stretches
    # of real pages more often than it removed chrome); a pasted page is not.
    core = (
        None
        if article.extracted
        else _summary_core(body.text, cleaned.gaps[max(0, len(cleaned.gaps) - lines) :], count)
    )
    if core is not None:  # (counted over the whole body: its sentences past the bound go)
        core = (core[0], min(core[1], len(sentences))) if core[0] < len(sentences) else None
    lead = core[0] if core else 0  # the story's first sentence: where its dateline stands
    sentences[lead] = without_lead_dateline(sentences[lead])
    classified, read = _classify_story(sentences, core)
    notes = frozenset(i for i, s in enumerate(classified) if is_verification_note(s))
    items = numbered_items(_story_text(text, sentences, core))
    listed = _listed(sentences, items)
    chosen = rank_sentences(
        sentences, count, title=title, language=lang, skip=notes | listed, core=core
    )
    if not chosen:
        raise NotAnArticle(f"no sentence of {len(sentences)} has words worth showing")
    for i in chosen:
        if i not in read:
            classified[i] = classify_sentences(sentences[max(0, i - CLAIM_CONTEXT) : i + 1])[-1]
    # The claims list holds the story's sentences: those of its run of prose, and of them,
    # outside the summary, only the ones that end as a sentence does (not a headline) or
    # state a claim the page fact-checks; then the checked claims no sentence states.
    start, end = core or (0, len(classified))
    checks = article.fact_checks or from_text(text)
    classified[start:end], stating, unstated = flag_checked(classified[start:end], checks)
    kept = frozenset(chosen) | {start + i for i in stating}
    return Summary(
        title=title,
        url=url or article.url,
        language=lang,
        summary=tuple(classified[i] for i in chosen),
        claims=(
            *(
                s
                for i, s in enumerate(classified[start:end], start)
                if s.status is not ClaimStatus.NONE and (i in kept or ends_as_sentence(s.text))
            ),
            *unstated,
        ),
        topics=tuple(tag_topics(body.text, title)),
        removed=cleaned.removed,
        stats=Stats(
            sentences=len(sentences),
            words=word_count,
            elapsed_ms=round((time.perf_counter() - started) * 1000, 1),
        ),
        items=items,
    )


def _story_text(text: str, sentences: Sequence[str], core: tuple[int, int] | None) -> str:
    """The story as it came, before cleaning (a list item with only a photo or a price under
    it is a short line the cleaner may take for chrome); of a pasted page, the lines of its
    run of prose."""
    if core is None:
        return text
    return story_lines(text, sentences[core[0]], sentences[core[1] - 1])


def _listed(sentences: Sequence[str], items: Sequence[str]) -> frozenset[int]:
    """The sentences that are a list item's heading, shown in the list, not the summary."""
    if not items:
        return frozenset()
    headings = set(items)
    return frozenset(i for i, s in enumerate(sentences) if without_number(s) in headings)


def _classify_story(
    sentences: Sequence[str], core: tuple[int, int] | None
) -> tuple[list[Sentence], range]:
    """Claim statuses for the story's sentences, in context, and which sentences were read.

    Only the story's run of prose (with a few sentences before it, for who is speaking) and
    at most MAX_CLASSIFIED_SENTENCES of it are read: the summary and the claims list come
    from there, and the claim rules are the engine's costliest step, which a pasted page's
    menus and teasers would otherwise pay for.
    """
    first, last = core or (0, len(sentences))
    start = max(0, first - CLAIM_CONTEXT)
    read = range(start, min(last, start + MAX_CLASSIFIED_SENTENCES))
    classified = [Sentence(text) for text in sentences]
    classified[read.start : read.stop] = classify_sentences(sentences[read.start : read.stop])
    return classified, read


def _summary_core(text: str, gaps: Sequence[int], count: int) -> tuple[int, int] | None:
    """The sentences the summary and the claims list come from: the article's run of prose
    (``prose_core``) when it holds enough sentences for a summary and most of the text's, or
    all of them.

    Outside the run are the standfirst, the other stories' teasers, captions and comments
    that the cleaner could not tell from the story line by line; a run too short to fill a
    summary is no evidence of where the story is.
    """
    core = prose_core(text, gaps)
    if core is None or core[1] - core[0] < max(count, MIN_CORE_SENTENCES):
        return None
    return core


def visible_text(text: str) -> str:
    """The text without the characters that show nothing (``_FORMAT_CHARS`` and control
    bytes), line breaks kept where such a character made one."""
    text = _FORMAT_CHARS.sub("", text)
    return _CONTROL_BYTES.sub(" ", _LINE_BREAKING.sub("\n", text))


def _leading_text(text: str, max_chars: int, max_lines: int) -> str:
    """The text, or its beginning: at most ``max_lines`` lines and ``max_chars`` characters,
    ending at a line break, a sentence end or a space when one is in the last half of them."""
    end = -1
    for _ in range(max_lines):
        end = text.find("\n", end + 1, max_chars)
        if end < 0:
            break
    else:
        return text[:end]
    if len(text) <= max_chars:
        return text
    for separator, keep in (("\n", 0), (". ", 1), (" ", 0)):
        cut = text.rfind(separator, max_chars // 2, max_chars)
        if cut >= 0:
            return text[: cut + keep]
    return text[:max_chars]


async def summarize_url(
    url: str,
    *,
    max_sentences: int | None = None,
    language: str | None = None,
    policy: FetchPolicy | None = None,
    client: httpx.AsyncClient | None = None,
) -> Summary:
    """Fetch a page and summarize it; the CPU-bound part runs in a worker thread."""
    page = await fetch_page(url, policy, client=client)
    return await asyncio.to_thread(
        summarize_page,
        page.text,
        url=page.url,
        is_html=page.is_html,
        max_sentences=max_sentences,
        language=language,
    )


def summarize_page(
    text: str,
    *,
    url: str,
    is_html: bool,
    max_sentences: int | None = None,
    language: str | None = None,
) -> Summary:
    """Summarize a page fetched from ``url``: the CPU-bound half of ``summarize_url``, kept
    separate so that the bot can fetch on its event loop and summarize in a worker process."""
    article = extract_html(text, url) if is_html else plain_article(visible_text(text))
    shown = without_tracking(url)  # (the link shown and pushed: no one's tracking tags)
    return summarize_article(article, url=shown, max_sentences=max_sentences, language=language)
