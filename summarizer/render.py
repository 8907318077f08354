"""Render a summary as Telegram HTML messages, or as the same message in plain text.

Both outputs come from one list of styled lines, so the CLI shows exactly what the chat shows.
Telegram refuses messages over 4,096 characters, so lines are packed into messages and never
cut inside a line unless the line alone is too long, in which case it is cut between sentences
(or, failing that, between words) and each piece is marked up on its own, so no tag is broken.

An answer is at most MAX_ANSWER_MESSAGES messages, whatever the page: a sentence, source or
title is shown up to a fixed length, and when the flagged claims do not fit, the answer lists
those that do and says how many more the full claims list has (render_claims_page shows that
list a page at a time). A link whose address alone would crowd out its text is left out.
"""

from __future__ import annotations

import enum
import html
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from summarizer.claims import UNKNOWN_SPEAKER, flagged_statements
from summarizer.clean import without_dateline
from summarizer.models import Sentence, Summary
from summarizer.sentences import split_sentences

MAX_MESSAGE_CHARS = 4096
MAX_ANSWER_MESSAGES = 3
CLAIMS_PER_PAGE = 5
MAX_SHOWN_CHARS = 800  # of one sentence: real ones are shorter, run-on lists are cut
MAX_TITLE_CHARS = 300
MAX_SOURCE_CHARS = 120
MAX_REASON_CHARS = 300
MAX_LINK_CHARS = 2000  # a longer address is not linked (browsers and Telegram balk anyway)
FLAG = "⚠️"
UNVERIFIED_HEADING = "Unverified claims"
NO_FLAGS = "✅ No unverified claims flagged."
ENGLISH_ONLY = "Claim flags cover English articles."
MAX_EXCERPT_CHARS = 90  # of a flagged sentence outside the summary, in its claims line
MAX_ROLE_WORDS = 4  # words of a role before a speaker's name that an excerpt leaves out with it
MAX_CUE_CHARS = 60
MORE_CLAIMS = "…and {count} more in the full claims list."
LIST_HEADING = "The list ({count})"
MAX_ITEMS_SHOWN = 15
MAX_ITEM_CHARS = 120
MORE_ITEMS = "…and {count} more."
ELLIPSIS = "…"


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
    """The Telegram messages (HTML parse mode) for a summary: 1 to MAX_ANSWER_MESSAGES of them,
    each within ``max_chars``.

    Flagged claims that do not fit are left for the full claims list, and a last line says how
    many. (Should the summary itself not fit, which takes ten sentences of the longest shown
    length full of characters HTML escapes, its end is cut with the last message.)
    """
    head, claims = _summary_parts(summary)
    html_head = _html_lines(head, max_chars)
    html_claims = [_html_lines([line], max_chars) for line in claims]

    def answer(kept: int) -> list[str]:
        lines = html_head + [h for lines in html_claims[:kept] for h in lines]
        if kept < len(claims):
            left = sum(_flag_count(line) for line in claims[kept:])
            more = (Span(MORE_CLAIMS.format(count=left), Style.ITALIC),)
            lines += _html_lines([more], max_chars)
        return pack_messages(lines, max_chars)

    messages = answer(len(claims))
    if len(messages) > MAX_ANSWER_MESSAGES:
        # The most claims that still fit: a binary search, as each try packs the whole answer.
        low, high = 0, len(claims) - 1
        while low < high:
            middle = (low + high + 1) // 2
            if len(answer(middle)) <= MAX_ANSWER_MESSAGES:
                low = middle
            else:
                high = middle - 1
        messages = answer(low)
    return messages[:MAX_ANSWER_MESSAGES]


def render_text(summary: Summary) -> str:
    """The same message as plain text, for the CLI and logs (every claim, no message limit)."""
    return "\n".join(_text_line(line) for line in summary_lines(summary))


def summary_lines(summary: Summary) -> list[Line]:
    head, claims = _summary_parts(summary)
    return head + claims


