"""The public entry points: a story's sentences classified in order, each in the context of those
before it, then the notes applied across them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from summarizer.claims._context import (
    _ANSWER,
    _QUESTION,
    _Context,
    _documents_authored,
    _names_in_third_person,
)
from summarizer.claims._findings import (
    _Finding,
    _Kind,
)
from summarizer.claims._names import (
    _as_written,
    _is_broken_phrase,
    _looks_like_person,
    _opens_with_a_cut_word,
    _phrase_words,
    _without_role_before_name,
    names_no_one,
)
from summarizer.claims._notes import (
    _apply_notes,
    _reason,
)
from summarizer.claims._patterns import (
    _NOT_A_CLAIM,
    _RESPONSIBILITY,
    _SPEECH,
    _TAG_VERBS,
)
from summarizer.claims._phrases import (
    _MONTHS,
    _PAID_FOR,
    _in_headline_case,
    _tokenised,
)
from summarizer.claims._prefilter import gated
from summarizer.claims._quotes import (
    _CLOSES_AFTER_WORDS,
    _CONTRACTION,
    _FIRST_PERSON,
    _INVERTED_AFTER_QUOTE,
    _OPENING_MARK,
    _QUOTE_CHARS,
    _TAG_AFTER_COMMA,
    _closes_quote,
    _closing_mark,
    _first_quote_mark,
    _has_quotation,
    _mask_quotes,
    _speaks_as_a_quote,
    _tag_after,
)
from summarizer.claims._speakers import (
    _speaker_of,
    _subject,
)
from summarizer.claims._statuses import (
    _anonymous,
    _anonymous_finding,
    _cue,
    _distanced,
    _goes_on_quoting,
    _head_noun,
    _is_note,
    _opens_a_tokenised_quote,
    _passed_on,
    _quotation,
    _research,
    _said,
    _told_inside_quotation,
    _unverified,
)
from summarizer.claims._words import (
    _DETERMINERS,
    _PERSON_TITLES,
    _TEXTS_KEPT,
    _hashes,
    _words,
)
from summarizer.models import ClaimStatus, Sentence

_PERSONAL_PRONOUNS = _words("he she they it i we you")


def _ends_the_open_quote(
    text: str, closing: re.Match[str], tagged: _Finding, context: _Context
) -> bool:
    """A mark after a full stop, while a quotation is open, closes it even when the words
    before it are in the third person ("He will forever be part of the history of this great
    club . ' Robert elstone … said"), unless the sentence shows the mark opening a quotation:
    the speaker it tags acts before the mark ("Flintoff is concerned … . ' He 's a fantastic
    player"), or the words after it speak as a quote does and run to the end with no other
    mark ("… the late nineteenth century . ' He 's very quiet ."), or a tag follows the
    quotation it opens ("… calling for an end to violence . ' This is a fight …, ' the
    president said")."""
    if not context.quote_open or closing.group()[0] not in ".!?":
        return False
    before = text[: closing.start()].lower().split()
    source = (tagged.source or "").lower().split()
    if any(word in before for word in source if word not in _DETERMINERS):
        return False
    after = text[closing.end() :]
    if any(_tag_after(after, mark) for mark in _CLOSES_AFTER_WORDS.finditer(after)):
        return False  # the quotation it opens is tagged where it stops: "… ' X said"
    return bool(_QUOTE_CHARS.search(_CONTRACTION.sub("", after))) or not _speaks_as_a_quote(after)


# A tag after the words of a quotation: it ended there, whether or not its mark was printed
_TAG_AFTER_WORDS = re.compile(
    rf",\s*(?:(?:[\w.’'&-]++\s+){{1,5}}?{_TAG_VERBS}|{_TAG_VERBS}\s)", re.I | re.VERBOSE
)


_VERDICT_REACH = 2  # sentences after a claim that a verdict ("The claim is false") still reaches


_FIRST_PERSON_SINGULAR = re.compile(r"\b(?:I|I['’](?:m|ve|d|ll)|my|me|mine)\b")


_NEW_QUOTATION_AFTER_TAG = gated(
    re.compile(
        # ("… told the nine network : ' it 's a very sad time")
        rf"\b{_TAG_VERBS}(?:\s+[\w.'’-]+){{0,4}}?\s*[:,]\s*(?:[‘“'\"]|``)",
        re.I | re.VERBOSE,
    )
)


# A quotation opened in one sentence may be tagged only where it closes, one to three
# sentences on ("'Gethin has a calf strain. He hasn't trained,' coach Paul John said."): the
# sentences inside it are the tagged speaker's, not the last one who spoke.
_TAG_REACH = 3


# A document a lede cites unnamed ("…, a report says.") is most often named with its author in
# the next line or the one after ("The Australian Institute of Health and Welfare report
# shows …"), the way news writing opens: further on, another may be meant.
_DOCUMENT_REACH = 2
_DOCUMENT_KINDS = r"(?:report|study|survey|poll|analysis|review)"
_AN_UNNAMED_DOCUMENT = re.compile(rf"(?:[Aa]n?)\s+(?:[a-z-]+\s+)?(?P<noun>{_DOCUMENT_KINDS})")
# another document of that kind, which the next lines may name instead ("a second report",
# "another study", "an earlier survey")
_ANOTHER_DOCUMENT = re.compile(
    r"\b(?:another|second|third|earlier|previous|separate|other|older|rival)\s+(?:[\w-]+\s+)?"
    rf"{_DOCUMENT_KINDS}s?\b",
    re.IGNORECASE,
)


_OPENS_WITH_QUOTE = re.compile(r"\s*[‘“'\"]")


# A sentence longer than this is no sentence a writer made (a run-on list, a wall of text): the
# rules read its opening and its close, where attribution sits ("X said that …", "…, she
# said"), so that each rule's scan stays bounded however long the line.
_READ_HEAD = 1_000


_READ_TAIL = 500


# a photo caption's pointer after a name, before its verb: "Joy Smith (right) leaves court
# after she told …" (not before a capital, where the caption may end: "… Attenborough (right)
# Bader was …")
_PHOTO_POINTER = re.compile(
    r"\s+\((?:(?:far|second|top|bottom|centre|center)\s+)?(?:left|right|centre|center|"
    r"pictured|above|below|top|bottom|inset|front|back|middle)\)(?=\s+(?-i:[a-z])|[,;:])",
    re.IGNORECASE,
)


# a stock ticker after a firm's name, which parts the name from its verb: "Intel Corp <INTC>
# said", "Daimler-Benz AG [DAIG.F] said", "Apple (NASDAQ: AAPL) said"; and the wire's marks
# around an unlisted firm's name ("<Sedio N.V.>")
_TICKER = re.compile(
    r"\s*(?:<[A-Z0-9][A-Z0-9.&]{0,9}>|\[[A-Z0-9][A-Z0-9.&]{0,9}\]|"
    r"\((?:NYSE|NASDAQ|Nasdaq|AMEX|LSE|TSX|OTC)\s*:\s*[A-Z][A-Z.]{0,6}\))"
)


_NAME_MARKS = re.compile(r"<(?P<name>[A-Z][^<>]{0,60})>")


# a nickname quoted inside a name, which parts its given name from its surname: "Rochelle
# "Shelly" Sterling", "Mike 'Sugar Bear' Thompson", "Rochelle `` Shelly '' Sterling"; the
# surname alone would be read as another person's already named ("Donald Sterling")
_NICKNAME = re.compile(
    r"(?P<given>\b[A-Z][a-z]+)\s+(?:``\s?|[\"“'‘])[A-Z][\w.-]*+(?:\s[A-Z][\w.-]*+){0,2}"
    r"(?:\s?''|[\"”'’])(?=\s+[A-Z][a-z])"
)


# a title's abbreviation before a name, as US papers write it ("Mr. Trump", "Sen. Max Baucus",
# "Capt. Ronald S. Johnson"): its stop is no sentence's or phrase's end
_TITLE_ABBREVIATIONS = (
    "Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Lt|Gen|Col|Capt|Sgt|Rev|Cmdr|Adm|Brig|Maj|Cpl|Pvt"
)


_TITLE_STOP = re.compile(rf"\b(?P<title>{_TITLE_ABBREVIATIONS})\.(?=\s+[A-Z])")
_STOP_BEFORE_CAPITAL = re.compile(r"\.\s+[A-Z]")  # (what _TITLE_STOP needs)


# … and the same title before a name in a source read without its stop
# (the name looked at, not taken, so that a title before a title gets its stop too: "Brig.
# Gen. Omar Haddad")
_TITLE_WITHOUT_STOP = re.compile(
    rf"\b(?P<title>{_TITLE_ABBREVIATIONS})(?=(?P<name>\s+[A-Z][\w’'-]*))"
)


# a wire story's dateline, the place it was filed from in capitals before a dash ("WASHINGTON
# —", "KANSAS CITY, Mo. —", "DES MOINES –"): no name of anyone who speaks or acts
_DATELINE = re.compile(
    r"^[A-Z]{2}[A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3}"
    r"(?:,\s+[A-Z][a-z]+\.?(?:\s+[A-Z][a-z]+\.?)?)?\s+(?:—|–|--?)\s+(?=[A-Z“\"‘'])"
    # (not a body's initials before an apposition a second dash closes: "NASA — the agency
    # that put men on the moon — said")
    r"(?![^—–]{1,120}?[—–]\s*(?:said|says|has|have|had|is|was|will|announced|warned|"
    r"reported|added|confirmed)\b)"
)


@lru_cache(maxsize=_TEXTS_KEPT)  # (read again for the context, and for a note's sentence)
def _readable(text: str) -> str:
    """The sentence as the rules read it: without a photo caption's pointers, a stock
    ticker or a quoted nickname, which part a name from its verb, nor the stop of a title's
    abbreviation ("Mr. Trump" is read as the British "Mr Trump"), and cut to its head and
    tail when very long."""
    # (each pattern read only where the marks it needs are: most sentences have none)
    if "(" in text:
        text = _PHOTO_POINTER.sub("", text)
    if "<" in text or "[" in text or "(" in text:
        text = _TICKER.sub("", text)
    text = _DATELINE.sub("", _NAME_MARKS.sub(r"\g<name>", text))
    if any(mark in text for mark in "\"“'‘`"):
        text = _NICKNAME.sub(r"\g<given>", text)
    if _STOP_BEFORE_CAPITAL.search(text):
        text = _TITLE_STOP.sub(r"\g<title>", text)
    if len(text) <= _READ_HEAD + _READ_TAIL:
        return text
    return f"{text[:_READ_HEAD]} … {text[-_READ_TAIL:]}"


# unnamed sources named by their kind: "Gulf oil sources", "sources close to the Fed" (not
# "the sources", nor one source)
_NAMED_SOURCES = re.compile(
    r"(?!the\s)(?:[\w&-]++\s++){1,4}(?:sources|insiders)|(?:sources|insiders)\s++close\s++to\s.++",
    re.I,
)


def _learn_named_sources(source: str, context: _Context) -> None:
    """The unnamed sources a later "the sources" means: the last named by their kind, until
    other unnamed sources speak ("Two people familiar with the talks said …", and then "the
    sources said" may be theirs)."""
    if _NAMED_SOURCES.fullmatch(source):
        context.named_sources = source
    elif source != context.named_sources:
        context.named_sources = None


def _forget_the_unnamed_now_named(text: str, context: _Context) -> None:
    """An unnamed source stays anonymous until someone of that kind speaks on the record:
    "Another witness, Tom Hill, said …" makes "the witness" after it no longer the unnamed
    one."""
    for unnamed in list(context.unnamed_speakers):
        if re.search(rf"\b{re.escape(_head_noun(unnamed))}\b", text, re.IGNORECASE):
            context.unnamed_speakers.discard(unnamed)


def _answered(text: str, finding: _Finding, context: _Context) -> _Finding:
    """A sentence of an interview's answer ("A: Inspired and humbled!", and the sentences
    after it until the next question) is the interviewee's statement, whatever it says."""
    if _QUESTION.match(text) or not (_ANSWER.match(text) or context.answering):
        return finding
    answerer = context.answerer()
    first_person = bool(_FIRST_PERSON_SINGULAR.search(text))
    if (
        (answerer and _names_in_third_person(text, answerer))
        or not (answerer or first_person)
        # (one the intro named is no answerer of an explainer's questions: "Q: Who will pay
        # the tax? A: Households earning over £100,000.")
        or (context.interviewee_guessed and not context.interview_told and not first_person)
    ):
        # narration about the interviewee ("Brown opened the restaurant in 2019", "Thanks
        # Anna!"); or no one known to answer and no "I" answering (a quiz, an FAQ: "A:
        # Jupiter.", "A: Fill in the online form.")
        return finding
    if finding.status is ClaimStatus.NONE:
        return _Finding(ClaimStatus.ATTRIBUTED, "interview answer", answerer, _Kind.SPEECH)
    if finding.source is None:
        return replace(finding, source=answerer)
    return finding


# a transcript's turn, its speaker's name in capitals before a colon: "MEHTA: We had 14
# patients …", "PEMBA SHERPA: The mountain is …"
_TRANSCRIPT_TURN = re.compile(r"(?P<label>[A-Z][A-Z'’-]++(?:\s[A-Z][A-Z'’-]++){0,2}):\s+\S")


def _transcript_turn(text: str, finding: _Finding, context: _Context) -> _Finding:
    """A transcript's line is the words of the one its capitals name, when the article named
    that person in full before ("… our conversation with Dr Aryan Mehta" and then "MEHTA: We
    had …"); a label it never named is a heading or a host ("UPDATE:", "PRESENTER:")."""
    if finding.source or not context.interview_told or not (turn := _TRANSCRIPT_TURN.match(text)):
        return finding  # (not a dateline: "HOUSTON: Flooding closed schools")
    words = turn.group("label").split()
    if len(words) > 1 and words[0].rstrip(".").lower() in _PERSON_TITLES:
        words = words[1:]  # "DR MEHTA:"
    name = context.full_names.get(words[-1].lower())
    if not name or (len(words) > 1 and name.lower() != " ".join(words).lower()):
        return finding
    status = ClaimStatus.ATTRIBUTED if finding.status is ClaimStatus.NONE else finding.status
    return _Finding(status, "transcript", name, _Kind.SPEECH)


def classify_sentences(texts: Sequence[str]) -> list[Sentence]:
    """Statuses for the sentences of one article, in order, with sources resolved in context."""
    context = _Context()
    findings: list[_Finding] = []
    since_claim = 0
    for text in texts:
        readable = _readable(text)
        heading = _in_headline_case(readable)
        if not heading:
            context.learn_full_names(readable, referred_back=True)
        context.reading = readable
        tagged = _answered(readable, _classify(readable, context), context)
        tagged = _transcript_turn(readable, tagged, context)
        continued = _continued_quotation(readable, tagged, context)
        finding = _hedged_going_on(readable, tagged, continued, context)
        # a quotation that goes on and then tags a new speaker is the first speaker's, while
        # what is quoted next is the new one's ("… me . ' Denise Barrett-Baxendale said : '
        # today is …" and then "But today we feel bereft .")
        handed_over = continued is not tagged and _hands_over(readable, tagged, finding)
        learnt = tagged if handed_over else finding
        # (many or some of a group, unnamed, are no one a quotation or a pronoun goes on with)
        spoke = None if learnt.kind is _Kind.UNNAMED_MANY else learnt.source or learnt.relayer
        context.learn(readable, spoke if not learnt.note else None, heading=heading)
        if spoke and learnt.source and not learnt.note:
            context.unnamed_speaker = learnt.source if learnt.kind is _Kind.ANONYMOUS else None
            if learnt.kind is _Kind.ANONYMOUS:
                _learn_named_sources(learnt.source, context)
                context.unnamed_speakers.add(learnt.source.lower())
            else:
                _forget_the_unnamed_now_named(readable, context)
        actor = None if continued is tagged or handed_over else _actor_after(tagged, finding)
        if actor:
            # narration after the quotation names someone who acts, not who goes on quoting:
            # "… person . ' Joy , however , is worried …" and then "She said : '…"
            context.acted(actor)
        context.hedged_speech = _hedged_speech(readable, finding, context)
        context.quoting = continued.status is ClaimStatus.ATTRIBUTED and _left_quoting(readable)
        context.quoting_after_words = context.quoting and _opened_after_words(readable)
        context.claim_just_made = finding.status is ClaimStatus.CLAIMED and (
            finding.kind in (_Kind.CLAIM, _Kind.ANONYMOUS)
        )
        context.stated_just_now = finding.status in (ClaimStatus.CLAIMED, ClaimStatus.ATTRIBUTED)
        since_claim += 1
        if finding.status is ClaimStatus.CLAIMED and finding.source and not finding.note:
            context.claimants.append(finding.source)
        if finding.kind is _Kind.CLAIM and finding.source:
            context.claimant = finding.source  # (a denier's, or a hedge's, claims are not theirs)
            context.last_claimant = finding.source
            since_claim = 0
        elif since_claim >= _VERDICT_REACH:
            context.claimant = None  # a verdict three sentences on is about something newer
        findings.append(finding)
    findings = _apply_notes(_documents_named_ahead(texts, _tags_ahead(texts, findings)), texts)
    article = " ".join(texts)
    return [
        Sentence(
            text=text,
            status=f.status,
            source=(
                _shown_source(f.source, text, article)
                if f.status is not ClaimStatus.NONE
                else None
            ),
            cue=f.cue if f.status is not ClaimStatus.NONE else None,
            reason=_reason(f) if f.status is not ClaimStatus.NONE else None,
        )
        for text, f in zip(texts, findings, strict=True)
    ]


def _shown_source(source: str | None, text: str, article: str = "") -> str | None:
    """The source a reader is shown: as the sentence writes it, and never a cut or broken
    phrase, whatever rule found it (a name learned long before may have been one: "'s
    gerhard tremmel"); the answer then says the article does not say who. (The whole of
    ``is_plausible_source`` is no check here: in lower-cased text a lone lower-case word is a
    name, "said bracco".) A title read without its stop gets it back where the article
    writes it with one before that name ("Mr. Trump"; not "Gen Z", "Amartya Sen")."""
    if source and "." in article:
        source = _TITLE_WITHOUT_STOP.sub(lambda m: _as_in_article(m, article), source)
    source = _as_written(source, text)
    if not source:
        return None
    broken = (
        _opens_with_a_cut_word(source)
        or _is_broken_phrase(source, _phrase_words(source))
        or names_no_one(source)
    )
    # (nor the word for what is said itself: "Claims dropped to 205,000, data showed")
    said_thing = source.lower() in _WORDS_FOR_CLAIMS
    return None if broken or said_thing else _without_role_before_name(source)


_WORDS_FOR_CLAIMS = frozenset({"claim", "claims", "allegation", "allegations", "accusations"})


def _as_in_article(title: re.Match[str], article: str) -> str:
    """A title and the name after it as the article writes them: with the title's stop only
    where the article gives it one before that name."""
    dotted = f"{title.group('title')}.{title.group('name')}"
    return f"{title.group('title')}." if dotted in article else title.group()


def _continued_quotation(text: str, finding: _Finding, context: _Context) -> _Finding:
    """A sentence that goes on with the last speaker's quotation and then tags a new speaker
    has two speakers: the first, who goes on speaking, is given (and a sentence that only
    goes on with it is theirs). Tokenised text writes an opening and a closing mark alike
    (" . ' ") and an open quotation cannot be followed from one sentence to the next: the
    words before the mark must speak in the first or second person, as a quote does, and
    name no speaker. A flag stays."""
    if finding.status in (ClaimStatus.CLAIMED, ClaimStatus.UNVERIFIED):
        return finding
    closing = _CLOSES_AFTER_WORDS.search(text)
    if not closing or not (
        _FIRST_PERSON.search(text, 0, closing.start())
        or _ends_the_open_quote(text, closing, finding, context)
    ):
        return finding
    first = _first_quote_mark(text, closing.start())
    if first is not None or _SPEECH.search(text, 0, closing.start()):
        # a quotation opened in this sentence, or the mark opens one after a speech verb
        # ("told gma that he jumped into action . ' As soon as …")
        return finding
    if _INVERTED_AFTER_QUOTE.match(text, closing.end()):
        return finding  # "…, ' said bracco": the tag names who goes on speaking
    if closing.group().startswith(",") and _TAG_AFTER_COMMA.match(text, closing.end()):
        # a quotation that stops on a comma stops for its tag: "…my other kids did,'
        # Lawrence told ABC." names who said it, however the tag is ordered; a description
        # there is the speaker already named ("Jane Smith said: '… He was our world,' the
        # grieving mother of three said.")
        described = (finding.source or "").lower().startswith("the ")
        if not (described and context.speaker and context.speaker[:1].isupper()):
            return finding
    if finding.status is ClaimStatus.ATTRIBUTED and not context.speaker:
        return finding  # the first speaker is not known: the tagged one is the best guess
    return _Finding(
        ClaimStatus.ATTRIBUTED, finding.cue or "quotation", context.speaker, _Kind.SPEECH
    )


# the writer hedging the speaking itself, as the tag of a quotation: "…,' Liz Cheney
# reportedly said", "Mary Cheney allegedly wrote on Facebook: '…" (not a hedge in a side
# clause, "Smith, who reportedly told friends he wanted out, said: '…'", in the speaker's own
# words, or on what a third party said: "Police said the man allegedly told staff …")
_HEDGE = r"(?:reportedly|allegedly|purportedly|supposedly)"
_HEDGED_VERB = r"""(?:said|says|told|tells|wrote|writes|posted|posts|added|adds|tweeted|tweets|
    declared|declares|warned|warns|insisted|insists|admitted|admits|boasted|boasts|explained|
    explains|revealed|reveals|confided|confides)\b"""
_HEDGED_TAG_AFTER = gated(
    re.compile(
        rf"""[,.!?]\s*(?:['’"”]|'')\s+(?:[\w.’',-]+\s+){{1,7}}?(?P<hedge>{_HEDGE})\s+{_HEDGED_VERB}""",
        re.I | re.VERBOSE,
    )
)
_HEDGED_TAG_BEFORE = gated(
    re.compile(
        rf"""{_HEDGE}\s+{_HEDGED_VERB}(?:\s+[\w.’'-]+){{0,10}}?\s*[:,]\s*(?:['‘"“]|``)""",
        re.I | re.VERBOSE,
    )
)


# … or hedging the main clause's speech, before the quotation that goes on with it: "Smith
# reportedly told colleagues he would quit." (not what one said nothing of: "The boy
# reportedly said nothing")
_HEDGED_MAIN = gated(
    re.compile(
        rf"""^(?P<subject>(?:[\w.’'-]+\s+){{1,5}}?)(?P<hedge>{_HEDGE})\s+{_HEDGED_VERB}
        (?!\s+(?:nothing|little|very\s+little|no\s+more)\b)""",
        re.I | re.VERBOSE,
    )
)


# words that make what follows them a side clause, or another's speech, not the main one
_SIDE_CLAUSE_WORDS = _words(
    "who which that after although though having when while as if since because said says told"
)


def _hedged_tag(text: str) -> str | None:
    """The hedge on the tag of a quotation, before or after it (before it, no quotation may
    open earlier: "' he supposedly said he was ill , ' the landlord said"), or on the speech
    of the main clause's subject."""
    if after := _HEDGED_TAG_AFTER.search(text):
        return after.group("hedge")
    before = _HEDGED_TAG_BEFORE.search(text)
    if before and not _QUOTE_CHARS.search(text, 0, before.start()):
        return before.group().split()[0]
    main = _HEDGED_MAIN.match(text)
    subject = main.group("subject") if main else ""
    if main and not (
        _SIDE_CLAUSE_WORDS & set(subject.lower().split()) or _QUOTE_CHARS.search(subject)
    ):
        return main.group("hedge")
    return None


def _hedged_speech(text: str, finding: _Finding, context: _Context) -> tuple[str, str] | None:
    """Who spoke in a speech the writer hedged ("'…,' Liz Cheney reportedly said."), and the
    hedge, while their quotation goes on: what they go on to say is the same reported speech."""
    if finding.status is not ClaimStatus.CLAIMED or not finding.source:
        return None
    if hedge := _hedged_tag(text):
        return finding.source, hedge
    going_on = context.hedged_speech
    return going_on if going_on and going_on == (finding.source, finding.cue) else None


def _hedged_going_on(
    text: str, tagged: _Finding, continued: _Finding, context: _Context
) -> _Finding:
    """A quotation that goes on from a hedged speech ("“I am not pro-gay marriage,” Liz
    Cheney reportedly said." and then "“I believe the issue …”") is hedged as much: the
    writer vouches no more for the rest of the same words. It goes on in a sentence that is
    all quotation, one the open quotation runs into, or one that ends it."""
    hedged = context.hedged_speech
    if continued.status is not ClaimStatus.ATTRIBUTED or not hedged:
        return continued
    outside = _mask_quotes(text)
    if _SPEECH.search(outside):
        return continued  # a tag of its own: "I just wanted to sing,” she told the magazine."
    going_on = (
        continued is not tagged
        or tagged.cue == "quotation"
        or context.quote_open  # (a quotation that runs on, or fills the sentence)
        or not outside.strip("_ .,!?;:'\"“”‘’")
    )
    if not going_on or continued.source != hedged[0]:
        return continued
    return replace(continued, status=ClaimStatus.CLAIMED, cue=hedged[1], kind=_Kind.DISTANCED)


def _hands_over(text: str, tagged: _Finding, going_on: _Finding) -> bool:
    """Whether a sentence that goes on with one speaker's quotation then opens another's: a
    tag that names someone else and opens a new quotation (not narration, "But police said
    Jones had been drinking", not "he added" nor the same person by another name)."""
    closing = _CLOSES_AFTER_WORDS.search(text)
    if not tagged.source or closing is None:
        return False
    opened = _NEW_QUOTATION_AFTER_TAG.search(text, closing.end())
    if opened is None:
        return False
    tag = text[closing.end() : opened.start()].split()
    if not tag or tag[0].lower() in _PERSONAL_PRONOUNS:
        return False
    same = set(tagged.source.lower().split()) & set((going_on.source or "").lower().split())
    return not same


def _actor_after(tagged: _Finding, going_on: _Finding) -> str | None:
    """The person the narration after a closed quotation names, when not who goes on."""
    actor = tagged.source
    if actor and actor != going_on.source and _looks_like_person(actor):
        return actor
    return None


def _tags_ahead(texts: Sequence[str], findings: list[_Finding]) -> list[_Finding]:
    result = list(findings)
    for start, finding in enumerate(findings):
        if finding.cue != "quotation" or not _OPENS_WITH_QUOTE.match(texts[start]):
            continue
        if _closing_mark(_readable(texts[start])) is not None:
            continue  # closed in the same sentence: its own tag, or none, decides
        for end in range(start + 1, min(start + 1 + _TAG_REACH, len(texts))):
            text = _readable(texts[end])
            closing = _closing_mark(text)
            if closing is None:
                if _first_quote_mark(text) is not None:
                    break  # another quotation opens: this one is not followed further
                continue
            tagged = findings[end]
            if (
                tagged.source
                and tagged.cue != "quotation"
                and _tag_after(text, closing)
                # (a description does not displace a speaker named before: "…,' the grieving
                # mother said" after "Jane Smith said: '…")
                and not (tagged.source.lower().startswith("the ") and finding.source)
            ):
                for inside in range(start, end):
                    if findings[inside].cue == "quotation":
                        result[inside] = replace(findings[inside], source=tagged.source)
            break
    return result


def _documents_named_ahead(texts: Sequence[str], findings: list[_Finding]) -> list[_Finding]:
    """A document cited unnamed is its author's when the next lines name whose it is:
    "…, a report says." and then "…, the joint report from the Food and Agriculture
    Organisation said" or "The Australian Institute of Health and Welfare report shows …"."""
    result = list(findings)
    for start, finding in enumerate(findings):
        if not finding.source or finding.note:
            continue
        if not (unnamed := _AN_UNNAMED_DOCUMENT.fullmatch(finding.source)):
            continue
        noun = unnamed.group("noun").lower()
        for text in texts[start + 1 : start + 1 + _DOCUMENT_REACH]:
            readable = _readable(text)
            if _ANOTHER_DOCUMENT.search(readable):
                break  # two of a kind: the author named may be the other's
            authored = (
                author
                for kind, author, where in _documents_authored(readable)
                if kind == noun and _the_same_document(readable, where)
            )
            if (author := next(authored, None)) and _shown_source(author, texts[start]):
                result[start] = replace(finding, source=author)
                break
    return result


def _the_same_document(text: str, where: re.Match[str]) -> bool:
    """Whether a document the next line names with its author reads as the one a lede cited:
    told as known ("The … report shows", "…, the joint report from … said", "according to a
    survey … by Visa"), not as one more ("It comes after a report by the Bank of England",
    "The findings match a 2019 study by …", "Last month the Bank of England report said"),
    nor one a body only paid for ("The study, funded by …", "commissioned by")."""
    found = where.group()
    before = text[max(0, where.start() - 40) : where.start()]
    cited = bool(_ACCORDING_TO_BEFORE.search(before))
    return (
        (found[:4].lower() == "the " or cited)
        and not _ANOTHER_MATTER.match(text)
        and not _PAID_FOR.search(found)
        and not _DATED.search(found)
        and not _DATED_BEFORE.search(before)
        and not _YET_TO_COME.match(text, where.end())
        # (a lone word after "from" is as often a place, "The report from Kabul said", unless
        # cited as the source: "according to a survey from Visa")
        and (cited or not _FROM_ONE_WORD.search(found))
    )


# a line that turns to another matter, and a document still to come
# (each read from its start only, never inside a run of spaces: "(?<!\s)")
_ANOTHER_MATTER = re.compile(
    r"(?<!\s)\s*(?:meanwhile|separately|elsewhere|in\s+a\s+separate|in\s+another|also)\b",
    re.IGNORECASE,
)
_YET_TO_COME = re.compile(r"(?<!\s)(?:\s*+,)?\s*+(?:due|expected|set|to\s+be)\b", re.IGNORECASE)
_FROM_ONE_WORD = re.compile(r"\bfrom\s+(?!the\b)[A-Z][a-z]+$")


_ACCORDING_TO_BEFORE = re.compile(r"\baccording\s+to\s+$", re.IGNORECASE)
# a year, a month or a time back named with a document: another one than the lede's (in
# its own words a month but "may", a verb as often)
_DATED = re.compile(
    r"\b(?:(?:19|20)\d\d|january|february|march|april|june|july|august|september|october|"
    r"november|december|last|earlier|previous|similar|upcoming|forthcoming|next)\b",
    re.IGNORECASE,
)
_DATED_BEFORE = re.compile(
    rf"\b(?:(?:19|20)\d\d|(?:last|previous)\s+(?:week|month|year)|earlier|in\s+{_MONTHS})\b"
    r"[^.;]*$",
    re.IGNORECASE | re.VERBOSE,
)


def classify_sentence(text: str) -> Sentence:
    """One sentence out of context (no pronoun resolution, no notes from later sentences)."""
    return classify_sentences([text])[0]


def is_verification_note(sentence: Sentence) -> bool:
    """True for a sentence that only comments on other claims ("His claims could not be …")."""
    if sentence.status is not ClaimStatus.UNVERIFIED:
        return False
    text = _readable(sentence.text)  # what the rules read of it (see classify_sentences)
    return _is_note(text, _NOT_A_CLAIM.sub(_hashes, text))


def flagged_statements(sentences: Sequence[Sentence]) -> list[Sentence]:
    """Flagged sentences a reader should weigh, once each, without the notes that only comment
    on them (a note is about a claim; counting it would count the claim twice)."""
    seen: set[str] = set()
    kept: list[Sentence] = []
    for sentence in sentences:
        key = " ".join(sentence.text.split())
        if sentence.flagged and not is_verification_note(sentence) and key not in seen:
            seen.add(key)
            kept.append(sentence)
    return kept


def _classify(text: str, context: _Context) -> _Finding:
    finding = _cued_finding(text, context)
    if finding.status is ClaimStatus.ATTRIBUTED and _writers_question(text, context):
        # the writer's own question attributes nothing, whatever verb it asks about: "So
        # what does the Latin say?", a poll's "Will Brett Kavanaugh be confirmed …?"
        return _Finding(ClaimStatus.NONE, None, None, _Kind.NONE)
    if (
        finding.status is ClaimStatus.ATTRIBUTED
        and context.unnamed_speaker
        and _ANOTHER_OF_THEM.match(text)
    ):
        # one more of the unnamed: "One official, who asked not to be named, said …" and
        # then "Another said no decision had been made."
        return replace(finding, status=ClaimStatus.CLAIMED, kind=_Kind.ANONYMOUS)
    return finding


# one more speaker of the kind just heard, given no name of their own
_ANOTHER_OF_THEM = re.compile(
    r"(?:(?:But|And|Yet)\s+)?(?i:another|a\s+second|a\s+third)(?:\s+[a-z]+)?\s+"
    r"(?:said|says|told|tells|added|adds)\b"
)


# a question the sentence itself asks, opening with its auxiliary or question word (after a
# conjunction), with no quotation in it
_WRITERS_QUESTION = re.compile(
    r"(?:(?:But|And|So|Yet|Now|Then|Or),?\s+)?(?i:will|would|can|could|does|do|did|is|are|was|"
    r"were|should|shall|has|have|had|may|might|must|what|who|why|how|where|when|which)\b"
    r"""[^“”"‘`]*\?\s*"""
)


def _writers_question(text: str, context: _Context) -> bool:
    """Whether the sentence is a question the writer asks, not a quoted speaker's (a quotation
    that goes on from the sentence before may ask one too)."""
    return (
        not (context.quote_open or context.quote_maybe)
        and " ' " not in text
        and bool(_WRITERS_QUESTION.fullmatch(text.strip()))
        # (a tag set into it makes it a speaker's: "What, the minister said, was the
        # alternative?", "Why, according to the company, did sales fall?")
        and not _TAG_SET_IN.search(text)
    )


# a tag set into a sentence after a comma, a source it cites, or one it reports ("as the
# chancellor promised", "that prosecutors say", "did police say on Friday that")
_TAG_SET_IN = re.compile(
    r",\s+(?:[\w.’'-]+\s+){1,5}?(?:said|says|told|tells|asked|asks|added|adds|wrote|writes)\b"
    r"|\baccording\s+to\b"
    r"|\bas\s+(?:[\w.’'-]+\s+){1,6}?(?:has\s+|have\s+|had\s+)?[a-z]+(?:ed|s)\b"
    r"|\bthat\s+(?:[\w.’'-]+\s+){1,3}(?:say|says|said|claim|claims|claimed)\b"
    r"|\b(?:say|says|said|tell|told|claim|claimed)\s+(?:[\w.’'-]+\s+){0,3}?that\b",
    re.IGNORECASE,
)


def _cued_finding(text: str, context: _Context) -> _Finding:
    masked = _NOT_A_CLAIM.sub(_hashes, text)
    if finding := _unverified(text, masked, context):
        return finding
    if match := _anonymous(masked):
        return _anonymous_finding(text, match, context)
    if match := _RESPONSIBILITY.search(masked):
        # (``masked``: not when no one did, "No group has claimed responsibility")
        source = _subject(text, match.start(), context)
        return _Finding(ClaimStatus.CLAIMED, _cue(text, match), source, _Kind.CLAIM)
    if finding := _distanced(text, masked, context):
        return finding
    if finding := _passed_on(text, masked, context) or _research(text, masked, context):
        return finding
    if finding := _said(text, masked, context):
        return _told_inside_quotation(finding, text, context)
    if _has_quotation(text):
        return _quotation(_speaker_of(text, context), context)
    if (opened_at := _opens_a_tokenised_quote(text, context)) is not None:
        # "… in masters history . ' I 'm really excited about the rest of the year now .":
        # a verb of saying before the quotation names its speaker, else it goes on with the
        # last one's words
        said = _SPEECH.search(masked, 0, opened_at)
        return _quotation(_speaker_of(text, context) if said else context.speaker, context)
    if (
        (context.quote_open or context.quote_maybe)
        and (_FIRST_PERSON.search(text) or _goes_on_quoting(text, context))
    ) or _closes_quote(text):
        # a multi-sentence quotation is split into sentences: those inside it carry no mark or
        # only the closing one, and are still the words of the speaker who opened it. An open
        # mark alone is weak (papers drop closing marks, captions run into quotes): the
        # sentence must also speak in the first or second person, as a quote does
        return _quotation(context.speaker, context)
    return _Finding(ClaimStatus.NONE, None, None, _Kind.NONE)


def _opened_after_words(text: str) -> bool:
    """Whether the quotation a sentence leaves open was opened with a double mark after its tag
    or a comma ("Cathy Olkin said: “Charon just blew our socks off.", "…,” Saucier told Fox
    News, “but they didn't prosecute her."). Where quotes take double marks, one that goes on
    into a new paragraph opens it again with a mark, so a sentence with none is still inside
    it. Not a quote that opens the sentence (it may be a paragraph of quotation whose closing
    mark was dropped), nor one in single marks: papers that quote so (the British) drop the
    closing mark at a paragraph's end, and narration may follow ("He added: ‘Of course …")."""
    opening = list(_OPENING_MARK.finditer(text))
    if not opening or opening[-1].group() not in '“"':
        return False
    return bool(_TAG_BEFORE_MARK.search(text, 0, opening[-1].start()))


# a quotation's tag or a comma right before its opening mark: "said: “", "tweeted “", ", “but"
_TAG_BEFORE_MARK = re.compile(rf"(?:[:,]|\b{_TAG_VERBS})\s*$", re.I | re.VERBOSE)


def _left_quoting(text: str) -> bool:
    """Whether a quotation sentence, as printed, leaves its quote running into the next: not
    when it ends with its tag ("'It hurts more than the result, said Tom Baker."), and not in
    tokenised text, where an open mark cannot be told from a closing one."""
    if _tokenised(text):
        return False
    opening = list(_OPENING_MARK.finditer(text))
    return not (opening and _TAG_AFTER_WORDS.search(text, opening[-1].end()))
