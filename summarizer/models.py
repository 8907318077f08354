"""The engine's results: frozen values that serialise to the documented JSON contract.

They are plain data so that the bot can store a summary as JSON and render it again later
without re-running the engine.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any


class ClaimStatus(enum.StrEnum):
    """How far the article itself stands behind a sentence."""

    UNVERIFIED = "unverified"
    CLAIMED = "claimed"
    ATTRIBUTED = "attributed"
    NONE = "none"

    @property
    def flagged(self) -> bool:
        """Flagged sentences are the ones a reader should not take as established fact."""
        return self in (ClaimStatus.UNVERIFIED, ClaimStatus.CLAIMED)


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of the cleaned article with its claim status."""

    text: str
    status: ClaimStatus = ClaimStatus.NONE
    source: str | None = None
    cue: str | None = None
    reason: str | None = None

    @property
    def flagged(self) -> bool:
        return self.status.flagged

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "status": str(self.status),
            "source": self.source,
            "cue": self.cue,
            "reason": self.reason,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Sentence:
        return cls(
            text=str(data["text"]),
            status=ClaimStatus(data.get("status", "none")),
            source=data.get("source"),
            cue=data.get("cue"),
            reason=data.get("reason"),
        )


@dataclass(frozen=True, slots=True)
class Stats:
    sentences: int
    words: int
    elapsed_ms: float

    def to_dict(self) -> dict[str, Any]:
        return {"sentences": self.sentences, "words": self.words, "elapsed_ms": self.elapsed_ms}


@dataclass(frozen=True, slots=True)
class Summary:
    """What Sift answers for one article."""

    title: str | None
    url: str | None
    language: str
    summary: tuple[Sentence, ...]
    claims: tuple[Sentence, ...]
    topics: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    stats: Stats = field(default_factory=lambda: Stats(0, 0, 0.0))
    items: tuple[str, ...] = ()  # a listicle's numbered headings, in order (listing.py)

    @property
    def flagged_claims(self) -> tuple[Sentence, ...]:
        return tuple(s for s in self.claims if s.flagged)

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "url": self.url,
            "language": self.language,
            "summary": [s.to_dict() for s in self.summary],
            "claims": [s.to_dict() for s in self.claims],
            "topics": list(self.topics),
            "removed": list(self.removed),
            "stats": self.stats.to_dict(),
            "items": list(self.items),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Summary:
        stats = data.get("stats") or {}
        return cls(
            title=data.get("title"),
            url=data.get("url"),
            language=str(data.get("language") or "en"),
            summary=tuple(Sentence.from_dict(s) for s in data.get("summary", [])),
            claims=tuple(Sentence.from_dict(s) for s in data.get("claims", [])),
            topics=tuple(data.get("topics", [])),
            removed=tuple(data.get("removed", [])),
            stats=Stats(
                sentences=int(stats.get("sentences", 0)),
                words=int(stats.get("words", 0)),
                elapsed_ms=float(stats.get("elapsed_ms", 0.0)),
            ),
            items=tuple(data.get("items", [])),
        )