def _summary_parts(summary: Summary) -> tuple[list[Line], list[Line]]:
    """The lines up to the flagged claims, and one short line per flagged claim.

    Each flagged sentence of the summary is marked ⚠️1, ⚠️2… and its claims line gives only
    who says it and why it is flagged, not the sentence again; flagged sentences outside the
    summary follow, numbered on, each with a short excerpt. No claim is listed twice.
    """
    head: list[Line] = []
    if summary.title or summary.url:
        head.append(_title_line(summary.title, summary.url))
        head.append(())
    flagged = flagged_claims(summary)
    numbers = _numbers(summary, flagged)
    head.extend(_sentence_line(s, numbers.get(_key(s))) for s in summary.summary)
    head.append(())
    head.extend(_item_lines(summary.items))
    if not flagged:
        english = summary.language.lower().startswith("en")
        return [*head, (Span(NO_FLAGS if english else ENGLISH_ONLY),)], []
    head.append((Span(UNVERIFIED_HEADING, Style.BOLD),))
    in_summary = {_key(s) for s in summary.summary}
    ordered = sorted(flagged, key=lambda s: numbers[_key(s)])
    lines: list[Line] = []
    previous: tuple[str | None, str] | None = None
    for sentence in ordered:
        number, outside = numbers[_key(sentence)], _key(sentence) not in in_summary
        same = (sentence.source, _why(sentence))
        if not outside and same == previous and lines:
            # ⚠️2, ⚠️3: the same speaker flagged for the same reason, said once
            flags = _flag_count(lines[-1])
            last = lines[-1]
            lines[-1] = (*last[:flags], Span(f"{FLAG}{number} "), *last[flags:])
            continue
        lines.append(_claim_line(sentence, number, outside))
        previous = same if not outside else None
    return head, lines


def _flag_count(line: Line) -> int:
    """How many claims a claims line stands for (its leading ⚠️n marks)."""
    count = 0
    while count < len(line) and line[count].text.startswith(FLAG):
        count += 1
    return count


def flagged_claims(summary: Summary) -> list[Sentence]:
    """The flagged claims of an article, each once, without verification notes: what the
    answer lists, what the full claims list shows and what every count counts."""
    return flagged_statements(summary.claims)


def flagged_count(summary: Summary) -> int:
    """The one number of flagged claims for the answer, the full list's header and digests."""
    return len(flagged_claims(summary))


def _key(sentence: Sentence) -> str:
    return " ".join(sentence.text.split())


def _numbers(summary: Summary, flagged: Sequence[Sentence]) -> dict[str, int]:
    """⚠️ numbers: the summary's flagged sentences first, in its order, then the rest."""
    wanted = {_key(s) for s in flagged}
    numbers: dict[str, int] = {}
    for sentence in [*summary.summary, *flagged]:
        key = _key(sentence)
        if key in wanted and key not in numbers:
            numbers[key] = len(numbers) + 1
    return numbers


def claims_lines(claims: Iterable[Sentence]) -> list[Line]:
    """The "Full claims list" view: every flagged claim once, with its status and reason."""
    return [_status_line(s) for s in flagged_statements(list(claims))]


