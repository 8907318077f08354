"""The status of one sentence in its context: unverified, claimed, attributed or none, with the
cue that shows it and its speaker. Each cue has its finder (speech, distancing, anonymous
sources, research, verification notes); ``_classify._classify`` tries them in the order that
makes the most specific one win.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from summarizer.claims._context import (
    _BODY_DOCUMENT,
    _may_author,
)
from summarizer.claims._findings import (
    _Finding,
    _Kind,
)
from summarizer.claims._names import (
    _BODY_ROLES,
    _GIVEN_NAMES,
    _MID_ADVERBS,
    _NATIONALITIES,
    _ends_in_an_object,
    _finite_verb,
    _is_acronym,
    _is_title_before_name,
    _looks_like_person,
    _named_as_person,
    _named_before,
    _names_a_thing_that_cannot_speak,
    is_plausible_source,
)
from summarizer.claims._patterns import (
    _A_CLAIM_WORD,
    _ANONYMOUS,
    _CLAIM_CHECKED,
    _CLAIM_NOUNS,
    _DENIAL,
    _DENIED_BEFORE,
    _DISTANCING,
    _EVERY_SIDE,
    _F,
    _GAVE_NONE,
    _MADE_BY,
    _MAX_SOURCE_WORDS,
    _NO_PROOF_YET,
    _NO_SUPPORT,
    _NOTE_BODY,
    _NOTE_OBJECT,
    _RESEARCH,
    _RESEARCH_NOUN,
    _RESEARCHERS,
    _SPEECH,
    _SUBJECT_VERB,
    _UNVERIFIED,
    _VERDICT,
    _WITH_SPEAKER,
)
from summarizer.claims._phrases import (
    _AUTHORED,
    _body_with_the,
    _clean_source,
    _in_headline_case,
    _in_lower_case,
    _leading_source,
    _mentioned_name,
    _names_an_outlet,
    _tidy,
    _tokenised,
)
from summarizer.claims._prefilter import gated
from summarizer.claims._quotes import (
    _CLOSES_AFTER_WORDS,
    _CONTRACTION,
    _FIRST_PERSON,
    _MIN_QUOTE_CHARS,
    _QUOTE_CHARS,
    _mask_quotes,
    _quote_marks,
    _QuoteState,
    _speaks_as_a_quote,
    _tokenised_quote_state,
)
from summarizer.claims._speakers import (
    _distanced_speaker,
    _finding_reported,
    _last_clause,
    _outside,
    _speaker_of,
    _subject,
    _weasel_phrase,
    _word_of_a_title,
)
from summarizer.claims._words import (
    _AUXILIARIES,
    _DATA_HEADS,
    _DETERMINERS,
    _FUNCTION_WORDS,
    _PEOPLE_NOUNS,
    _PERSON_ROLES,
    _PREPOSITIONS,
    _SPEECH_WORDS,
    _SUBORDINATORS,
    _hashes,
    _words,
)
from summarizer.models import ClaimStatus

if TYPE_CHECKING:
    from collections.abc import Iterator

    from summarizer.claims._context import (
        _Context,
    )


# what a body refuses someone, which is no denial of a statement: "Congress has repeatedly
# denied funding for such a wall", "denied him entry", "denied the request"
_REFUSED_THINGS = re.compile(
    r"\s+(?:(?:him|her|them|us|me|it)\s+)?(?:the\s+|a\s+|any\s+)?(?:funding|funds|access|entry|"
    r"permission|visas?|bail|parole|requests?|applications?|appeals?|licen[cs]es?|permits?)\b"
    # (not a clause denied: "denied funding for the hospital had been cut")
    r"(?![^.,;:]{0,40}?\b(?:had|has|have|was|were|is|are|would|will)\b)",
    re.I,
)


# what follows a passive "denied" that denies something ("It was denied that …", "… by
# Andrew", "… in a statement", or nothing): not a thing refused the subject
_DENIAL_GOES_ON = re.compile(
    r"\s*(?:$|[.,;:]|(?:that|by|in|on|at|to|for|with|after|before|as|during|yesterday|today)\b)",
    re.I,
)


# a passive before "denied": what was denied to the subject ("was denied bail")
_PASSIVE_DENIAL = re.compile(r"\b(?:was|were|been|being|is|are|be)\s+(?:\w+ly\s+|also\s+)?$", re.I)


_NAMES_CLAIMS = re.compile(
    r"\b(?:this|that|these|those|the|its|their|his|her)\s+(?:claims?|allegations?|assertions?|"
    r"rumou?rs?|reports?)$",
    re.IGNORECASE,
)


def _is_note(text: str, masked: str) -> bool:
    """A sentence about other statements: its subject is those statements ("His claims could
    not be verified"), or what it cannot verify is ("It was not possible to verify the
    group's claim")."""
    if _NOTE_BODY.match(text):
        return True
    # (any of its doubts: "The group did not provide evidence, and its claims could not be
    # independently verified")
    return any(_doubts_claims(text, match) for match in _unverified_cues(masked))


def _doubts_claims(text: str, match: re.Match[str]) -> bool:
    """Whether a doubt is about statements made: their owner or they are its subject, or its
    object."""
    owned = _OWNED_CLAIMS.match(text)
    if owned and not text[owned.end() : match.start()].strip():
        return True  # "Russia's figures could not be verified" (not "Zelensky's remarks came
        # after Russia claimed, without evidence, …": the doubt is not about the remarks)
    if _CLAIMS_AS_SUBJECT.search(text, 0, match.start()):
        return True  # "… found no link, and the claim remains unproven"
    # "There is no evidence to corroborate this claim", "… and neither side's account could be
    # checked": the cue names the claims it is about
    return bool(
        _NOTE_OBJECT.match(text, match.end())
        or _NAMES_CLAIMS.search(match.group())
        or _EVERY_SIDE.match(match.group())
    )


# Claims already made as the subject of the clause that doubts them, its verb and a few words
# on: "and the claim remains unproven", "these figures have yet to be verified"
_CLAIMS_AS_SUBJECT = re.compile(
    rf"""(?:^|[,;:]\s*|\b(?:and|but)\s+)(?:the|this|that|these|those|his|her|their|its)\s+
    (?:[\w'’-]+\s+){{0,2}}?{_CLAIM_NOUNS}\s+(?:[\w'’-]+\s+){{0,3}}$""",
    re.I | re.VERBOSE,
)


def _unverified(text: str, masked: str, context: _Context) -> _Finding | None:
    """What the article says could not be checked: a note on statements made before it ("His
    claims could not be verified", "This rumor appears to have been made up") or a statement
    it qualifies itself ("The ministry said, without offering evidence, that …")."""
    if match := _unverified_cue(masked):
        if _NAMES_CLAIMS.search(match.group()):
            return _claims_doubted(text, masked, match, context)
        cue = _cue(text, match)
        source = _speaker_of(text, context)
        if source and match.group().lower() in source.lower():
            source = None  # the doubt is no part of who speaks: "He made an unproven claim"
        if (
            (owned := _owned_claims_doubted(text, match))
            # (the verdict alone: a speaker who gives no proof of their own verdict, "…
            # unproven, without offering evidence", is doubted too)
            and not _speakers_own_lack_of_proof(text, masked, owned)
            and (owner := _doubted_owner(text, owned, context))
        ):
            # a speaker's verdict on another's claims: "Mr Duncan Smith said the Trust's
            # figures were 'unverified'" flags the Trust's figures, as the Trust's
            return _Finding(ClaimStatus.UNVERIFIED, cue, owner, _Kind.NOTE)
        if claimant := _claimant_gave_no_proof(masked, match, source, context):
            # (before any note: "Nguyen did not provide evidence for the allegation" is on
            # Nguyen's, not on the last speaker's)
            return _Finding(ClaimStatus.UNVERIFIED, cue, claimant, _Kind.NO_PROOF)
        if (
            source
            and _NO_PROOF_GIVEN.match(match.group())
            and _GAVE_NONE_TOO.search(masked, 0, match.start())
        ):
            # the speaker's own second verb: "The group said the drug cures it in 48 hours,
            # but presented no data", as "…, without presenting any data" is
            return _Finding(ClaimStatus.UNVERIFIED, cue, source, _Kind.TEXT)
        if match.group("backing") or match.group("published"):
            # no examples or documents from one who made no claim just before: "He offered no
            # names or examples when questioned", said of a suspect; "The company has published
            # no trials to support the figure" after a doctor's plain statement
            return _no_proof_yet(text, masked, context) or _verdict_on_a_claim(
                text, masked, context
            )
        if _is_note(text, masked):
            owned = _owned_claims(text, match.end()) or _owned_after_none(text)
            every_side = _EVERY_SIDE.match(text.lstrip()) or _EVERY_SIDE.match(match.group())
            if every_side and not (owned and (owned.group("role") or owned.group("name"))):
                # no one side's ("None of the ministry's figures" are the ministry's, "None of
                # Hamas's figures" Hamas's)
                return _Finding(ClaimStatus.UNVERIFIED, cue, None, _Kind.NOTE)
            owner = _claims_owner(owned, context) or _own_claims_unbacked(
                text, masked, match, context
            )
            if owner is None and _owned_by_another_party(owned):
                # "The government's account could not be verified" after "The rebels said …":
                # the claims of someone the lines before do not show, not the last speaker's
                return _Finding(ClaimStatus.UNVERIFIED, cue, None, _Kind.TEXT)
            if owner is None and source and _RELATIVE_BEFORE_CUE.search(masked, 0, match.start()):
                # the source's own failing, told in a clause on it: "…, according to Russia's
                # defence ministry, which did not provide evidence for the claim"
                owner = source
            if (
                owner is None
                and source
                # (no one else spoke before: a note after an answer is on the claim answered,
                # "Hamas said 30 were killed." then "Israel said …; the figure could not be
                # verified")
                and context.speaker in (None, source)
                and _doubts_its_own_statement(text, masked, match)
            ):
                # the statement the sentence itself reports before its note is the speaker's:
                # "The rebels claimed …, but the claim could not be verified", "Hamas said …;
                # the figure could not be verified"
                owner = source
            return _Finding(ClaimStatus.UNVERIFIED, cue, owner or context.speaker, _Kind.NOTE)
        return _Finding(ClaimStatus.UNVERIFIED, cue, source, _Kind.TEXT)
    return _no_proof_yet(text, masked, context) or _verdict_on_a_claim(text, masked, context)


def _own_claims_unbacked(
    text: str, masked: str, match: re.Match[str], context: _Context
) -> str | None:
    """The subject that gave nothing to back its own words: "The company offered no evidence
    for its assertion that …" is the company's note on its claim."""
    if not _NO_PROOF_GIVEN.match(match.group()) or not _OWN_CLAIM_AFTER.match(text, match.end()):
        return None
    return _subject(masked, match.start(), context)


# the subject's own claim, right after a note's cue: "… for its assertion", "… to back her claims"
_OWN_CLAIM_AFTER = re.compile(
    rf"\s*(?:(?:for|of|behind|to\s+(?:support|back(?:\s+up)?))\s+)?(?:its|his|her|their)\s+"
    rf"(?:[\w-]+\s+)?{_CLAIM_NOUNS}\b",
    re.I | re.VERBOSE,
)


def _doubts_its_own_statement(text: str, masked: str, match: re.Match[str]) -> bool:
    """Whether a note on claims closes a sentence whose own clause before it reports a
    statement: "The army said it had killed 50 fighters, though Reuters could not verify the
    figure" (not a note inside the speaker's words, "Stridely said it could not confirm …")."""
    if doubted := _CLAIMS_AS_SUBJECT.search(text, 0, match.start()):
        return bool(_SUBJECT_VERB.search(masked, 0, doubted.start()))
    clause = max(
        (m.end() for m in _NOTE_CLAUSE_OPENS.finditer(text, 0, match.start())), default=-1
    )
    return (
        clause > 0
        and bool(_NOTE_OBJECT.match(text, match.end()))
        and bool(_SUBJECT_VERB.search(masked, 0, clause))
        and not _SUBJECT_VERB.search(masked, clause, match.start())
    )


# a verb of giving nothing that the speech verb's subject governs too, right before the cue:
# "…, but presented no data", "… and cited no sources" (not "…, but the ministry gave no …")
_GAVE_NONE_TOO = re.compile(r"(?:,\s*|\s)(?:but|and|yet)\s+(?:has\s+|have\s+|had\s+)?$", re.I)


# a relative clause on the one just named, opening right before a note's cue
_RELATIVE_BEFORE_CUE = re.compile(r",\s*(?:which|who)\s+$", re.I)


# where a sentence's last clause may open: after a semicolon or a comma (with "but", "though",
# "although", "and" or "yet"), or at "but" or "though"
_NOTE_CLAUSE_OPENS = re.compile(r";\s*|,\s*(?:but|though|although|and|yet)?\s*|\s(?:but|though)\s")


def _no_proof_yet(text: str, masked: str, context: _Context) -> _Finding | None:
    """ "Mr Haines has not offered any proof of a link", said of one who claimed: a note on
    their claims."""
    offered = _NO_PROOF_YET.search(masked)
    if offered is None:
        return None
    subject = _subject(masked, offered.start(), context) or _speaker_of(text, context)
    claimant = _claimant_gave_no_proof(masked, offered, subject, context)
    if claimant is None:
        return None
    return _Finding(ClaimStatus.UNVERIFIED, _cue(text, offered), claimant, _Kind.NO_PROOF)


def _verdict_on_a_claim(text: str, masked: str, context: _Context) -> _Finding | None:
    """The article's own verdict on a claim just made ("This is false", "There is no evidence
    that …"), or records that do not bear out a statement just made."""
    if (verdict := _VERDICT.match(text)) and not _SPEECH.search(masked):
        # about the last claim made, not the last speaker (often who debunked it)
        cue = verdict.group("verdict")
        return _Finding(ClaimStatus.UNVERIFIED, cue, context.claimant, _Kind.VERDICT)
    if (finding := _NO_SUPPORT.match(text)) and not _SPEECH.search(masked):
        # "There is no evidence that …" judges only a claim someone made, or one no one is
        # named for ("A post … claims that …"), not a hedge ("The singer reportedly died …";
        # "There is no evidence of foul play" is the writer's fact); records that do not bear
        # a statement out judge any statement just made
        cue = _cue(text, finding)
        if (finding.group("evidence") or finding.group("exists")) and context.claim_just_made:
            return _Finding(ClaimStatus.UNVERIFIED, cue, context.claimant, _Kind.VERDICT)
        if finding.group("support") and context.stated_just_now:
            # a note on the statement just made, whoever made it; or, on "his claim", on the
            # claims of the one "his" means, when another spoke since ("Smith said … The
            # company said … Police figures do not support his claim")
            owner = context.pronoun(pronoun) if (pronoun := finding.group("owner")) else None
            if owner and owner != context.last_source:
                return _Finding(ClaimStatus.UNVERIFIED, cue, owner, _Kind.TEXT)
            return _Finding(ClaimStatus.UNVERIFIED, cue, context.last_source, _Kind.NOTE)
    return None


def _claimant_gave_no_proof(
    masked: str, match: re.Match[str], source: str | None, context: _Context
) -> str | None:
    """The one who made a claim before, when the sentence says they gave nothing to back it,
    as the subject of its own main verb, not in words reported ("Mr Haines has not offered
    any proof of a link", "Doyo did not produce receipts or other evidence"): a note on that
    claimant's claims, as "His claims could not be verified" is. The name as the claim gave
    it, of which the note may give the end: "Councillor Derek Haines" is "Mr Haines". One who
    only said it, right before, is as much a claimant: "The mayor said crime had halved." then
    "He offered no evidence" (the subject a role may name: "The group did not provide any
    figures to support that prediction")."""
    if not _NO_PROOF_GIVEN.match(match.group()) or _SPEECH.search(
        _mask_quotes(masked), 0, match.start()
    ):
        return None
    source = source or _subject(masked, match.start(), context)
    if source is None:
        return None
    claimant = next(
        (c for c in reversed(context.claimants) if _names_the_claimant(source, c)), None
    )
    if (
        claimant is None
        and context.stated_just_now
        and context.last_source
        and _names_the_claimant(source, context.last_source)
        # (what would back the words, not details a statement kept short: "It gave no
        # details"; nor another party's failing: "His lawyer offered no evidence")
        and _BACKING.search(match.group())
        and not _OWNED_SUBJECT.match(masked.lstrip())
        # ("he" may be another the statement told of: "Mark Holt said the suspect had been
        # questioned." then "He gave no names or examples")
        and not (_PRONOUN_SUBJECT.match(masked.lstrip()) and context.told_of_another())
    ):
        return context.last_source
    return claimant


# what would back a statement up, which one who only said it failed to give
_BACKING = re.compile(
    r"\b(?:evidence|proof|examples|documents|data|figures|statistics|studies|trials|results)\b",
    re.I,
)


# a subject that is someone's ("His lawyer", "Her employer"): another party than the speaker
_OWNED_SUBJECT = re.compile(r"(?:his|her|their|its)\s", re.I)


# a pronoun that opens the sentence as its subject
_PRONOUN_SUBJECT = re.compile(r"(?:(?:but|and|yet)\s+)?(?:he|she|they)\b", re.I)


def _names_the_claimant(source: str, claimant: str) -> bool:
    """Whether a note's subject names one who claimed: the name as the claim gave it, its end
    ("Mr Haines" for "Councillor Derek Haines"), or the role it gave ("The councillor")."""
    if source == claimant or claimant.endswith(f" {source}"):
        return True
    words = source.split()
    return (
        len(words) == 2
        and words[0].lower() == "the"
        and words[1].lower() in claimant.lower().split()
    )


# a subject's own failure to back what it said: "did not provide evidence", "has not offered
# any proof", "offered no proof"
_NO_PROOF_GIVEN = re.compile(
    rf"(?:did|does|has|have|had|presents|produces|published|{_GAVE_NONE})\b", re.I
)


def _owned_by_another_party(owned: re.Match[str] | None) -> bool:
    """Whether a note gives its claims an owner that is a party ("the government's account",
    "the group's statement"), not a thing whose figures the last speaker gave ("the attack's
    death toll")."""
    role: str | None = owned.group("role") if owned else None
    return role is not None and role.split()[-1].lower() in _PARTIES


# who makes claims in a conflict or a dispute, beside firms, groups and people
_PARTIES = (
    _BODY_ROLES
    | _PEOPLE_NOUNS
    | _PERSON_ROLES
    | _words("government army military police regime opposition authorities rebels forces")
)


# What a rebuttal ("no evidence to suggest …") answers, said before it in the sentence: without
# one it is a finding, which doubts no one ("Police said there was no evidence to suggest the
# death was suspicious", "no evidence of foul play")
_REBUTTED = re.compile(
    r"\b(?:suggest(?:ed|s|ion|ions)?|claim(?:ed|s)?|theor(?:y|ies)|speculat\w*|alleg\w*)\b", re.I
)


def _unverified_cue(masked: str) -> re.Match[str] | None:
    """The first cue that the article cannot vouch for a statement (a rebuttal only after
    what it rebuts)."""
    return next(_unverified_cues(masked), None)


def _unverified_cues(masked: str) -> Iterator[re.Match[str]]:
    match = _UNVERIFIED.search(masked)  # (most sentences: none, read once)
    while match:
        if not _answers_nothing(masked, match):
            yield match
        match = _UNVERIFIED.search(masked, match.end())


def _answers_nothing(masked: str, match: re.Match[str]) -> bool:
    if match.group("checked") or match.group("hard"):
        # (a claim must be what could not be checked: "the claim that funds are backed")
        return not _CLAIM_CHECKED.search(masked, max(0, match.start() - 160), match.start())
    return _rebuts_nothing(masked, match)


def _rebuts_nothing(masked: str, match: re.Match[str]) -> bool:
    """A rebuttal with nothing before it that it rebuts, or "no evidence of that" told by a
    speaker ("Health officials said there was no evidence of that": their finding, not the
    writer's doubt) unless their own words have just said what "that" is ("The criticism
    made is that he's involved in a cover-up, well there's no evidence of that")."""
    if not (match.group("rebuttal") or match.group("pointer")):
        return False
    rebutted = _REBUTTED.search(masked, 0, match.start())
    told = bool(_SPEECH.search(_mask_quotes(masked)))  # a speaker's words, not the writer's
    if match.group("rebuttal"):
        # (the writer's own verdict, opening the sentence, needs nothing before it: "No
        # physical evidence linking her to the crime was ever discovered"; a speaker's, or a
        # subject's finding, "Scientists have found no evidence linking …", is theirs)
        return not rebutted and (
            told or not _OPENS_THE_SENTENCE.fullmatch(masked[: match.start()])
        )
    return told and not (rebutted or _CRITICISM.search(masked, 0, match.start()))


# nothing before a verdict but "There is" or a conjunction: the writer's own
_OPENS_THE_SENTENCE = re.compile(
    r"\s*(?:(?:but|and|yet|however|still),?\s+)?(?:there\s+(?:is|was|has\s+been|had\s+been)\s+|"
    r"there\s?(?:is|was)n\s?[’']\s?t\s+|there\s?['’]\s?s\s+|there\s+)?",
    re.I,
)


_CRITICISM = re.compile(r"\b(?:criticism|charge|accusation)s?\s+(?:\w+\s+)?is\s+that\b", re.I)


# Whose claims a note names: "verify the group's claim", "Russia's figures could not be
# verified", "his claims"
_OWNED_CLAIMS = re.compile(
    rf"""\s*(?:(?P<role>[Tt]he\s+[a-z]++)['’]s?|(?P<name>(?:[A-Z][\w.&-]*+\s+){{0,3}}[A-Z][\w.&-]*+)
    ['’]s?|(?P<pronoun>his|her))\s+(?:[\w-]++\s+){{0,2}}?{_CLAIM_NOUNS}\b""",
    re.VERBOSE,
)


def _owned_claims(text: str, end: int) -> re.Match[str] | None:
    """The owner and claims a note names, after its cue ("It was not possible to verify the
    group's claim") or opening it ("Russia's figures could not be verified")."""
    return _OWNED_CLAIMS.match(text, end) or _OWNED_CLAIMS.match(text)


def _owned_claims_doubted(text: str, cue: re.Match[str]) -> re.Match[str] | None:
    """Someone's claims as the subject the cue is said of, inside a reported clause: "… said
    the Trust's figures were 'unverified'", "… argued that Russia's claims remain unproven"."""
    # (the clause nearest the cue that holds them: "Smith said he was tired, and Jones added
    # that the Trust's figures were unverified"; not a participle in the claims' own words,
    # "the Trust's widely noted figures")
    for clause in reversed(list(_REPORTED_CLAUSE.finditer(text, 0, cue.start()))):
        # (a name's "the" is no part of the name the pattern reads: "the Trust's figures")
        the = _THE_BEFORE_NAME.match(text, clause.end())
        owned = _OWNED_CLAIMS.match(text, the.end() if the else clause.end())
        if owned and _LINKING_BEFORE_CUE.fullmatch(text, owned.end(), cue.start()):
            return owned
    return None


def _speakers_own_lack_of_proof(text: str, masked: str, owned: re.Match[str]) -> bool:
    """Whether a "without evidence" is the reporting speaker's own: before the claims they
    judge ("Jones said, without offering evidence, that …") or set off after the verdict
    ("… were unproven, without offering evidence"), not inside the claims' clause ("… were
    unproven and made without evidence")."""
    return any(
        cue.group().lower().startswith("without")
        and (cue.start() < owned.start() or text[: cue.start()].rstrip().endswith(","))
        for cue in _unverified_cues(masked)
    )


# where a reported clause opens: after a verb of saying, and its "that"
_REPORTED_CLAUSE = re.compile(
    # (not "claims", which is as often the noun the verdict is on: "the Bureau's claims")
    r"\b(?:said|says|argued|argues|insisted|insists|claimed|added|noted|warned|"
    r"suggested|suggests)(?:\s+that)?(?=\s)",
    re.I,
)


def _doubted_owner(text: str, owned: re.Match[str], context: _Context) -> str | None:
    """Whose claims a reported verdict is on: a body or a name the article gave (a name with
    "the", "the Trust", is a body's, as "the charity" is), else the owner as written."""
    name = owned.group("name")
    if name and text[: owned.start()].endswith(" the"):
        return _role_owner(["the", name.lower()], context) or f"the {name}"
    return _claims_owner(owned, context) or owned.group("role") or name


_THE_BEFORE_NAME = re.compile(r"\s+the(?=\s+[A-Z])")


# the verb between claims and the doubt said of them: "were", "have been", "remain"
_LINKING_BEFORE_CUE = re.compile(
    r"\s+(?:(?:were|was|are|is|remain|remains|remained|have\s+been|has\s+been|had\s+been|"
    r"seem|seemed|appear|appeared)(?:\s+(?:still|largely|wholly|entirely|completely))?\s*)?"
    r"[‘'\"“]?\s*",
    re.I,
)


def _owned_after_none(text: str) -> re.Match[str] | None:
    """The owner and claims after "None of" or "Neither of": "None of the ministry's figures
    could be verified"."""
    opening = _NONE_OF.match(text)
    return _OWNED_CLAIMS.match(text, opening.end()) if opening else None


_NONE_OF = re.compile(r"\s*(?:neither|none)\s+of\b", re.I)


def _claims_owner(match: re.Match[str] | None, context: _Context) -> str | None:
    """Who owns the claims a note names (``_owned_claims``): a body's role is the body named
    with that word, else whoever made the last claim (the Taliban, three quotes of their
    spokesman back); a name is that name; "his" or "her" the person it means. None when the
    note names no owner: the last speaker is meant."""
    if not match:
        return None
    if role := match.group("role"):
        return _role_owner(role.split(), context)
    if name := match.group("name"):
        if context.speaker and name.lower() in context.speaker.lower():
            return context.speaker  # "Gaza's death toll" after "Gaza's Health Ministry said"
        owner = context.expand(name)
        return owner if is_plausible_source(owner) else None
    return context.pronoun(match.group("pronoun"))


# Words for a group that makes claims without being named by them: "the group's claim" is the
# Taliban's, where "the army's account" is the army's.
_GROUP_WORDS = _words("group organisation organization movement faction")


# how many speakers back a note's owner is looked for
_OWNER_REACH = 4


def _role_owner(role: list[str], context: _Context) -> str | None:
    """Whose claims "the army's account" or "the group's claim" are: a body named with that
    word, else the last speaker if it is one ("The army said …"), else for a bare group word
    whoever made the last claim. None ("the attack's death toll"): the last speaker is meant."""
    head = role[-1].lower()
    if described := context.description(role):
        return described
    speaker = context.speaker
    # (one who speaks for the group is not it: "A commander of the group said …" and then
    # "The group's claims …" are the group's, which spoke before him)
    member = bool(speaker) and bool(
        re.search(rf"\bof\s+the\s+{re.escape(head)}$", speaker or "", re.I)
    )
    if member:
        # (the body itself when its name says the word, "The army", or any for a group word;
        # else the one who spoke for it)
        body = context.organisation
        if head in _GROUP_WORDS:
            return context.last_claimant or body
        return body if body and body.split()[-1].lower() == head else speaker
    if speaker and speaker.split()[-1].lower() == head:
        return speaker
    body = context.organisation
    if body and re.search(rf"\b{re.escape(head)}\b", body, re.I):
        return body  # "the ministry's figures" after "The defence ministry of Velstan said"
    # a body that spoke a few lines back whose name ends in the word: "the army's figures"
    # after "The army said …" and "Hamas said …", "the group's claims" after "The Wagner
    # group said …" and "The Ukrainian army said …"
    spoke = context.speakers[-_OWNER_REACH:]
    if named := next((s for s in reversed(spoke) if s.split()[-1].lower() == head), None):
        return named
    if head not in _GROUP_WORDS:
        return None
    # a group's claims are the last claimant's, or else the last body's that spoke ("a militia
    # calling itself the Eastern Shield said …", then "The group's account …")
    body = speaker if speaker and not _looks_like_person(speaker) else None
    return context.last_claimant or body


def _claims_doubted(text: str, masked: str, match: re.Match[str], context: _Context) -> _Finding:
    """ "There is no evidence to corroborate this claim": on its own, a verdict on the claim
    just made (not on the last speaker); after a speech or claim verb ("Police said they had
    found no evidence to support the claims", "Smith said he was attacked, but there is no
    evidence …"), unverified as that sentence's own statement."""
    cue = _cue(text, match)
    # claims a pronoun owns are the last claimant's, however far back and whoever doubts
    # them: "the Bishop said there was a lack of evidence to back up its claims" after "The
    # Da Vinci Code claims …"
    owner = context.last_claimant if _OWNED_BY_PRONOUN.search(match.group()) else None
    if _SUBJECT_VERB.search(masked, 0, match.start()) and not owner:
        return _Finding(ClaimStatus.UNVERIFIED, cue, _speaker_of(text, context), _Kind.TEXT)
    return _Finding(ClaimStatus.UNVERIFIED, cue, owner or context.claimant, _Kind.VERDICT)


_OWNED_BY_PRONOUN = re.compile(r"\b(?:its|their|his|her)\s+\w+$", re.I)


# the word for their kind before unnamed "sources" (not "after sources told")
# the words that say what kind the unnamed sources are: "diplomatic", "Western intelligence",
# "US and Israeli" (up to three words and the "and" that may join them)
_SOURCES_KIND = re.compile(r"(?:[A-Za-z][\w'-]*+\s+){1,4}$")


def _sources_kind(before: str) -> str | None:
    """The words for the sources' kind that end ``before``, none of them a function word
    ("after diplomatic" is "diplomatic") nor a plural noun ("After the talks diplomatic"),
    "and" only between two of them."""
    found = _SOURCES_KIND.search(before[-80:])
    words = found.group().split() if found else []
    kind: list[str] = []
    for word in reversed(words):
        if word.lower() == "and" and kind and kind[0].lower() != "and":
            kind.insert(0, word)
        elif (
            (word.lower() in _FUNCTION_WORDS and not _is_acronym(word))  # (not "US")
            or word.lower() in _DETERMINERS
            or word.lower() in ("numerous", "various", "multiple")
            or (word.islower() and word.endswith("s"))
            or len(kind) == 3
        ):
            break
        else:
            kind.insert(0, word)
    while kind and kind[0].lower() == "and":
        kind.pop(0)
    return " ".join(kind) or None


_THE_BEFORE_SOURCES = re.compile(r"\bthe\s+(?P<kind>(?:[\w-]+\s+){0,2})$", re.I)


def _the_sources_named(text: str, match: re.Match[str], context: _Context) -> str | None:
    """The sources the article named before, when it now calls them "the sources" (or "the
    ministry sources" after "Finance Ministry sources"): one group, not a new one."""
    named = context.named_sources
    before = _THE_BEFORE_SOURCES.search(text, 0, match.start("who4"))
    if not named or not before:
        return None
    kind = before.group("kind").lower().split()
    words = named.lower().split()
    head = match.group("who4").lower()
    return named if head in words and all(w in words for w in kind) else None


def _anonymous_finding(text: str, match: re.Match[str], context: _Context) -> _Finding:
    """A statement no one the reader could hold to account makes: claimed, by the unnamed
    source the match names, by no one for unnamed reports, or by the speech verb's subject
    ("One official, who asked not to be named, said")."""
    who = next((g for n, g in match.groupdict().items() if g and n != "reports"), None)
    if match.group("who4") and (kind := _sources_kind(text[: match.start("who4")])):
        who = f"{kind} {who}"  # "diplomatic sources indicated that …"
    if match.group("who4") and (named := _the_sources_named(text, match, context)):
        who = named  # "the sources said" after "Gulf oil sources said": the same sources
    relayer = None
    if who:
        source: str | None = _without_dangling_words(_tidy(who))
        if source and len(source.split()) > 5 and " from " in source:
            # "An official from Palestinian leader Yasser Arafat's Fatah movement"
            source = source.partition(" from ")[0]
        source = _up_to_what_they_know(source) if source else source
        if source and source.split()[0].lower() == "those":
            source = None  # "those familiar with …": unnamed, and no pronoun is shown as a name
    elif match.group().lower().startswith("according") or match.group("reports"):
        # "according to reports", "amid reports of": no one the reader could hold to it
        source = None
        if match.group("reports") and match.start() > 0:
            # (a person named in full: "Greece has denied … after reports …" leaves the
            # quotation that goes on to the speaker it was)
            relayer = _speaker_of(text[: match.start()], context)
            if not relayer or " " not in relayer or not _looks_like_person(relayer):
                relayer = None
    else:  # "One official, who asked not to be named, said": the speech verb's subject
        source = (
            _described_before_who(text, match, context)
            or _speaker_of(text, context)
            or _leading_source(text, context)
        )
    return _Finding(ClaimStatus.CLAIMED, _cue(text, match), source, _Kind.ANONYMOUS, relayer)


# the unnamed one a relative clause of anonymity is about, right before it: "a person who
# asked not to be named because the plans are private told …"
_BEFORE_WHO = re.compile(
    r"(?:^|(?<=[\s,]))(?P<who>(?:an?|one|two|three|four|several|some)\s+(?:[a-z-]++\s+){0,3}?"
    r"[a-z-]++)\s*,?\s*$",
    re.I,
)


def _described_before_who(text: str, match: re.Match[str], context: _Context) -> str | None:
    """The one a "who asked not to be named" clause describes (its own words may hold a
    subject and a verb, "because the plans are private told", that are not the speaker)."""
    if not match.group().lower().startswith("who"):
        return None
    before = _BEFORE_WHO.search(text, max(0, match.start() - 80), match.start())
    return _clean_source(before.group("who"), context) if before else None


def _quotation(source: str | None, context: _Context) -> _Finding:
    """A quotation with no verb of its own: its speaker's words, as anonymous as that speaker
    when it goes on with one the article keeps unnamed ("… ,” the source said." and then
    "“Many people are afraid to return.”")."""
    if source and _is_unnamed_speaker(source, context):
        return _Finding(ClaimStatus.CLAIMED, "quotation", source, _Kind.ANONYMOUS)
    return _Finding(ClaimStatus.ATTRIBUTED, "quotation", source, _Kind.SPEECH)


# one of a group the sentence does not name again: "one of the people", "one of them"
_ONE_OF_THEM = re.compile(r"one\s+of\s+(?:them$|(?:the|those)\s+(?P<group>.+))", re.I)


def _one_of_the_unnamed(source: str, context: _Context) -> bool:
    """Whether "one of the people" is one of the unnamed "two people familiar with the
    matter" just quoted (not "one of the club's coaches" after "a source close to him")."""
    unnamed = context.unnamed_speaker
    match = _ONE_OF_THEM.match(source)
    if not unnamed or not match:
        return False
    group = match.group("group")
    return group is None or group.lower().split()[-1] in unnamed.lower().split()


# the group just quoted unnamed, named again by its noun: "the people" after "three people
# familiar with the matter", "the officials" after "two officials who asked not to be named"
# (a word or two may tell more of them: "The European diplomat" after "A diplomat said")
_THE_GROUP = re.compile(r"(?:the|those|these)\s+(?:[\w-]+\s+){0,2}?(?P<noun>[a-z]+)", re.I)


def _the_unnamed_group(source: str, context: _Context) -> bool:
    unnamed = context.unnamed_speaker
    match = _THE_GROUP.fullmatch(source)
    if not unnamed or not match:
        return False
    return match.group("noun").lower() == _head_noun(unnamed)


# what follows the head of a phrase naming unnamed sources and tells more of them
_POSTMODIFIERS = _words(
    "familiar close briefed knowledgeable who whom that with in on at from for of speaking "
    "involved"
)


def _head_noun(phrase: str) -> str:
    """The noun a phrase for unnamed sources is about: "people" in "three people familiar
    with the matter", "sources" in "Government sources" (not "government")."""
    words = phrase.lower().replace(",", " ").split()
    before = next((i for i, w in enumerate(words) if w in _POSTMODIFIERS and i > 0), len(words))
    return words[before - 1]


# who speaks for a body on its record, named or not: "a spokesman", "a police spokeswoman"
_SPOKESPERSON = re.compile(r"\bspokes(?:man|woman|person|men|women|people)$", re.I)


def _is_unnamed_speaker(source: str, context: _Context) -> bool:
    """Whether the source is one the article kept unnamed: the last speaker, or any before
    ("The friend said" after "a friend of the couple told Glimmer" and a spokesperson's
    denial)."""
    unnamed = context.unnamed_speaker
    lowered = source.lower()
    return (
        unnamed is not None and lowered == unnamed.lower()
    ) or lowered in context.unnamed_speakers


def _opens_a_tokenised_quote(text: str, context: _Context) -> int | None:
    """Where tokenised text opens a quotation in the words of someone speaking ("writing ;
    ' I want to thank the car thieves …", "… came through . ' Today we lost myuran . ' Our
    sons …"), which the marks alone, written alike, do not show."""
    if not _tokenised(text):
        return None
    state = _tokenised_quote_state(text, _QuoteState(context.quote_open, context.quote_maybe))
    for start, end in state.spans:
        quoted = text[start:end]
        if len(quoted.strip()) >= _MIN_QUOTE_CHARS and _speaks_as_a_quote(quoted):
            return start
    return None


def _without_dangling_words(phrase: str) -> str:
    """A source cut after some words may end in one that leads on ("a person familiar with
    the company's plans for its", "people briefed on talks between management and"): the
    phrase ends at its last word that does not. A pronoun after a preposition is its object,
    which ends the phrase: "people familiar with it", "a source close to him"."""
    words = phrase.split()
    if len(words) > 1 and words[-1].islower() and words[-1] in _SPEECH_WORDS:
        # (the tag's own verb after its subject: "…, one official close to the CHA alleged.")
        words.pop()
    while len(words) > 1 and words[-1].islower() and words[-1] in _FUNCTION_WORDS:
        if _ends_in_an_object([words[-2].lower(), words[-1]]):
            break
        words.pop()  # (a name is no dangling word: "close to the US", "plans for May")
    return " ".join(words)


# what an unnamed source knows about, and the words after it that lead on to more
_KNOWING = re.compile(r"\b(?:familiar\s+with|briefed\s+on|knowledge\s+of|close\s+to)\s+\S+")
_LEADS_ON = re.compile(r"\s(?:to|between|for|at|in|over|about|into|by|against|on|from)\s")


def _up_to_what_they_know(source: str) -> str:
    """An unnamed source described past what a reader takes in as a name is shown up to what
    they know, without what that is to or about: "One person familiar with Mr. Cohen's
    testimony to the special counsel's prosecutors" is "One person familiar with Mr. Cohen's
    testimony". A short one keeps its words ("people briefed on talks in Doha")."""
    if len(source.split()) <= _MAX_SOURCE_WORDS + 1:
        return source
    knowing = _KNOWING.search(source)
    leads_on = _LEADS_ON.search(source, knowing.end()) if knowing else None
    return source[: leads_on.start()] if leads_on else source


_ACCORDING_TO = re.compile(r"\baccording\s+to\b", re.I)


# the alternatives of _ANONYMOUS that give a source with "according to" (by their group
# names there; a test checks that each names one)
_ACCORDING_TO_GROUPS = ("who1", "who6", "who10", "who13")


def _anonymous(masked: str) -> re.Match[str] | None:
    """The first unaccountable source, passing over reports no one is named for when an
    unnamed source speaks after them ("… amid reports the shooter had barricaded himself
    inside 'This started in D.C.,' an FBI source told WUSA"), and over unnamed speakers whose
    words the sentence gives "according to" others: those others are the writer's source
    for the whole ("Three senior campaign officials told Mr. Mueller's team that …,
    according to people familiar with their interviews")."""
    reports = speaker = None
    for match in _ANONYMOUS.finditer(masked):
        if any(match.group(group) for group in _ACCORDING_TO_GROUPS):
            return match
        if match.group("reports"):
            reports = reports or match
        elif not speaker:
            speaker = match
            if not _ACCORDING_TO.search(masked, match.end()):
                return match
    return speaker or reports


def _told_inside_quotation(finding: _Finding, text: str, context: _Context) -> _Finding:
    """Speech reported inside a quotation that goes on with no mark, to or by its speaker in
    the first person ("Martinez said: 'My thoughts are … Seamus tells me there is contact"),
    or by a subject no line names, in the sentence that closes it ("Summers said: 'The panel
    heard the matter afresh." then "… it concluded that no foul play took place.'"): the
    words are still the speaker's who opened the quotation."""
    if not context.quote_open or not context.speaker or finding.source == context.speaker:
        return finding
    if not _QUOTE_CHARS.search(text) and _FIRST_PERSON.search(text):
        return replace(finding, source=context.speaker)
    if finding.source is None and _closes_open_quote_only(text):
        return replace(finding, source=context.speaker)
    return finding


def _closes_open_quote_only(text: str) -> bool:
    """Whether the sentence's one quotation mark is the one closing a quotation opened
    before: everything before it is still quoted."""
    marks = list(_QUOTE_CHARS.finditer(_CONTRACTION.sub("", text)))
    return len(marks) == 1 and bool(_CLOSES_AFTER_WORDS.search(text))


# How narration after a quotation opens: a name or a noun phrase and its verb, a third person
_NARRATION_START = re.compile(
    r"(?:The|A|An|His|Her|Their|Its|He|She|They)\b|[A-Z][\w'’-]*\s+[A-Z]"
)

# How narration opens, however the quotation before was opened: the writer's own time or
# place ("Meanwhile", "In 2019"), a caption ("Pictured:", "Summer pictured volunteering in
# Africa."), a heading or a title as a label ("Fall of an Empire: The Story of …"). (A quote
# that goes on in the first person is read as one before this is asked: "Last year we …")
_WRITERS_OPENING = re.compile(
    r"(?:Meanwhile|Elsewhere|Earlier|Later)\b|In\s+\d{4}\b|\w+:|"
    # … a day the writer dates the news to ("On Monday, …"), or the news formula that links a
    # story to what went before ("It comes after …", "This comes as …"); not "Last year" or
    # "This year", which a speaker says as often
    r"On\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:It|This)\s+comes\s+(?:after|as|amid)\b|"
    r"[A-Z][\w'’-]*+(?:\s+(?:[A-Z][\w'’-]*|of|the|an?|and|in|for|to)){1,5}:|"
    r"(?:[A-Z][\w'’-]*+\s+){1,3}\(?pictured\b"
)


def _goes_on_quoting(text: str, context: _Context) -> bool:
    """A sentence with no marks of its own right after a quotation that was left open, in text
    written as printed: it goes on with the quote ("He said: 'I waited for eight hours." then
    "When the lightning arrived it was magical."), unless it opens as narration does. A quote
    opened after words of its own goes on whatever the opening ("Cathy Olkin said: “Charon
    blew our socks off." then "The team has just been abuzz."), but never into a caption, nor
    into a sentence that names the speaker, as a speaker does not ("Wilson told reporters: “We
    will win." then "Wilson trails by six points.")."""
    return (
        context.quoting
        and not _tokenised(text)
        and _quote_marks(text) == (0, 0)
        and not _WRITERS_OPENING.match(text)
        and not _names_the_speaker(text, context.speaker)
        and (
            context.quoting_after_words
            or not (_NARRATION_START.match(text) or _opens_with_name(text, context))
        )
    )


def _names_the_speaker(text: str, speaker: str | None) -> bool:
    """Whether a sentence names the speaker by a word of their name (not a title's)."""
    names = [
        w for w in (speaker or "").split() if w[:1].isupper() and not _is_title_before_name(w)
    ]
    return any(
        name in text and re.search(rf"(?<![\w'’-]){re.escape(name)}(?![\w-])", text)
        for name in names
    )


def _opens_with_name(text: str, context: _Context) -> bool:
    """A sentence that opens with a name: several capitalised words, a name the article gave
    before, a first name, or one capitalised word that a verb follows ("Cervantes sold …"),
    not a capitalised word such as "Well" in "Well done."."""
    name = _mentioned_name(text)
    if not name or not text.startswith(name):
        return False
    word = name.lower()
    if " " in name or word in context.full_names or word in _GIVEN_NAMES:
        return True
    following = text[len(name) :].split(maxsplit=1)[:1]
    return bool(following) and _finite_verb(following[0].lower())


def _is_generic_group(source: str | None, context: _Context) -> bool:
    """No one the reader could hold to a stance: nobody found, or a bare plural ("Residents",
    "politicians", "Fans"), not a name the article gave or a body ("Police")."""
    if source is None:
        return True
    words = source.split()
    plural = words[-1].lower().endswith("s") and words[-1].lower() not in context.full_names
    return len(words) == 1 and plural and not _is_acronym(words[0])


def _said(text: str, masked: str, context: _Context) -> _Finding | None:
    """A speech verb, or a participle of saying with its own subject: "…, with Audi
    suggesting that the car …" (a bare "saying that" is as often the writer's own: "that is
    not saying that …"); none when the writer speaks ("As I said earlier")."""
    if _the_writer_speaks(text, masked, context) or _ASKS_WHAT_WAS_SAID.match(masked):
        return _Finding(ClaimStatus.NONE, None, None, _Kind.NONE)
    # (a finding its finder reported is published research: "a finding that she reported")
    speech = (
        m
        for m in _SPEECH.finditer(masked)
        if not _finding_reported(masked, m.start())
        and not _said_by_a_thing(masked, m.start())
        and not _SAYS_NOTHING.match(masked, m.start())
        and not _no_one_spoke(masked, m.start())
        and not _denied_to(masked, m)
        and not _part_of_a_name(masked, m)
    )
    match = next(speech, None)
    spoken = _without_silent_verbs(text, masked, match)
    finding = _speech(spoken, match, context) if match else None
    if match and finding and _writers_inference(match, finding):
        # "This suggests that …": the writer's inference; a tag further on may still speak
        # ("The evidence suggests he was murdered, police said")
        match = next(speech, None)
        finding = _speech(text, match, context) if match else None
    if match and finding:
        if match.group("stance") and _is_generic_group(finding.source, context):
            return None  # a stance of people in general is the writer's: "Fans were worried …"
        return finding
    if found := _named_by(_ASIDE_TAG.search(masked), context) or _named_by(
        _AS_REVEALED.match(masked), context
    ):
        return found
    if match := _GOES_ON_TAG.search(masked):
        # (a pronoun no one before it names still tells that someone speaks)
        who = _clean_source(match["who"] or match["closer"], context)
        verb = match["verb"] or match["closing"]
        return _Finding(ClaimStatus.ATTRIBUTED, verb, who, _Kind.SPEECH)
    return _named_by(_WITH_SPEAKER.search(masked), context)


def _writers_inference(match: re.Match[str], finding: _Finding) -> bool:
    """ "This suggests that …", "The result appears to reject the idea": what the writer
    infers, unless a person is the subject ("Clinton appeared to suggest she would …")."""
    verb = match.group().lower()
    inferred = verb == "suggests" or verb.startswith(("appear", "seem"))
    return inferred and not (finding.source and _named_as_person(finding.source))


def _named_by(match: re.Match[str] | None, context: _Context) -> _Finding | None:
    """A statement a fallback pattern found, when its ``who`` names someone: attributed to
    them by its ``verb``."""
    if match and (who := _clean_source(match["who"], context)):
        return _Finding(ClaimStatus.ATTRIBUTED, match.group("verb"), who, _Kind.SPEECH)
    return None


def _without_silent_verbs(text: str, masked: str, spoken: re.Match[str] | None) -> str:
    """The sentence without the speech verbs before ``spoken`` that say no one spoke
    ("Neither club has commented, but the league said …"): their subject is no speaker, and
    the one found for "said" must not be it."""
    if spoken is None or not _NEGATION.search(masked, 0, spoken.start()):
        return text  # (most sentences: no negation before the verb, nothing to leave out)
    for verb in _SPEECH.finditer(masked, 0, spoken.start()):
        if _no_one_spoke(masked, verb.start()):
            text = text[: verb.start()] + " " * (verb.end() - verb.start()) + text[verb.end() :]
    return text


def _no_one_spoke(masked: str, verb: int) -> bool:
    """Whether the speech verb at ``verb`` says no one spoke: its subject is no one
    ("Neither club has commented") or it is negated ("Smith has not commented")."""
    return bool(_NO_ONE_SPEAKS.search(masked, 0, verb) or _NOT_COMMENTED.match(masked, verb))


_NEGATION = re.compile(r"\b(?:neither|nobody|no|none|not|never|yet)\b|n['’]t\b", re.I)

_SUBJECT_LINK_WORDS = _words("who which that has have had will would")


# A speech verb denied, before the question it leaves open: "have not said who they believe was
# behind the killings", "would not say whether the man was armed" (nothing is stated)
_SAYS_NOTHING = re.compile(
    r"""(?:(?<=\bnot\s)|(?<=n['’]t\s)|(?<=\bnever\s))(?:say|said|says|disclose|disclosed|reveal|
    revealed|confirm|confirmed)\s+(?:who|what|why|whether|when|how|where|which)\b""",
    re.I | re.VERBOSE,
)


# No one speaks when the subject is none of them: "Neither club has commented", "No one at
# the firm said anything", "None of the officials commented" (a clause of its own: not "No
# one was hurt, police said")
_NO_ONE_SPEAKS = re.compile(
    r"""(?:^|[,;:]\s*|\b(?:and|but)\s+)
    (?:(?:nobody|no\s+one|none)(?:\s+(?:of|at|from|in|on|within)(?:\s+(?![\w'’-]+ed\b)[\w'’-]+){1,4})?|
    neither(?:\s+(?![\w'’-]+ed\b)[\w'’-]+){1,3}|
    # ("no" and a common noun: not "No 10", the band "No Doubt", nor "No wonder the coach said")
    no(?:\s+(?!(?:wonder|doubt|matter|longer|less|more|sooner|way|one)\b)(?-i:[a-z])
        (?<![\w'’-]ed)[\w'’-]*){1,3})
    (?:\s+(?:has|have|had|did|does|do|would|could|will|yet|ever|publicly|immediately|so\s+far))*
    \s*$""",
    re.I | re.VERBOSE,
)

# … nor when the verb says they did not: "Smith has not commented", "has yet to respond"
_NOT_COMMENTED = re.compile(
    r"""(?:(?<=\bnot\s)|(?<=n['’]t\s)|(?<=\bnever\s)|(?<=\bnot\syet\s)|(?<=\byet\sto\s))
    (?:comment|commented|respond|responded|speak|spoken|post|posted|tweet|tweeted)\b""",
    re.I | re.VERBOSE,
)


def _said_by_a_thing(masked: str, verb: int) -> bool:
    """Whether the verb's subject, right before it, is an event, an act, a quantity or an idea
    that cannot speak: "The stock added 2%", "the number who said they had used it" (the
    verb is another sense of the word, or a survey's count). A passive verb's subject is not
    its speaker ("The decision was called 'a disgrace' by fans"), so "was" is no link."""
    words = masked[:verb].split()[-4:]
    while words and words[-1].lower() in _SUBJECT_LINK_WORDS:
        words.pop()
    return bool(words) and _names_a_thing_that_cannot_speak(words[-2:])


# A question about what someone says, as a heading asks it: "What did the prosecutors say?"
_ASKS_WHAT_WAS_SAID = re.compile(
    r"^\s*(?:What|How|Why|When|Where|Who|Did|Does|Do|Will|Would|Could|Can)\b[^?.!]*"
    r"\b(?:did|does|do|will|would|could|can)\s+(?:[\w.’'-]+\s+){1,5}?(?:say|tell|claim)\s*\?\s*$",
    re.I,
)


# A named source set between commas in the middle of its report: "The friends were on their
# way to a show, DNA Info reports, and rushed in to stop an assault."
_ASIDE_TAG = re.compile(
    r""",\s+(?P<who>(?:the\s+)?[A-Z][\w.’'&-]*+(?:\s+[A-Z][\w.’'&-]*+){0,4})\s+
    (?P<verb>reports|reported|says|said|writes|wrote),\s""",
    re.VERBOSE,
)


# A tag that goes on with what was said, as an aside between commas or closing a quotation
# whose opening mark an earlier sentence holds: "That world view, Santorum continued,
# suggests …", "The leaders, he went on, need to …", "… distributed,” the statement
# continued." ("continued" and "went on" alone are no speech: "The fighting continued", "In
# the second half, Smith continued, scoring twice")
_GOES_ON_TAG = re.compile(
    # (the aside right after the noun phrase the sentence opens with, not after a time or a
    # place: "After the break, Smith continued, unfazed", "Overnight, Hurricane Milton
    # continued, unabated")
    r"""(?:^(?:The|That|This|These|Those|A|An|His|Her|Its|Their|Our|Such)\b[^,]{0,80}
        ,\s+(?P<who>he|she|they|(?:[A-Z][\w.’'&-]*+\s+){0,3}[A-Z][\w.’'&-]*+)\s+
        (?P<verb>continued|went\s+on|goes\s+on|reasoned),\s+(?![a-z]+ing\b|(?:as|and|but|to|with)\s)
        (?=[a-z“"‘])|
    [,.!?]\s*[”"’]\s+(?P<closer>(?:[\w.’'&-]++\s+){0,4}?[\w.’'&-]++)\s+
        (?P<closing>continued|continues|went\s+on|goes\s+on)\s*[.!]?\s*$)""",
    re.VERBOSE,
)


# What one revealed, opening the sentence before the clause it tells: "As the Financial Times
# revealed in January, the regulator had …" (not "which Apple revealed in September")
_AS_REVEALED = re.compile(
    r"""^As\s+(?P<who>[^,]{2,60}?)\s+(?P<verb>revealed|disclosed|first\s+revealed)
    (?:\s+(?:in|on|last|this|earlier|yesterday|today)\b[^,.;]{0,30})?,\s""",
    re.VERBOSE,
)


# An unnamed person or group who tells what they know, with nothing to hold them to: "one
# legal expert", "a group of employees", "a former staffer", and one market or diplomatic
# hand whom no one could ask again ("a leading bank economist", "one dealer", "a Western
# diplomat"; their trade as a group, "analysts said", is the trade's view, attributed). An
# identified eyewitness, a reviewer or a spokesman speaks on the record and stays attributed.
_UNNAMED_INFORMANT = re.compile(
    r"""(?:(?:a|an|one|some|several|two|three|a\s+group\s+of|a\s+number\s+of)\s+
    (?:[a-z-]++\s+){0,2}?(?:experts?|employees?|workers|staffers?|insiders?|observers?|
    informants?|whistle-?blowers?|sources?)|
    (?:a|an|one)\s+(?P<hand>(?:[\w-]++\s+){0,2}?)(?:analyst|economist|banker|trader|dealer|
    broker|diplomat|strategist|lobbyist)|
    # sources of a kind, with no article: "ESPN quoted Labour sources as saying" (not
    # outlets, "local news sources")
    (?!(?:[a-z-]++\s+)?news\s)(?:[a-z-]++\s+){0,2}?sources|
    # an unnamed source met before: "the source said" (a named one is "the source, Smith")
    the\s+(?:same\s+)?(?:sources?|insiders?|informants?))$""",
    re.VERBOSE | re.IGNORECASE,
)


def _the_writer_speaks(text: str, masked: str, context: _Context) -> bool:
    """ "As I said earlier", "We believe that …", "I was telling myself": outside any
    quotation, the first person who speaks is the writer, whose own statement is no
    attribution (inside a quotation, or one the sentences before left open, it is the
    speaker's)."""
    if not _WRITER_PRONOUN.search(text):
        return False  # (most sentences: no "I" or "we" at all)
    if context.quote_open or context.quoting or context.last_source or _tokenised(text):
        return False  # a quotation may go on here (tokenised text cannot show it)
    if _UNCLOSED_MARK.search(text) or "_" in _mask_quotes(text):
        return False  # a mark opens or closes a quotation: "… . ' I told the guys"
    verbs = list(_SPEECH.finditer(masked))
    return bool(verbs) and all(_first_person_before(text, verb) for verb in verbs)


_WRITER_PRONOUN = re.compile(r"\b(?:I|[Ww]e)\b")


def _first_person_before(text: str, verb: re.Match[str]) -> bool:
    """ "I have to say", "We've said", but not "We were told by the ministry" (the ministry
    speaks)."""
    if re.match(r"\s+by\b", text[verb.end() :]):
        return False
    words = _drop_auxiliaries_before(text[: verb.start()].split())
    return bool(words) and re.sub(r"['’](?:ve|d|ll)$", "", words[-1]) in ("I", "we", "We")


_UNCLOSED_MARK = re.compile(r"(?:^|\s)['\"“‘]|['\"”’](?:\s|$)")


def _drop_auxiliaries_before(words: list[str]) -> list[str]:
    """The words before a verb without the auxiliaries and adverbs that lead to it: "I was
    telling" -> "I", "we have always believed" -> "we"."""
    while words and (
        words[-1].lower() in _AUXILIARIES
        or words[-1].lower() in _MID_ADVERBS
        or words[-1].lower().replace("’", "'") in _MODALS
    ):
        words = words[:-1]
    return words


# what a writer may put before "say" or "tell": "I have to say", "I can't tell you"
_MODALS = _words(
    "can can't cannot could couldn't must should shouldn't might may to have want need got "
    "don't didn't won't wouldn't"
)


# a name set right after a speaker's description: "One analyst, Neil Wilson of Markets.com,"
_NAME_APPOSED = re.compile(r"\s*,\s+(?:[A-Z][\w'’.-]*+\s+)+?[A-Z][\w'’-]*+\s*(?:,|of\b|at\b)")


def _is_nationality(word: str) -> bool:
    """A word telling where someone is from, not whom they work for: "Taiwanese", "Western"."""
    lowered = word.lower()
    return lowered in _NATIONALITIES or lowered.endswith(("ese", "ian", "ish", "ern"))


def _is_unnamed_informant(source: str, text: str, context: _Context) -> bool:
    """An informant the sentence does not name: not one whose name follows ("One analyst,
    Neil Wilson of Markets.com, said"), nor a market hand of a firm or body it names ("A
    Goldman Sachs economist", "A central bank economist" after "The Reserve Bank of India left
    rates unchanged": theirs, on the record); a nationality tells no one ("A Taiwanese
    banker")."""
    match = _UNNAMED_INFORMANT.match(source)
    if not match:
        return False
    if (hand := match.group("hand")) and any(
        (word[:1].isupper() and not _is_nationality(word))
        # (of a body of that kind the article named: "A central bank economist" after "The
        # Reserve Bank of India left rates unchanged")
        or (word.lower() in _BODY_ROLES and context.description(["the", word.lower()]))
        for word in hand.split()
    ):
        return False
    at = text.find(source)
    return at < 0 or not _NAME_APPOSED.match(text, at + len(source))


def _speech(text: str, match: re.Match[str], context: _Context) -> _Finding:
    """Speech is attributed to its speaker, unless that speaker is an unnamed informant, or
    the unnamed source the sentences before quoted ("A senior official said …", then "'We
    can't predict anything,' the official said")."""
    source = _speaker_of(text, context)
    if source and (
        _is_unnamed_informant(source, text, context)
        # (a spokesman who would not be named still speaks for the body, on its record; and
        # "I wrote back" after the unnamed source is the writer, whoever "I" is taken for)
        or (
            _is_unnamed_speaker(source, context)
            and not _SPOKESPERSON.search(source)
            and not _first_person_before(text, match)
        )
        # one of the unnamed sources just quoted: "…, one of the people said"
        or _one_of_the_unnamed(source, context)
        or (_the_unnamed_group(source, context) and not _SPOKESPERSON.search(source))
    ):
        return _Finding(ClaimStatus.CLAIMED, _cue(text, match), source, _Kind.ANONYMOUS)
    return _Finding(ClaimStatus.ATTRIBUTED, _cue(text, match), source, _Kind.SPEECH)


def _body_of_document(text: str, end: int) -> str | None:
    """The body whose name the document noun ending at ``end`` follows, if any."""
    match = next((m for m in _BODY_DOCUMENT.finditer(text, 0, end) if m.end() == end), None)
    if not match or not _may_author(match.group("body")):
        return None
    return match.group("body")


def _after_last_link(phrase: str) -> str:
    """The noun phrase of a finding, without the words of the clause before it that the
    pattern's reach took in: "… gathered pace after figures showed" is "figures", "The pound
    rose after the poll found" "the poll" (a determiner or a possessive opens the phrase, a
    preposition or a subordinator ends what went before; "US data" keeps its capitals). After
    a verb of saying or its "that" the findings are someone's words ("Police said the
    statistics showed …"): the phrase stays whole, and names no one."""
    words = phrase.split()
    for index in range(len(words) - 1, -1, -1):
        word = words[index].lower()
        if words[index] != word and (index > 0 or words[index].isupper()):
            continue
        if word in _SPEECH_WORDS or word == "that":
            return phrase
        if word in _PREPOSITIONS or word in _SUBORDINATORS:
            return " ".join(words[index + 1 :])
    return phrase


# a speaker the sentence names after the finding, whose words the study's are: "Estimates
# suggest the project will cost $4bn, the minister said", "…, according to documents seen by
# the Guardian"
_TAGGED_AFTER = re.compile(
    rf",\s+(?:[\w'’.-]+\s+){{1,6}}?(?:said|says|told|added|wrote|writes)\b|{_ACCORDING_TO.pattern}",
    re.I,
)


# a study the writer owns ("Our estimates suggest …") or one a comparison measures against
# ("Turnout was lower than the polls suggest", "as close as the polls suggest", "Contrary to
# what the polls suggest"): no one's finding
_OWN_OR_COMPARED = re.compile(
    r"(?:\b(?:our|my|than|what)|\bas\s+[\w-]+\s+as)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+$", re.I
)


def _research(text: str, masked: str, context: _Context) -> _Finding | None:
    """A finding of a study, or of the researchers "that …": attributed to them. A study
    named inside a quotation is the speaker's words ("…, told Newsweek: 'the researchers
    found …'"), not the source."""
    masked = _outside(masked)
    if _RESEARCH_NOUN.search(masked):
        if (made := _MADE_BY.search(masked)) and (
            maker := _clean_source(made.group("maker"), context)
        ):
            return _Finding(ClaimStatus.ATTRIBUTED, _cue(text, made), maker, _Kind.SPEECH)
        # (an aside after a capitalised "Research" follows a body's name, not a study: "a study
        # by the Centre for Economic Policy Research, a London-based think tank, concluded")
        if (
            (match := _RESEARCH.search(masked))
            and not (match.group("aside") and match.group("who").split()[-1][:1].isupper())
            and not _OWN_OR_COMPARED.search(masked, 0, match.end("who"))
            and not _TAGGED_AFTER.search(masked, match.end())
        ):
            issuer = match.group("issuer") or _body_of_document(masked, match.end("who"))
            issuer = issuer and (_body_with_the(issuer) or issuer)  # "… Commission data show"
            who = match.group("who")
            if (
                not issuer
                and match.group("aside")
                and (authored := _AUTHORED.search(who + match.group("aside")))
            ):
                issuer = authored.group("by")  # "The research, carried out by Leeds University,"
            finding = _after_last_link(who)
            source = (issuer and _clean_source(issuer, context)) or _clean_source(finding, context)
            if not source and finding != who and finding.lower() in _DATA_HEADS:
                # (a clause before it is no one's: "Shares rallied when data showed …")
                source = finding
            source = source or _speaker_of(text, context)
            return _Finding(ClaimStatus.ATTRIBUTED, _cue(text, match), source, _Kind.SPEECH)
    if (match := _RESEARCHERS.search(masked)) and (
        source := _clean_source(match.group("who"), context)
    ):
        return _Finding(ClaimStatus.ATTRIBUTED, _cue(text, match), source, _Kind.SPEECH)
    return None


# Someone else's claim passed on with its own clause ("people who look after him claimed I had
# demanded money"): not another sense of the verb ("claimed asylum", "claimed a hat-trick",
# "I never claimed to be perfect") nor a claim noun ("not an allegation"). (The speaker's own
# hedge, "the alleged assault", "he allegedly threatened staff", is read by ``_distancing``.)
_QUOTED_HEDGE = gated(
    re.compile(
        r"""\bclaimed(?<!\bI\sclaimed)(?<!\bwe\sclaimed)\s+(?:that\s+)?
    (?:I|he|she|they|we|it|the|his|her|my|our|their)\s|
    # … or what another claims to be or do: "UTN claims to serve the hungry" (not "I never
    # claimed to be perfect")
    (?<!\bI\s)(?<!\bwe\s)(?<!\bI\snever\s)(?<!\bwe\snever\s)
    \bclaim(?:s|ed)?\s+to\s+(?:be|have|serve|represent|know|speak)\b|
    # … or another's allegations against someone: "the allegations against Vice President
    # Biden are self-serving"
    \b(?:allegations|accusations)\s+against\s""",
        re.I | re.VERBOSE,
    )
)


def _passed_on(text: str, masked: str, context: _Context) -> _Finding | None:
    """A claim passed on inside the quotation of a named speech, which ``_distancing`` leaves
    out as the speaker's own words: "'People who look after him claimed I had demanded
    money,' she said"."""
    matches = list(_QUOTED_HEDGE.finditer(masked))
    if not matches:
        return None  # (most sentences: the speech verbs are not read for nothing)
    outside = _mask_quotes(masked)
    if not _SPEECH.search(outside):
        return None
    for match in matches:
        if outside[match.start() : match.end()] != masked[match.start() : match.end()]:
            cue = _cue(text, match)
            return _Finding(ClaimStatus.CLAIMED, cue, _speaker_of(text, context), _Kind.DISTANCED)
    return None


def _distancing(masked: str) -> re.Match[str] | None:
    """The first distancing cue, leaving out denials of claims ("denied the allegations"),
    reports by a named outlet ("The Associated Press reports"), which are attributions, and a
    claim word inside a quotation whose speaker the sentence names (the speaker's own word)."""
    masked = _DENIAL.sub(_hashes, masked)
    outside = _mask_quotes(masked)
    if _SPEECH.search(outside):
        # a hedge keeps distancing inside the speaker's words: what "These alleged acts are
        # intolerable" or "As alleged, the defendants …" tells is unproven by their own word
        # (set off by spaces: the masked words around it are word characters)
        hedges = _HEDGE_IN_QUOTES.finditer(masked, 1) if _HEDGE_WORDS.search(masked) else ()
        for hedge in hedges:
            start, end = hedge.start() - 1, hedge.end() + 1
            outside = f"{outside[:start]} {hedge.group()} {outside[end:]}"[: len(masked)]
        masked = outside
    for match in _DISTANCING.finditer(masked):
        media = match.group("media")
        if media and media[:1].isupper() and match.start() > 0:
            continue
        if (
            media
            and _named_before(masked, match.start())
            and not _A_CLAIM_WORD.search(match.group())
        ):
            # a named body's report: "the latest WHO report said", "a UN report says" (what it
            # "claimed" stays at a distance: "BuzzFeed's report claimed that …")
            continue
        if media and _in_lower_case(masked) and _lower_case_outlet(masked, match.start()):
            continue  # "the detroit free press reports", as lower-cased text writes it
        if (
            media
            and _STATE_OWNED.search(masked, 0, match.start())
            and not _CLAIM_OR_HINT.search(match.group())
        ):
            continue  # "State media have reported": the state's own outlets, accountable
        if match.group("denied") and not _DENIED_BEFORE.search(masked, 0, match.start()):
            continue
        if match.group("suspected") and _NEGATED_CLAUSE.search(
            _last_clause(masked[: match.start()])
        ):
            continue  # a finding: "No foul play is suspected", "Nothing was suspected until …"
        return match
    return None


# The state's own outlets, right before the media word: who they are is known, as a named
# paper's ("Iranian state media reported", "State-run television said")
# (reporting plainly: what they "claimed" or "suggest" stays at a distance)
_STATE_OWNED = re.compile(r"\bstate(?:-run|-owned|-controlled)?\s+$", re.I)


_CLAIM_OR_HINT = re.compile(r"\b(?:claim|suggest)", re.I)


# A negation opening the clause before a passive: what it says was not suspected is a finding
_NEGATED_CLAUSE = re.compile(r"\b(?:no|nothing|none|not|never|neither)\b", re.I)


_HEDGE_WORDS = re.compile(r"alleg|reported|purport|suppos", re.I)


# Hedges that distance wherever they stand, quoted or not: adverbs, "as alleged", and
# "alleged" before what it qualifies ("alleged acts"), not the verb ("alleged that", "alleged he")
_HEDGE_IN_QUOTES = re.compile(
    r"""\b(?:allegedly|reportedly|purportedly|supposedly|as\s+alleged|
    # (after an auxiliary or a negation "alleged" is the verb: "No one has alleged any wrongdoing")
    (?=alleged)(?<!\bhas\s)(?<!\bhave\s)(?<!\bhad\s)(?<!\bnever\s)(?<!\bnot\s)(?<!\bno\sone\s)
    alleged(?=\s+(?!(?:that|to|in|by|he|she|they|i|we|you|it|the|his|her|their|a|an)\b)[a-z]))\b""",
    _F,
)


_GENERIC_MEDIA_WORDS = _words(
    "local national state state-run state-owned foreign international regional official "
    "mainstream social online western domestic"
)


def _lower_case_outlet(text: str, position: int) -> bool:
    """ "the detroit free press", "the local paper": a definite outlet with a name between
    "the" and the media word (one or two words, none a function word or a generic
    adjective such as "local" or "state"), which lower-cased text cannot show by capitals."""
    words = [w.lower() for w in text[:position].split()[-3:]]
    if "the" not in words:
        return False
    named = words[len(words) - 1 - words[::-1].index("the") + 1 :]
    return bool(named) and all(
        w.isalpha() and w not in _FUNCTION_WORDS and w not in _GENERIC_MEDIA_WORDS for w in named
    )


def _cue(text: str, match: re.Match[str]) -> str:
    return " ".join(text[match.start() : match.end()].split())


def _part_of_a_name(masked: str, verb: re.Match[str]) -> bool:
    """ "Haitham bin Tariq Al Said, attended …": a capitalised "Said" after a capitalised
    word is a name's (outside a headline, whose every word has its capital); so is a title's
    last word ("the journal Metabolic Health Reports")."""
    before = masked[: verb.start()].split()
    return (
        verb.group() == "Said"
        and bool(before)
        and before[-1][:1].isupper()
        and not _in_headline_case(masked)
    ) or _word_of_a_title(masked, verb)


def _denied_to(masked: str, verb: re.Match[str]) -> bool:
    """What was refused someone, not a denial: in the passive, "Greene was also denied Olympic
    gold", "He was denied bail" ("It was denied that he lied", "was denied by Andrew" deny),
    and in the active, a thing a body refuses, "Congress has repeatedly denied funding"."""
    word = verb.group().lower()
    if word == "denied" and _PASSIVE_DENIAL.search(masked, 0, verb.start()):
        return not _DENIAL_GOES_ON.match(masked, verb.end())
    return word in ("denied", "denies", "deny") and bool(_REFUSED_THINGS.match(masked, verb.end()))


def _distanced(text: str, masked: str, context: _Context) -> _Finding | None:
    """A statement the writer keeps a distance from: claimed, by whom the sentence says; or,
    when the media word is "the newspaper" after a named paper, that paper's attributed report."""
    match = _distancing(masked)
    if not match or _speculation_denied(masked, match):
        return None
    cue = _cue(text, match)
    if (media := match.group("media")) and (outlet := _the_outlet(masked, match, context)):
        # "The newspaper reported" after "The New York Daily News said": that paper's
        # report, not an unnamed one
        return _Finding(ClaimStatus.ATTRIBUTED, media, outlet, _Kind.SPEECH)
    kind = _Kind.CLAIM if cue.lower().startswith("claim") else _Kind.DISTANCED
    speaker = None
    if denial := _DENIED_BEFORE.search(masked, 0, match.start()):
        # "denied claims that he lied": whose claims, it does not say; the denier speaks
        # ("has denied claims he misled the board": the claim noun is no verb with a subject)
        kind, cue = _Kind.DENIED, text[denial.start() : match.end()]
        speaker = _subject(_outside(text), denial.start(), context)
    if not speaker and match.group("weasel") and (group := _weasel_phrase(text, match, context)):
        # "Some experts say": a group the article does not name, as "two officials said" is
        return _Finding(ClaimStatus.CLAIMED, group, group, _Kind.UNNAMED_MANY)
    speaker = speaker or _distanced_speaker(text, match, context)
    return _Finding(ClaimStatus.CLAIMED, cue, speaker, kind)


# a denial or a doubt before "speculated": "No one has seriously speculated that …", "Few
# speculated that …", "Investigators have not yet speculated that …"
_NO_ONE_BEFORE = re.compile(
    r"\b(?:no\s+one|nobody|never|not|none|few|n['’]t)\b(?:\s+[\w'’-]+){0,3}?\s*$", re.IGNORECASE
)


def _speculation_denied(masked: str, match: re.Match[str]) -> bool:
    """Whether the speculation the cue names is one no one put forward."""
    if not match.group().lower().startswith("speculat"):
        return False
    return bool(_NO_ONE_BEFORE.search(masked, max(0, match.start() - 60), match.start()))


def _the_outlet(masked: str, match: re.Match[str], context: _Context) -> str | None:
    """The outlet named before that "the newspaper" reporting means."""
    before = masked[: match.start("media")].split()[-1:]
    tokens = [*before, match.group("media")]
    if context.outlet and len(tokens) == 2 and _names_an_outlet(tokens, context.outlet):
        return context.outlet
    return None
