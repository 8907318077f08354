"""A fact-check's verdict on the claim it reviews, flagged where the claim is stated.

A fact-check page states the claim it checks, often as its opening sentence ("A photo shows
… ."), and gives its rating apart from it: in schema.org ``ClaimReview`` data, which fact-
checkers publish for search engines (``claimReviewed``, ``reviewRating.alternateName``), and
on the page as labelled lines ("Claim: …" then "Rating: False"). The claim rules see no cue in
the claim's own words, so a summary showed the debunked claim as fact and lost the rating.

Here the sentence that states a disputed claim is flagged with the rating as its reason, and a
claim that no sentence states is listed among the flagged claims in the fact-check's words.
A rating is disputing when it says so in a fact-checker's words ("False", "Misleading", "Pants
on Fire", "Unproven"); one that confirms the claim, or says something else ("Correct
Attribution", a court's "Liable", a referee's "Offside", a consumer column's "Paid in full"),
flags nothing.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any

from summarizer.models import ClaimStatus, Sentence
from summarizer.sentences import split_sentences

# A fact-checker's word for a claim it finds wanting, in English and the major European
# languages (a rating's stem: "False", "Mostly False", "Four Pinocchios", "Faux", "Falso");
# not a word a verdict line of any kind may hold ("Partly upheld", "Wrong decision").
_DISPUTING = re.compile(
    r"""\b(?:false|fake|misleading|unproven|unsupported|unsubstantiated|unfounded|baseless|
    mixture|pants\s+on\s+fire|incorrect|inaccurate|untrue|not\s+true|not\s+correct|
    exaggerat\w*|distort\w*|miscaptioned|misattributed|mislabel\w*|altered|doctored|
    manipulated|fabricated|hoax|scam|satire|unverified|unverifiable|no\s+evidence|
    lacks?\s+context|missing\s+context|out\s+of\s+context|half[\s-]true|debunked|pinocchios?|
    falso|falsa|faux|fausse|trompeur|engañoso|enganoso|falsch|irreführend|ложь|фейк|неправда)\b""",
    re.I | re.X,
)
MAX_JSON_CHARS = 200_000  # of one script: ClaimReview data is a few kilobytes
MAX_JSON_TOTAL = 1_000_000  # of all a page's scripts read
MAX_CHECKS = 5  # a page reviews one claim, a round-up a few
_MAX_DEPTH = 6  # how deep in a script's data a ClaimReview is looked for
_MAX_CLAIM_CHARS = 300
_MAX_RATING_CHARS = 60
_MAX_LABEL_LINE = 500  # a labelled line is short: a longer line is prose
# "Claim: …" and, within a few lines after it, "Rating: False" (or "Verdict", "Our ruling"),
# each label on the line of its text or alone on the line before it
_CLAIM_LABEL = re.compile(r"(?:the\s+)?claim\s*[:：]?\s*(?P<text>.*)", re.I)
_RATING_LABEL = re.compile(
    r"(?:our\s+)?(?:rating|verdict|ruling|conclusion)\s*[:：]?\s*(?P<text>.*)", re.I
)
_MIN_CLAIM_CHARS = 10
# a verdict that goes on to explain itself ("False. Tesla recalled some …"): its first sentence
_FIRST_SENTENCE = re.compile(r"(?<=[.!?])\s+")
_RATING_WITHIN_LINES = 6
# A sentence states a claim when it holds this share of the claim's words: those of four
# letters or more but the commonest ("that", "with", "from"), which any sentence may hold.
_SHARED_WORDS = 0.6
_MAX_CLAIM_PARTS = 3
_MIN_SHARED_WORDS = 3
_WORD = re.compile(r"[^\W\d_]{4,}")
_COMMON = frozenset(
    {
        *("that", "this", "these", "those", "with", "from", "have", "been", "were", "they"),
        *("their", "them", "there", "then", "than", "what", "when", "which", "would"),
        *("could", "should", "will", "also", "said", "says", "into", "about", "after"),
        *("over", "only", "such", "some", "more", "most", "very", "just", "does"),
    }
)
# Words that tell a claim as one: posts that "claim", a message that "says", a photo that
# "shows", a rumour that "circulated".
_TELLS_A_CLAIM = re.compile(
    r"\b(?:claim\w*|say|says|said|saying|tell|tells|told|show|shows|showed|shown|post\w*|"
    r"shar(?:e|ed|es|ing)|circulat\w*|viral|rumou?r\w*|alleg\w*|suggest\w*|purport\w*|"
    r"assert\w*|insist\w*|according)\b",
    re.I,
)
_VERBATIM = 0.7  # the share of words a sentence and the claim have in common, of all theirs
# Words that deny what they are said with: the sentence debunking a claim holds its words
# too, and is not the one that states it.
_NEGATION = re.compile(r"\b(?:not|no|never|nor|false|debunk\w*)\b|n['’]t\b", re.I)


@dataclass(frozen=True, slots=True)
class FactCheck:
    claim: str
    rating: str
    by: str | None = None  # the fact-checker
    claimant: str | None = None  # who made the claim, when the review names them

    @property
    def disputed(self) -> bool:
        return bool(_DISPUTING.search(self.rating))

    @property
    def verdict(self) -> str:
        return f"rated {self.rating} by {self.by}" if self.by else f"rated {self.rating}"

    @property
    def reason(self) -> str:
        return f"a fact-check of this claim: {self.verdict}"


def from_json_ld(scripts: Iterable[str]) -> tuple[FactCheck, ...]:
    """The ClaimReviews in a page's JSON-LD scripts (a malformed or huge script is skipped,
    and no more than MAX_JSON_TOTAL characters of them are read)."""
    checks: dict[str, FactCheck] = {}
    budget = MAX_JSON_TOTAL
    for script in scripts:
        if len(script) > MAX_JSON_CHARS or len(script) > budget:
            continue
        budget -= len(script)
        try:
            data = json.loads(script)
        except (ValueError, RecursionError):  # (nesting past the parser's depth)
            continue
        for review in _claim_reviews(data, _MAX_DEPTH):
            if check := _check(review):
                checks.setdefault(check.claim.casefold(), check)  # (one claim reviewed twice)
                if len(checks) == MAX_CHECKS:
                    return tuple(checks.values())
    return tuple(checks.values())


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
    return FactCheck(
        _shortened(claim, _MAX_CLAIM_CHARS),
        _rating(verdict),
        _name(review.get("author")),
        claimant,
    )


def _rating(verdict: str) -> str:
    """A verdict as a rating: its first sentence ("False. Tesla recalled some …" is
    "False"), without its closing stop, at most _MAX_RATING_CHARS long."""
    return _shortened(
        _FIRST_SENTENCE.split(verdict, maxsplit=1)[0].rstrip(" .!"), _MAX_RATING_CHARS
    )


def _name(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name")
    return _shortened(_text(value), 80) or None


def _text(value: Any) -> str:
    """A string of the data, its spaces as one, and a lone surrogate (a string a page's
    script cut inside a character) made a replacement character: no encoder takes it."""
    if not isinstance(value, str):
        return ""
    value = value.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return " ".join(value.split())


def _shortened(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    return text[: text.rfind(" ", 0, limit) if " " in text[:limit] else limit] + "…"


def from_text(text: str) -> tuple[FactCheck, ...]:
    """The fact-checks a page's text labels: a "Claim:" line with a "Rating:" line after it
    (each once, however often the page repeats its box)."""
    if "claim" not in text.lower():
        return ()
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    checks: dict[str, FactCheck] = {}
    for n in range(len(lines)):
        claim = _labelled(_CLAIM_LABEL, lines, n)
        if not claim or len(claim) < _MIN_CLAIM_CHARS:
            continue
        for later in range(n + 1, min(n + 1 + _RATING_WITHIN_LINES, len(lines))):
            if rating := _labelled(_RATING_LABEL, lines, later):
                check = FactCheck(_shortened(claim, _MAX_CLAIM_CHARS), _rating(rating))
                checks.setdefault(check.claim.casefold(), check)
                break
        if len(checks) == MAX_CHECKS:
            break
    return tuple(checks.values())


def _labelled(label: re.Pattern[str], lines: list[str], n: int) -> str | None:
    """The text a label gives on its line ("Rating: False"), or on the next line when the
    label stands alone ("Rating" then "False", as Snopes sets them)."""
    if len(lines[n]) > _MAX_LABEL_LINE or not (found := label.fullmatch(lines[n])):
        return None
    if found["text"]:
        return found["text"] if ":" in lines[n] or "：" in lines[n] else None
    return lines[n + 1] if n + 1 < len(lines) and len(lines[n + 1]) <= _MAX_LABEL_LINE else None


def flag_checked(
    sentences: Sequence[Sentence], checks: Sequence[FactCheck]
) -> tuple[list[Sentence], set[int], list[Sentence]]:
    """The sentences with each disputed claim's statement flagged, which of them those are,
    and the disputed claims no sentence states (as sentences of their own, flagged, for the
    claims list). A sentence a first check flagged is not taken by another."""
    flagged = list(sentences)
    stating: set[int] = set()
    unstated: list[Sentence] = []
    texts = [s.text for s in sentences]
    for check in (c for c in checks if c.disputed):
        # a claim of several sentences is stated where its first one is that a sentence holds
        parts = dict.fromkeys([check.claim, *split_sentences(check.claim)[:_MAX_CLAIM_PARTS]])
        at = next((n for p in parts if (n := _stated_at(p, texts, stating)) is not None), None)
        if at is None:
            unstated.append(_flagged(Sentence(check.claim), check))
        else:
            flagged[at] = _flagged(flagged[at], check)
            stating.add(at)
    return flagged, stating, unstated


def _flagged(sentence: Sentence, check: FactCheck) -> Sentence:
    """The sentence flagged with the rating; its speaker the claimant the review names, or
    the one it names itself (not the subject of a labelled "Claim: Tesla recalled …")."""
    labelled = _CLAIM_LABEL.match(sentence.text) and ":" in sentence.text[:12]
    return replace(
        sentence,
        status=ClaimStatus.UNVERIFIED,
        source=check.claimant or (None if labelled else sentence.source),
        cue=check.verdict,
        reason=check.reason,
    )


def _stated_at(claim: str, texts: Sequence[str], taken: set[int]) -> int | None:
    """The sentence that states the claim, or None when no sentence surely does.

    It holds most of the claim's words and denies as the claim does (a claim "stores no
    longer accept cash" is not stated by "stores still accept cash", nor "drinking hot water
    cures the flu" by "… does not cure the flu"), and it tells the claim as one (posts that
    "claim", a message that "says", a photo that "shows") or is the claim nearly word for
    word: a correction in the claim's words ("The photograph of a shark … is a composite")
    is no statement of it. Of those, one that tells it as a claim, then the closest."""
    wanted = _content_words(claim)
    if len(wanted) < _MIN_SHARED_WORDS:
        return None
    need = max(_MIN_SHARED_WORDS, round(_SHARED_WORDS * len(wanted)))
    denies = bool(_NEGATION.search(claim))
    best, best_key = None, (False, 0.0)
    for n, text in enumerate(texts):
        if n in taken or bool(_NEGATION.search(text)) != denies:
            continue
        words = _content_words(text)
        shared = len(wanted & words)
        if shared < need:
            continue
        closeness = shared / len(wanted | words)
        tells = bool(_TELLS_A_CLAIM.search(text))
        if (tells or closeness >= _VERBATIM) and (tells, closeness) > best_key:
            best, best_key = n, (tells, closeness)
    return best


def _content_words(text: str) -> set[str]:
    return {w for w in (w.lower() for w in _WORD.findall(text)) if w not in _COMMON}
