"""Language detection, so that stop words, stemming and claim rules fit the text."""

from __future__ import annotations

import py3langid

_SAMPLE_CHARS = 4000
_FALLBACK = "en"


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language ("en" when the text is too short to tell)."""
    sample = text[:_SAMPLE_CHARS]
    if sum(c.isalpha() for c in sample) < 20:
        return _FALLBACK
    code, _score = py3langid.classify(sample)
    return str(code)
