"""Quotation marks: where a quotation opens and closes, whether one goes on from an earlier
sentence, what lies outside them, and whether a short quoted phrase is a term or a title rather
than a statement. A claim word inside a speaker's quotation is the speaker's own, and a
quotation that goes on is its speaker's, so most rules read the text with quotations masked.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from summarizer.claims._patterns import (
    _TAG_VERBS,
)
from summarizer.claims._prefilter import gated
from summarizer.claims._words import (
    _FUNCTION_WORDS,
    _SPEECH_WORDS,
    _TEXTS_KEPT,
    _verb_like,
    _words,
)

_MIN_QUOTE_CHARS = 12


def _closes_quote(text: str) -> bool:
    """A sentence that ends a quotation it did not open: the last words of a quote."""
    opens, closes = _quote_marks(text)
    return closes > opens and bool(_CLOSING_MARK.search(text.rstrip()[-2:]))


# a quotation's masked characters (``_mask_quotes``), enough of them for a statement
_QUOTED_RUN = re.compile(f"_{{{_MIN_QUOTE_CHARS},}}")


def _has_quotation(text: str) -> bool:
    """True when a quotation of 12 or more characters is in the text: a quoted statement
    rather than a quoted word (each run of masked characters, whole, in order)."""
    for run in _QUOTED_RUN.finditer(_mask_quotes(text)):
        if not _is_term(text, run.start(), run.end()):
            return True
    # a quotation opened after a colon that the next sentence goes on with: "… by telling Sky
    # Sport Italia: 'That game does not come into it."
    return _opened_after_colon(text)


def _closing_mark(text: str) -> re.Match[str] | None:
    """The quotation mark that closes a quotation opened before this sentence: the first
    mark in it (a contraction's apostrophe aside), right after the quote's last words."""
    first = _first_quote_mark(text)
    if first is None:
        return None
    closing = _CLOSES_AFTER_WORDS.search(text, max(0, first.start() - 2))
    return closing if closing and closing.end() - 1 == first.start() else None


# A sentence that opens inside a quotation: its first quotation mark closes it, right after the
# quote's last words ("He will forever be part of this club . ' Robert elstone said : '…").
_FIRST_QUOTE_CHAR = re.compile(r"[“”\"‘’']")


_CLOSES_AFTER_WORDS = re.compile(r"[.!?,]\s?[’”'\"](?=\s|$)")


_INVERTED_AFTER_QUOTE = gated(
    re.compile(
        rf"\s*(?:{_TAG_VERBS}|(?:[\w'’.-]++\s+){{1,3}}?(?:said|says|added|adds)\s*[,.;:]?\s*$)",
        re.I | re.VERBOSE,
    )
)


# what follows a contraction's apostrophe: "I'm", "it ’ s", "do n't"
_CONTRACTED = r"(?:m|s|t|d|re|ve|ll)"


_CONTRACTION = re.compile(rf"[’']\s?{_CONTRACTED}\b", re.I)


# A speaker and a verb of saying right after the mark: the tag of the quotation it closes
# (not "…,' and Jones told reporters", "…,' a move that, according to police, …")
_TAG_AFTER_COMMA = gated(
    re.compile(
        rf"""\s*(?!(?:and|but|or|a|an|as|while|which|who|that|just|only|hours|days|weeks|months|
        years|minutes|moments|shortly|soon|before|after|since|when|until)\b)
    (?:(?:[\w’'.-]++\s+){{1,6}}?|
    # … or a name and its apposition between commas ("Makrus Åsberg, a 25-year-old officer
    # with the police in Uppsala, told")
    (?:[\w’'.-]++\s+){{0,3}}[\w’'.-]++,\s+(?:a|an|the|his|her|their)\s+[^,;:“”"‘’]{{3,80}}?,\s+
    (?:[^,;:“”"‘’]{{3,40}}?,\s+)?)
    {_TAG_VERBS}\b""",  # ("Blues attack coach Paul John said")
        re.I | re.VERBOSE,
    )
)


def _first_quote_mark(text: str, end: int | None = None) -> re.Match[str] | None:
    """The first quotation mark before ``end``, a contraction's apostrophe aside ("it's")."""
    marks = _FIRST_QUOTE_CHAR.finditer(text, 0, len(text) if end is None else end)
    return next((m for m in marks if not _CONTRACTION.match(text, m.start())), None)


def _tag_after(text: str, closing: re.Match[str]) -> bool:
    return bool(_INVERTED_AFTER_QUOTE.match(text, closing.end())) or (
        closing.group().startswith(",") and bool(_TAG_AFTER_COMMA.match(text, closing.end()))
    )


_QUOTE_CHARS = re.compile(r"[“”\"‘’'`]")  # (`` opens a quotation in tokenised text)


_TAG_AHEAD = re.compile(
    rf"(?:,?\s+[\w.’'-]++){{0,6}}?,?\s+(?:{'|'.join(sorted(_SPEECH_WORDS))}|chanted|joked)\b"
)


_PLURAL_POSSESSIVE = re.compile(r"s['’] (?P<next>[A-Za-z][\w-]*+)")


def _plural_possessive(text: str, index: int, opened: int) -> bool:
    """ "the bankers' bonus tax", "the Collective of Prostitutes' Rights sheet": an apostrophe
    after a plural and before a noun or a name is no closing mark; before a function word or a
    verb ("'rumours spread by my rivals' and vowed",
    "'… the workers' he said") it is."""
    match = _PLURAL_POSSESSIVE.match(text, index - 1)
    if not match:
        return False
    written = match.group("next")
    after = written.lower()
    if after in _FUNCTION_WORDS or after in _SPEECH_WORDS:
        return False
    if written[:1].islower() and _verb_like(after):
        return False  # (a capital is a name's or a title's: "Prostitutes' Rights")
    if written[:1].isupper() and len(text[opened + 1 : index].split()) < _QUOTED_TITLE_WORDS:
        return False  # a quoted title or word ends before a name: "'Dangerous' Laurent …"
    # "'… for the fans' manager Eddie Howe said.": a speech verb right after names the speaker
    # of a quotation that has just closed (not one in a relative clause: "Prostitutes' Rights
    # sheet which tells about the laws")
    tag = _TAG_AHEAD.match(text, match.end("next"))
    return not tag or bool(_RELATIVE_WORD.search(tag.group()))


_RELATIVE_WORD = re.compile(r"\b(?:which|that|who)\b", re.I)


_QUOTED_TITLE_WORDS = 3


_INITIALS_BEFORE = re.compile(r"\b(?:[A-Za-z]\.){2,}$")


@lru_cache(maxsize=_TEXTS_KEPT)  # (asked for by several rules about one sentence)
def _mask_quotes(text: str) -> str:
    """The text with quoted words replaced by "_" (same length): a verb inside a quotation is
    the speaker's own, not the one that names the speaker. An ASCII apostrophe opens a
    quotation only after a space or at the start, and closes one only before a non-letter; a
    quotation opened at the start and never closed runs to the end (a quote continued from
    the sentence before). A curly opening mark may be closed by a straight one or by two
    apostrophes ("’’"), and a straight one by a curly one, as converted or hand-typed text
    does; tokenised text's "``" is closed by "''". Only the quotation marks are visited, once
    each."""
    spans: list[tuple[int, int]] = []
    opening: str | None = None
    start = 0
    first = True  # no mark yet, other than an apostrophe inside a word
    for mark in _QUOTE_CHARS.finditer(text):
        index, char = mark.start(), mark.group()
        before = text[index - 1] if index else " "
        after = text[index + 1] if index + 1 < len(text) else " "
        in_word = char in "'’" and before.isalnum() and after.isalpha()  # "We’re"
        closes_first = (
            first
            and not in_word
            and before in ",.!?"
            and after.isspace()
            and not _INITIALS_BEFORE.search(text, 0, index)  # a possessive: "The U.S.' allies"
        )
        first = first and in_word
        if (
            opening in ('"', "“")
            and char in '"“'
            and before.isspace()
            and after.isalnum()
            and text[index - 2 : index - 1] in (".", "!", "?")
        ):
            # a double mark with a space before and a word after opens, it cannot close: a
            # quotation that goes on into a new paragraph reopens without closing ("… to
            # believe in. "September the eleventh …"), and its span runs on
            continue
        if opening is None:
            if (
                closes_first
                and char in "'’”\""
                and (
                    _TAG_AFTER_COMMA.match(text, index + 1)
                    or _INVERTED_AFTER_QUOTE.match(text, index + 1)
                )
            ):
                # the first mark closes a quotation the sentence opened inside, and its tag
                # follows ("We’re no heroes, just tourists,' Makrus Åsberg … told"): the
                # words before it are quoted
                spans.append((0, index))
                continue
            if after.isspace() or char == "”" or (char in "'’‘" and before.isalnum()):
                continue  # a closing mark left from before, or an apostrophe
            if char == "’":
                continue
            if char == "'" and after == "s" and not text[index + 2 : index + 3].isalpha():
                continue  # a possessive after a full stop or a digit: "the U.K.'s", "the 1990s'"
            opening, start = char, index
        elif (
            (opening == "“" and (char in '”"' or (char in "'’" and after in "'’")))
            # (tokenised text opens with "``" and closes with "''")
            or (opening == "`" and char == "'" and after == "'")
            or (opening == '"' and char in '"”')
            or (
                opening in "'‘"
                and char in "'’"
                and not after.isalpha()
                and not _plural_possessive(text, index, start)
            )
        ):
            doubled = opening == "“" and char in "'’"  # "’’": the first mark is inside
            spans.append((start + (2 if opening == "`" else 1), index + 1 if doubled else index))
            opening = None
    if opening is not None and not text[:start].strip():
        spans.append((start + (2 if opening == "`" else 1), len(text)))
    if not spans:
        return text
    pieces: list[str] = []
    last = 0
    for begin, end in spans:
        pieces.append(text[last:begin])
        pieces.append("_" * (end - begin))
        last = end
    pieces.append(text[last:])
    return "".join(pieces)


_OPENING_MARK = re.compile(r"(?:^|(?<=[\s(\[—–-]))[“‘'\"](?=[\w‘'\"])")


_CLOSING_MARK = re.compile(r"(?<=[^\s(\[])[”’'\"](?=[\s,.;:!?)\]—–-]|$)")


# ("the US" is no "us")
_FIRST_PERSON = re.compile(
    r"\b(?:I|I['’](?:m|ve|d|ll)|we|we['’](?:re|ve|d|ll)|my|our|(?-i:[Uu]s)|me|you|your)\b", re.I
)


@lru_cache(maxsize=_TEXTS_KEPT)
def _quote_marks(text: str) -> tuple[int, int]:
    """Opening marks (after a space, before a word) and closing ones (after a word, before a
    space or punctuation): an apostrophe inside a word ("didn't") is neither."""
    if not _QUOTE_CHARS.search(text):
        return 0, 0  # (half the sentences of a story: no mark at all, found in one quick pass)
    return len(_OPENING_MARK.findall(text)), len(_CLOSING_MARK.findall(text))


# A quotation mark standing alone as a token, as tokenised text writes every mark (not a
# contraction's: "it ’ s", "don ' t"), or one glued to the word it opens ("'it")
_MARK_TOKEN = re.compile(
    rf"(?:^|(?<=\s))(?:``|''|[‘’'](?!\s{_CONTRACTED}\b))(?=\s|$)"
    rf"|(?:^|(?<=\s))[‘'](?!{_CONTRACTED}\b)(?=\w)"
)


class _QuoteState(NamedTuple):
    """Where a sentence leaves quotation in tokenised text: ``open`` at its end; ``maybe``
    when its last mark, after a full stop, read as closing but may reopen the quote for a
    new paragraph, as papers do ("… help to me . ' The heart of the prison has gone"), so
    that a later sentence in the first person still goes on with it; ``spans``, the
    quotations opened in the sentence, closed in it or running to its end."""

    open: bool
    maybe: bool = False
    spans: tuple[tuple[int, int], ...] = ()  # the quotations opened in the sentence


@lru_cache(maxsize=4)  # (read twice per sentence: by the classifier, then by the context)
def _tokenised_quote_state(text: str, before: _QuoteState) -> _QuoteState:
    """Tokenised text writes every mark as a token of its own (" : ' we were ", " . ' He "),
    so that an opening mark can be told from a closing one only by what stands around it and
    by whether a quotation is open: one after a colon, glued to its word, or opening the
    sentence, opens; one after a stop or a comma closes the open quotation, or opens a new
    one; the last one, followed by words that speak as a quote does ("I", "we", "you 're")
    and no tag, opens a quotation that runs on. "``" and "''" say which they are. A mark
    after a word opens or closes a quotation inside the sentence ("when she ' leaned over"),
    unless it is a plural's possessive ("the players ' union")."""
    marks = list(_MARK_TOKEN.finditer(text))
    if not marks:
        return _QuoteState(before.open, before.maybe)
    level, maybe, opened_at = before.open, False, None
    inline = False  # whether the open quotation was opened inside a phrase
    spans: list[tuple[int, int]] = []
    for index, mark in enumerate(marks):
        words_before = text[max(0, mark.start() - 80) : mark.start()].split()
        word = words_before[-1] if words_before else ""
        after = text[mark.end() :]
        was = level
        level = _level_after_mark(mark.group(), word, after, was, index == len(marks) - 1)
        if level and not was:
            opened_at = mark.end()
            # a quotation inside the sentence: "when she ' leaned over"
            inline = (
                mark.group() not in ("``", "''")
                and bool(word)
                and word[-1] not in ".,!?;:"
                and not after[:1].isalpha()
            )
        elif not level:
            if was and opened_at is not None:
                spans.append((opened_at, mark.start()))
            opened_at, inline = None, False
        # a full stop's mark read as closing, with words after it: perhaps a new paragraph
        maybe = was and not level and word[-1:] in (".", "!", "?") and bool(after.strip())
    if inline:
        # a quotation opened inside a phrase closes there, whatever the marks say: one
        # left open is an apostrophe read as a mark ("the Cleveland Browns ’ Week 11 game")
        return _QuoteState(before.open, False, tuple(spans))
    if opened_at is not None:
        spans.append((opened_at, len(text)))
    return _QuoteState(level, maybe, tuple(spans))


def _level_after_mark(mark: str, word: str, after: str, level: bool, last: bool) -> bool:
    """Whether a quotation is open after one mark of tokenised text (see
    ``_tokenised_quote_state``), given the word before it and the words after it."""
    if mark in ("``", "''"):
        return mark == "``"
    if not word or word == ":" or after[:1].isalpha():
        return True
    if word[-1] in ".,!?;":
        if last and _speaks_as_a_quote(after) and not _INVERTED_AFTER_QUOTE.match(after):
            return True
        return not level
    return level if _plural_possessive_token(word, after) else not level


def _plural_possessive_token(word: str, after: str) -> bool:
    """ "the players ' union": a plural's apostrophe, set off as a token."""
    following = after.split()[:1]
    return word.endswith("s") and bool(following) and following[0][:1].isalnum()


def _speaks_as_a_quote(words: str) -> bool:
    return bool(_FIRST_PERSON.search(words) or _CONTRACTION.search(words))


def _closes_its_quote_at_the_end(text: str) -> bool:
    """The sentence ends on the mark that closes the quotation it opened (or one opened
    before it): "…doorstep.’”" after "“So I called her …" does, "…chanting 'sack the board.'"
    after "Smith said: \"Fans …" closes only the quote inside."""
    trailing = _TRAILING_MARKS.search(text)
    if not trailing:
        return False
    first = _OPENING_MARK.search(text)
    if not first:
        return True
    kind = _mark_kind(first.group())
    return any(_mark_kind(mark) == kind for mark in trailing.group().strip())


def _mark_kind(mark: str) -> str:
    return "double" if mark in '"“”' else "single"


_TRAILING_MARKS = re.compile(r"(?<=[^\s(\[])[”’'\"]{1,2}\s*$")


# another's words the subject recalls: "recalled her mother telling her: '…"
_ANOTHER_TELLING = re.compile(
    r"\b(?:his|her|their|my|a|the)\s+[a-z]+\s+(?:telling|saying)\b[^:]*:\s*$"
)


def _opened_after_colon(text: str) -> bool:
    """A quotation opened after a colon and never closed in the sentence (the next one goes
    on with it): "… by telling Sky Sport Italia: 'That game does not come into it." Read from
    the last colon, once."""
    colon = text.rfind(":")
    after = text[colon + 1 :].lstrip()
    if colon < 1 or not _FIRST_QUOTE_CHAR.match(after):
        return False
    rest = after[1:].lstrip()
    closed = re.search(r"[’”\"]|'(?![a-z])", rest)  # (an apostrophe inside a word goes on)
    return (
        not closed
        and len(rest) >= _MIN_QUOTE_CHARS - 1
        and rest[:1].isupper()
        and not _ANOTHER_TELLING.search(text[max(0, colon - 300) : colon + 1])
    )


_TERM_WORDS = 3  # at most this many words quoted mid-sentence are a term, not a statement


# … when an article, a possessive or a preposition leads into them ("a “games consultant”",
# "Your “success mindset”", "into “suspended animation”"; not "labelled the result 'a real
# disappointment'", "offered to 'tweet anything'")
_TERM_LEADS = _words(
    "the a an his her their its your our my this that these those of in into for as like on at "
    "from with about over is are was were and or"
)


# a word for a name given: what is quoted after it is that name ("HP is called “feather duvet
# lung.”", "known as 'the king of diamonds'")
_NAMING = re.compile(
    r"\b(?:called|dubbed|named|nicknamed|termed|known\s+as|referred\s+to\s+as|labelled|"
    r"labeled|branded)\s*$",
    re.I,
)


def _is_term(text: str, start: int, end: int) -> bool:
    """Whether the quoted words at ``start:end`` name a work or a term, not a statement: a
    title, what something is called, or three words or fewer in scare quotes inside the
    narration (“giga-coaster”, “hot tub lung,”, “success mindset”)."""
    if _is_title(text[start:end]):
        return True
    # (the run may begin at its opening mark or just after it)
    before = text[:start].rstrip(" “‘\"'`")
    quoted = re.findall(r"[\w’'-]+", text[start:end])
    lead = before.rsplit(maxsplit=1)[-1:]
    if (
        len(quoted) <= _TERM_WORDS
        and end < len(text) - 2
        and lead
        and lead[0].lower() in _TERM_LEADS
    ):
        return True
    return bool(_NAMING.search(before)) and len(text[start:end].split()) <= 6


def _is_title(quoted: str) -> bool:
    """ "Until It Came To Them", "American Pie": every word capitalised names a work (but
    words all in capitals, five or more, that end in a stop or a comma inside the marks are
    shouted: "SHE IS LYING ABOUT MY AGE," — a sign, a slogan or a title has no such stop:
    "NO ENTRY FOR UNAUTHORISED PERSONS")."""
    words = [w for w in quoted.split() if w[:1].isalpha()]
    if (
        len(words) >= _SHOUTED_WORDS
        and all(w.isupper() for w in words)
        and quoted.rstrip(" '’\"”").endswith((",", ".", "!", "?"))
    ):
        return False
    return all(w[:1].isupper() for w in words) and len(words) <= 8


_SHOUTED_WORDS = 5
