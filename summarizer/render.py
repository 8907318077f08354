"""Render a summary as Telegram HTML messages, or as the same message in plain text.

Both outputs come from one list of styled lines, so the CLI shows exactly what the chat shows.
Telegram refuses messages over 4,096 characters, so lines are packed into messages and never
cut inside a line unless the line alone is too long, in which case it is cut between sentences
(or, failing that, between words) and each piece is marked up on its own, so no tag is broken.
"""

from __future__ import annotations

import enum
import html
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from summarizer.claims import flagged_statements, is_verification_note
from summarizer.models import Sentence, Summary
from summarizer.sentences import split_sentences

MAX_MESSAGE_CHARS = 4096
FLAG = "⚠️"
UNVERIFIED_HEADING = "Unverified claims"
NO_FLAGS = "✅ No unverified claims flagged."


class Style(enum.Enum):
    PLAIN = "plain"
    BOLD = "bold"
    ITALIC = "italic"


@dataclass(frozen=True, slots=True)
class Span:
    text: str
    style: Style = Style.PLAIN
    link: str | None = None


Line = tuple[Span, ...]


def render_html(summary: Summary, *, max_chars: int = MAX_MESSAGE_CHARS) -> list[str]:
    """The Telegram messages (HTML parse mode) for a summary, each within ``max_chars``."""
    lines = [piece for line in summary_lines(summary) for piece in _fit(line, max_chars)]
    return pack_messages([_html_line(line) for line in lines], max_chars)


def render_text(summary: Summary) -> str:
    """The same message as plain text, for the CLI and logs."""
    return "\n".join(_text_line(line) for line in summary_lines(summary))


def summary_lines(summary: Summary) -> list[Line]:
    lines: list[Line] = []
    if summary.title:
        lines.append((Span(summary.title, Style.BOLD, link=summary.url),))
    elif summary.url:
        lines.append((Span(summary.url, Style.BOLD, link=summary.url),))
    if lines:
        lines.append(())
    lines.extend(_sentence_line(s) for s in summary.summary)
    flagged = flagged_statements(summary.claims)
    lines.append(())
    if flagged:
        lines.append((Span(UNVERIFIED_HEADING, Style.BOLD),))
        lines.extend(_claim_line(s) for s in flagged)
    else:
        lines.append((Span(NO_FLAGS),))
    return lines


def claims_lines(claims: Iterable[Sentence]) -> list[Line]:
    """Every non-plain sentence with its status: the "Full claims list" view."""
    return [
        (Span(f"[{s.status}] ", Style.ITALIC), *_claim_line(s)[1:])
        for s in claims
        if not is_verification_note(s)
    ]


def render_lines_html(lines: Sequence[Line], *, max_chars: int = MAX_MESSAGE_CHARS) -> list[str]:
    fitted = [piece for line in lines for piece in _fit(line, max_chars)]
    return pack_messages([_html_line(line) for line in fitted], max_chars)


def _sentence_line(sentence: Sentence) -> Line:
    if sentence.flagged:
        return (Span(f"{FLAG} "), Span(sentence.text))
    return (Span(sentence.text),)


def _claim_line(sentence: Sentence) -> Line:
    spans = [Span("• "), Span(sentence.source or "unnamed sources", Style.BOLD), Span(" — ")]
    spans.append(Span(sentence.text))
    if sentence.reason:
        spans.append(Span(" ("))
        spans.append(Span(sentence.reason, Style.ITALIC))
        spans.append(Span(")"))
    return tuple(spans)


def _html_span(span: Span) -> str:
    text = html.escape(span.text, quote=False)
    if span.style is Style.BOLD:
        text = f"<b>{text}</b>"
    elif span.style is Style.ITALIC:
        text = f"<i>{text}</i>"
    if span.link:
        text = f'<a href="{html.escape(span.link, quote=True)}">{text}</a>'
    return text


def _html_line(line: Line) -> str:
    return "".join(_html_span(span) for span in line)


def _text_line(line: Line) -> str:
    return "".join(span.text for span in line)


def _fit(line: Line, max_chars: int) -> list[Line]:
    """Cut a line that cannot fit one message into lines that can, span by span."""
    if len(_html_line(line)) <= max_chars:
        return [line]
    pieces: list[Line] = []
    for span in line:
        budget = max_chars - (len(_html_span(Span("", span.style, span.link))))
        for text in _cut(span.text, budget):
            pieces.append((Span(text, span.style, span.link),))
    return _pack_lines(pieces, max_chars)


def _cut(text: str, budget: int) -> list[str]:
    """Split text so that each piece, once escaped, fits ``budget``: sentences, words, chars."""
    if _escaped_len(text) <= budget:
        return [text]
    pieces: list[str] = []
    current = ""
    for unit in _units(text, budget):
        candidate = f"{current} {unit}".strip()
        if current and _escaped_len(candidate) > budget:
            pieces.append(current)
            current = unit
        else:
            current = candidate
    if current:
        pieces.append(current)
    return pieces


def _units(text: str, budget: int) -> list[str]:
    units: list[str] = []
    for sentence in split_sentences(text) or [text]:
        if _escaped_len(sentence) <= budget:
            units.append(sentence)
            continue
        for word in sentence.split():
            rest = word
            while _escaped_len(rest) > budget:
                cut = budget // 6  # an escaped character takes at most 5 more
                units.append(rest[:cut])
                rest = rest[cut:]
            units.append(rest)
    return units


def _escaped_len(text: str) -> int:
    return len(html.escape(text, quote=False))


def _pack_lines(lines: list[Line], max_chars: int) -> list[Line]:
    """Join consecutive pieces back into lines while they fit (keeps short spans together)."""
    packed: list[Line] = []
    for line in lines:
        if packed and len(_html_line(packed[-1]) + _html_line(line)) <= max_chars:
            packed[-1] = packed[-1] + line
        else:
            packed.append(line)
    return packed


def pack_messages(lines: Sequence[str], max_chars: int = MAX_MESSAGE_CHARS) -> list[str]:
    """Join lines of HTML into as few messages as fit; each line must hold its own tags.

    A line too long for one message is cut between words (tag-free text, such as an admin's
    escaped broadcast, is the only kind of line that can be that long).
    """
    messages: list[str] = []
    current: list[str] = []
    size = 0
    for line in (piece for raw in lines for piece in _cut_plain_line(raw, max_chars)):
        extra = len(line) + (1 if current else 0)
        if current and size + extra > max_chars:
            messages.append("\n".join(current).strip("\n"))
            current, size = [], 0
            extra = len(line)
        current.append(line)
        size += extra
    if current:
        messages.append("\n".join(current).strip("\n"))
    return [m for m in messages if m.strip()]


def _cut_plain_line(line: str, max_chars: int) -> list[str]:
    if len(line) <= max_chars:
        return [line]
    pieces: list[str] = []
    rest = line
    while len(rest) > max_chars:
        cut = rest.rfind(" ", 0, max_chars)
        if cut <= 0:
            cut = max_chars
            amp = rest.rfind("&", cut - 8, cut)
            if amp > 0 and ";" not in rest[amp:cut]:
                cut = amp  # never split an escaped character such as &amp;
        pieces.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    if rest:
        pieces.append(rest)
    return pieces
