"""What each button carries: built and read in one place.

Callback data comes back from the user's client, and a client can send any string of up to 64
bytes, for any message. So every press is read here against one strict grammar, numbers are
bounded, topics must be catalog slugs, and anything else is an expired button, answered as such,
instead of reaching a handler (or the error handler) half-parsed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal, TypeVar

from telegram import CallbackQuery

from summarizer.topics import topic_by_slug

_MAX_ID_DIGITS = 15  # far below SQLite's 2**63, far above any row id Sift will have
_MAX_PAGE_DIGITS = 4


@dataclass(frozen=True, slots=True)
class TopicTap:
    """A topic in the /topics keyboard: follow it or unfollow it, as the button showed (a
    keyboard sent before another changed the topic still does what it shows); None, from
    keyboards sent before buttons said which: flip it."""

    slug: str
    follow: bool | None = None


@dataclass(frozen=True, slots=True)
class SubscribeTap:
    """ "Subscribe to <topic>" under a summary."""

    slug: str


@dataclass(frozen=True, slots=True)
class ClaimsPage:
    """ "Full claims list" (page 0) and its "More" buttons."""

    article_id: int
    page: int = 0
    # the article's version the button was made for (its content hash, first 8 hex digits): a
    # page read again since has other claims than the answer the button is under
    version: str = ""


@dataclass(frozen=True, slots=True)
class BroadcastChoice:
    """Send or Cancel under a broadcast preview."""

    action: Literal["send", "cancel"]
    broadcast_id: int


Callback = TopicTap | SubscribeTap | ClaimsPage | BroadcastChoice
C = TypeVar("C", TopicTap, SubscribeTap, ClaimsPage, BroadcastChoice)

_GRAMMAR = re.compile(
    rf"""(?:topic:(?P<sign>[+-])?(?P<topic>[a-z0-9-]{{1,50}})
        |sub:(?P<sub>[a-z0-9-]{{1,50}})
        |claims:(?P<article>\d{{1,{_MAX_ID_DIGITS}}})
            (?::(?P<page>\d{{1,{_MAX_PAGE_DIGITS}}})(?::(?P<version>[0-9a-f]{{8}}))?)?
        |bc:(?P<action>send|cancel):(?P<broadcast>\d{{1,{_MAX_ID_DIGITS}}}))""",
    re.X,
)


def encode(callback: Callback) -> str:
    match callback:
        case TopicTap(slug, follow):
            return f"topic:{'' if follow is None else '+' if follow else '-'}{slug}"
        case SubscribeTap(slug):
            return f"sub:{slug}"
        case ClaimsPage(article_id, 0, ""):
            return f"claims:{article_id}"
        case ClaimsPage(article_id, page, version):
            return f"claims:{article_id}:{page}" + (f":{version}" if version else "")
        case BroadcastChoice(action, broadcast_id):
            return f"bc:{action}:{broadcast_id}"
    raise TypeError(f"not a callback: {callback!r}")


def decode(data: object) -> Callback | None:
    """The press, or None when the data is not one Sift could have made."""
    if not isinstance(data, str):
        return None
    found = _GRAMMAR.fullmatch(data)
    if found is None:
        return None
    if slug := found["topic"] or found["sub"]:
        if topic_by_slug(slug) is None:
            return None
        if not found["topic"]:
            return SubscribeTap(slug)
        return TopicTap(slug, None if found["sign"] is None else found["sign"] == "+")
    if found["article"]:
        return ClaimsPage(int(found["article"]), int(found["page"] or 0), found["version"] or "")
    action: Literal["send", "cancel"] = "send" if found["action"] == "send" else "cancel"
    return BroadcastChoice(action, int(found["broadcast"]))


def matches(kind: type[Callback]) -> Callable[[object], bool]:
    """A CallbackQueryHandler pattern: True for well-formed data of this kind only."""

    def pattern(data: object) -> bool:
        return isinstance(decode(data), kind)

    return pattern


def unreadable(data: object) -> bool:
    """A CallbackQueryHandler pattern for every press that is not well-formed Sift data."""
    return decode(data) is None


def read(query: CallbackQuery, kind: type[C]) -> C:
    """The press a handler was registered for (its pattern already checked it)."""
    callback = decode(query.data)
    if not isinstance(callback, kind):
        raise ValueError(f"{query.data!r} is not a {kind.__name__}")
    return callback
