"""Main text and metadata of a web page (trafilatura), or title and body of pasted text."""

from __future__ import annotations

import re
from dataclasses import dataclass

import trafilatura
from trafilatura.settings import Document

from summarizer.errors import NotAnArticle, Paywalled
from summarizer.sentences import words


@dataclass(frozen=True, slots=True)
class Article:
    text: str
    title: str | None = None
    author: str | None = None
    date: str | None = None
    language: str | None = None
    url: str | None = None
    # trafilatura chose the main text already: no page chrome around it to cut away
    extracted: bool = False


_HTML_START = re.compile(r"^\s*(?:<!doctype\s+html|<html\b|<head\b|<body\b|<article\b)", re.I)
_PAYWALL = re.compile(
    r"subscribe to (?:continue|read)|(?:log|sign) ?in to (?:continue|read)|"
    r"this (?:article|content) is (?:for|only available to) (?:subscribers|members)|"
    r"already a subscriber\?|to continue reading,? (?:please )?(?:subscribe|log in|sign in)",
    re.I,
)
_TITLE_MAX_WORDS = 25
_PAYWALL_MAX_WORDS = 150


def looks_like_html(text: str) -> bool:
    return bool(_HTML_START.match(text[:2000]))


def extract_html(html: str | bytes, url: str | None = None) -> Article:
    """The article in a page; trafilatura does the work, Sift only judges the result."""
    document = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
    )
    if not isinstance(document, Document) or not (document.text or "").strip():
        raise NotAnArticle(f"trafilatura found no main text at {url}")
    text = document.text or ""
    if len(words(text)) < _PAYWALL_MAX_WORDS and _PAYWALL.search(text):
        raise Paywalled(f"paywall prompt in a short page at {url}")
    title = _clean_title(document.title, document.sitename)
    return Article(
        text=_drop_leading_title(text, title),
        title=title,
        author=document.author or None,
        date=document.date or None,
        language=document.language or _html_lang(html),
        url=document.url or url,
        extracted=True,
    )


def split_title(text: str) -> Article:
    """Pasted text: a short first line without end punctuation is the headline."""
    lines = text.strip().split("\n")
    first = lines[0].strip() if lines else ""
    rest = "\n".join(lines[1:]).strip()
    count = len(words(first))
    if rest and 2 <= count <= _TITLE_MAX_WORDS and not _ends_in_punctuation(first):
        return Article(text=rest, title=first)
    return Article(text=text.strip())


def _ends_in_punctuation(line: str) -> bool:
    """A stop, colon, semicolon or comma among the non-word characters that end the line.

    Read backwards from the end: the pattern [.!:;,]\\W*$ tried from every stop of a line of
    punctuation would read the rest of the line each time.
    """
    start = len(line)
    while start > 0 and not (line[start - 1].isalnum() or line[start - 1] == "_"):
        start -= 1
    return any(char in ".!:;," for char in line[start:])


def _clean_title(title: str | None, sitename: str | None) -> str | None:
    if not title:
        return None
    title = " ".join(title.split())
    if sitename:
        for separator in (" | ", " - ", " — ", " – ", " :: "):
            head, sep, tail = title.rpartition(separator)
            if sep and head and sitename.lower() in tail.lower():
                title = head
    return title or None


def _drop_leading_title(text: str, title: str | None) -> str:
    if not title:
        return text
    first, _, rest = text.partition("\n")
    if first.strip().lower() == title.lower() and rest.strip():
        return rest
    return text


_LANG_ATTR = re.compile(rb"<html[^>]*\blang=[\"']?([a-zA-Z]{2})", re.I)


def _html_lang(html: str | bytes) -> str | None:
    head = html[:4000].encode() if isinstance(html, str) else html[:4000]
    match = _LANG_ATTR.search(head)
    return match.group(1).decode().lower() if match else None
