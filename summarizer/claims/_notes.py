"""Notes that reach back: "His claims could not be independently verified" makes every statement
of that speaker unverified, and the statement right before it; and the short reason a reader
sees for each flag.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from summarizer.claims._findings import (
    _Kind,
)
from summarizer.claims._patterns import _EVERY_SIDE, _SPEECH
from summarizer.models import ClaimStatus

if TYPE_CHECKING:
    from summarizer.claims._findings import (
        _Finding,
    )


def _apply_notes(findings: list[_Finding], texts: Sequence[str]) -> list[_Finding]:
    """A note that a speaker's claims are unverified covers the statement right before it,
    every claim of that speaker, what the speaker says after it (the quotes that go on), and,
    when it names their whole account, their plain statements shortly before it; a plain
    statement of theirs long before the note is not what it is about."""
    vehicles = _vehicles_of_notes(findings, texts)
    findings = [
        replace(f, source=findings[vehicles[index]].source) if index in vehicles else f
        for index, f in enumerate(findings)
    ]
    previous = _statements_before_notes(findings, texts, vehicles)
    # (a note on each of several speakers' statements is no one speaker's: "Russia said …
    # Ukraine said … Reuters could not verify either statement")
    several = {
        index
        for index, f in enumerate(findings)
        if f.note
        and _EACH_OF_THEM.search(texts[index])
        and len(_sources_covered(findings, previous, index)) > 1
    }
    findings = [replace(f, source=None) if i in several else f for i, f in enumerate(findings)]
    noted: dict[str | None, tuple[int, str | None]] = {}
    for index, f in enumerate(findings):
        if f.note and f.source and f.source not in noted and index not in vehicles:
            noted[f.source] = (index, f.cue)
    upgraded: list[_Finding] = []
    for index, f in enumerate(findings):
        owner = _noted_name(f.source, noted)
        note_at, note_cue = noted.get(owner, (len(findings), None))
        if index in previous and f.kind is not _Kind.DENIED:  # a denial is no claim to flag
            upgraded.append(
                replace(f, status=ClaimStatus.UNVERIFIED, cue=previous[index], kind=_Kind.BY_NOTE)
            )
        elif (
            not f.note
            and (
                f.status is ClaimStatus.CLAIMED
                or (f.status is ClaimStatus.ATTRIBUTED and index > note_at)
                or (
                    f.status is ClaimStatus.ATTRIBUTED
                    and _in_the_account_noted(findings, texts, index, note_at)
                )
            )
            and owner in noted
        ):
            upgraded.append(
                replace(f, status=ClaimStatus.UNVERIFIED, cue=note_cue, kind=_Kind.BY_NOTE)
            )
        else:
            upgraded.append(f)
    return upgraded


_STATEMENTS = (ClaimStatus.CLAIMED, ClaimStatus.ATTRIBUTED)


def _sources_covered(
    findings: list[_Finding], covered: dict[int, str | None], note: int
) -> set[str]:
    """Who made the statements a note covers, among the few right before it."""
    return {
        (findings[i].source or "").lower()
        for i in covered
        if note - 1 - _SIDES_REACH <= i < note and covered[i] == findings[note].cue
    }


def _in_the_account_noted(
    findings: list[_Finding], texts: Sequence[str], index: int, note_at: int
) -> bool:
    """Whether a plain statement shortly before a note on its speaker's whole account is part
    of that account: "The Front said …" and "A commander of the group said …", then "The
    group's claims could not be verified"; not when a claim verb set a statement apart between
    them ("… the governor said. The governor claimed … His claims …" covers the claim only),
    nor when the note is on one claim ("The claim could not be verified")."""
    return (
        note_at < len(texts)
        and note_at - 1 - _RUN_REACH < index < note_at
        and bool(_WHOLE_ACCOUNT.search(texts[note_at]))
        and all(f.status is not ClaimStatus.CLAIMED for f in findings[index:note_at])
    )


def _statements_before_notes(
    findings: list[_Finding], texts: Sequence[str], vehicles: dict[int, int]
) -> dict[int, str | None]:
    """ "The claim could not be verified." speaks of the statement right before it; a note
    on every side ("Neither side's figures could be independently verified", "None of the
    claims …") of the run of statements it closes, or else of the run it opens."""
    covered = {vehicle: findings[note].cue for note, vehicle in vehicles.items()}
    for index, f in enumerate(findings):
        if not f.note or index in vehicles:
            continue
        # (not a note on one party's: "None of the ministry's figures …")
        every_side = f.cue and _EVERY_SIDE.match(f.cue) and f.source is None
        if every_side or _EACH_OF_THEM.search(texts[index]):
            covered.update(dict.fromkeys(_run_beside(findings, texts, index), f.cue))
            continue
        said_before = index > 0 and findings[index - 1].status in _STATEMENTS
        if not said_before and _REPORTS_FROM_A_PLACE.search(texts[index]):
            # nothing said before it: a note on the reports from a place opens what is told
            # from there ("It was not possible to verify reports from Ostrin" and then "A
            # local official told Radio Tessaly …", "He said …")
            covered.update(dict.fromkeys(_one_speakers_run_after(findings, index), f.cue))
            continue
        if index == 0:
            continue
        before = findings[index - 1]
        if f.kind is _Kind.VERDICT and not _claim_to_judge(before):
            continue
        if f.kind is _Kind.NO_PROOF and before.source != f.source:
            continue  # "Mr Haines has not offered any proof" is not about Ms Ormond's reply
        if _another_partys(findings, texts, index):
            continue
        if before.status in _STATEMENTS and not before.note:
            # (a whole account or several claims reach along the run; "the claim", "the
            # figure" only the statement right before)
            run = (
                _run_of_one_kind(findings, index - 1)
                if _WHOLE_ACCOUNT.search(texts[index])
                # (nothing to back what they said names no one statement: "He offered no
                # evidence" after two of his is on both)
                or (f.kind is _Kind.NO_PROOF and not _ONE_STATEMENT.search(texts[index]))
                else [index - 1]
            )
            covered.update(dict.fromkeys(run, f.cue))
    return covered


# a note on what is told from a place, before it is told
_REPORTS_FROM_A_PLACE = re.compile(
    r"\b(?:verify|confirm|corroborate|verified|confirmed|corroborated)\s+(?:the\s+)?"
    r"(?:reports|claims|accounts|figures)\s+(?:from|coming\s+out\s+of|out\s+of)\s",
    re.I,
)


def _one_speakers_run_after(findings: list[_Finding], note: int) -> list[int]:
    """The statements right after a note that its first speaker made, up to a few, when that
    speaker is one of those who tell what happened there, unnamed ("A local official told …",
    "Residents said …"), not a party speaking from elsewhere ("The army said …")."""
    run = _statements_from(findings, range(note + 1, min(len(findings), note + 1 + _SIDES_REACH)))
    first = findings[run[0]].source if run else None
    if not first or not _FROM_THERE.match(first):
        return []
    return [i for i in run if findings[i].source == first]


# who tells what happened in a place, unnamed: "a local official", "residents", "witnesses"
_FROM_THERE = re.compile(
    r"(?:an?|one|two|three|several|some)\s|(?:residents|witnesses|locals|villagers|survivors|"
    r"activists|medics|doctors)\b",
    re.I,
)


def _another_partys(findings: list[_Finding], texts: Sequence[str], note: int) -> bool:
    """Whether the statement right before a note is another party's than the one whose
    claims the note doubts, who spoke just before it: "The ministry said … The governor said …
    None of the ministry's figures could be verified" is not on the governor's words (but one
    who speaks for that party is of it: "A commander of the group said …", or "Taliban
    spokesman Zabihullah Mujahid said …" and "Mujahid said …", for "the group's claim")."""
    owner, before = findings[note].source, findings[note - 1].source
    if not owner or not before:
        return False
    member = re.search(r"\b(?:of|for)\s+the\s+([\w-]+)$", before, re.I)
    if member and re.search(rf"\bthe\s+{member.group(1)}['’]s?\s", texts[note], re.I):
        return False
    start = max(0, note - 1 - _RUN_REACH)
    names = set(owner.lower().split()) - {"the", "a", "an", "of", "for", "and"}
    told = [texts[i] for i in range(start, note) if _same_speaker(findings[i].source, before)]
    if any(re.search(rf"\b{re.escape(word)}\b", text, re.I) for word in names for text in told):
        return False  # (the same party, or one of it: "a spokesman for the ministry")
    return any(f.source == owner and not f.note for f in findings[start : note - 1])


def _noted_name(source: str | None, noted: dict[str | None, tuple[int, str | None]]) -> str | None:
    """The name a note gave the speaker of a statement: the same, or the end of it ("Lewis
    Crane" for "Former bandmate Lewis Crane")."""
    if source in noted or source is None:
        return source
    # (a full name's end only: "Eric Trump" is not whom a note on "Trump" names)
    return next(
        (name for name in noted if name and " " in name and _same_speaker(source, name)), source
    )


def _same_speaker(source: str | None, other: str) -> bool:
    """One speaker, named in full or by the end of the name: "Taliban spokesman Zabihullah
    Mujahid" and "Zabihullah Mujahid"."""
    return source is not None and (
        source == other or source.endswith(f" {other}") or other.endswith(f" {source}")
    )


# A note on a thing that carried a statement: "has not been able to verify the video", "The
# authenticity of the message could not be confirmed"
_THING_NOTED = re.compile(
    r"\b(?:the|this|that)\s+(?:authenticity\s+of\s+(?:the|this|that)\s+)?"
    r"(?:[\w-]+\s+)?(?P<thing>video|footage|message|image|photo|photograph|picture|recording|"
    r"audio|document|letter|post|clip)s?\b",
    re.I,
)


# how far back the statement a thing carried may be
_VEHICLE_REACH = 3


def _vehicles_of_notes(findings: list[_Finding], texts: Sequence[str]) -> dict[int, int]:
    """Note -> the statement that the thing it doubts carried: "A video purportedly showing
    the deputy mayor accepting cash …", "A group … claimed responsibility in a message", not a
    speaker's words about that thing since ("Oduya said the video had been edited"): the
    note is on what the thing said, not on the last speaker."""
    vehicles: dict[int, int] = {}
    for index, f in enumerate(findings):
        # (a note, or a doubt the sentence names no one for: "The authenticity of the message
        # could not be confirmed")
        doubt = f.note or (f.status is ClaimStatus.UNVERIFIED and f.source is None)
        thing = _THING_NOTED.search(texts[index]) if doubt else None
        if not thing:
            continue
        word = thing.group("thing").lower()
        # (the same thing by another word: "A video purportedly showing …" and then "The clip
        # first appeared on an anonymous account, and its authenticity could not be verified")
        pattern = _SAME_THING.get(word, word)
        for earlier in range(index - 1, max(-1, index - 1 - _VEHICLE_REACH), -1):
            showing = _shown_by(texts[earlier], pattern)
            if showing or (
                findings[earlier].status in _STATEMENTS and _carried_by(texts[earlier], pattern)
            ):
                vehicles[index] = earlier
                break
    return vehicles


# words for one thing that carried a statement, as a pattern any of them matches
_MOVING = "(?:video|footage|clip|recording)"
_STILL = "(?:image|photo|photograph|picture)"
_SAME_THING = dict.fromkeys(("video", "footage", "clip", "recording"), _MOVING) | dict.fromkeys(
    ("image", "photo", "photograph", "picture"), _STILL
)


def _shown_by(text: str, thing: str) -> bool:
    """Whether a sentence tells what a thing showed, whoever relays it: "Footage shared on
    social media showed …", "The Guardian said documents it had obtained showed …"."""
    return bool(
        re.search(
            rf"\b{thing}s?\b(?:\s+[\w'’-]+){{0,5}}?\s+(?:showed|shows|showing|appeared\s+to\s+"
            rf"show|appears\s+to\s+show|purported\s+to\s+show|suggested|suggests|revealed)\b",
            text,
            re.I,
        )
    )


def _carried_by(text: str, thing: str) -> bool:
    """Whether a sentence's statement came in a thing: it opens with it ("A video purportedly
    showing …") or was made in it ("claimed responsibility in a message"), not only named in
    what someone said of it."""
    named = re.search(rf"\b{thing}s?\b", text, re.I)
    if not named:
        return False
    made_in = re.search(
        rf"\b(?:in|on|via|through)\s+(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+){{0,2}}?"
        rf"{thing}s?\b",
        text,
        re.I,
    )
    return bool(made_in) or not _SPEECH.search(text, 0, named.start())


# a note on each of the statements before it, however many spoke: "Reuters could not verify
# either statement", "no evidence for both claims"
_EACH_OF_THEM = re.compile(
    r"\b(?:either|both|each|neither)\s+(?:of\s+(?:the|these|those)\s+)?(?:statements?|claims?|"
    r"accounts?|figures?|reports?|versions?)\b",
    re.I,
)


# what names a speaker's whole account, not one statement of it
_WHOLE_ACCOUNT = re.compile(
    r"\b(?:accounts?|claims|statements|allegations|assertions|figures|reports|numbers)\b"
    # (or each of them one by one: "no evidence for either statement")
    r"|\b(?:either|both|each)\s+(?:claim|statement|allegation|assertion|figure|report)\b",
    re.I,
)


# a note on one statement: "to support the claim", "that prediction"
_ONE_STATEMENT = re.compile(
    r"\b(?:the|that|this|its|his|her|their)\s+(?:[\w'’-]+\s+)?(?:claim|statement|figure|"
    r"allegation|assertion|prediction|estimate|number|report|account|assessment)\b",
    re.I,
)


# how far back a note reaches along one speaker's run of statements of one kind
_RUN_REACH = 3


def _run_of_one_kind(findings: list[_Finding], last: int) -> list[int]:
    """The statement right before a note, and those right before it that the same speaker made
    in the same way: "The ministry said … It said … could not verify the ministry's account"
    covers both; "… the governor said. The governor claimed … His claims could not be
    verified" only the claim, the one the claim verb set apart."""
    statement = findings[last]
    run = [last]
    for index in range(last - 1, max(-1, last - 1 - _RUN_REACH), -1):
        f = findings[index]
        if (
            f.note
            or f.status is not statement.status
            or not f.source
            or not statement.source
            or f.source.lower() != statement.source.lower()
        ):
            break
        run.append(index)
    return run


# how far a note on every side reaches: the two sides' statements, not a whole article
_SIDES_REACH = 2


# a line that sets the sides against each other, which a note on every side reaches too: "Each
# side accused the other of breaking the ceasefire"
_BOTH_SIDES = re.compile(
    r"\b(?:each|both|either)\s+(?:side|sides|party|parties|camp|camps)\b|\beach\s+other\b", re.I
)


def _run_beside(findings: list[_Finding], texts: Sequence[str], note: int) -> list[int]:
    """The statements right before a note, up to a few, and the line before them that set
    the sides against each other; when none is, those right after."""
    before = _statements_from(findings, range(note - 1, max(-1, note - 1 - _SIDES_REACH), -1))
    opener = note - 1 - _SIDES_REACH
    if (
        len(before) == _SIDES_REACH
        and opener >= 0
        and findings[opener].status in _STATEMENTS
        and _BOTH_SIDES.search(texts[opener])
    ):
        before.append(opener)
    if before:
        return before
    return _statements_from(findings, range(note + 1, min(len(findings), note + 1 + _SIDES_REACH)))


def _statements_from(findings: list[_Finding], indices: range) -> list[int]:
    """The statements at ``indices``, in their order, up to the first sentence that is none."""
    run: list[int] = []
    for index in indices:
        f = findings[index]
        if f.status not in _STATEMENTS or f.note:
            break
        run.append(index)
    return run


def _claim_to_judge(f: _Finding) -> bool:
    """What a verdict ("The rumours are false", "no evidence to corroborate this claim") can
    be about: a claim someone made, or one no one is named for; not a speaker's words that
    only mention claims ("The minister said the rumours were false")."""
    return f.status is ClaimStatus.CLAIMED and (
        f.kind in (_Kind.CLAIM, _Kind.ANONYMOUS, _Kind.UNNAMED_MANY) or f.source is None
    )


UNKNOWN_SPEAKER = "the article does not say who"


def _possessive(who: str) -> str:
    """ "Smith's", but "social media users'", "Officials'" (a word ending in a single s)."""
    return f"{who}'" if who.endswith("s") and not who.endswith("ss") else f"{who}'s"


def _reason(f: _Finding) -> str:
    who = f.source
    cue = f.cue or ""
    match f.kind:
        case _Kind.NOTE | _Kind.VERDICT | _Kind.NO_PROOF if who:
            return f"The article flags {_possessive(who)} claims: “{cue}”."
        case _Kind.BY_NOTE if who:
            return f"The article later flags {_possessive(who)} claims: “{cue}”."
        case _Kind.BY_NOTE:
            return f"The article later flags it: “{cue}”."
        case _Kind.NOTE | _Kind.VERDICT | _Kind.TEXT:
            return f"The article itself flags it: “{cue}”."
        case _Kind.ANONYMOUS | _Kind.UNNAMED_MANY:
            return "It rests on sources the article does not name."
        case _Kind.DENIED if who:
            return f"{who[:1].upper()}{who[1:]} denied claims the article does not source."
        case _Kind.DENIED:
            return f"A denial of claims the article does not source; {UNKNOWN_SPEAKER}."
        case _Kind.CLAIM if who:
            return f"The article reports it only as {_possessive(who)} claim."
        case _Kind.CLAIM | _Kind.DISTANCED if not who:
            return f"The article distances itself (“{cue}”); {UNKNOWN_SPEAKER}."
        case _Kind.DISTANCED:
            return f"The article distances itself from it (“{cue}”)."
    if not who:
        return f"Attributed speech, but {UNKNOWN_SPEAKER}."
    return f"Attributed to {who}; the article reports it without vouching for it."