def render_claims_page(
    claims: Sequence[Sentence], page: int, per_page: int = CLAIMS_PER_PAGE
) -> tuple[list[str], int]:
    """One page (counted from 0) of the full claims list as messages, and the number of pages.

    The list is the flagged claims, each once (as many as ``flagged_count`` says). A page out
    of range shows the nearest one; no claims make no messages and no pages.
    """
    shown = flagged_statements(claims)
    per_page = max(1, per_page)
    pages = -(-len(shown) // per_page)
    if not pages:
        return [], 0
    page = min(max(page, 0), pages - 1)
    lines = [_status_line(s) for s in shown[page * per_page : (page + 1) * per_page]]
    return render_lines_html(lines)[:MAX_ANSWER_MESSAGES], pages


def render_lines_html(lines: Sequence[Line], *, max_chars: int = MAX_MESSAGE_CHARS) -> list[str]:
    return pack_messages(_html_lines(lines, max_chars), max_chars)


def _html_lines(lines: Sequence[Line], max_chars: int) -> list[str]:
    return [_html_line(piece) for line in lines for piece in _fit(line, max_chars)]


def _shorten(text: str, limit: int) -> str:
    """``text`` up to ``limit`` characters, cut at a space when one is near, marked with "…"."""
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", limit * 3 // 4, limit)
    return text[: cut if cut > 0 else limit].rstrip() + ELLIPSIS


def _title_line(title: str | None, url: str | None) -> Line:
    text = _shorten(title or url or "", MAX_TITLE_CHARS)
    link = url if url and len(url) <= MAX_LINK_CHARS else None
    return (Span(text, Style.BOLD, link=link),)


def _item_lines(items: Sequence[str]) -> list[Line]:
    """A listicle's headings under its summary: its sentences mean little without them."""
    if not items:
        return []
    lines: list[Line] = [(Span(LIST_HEADING.format(count=len(items)), Style.BOLD),)]
    shown = items[:MAX_ITEMS_SHOWN]
    lines.extend(
        (Span(f"{n}. {_shorten(item, MAX_ITEM_CHARS)}"),) for n, item in enumerate(shown, 1)
    )
    if len(items) > len(shown):
        lines.append((Span(MORE_ITEMS.format(count=len(items) - len(shown)), Style.ITALIC),))
    return [*lines, ()]


def _sentence_line(sentence: Sentence, number: int | None) -> Line:
    text = _shorten(without_dateline(sentence.text), MAX_SHOWN_CHARS)
    if number is not None:
        return (Span(f"{FLAG}{number} "), Span(text))
    return (Span(text),)


def _speaker_spans(sentence: Sentence) -> list[Span]:
    if sentence.source:
        return [Span(_shorten(sentence.source, MAX_SOURCE_CHARS), Style.BOLD)]
    return [Span(UNKNOWN_SPEAKER.capitalize(), Style.ITALIC)]


def _why(sentence: Sentence) -> str:
    """Why it is flagged, in a few words: its status and the words that show it (the cue
    alone when it is the status word itself, "claimed")."""
    status = str(sentence.status)
    if sentence.reason and "does not name" in sentence.reason:
        status = "claimed by unnamed sources"
    if sentence.reason and "claims the article does not source" in sentence.reason:
        # the speaker shown denies the claims: "Tevez — claimed" would make them the claimant
        status = "denies claims the article does not source"
    cue = _shorten(sentence.cue or "", MAX_CUE_CHARS)
    if not cue or cue.lower() in ("claimed", "claims", "claim"):
        return status
    if sentence.source and (sentence.cue or "").lower() == sentence.source.lower():
        return status  # the cue is the speaker the line names already
    return f"{status}: “{cue}”"


def _excerpt(sentence: Sentence) -> str:
    """A short piece of a sentence outside the summary: of a quotation of several sentences,
    the one with the cue, else the one with a figure (what a reader would check); around
    the cue when that comes late."""
    text = " ".join(without_dateline(sentence.text).split()).strip("“”\"‘’' ")
    pieces = split_sentences(text)
    if len(pieces) > 1:
        cue = (sentence.cue or "").lower()
        text = next(
            (p for p in pieces if cue and cue in p.lower()),
            next((p for p in pieces if any(c.isdigit() for c in p)), pieces[0]),
        ).strip("“”\"‘’' ")
    source = sentence.source or ""
    at = text.lower().find(source.lower() + " ") if source else -1
    if at >= 0 and len(text[:at].split()) <= MAX_ROLE_WORDS:
        # the speaker is on the line already, and so is the role the sentence gives them
        # first ("Donetsk leader Denis Pushilin has claimed …")
        text = text[at + len(source) + 1 :]
    if len(text) <= MAX_EXCERPT_CHARS:
        return text
    cue = sentence.cue or ""
    at = text.lower().find(cue.lower()) if cue else -1
    if at < MAX_EXCERPT_CHARS // 2:
        return _shorten(text, MAX_EXCERPT_CHARS)
    closing = len(text[at + len(cue) :].strip(' .,;:!?"”’)')) < MAX_EXCERPT_CHARS // 3
    if closing and (claim := _before_closing_cue(text[:at], cue)):
        # the cue closes the sentence ("…, a claim that could not be independently
        # verified.", "…, according to people familiar with the matter."): what is claimed
        # comes before it, and the line gives the cue as its reason already
        return _shorten(claim, MAX_EXCERPT_CHARS)
    start = text.find(" ", at - MAX_EXCERPT_CHARS // 3) + 1
    return ELLIPSIS + _shorten(text[start:], MAX_EXCERPT_CHARS)


def _before_closing_cue(head: str, cue: str) -> str:
    """The claim before the note or the attribution that closes its sentence, without the
    words that lead into it after the last comma or dash ("…the hospital, a claim that" ->
    "…the hospital"); a claim's own last words stay ("…the intelligence reports"). Empty
    when the cue is the verb of the clause the words before it open: they are its subject,
    no claim ("these sites offered no evidence"; not "… but provided no evidence")."""
    head = head.rstrip()
    cut = max(head.rfind(","), head.rfind(";"), head.rfind(" —"), head.rfind(" –"))
    if cut > 0 and all(w.lower() in _NOTE_LEAD_WORDS for w in head[cut + 1 :].split()):
        return head[:cut].rstrip(" ,;:—–-")
    words = head.split()
    joined = bool(words) and words[-1].lower() in _JOINING_WORDS
    while words and words[-1].lower() in _JOINING_WORDS:
        words.pop()  # "… in the past 24 hours but provided no evidence"
    verb = cue.split()[:1]
    if not joined and verb and (verb[0].endswith("ed") or verb[0] in ("gave", "made", "showed")):
        return ""
    return " ".join(words).rstrip(" ,;:—–-")


# words that join a clause to the one before, which an excerpt does not end on
_JOINING_WORDS = frozenset({"but", "and", "which", "who", "though", "although", "yet", "or"})


# the words that lead from a claim into its note: ", a claim that", ", though this", ", which"
_NOTE_LEAD_WORDS = frozenset(
    {
        *("a", "an", "the", "this", "that", "these", "those", "which"),
        *("though", "although", "but", "and"),
        *("claim", "claims", "figure", "figures", "report", "reports", "account"),
        *("assertion", "allegation", "allegations"),
    }
)


def _claim_line(sentence: Sentence, number: int, outside: bool) -> Line:
    spans = [Span(f"{FLAG}{number} "), *_speaker_spans(sentence)]
    if outside:
        spans.append(Span(f" — “{_excerpt(sentence)}”"))
    spans.append(Span(" — "))
    spans.append(Span(_why(sentence), Style.ITALIC))
    return tuple(spans)


def _status_line(sentence: Sentence) -> Line:
    spans = [Span(f"[{sentence.status}] ", Style.ITALIC), *_speaker_spans(sentence), Span(" — ")]
    spans.append(Span(_shorten(without_dateline(sentence.text), MAX_SHOWN_CHARS)))
    if sentence.reason:
        spans.append(Span(" ("))
        spans.append(Span(_shorten(sentence.reason, MAX_REASON_CHARS), Style.ITALIC))
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
        link = span.link
        if link and _markup_len(span.style, link) > max_chars // 2:
            link = None  # the address would leave too little room for the text
        budget = max_chars - _markup_len(span.style, link)
        for text in _cut(span.text, budget):
            pieces.append((Span(text, span.style, link),))
    return _pack_lines(pieces, max_chars)


def _markup_len(style: Style, link: str | None) -> int:
    return len(_html_span(Span("", style, link)))


def _cut(text: str, budget: int) -> list[str]:
    """Split text so that each piece, once escaped, fits ``budget``: sentences, words, chars."""
    if _escaped_len(text) <= budget:
        return [text]
    pieces: list[str] = []
    current: list[str] = []
    size = 0
    for unit in _units(text, budget):
        length = _escaped_len(unit)
        if current and size + 1 + length > budget:
            pieces.append(" ".join(current))
            current, size = [], 0
        size += length + (1 if current else 0)
        current.append(unit)
    if current:
        pieces.append(" ".join(current))
    return pieces


def _units(text: str, budget: int) -> list[str]:
    units: list[str] = []
    for sentence in split_sentences(text) or [text]:
        if _escaped_len(sentence) <= budget:
            units.append(sentence)
            continue
        for word in sentence.split():
            units.extend(_chunks(word, budget))
    return units


def _chunks(word: str, budget: int) -> list[str]:
    """A word in pieces that each fit ``budget`` once escaped (one character at the least)."""
    if _escaped_len(word) <= budget:
        return [word]
    chunks: list[str] = []
    start = size = 0
    for index, char in enumerate(word):
        length = _escaped_len(char)
        if index > start and size + length > budget:
            chunks.append(word[start:index])
            start, size = index, 0
        size += length
    chunks.append(word[start:])
    return chunks


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
