"""Give every sentence a claim status, with who says it, the words that show it, and why.

Reporters mark how far they stand behind a statement with a small, stable vocabulary:
"could not be independently verified" (the text itself doubts it), "claimed", "allegedly",
"according to people familiar" (the writer keeps its distance), "said", "told", quotation
marks (plain attribution). The rules read that vocabulary, after masking the idioms that use
the same words for something else ("claimed her third title", "the storm claimed 12 lives").
A note such as "His claims could not be independently verified." reaches back (and forward)
to every statement of the speaker it refers to.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from summarizer.models import ClaimStatus, Sentence

_F = re.IGNORECASE | re.VERBOSE

_UNVERIFIED = re.compile(
    r"""\b(?:
    could(?:n[’']t|\s+not)\s+(?:be\s+)?(?:(?:immediately|independently|yet|officially)\s+)*
        (?:be\s+)?(?:verif(?:y|ied)|confirm(?:ed)?|corroborat(?:e|ed)|substantiat(?:e|ed)|
        authenticat(?:e|ed))|
    (?:was|is|were|are)\s+(?:not\s+possible|impossible)\s+to\s+(?:independently\s+)?
        (?:verify|confirm|authenticate)|
    (?:there\s+(?:was|is|has\s+been)\s+)?no\s+(?:(?:independent|immediate|official)\s+)+
        (?:confirmation|verification)|
    (?:cannot|can[’']t|can\s+not)\s+(?:be\s+)?(?:(?:independently|immediately)\s+)?
        (?:verif(?:y|ied)|confirm(?:ed)?|corroborat(?:e|ed))|
    (?:was|were|is|are|has|have|had)\s+not\s+(?:been\s+)?(?:(?:independently|officially)\s+)?
        (?:verified|confirmed|corroborated|substantiated|authenticated)|
    (?:was|were|is|are)\s+(?:unable|not\s+able)\s+to\s+(?:(?:independently|immediately)\s+)?
        (?:verify|confirm|corroborate)|
    (?:has|have|had)\s+yet\s+to\s+be\s+(?:(?:independently|officially)\s+)?(?:verified|confirmed)|
    without\s+(?:(?:providing|offering|giving|presenting|citing|showing|producing)\s+)?
        (?:any\s+)?(?:evidence|proof|supporting\s+evidence)|
    (?:provided|offered|gave|presented|cited|showed|produced)\s+no\s+(?:evidence|proof|
        details|documentation|sources?)|
    did\s+not\s+(?:provide|offer|give|present|cite|show|produce)\s+(?:any\s+)?(?:evidence|proof)|
    no\s+evidence\s+(?:was|has\s+been|had\s+been)\s+(?:provided|offered|given|presented)|
    no\s+evidence\s+(?:to\s+(?:support|back)|for)\s+(?:the|his|her|their|this|these|that|its)\s+
        (?:claims?|allegations?|assertions?)|
    (?:neither|none)\s+(?:[\w-]+\s+){0,3}?could\s+be\s+(?:independently\s+)?
        (?:verified|confirmed|corroborated)|
    unconfirmed|unverified|unsubstantiated|uncorroborated|unverifiable|
    not\s+independently\s+verifiable
    )\b""",
    _F,
)

# Idioms that use claim words without claiming anything: masked before the cues are read.
_NOT_A_CLAIM = re.compile(
    r"""\b(?:
    claim(?:s|ed|ing)?\s+(?:(?:his|her|their|its|the|a|an|this|that|another|a\s+new|first)\s+)?
        (?:[\w-]+\s+){0,2}?(?:titles?|victory|victories|wins?|gold|silver|bronze|medals?|
        trophy|trophies|crown|championships?|cup|prizes?|seats?|place|spot|lead|pole|
        records?|honou?rs|stage|lives|life|victims|jackpot|top\s+spot|majority|throne|
        points|double|treble|scalp|wickets?|bragging\s+rights)|
    claim(?:s|ed|ing)?\s+(?:the\s+lives|(?:(?:more|fewer)\s+than|at\s+least|about|nearly|almost|
        some|over|up\s+to|around)?\s*[\d,]+\s+(?:lives|people|victims|homes))|
    (?<!he\s)(?<!she\s)(?<!they\s)recall(?:s|ed)\s+(?:[\d,.]+\s+(?:million\s+)?|some\s+|
        (?:more|nearly)\s+than\s+[\d,]+\s+)?(?:[\w-]+\s+){0,2}?(?:cars|vehicles|bottles|
        products|units|devices|batches|packs|jars|boxes|toys|phones|laptops)|
    (?:insurance|injury|compensation|benefits?|pension|land|territorial|tax|expenses?|warranty|
        legal|damages|asylum|refund|unemployment|jobless|disability|patent|copyright|
        baggage|expense|welfare|maritime|property|ownership)\s+claims?|
    (?:file|files|filed|filing|lodge|lodged|submit|submitted|settle|settled|process|processed|
        reject|rejected|approve|approved|deny|denied|pay|paid|handle|handled|make|made|
        dispute|disputed|bring|brought|won|lost|drop|dropped)\s+(?:a|an|the|their|his|her|its|
        \d++|more|new|thousands\s+of|millions\s+of)?\s*(?:[\w-]++\s+)?claims?\b|
    claims?\s+(?:adjusters?|process|processing|form|forms|handlers?|department|filed|against)|
    claim\s+to\s+fame|stake\s+a\s+claim|staked\s+(?:a|their|his|her)\s+claim|
    la(?:y|id|ying)\s+claim|reclaim\w*|acclaim\w*|proclaim\w*|disclaim\w*|
    (?:that|having|this)\s+said|needless\s+to\s+say|to\s+say\s+(?:the\s+least|nothing)|
    all\s+told|truth\s+be\s+told|i\s+was\s+told\s+off|
    so[- ]called|alleged(?:ly)?\s+to\s+have\s+been\s+cleared
    )\b""",
    _F,
)

_RESPONSIBILITY = re.compile(r"\bclaim(?:s|ed|ing)?\s+(?:credit|responsibility)\b", re.I)

# Up to three whole words name what "sources familiar with" know about; as pieces of words
# they were tried in n^3 ways on one long word.
_ANONYMOUS = re.compile(
    r"""\b(?:
    according\s+to\s+(?P<who1>(?:(?:a|one|two|three|four|several|multiple|some|other)\s+)?
        (?:people|persons?|sources?|officials?|insiders?|individuals?|someone)\s+
        (?:\w+\s+){0,2}?(?:familiar|close|briefed|knowledgeable|with\s+(?:direct\s+)?knowledge)
        [^,.;]{0,40})|
    (?P<who2>(?:(?:a|one|two|three|four|several|multiple)\s+)?(?:people|persons?|sources?|
        officials?|insiders?)\s+(?:familiar\s+with|close\s+to|briefed\s+on|with\s+(?:direct\s+)?
        knowledge\s+of)\s+(?:the\s+)?(?:\w++\s*){1,3}?)(?=\s*(?:said|say|says|told|,|\.))|
    (?P<who3>(?:anonymous|unnamed|unidentified)\s+(?:\w+\s+)?(?:sources?|officials?|people|person|
        insiders?|aides?|diplomats?|witness(?:es)?))|
    (?:speaking|spoke)\s+on\s+(?:the\s+)?condition\s+of\s+anonymity|
    (?:declined|refused)\s+to\s+be\s+(?:named|identified)|
    (?:who\s+)?(?:asked|requested)\s+not\s+to\s+be\s+(?:named|identified)|
    (?P<who4>sources)\s+(?:said|say|told|claim)
    )""",
    _F,
)
_DISTANCING = re.compile(
    r"""\b(?:allegedly|alleged|alleging|alleges|allege|reportedly|purportedly|supposedly|
    ostensibly|rumou?r(?:s|ed)?|purport(?:s|ed)?\s+to|
    (?:is|are|was|were|been|stands?)\s+accused\s+of|
    (?:media|television|tv|newspapers?|outlets?|tabloids?|press|news\s+agenc(?:y|ies)|
        broadcasters?|reports?)\s+(?:have\s+|had\s+)?(?:reported|reports|said|says|claimed)|(?:is|are|was|were)\s+(?:said|reported|believed|thought|
    rumou?red|understood|claimed)\s+to|
    (?<!\bthe\s)(?<!\bthis\s)(?<!\bthat\s)(?<!\ba\s)claim(?:s|ed|ing)?)\b""",
    _F,
)
_SPEECH = re.compile(
    r"""\b(?:said|says|say|told|tells|stated|announced|announces|added|adds|explained|
    noted|wrote|writes|tweeted|posted|argued|argues|insisted|insists|acknowledged|admitted|
    confirmed|declared|warned|testified|asserted|maintained|suggested|commented|
    recalled(?=\s+(?:that|how)|\s*[,:])|
    denied|denies|dismissed|called\s+for|calls\s+for|urged|urges|vowed|vows|pledged|pledges|
    promised|accused|accuses|responded|replied|countered|conceded|cautioned|reiterated|
    rejected\s+(?:the\s+|these\s+|those\s+|all\s+)?(?:accusations?|allegations?|claims?|
        reports?|criticism|charges?)|(?:declined|refused)\s+to\s+comment|
    according\s+to|claim(?:s|ed|ing)?\s+(?:credit|responsibility))\b""",
    _F,
)
_CLAIM_VERB = re.compile(
    r"\b(?:claim(?:s|ed)?|alleged|alleges|(?:is|are|was|were)\s+(?:said|accused))\b", re.I
)
_QUOTE_MARK = re.compile(r"[“”\"]")
_MIN_QUOTE_CHARS = 12
_PRONOUN = re.compile(r"^(?:he|she|they|his|her|their|it|its|him|them)$", re.I)
# A name before "could not verify" is read as whole words (possessive): as pieces that could
# split anywhere, "Zaaa…a is unverified." had n^4 readings to try before failing.
_NOTE_BODY = re.compile(
    r"""^(?:(?:his|her|their|its|the|these|those|this|that|such)\s+(?:[\w-]+\s+){0,2}?
    (?:claims?|statements?|figures?|allegations?|accounts?|reports?|assertions?|numbers?|
    comments?|remarks?|tally|toll|information|footage|video|videos|pictures|images|photos|
    recording|audio|documents?|letter|casualty\s+figures)\b|this|that|it|neither\s+claim|
    there\s+(?:was|is|has\s+been)\s+no\s+|none\s+of\s+(?:the|
    these|those)\s+(?:claims|reports|figures)|
    [A-Z][\w.&-]*+(?:\s+[A-Z][\w.&-]*+){0,3}\s+(?:could\s+not|
    couldn[’']t|was\s+unable\s+to|has\s+not\s+been\s+able\s+to)\s+(?:independently\s+)?
    (?:verify|confirm)\s+(?:the|his|her|their|these|those|this|that)\b)""",
    re.VERBOSE | re.IGNORECASE,
)
# Words between a speaker and the speech verb ("Officials have repeatedly said"), dropped from
# the end of the subject. Matched word by word: a pattern like (?:\s+(?:has|…))+$ is retried
# from every space of the clause, which is quadratic in a clause made of those words.
_AUXILIARIES = frozenset(
    [
        "has",
        "have",
        "had",
        "was",
        "were",
        "is",
        "are",
        "also",
        "previously",
        "repeatedly",
        "later",
        "again",
        "earlier",
        "reportedly",
        "allegedly",
        "once",
        "long",
        "even",
        "already",
        "then",
        "now",
        "recently",
        "publicly",
        "privately",
        "falsely",
        "initially",
        "separately",
        "would",
        "will",
        "did",
        "does",
        "do",
        "not",
    ]
)
_BEEN_AFTER = frozenset({"has", "had"})  # "has been", "had been" go together
_INVERTED = re.compile(
    r"""[,”"’]\s*(?:said|says|told|added|claimed|claims|insisted|explained|wrote|argued|
    asked|continued|stated)\s+(?P<who>(?:he|she|they|(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*
    |the\s+[a-z]+(?:\s+[a-z]+)?)(?:,\s*(?:a|an|the)\s+[^,.]{2,60})?)""",
    re.VERBOSE,
)
_MAX_NAME_WORDS = 4
_LEADING_NOISE = re.compile(r"^(?:and|but|so|yet|meanwhile|however|also|then|now)[,\s]+", re.I)
_CLAUSE_SPLIT = re.compile(r"[;:“”\"]|,\s+(?:while|but|and|as|whereas)\s+|\bwhile\b|\bwhereas\b")
_MAX_SUBJECT_WORDS = 10


class _Kind(enum.Enum):
    """Which rule decided: it picks the reason a reader is shown."""

    TEXT = "the text doubts it"
    NOTE = "a note about other claims"
    BY_NOTE = "covered by a note"
    ANONYMOUS = "anonymous sources"
    CLAIM = "claim verb"
    DISTANCED = "distancing word"
    SPEECH = "attributed speech"
    NONE = "none"


@dataclass(frozen=True, slots=True)
class _Finding:
    status: ClaimStatus
    cue: str | None
    source: str | None
    kind: _Kind

    @property
    def note(self) -> bool:
        return self.kind is _Kind.NOTE


def classify_sentences(texts: Sequence[str]) -> list[Sentence]:
    """Statuses for the sentences of one article, in order, with sources resolved in context."""
    speaker: str | None = None
    findings: list[_Finding] = []
    for text in texts:
        finding = _classify(text, speaker)
        if finding.source and not finding.note and _is_named(finding.source):
            speaker = finding.source
        elif finding.status is ClaimStatus.NONE:
            speaker = _mentioned_name(text) or speaker
        findings.append(finding)
    findings = _apply_notes(findings)
    return [
        Sentence(
            text=text,
            status=f.status,
            source=f.source if f.status is not ClaimStatus.NONE else None,
            cue=f.cue if f.status is not ClaimStatus.NONE else None,
            reason=_reason(f) if f.status is not ClaimStatus.NONE else None,
        )
        for text, f in zip(texts, findings, strict=True)
    ]


def classify_sentence(text: str) -> Sentence:
    """One sentence out of context (no pronoun resolution, no notes from later sentences)."""
    return classify_sentences([text])[0]


def is_verification_note(sentence: Sentence) -> bool:
    """True for a sentence that only comments on other claims ("His claims could not be …")."""
    return sentence.status is ClaimStatus.UNVERIFIED and bool(_NOTE_BODY.match(sentence.text))


def flagged_statements(sentences: Sequence[Sentence]) -> list[Sentence]:
    """Flagged sentences a reader should weigh, without the notes that only comment on them."""
    return [s for s in sentences if s.flagged and not is_verification_note(s)]


def _classify(text: str, speaker: str | None) -> _Finding:
    masked = _NOT_A_CLAIM.sub(lambda m: "#" * len(m.group(0)), text)
    source: str | None
    if match := _UNVERIFIED.search(masked):
        if _NOTE_BODY.match(text):
            source = _note_source(speaker)
            return _Finding(ClaimStatus.UNVERIFIED, _cue(text, match), source, _Kind.NOTE)
        source = _speaker_of(text, masked, speaker)
        return _Finding(ClaimStatus.UNVERIFIED, _cue(text, match), source, _Kind.TEXT)
    if match := _ANONYMOUS.search(masked):
        who = next((g for g in match.groupdict().values() if g), None)
        source = _tidy(who) if who else "unnamed sources"
        return _Finding(ClaimStatus.CLAIMED, _cue(text, match), source, _Kind.ANONYMOUS)
    if match := _RESPONSIBILITY.search(text):
        source = _subject(text, match.start(), speaker)
        return _Finding(ClaimStatus.ATTRIBUTED, _cue(text, match), source, _Kind.SPEECH)
    if match := _DISTANCING.search(masked):
        cue = _cue(text, match)
        kind = _Kind.CLAIM if cue.lower().startswith("claim") else _Kind.DISTANCED
        return _Finding(ClaimStatus.CLAIMED, cue, _speaker_of(text, masked, speaker), kind)
    if match := _SPEECH.search(masked):
        source = _speaker_of(text, masked, speaker)
        return _Finding(ClaimStatus.ATTRIBUTED, _cue(text, match), source, _Kind.SPEECH)
    if _has_quotation(text):
        source = speaker or "an unnamed speaker"
        return _Finding(ClaimStatus.ATTRIBUTED, "quotation", source, _Kind.SPEECH)
    return _Finding(ClaimStatus.NONE, None, None, _Kind.NONE)


def _cue(text: str, match: re.Match[str]) -> str:
    return " ".join(text[match.start() : match.end()].split())


def _speaker_of(text: str, masked: str, speaker: str | None) -> str | None:
    """Who says it: "according to X", "…,” said X", or the subject of the speech verb."""
    if match := re.search(r"\baccording\s+to\s+([^,.;]{2,80})", text, re.I):
        return _resolve(_tidy(match.group(1)), speaker)
    if match := _INVERTED.search(text):
        return _resolve(_tidy(match.group("who")), speaker)
    verbs = [m for m in (_SPEECH.search(masked), _CLAIM_VERB.search(masked)) if m is not None]
    verb = min(verbs, key=lambda m: m.start()) if verbs else None
    if verb is None:
        return _distanced_source(text, speaker)
    return _subject(text, verb.start(), speaker)


def _distanced_source(text: str, speaker: str | None) -> str:
    if re.search(r"\b(?:his|her|their)\b", text, re.I) and speaker:
        return speaker
    return "unnamed sources"


def _subject(text: str, verb_start: int, speaker: str | None) -> str | None:
    before = text[:verb_start]
    clause = _CLAUSE_SPLIT.split(before)[-1].strip()
    if clause.endswith(","):
        # "Rodion Miroshnik, the ambassador to Russia, told": drop the apposition.
        clause = re.sub(r",\s*(?:the|a|an|who|which|whose|\d+)\b[^,]*,$", "", clause)
    else:
        # "… from their homes, the regional governor said": the subject follows the comma.
        tail = clause.rsplit(",", 1)[-1].strip()
        if tail and len(tail.split()) <= _MAX_SUBJECT_WORDS:
            clause = tail
    clause = _drop_auxiliaries(clause.strip(" ,")).strip(" ,")
    clause = _LEADING_NOISE.sub("", clause)
    if not clause:
        return speaker or "an unnamed speaker"
    if len(clause.split()) > _MAX_SUBJECT_WORDS:
        clause = _trailing_name(clause) or clause.split()[-1]
    return _resolve(_tidy(clause), speaker)


def _note_source(speaker: str | None) -> str:
    """A note ("His claims could not be verified") speaks of the speaker in context, if any."""
    return speaker or "unnamed sources"


def _has_quotation(text: str) -> bool:
    """True when an opening quotation mark is followed, 12 or more characters on, by the first
    closing one: a quoted statement rather than a quoted word.

    One pass over the quotation marks: a pattern such as “[^”]{12,}” would rescan the rest of
    the sentence from every opening mark that has no closing one.
    """
    opening: int | None = None
    for mark in _QUOTE_MARK.finditer(text):
        position, char = mark.start(), mark.group()
        if char != "“" and opening is not None:  # ” and " close a quotation
            if position - opening - 1 >= _MIN_QUOTE_CHARS:
                return True
            opening = None
        if char != "”" and opening is None:  # “ and " open one
            opening = position
    return False


def _drop_auxiliaries(clause: str) -> str:
    """ "Officials have repeatedly" -> "Officials": trailing auxiliaries and adverbs go, never
    the first word (it is the subject, even when it is "Once" or "Now")."""
    tokens = clause.split()
    keep = len(tokens)
    while keep > 1:
        last = tokens[keep - 1].lower()
        if last in _AUXILIARIES:
            keep -= 1
        elif last == "been" and keep > 2 and tokens[keep - 2].lower() in _BEEN_AFTER:
            keep -= 2
        else:
            break
    # Spacing inside the subject does not matter: every source is tidied to single spaces.
    return clause if keep == len(tokens) else " ".join(tokens[:keep])


def _trailing_name(clause: str) -> str | None:
    """The capitalised words (at most four) that end a long clause: "… the mayor of Lyon Marc
    Dupont" -> "Lyon Marc Dupont". The first of them may start inside a token ("eBay" -> "Bay")
    as the earliest capital whose rest is all word characters.

    Read token by token from the end, so each character is looked at once.
    """
    tokens = clause.rsplit(None, _MAX_NAME_WORDS)[-_MAX_NAME_WORDS:]
    chain: list[str] = []
    for token in reversed(tokens):
        start = _name_start(token)
        if start is None:
            break
        chain.insert(0, token[start:])
        if start > 0:
            break  # a name that starts inside a token cannot continue to the left
    return " ".join(chain) if chain else None


def _name_start(token: str) -> int | None:
    """The earliest capital in ``token`` after which only name characters follow."""
    end = len(token)
    start = end
    while start > 0 and (token[start - 1].isalnum() or token[start - 1] in "_.’'-"):
        start -= 1
    for position in range(start, end):
        if "A" <= token[position] <= "Z":
            return position
    return None


def _resolve(source: str, speaker: str | None) -> str:
    if _PRONOUN.match(source):
        return speaker or "an unnamed speaker"
    return source


def _tidy(phrase: str) -> str:
    phrase = " ".join(phrase.split()).strip(" ,.;:“”\"'’‘")
    if phrase[:4].lower() in ("the ", "a ", "an ") or phrase[:2].lower() == "a ":
        first, _, rest = phrase.partition(" ")
        if rest and not rest[:1].isupper():
            phrase = f"{first.lower()} {rest}"
    return phrase


def _is_named(source: str) -> bool:
    """A speaker later pronouns can refer to: a name or a description, not a placeholder."""
    return source not in _UNNAMED and not _PRONOUN.match(source)


def _mentioned_name(text: str) -> str | None:
    """A sentence-initial full name ("Rodion Miroshnik, the ambassador, …") becomes the topic."""
    match = re.match(
        r"((?:[A-Z][\w’'-]+\s+){1,3}[A-Z][\w’'-]+)(?=,|\s+(?:is|was|has|had)\b)", text
    )
    return match.group(1) if match else None


def _apply_notes(findings: list[_Finding]) -> list[_Finding]:
    """A note that a speaker's claims are unverified covers all that speaker's statements."""
    noted = {f.source: f.cue for f in findings if f.note and f.source and f.source not in _UNNAMED}
    previous = _statements_before_notes(findings)
    upgraded: list[_Finding] = []
    for index, f in enumerate(findings):
        if index in previous:
            upgraded.append(
                replace(f, status=ClaimStatus.UNVERIFIED, cue=previous[index], kind=_Kind.BY_NOTE)
            )
        elif (
            not f.note
            and f.source in noted
            and f.status in (ClaimStatus.CLAIMED, ClaimStatus.ATTRIBUTED)
        ):
            upgraded.append(
                replace(f, status=ClaimStatus.UNVERIFIED, cue=noted[f.source], kind=_Kind.BY_NOTE)
            )
        else:
            upgraded.append(f)
    return upgraded


def _statements_before_notes(findings: list[_Finding]) -> dict[int, str | None]:
    """ "The claim could not be verified." speaks of the statement right before it."""
    covered: dict[int, str | None] = {}
    for index, f in enumerate(findings):
        if not f.note or index == 0:
            continue
        before = findings[index - 1]
        if before.status in (ClaimStatus.CLAIMED, ClaimStatus.ATTRIBUTED) and not before.note:
            covered[index - 1] = f.cue
    return covered


def _reason(f: _Finding) -> str:
    who = f.source or "unnamed sources"
    named = who not in _UNNAMED
    cue = f.cue or ""
    match f.kind:
        case _Kind.NOTE if named:
            return f"The article flags {who}'s claims: “{cue}”."
        case _Kind.BY_NOTE:
            return f"The article later flags {who}'s claims: “{cue}”."
        case _Kind.NOTE | _Kind.TEXT:
            return f"The article itself flags it: “{cue}”."
        case _Kind.ANONYMOUS:
            return "It rests on sources the article does not name."
        case _Kind.CLAIM if named:
            return f"The article reports it only as {who}'s claim."
        case _Kind.CLAIM | _Kind.DISTANCED if not named:
            return f"The article distances itself (“{cue}”) and does not say who says so."
        case _Kind.DISTANCED:
            return f"The article distances itself from it (“{cue}”)."
    return f"Attributed to {who}; the article reports it without vouching for it."


_UNNAMED = frozenset({"unnamed sources", "an unnamed speaker"})
