"""Free-keyword subscriptions: does an article mention every word of "nuclear power"?

Matching must cost the same with ten or a hundred thousand keyword subscriptions, so each
subscription is indexed under one of its words and an article only checks the subscriptions
indexed under words it contains. The index word is the keyword's longest run of word
characters: every such run of a matching keyword is a whole token of the article (it is bounded
by the match's edges or by the keyword's own punctuation), and the longest is usually the rarest.
"""

from __future__ import annotations

import re

_TOKEN = re.compile(r"\w+")
MAX_ARTICLE_TOKENS = 5_000


def index_word(keywords: str) -> str:
    """The word a subscription is filed under; "" when it has no word characters at all."""
    runs = _TOKEN.findall(keywords.lower())
    return max(runs, key=len) if runs else ""


def article_tokens(text: str) -> list[str]:
    """The distinct tokens an article can be found by, capped so one huge article stays cheap."""
    return list(dict.fromkeys(_TOKEN.findall(text.lower())))[:MAX_ARTICLE_TOKENS]


def mentions(text: str, keywords: str) -> bool:
    """Every word of ``keywords`` appears in ``text`` as a word (``text`` is lower-case)."""
    return all(
        re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text) for word in keywords.lower().split()
    )
