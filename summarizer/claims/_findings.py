"""What the rules find in one sentence before notes and context settle it: a status, its cue, its
speaker and the kind of cue, which later steps (notes that reach back, the reason a reader
sees) read.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from summarizer.models import ClaimStatus


class _Kind(enum.Enum):
    """Which rule decided: it picks the reason a reader is shown."""

    TEXT = "the text doubts it"
    NOTE = "a note about other claims"
    VERDICT = "the article's verdict on a claim"
    NO_PROOF = "a note that the one who claimed gave nothing to back it"
    BY_NOTE = "covered by a note"
    ANONYMOUS = "anonymous sources"
    UNNAMED_MANY = "an unnamed part of a group, as many or some of it"
    CLAIM = "claim verb"
    DENIED = "a denial of claims the article does not source"
    DISTANCED = "distancing word"
    SPEECH = "attributed speech"
    NONE = "none"


@dataclass(frozen=True, slots=True)
class _Finding:
    status: ClaimStatus
    cue: str | None
    source: str | None
    kind: _Kind
    # who passes on what no one is named for: "Downer confirmed the Government is
    # investigating reports that …" is no one's claim, but Downer spoke, and "he" is Downer
    relayer: str | None = None

    @property
    def note(self) -> bool:
        return self.kind in (_Kind.NOTE, _Kind.VERDICT, _Kind.NO_PROOF)
