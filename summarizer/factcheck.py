"""A fact-check's verdict on the claim it reviews, flagged where the claim is stated.

A fact-check page states the claim it checks, often as its opening sentence ("A photo shows
… ."), and gives its rating apart from it: in schema.org ``ClaimReview`` data, which fact-
checkers publish for search engines (``claimReviewed``, ``reviewRating.alternateName``), and
on the page as labelled lines ("Claim: …" then "Rating: False"). The claim rules see no cue in
the claim's own words, so a summary showed the debunked claim as fact and lost the rating.

Here the sentence that states a reviewed claim is flagged with the rating as its reason, and a
claim that no sentence states is listed among the flagged claims in the fact-check's words. A
claim rated true is left as it is.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any

from summarizer.models import ClaimStatus, Sentence

# Ratings that confirm the claim: nothing to flag.
_CONFIRMING = frozenset(
    {
        "true",
        "correct",
        "accurate",
        "mostly true",
        "mostly correct",
        "mostly accurate",
        "verified",
        "confirmed",
        "legit",
        "real",
    }
)
MAX_JSON_CHARS = 200_000  # of one script: ClaimReview data is a few kilobytes
MAX_CHECKS = 5  # a page reviews one claim, a round-up a few
_MAX_DEPTH = 6  # how deep in a script's data a ClaimReview is looked for
_MAX_CLAIM_CHARS = 400
# "Claim: …" and, within a few lines after it, "Rating: False" (or "Verdict", "Our ruling").
_CLAIM_LINE = re.compile(r"^\s*(?:the\s+)?claim\s*[:：]\s*(?P<claim>\S.{9,399}?)\s*$", re.I | re.M)
_RATING_LINE = re.compile(
    r"^\s*(?:our\s+)?(?:rating|verdict|ruling|conclusion)\s*[:：]\s*(?P<rating>\S.{0,59}?)[.\s]*$",
    re.I,
)
_RATING_WITHIN_LINES = 6
# A sentence states a claim when it holds this share of the claim's words (of 3 letters or more).
_SHARED_WORDS = 0.6
_MIN_SHARED_WORDS = 3
_WORD = re.compile(r"[^\W\d_]{3,}")


@dataclass(frozen=True, slots=True)
class FactCheck:
    claim: str
    rating: str
    by: str | None = None  # the fact-checker
    claimant: str | None = None  # who made the claim, when the review names them

    @property
    def disputed(self) -> bool:
        return self.rating.strip(" .!").lower() not in _CONFIRMING

    @property
    def verdict(self) -> str:
        return f"rated {self.rating} by {self.by}" if self.by else f"rated {self.rating}"

    @property
    def reason(self) -> str:
        return f"a fact-check of this claim: {self.verdict}"


def from_json_ld(scripts: Iterable[str]) -> tuple[FactCheck, ...]:
    """The ClaimReviews in a page's JSON-LD scripts (a malformed or huge script is skipped)."""
    checks: list[FactCheck] = []
    for script in scripts:
        if len(script) > MAX_JSON_CHARS:
            continue
        try:
            data = json.loads(script)
        except (ValueError, RecursionError):  # (nesting past the parser's depth)
            continue
        for review in _claim_reviews(data, _MAX_DEPTH):
            if (check := _check(review)) and check not in checks:
                checks.append(check)
    return tuple(checks[:MAX_CHECKS])


def _claim_reviews(data: Any, depth: int) -> Iterator[dict[str, Any]]:
    if depth <= 0:
        return
    if isinstance(data, list):
        for item in data:
            yield from _claim_reviews(item, depth - 1)
    elif isinstance(data, dict):
        kinds = data.get("@type")
        if kinds == "ClaimReview" or (isinstance(kinds, list) and "ClaimReview" in kinds):
            yield data
        for value in data.values():
            if isinstance(value, list | dict):
                yield from _claim_reviews(value, depth - 1)


def _check(review: dict[str, Any]) -> FactCheck | None:
    claim = _text(review.get("claimReviewed"))
    rating = review.get("reviewRating")
    verdict = ""
    if isinstance(rating, dict):
        verdict = _text(rating.get("alternateName") or rating.get("name"))
    if not claim or not verdict:
        return None
    item = review.get("itemReviewed")
    claimant = _name(item.get("author")) if isinstance(item, dict) else None
    return FactCheck(claim[:_MAX_CLAIM_CHARS], verdict[:60], _name(review.get("author")), claimant)


def _name(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name")
    return _text(value)[:80] or None


def _text(value: Any) -> str:
    return " ".join(value.split()) if isinstance(value, str) else ""


def from_text(text: str) -> tuple[FactCheck, ...]:
    """The fact-checks a page's text labels: a "Claim:" line with a "Rating:" line after it."""
    lines = text.splitlines()
    checks: list[FactCheck] = []
    for n, line in enumerate(lines):
        if not (claim := _CLAIM_LINE.match(line)):
            continue
        for later in lines[n + 1 : n + 1 + _RATING_WITHIN_LINES]:
            if rating := _RATING_LINE.match(later):
                checks.append(FactCheck(claim["claim"], rating["rating"]))
                break
    return tuple(checks[:MAX_CHECKS])


def flag_checked(
    sentences: Sequence[Sentence], checks: Sequence[FactCheck]
) -> tuple[list[Sentence], list[Sentence]]:
    """The sentences with each disputed claim's statement flagged, and the disputed claims no
    sentence states (as sentences of their own, flagged, for the claims list)."""
    flagged = list(sentences)
    unstated: list[Sentence] = []
    for check in (c for c in checks if c.disputed):
        at = _stated_at(check.claim, [s.text for s in flagged])
        if at is None:
            unstated.append(_flagged(Sentence(check.claim), check))
        else:
            flagged[at] = _flagged(flagged[at], check)
    return flagged, unstated


def _flagged(sentence: Sentence, check: FactCheck) -> Sentence:
    return replace(
        sentence,
        status=ClaimStatus.UNVERIFIED,
        source=check.claimant or sentence.source,
        cue=check.verdict,
        reason=check.reason,
    )


def _stated_at(claim: str, texts: Sequence[str]) -> int | None:
    """The sentence that states the claim: of those holding most of its words, the one with
    the fewest others (the claim itself, not a longer sentence that debunks it)."""
    wanted = {w.lower() for w in _WORD.findall(claim)}
    if len(wanted) < _MIN_SHARED_WORDS:
        return None
    need = max(_MIN_SHARED_WORDS, round(_SHARED_WORDS * len(wanted)))
    best, best_score = None, 0.0
    for n, text in enumerate(texts):
        words = {w.lower() for w in _WORD.findall(text)}
        shared = len(wanted & words)
        if shared >= need and (score := shared / len(wanted | words)) > best_score:
            best, best_score = n, score
    return best
