"""Language detection, so that stop words, stemming and claim rules fit the text, and a check
that a text is language at all before any work is spent on it.

Random bytes decoded as text, and strings of made-up words, split into "sentences" and rank
like any article; only their statistics give them away, and two signals hold in every
written language:
- letters (with their combining marks) make up most of what is not white space: over 90% in
  every article of the CNN/DailyMail benchmark set, under 60% in random bytes decoded as
  Latin-1, Cyrillic or UTF-8;
- words repeat: a few short words ("the", "of", "и", "der") recur in every sentence, so over
  the first few hundred words a quarter or more repeat an earlier one (at 300 words: 25% at
  the least in the benchmark set), against about 1% in random letters. Scripts written
  without spaces (Chinese, Japanese, Thai, …) make whole clauses into one "word", so they are
  not held to this one.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import cache

import py3langid
import py3langid.langid

from summarizer.sentences import words

_SAMPLE_CHARS = 4000
_FALLBACK = "en"
MIN_LETTER_SHARE = 0.7
MIN_REPEAT_SHARE = 0.1
_REPEAT_SAMPLE_WORDS = 1000
_REPEAT_MIN_WORDS = 200
_UNSPACED_SHARE = 0.2
# Scripts written without spaces between words: CJK, kana, Thai, Lao, Myanmar, Khmer.
_UNSPACED = re.compile(
    r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"
)


@cache
def known_languages() -> frozenset[str]:
    """The codes language detection can give (two letters for most languages, three for a
    few), for a code a user names."""
    py3langid.classify("language")  # (the model loads on first use)
    identifier = py3langid.langid.IDENTIFIER
    return frozenset(str(code) for code in identifier.nb_classes) if identifier else frozenset()


def detect_language(text: str, hint: str | None = None) -> str:
    """ISO 639-1 code of the text's language; ``hint`` (a page's declared language) or "en"
    only when the text is too short to tell.

    The text decides over the declaration: sites declare one language for every page
    (English stories on a German edition come declared as "de"), the words do not lie.
    """
    sample = text[:_SAMPLE_CHARS]
    if sum(map(str.isalpha, sample)) < 20:
        return (hint or _FALLBACK).lower()[:2]
    code, _score = py3langid.classify(sample)
    return str(code)


def prose_problem(text: str) -> str | None:
    """Why ``text`` is not running text in any language, or None when it may well be.

    Linear in the text: characters are counted once, and only distinct ones are looked up.
    """
    counts = Counter(text)
    visible = sum(n for char, n in counts.items() if not char.isspace())
    if not visible:
        return "no visible characters"
    letters = sum(n for char, n in counts.items() if unicodedata.category(char)[0] in "LM")
    if letters < MIN_LETTER_SHARE * visible:
        return f"letters are {letters / visible:.0%} of the characters"
    unspaced = sum(n for char, n in counts.items() if _UNSPACED.match(char))
    if unspaced > _UNSPACED_SHARE * letters:
        return None
    sample = [word.lower() for word in words(text[: _REPEAT_SAMPLE_WORDS * 30])]
    sample = sample[:_REPEAT_SAMPLE_WORDS]
    if len(sample) >= _REPEAT_MIN_WORDS:
        repeats = 1 - len(set(sample)) / len(sample)
        if repeats < MIN_REPEAT_SHARE:
            return f"only {repeats:.0%} of the first {len(sample)} words repeat"
    return None
