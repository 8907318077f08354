"""Finding who speaks for a cue: the subject before a speech verb, the name after an inverted tag,
the agent of a passive, the antecedent of a ", who said" clause, the source named by "according
to". The candidates are cleaned by ``_phrases`` and checked by ``_names``; pronouns and roles
are resolved against the context.
"""

from __future__ import annotations

import re
from collections.abc import Generator, Iterator
from functools import lru_cache
from itertools import islice, takewhile
from typing import TYPE_CHECKING

from summarizer.claims._names import (
    _BODY_ROLES,
    _CONTRACTION_END,
    _GENDERED,
    _GIVEN_NAMES,
    _GROUP_HEADS,
    _KIN,
    _NAME_CHAIN,
    _PARTICLES,
    _PAST_FORMS,
    _SURNAMES,
    _TIME_WORDS,
    _drop_adverbs,
    _finite_verb,
    _group_plural,
    _is_acronym,
    _is_first_name,
    _is_organisation,
    _is_title_before_name,
    _looks_like_person,
    _lower_case_person,
    _named_as_person,
    _named_before,
    _opens_with_group,
    _opens_with_participle,
    _without_title,
    is_plausible_source,
)
from summarizer.claims._patterns import (
    _A_CLAIM_WORD,
    _ACCORDING,
    _CITING,
    _CLAIM_OWNER,
    _CLOSING_PLURAL_TAGS,
    _INVERTED,
    _LABEL_BLANKED,
    _MAX_NAME_WORDS,
    _MAX_SOURCE_WORDS,
    _NO_TAG_OPENERS,
    _NOT_A_CLAIM,
    _PARTICIPLE,
    _POSSESSIVE_PRONOUN,
    _PUT_OUT_ALLEGING,
    _QUOTED_AS_SAYING,
    _QUOTED_BY_AS_SAYING,
    _REPORTED_AFTER_QUOTE,
    _REPORTER_TAG,
    _REPORTING_PAST,
    _SUBJECT_VERB,
    _TRAILING_POSSESSIVE,
    _WEASEL_NOUNS,
    _WEASEL_SAYING,
)
from summarizer.claims._phrases import (
    _AUTHORED,
    _CALLS_ITSELF,
    _DOCUMENTS,
    _KEPT_UNNAMED,
    _NAME_WORD,
    _OWN_PAGES,
    _PAID_FOR,
    _PAST_OR_PERFECT,
    _PLACE_LEADS,
    _REGION_LEADS,
    _RELATIVE,
    _RELATIVE_AFTER_NAME,
    _RELATIVE_ASIDE,
    _SHORT_TITLE,
    _SPEAKS_FOR,
    _SPEAKS_FOR_WORDS,
    _SUBORDINATE_OPENERS,
    _TITLE_ROLES,
    _TRAILING_TIME,
    _UNCLOSED_ASIDE,
    _apposition_naming_head,
    _clean_source,
    _coordinated_names,
    _drop_auxiliaries,
    _drop_leading,
    _ends_in_a_person_noun,
    _forward_name_words,
    _goes_on_placing,
    _group_before_names,
    _in_lower_case,
    _is_aside,
    _is_description,
    _is_name,
    _is_partitive,
    _is_personal_name,
    _is_place_phrase,
    _is_role_phrase,
    _is_title_word,
    _leading_phrase,
    _leading_source,
    _lost_capitals,
    _lower_case_name,
    _name_after_lower_case_role,
    _name_after_venue,
    _named_in,
    _named_only_as,
    _named_with_its_s,
    _names_a_body,
    _opens_description,
    _opens_with_a_gerund,
    _resolve_pronoun,
    _role_part,
    _serves_a_body,
    _the_and_a_body,
    _tidy,
    _title_modifier,
    _titled_full_name,
    _tokenised,
    _trailing_name,
    _two_people,
)
from summarizer.claims._quotes import (
    _QUOTE_CHARS,
    _mask_quotes,
)
from summarizer.claims._words import (
    _AUXILIARIES,
    _DETERMINERS,
    _FINITE_VERBS,
    _FUNCTION_WORDS,
    _INDEFINITES,
    _IRREGULAR_PASTS,
    _LINKING_ADVERBS,
    _NAME_TITLES,
    _NATIONALITIES,
    _PERSON_ROLES,
    _PERSON_TITLES,
    _PLURAL_FORMS,
    _POSSESSIVES,
    _PREPOSITIONS,
    _PRONOUNS,
    _REPORTING_PARTICIPLES,
    _SPEECH_WORDS,
    _SUBORDINATORS,
    _TEXTS_KEPT,
    _hashes,
    _is_person_noun,
    _verb_like,
    _words,
)

if TYPE_CHECKING:
    from summarizer.claims._context import (
        _Context,
    )


_MAX_ATTEMPTS = 3  # speech verbs tried for a subject: bounds the work on a run of verbs


# a quotation masked out right before "according to", whose closing mark follows its comma
_QUOTE_CLOSES_WITH_COMMA = re.compile(r"_[’”'\"]$")


# a quotation opening right after the words a tag's "said" is followed by: those words are what
# was said ("…, said the agency's results “do show …”"), not a speaker
_QUOTE_AFTER = re.compile(r"\s*[“\"‘]")


def _named_report_claiming(text: str, match: re.Match[str], context: _Context) -> str | None:
    """Whose report claims: a named body's ("BuzzFeed's report claimed …" is BuzzFeed's),
    unless another speaks of it first; "media reports said" name no one the reader could hold
    to it."""
    claim = _A_CLAIM_WORD.search(match.group())
    if not claim or not _named_before(text, match.start()):
        return None
    outside = _outside(text)
    verb = match.start() + claim.start()
    if any(other.start() < match.start() for other in _SUBJECT_VERB.finditer(outside)):
        # (one who speaks of the report is the speaker, as of "denied Swift's claims": "The
        # White House said CNN's report claimed …")
        return _speaker_of(text, context)
    return _subject(outside, verb, context)


def _distanced_speaker(text: str, match: re.Match[str], context: _Context) -> str | None:
    """A claim verb has a subject; "reportedly", "is believed to" and the like have none the
    reader can be given, except the main subject of a participle ("…, claiming …") or of a
    speech verb elsewhere in the sentence."""
    if match.group("media") or match.group("weasel"):
        # ("many say": no one the reader could hold to it; see _weasel_phrase)
        return _named_report_claiming(text, match, context) if match.group("media") else None
    modifier = text[: match.start()].rsplit(maxsplit=1)[-1:]
    if modifier and modifier[0].lower() in _NATIONALITIES:
        return None  # "Iranian claims … were denied by the Pentagon": a nation, no one named
    outside = _outside(text)
    reported_as = re.match(r"(?:is|are|was|were)\s+reported\s+as\b", match.group(), re.I)
    if match.group("outlet") or reported_as:
        # "The Mail on Sunday understands": the paper; "Shane Stone is reported as saying": the
        # one reported
        verb = (
            None if reported_as else re.search(r"\s(?:understands|has|have|can)\b", match.group())
        )
        return _subject(outside, match.start() + (verb.start() + 1 if verb else 0), context)
    noun = match.group(0).lower() in ("claim", "claims", "allegation", "allegations")
    owner = _CLAIM_OWNER.search(text, 0, match.start()) if noun else None
    if owner and not any(
        verb.start() != match.start() and not _PASSIVE_BEFORE.search(outside, 0, verb.start())
        for verb in _SUBJECT_VERB.finditer(outside)
    ):
        # "his claims to have fixed the banks": the claims are his (but in "denied Swift's
        # claims" or "told Polygraph the ministry's allegations are false" the one who
        # speaks of them is the speaker)
        return _claim_owner(owner, context)
    if (who := _claimant(text, outside, match, context)) is not None:
        return who or None
    if participle := _PARTICIPLE.search(outside):
        return _leading_source(outside[: participle.start()], context)
    # the subject of "is believed to", "is alleged to" is what is said, not who says it
    # (its "to" stays: "is believed to have agreed" has no speech verb "agreed")
    end = match.end() - 2 if match.group().lower().endswith("to") else match.end()
    spoken = outside  # with its cue: "The Democrats are alleging" is no passive
    outside = outside[: match.start()] + " " * (end - match.start()) + outside[end:]
    cue = match.group(0).lower()
    passive = re.match(r"\s*(?:of|but)\b", text[match.end() :])
    active = cue.startswith(("claim", "alleges", "accus", "speculat")) or cue == "allege"
    # "The Democrats are alleging" (not "an anonymous letter alleging", a participle)
    active = active or (cue == "alleging" and bool(_PASSIVE_BEFORE.search(text, 0, match.start())))
    # "alleged" is a verb when a clause follows ("Prosecutors alleged that …", "Police alleged
    # the man had …"), else an adjective ("the alleged victim", "an alleged plot")
    active = active or (cue == "alleged" and _alleged_clause(text, match))
    # after a possessive, a claim word is a noun: "the ministry's claim is false"
    owned = match.group().lower() in ("claim", "claims") and bool(
        owner or _OWNED_BEFORE.search(text, 0, match.start())
    )
    # … and after a count: "made more than 13,000 false or misleading claims"
    counted = cue in ("claim", "claims") and bool(_COUNTED_CLAIMS.search(text, 0, match.start()))
    # … and before a verb of its own, whose subject it is: "Fresh claims emerged", "Such claims
    # are common, experts say" (no "Fresh" or "Such" that claims; but after a relative
    # pronoun it is its object's verb: "… torque, which Nissan claims is a 20% improvement")
    # (or before what they are about, when the word before them is one of claims' own:
    # "Fresh claims that the club broke the rules emerged", "Wild claims about the vaccine
    # spread"; "Hamas claims that it fired the rockets" is Hamas's)
    subject_of_a_verb = (
        cue in ("claim", "claims")
        and bool(
            _VERB_OF_ITS_OWN.match(text, match.end()) or _WHAT_CLAIMS_ARE.match(text, match.end())
        )
        and not _RELATIVE_OBJECT_BEFORE.search(text, 0, match.start())
        and _describes_claims(text[: match.start()].split())
        # (a surname the article gave is its bearer's: "Former Bolton boss John Wild is suing
        # the club." then "Wild claims that he was sacked unfairly")
        and text[: match.start()].rsplit(maxsplit=1)[-1].lower() not in context.full_names
    )
    # (a claim noun a preposition governs is another verb's object: "The plan, Smith said,
    # relies on claims …" is Smith's, not "relies"'s)
    governed = _objects_claims(text, match, outside)
    active = active and not (passive or owned or counted or subject_of_a_verb or governed)
    earlier = _SUBJECT_VERB.search(outside, 0, match.start())
    # "Daniel said he … and claimed the room melted away": a verb joined by "and" shares the
    # subject of the speech verb before it
    joined = bool(earlier and re.search(r"\sand\s*$", outside[: match.start()]))
    if active and earlier and joined and (source := _subject(outside, earlier.start(), context)):
        return source
    if active and (source := _participle_subject(outside, match, context)):
        return source
    if (
        active
        and (relative := _RELATIVE_AFTER_NAME.search(outside, 0, match.start()))
        and _heads_its_phrase(outside, relative.start())
    ):
        # "extradition to the United States, which accuses him": the relative pronoun's
        # antecedent, a name, makes the claim
        return _clean_source(relative.group("name"), context)
    if active and (source := _subject(spoken, match.start(), context)):
        return source
    according = _ACCORDING.search(text)
    # (a hedge cut to its participle names no one by its verb: "a yew tree said to be …")
    if (_SUBJECT_VERB.search(outside) or (counted and according)) and not _PARTICIPLE_HEDGE.match(
        match.group()
    ):
        return _not_the_accused(text, match, _speaker_of(text, context))
    if according and _sources_the_hedge(text, according, match):
        # "were said to have run into issues, according to The Hollywood Reporter": the
        # hedge has a source after all (never the subject the hedge is about)
        return next((s for s in _according_source(text, according, context) if s), None)
    return None


def _weasel_phrase(text: str, match: re.Match[str], context: _Context) -> str | None:
    """ "Some experts" of "Some experts say …": a quantifier and the group's noun, when they
    open the sentence and say or believe something. "Many say", "Others argue" name no one the
    reader could hold to it (pronouns, which stand for no one); nor do the words inside a
    quotation or a speaker's report ("Smith said some experts believe"), a negated or measured
    quantifier ("Not many people believe", "Too many people"), or a group that does something
    else ("Many people expressed shock", "Many people said goodbye")."""
    weasel = match.group("weasel") or ""
    words = weasel.split()
    if (
        len(words) < 3
        or words[1].lower() not in _WEASEL_GROUPS
        or words[-1].lower() not in _WEASEL_SAYS_IT
        or not _WEASEL_OPENS.fullmatch(text[: match.start("weasel")])
        # (nor words a quotation the sentence before left open goes on with)
        or context.last_text.count("“") > context.last_text.count("”")
        or _WEASEL_NOT_SAID.match(text, match.end("weasel"))
    ):
        return None
    return " ".join(words[:2])


_WEASEL_GROUPS = frozenset(_WEASEL_NOUNS) - {"others"}  # (a pronoun, no group's noun)
_WEASEL_SAYS_IT = frozenset(_WEASEL_SAYING)
# what may stand before the group that opens the sentence: a conjunction or a linking adverb
# (or a short phrase set off by its comma: "In private, some critics say")
_WEASEL_OPENS = re.compile(
    r"\s*(?:(?:but|and|yet|still|however|meanwhile|indeed|now|today)\s*,?\s*)?"
    r"(?:(?:in|at|on|for|after|since|like)\s+[\w'’-]++(?:\s+[\w'’-]++){0,2},\s*)?",
    re.I,
)
# a saying that tells nothing: "said goodbye", "say thank you", "said nothing"
_WEASEL_NOT_SAID = re.compile(
    r"\s{1,3}(?:goodbye|farewell|hello|thanks|thank|sorry|nothing|yes|their|a\s+prayer)\b",
    re.I,
)


def _objects_claims(text: str, match: re.Match[str], outside: str) -> bool:
    """A claim noun that a preposition governs ("relies on claims", "doubt about claims"), in a
    sentence with a speech tag set off before it: the claims are the object, not the verb."""
    if match.group().lower() not in ("claim", "claims"):
        return False
    before = text[: match.start()].split()
    # (not "to", which makes an infinitive of the verb: "went on to claim that …")
    if not before or before[-1].lower() not in _PREPOSITIONS - {"to"}:
        return False
    # (a tag set off inside the sentence before the claims, "…, Smith said, …": one that
    # closes it, "…, the AP reported", reports the whole, and a verb the claims follow, "was
    # criticized for claims he made", leaves them their own claimant)
    return any(
        verb.end() < match.start() and outside[verb.end() :].lstrip().startswith(",")
        for verb in _SUBJECT_VERB.finditer(outside)
    )


# a hedge cut to its participle: "a man said to be in his 40s"
_PARTICIPLE_HEDGE = re.compile(r"(?:said|reported|believed|thought|rumou?red)\s+to\s", re.I)

# an aside right after a name, before its verb: "Bates, who …,", "Rooney, speaking after …"
_ASIDE_AFTER_NAME = re.compile(
    r"\s*,\s*(?:who|whose|speaking|asked|talking|writing|in|at|after|now|aged|\d)\b", re.I
)


def _speaker_of(text: str, context: _Context) -> str | None:
    """Who says it: "according to X", "…,' said X", the subject of the first speech verb
    outside quotation marks that reads as a noun phrase, "citing X", or, for a quotation on
    its own, the last speaker (a quote continues their words)."""
    outside = _outside(text)
    if source := next((s for s in _speaker_candidates(text, outside, context) if s), None):
        return source
    if participle := _PARTICIPLE.search(outside):
        return _leading_source(outside[: participle.start()], context)
    if tag := _PRONOUN_TAG.search(text):
        # "“Oh, actually? Yes,” he assures himself.": a pronoun after a quotation names its
        # speaker, whatever verb follows it
        return _resolve_pronoun(text, tag.start("pronoun"), tag.group("pronoun"), context)
    if (tag := _NAME_TAG.search(text)) and (name := _clean_source(tag.group("name"), context)):
        return name
    if (verb_quoted := _VERB_QUOTED.search(text)) and (
        who := _clean_source(_last_clause(text[: verb_quoted.start("mark")]), context)
        or _leading_source(text[: verb_quoted.start("mark")], context)
    ):
        return who  # 'Ms. Ford “said she does not remember …”': the verb quoted too
    if _quoted_share(outside) > 0.5:
        # (a person the sentence opens with, acting, says what is quoted: "In response,
        # Clinton defamed Assange as “a tool of Russian intelligence”", not whoever spoke last)
        # (one it names, not one a pronoun or a possessive stands for: "His response: “…”";
        # nor one the quotation describes, "Evans was “a violent man”", "Jones suffered “…”",
        # nor a heading before its colon, "Deceiving Voters: “…”")
        subject = _leading_source(outside, context)
        last = subject.split()[-1] if subject else ""
        at = outside.find(last) if last else -1
        named = (
            subject if at >= 0 and _SAYS_WHAT_IS_QUOTED.match(outside, at + len(last)) else None
        )
        return _person_subject(named, outside, text) or _speaker_of_quotation(text, context)
    # no verb names anyone ("in an interview", a bare quotation): the sentence's subject,
    # when it is a person
    subject = _leading_source(outside, context)
    if subject and _PRONOUN_SPEAKS.search(outside) and subject.lower().endswith("ing"):
        # a pronoun's tag names the speaker, whom nothing before made known: not a gerund
        # that opens the sentence ("Ageing is no fun, she admits")
        return None
    if subject and _IT_SAYS.search(outside) and _the_and_a_body(subject):
        return subject  # "The Department of … and Trade has moved to clarify what it says …"
    return _person_subject(subject, outside, text)


def _person_subject(subject: str | None, outside: str, text: str) -> str | None:
    """The sentence's subject as its speaker, when no verb names one: only a person, and one
    capitalised word only when a verb of its own follows it."""
    if not subject or not _looks_like_person(subject):
        return None
    first, *others = subject.split()
    if others and _opens_with_a_gerund([first, *others]):
        return None  # a gerund and its object: "Blaming President Obama, he said, was …"
    if (
        all(w.islower() for w in others)
        and (subject.islower() or others)
        and first.lower() not in _DETERMINERS
        and not _lost_capitals(text)
    ):
        # bare words in lower case ("sounds impressive", "Plans include funding" but for its
        # first capital) are no name where names keep their capitals
        return None
    if " " not in subject and subject in outside:
        # one capitalised word is a subject only when a verb follows it ("Bates was …",
        # "Basnet purchased …"), not "Thanks to …" or "Certainly, …"
        rest = outside[outside.index(subject) + len(subject) :]
        if _ASIDE_AFTER_NAME.match(rest):
            return subject  # "Bates, who joined in 2010, was furious: '…'"
        following = _drop_adverbs(rest.split())
        if following and following[0] in _PLURAL_FORMS and _SINGULAR_TAG.search(outside):
            return None  # "Voters are angry, he said": they are not "he", whom no line names
        return subject if following and _finite_verb(following[0].lower()) else None
    return subject


# after a person who opens the sentence, a verb by which they say or write what is quoted: an
# active verb in the past or present (not a copula, a passive or a verb of undergoing)
_SAYS_WHAT_IS_QUOTED = re.compile(
    r"(?:,[^,]{1,60},)?\s{1,3}(?:also\s{1,3}|later\s{1,3}|then\s{1,3}|once\s{1,3})?"
    r"(?:(?:has|have|had)\s{1,3}(?!been\b)[a-z]{3,}\b|said\b|told\b|wrote\b|spoke\b|"
    r"(?!(?:is|was|are|were|be|been|being|has|had|have|remains?|remained|seem(?:s|ed)?|"
    r"became|becomes|got|gets|suffer(?:s|ed)|receiv(?:es|ed)|show(?:s|ed)|fac(?:es|ed)|"
    r"boasts?|looked|looks|sounded|sounds|felt|feels)\b)[a-z]{3,}(?:ed|s)\b)"
)


# a tag of one person's, "he" or "she", set off by a comma
_SINGULAR_TAG = re.compile(r",\s+(?:he|she)\s+(?:said|told|[a-z]{3,}(?:s|ed))\b")


def _speaker_of_quotation(text: str, context: _Context) -> str | None:
    """Whose a quotation on its own is: the last speaker's, whose words it goes on with."""
    if context.speaker or not _SPEAKS_AS_I.search(text) or _THIRD_PERSON.search(text):
        # (not words about that person: "“He was the best dad I could have asked for.”"
        # after "John Smith, 72, died …"; nor "you" alone, which anyone may say)
        return context.speaker
    # no one spoke before: a quotation in the first person is in the words of the person
    # the lines before were about ("Steenburgen realized …" and then "“I called a very
    # talented friend …”"), when nothing leaves doubt that it is a person (not "South
    # Dakota", a place two capitalised words make look like a name)
    person = context.person
    return person if person and context.surely_a_person(person) else None


# a quotation that opens with its own verb of saying, right after the one who said it: the
# writer quotes a report's words whole, "Ms. Ford “said she does not remember …”"
_VERB_QUOTED = re.compile(r"[\w.]\s+(?P<mark>[“\"])(?:said|says|told|tells)\s(?!it\s+all\b)")


# a pronoun's own tag set off by commas: "…, she admits, …", "…, he says."
_PRONOUN_SPEAKS = re.compile(r",\s+(?:he|she|they)\s+[a-z]{3,}(?:s|ed)\b\s*[,.;]")


# a quotation in the first person, and one that speaks of a third person
_SPEAKS_AS_I = re.compile(r"\b(?:I|I['’](?:m|ve|d|ll)|me|my|mine|we|our|us)\b")
_THIRD_PERSON = re.compile(rf"\b(?:{'|'.join(_GENDERED)})\b", re.I)


# a body's own words, told with "it" in the sentence the body opens: "… to clarify what it says
# are misunderstandings"
_IT_SAYS = re.compile(
    r"\bit\s+(?:says|said|claims|claimed|argues|argued|insists|insisted|maintains|believes)\b"
)


def _speaker_candidates(text: str, outside: str, context: _Context) -> Iterator[str | None]:
    """Speakers the sentence may name, best first; each is worked out only when asked for."""
    # (an idiom is no source: "went according to plan")
    # (nor is "according to" inside a quotation: the quoted speaker's own words, "'… worked
    # out according to patterns of work,' he said")
    according = next(
        (
            m
            for m in _ACCORDING.finditer(text)
            if not _NOT_A_CLAIM.match(text, m.start())
            and "_" not in outside[m.start() : m.start() + len("according to")]
        ),
        None,
    )
    yield from _named_up_front(text, outside, according, context)
    if (
        (match := _CLOSING_TAG.search(outside))
        and not _opens_with_speech(outside, match.start())
        and not (match.group("reporting") and not _reports_the_clause(match.group("who"), text))
        # (a role apposed to a name before it tells no one of its own: "Dr. Christopher
        # Kuhar, the zoo's executive director told Fox 8.")
        and not (match.group("telling") and _name_right_before(outside, match.start()))
    ):
        # "…, acting, she said, as though …, the Mirror reported.": the tag that closes the
        # sentence names who reports all of it, an aside inside it only part
        yield _clean_source(_with_the_list_it_ends(outside, match), context)
    match = _INVERTED.search(outside) or _REPORTED_AFTER_QUOTE.match(text)
    if match and not _apposed_subject_before(outside, match.start()):
        who = match.group("who")
        if (
            _in_lower_case(text)
            and not _SUBJECT_VERB.search(outside, 0, match.start())
            and (name := _lower_case_name(who.split()))
            and (
                _QUOTE_CHARS.search(text, match.start(), match.start("who"))
                or (
                    _closes_sentence(who.split()[len(name.split()) :])
                    and _named_in_full(name, context)
                )
            )
        ):
            # "…, ' said murray" in lower-case text: after a quotation, or closing the
            # sentence ("…, says joe calzaghe .") (", said …" after a comma may close an
            # apposition: "valensi , the prosecutor , said huminski was …"), and only when no
            # speech verb earlier in the sentence named its first speaker
            yield context.expand(name)
        elif not _QUOTE_AFTER.match(outside, match.end("who")) and not _runs_into_a_clause(who):
            # (not "…, said the agency's results “do show …”": the words after "said" run
            # into a quotation that is their predicate, so they are what was said; nor "The
            # couple, Jesse and Melissa Meek, said the clip took five takes": into a verb)
            phrase = _forward_phrase(who)
            yield (
                _name_after_role(outside[match.start("who") :])
                or _clean_source(phrase, context)
                or _surname_as_nationality(who.strip(), outside[match.end("who") :])
                or _full_name_ending(phrase)
            )
    # "…, reports TMZ.": the reporter or paper closing the sentence, when no verb before its
    # tag named a speaker ("Fowler responded that …, reports the Golf Channel" is Fowler's)
    reporter = _REPORTER_TAG.search(text)  # (its comma may close a quotation)
    if (yield from _subjects_of_speech(outside, reporter, context)):
        return  # "he said": the speaker is whoever "he" is, known or not
    if according:
        yield from _according_source(text, according, context)
    if reporter:
        yield _clean_source(reporter.group("who"), context)
    if match := _CITING.search(text):
        cited = _cut_phrase(match.group("who"))
        if _is_reason(cited):
            # "OrbitBeyond canceled its order, citing internal business issues": a reason
            # is not a source, the subject that cites it speaks
            yield _leading_source(_clause_citing(outside[: match.start()]), context)
        else:
            yield _clean_source(cited, context)


def _subjects_of_speech(
    outside: str, reporter: re.Match[str] | None, context: _Context
) -> Generator[str | None, None, bool]:
    """The subjects (or passive agents) of the sentence's verbs of speech, in turn, up to a
    pronoun's (then it returns True) or the reporter's tag that closes the sentence."""
    # verbs inside an idiom ("told him not to", "was told") name no speaker
    verbs = list(islice(_SUBJECT_VERB.finditer(_NOT_A_CLAIM.sub(_hashes, outside)), _MAX_ATTEMPTS))
    for i, verb in enumerate(verbs):
        if _not_a_verb_here(outside, verb):
            continue
        if (
            i + 1 < len(verbs)
            and _CATAPHORIC_PRONOUN.search(outside, 0, verb.start())
            and "," in outside[verb.end() : verbs[i + 1].start()]
        ):
            # a pronoun in a clause set before the main one looks ahead to the main clause's
            # subject, past the comma that closes it: "Asked about the rally, when he told the
            # crowd …, Mr. Blumenthal said …" (not a verb inside its own clause, "When she told
            # police that her husband said …")
            continue
        if reporter and verb.start() <= reporter.start() < verb.end():
            break  # the tag's verb, its subject the words before its comma ("the split")
        yield _passive_agent(outside, verb, context)
        # ("Adebayor is branded 'eccentric' by fans": the one labelled is not speaking; nor
        # is what a participle and its agent describe, "the curfew urged by some MPs")
        yield (
            None
            if _labelled_passive(outside, verb)
            or _PARTICIPLE_AND_AGENT.match(outside, verb.start())
            else _subject(outside, verb.start(), context)
        )
        if _pronoun_before(outside, verb.start()):
            return True
    return False


# a subordinate clause's pronoun right before its verb, the clause opening the sentence, or
# after one phrase that opens it ("When he arrived, …", "Asked about it, when he told …"; not
# a clause after the main one, "Smith quit, when he told staff …")
_CATAPHORIC_PRONOUN = re.compile(
    r"^(?:[^,]{0,80},\s*)?(?:when|as|after|before|while|since|once|although|though)\s+"
    r"(?:he|she)\s+$",
    re.I,
)


def _name_right_before(outside: str, comma: int) -> bool:
    """Whether a full name is all that stands between the comma before ``comma`` and it."""
    segment = outside[:comma].rsplit(",", 1)[-1].strip()
    return " " in segment and _is_name(segment)


def _runs_into_a_clause(who: str) -> bool:
    """Whether the words after an inverted verb go on, before any comma, into a verb of
    their own ("the clip took five takes", "the boy was happy"): a clause that was said, not
    the one who said it (a relative or a subordinate clause tells of them: "said the coach
    who had won", "said the mother as she was led away")."""
    words = _CLAUSE_ON_THE_SPEAKER.split(who.split(",", 1)[0], maxsplit=1)[0].split()
    return (
        bool(words)
        and words[0].lower() in _DETERMINERS
        and any(w.lower() in _FINITE_VERBS or w.lower() in _IRREGULAR_PASTS for w in words[1:])
    )


# the relative or subordinating word that opens a clause about the one after "said"
_CLAUSE_ON_THE_SPEAKER = re.compile(
    r"\b(?:who|whom|whose|which|that|as|when|after|before|while|where|until|because|since)\b"
)


# a full name alone, as an apposition gives it after a role
_APPOSED_NAME = re.compile(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){1,2}")


def _named_up_front(
    text: str, outside: str, according: re.Match[str] | None, context: _Context
) -> Iterator[str | None]:
    """The one an outlet quoted ("Reuters quoted a company spokesman as saying …", unless a
    verb of saying before it names a speaker first), then the source "according to" names,
    unless it only relays a speaker the sentence names."""
    if quoted_by := _QUOTED_BY_AS_SAYING.match(outside):
        yield _clean_source(quoted_by.group("who"), context)
    quoted = _QUOTED_AS_SAYING.search(outside)
    if quoted and not _SUBJECT_VERB.search(outside, 0, quoted.start()):
        who = quoted.group("who").strip().rstrip(",")
        role, _, apposed = who.rpartition(",")
        if role and _APPOSED_NAME.fullmatch(apposed.strip()):
            who = apposed.strip()  # "quoted Iran's foreign minister, Abbas Araghchi, as saying"
        yield _name_after_role(who) or _clean_source(who, context)
    if according and not _relayed(outside, according.start()):
        yield from _according_source(text, according, context)


def _clause_citing(before: str) -> str:
    """The clause whose subject cites a reason: the last, when it has a verb of its own
    ("… but the firm canceled its order, citing costs"), else the whole ("Royce questioned
    the action because of concerns not only about wildlife but U.S. national security,
    citing …": "but U.S. national security" is no clause)."""
    clause = _last_clause(before)
    words = [w.lower().strip(",.;:") for w in clause.split()[1:]]
    if clause != before and not any(_finite_verb(w) for w in words):
        return before
    return clause


def _opens_with_speech(outside: str, tag: int) -> bool:
    """Whether the sentence opens with its subject's speech verb, before the tag that closes
    it: "A spokesman for Rajasthan Police said they had taken statements …, India Times
    reported." is the spokesman's, which the paper relays (as "according to" relays it; an
    aside between commas, "…, she said, …", opens nothing)."""
    verb = _SUBJECT_VERB.search(outside, 0, tag)
    if not verb or verb.group().split()[0].lower() not in ("said", "says", "told", "tells"):
        return False
    subject = outside[: verb.start()].split()
    return (
        0 < len(subject) <= _MAX_SOURCE_WORDS
        # (a pronoun or "Nobody" names no one the outlet relays)
        and subject[0].lower() not in _PRONOUNS
        and subject[0].lower() not in _INDEFINITES
        and not any(c in outside[: verb.start()] for c in ",:;")
        and not _QUOTE_CHARS.search(outside, 0, verb.start())
        and not any(w.lower() in _SUBORDINATORS or w.lower() in _FINITE_VERBS for w in subject)
        and is_plausible_source(" ".join(subject))  # (the dearest check last)
    )


# a past participle and its agent after a noun: "the BBM curfew urged by some MPs" (not a
# means, "said by phone")
_PARTICIPLE_AND_AGENT = re.compile(
    r"(?!(?:released|issued|published|posted|sent|signed|announced)\b)"
    r"[a-z]+ed\s+by\s+(?!(?:tele)?phone\b|e-?mail\b|letter\b|text\b|video\b|post\b|"
    r"satellite\b|radio\b|the\s+(?:end|time|close|start)\b|then\b|now\b)"
    r"(?:the|a|an|some|many|his|her|their|its|(?-i:[A-Z]))",
    re.I,
)


def _surname_as_nationality(who: str, after: str) -> str | None:
    """A surname that is also a nationality, alone between an inverted verb and a comma or
    a stop: "As the technology develops, said French, scientists …" names Mr French ("said
    French officials" goes on with the noun the nationality describes)."""
    closed = who.endswith(".")  # "…, said Welsh." (the stop is inside the words read)
    word = who.rstrip(".")
    if (
        word.lower() in _NATIONALITIES
        and word.istitle()
        and (closed or after.lstrip()[:1] in (",", "."))
    ):
        return word
    return None


def _name_after_role(who: str) -> str | None:
    """The name set after a long title and its comma in an inverted tag: "…,' said Myer
    Chief Merchandise & Marketing Officer and Deputy CEO, Daniel Bracken." (not after a name
    and its role: "said David Kershaw, division vice president, Nissan Sales")."""
    role, comma, rest = who.partition(",")
    words = role.split()
    # (capitals that end in a role word are a title, not a name: "IFPI Chief Executive")
    titled_role = (
        bool(words)
        and _is_person_noun(words[-1].lower())
        # ("said Tom Judge, Emily Judge's father": a person, whose surname is a role word)
        and not _is_first_name(words[0].lower())
    )
    if not comma or not words or (_is_personal_name(words) and not titled_role):
        return None
    joint = next(
        (
            i
            for i, w in enumerate(words)
            if w.lower() in ("of", "for")
            # (a span of time is no one the role is about: "his neighbour of 30 years")
            and not re.match(
                r"(?:\d+|many|several|\w+ty)\s+(?:years|decades)\b", " ".join(words[i + 1 :])
            )
        ),
        None,
    )
    if joint is not None and not _holds_an_office(words[:joint]):
        # the name is whom the role is about: "said the family of the victim, Sarah Jones"
        # (not one who holds an office of a body: "said the chair of the council, Amina Jusu")
        return None
    name: list[str] = []
    for word in rest.split()[:_MAX_NAME_WORDS]:
        bare = word.rstrip(".,;:!?'\"’”")
        if not bare[:1].isupper():
            break
        name.append(bare)
        if bare != word and not (word.endswith(".") and bare.lower() in _PERSON_TITLES):
            break  # (a title's stop goes on: "Dr. Urho Kujala")
    untitled = _without_title(name)  # (a title shows a person: "Dr Urho Kujala")
    if len(untitled) == len(name) > 2 and _is_title_before_name(name[0]):
        untitled = name[1:]  # … and so does an office's: "Representative Carl Seel"
    titled = len(untitled) < len(name)
    if (
        words[0].lower() in _DETERMINERS
        and not any(_TRAILING_POSSESSIVE.search(w) for w in words)
        and not (titled or _is_person_noun(words[-1].lower()) or joint is not None)
    ):
        # (a role a possessive owns is the name's own: "said the study's author, Dr Urho
        # Kujala,"; so is a person's role, or one a title shows: "said the spokesman, Peter
        # Carr.", "said the legislator, Representative Carl Seel.")
        return None
    if (
        untitled
        and (titled or _is_first_name(untitled[0].lower()))
        and _is_personal_name(untitled)
    ):
        return " ".join(name)
    return None


def _full_name_ending(phrase: str) -> str | None:
    """A person's full name that ends a tag's long description, which reads as no source as a
    whole: "…, said The We Company's recently named executive chair Marcelo Claure"."""
    name = _trailing_name(phrase)
    words = name.split() if name else []
    while len(words) > 2 and not _is_first_name(words[0].lower()):
        words = words[1:]  # (the body's words before the name: "… chair Lyon Marc Dupont")
    if len(words) < 2 or not _is_first_name(words[0].lower()) or not _is_personal_name(words):
        return None
    # (not a name the description ties its speaker to, given with its own role: "a spokesman
    # for the family of victim Sarah Jones", "a friend of the late opposition leader Alexei
    # Navalny"; but "the chief executive of Tesco Ken Murphy" is Ken Murphy)
    before = phrase[: phrase.rfind(" ".join(words))].split()
    tied = any(w.lower() in ("of", "for", "to", "by", "with") for w in before) and bool(
        before and _is_person_noun(before[-1].lower())
    )
    return None if tied else " ".join(words)


def _holds_an_office(words: list[str]) -> bool:
    """Whether a role before "of" or "for" is an office its holder bears ("the chair", "the
    head", "a spokesman"), not a tie to a person ("the family", "the mother", "a friend")."""
    head = words[-1].lower() if words else ""
    return head in _OFFICES or (head in _PERSON_ROLES and not re.fullmatch(_KIN, head))


# offices of a body whose holder a name after them is, beside the person roles
_OFFICES = _words(
    "chair chairman chairwoman chairperson head director spokesman spokeswoman spokesperson "
    "secretary president leader chief commissioner governor mayor minister"
)


def _named_in_full(name: str, context: _Context) -> bool:
    """A lower-case name that shows a person without a quotation to tell it: a first name or
    title and a surname ("joe calzaghe", "mr valensi"), or a word the article gave in full
    (not "mourinho afterwards", "research")."""
    words = name.split()
    if len(words) == 1:
        return words[0] in context.full_names
    first = words[0].rstrip(".")
    return len(words) == 2 and (_is_first_name(first) or first in _PERSON_TITLES)


def _closes_sentence(tokens: list[str]) -> bool:
    """Whether only marks are left: the words before them end the sentence."""
    return not any(c.isalnum() for token in tokens for c in token)


_IN_WORD_APOSTROPHE = re.compile(r"(?<=\w)['’](?=\w)")


# how many words a described subject before its relative aside may hold: "An Israeli
# official", "The head of the regional health department"
_DESCRIBED_SUBJECT_WORDS = 12

# what opens one described: "The mayor", "Two officials", "Several witnesses"
_DESCRIBING_WORDS = frozenset({"the", "a", "an", "one", "two", "three", "four", "several", "some"})


def _apposed_subject_before(outside: str, position: int) -> bool:
    """ "James P. Kennedy Jr., the U.S. Attorney for …, said the case highlights …": a name and
    its apposition (or a role and its name) are all that comes before ", said", so it is
    their verb, not a tag that closes what was said."""
    before = outside[:position]
    segments = [s.strip() for s in before.split(",")]
    first_comma = before.find(",")
    breaks = [
        b
        for b in _CLAUSE_BREAK.finditer(before)
        # ("and" inside an apposition joins its descriptions: "Dr Sukhpreet Klaire, the lead
        # author of the study and an addiction medicine specialist, said the cost …")
        if not (
            0 <= first_comma < b.start()
            and (b.group().strip(" ,").lower() == "and" or _inside_apposition(before, b))
        )
    ]
    # (an apostrophe inside a word is no quotation mark: "The mayor's spokesman, who …")
    if len(segments) < 2 or _QUOTE_CHARS.search(_IN_WORD_APOSTROPHE.sub("", before)) or breaks:
        return False
    name, *appositions = segments
    # one word is a name when an age follows it or a census lists it ("Ahmed, 34, a father
    # of three, said …", "Fatima, a mother of four, said …"), not "Typically, a …"
    named = (
        _is_name(name)
        and (
            " " in name
            or any(a.isdigit() for a in appositions)
            or name.lower() in _GIVEN_NAMES | _SURNAMES
        )
    ) or (_in_lower_case(outside) and _lower_case_person(name.split()))
    # (a middle initial is no word of the name to count: "Byron L. Dorgan")
    words = [w for w in name.split() if not _INITIAL.fullmatch(w)]
    if not named and len(words) > 2 and all(w[:1].isupper() for w in words):
        # titles before a name, too long for a name alone: "US Defence Secretary Donald
        # Rumsfeld, on a visit to …, said"
        named = _is_personal_name(words[-2:]) and _is_title_before_name(words[-3])
    if (
        not named
        and words[:1]
        and (words[0].lower() in _DESCRIBING_WORDS or _TRAILING_POSSESSIVE.search(words[0]))
        and len(words) <= _DESCRIBED_SUBJECT_WORDS
        and appositions
        and all(_WHO_ASIDE.match(a) or _adverbial_aside(a) for a in appositions)
        and (
            all(_WHO_ASIDE.match(a) for a in appositions)
            # (an adverbial aside, unless a tag set inside the sentence closes its speaker
            # with a comma: "The result, however, said the minister, was a disaster"; one
            # closing it is a short phrase with no verb: "The schools will stay closed, for
            # now, said Governor Andy Beshear.")
            or not (
                _INSIDE_TAG.match(outside, position)
                or _tag_closes_sentence(outside, position)
                or any(_reads_as_finite(w) for w in words[1:])
            )
        )
    ):
        # one described and a relative aside: "The mayor, who visited the site on Monday,
        # said the fire destroyed three homes" (not a tag: "…, said the fire …"); or an
        # adverbial one: "The ministry, in a statement, said …", "The ministry, however, said"
        named, appositions = True, []
    if not named and appositions and _is_role_phrase(name) and _is_name(appositions[0]):
        # a role, then the name it is: "The Labor leader, Simon Crean, says senior …"
        named, appositions = True, appositions[1:]
    return named and all(
        _is_aside(a)
        or _opens_description(a)
        or _opens_with_preposition(a)
        or _is_role_phrase(a)
        or _PARTY_AND_STATE.fullmatch(a)
        for a in appositions
    )


# a relative aside about the one described: "The mayor, who visited the site on Monday, said"
_WHO_ASIDE = re.compile(r"(?:who|whose)\s", re.I)


def _adverbial_aside(aside: str) -> bool:
    """ "in a statement", "however", "citing officials": an aside that tells how, not who."""
    return bool(
        _opens_with_preposition(aside)
        or aside.lower() in _LINKING_ADVERBS
        or re.match(r"(?:citing|quoting)\s", aside, re.I)
    )


# a tag inside the sentence: ", said the minister," and then the sentence goes on
_INSIDE_TAG = re.compile(r",\s*\w+\s+[^,;:!?\"“”]{1,80}?\s*,(?!\d)")


def _tag_closes_sentence(outside: str, position: int) -> bool:
    """Whether the words after the verb at ``position`` close the sentence as a short phrase
    with no verb of its own: ", said the coach." (not ", said the strike hit its target.")."""
    match = re.match(r",\s*\w+\s+(?P<who>[^,;:!?]+?)\s*[.!?]?\s*$", outside[position:])
    if not match:
        return False
    words = match.group("who").split()
    # (a participle after an article describes: "the embattled coach")
    verbs = [
        w
        for i, w in enumerate(words)
        if _reads_as_finite(w) and not (i > 0 and words[i - 1].lower() in ("the", "a", "an"))
    ]
    return (
        len(words) <= 6
        and not verbs
        and not any(
            # (a second noun phrase not after a preposition opens an object: "the strike hit its
            # target", not "the head of the agency")
            w.lower() in _NEW_PHRASE_OPENERS and words[i - 1].lower() not in _PREPOSITIONS
            for i, w in enumerate(words)
            if i > 0
        )
    )


_NEW_PHRASE_OPENERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "this"})


def _reads_as_finite(word: str) -> bool:
    """A word that reads as a clause's verb: "is", "will", "hit", "closed"."""
    lowered = word.lower()
    return lowered in _FINITE_VERBS or lowered in _IRREGULAR_PASTS or _verb_like(word)


# a middle initial: "L." of "Byron L. Dorgan"
_INITIAL = re.compile(r"[A-Z]\.")


# a US politician's party and state in apposition: "Democrat of North Dakota", "a Republican
# from Texas", "R-Ky.", "D-Mont."
_PARTY_AND_STATE = re.compile(
    r"(?:an?\s+)?(?:Democrat|Republican|Independent)\s+(?:of|from)\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?"
    r"|[DRI]-[A-Z][A-Za-z.]*"
)


def _opens_with_preposition(segment: str) -> bool:
    """An adverbial aside: "on a visit to US troops at Baghram air base", "in a statement"."""
    first = segment.split(maxsplit=1)[0].lower() if segment.split() else ""
    return first in _PREPOSITIONS


def _not_a_verb_here(outside: str, verb: re.Match[str]) -> bool:
    """A speech verb's word used otherwise: a participle describing a noun ("The number of
    ant infestations reported has shot up": no one speaks), or a plural noun that a verb
    follows ("Unconfirmed reports said": its subject, not a verb with a one-word subject), or
    a claim noun after a possessive."""
    if _REDUCED_RELATIVE.match(outside, verb.end()):
        return True
    if _word_of_a_title(outside, verb):
        return True  # "published in the journal Metabolic Health Reports": a name's word
    if (
        verb.group().lower().endswith("ed")
        and _NOUN_AFTER_PREPOSITION.search(outside, max(0, verb.start() - 80), verb.start())
        and _SUBJECT_VERB.search(outside, verb.end()) is not None
    ):
        return True  # "In a report released this week she slammed …": the report's participle
    if _finding_reported(outside, verb.start()):
        return True  # "a finding that she reported in 2009": published research, not speech
    if verb.group().lower() in ("claim", "claims") and _COUNTED_CLAIMS.search(
        outside, 0, verb.start()
    ):
        return True  # "made 13,000 false or misleading claims": a noun
    if verb.group().lower() in ("claim", "claims") and _OWNED_BEFORE.search(
        outside, 0, verb.start()
    ):
        # "X told VOA that the ministry's claim is false": a noun, which another speech verb
        # speaks of (alone, "Smith's claims are unproven", its owner is the one to name)
        return any(other.start() != verb.start() for other in _SUBJECT_VERB.finditer(outside))
    if verb.group().lower() in _PLURAL_NOUNS_TOO and _counted_or_owned(
        outside[: verb.start()].split()[-2:]
    ):
        return True  # "attacked Labour's six new pledges as …", "her latest claims": a noun
    if not verb.group().endswith("s") or not _VERB_AFTER_NOUN.match(outside, verb.end()):
        return False
    # (a body's name before it is the speaker: "UN reports say …", "The BBC reports said …")
    before = outside[: verb.start()].split()[-1:] or [""]
    return not (_is_acronym(before[0]) or _is_organisation(before[0]))


def _word_of_a_title(outside: str, verb: re.Match[str]) -> bool:
    """A capitalised speech word inside a run of capitalised words that ends the sentence or a
    clause: a title's or a name's ("in the journal Metabolic Health Reports", "Psychological
    Science Notes"), not a verb (which names who says after a capitalised subject: "Apple
    Says …" only in a headline)."""
    word = verb.group()
    if not word[:1].isupper() or word.isupper() or not word.endswith("s"):
        return False
    before = outside[: verb.start()].split()[-3:]
    if len(before) < 2 or not before[-1][:1].isupper() or not before[-1].isalpha():
        return False
    # (two capitalised words before it, or one after "journal", "in" or "by": "published in
    # Scientific Reports", "rated by Consumer Reports")
    titled = before[-2][:1].isupper() and before[-2].isalpha()
    if not titled and before[-2].lower() not in ("journal", "in", "by"):
        return False
    return bool(re.match(r"\s*(?:[.,;:)]|$)", outside[verb.end() :]))


# speech verbs whose form in -s is a plural noun as often: "six new pledges", "his claims"
_PLURAL_NOUNS_TOO = _words("pledges promises claims reports notes remarks comments replies")


# words that count or date a noun, between its determiner and the noun: "six new pledges"
_COUNTING_WORDS = _words("new latest recent earlier previous fresh further own repeated various")


def _counted_or_owned(before: list[str]) -> bool:
    """Whether the two words before a plural speech word make it a noun: a determiner, a
    possessive or a number right before it, or before a word that counts or dates it ("six
    new", "his latest", "the two")."""
    lead = [w.lower().strip(",") for w in before]

    def counts_or_owns(word: str) -> bool:
        return (
            word in _DETERMINERS
            or word in _POSSESSIVES
            or word in ("my", "our", "your")
            or word.isdigit()
            or bool(_TRAILING_POSSESSIVE.search(word))
        )

    if lead and counts_or_owns(lead[-1]):
        return True
    return (
        len(lead) == 2
        and (lead[-1] in _COUNTING_WORDS or lead[-1] in _DETERMINERS)
        and counts_or_owns(lead[0])
    )


# a finding or result its finder reported: the guideline's published research ("a finding
# that she reported in 2009", "results they first described last year")
_FINDING_REPORTED = re.compile(
    # (with "that" or "which", or in apposition after a comma: not "Despite the poor results
    # he said …", "After the discovery police said …")
    r"(?:\b(?:findings?|results?|discover(?:y|ies)|observations?)\s+(?:that|which)\s+|"
    r",\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:finding|result|discovery|observation)\s+)"
    r"(?:she|he|they|we|I|the\s+team|the\s+researchers|[A-Z][\w’'-]+)\s+"
    r"(?:\w+ly\s+|first\s+)?$"
)


def _finding_reported(text: str, verb: int) -> bool:
    """Whether the verb at ``verb`` reports a finding of its own finder (read in the few
    words before it only)."""
    return bool(_FINDING_REPORTED.search(text, max(0, verb - 80), verb))


# a possessive right before a word, which makes it a noun: "the ministry's claim"
_OWNED_BEFORE = re.compile(r"(?:\w['’]s?|\b(?:his|her|their|its|our))\s+$", re.I)


# a speech verb right after a word in -s shows that word to be a noun, the verb's subject
_VERB_AFTER_NOUN = re.compile(r"\s+(?:said|say|says|claimed|claim|reported|suggested|suggest)\b")


# a noun phrase a preposition governs, right before a participle that describes it: "In a
# report released this week", "in a video posted online"
_NOUN_AFTER_PREPOSITION = re.compile(
    r"\b(?:in|on|at|from|with|by|into|for|under|after|during)\s+(?:a|an|the|this|that|its|his|"
    r"her|their)\s+(?:(?!(?:the|a|an|his|her|their|its|he|she|they|it|we|i)\b)[a-z][\w-]*\s+)"
    r"{1,3}$",
    re.I,
)


# a participle right before the clause's own verb modifies the noun before it
_REDUCED_RELATIVE = re.compile(r"(?<=ed)\s+(?:has|have|had|is|are|was|were)\b")


def _labelled_passive(outside: str, verb: re.Match[str]) -> bool:
    """ "was described as '…'", "is branded '…'": the subject is what the label is about."""
    return verb.group().lower() in _LABEL_VERBS and bool(
        _PASSIVE_BEFORE.search(outside, 0, verb.start())
    )


_LABEL_VERBS = _words("described called branded labelled labeled dubbed")


def _passive_agent(outside: str, verb: re.Match[str], context: _Context) -> str | None:
    """The agent of a passive speech verb: "A photo of the meeting was denied by Andrew"."""
    agent = _AGENT.match(outside, verb.end()) or _AGENT_AFTER_LABEL.match(outside, verb.end())
    # (a participle set off by a comma or a dash is as passive: "16 men, described by Islamic
    # State as", "food banks – said by supporters to show"; not an order: "The protesters,
    # told by police to leave, refused")
    if not agent or not (
        _PASSIVE_BEFORE.search(outside, 0, verb.start())
        or (
            outside[: verb.start()].rstrip().endswith((",", "–", "—", " -"))
            and verb.group().lower() != "told"
        )
    ):
        return None
    who = _AGENT_TIME.sub("", agent.group("who"))
    if named := _clean_source(_forward_phrase(who), context):
        return named
    # a label's agent may be people named by a plural alone: "branded 'eccentric' by pundits",
    # "described by enthusiastic patrons as"
    return _plural_people(who) if verb.group().lower() in _LABEL_VERBS else None


def _plural_people(phrase: str) -> str | None:
    """A bare plural of up to three lower-case words opening ``phrase``: "pundits",
    "enthusiastic patrons" (not "them", "the weekend", "millions of")."""
    words: list[str] = []
    for token in phrase.split()[:3]:
        if not token.isalpha() or not token.islower() or token in _FUNCTION_WORDS:
            break
        words.append(token)
        if token.endswith("s") and token not in _TIME_WORDS:
            return " ".join(words)
    return None


def _according_source(text: str, match: re.Match[str], context: _Context) -> Iterator[str | None]:
    """The source "according to" names (or the name apposed to its description)."""
    who = match.group("who")
    if glued := _NAME_GLUED_TO_CLAUSE.match(who):
        # a lost comma glued the name to what it says: "According to Sheriff Hogrefe the FBI
        # had recently provided information"
        who = glued.group("name")
    if _is_name(who) and (listed := _NAMES_LISTED_AFTER.match(text, match.end())):
        yield who + listed.group()  # "According to Tom Smith, Ann Jones and Raj Patel, …"
    phrase = _cut_phrase(who)
    if phrase == who and _is_description(phrase):
        yield _apposed_name(text, match.end())  # "according to her attorney, Diana Dunlop."
    elif (
        phrase == who
        and _opens_description(phrase)
        and (name := _apposed_name(text, match.end()))
        and _is_personal_name(words := name.split())
        and words[0].lower() not in _REGION_LEADS
        and name.lower() not in context.places | context.locations
    ):
        # a longer description, and a person's name: "according to a local civil society
        # leader, Jean-Baptiste Mushagalusa." (not a place: "…, Downing Street.")
        yield name
    if phrase != who and (authored := _AUTHORED.match(who)):
        # a document and who issued it, which the cut would part: "according to a statement
        # released by James Maron" is Maron's, and one from "the family's attorney, James
        # Maron" the attorney's, by name
        by = authored.group("by")
        if re.search(rf"\b{_SPEAKS_FOR}$", by) and authored.end() == len(who.rstrip()):
            yield _name_closing_the_sentence(text, match.end(), context)
        yield _clean_source(_TRAILING_POSSESSIVE.sub("", by), context)
    if len(words := phrase.split()) == 1 and _lower_case_person(words) and _lost_capitals(text):
        # "…, according to wistv .": in lower-cased text the one word the cue names is a
        # name whose capital was lost (a station, a site, a person)
        yield context.written_as(words[0]) or words[0]
    yield _author_in_sentence(phrase, text) or _clean_source(phrase, context)


def _name_closing_the_sentence(text: str, end: int, context: _Context) -> str | None:
    """A person's name apposed to a role that closes the sentence: "…, according to a
    statement from his lawyer, John Smith." (not the subject of what follows: "According to
    a statement from his attorney, Mr. Smith, who was arrested Friday, denies …"; nor a
    place: "…, Los Angeles.")."""
    name = _apposed_name(text, end)
    if not name or not re.match(r"\s*,\s*[^,.;:()]+?\s*(?:[.;!?]\s*)?$", text[end:]):
        return None
    words = name.split()
    if not (_is_personal_name(words) or (_in_lower_case(text) and _lower_case_person(words))):
        return None
    if not (_is_first_name(words[0].lower()) or _is_title_word(words[0])):
        return None  # (a given name or a title opens a person's name: "Los Angeles" is none)
    if words[0].lower() in _REGION_LEADS or name.lower() in context.places | context.locations:
        return None
    return name


# more names listed after the first, the last after "and", then a comma or a stop: ", Ann Jones
# and Raj Patel"
_NAME_IN_A_LIST = r"(?:[A-Z][\w'’.-]*+\s+){0,3}[A-Z][\w'’-]*+"
_NAMES_LISTED_AFTER = re.compile(
    rf"(?:,\s*{_NAME_IN_A_LIST})*,?\s+and\s+{_NAME_IN_A_LIST}(?=\s*[,.;]|\s*$)"
)


# capitalised words, then a clause opened by a determiner or a pronoun with no comma between
_NAME_GLUED_TO_CLAUSE = re.compile(
    r"(?P<name>(?:[Tt]he\s+)?(?:[A-Z][\w.’'-]*+\s+){0,3}[A-Z][\w’'-]*+)\s+"
    r"(?=(?:the|a|an|he|she|they|it|his|her|their|its|this|that|there)\s)"
)


def _relayed(outside: str, position: int) -> bool:
    """ "…, the commission said, according to Reuters", "he told settler leaders, according to
    a statement": a speech verb closes the clause right before "according to", whose source
    only relays what that speaker said; the speaker is who said it."""
    verbs = [
        verb
        for verb in _SUBJECT_VERB.finditer(outside, 0, position)
        if not _not_a_verb_here(outside, verb)
    ]
    if not verbs or verbs[-1].group().split()[0].lower() not in _SPEECH_WORDS:
        return False  # "The Romans ruled the region …, according to historians": no speech
    between = outside[verbs[-1].end() : position].strip()
    # one clause, however long ("…, and the CDC said it had traced people who might have been
    # exposed, according to …"); a second clause ("…, but the dam collapsed, killing 40,
    # according to …") may be the relaying source's own
    # (a subordinate clause inside what was said keeps it one report: "Villagers said that his
    # brother had been there last August, when a lorry killed him, according to the paper")
    # (a quotation's own comma closes the clause: "… called them 'completely useless,'
    # according to …"; "and" with a verb of the same subject keeps one clause: "said Greece
    # would be late and called the teams useless")
    if _QUOTE_CLOSES_WITH_COMMA.search(between):
        between = between + ","
    commas = between.count(",")
    return (
        between.endswith(",")
        and (
            commas == 1
            or (
                commas == 2
                and (
                    _SUBORDINATE_CLAUSE.search(between) is not None
                    or _OPENING_SUBORDINATE.match(between) is not None
                )
            )
        )
        and not re.search(r"\b(?:but|which|while)\b|\band\b(?!\s+(?:then\s+)?[a-z]+ed\b)", between)
    ) or bool(_SPEAKER_AND_APPOSITION.fullmatch(between))


# an inverted tag's speaker and an apposition, before "according to": "…,” said Akhilesh
# Shrestha, a doctor who treated Khanal, according to the Reuters news agency"
_SPEAKER_AND_APPOSITION = re.compile(
    r"[A-Z][\w’'.-]*+(?:\s+[A-Z][\w’'.-]*+){0,3},\s+(?:a|an|the)\s[^,]{3,80},"
)


_SUBORDINATE_CLAUSE = re.compile(r",\s+(?:when|where|after|before|because|as)\s[^,]*,$")


# … or one that opens what was said: "Graves said when the police arrived, the pair attacked,"
_OPENING_SUBORDINATE = re.compile(r"(?:that\s+)?(?:when|after|before|because|as|if)\s[^,]*,")


# What a source cited can be: a person, a body, a document or a group of people.
_CITED_SOURCES = _words(
    """
    sources source officials official report reports data figures statement statements
    documents document records police ministry agency study survey poll media witnesses
    witness people experts analysts authorities residents diplomats investigators
    prosecutors lawyers spokesman spokeswoman spokesperson letter filing filings memo
    """
)


def _is_reason(cited: str) -> bool:
    """A cited phrase that is a reason ("internal business issues", "health concerns"), not
    a source: lower-case words only, none of them a word for a source."""
    words = [w.strip(",.'\"’") for w in cited.split()]
    if not words or not words[-1].islower():
        return False
    # a name may modify the reason ("citing Taliban violence"), never be its head
    return all(w not in _CITED_SOURCES and w.rstrip("s") not in _CITED_SOURCES for w in words)


def _author_in_sentence(phrase: str, text: str) -> str | None:
    """ "according to new data, … The research, carried out by Leeds University, shows": a
    document the sentence names its author for is that author's."""
    words = phrase.lower().split()
    if not words or words[-1] not in _DOCUMENTS or len(words) > 4:
        return None
    authored = _AUTHORED.search(text)
    return _tidy(authored.group("by")) if authored else None


# a full name set off by commas right after a description
_NAME_IN_COMMAS = re.compile(r",\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){1,2}),")


def _claimant(text: str, outside: str, match: re.Match[str], context: _Context) -> str | None:
    """Whom the cue's own phrase gives its words to: the agent of a passive claim, or whoever
    put out the document a participle tells of ("The family filed a lawsuit alleging …");
    "" when the phrase names an agent that is no one to quote ("claims by both sides"), None
    when it names none."""
    if who := _claim_agent(text, match):
        made = _MADE_BY.match(text, match.end())
        with_auxiliary = bool(made and made.group("aux"))
        if with_auxiliary and _NO_CLAIMS_BEFORE.search(text, 0, match.start()):
            return None  # "No claims were made by the club": no one claims
        # (a maker named in words no source takes leaves the sentence's own tag: "The claims
        # were made by people who were not at the meeting, a spokesman said")
        return _clean_source(_cut_phrase(who), context) or (None if with_auxiliary else "")
    put_out = _PUT_OUT_ALLEGING.search(outside, 0, match.start())
    return _subject(outside, put_out.start(), context) if put_out else None


def _claim_agent(text: str, match: re.Match[str]) -> str | None:
    """The agent of a passive claim: "it was claimed by prosecutors", of claims "made by a former
    footman" (whoever investigates or reports them), and after the charge of
    an accusation, up to a second charge ("Assange was accused of rape by a woman and sexual
    assault by another")."""
    if by := _AGENT.match(text, match.end()) or _MADE_BY.match(text, match.end()):
        named = _NAME_IN_COMMAS.match(text, by.end("who"))
        if (
            named
            and by.group("who").split()[-1].islower()
            and _is_personal_name(named.group("name").split())
        ):
            # a description and then the name in commas: "allegations by Ellison's
            # ex-girlfriend, Karen Monahan, that …" are Karen Monahan's
            return named.group("name")
        return by.group("who")
    by = _ACCUSER_AFTER_CHARGE.match(text, match.end())
    if by and _PASSIVE_BEFORE.search(text, 0, match.start()):
        return by.group("who").split(" and ")[0]
    return None


def _not_the_accused(text: str, match: re.Match[str], source: str | None) -> str | None:
    """The sentence's speaker, unless a passive accusation's cue makes them the accused:
    "authorities there were accused of concealing …—and officials admitted" (the accused are
    not the accusers, and no one else is named for the accusation)."""
    accusation = match.group().lower().startswith("accus") and re.match(
        r"\s*of\b", text[match.end() :]
    )
    if not source or not accusation or not _PASSIVE_BEFORE.search(text, 0, match.start()):
        return source
    return None if source.lower() in _last_clause(text[: match.start()]).lower() else source


# "…, where, according to …": a clause opener and the source set off right after it
_OPENER_BEFORE = re.compile(r"\b(?:where|which|who|whom|whose|when|while)\s*,\s*$", re.I)


_ASIDE_OF_SOURCE = re.compile(r"\s*,\s*(?:who|which|whose)\b", re.I)


def _sources_the_hedge(text: str, according: re.Match[str], hedge: re.Match[str]) -> bool:
    """Whether "according to" names the source of the hedge's clause, not of another one
    ("is believed to have fled to Spain, where, according to his lawyer, he owns a villa"),
    nor of a source the hedge describes ("According to the video maker, who is believed to
    live in Canada, …")."""
    if according.start() > hedge.end():
        return not _OPENER_BEFORE.search(text, hedge.end(), according.start())
    return not _ASIDE_OF_SOURCE.match(text, according.end())


_CLAUSE_AFTER_ALLEGED = re.compile(
    # (an aside may come first: "Grenell alleged, by way of example, Mahan had …"; or where or
    # when, before "that": "Trump alleged in a morning tweet series that …")
    r"""(?:\s*,[^,.;]{1,40},)?
    (?P<where>\s+(?:in|on|at|during|over|last|this|earlier|yesterday|today)(?:\s+[\w'’-]++){0,5}?
        (?=\s+that\b))?
    \s+(?:that\b|(?:the|a|an|his|her|their|its|he|she|they|it|(?-i:[A-Z])[\w'’-]*|\d[\d,]*)\s+
    (?:[\w'’-]++\s+){0,3}?(?:was|were|is|are|had|has|would|could|did|[a-z]+ed)\b)""",
    re.I | re.VERBOSE,
)


def _alleged_clause(text: str, match: re.Match[str]) -> bool:
    """ "alleged" with a clause after it and a subject before it, not a determiner: "Police
    alleged the man had stolen a car" (not "the alleged the…", "an alleged plot")."""
    before = text[: match.start()].split()[-1:]
    if before and (before[0].lower() in _DETERMINERS or before[0].lower() in _POSSESSIVES):
        return False
    clause = _CLAUSE_AFTER_ALLEGED.match(text, match.end())
    if clause and clause.group("where") and before and before[0].islower():
        # where or when before "that" only after one who may speak, a name or a pronoun ("Trump
        # alleged in a tweet that"), not a thing alleged ("The fraud alleged in the complaint
        # that prosecutors filed")
        return before[0] in _PRONOUNS or _is_person_noun(before[0].rstrip("s"))
    return bool(clause)


# a finite verb right after a claim word, which makes the word its subject, a noun
_VERB_OF_ITS_OWN = re.compile(
    # (read from a word's end only, never inside a run of spaces)
    r"(?<!\s)\s+(?:are|were|is|was|have|has|had|will|would|could|can|may|might|must|should|"
    r"emerged|surfaced|circulated|spread|appeared|began|continued|came|abound|"
    r"come|emerge|surface|persist|persisted|follow|followed|cost|costs)\b"
)


def _describes_claims(before: list[str]) -> bool:
    """Whether the one word that opens a sentence before its claim noun describes the claims,
    not who makes them: a determiner or an adjective of claims ("Such claims", "Fresh
    claims", "The latest claims"; "Hamas claims are false" are Hamas's). ("The claims",
    "those claims" are read as the ones the lines told of: "The company claims it has 10,000
    users." and then "Those claims are hard to check"; so is "the claim" further on, "Those
    making the claim have offered …")"""
    if len(before) == 2 and before[0].lower() in ("the", "these", "those"):
        before = before[1:]
    return len(before) == 1 and before[0].lower() in _OF_CLAIMS


# adjectives a sentence opens claims with
_OF_CLAIMS = _words(
    """
    such similar fresh new further earlier previous prior other many repeated false wild
    unfounded baseless unsubstantiated early recent latest initial damaging explosive bogus
    outlandish competing conflicting online viral fraudulent unproven unverified unconfirmed
    dubious spurious lurid sensational startling extraordinary bizarre outrageous misleading
    exaggerated persistent lingering serious shocking
    """
)


# what claims are about, right after the word: "claims that …", "claims about the vaccine",
# "claims of a breakthrough", "claims over the territory"
_WHAT_CLAIMS_ARE = re.compile(
    r"(?<!\s)\s+(?:that|about|of|over|in|on|against|regarding|concerning|surrounding)\b"
)


_RELATIVE_OBJECT_BEFORE = re.compile(
    r"\b(?:which|that|what|who|whom)\s+(?:[\w'’.-]+\s+){1,4}$", re.IGNORECASE
)


_COUNTED_CLAIMS = re.compile(
    r"""\b(?:\d[\d,.]*|many|several|numerous|dozens\s+of|hundreds\s+of|thousands\s+of)\s+
    (?:(?!(?:he|she|they|it|we|i|you|who|when|that|which)\b)[a-z][\w-]*+\s+){0,3}?$""",
    re.I | re.VERBOSE,
)


def _claim_owner(owner: re.Match[str], context: _Context) -> str | None:
    """Who "his claims", "Smith's claims" or tokenised "barton ’ s claims" belong to."""
    if pronoun := owner.group("pronoun"):
        return context.pronoun(_POSSESSIVE_PRONOUN[pronoun.lower()])
    if lower := owner.group("lower"):
        # only a name owns claims, so in tokenised text the bare word is one (a noun after a
        # determiner is not: "his club ’ s claims")
        before = owner.string[: owner.start("lower")].split()[-1:]
        if before and before[0].lower() in _DETERMINERS | _POSSESSIVES:
            return None
        return context.written_as(lower) or _lower_case_name([lower])
    return _clean_source(owner.group("name"), context)


def _heads_its_phrase(text: str, start: int) -> bool:
    """A name that is the whole noun phrase, not the end of a longer one: "The daughter of
    Frank Smith, who claims …" is the daughter's claim, and "Frank Smith" the whole name."""
    before = text[:start].split()[-6:]
    # "The husband of former minister Jane Smith, who claims …" is the husband's claim
    return not any(w.lower() in ("of", "for") for w in before) and not (
        before and before[-1][:1].isupper()
    )


def _participle_subject(outside: str, match: re.Match[str], context: _Context) -> str | None:
    """A participle right after a clause ("Taylor Swift posted on Twitter accusing …") shares
    that clause's subject, not the last name before it."""
    if not match.group().lower().endswith("ing"):
        return None
    before = outside[: match.start()].rstrip()
    if not before or before.endswith(","):
        return None  # "…, accusing …" is read as the clause it follows
    tokens = before.rpartition(",")[2].split()
    leading = _leading_phrase(tokens)
    if not leading or len(leading) == len(tokens) or not _verb_like(tokens[len(leading)]):
        return None
    return _clean_source(" ".join(leading), context)


_PRONOUN_TAG = re.compile(r"[,!?]\s*[”\"’']\s+(?P<pronoun>he|she|they)\s+[a-z]{3,}(?:s|ed)\b")


# a name right after a quotation, with a verb of any manner: "…,” McDowell laughed."
_NAME_TAG = re.compile(
    r"""[,!?]\s*[”"’']\s+(?P<name>(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][\w’'-]+
    (?:\s+[A-Z][\w’'-]+){0,2})\s+(?:[a-z]+ly\s+)?(?:[a-z]{3,}(?:ed|s)|sang|spoke)\b""",
    re.VERBOSE,
)


# A speaker and a verb of saying that end the sentence after a comma.
_CLOSING_TAG = re.compile(
    rf",\s*(?!{_NO_TAG_OPENERS}\b)"
    r"(?P<who>(?:[\w.’'&-]++\s+){1,5}?)(?:reported|reports|said|says|wrote|writes|added|"
    # (any past form of reporting after a clause with no quotation in it: "Farmers fear the
    # worst, the union warned."; after one, the quotation's own tag names its speaker: "“…,”
    # he said as he kept walking, CNN's Deirdre Walsh tweeted.")
    rf"{_CLOSING_PLURAL_TAGS}|(?P<reporting>{_REPORTING_PAST})|"
    # … or telling its audience: "…, prosecutors told Leeds Crown Court on Tuesday." (not an
    # order, "…, his mother told him to stop.")
    r"(?P<telling>told|tells)\s+(?!(?:him|her|them|me|us|you)\s+to\b)(?:[\w.’'&-]++\s+){0,5}?"
    r"[\w.’'&-]++)"
    r"\s*[.!]?\s*$",
    re.IGNORECASE,
)


def _with_the_list_it_ends(outside: str, tag: re.Match[str]) -> str:
    """The closing tag's speaker with the names listed before it: "…, Biden, Harris and
    Schumer said." is all three's, not the last pair's."""
    who = tag.group("who").strip()
    if tag.group("telling") or " and " not in who:
        return who
    # (a quotation before the list, its words masked, is no item: "'…,' Smith, Jones and
    # Brown said.")
    before = outside[: tag.start()]
    before = before[before.rfind("_") + 1 :].lstrip("“”\"‘’'` ")
    segments = [part.strip() for part in _comma_parts(before)]
    return _listed_subjects(segments, who) or who


def _reports_the_clause(who: str, text: str) -> bool:
    """Whether a closing tag with a past form of reporting ("…, the union warned.") names who
    reports the clause before it: a speaker's phrase, no clause of its own ("…, after the
    merger was announced", "…, more than analysts had predicted"), and no quotation with its
    own tag before it ("“…,” he said …, CNN's Deirdre Walsh tweeted")."""
    words = [w.lower() for w in who.split()]
    if any(w in _TAG_CLAUSE_WORDS or w in _SUBORDINATORS or w in _AUXILIARIES for w in words):
        return False
    return not _QUOTE_CHARS.search(_IN_WORD_APOSTROPHE.sub("", text))


# words that make a closing tag's subject a clause or a comparison, not a speaker
# (beside the subordinators: "after", "when", "as", "once" …)
_TAG_CLAUSE_WORDS = _words("than what hours days")


# (a time or a place may come first: "were reported on Tuesday by The Times")
_AGENT = re.compile(
    r"(?:\s+(?:on|in|at|last|this|earlier)(?:\s+[\w-]++){1,2}?"
    # (the statement it came in: "was confirmed in a statement released by his managers")
    r"(?:\s+(?:released|issued|posted))?)?\s+by\s+(?P<who>[^,.;:()]{2,60})(?![\w’'])"
)


# when it happened, after the agent: "by Hewitt's managers late this morning"
_AGENT_TIME = re.compile(
    r"\s+(?:(?:late|early)\s+)?(?:this|last|yesterday|today|tonight|overnight)\b.*$", re.I
)


# a negation before claims, which then have no maker: "No claims were made by the club"
_NO_CLAIMS_BEFORE = re.compile(r"\b(?:no|never|neither|nor)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
# a time, a place or a circumstance after the maker, which ends the maker's name
_CIRCUMSTANCE = (
    r"(?:during|after|before|over|under|against|about|amid|since|following|when|while|"
    r"without|in|at|on|to)\b"
)
# … after the participle a claim noun takes: "claims made by a former royal footman that …"
_MADE_BY = re.compile(
    # (the claims' own verb too: "The allegations were first made by three former employees";
    # read from a word's end only, never inside a run of spaces)
    r"(?<!\s)\s+(?P<aux>(?:was|were|is|are|has|have|had)\s+(?:(?:also|since|now|already)\s+)?"
    r"(?:been\s+)?)?"
    r"(?:(?:first|also|later|originally|previously|since|repeatedly)\s+)?"
    r"(?:made|levell?ed|brought|raised|lodged|published|posted)\s+by\s+"
    # (up to a time, a place or a circumstance after the maker: "made by Mr Johnson during an
    # interview", "brought by the Serious Fraud Office after a two-year investigation")
    rf"(?P<who>(?:(?!\b{_CIRCUMSTANCE})[^,.;:()]){{2,60}}?)(?=\s+{_CIRCUMSTANCE}|[,.;:()]|$)"
)


# … after the charge an accusation names: "was accused of rape by a woman" (not a means or a
# time: "accused of killing her by poisoning", "by the time")
_ACCUSER_AFTER_CHARGE = re.compile(
    r"\s+of\s+(?:[\w'’-]++\s+){1,4}?by\s+(?!the\s+time\b|then\b|now\b|[a-z]+ing\b)"
    r"(?P<who>[^,.;:()]{2,60})(?![\w’'])"
)


# … after the label a passive gives in quotation marks (blanked): "described as '___' by"
_AGENT_AFTER_LABEL = re.compile(
    rf"\s+{_LABEL_BLANKED}\s+by\s+(?P<who>[^,.;:()]{{2,60}})", re.VERBOSE
)


# (a dash that closes an aside may be glued to the next word: "David Lat - a lawyer and
# legal commenter -suggests"; an "as" aside that ends in its own speech verb holds its own
# speaker, "— as the court put it —", and is kept, not "— as expected —")
_ASIDE = re.compile(
    r"\([^()]{0,80}\)|\s[-–—]\s"
    r"(?![Aa]s\s[^-–—]{0,120}?\s(?:said|says|noted|notes|wrote|writes|reported|reports|"
    r"argued|argues|explained|explains|puts?\s+it)\s[-–—])"
    r"[^-–—]{0,200}?\s[-–—](?:\s|(?=[a-z]))"
)


@lru_cache(maxsize=_TEXTS_KEPT)  # (each cue of a sentence asks again)
def _outside(text: str) -> str:
    """The text with quotations, parentheses and dashed asides blanked (same length): the
    words that name a speaker are outside them."""
    masked = _mask_quotes(text)
    return _ASIDE.sub(lambda m: " " * len(m.group(0)), masked)


def _quoted_share(outside: str) -> float:
    return outside.count("_") / max(1, len(outside))


_CLAUSE_BREAK = re.compile(
    r"[;:]|_+['’”\"]?|\s[.!?]\s|(?<=[a-z])[.!?]\s?['’”\"]\s|\s[-–—]\s|"
    r",?\s(?:but|and|while|whereas)\s(?=(?:the|he|she|they|his|"
    r"her|their|its|a|an|this|that|these|those)\s)|,\s(?:but|while|whereas)\s|"
    r"\s(?:but|while|whereas)\s(?=[A-Z])|"
    r"\s(?:because(?!\s+of\b)|" + "|".join(sorted(_SUBORDINATE_OPENERS - {"because"})) + r")\s"
)


def _last_clause(before: str) -> str:
    """The clause that ends where the verb starts: after the last break (a semicolon, a
    quotation, a sentence's stop inside the text, a dash, "but", "while", a subordinator,
    or "and the …" after a lower-case word: "Reuters and the BBC have reported" and "The
    army and the police said" are one subject, "… for Surrey and the former batsman
    believes" two clauses). A break right before the verb leaves the clause before it."""
    start = 0
    apposition_closes = before.rstrip().endswith(",")
    for match in _CLAUSE_BREAK.finditer(before):
        word = match.group().strip(" ,").lower()
        if word == "and":
            words = before[: match.start()].split()
            if (words and words[-1][:1].isupper()) or "," in before[match.end() :]:
                continue  # coordinated names, or "and" inside an apposition
            if _speaks_as_one(before[start : match.start()].strip()) and _speaks_as_one(
                before[match.end() :].strip()
            ):
                continue  # two who speak, one subject: "The army and the police said"
        elif word in _SUBORDINATE_OPENERS and (
            _object_before_and(before[match.end() :]) or _ends_its_clause(before[match.end() :])
        ):
            # a preposition's object, and then "and" before the verb: "Police arrested two
            # men after the raid and said" is the police's, the verb's second
            continue
        elif word == "that" and _relative_that(before[: match.start()], before[match.end() :]):
            # "that" after a noun and before a verb opens a relative clause, which describes
            # the subject and is none: "Any business that tips off illegal aliens admits"
            continue
        elif (
            apposition_closes
            and (word in _SUBORDINATE_OPENERS or word in ("while", "whereas"))
            and _inside_apposition(before, match)
        ):
            # a subordinate clause inside an apposition ("nicola gruszka , a student who was
            # singing when the platform gave way , said", "…, an analyst who worked with her
            # while she was an intern, said") is part of the description
            continue
        if before[match.end() :].strip(" ,"):
            start = match.end()
    return before[start:].strip()


def _relative_that(before: str, after: str) -> bool:
    """Whether "that" between ``before`` and ``after`` is a relative pronoun: a noun before it
    (no verb of saying or thinking, "said that") and a verb after it, which has no subject of
    its own ("lawsuits that pool …", not "warned that the …")."""
    previous = before.split()[-1:]
    rest = after.split()
    if not previous or _SUBJECT_VERB.search(f" {previous[0]} that "):
        return False
    # (the few words between "that" and the verb that ends them are that verb's subject: "the
    # company that regulators say …", "so fast that market analysts said …")
    if len(rest) < 3 or _names_people(rest[-1].lower().strip(",")):
        return False
    noun, verb, then = previous[0], rest[0], rest[1].lower()
    # (a verb right after the word shows it the clause's subject: "shows that prices rose";
    # and so does a word for people: "a confession that police later said was coerced")
    if then in _FINITE_VERBS or then in _IRREGULAR_PASTS or _verb_like(then):
        return False
    return (
        not _names_people(verb.lower())
        and noun.isalpha()
        and noun.islower()
        and noun not in _FUNCTION_WORDS
        and noun not in _SPEECH_WORDS
        and noun not in _FINITE_VERBS
        and not _verb_like(noun)
        and not noun.endswith("ly")
        and verb.isalpha()
        and verb.islower()
        and verb not in _FUNCTION_WORDS
        and verb not in _PRONOUNS
    )


def _names_people(word: str) -> bool:
    """A word for people as a group ("police", "officials") or for one of them ("official")."""
    return _group_plural(word) or word in _GROUP_HEADS


def _object_before_and(rest: str) -> bool:
    """Whether the words after a subordinator are only a noun phrase and then "and" ("the
    raid and", "a raid on a warehouse in Leeds on Thursday and", "heavy rains last week and"):
    the subordinator was a preposition, and no clause of its own opens there."""
    words = rest.split()
    if len(words) < 2 or words[-1] != "and":
        return False
    times = _TIME_WORDS | {"last", "this", "next"}
    phrase = [w for w in words[:-1] if w.lower() not in times]  # ("… on Thursday and")
    chunks: list[list[str]] = [[]]
    for word in phrase:
        if word.lower() in _PHRASE_PREPOSITIONS:
            chunks.append([])
        else:
            chunks[-1].append(word)
    head, *objects = chunks
    # (a short head in lower case past its first word, and short objects of prepositions:
    # "the president hit China with new tariffs and", "the company beat forecasts and" hold
    # a verb the word lists may not know)
    return (
        0 < len(head) <= 3
        and all(w.islower() for w in head[1:])
        and all(len(chunk) <= 4 for chunk in objects)
        and not any(_reads_as_verb(w) for w in phrase)
    )


def _reads_as_verb(word: str) -> bool:
    """A finite or past form, or a word in -ed or -ing: a verb inside what should be a noun
    phrase ("The storm hit", "the boat capsized")."""
    lowered = word.lower()
    return lowered in _FINITE_VERBS or lowered in _PAST_FORMS or _verb_like(word)


# prepositions that join a noun phrase's objects ("a raid on a warehouse in Leeds")
_PHRASE_PREPOSITIONS = _words("of on in at by near outside inside from over across")


def _ends_its_clause(rest: str) -> bool:
    """Whether the words after a subordinator are a whole clause, a subject and its verb right
    before the speech verb ("when the roof collapsed"): "Fans who were inside when the roof
    collapsed described …" is the fans' (not "after the accused said", a noun phrase)."""
    words = rest.split()
    return (
        len(words) >= 2
        and words[-1].islower()
        and (words[-1] in _PAST_FORMS or _verb_like(words[-1]))
        and (
            words[-2].lower() in ("it", "he", "she", "they", "we")
            or (
                words[-2].lower() not in _DETERMINERS
                and words[-2].lower() not in _FUNCTION_WORDS
                and not _verb_like(words[-2])
            )
        )
    )


def _speaks_as_one(phrase: str) -> bool:
    """A short noun phrase of one who may speak, a role, a body or a group ("The mayor",
    "the police", "its auditors", "his cabinet"), with no verb in it ("The storm hit" is a
    clause)."""
    words = phrase.split()
    if not 0 < len(words) <= 4 or not (
        words[0][:1].isupper()
        or words[0].lower() in _DETERMINERS
        or words[0].lower() in _POSSESSIVES
    ):
        return False
    if any(_reads_as_verb(w) for w in words):
        return False
    head = words[-1].lower()
    return (
        _is_role_phrase(phrase)
        or _names_a_body(phrase)
        or head in _SPEAKING_GROUPS
        or head.removesuffix("s") in _SPEAKING_HEADS
    )


# groups that speak as one, beside the roles and the bodies by their kind
_SPEAKING_GROUPS = _words(
    "army police military cabinet union auditor parent family leader government staff "
    "administration authorities navy councillor councilor councilman councilwoman alderman"
)
_SPEAKING_HEADS = _SPEAKING_GROUPS | _GROUP_HEADS | _BODY_ROLES


# auxiliaries that open a predicate after its subject and an apposition
_AUXILIARY_OPENERS = _words("was were is are has have had")


def _predicate_before_and(tail: str) -> bool:
    """ "wept upon hearing her son had been convicted and": a past verb and what it governs,
    then "and" (or "but": "made it back to Canada but said") before the next verb (not a
    subject such as "the ministers and")."""
    words = tail.split()
    return (
        len(words) >= 3
        and words[-1] in ("and", "but")
        and words[0].islower()
        and (words[0] in _PAST_FORMS or _verb_like(words[0]) or _present_before_and(words))
        and not words[0].endswith("ing")
    )


def _present_before_and(words: list[str]) -> bool:
    """A verb in -s and its object, then "and" ("Technorati, a blog search engine, tracks
    about six million blogs and says …"), or an auxiliary and its verb ("Emma Jackson, 28,
    was subjected to abuse and …"): not a plural that a preposition's object follows, which is
    a subject ("residents of the town and")."""
    if any(w in ("who", "which", "that") for w in words):
        return False  # "and" inside a relative clause: "is among those who have broken … and"
    if words[0] in _AUXILIARY_OPENERS:
        return True
    return (
        words[0].isalpha()
        and words[0].endswith("s")
        and not words[0].endswith("ss")
        and words[0] not in _FUNCTION_WORDS
        and words[1].isalpha()
        and words[1] not in _PREPOSITIONS
        and words[1] not in ("and", "or")
    )


def _inside_apposition(before: str, match: re.Match[str]) -> bool:
    """Whether a clause break lies inside the last comma-bounded segment, one that reads as
    a description or an aside: ", a student who was singing when the platform gave way ,"."""
    opened = before.rfind(",", 0, match.start())
    if opened < 0 or "," in before[match.end() :].rstrip().rstrip(","):
        return False
    segment = before[opened + 1 : match.start()].strip()
    return bool(segment) and (
        _is_aside(segment)
        or _opens_description(segment)
        or _is_role_phrase(segment)
        or _participle_after_name(before[:opened], segment)
    )


def _participle_after_name(subject: str, segment: str) -> bool:
    """A participle's phrase set off after a name, what the person was doing as they spoke:
    "Mr. Pence, briefing reporters after Mr. Trump's remarks, said …" (its "after" opens no
    clause of the sentence)."""
    first = segment.split(maxsplit=1)[0]
    words = subject.split()
    return first.islower() and first.endswith("ing") and bool(words) and words[-1][:1].isupper()


def _pronoun_before(text: str, position: int) -> bool:
    words = text[max(0, position - 12) : position].split()
    return bool(words) and words[-1].lower() in ("he", "she", "they", "it", "we", "i")


def _listed_subjects(
    segments: list[str], tail: str, *, first_is_another: bool = False
) -> str | None:
    """The list of subjects, "A, B and C", that the words before the last comma and those
    after it make ("Pundits, writers and fans say", "Apple, Google and Microsoft said"):
    short noun phrases, the last pair joined by "and", after any adverbial that opens the
    sentence ("In a joint statement, Germany, France and Italy said") or a clause before them
    ("The ruling was wrong, Biden, Harris and Schumer said"), without a quantifier floating
    after it ("… and Network Rail all said"). The first segment may be known to be another
    phrase's (``first_is_another``): the clause's subject before a tag set inside it ("The
    plan, Smith, Jones and Brown said, was fair"), or a preposition's object ("Shortly before
    Christmas, Tesco, Asda and Aldi said")."""
    if not _LAST_PAIR.fullmatch(tail):
        return None
    if first_is_another:
        segments = segments[1:]
    while segments and _opens_as_adverbial(segments[0]):
        segments = segments[1:]
    start = len(segments)
    while start and _listed_noun_phrase(segments[start - 1]):
        start -= 1
    listed = segments[start:]
    # (a phrase before the list that ends in a name began it: "The lotion is sold at Tesco,
    # Sainsbury and Aldi", "from Tesco, …"; an opener does not, "Speaking to Sky News, …")
    if start and _began_the_list(segments[start - 1]):
        return None
    # (the list opens its clause: a capital or a determiner, not a word cut from the clause
    # before, "Over the course of that interview, Dale and Martha disputed")
    if not listed:
        return None
    first = listed[0].split()[0]
    if not (first[:1].isupper() or first.lower() in _DETERMINERS):
        return None
    return _FLOATING_QUANTIFIER.sub("", f"{', '.join(listed)}, {tail}")


def _tag_inside_its_clause(text: str, tail: str) -> bool:
    """Whether the verb after ``tail`` is a tag set inside the clause it reports, a verb of
    that clause after it: "The plan, Smith, Jones and Brown said, was fair"."""
    tag = _tag_set_inside(text, tail)
    word = tag.group("verb") if tag else None
    if not word:
        return False
    return word in _FINITE_VERBS or word in _IRREGULAR_PASTS or word.endswith("ed")


def _tag_set_inside(text: str, tail: str) -> re.Match[str] | None:
    """The verb after ``tail`` and the comma after it, when that verb is a tag set inside
    the clause it reports ("John Smith, the minister said, would leave"), with the clause's
    next word (``verb``)."""
    tail = tail.strip()
    return _TAG_SET_INSIDE.match(text, text.rfind(tail) + len(tail)) if tail else None


_TAG_SET_INSIDE = re.compile(r"\s++\w++\s*+,(?:\s++(?P<verb>[a-z]++)\b)?")


def _object_opens(text: str, head: str) -> bool:
    """Whether the clause's first words are the object of a preposition or a subordinator
    the clause was cut after: "Shortly before Christmas, Tesco, Asda and Aldi said"."""
    head = head.strip()
    at = text.find(head) if head else -1
    words = text[:at].split() if at > 0 else []
    return bool(words) and (
        words[-1].lower() in _PREPOSITIONS or words[-1].lower() in _SUBORDINATE_OPENERS
    )


def _began_the_list(phrase: str) -> bool:
    """A phrase ending in a name that the list after it goes on: a clause, with a finite
    verb ("The lotion is sold at Tesco"), or a preposition's object ("from Tesco", "After
    talks with Macron"); not an opener ("Speaking to Sky News") nor a lone word ("Sadly")."""
    words = phrase.split()
    return (
        len(words) > 1
        and words[-1][:1].isupper()
        and (
            words[0].lower() in _PREPOSITIONS
            or any(word.lower() in _FINITE_VERBS for word in words[1:])
        )
    )


def _single_listed_name(word: str) -> bool:
    """A lone capitalised word that is a list's item: a name, initials or a plural noun
    ("Apple", "NATO", "Pundits"); not a participle ("Frustrated") nor a function word. (An
    adverb, an opener or a time, "Sadly", "Regardless", "Friday", is no item of any length:
    the caller's test of every word holds them.)"""
    lowered = word.lower()
    return not (lowered.endswith(("ed", "ing")) or lowered in _FUNCTION_WORDS)


def _opens_as_adverbial(segment: str) -> bool:
    """A phrase set off before the subject: "In a joint statement", "On Tuesday", "Meanwhile"."""
    first = (segment.split() or [""])[0].lower()
    return first in _PREPOSITIONS or first in _CONNECTIVES or first in _TIME_WORDS


_FLOATING_QUANTIFIER = re.compile(r"\s+(?:all|both|each)$")


# words that open a sentence before its subject, never a name in a list of them
_CONNECTIVES = _LINKING_ADVERBS | _words(
    """
    together elsewhere overall again overnight thereafter then finally first second third
    lastly next eventually ultimately initially regardless hence thus therefore
    consequently accordingly afterwards afterward plus anyway anyhow alas soon once rather
    well yes no here there outside inside beyond across near behind late early
    """
)


# the last of a list: "writers and fans", "and the Red Cross" (after a serial comma)
_LAST_PAIR = re.compile(r"(?:[\w'’.&-]++\s+){0,3}and\s+[\w'’.&-]++(?:\s+[\w'’.&-]++){0,3}")


def _listed_noun_phrase(segment: str) -> bool:
    """One item of a list of subjects: a short noun phrase that opens with a determiner
    ("The US", "the RMT union") or is a name or a plural ("Germany", "Smith", "Pundits");
    not an opener set off by its comma ("Frustrated,", "Asked about the plan,", a dateline's
    "LONDON,") nor one with a preposition, an adverb, a time, a verb or another function word
    after its first ("The ruling was wrong")."""
    words = segment.split()
    if not 0 < len(words) <= 4 or not (
        words[0].lower() in _DETERMINERS
        or (
            all(w[:1].isupper() and not (w.isupper() and len(w) > 4) for w in words)
            and (len(words) > 1 or _single_listed_name(words[0]))
        )
    ):
        return False
    if any(w.lower() in _FUNCTION_WORDS and not _is_acronym(w) for w in words[1:]):
        return False
    return not any(
        w.lower() in _PREPOSITIONS
        or w.lower() in _CONNECTIVES
        or w.lower() in _TIME_WORDS
        or (w.lower() in _PRONOUNS and not _is_acronym(w))
        or w.lower().endswith("ly")
        or _verb_like(w)
        or any(c.isdigit() for c in w)
        for w in words
    )


_DIGIT_GROUP_COMMA = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")


def _comma_parts(text: str) -> list[str]:
    """The text's parts between its commas, a figure's thousands separator being no comma:
    "The 2,500 workers" is one part, "The firm, with 12,000 staff," three."""
    if not _DIGIT_GROUP_COMMA.search(text):
        return text.split(",")
    return [part.replace("\0", ",") for part in _DIGIT_GROUP_COMMA.sub("\0", text).split(",")]


def _role_at_a_body(words: list[str]) -> bool:
    """A person's role at a body, with no article: "author of the above piece at The
    Intercept", "senior fellow at the Cato Institute" (an apposition, never a name)."""
    for index, word in enumerate(words[:3]):
        if not word.islower():
            return False
        following = words[index + 1] if index + 1 < len(words) else ""
        if _is_person_noun(word) and following in ("of", "at", "for", "with"):
            return True
    return False


def _subject_clause(clause: str, text: str) -> str:
    """The part of the clause before a verb that holds its subject: a name before its
    appositions, or the words after the last comma."""
    if clause.endswith(","):
        clause = _without_apposition(clause, lower_case=_in_lower_case(text))
    else:
        *parts, tail = _comma_parts(clause)
        head = ",".join(parts)
        clause = tail.strip()
        # a doubled comma (",,") leaves no empty segment
        segments = [part.strip() for part in parts if part.strip()] or [""]
        first_is_another = _tag_inside_its_clause(text, clause) or _object_opens(text, head)
        if (
            listed := _listed_subjects(segments, clause, first_is_another=first_is_another)
        ) is not None:
            clause = listed  # "Pundits, writers and fans say"
        elif (
            len(segments) >= 2
            and _is_name(segments[0])
            and segments[-1].split(maxsplit=1)[0].lower() in _PLACE_LEADS
            and tail.strip()[:1].isupper()
            # (no adverb that opens the sentence: "Afterward, in a theatrical appearance
            # outside the courthouse, Mr. Stone vowed")
            and is_plausible_source(segments[0])
        ):
            # "Mr Cooper, from Curry Rivel, Somerset said": the place runs on to the verb
            clause = segments[0]
        elif segments[-1] and (
            # (right before the verb only a state's initials or a region: "in Washington, DC
            # said"; a word may be the speaker: "After talks in Geneva, Lavrov said")
            (
                _goes_on_placing(segments[-1], tail.strip())
                and (_is_acronym(tail.strip()) or " " in tail.strip())
            )
            or (_is_place_phrase(tail.strip()) and _is_name(segments[-1]))
        ):
            # "Dr Richard Carlson of the Carnegie Institution in Washington, DC said", "Giggs,
            # of Salford said": the place is the subject's, said after it
            clause = segments[-1]
        elif (
            _predicate_before_and(tail)
            and segments[0]
            # ("but" after a name and its apposition only: "Police searched the house, found
            # nothing but said" is the police's)
            and (tail.split()[-1] == "and" or len(segments) >= 2)
        ):
            # "Baloch's mother, Anwar, wept upon hearing the verdict and said": the words after
            # the last comma are the subject's first verb, joined by "and" to the speech verb
            clause = _without_apposition(head + ",", lower_case=_in_lower_case(text))
        elif _opens_with_aged_name(segments, tail, text):
            # "Lindsay Sandiford, 58, from Cheltenham, now fears … and said": a name with its
            # age opens the sentence, and the words after it are its predicate, not a subject
            clause = segments[0]
        # "… from Hamilton, a man who claims": the description is of the name before it
        if (
            tail.split()[:1] in (["a"], ["an"])
            and segments[-1].split()[:1]
            and segments[-1].split()[0].lower() not in _PREPOSITIONS
            # (a role serving a body is a speaker of its own: "… rather than in Tokyo, a bond
            # manager for a British securities house said")
            and not _serves_a_body(tail.strip())
            and (name := _trailing_name(head))
            # (nor the adverb that opens the sentence: "Furthermore, a study … suggested",
            # "Crucially, …")
            and name.lower() not in _LINKING_ADVERBS
            and not (" " not in name and name.lower().endswith("ly"))
            and name.lower() not in ("thus", "hence", "worse", "better")
        ):
            # (an adverbial before it is no name: "On Tuesday, a spokesman … told")
            clause = name
        elif (
            _role_at_a_body(tail.split())
            and _is_name(segments[-1])
            and _named_as_person(segments[-1])
            and not _object_opens(text, segments[-1])
            and not (len(segments) >= 2 and _ends_in_a_person_noun(segments[-2]))
            # (not a tag set inside its clause, "…, head of the union said, would leave"; a
            # quotation may follow its comma)
            and not ((inside := _tag_set_inside(text, tail)) and inside.group("verb"))
        ):
            # "Glenn Greenwald, author of the above piece at The Intercept wrote, …": a role at
            # a body, its closing comma lost, describes the person named before it
            clause = segments[-1]
        elif (
            len(segments) >= 2
            and _is_description(tail.strip())
            and not any(word[:1].isupper() for word in tail.split()[1:])  # (not "the Old Bailey")
            and _is_name(segments[-1])
            and " " in segments[-1]
            # (a name apposed to a person before it is that person, and the tag closes the
            # sentence: "The gunman shot his former wife, Mary Jones, the sheriff told")
            and not _ends_in_a_person_noun(segments[-2])
            and (
                _named_as_person(segments[-1])
                or segments[-1].split()[0].lower().rstrip(".") in _PERSON_TITLES
            )
            # (not a tag set inside the clause it reports: "John Smith, the minister said,
            # would leave")
            and not _tag_set_inside(text, tail)
        ):
            # "…, Dr. Christopher Kuhar, the zoo's executive director told Fox 8": an
            # apposition whose closing comma was lost describes the person named before it
            clause = segments[-1]
    if apposed := _NAME_BEFORE_ONE_OF.search(clause):
        # a caption's apposition without its comma: "Abu Ibrahim Raqqawi one of the group's
        # founders, wrote": the name, not the group it is one of
        clause = apposed.group("name")
    return clause


_NAME_BEFORE_ONE_OF = re.compile(
    r"(?P<name>(?:[A-Z][\w’'-]*+\s+){1,3}[A-Z][\w’'-]*+)\s+one\s+of\s+(?:the|his|her|their|its)\s"
    r"[^,]*$"
)


# A passive's auxiliary right before a verb, and an adverb between ("were not announced",
# "was first reported", "has been widely denied"): its subject is what is said, not who says it.
_PASSIVE_BEFORE = re.compile(
    r"\b(?:is|are|was|were|been|be|being)\s+"
    r"(?:(?:\w+ly|first|also|not|never|already|yet|still|sometimes|often|once|even)\s+)?$",
    re.I,
)


def _past_relative_aside(before: str) -> tuple[str, str | None]:
    """The words before a speech verb with the relative aside between the subject and the
    verb left out, and the speaker the aside itself settles, if any."""
    asides = list(_RELATIVE_ASIDE.finditer(before)) if before.rstrip().endswith(",") else []
    if asides:
        # "The German automaker, which has focused on … after its scandal, says": the
        # relative clause between the subject and its verb is an aside (the last one: an
        # earlier ", which …" belongs to an earlier clause)
        aside = before[asides[-1].start() :]
        before = before[: asides[-1].start()] + ","
        return before, _antecedent_of_aside(aside, before[:-1])
    # (read in the clause's last 200 characters, so a long one is read once)
    tail = max(0, len(before) - 200)
    if (unclosed := _UNCLOSED_ASIDE.search(before, tail)) and _is_name(
        before[: unclosed.start()].rsplit(",", 1)[-1].strip()
    ):
        # an aside whose closing comma was lost: "Ms Robinson, who presents The Weakest Link
        # tells Cockerell …" is Ms Robinson's verb, not The Weakest Link's
        return before[: unclosed.start()] + ",", None
    return before, None


# verbs of saying in the past, which a body's "it" is the subject of ("It said …", "It called
# for …"; a document's "it" says in the present, "It says men over 25 must register")
_PAST_SAYING = re.compile(
    r"(?:said|added|told|reported|announced|stated|claimed|insisted|warned|called\s+for)\b"
)


def _subject(text: str, verb_start: int, context: _Context) -> str | None:
    """The noun phrase before a speech verb: the clause it ends, without appositions,
    auxiliaries or the adverbials before it."""
    before = text[:verb_start]
    verb = (text[verb_start:].split(maxsplit=1) or [""])[0].lower().strip(".,;:!?")
    passive = bool(_PASSIVE_BEFORE.search(before)) and not verb.endswith("ing")
    if passive and verb != "told":
        # a passive ("has not been confirmed", "Price and mileage were not announced"): its
        # subject is what is said (but "the hearing was told" names the audience that heard
        # it, as the labels do)
        return None
    before = _TRAILING_TIME.sub("", before)  # "Ian Ayre, …, last week said": the time goes
    before = _GOES_ON_TO.sub(" ", before)  # "The article goes on to say": the article says
    # "Anna Cardwell, his daughter, has accused": the auxiliary after an apposition's comma
    # belongs to the subject before it, not to a clause of its own
    before = _AUXILIARIES_AFTER_COMMA.sub(_comma_if_auxiliaries, before)
    # (a body that names itself: "A group calling itself the Islamic Front said", "The group,
    # which calls itself ShadeNet, posted …")
    # (looked for only where "itself" or "themselves" is: the clause costs a pass over it)
    lowered = before.lower()
    own = ("itself" in lowered or "themselves" in lowered) and _CALLS_ITSELF.match(
        _last_clause(before).rstrip(" ,")
    )
    before, source = _past_relative_aside(before)
    if source := (own and own.group("name")) or source or _body_before_which(before, context):
        return source
    clause = _subject_clause(_last_clause(before), text)
    if clause.lower() in ("who", "whom") and (person := _whom_who_is_about(before, verb)):
        return _clean_source(person, context)
    if (opener := _NAME_OPENING_WHICH.fullmatch(before)) and verb in _WHO_NAMED_VERBS:
        # "Twitter, which initially said Mr. Jones had not violated its policies, later
        # suspended …": the name the sentence opens with said it
        return _clean_source(opener.group("name"), context)
    tokens = _drop_auxiliaries(_drop_leading(clause.split()))
    while tokens and not any(c.isalnum() for c in tokens[0]):
        tokens.pop(0)  # a tokenised mark that closed a quotation: ", ' kamal said"
    # a relative pronoun before the verb: its antecedent, the words right before it, is the
    # subject whatever governs them ("sued by a singer who claims", "with fellow jihadis who")
    # (not a body's initials: "a report from the WHO said")
    relative = bool(tokens) and _is_relative_pronoun(tokens[-1])
    while tokens and _is_relative_pronoun(tokens[-1]):
        tokens.pop()
    tokens = _without_place(tokens)
    if not tokens:
        return context.speaker if _quoted_share(before) > 0 else None
    if relative and (sender := _sender_of_message(tokens)) is not None:
        # "The company published a blog post that said …": the post speaks for whoever put it
        # out ("he was issued with an injunction that said …" is no one's words: "")
        return _clean_source(sender, context) if sender else None
    tokens = _relative_clause_subject(tokens)
    if len(tokens) == 1 and (name := _lower_case_subject(tokens[0], text, context)):
        return name
    if tokens[-1].lower() in _PRONOUNS and not _is_acronym(tokens[-1]):
        return _resolve_pronoun(text, verb_start, tokens[-1], context) or (
            # ("it" that spoke is a body: one the line before named, "Mitsubishi Motors
            # issued a profits warning." then "It said …")
            context.body_it_takes_up()
            if tokens[-1].lower() == "it" and _PAST_SAYING.match(text, verb_start)
            else None
        )
    phrase = " ".join(tokens)
    if name := _name_before_affiliation(tokens):
        # "Dr Richard Carlson of the Carnegie Institution": the person, not the body
        phrase = name
    if len(phrase.split()) <= _MAX_SOURCE_WORDS and (source := _clean_source(phrase, context)):
        return source
    return _long_subject(tokens, context, relative=relative)


def _is_relative_pronoun(word: str) -> bool:
    return word.lower() in ("who", "which", "that") and word != "WHO"


def _body_before_which(before: str, context: _Context) -> str | None:
    """A body named right before ", which" and the verb: "published by the Office for Budget
    Responsibility, which said …", "according to Russia's defence ministry, which …" (not a
    place a role is of: "tweeted by Libby Schaaf, the mayor of Oakland, which noted")."""
    body = _BODY_BEFORE_WHICH.search(before.rstrip())
    if not body:
        return None
    preceding = before[: body.start("body")].split()[-1:]
    if preceding and (
        preceding[0].lower() in ("of", "de", "du", "des", "von", "van", "der", "la", "le", "di")
        or preceding[0][:1].isupper()
    ):
        # (the end of a longer name, or a place a role is of: "Électricité de France",
        # "Österreichische Post")
        return None
    return _clean_source(body.group("body"), context)


# the verb that a subject goes on with, right before the infinitive of saying
_GOES_ON_TO = re.compile(
    r"\s(?:then\s+)?(?:goes|went|go|going|gone|proceeded|proceeds)\s+on\s+to\s+$", re.I
)


# a body's name closing the words before a ", which" clause: a capitalised name with its
# joining words ("the Office for Budget Responsibility"), or an owner's body ("Russia's defence
# ministry")
_BODY_BEFORE_WHICH = re.compile(
    r"(?P<body>(?:\b[Tt]he\s+)?(?:[A-Z][\w&'’.-]*+\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?)"
    r"{0,6}[A-Z][\w&'’.-]*+(?:['’]s\s+(?:[a-z-]+\s+)?(?:ministry|department|office|agency|"
    r"government|army|military|police|council|committee|company|group|party))?),\s*which$"
)


_MESSAGE_NOUNS = _words("post message statement letter email note tweet blog injunction order")


_SENDING_VERBS = _words(
    "published posted sent issued released wrote put shared tweeted emailed handed served"
)


def _sender_of_message(tokens: list[str]) -> str | None:
    """For a message that speaks in a relative clause ("… a blog post that said"), the subject
    that put it out, "" when that verb is passive ("was issued with an injunction that said"),
    or None when the words are not a sender, their verb and a message."""
    if not tokens or tokens[-1].lower() not in _MESSAGE_NOUNS:
        return None
    verb = next(
        (i for i, t in enumerate(tokens[:-1]) if t.lower() in _SENDING_VERBS and i > 0), None
    )
    if verb is None:
        return None
    sender = " ".join(tokens[:verb])
    return "" if _PASSIVE_BEFORE.search(sender + " ") else sender


# the verbs of a ", who" clause whose antecedent speaks: a name ("cited Ali Asghar Mirshekari,
# the deputy governor of …, who said") with the plainest, a person described ("their GP, who
# suggested") with a few more
_WHO_NAMED_VERBS = _words("said says told tells added explained")


# a name opening the sentence, then a "which" clause, an adverb or an auxiliary in it, up to
# its verb
_NAME_OPENING_WHICH = re.compile(
    r"(?P<name>(?:[A-Z][\w.&'’-]*+\s+){0,3}[A-Z][\w.&'’-]*+),\s+(?:which|who)\s+"
    r"(?:(?:[a-z]\w*ly|had|has|have|also|first|once)\s+)?"
)


_WHO_SPEECH_VERBS = _WHO_NAMED_VERBS | _words("suggested warned insisted")


# a person described by a determiner and a word for a person, ending the words before ", who"
_PERSON_BEFORE_WHO = re.compile(
    r"\b(?:the|their|his|her|its|a|an)\s+(?:[\w'’-]+\s+){0,2}?(?P<noun>[\w'’-]+)\s*,\s*(?:who|whom)\s*$",
    re.I,
)


def _whom_who_is_about(before: str, verb: str) -> str | None:
    """Whom a ", who <verb>" clause is about: the name before it, past its appositions, or a
    person a determiner and a word for a person describe."""
    if verb in _WHO_NAMED_VERBS and (name := _name_before_who(before)):
        return name
    return _person_before_who(before) if verb in _WHO_SPEECH_VERBS else None


def _person_before_who(before: str) -> str | None:
    """ "their GP" in "The family visited their GP, who suggested …": a person described,
    right before the ", who" clause about them (not a thing: "the report, which …")."""
    match = _PERSON_BEFORE_WHO.search(before)
    if not match or not _ends_in_a_person_noun(match.group("noun")):
        return None
    return before[match.start() : match.start("noun") + len(match.group("noun"))]


# things of a person's that cannot speak, so the name after their "of" is whom a ", who said"
# clause is about ("the advice of Niki Lauda, his team chairman, who told"; not "the parents
# of Lucy Brown, who said")
_SPOKEN_THINGS = _words("advice words concerns views warnings comments work research ideas book")


# work a person leads, after which "by" names the person a ", who" clause is about
_LED_BY = _words("led headed chaired directed run founded conducted authored written")


def _passive_participle(word: str) -> bool:
    """A participle whose agent "by" names: "led", "typified", "written" (not "stood by")."""
    lowered = word.lower().strip(",.")
    return lowered in _LED_BY or (len(lowered) > 4 and lowered.endswith(("ed", "en")))


def _name_before_who(before: str) -> str | None:
    """The name a ", who" clause is about, past the descriptions apposed to it."""
    stripped = re.sub(r"\s*\b(?:who|whom)\s*$", "", before.rstrip(), flags=re.I)
    segments = [part.strip() for part in _comma_parts(stripped) if part.strip()]
    while len(segments) > 1 and (
        # (a bare role is apposed too: "David Coleman, professor of demography at Oxford
        # University, who said")
        _opens_description(segments[-1])
        or _is_aside(segments[-1])
        or _is_role_phrase(segments[-1])
    ):
        segments.pop()
    name = _trailing_name(segments[-1]) if segments else None
    if not name or " " not in name or not _is_personal_name(name.split()):
        return None
    # (the object of "of" or "for" is not whom the clause is about: "the wife of Mark
    # Davies, who said she …", "a lawyer for David Beckham, who said")
    words = segments[-1][: segments[-1].rfind(name)].split()
    lead = words[-1:]
    if lead and lead[0].lower() == "by" and len(words) > 1 and _passive_participle(words[-2]):
        # "The research was led by Mark Hay, a marine ecologist …, who said", "The mood was
        # typified by Britain's Queen Elizabeth II, who said"
        return name
    if lead and lead[0].lower() in ("of", "for") and len(words) > 1:
        # (… unless the word before it is no person: "the advice of Niki Lauda, his team
        # chairman, who told him" is Lauda)
        return name if words[-2].lower().strip(",.") in _SPOKEN_THINGS else None
    return None if lead and lead[0].lower() in ("of", "for", "to", "with", "by") else name


_AUXILIARIES_AFTER_COMMA = re.compile(r",\s+(?P<words>(?:[a-z’']+\s+)+)$")


def _comma_if_auxiliaries(match: re.Match[str]) -> str:
    """The comma alone when only auxiliaries and adverbs follow it ("…, has also", "…, has
    repeatedly and falsely") and the comma closes an apposition a comma opened ("Anna
    Cardwell, his daughter, has"; not "Smith scored twice against Leeds, then told")."""
    before = match.string[: match.start()]
    words = match.group("words").split()
    joined = [w for i, w in enumerate(words) if not (w == "and" and 0 < i < len(words) - 1)]
    if "," not in before or not set(joined) <= _AUXILIARIES:
        return match.group()
    if _CLAUSE_SEGMENT.match(before.rsplit(",", 1)[1]):
        return match.group()  # a clause, not an apposition: "…, Smith scored twice, then"
    return ","


# a name and its verb: a clause of its own ("Smith scored twice against Leeds"), where an
# apposition is a description, a name alone, an age or an aside ("his daughter", "Anna
# Cardwell", "43", "pictured campaigning this week", "who is a billionaire")
_CLAUSE_SEGMENT = re.compile(r"\s*(?:[A-Z][\w'’-]*\s+){1,3}(?:[a-z]+ed|is|was|has|had)\b")


def _antecedent_of_aside(aside: str, before: str) -> str | None:
    """The speaker a relative aside settles: one it names only so ("a woman, who wanted to be
    identified as elizabeth,"), or one it keeps unnamed ("The young woman, who cannot be
    named, said"), who is not the person the article named last."""
    if named := _named_only_as(aside):
        return named
    if not _KEPT_UNNAMED.search(aside):
        return None
    clause = _RELATIVE.split(_last_clause(before), maxsplit=1)[0]
    phrase = _tidy(" ".join(_drop_leading(clause.split())))
    if phrase.split()[:1] and phrase.split()[0].lower() in _DETERMINERS:
        return phrase if is_plausible_source(phrase) else None
    return None


# how long an unnamed role with the body it serves may be shown whole
_ROLE_OF_A_BODY_WORDS = 10


def _role_of_a_body(tokens: list[str], context: _Context) -> str | None:
    """An unnamed person's role with the body it serves after "of", "for" or "at": that
    person speaks, not the body ("a bond manager for a British securities house"); shown
    whole when short enough, else by the role alone ("a spokesman for one of the major Dutch
    roasters" -> "a spokesman"). (A definite one, "the chief executive of the company", may
    be someone the article named: left to the other rules.)"""
    phrase = " ".join(tokens)
    if not _serves_a_body(phrase):
        return None
    role = _role_part(phrase)
    words = role.split()
    if words[0].lower() not in ("a", "an", "one") or not words[-1].islower():
        return None
    if len(tokens) <= _ROLE_OF_A_BODY_WORDS and (whole := _clean_source(phrase, context)):
        return whole
    return _clean_source(role, context)


# a source someone keeps, placed where it is: "… reporter Nisan Ahmado's source inside the
# Rukban camp" is the source, not the camp the name at the end names
_OWNED_SOURCE_PLACED = re.compile(
    r"(?<![\w'’.-])(?P<owned>(?:[A-Z][\w'’.-]*+\s+){0,2}[A-Z][\w.-]*+['’]s\s+(?:[a-z-]+\s+)?"
    r"(?:sources?|informants?|contacts?))\s+(?:inside|in|at|within|close\s+to)\s"
)


def _owned_source_placed(tokens: list[str]) -> str | None:
    """ "Nisan Ahmado's source" from "A VOA reporter Nisan Ahmado's source inside the Rukban
    camp": whose source it is tells the reader more than where it is."""
    placed = _OWNED_SOURCE_PLACED.search(" ".join(tokens))
    return placed.group("owned") if placed else None


def _long_subject(tokens: list[str], context: _Context, *, relative: bool = False) -> str | None:
    """The speaker in a subject too long to be one: a body's full name, the head a
    participle phrase modifies, an office without its remit, or the name it ends with."""
    phrase = " ".join(tokens)
    if whole := _named_whole(tokens, context):
        return whole
    if any(
        t.lower() in ("who", "whom", "whose")
        # (further on, after a common noun, in a phrase with no "of" whose noun it may be:
        # "the chief executive of the company who took over" is the one named before)
        and (i <= 3 or (tokens[i - 1].islower() and "of" not in tokens[:i]))
        for i, t in enumerate(tokens[1:8], start=1)
    ):
        # "A spokesperson who did not wish to be named because of agency policy", "A merry
        # widow from Edinburgh who loves to party …": the relative clause describes its
        # head, the speaker
        return _clean_source(phrase, context)
    # the head a participle phrase modifies, or a role with the body it serves
    if (head := _head_before_participle(tokens)) or (role := _role_of_a_body(tokens, context)):
        return _clean_source(" ".join(head), context) if head else role
    if name := (
        _titled_name_before_role(tokens)
        or _titled_name_of_a_body(tokens)
        or _owned_source_placed(tokens)
    ):
        return _clean_source(name, context)
    trailing = _trailing_name(phrase)
    if trailing and (both := _bodies_joined_before(phrase, trailing)):
        # two bodies that speak together: "Reports in the Wall Street Journal and the
        # Financial Times suggested", "the joint report from the FAO and the WFP said"
        return both
    if _ends_in_remit(tokens):
        # the office's remit, not a name: "The United Nations High Commissioner for Human
        # Rights" is the commissioner, "the U.S. Attorney's Office for the Western District
        # of New York" the office
        return _clean_source(" ".join(_leading_phrase(tokens)), context)
    for words in (trailing, " ".join(_trailing_phrase(tokens))):
        candidate = words
        if words and not relative and _after_object_lead(phrase, words):
            # the object of a preposition ("… signed peace treaties with Israel"), unless a
            # person the article knows ends it, glued on by a lost comma ("in a blog post on
            # Thursday Kalanick wrote")
            pair = words.split()[-2:]
            candidate = pair[-1]
            if len(pair) == 2 and pair[0].lower() in _TIME_WORDS and pair[1][:1].isupper():
                candidate = pair[1]  # a time names no one: "on Thursday Kalanick wrote"
            elif len(pair) == 2 and (
                (_is_first_name(pair[0].lower()) and pair[1][:1].isupper())
                # … or an owner's role: "… home in Upper Macungie Township Silvonek's attorney"
                or (_TRAILING_POSSESSIVE.search(pair[0]) and _is_person_noun(pair[1]))
            ):
                candidate = " ".join(pair)  # "… her home in Leeds Sarah Smith said"
            elif " " not in words or candidate.lower() not in context.full_names:
                continue
        if candidate and (source := _clean_source(candidate, context)):
            return source
    return _described_subject(tokens, context)


def _named_whole(tokens: list[str], context: _Context) -> str | None:
    """A long subject that names its speaker whole: a body's full name, or a document and its
    author ("the joint report from the Food and Agriculture Organisation" is the
    organisation's, not "Agriculture Organisation", its last words; not one that only paid
    for it, "A report commissioned by the Department of Health")."""
    phrase = " ".join(tokens)
    if _is_long_body_name(tokens):
        return _tidy(phrase)
    authored = _AUTHORED.match(phrase)
    if authored and authored.end() == len(phrase) and not _PAID_FOR.search(phrase):
        return _clean_source(phrase, context)
    return None


def _bodies_joined_before(phrase: str, trailing: str) -> str | None:
    """ "the Wall Street Journal and the Financial Times" when ``phrase`` ends with two
    bodies' names that "and the" joins (the second one ``trailing``), else None. People
    joined so are left to the rules for names."""
    if not phrase.endswith(trailing):
        return None
    match = _BODY_AND_THE.search(phrase, 0, len(phrase) - len(trailing))
    if not match or any(_is_first_name(n.split()[0].lower()) for n in (match.group(1), trailing)):
        return None
    return f"the {match.group(1)} and the {trailing}"


# a body's name and the "and the" that joins the next one to it, ending where that one starts
_BODY_AND_THE = re.compile(
    r"\b(?:the|The)\s+((?:[A-Z][\w&'’.-]*+\s+(?:(?:of|for|and)\s+)?){0,5}[A-Z][\w&'’.-]*+)"
    r"\s+and\s+the\s+$"
)


def _titled_name_of_a_body(tokens: list[str]) -> str | None:
    """ "Capt. Ronald S. Johnson of the Missouri State Highway Patrol": a title and a full name
    before "of" are the person, the body after it where they serve."""
    title = tokens[0]
    if "of" not in tokens[3:] or not (
        _is_title_before_name(title) or title.rstrip(".").lower() in _TITLE_ROLES
    ):
        return None
    name = tokens[1 : tokens.index("of", 3)]
    if _is_personal_name([t for t in name if not _INITIAL.fullmatch(t)]):
        return " ".join(name)
    return None


def _titled_name_before_role(tokens: list[str]) -> str | None:
    """ "Professor Alan Trounson deputy director of the Monash Institute …": a title and a
    full name open the phrase, and the role the person holds follows with no comma (the
    body the role serves is no speaker)."""
    if len(tokens) < 4 or tokens[0].lower().rstrip(".") not in _NAME_TITLES:
        return None
    for end in range(3, min(1 + _MAX_NAME_WORDS, len(tokens) - 1) + 1):
        if tokens[end].islower():
            name = tokens[1:end]
            if _is_personal_name(name) and _is_title_word(tokens[end]):
                return " ".join(name)
            return None
    return None


def _name_before_affiliation(tokens: list[str]) -> str | None:
    """A person's name (after a title, if any) opening a phrase, before "of", "from" or
    "at" and the body or the place the person belongs to ("Sen. Chris Coons of Delaware")."""
    start = _after_titles(tokens)
    for end in range(start + 2, min(start + _MAX_NAME_WORDS, len(tokens) - 1) + 1):
        if tokens[end].lower() in ("of", "from", "at") and _is_personal_name(tokens[start:end]):
            # (a title, a first name or a surname's particle shows the person: "Dr. Joneigh
            # Khaldun", "Arnel dela Vega")
            sure = (
                start == 1
                or _is_first_name(tokens[start].lower())
                or any(t.islower() for t in tokens[start + 1 : end - 1])
            )
            return " ".join(tokens[start:end]) if sure else None
    return None


def _after_titles(tokens: list[str]) -> int:
    """Where a name starts after the capitalised titles opening a phrase, and the words of a
    place or a party before them: 2 in "Fellow Democratic Sen. Chris Coons" (up to three)."""
    start = 0
    for index, token in enumerate(tokens[:3]):
        if not token[:1].isupper():
            break
        if token.lower().rstrip(".") in _PERSON_TITLES or _is_title_before_name(token):
            start = index + 1
    return start


# prepositions whose object a name after them is, never a subject
_OBJECT_LEADS = _words("with to against in into from at on over by about")


def _after_object_lead(phrase: str, ending: str) -> bool:
    """Whether the words that end ``phrase`` follow a preposition that makes them the object
    of a word before it."""
    before = phrase[: len(phrase) - len(ending)].split() if phrase.endswith(ending) else []
    # (a preposition opening the phrase heads no object of another word: "with Clarkson
    # claiming …" is Clarkson's claim)
    if len(before) >= 2 and before[-1].lower() in _OBJECT_LEADS:
        return True
    # … nor does a name completing a common noun that is itself such an object ("owners from
    # the border state of Texas")
    return (
        len(before) >= 4
        and before[-1].lower() == "of"
        and before[-2].islower()
        and any(word.lower() in _OBJECT_LEADS for word in before[-6:-2])
    )


_NAME_JOINERS = _words("of for and on")


def _ends_in_remit(tokens: list[str]) -> bool:
    """A phrase that ends in "for" and a name: "… Commissioner for Human Rights", "… Office
    for the Western District of New York"."""
    if "for" not in tokens[1:]:
        return False
    remit = tokens[len(tokens) - tokens[::-1].index("for") :]
    if remit[:1] == ["the"]:
        remit = remit[1:]
    return bool(remit) and all(w[:1].isupper() or w in _NAME_JOINERS for w in remit)


def _is_long_body_name(tokens: list[str]) -> bool:
    """A body's full name longer than a source's usual words: capitalised words joined by
    "of", "for", "and" ("the Chinese Center for Disease Control and Prevention"), ending in
    a capital and holding a word for a body, up to one word over the usual limit. A name is
    one speaker; cut short, it names another body ("Prevention")."""
    words = tokens[1:] if tokens[0].lower() == "the" else tokens
    capitalised = [w for w in words if w[:1].isupper()]
    return (
        len(tokens) <= _MAX_SOURCE_WORDS + 1
        and len(capitalised) >= 3
        and words[-1][:1].isupper()
        and any(_is_organisation(w) for w in capitalised)
        and all(
            w[:1].isupper()
            or w in _NAME_JOINERS
            # ("the" after a joiner: "the Royal Society for the Protection of Birds")
            or (w == "the" and i > 0 and words[i - 1] in _NAME_JOINERS)
            for i, w in enumerate(words)
        )
    )


def _lower_case_subject(token: str, text: str, context: _Context) -> str | None:
    """A one-word subject in lower case that is a name: in a lower-cased sentence, a bare
    noun next to the verb ("perry said"); anywhere, a word the article wrote before with its
    capital ("… ? , ' kamal said" after "Kamal said")."""
    if (
        _in_lower_case(text)
        # (the sentence as written, when a mask blanked a quotation and its capitals: 'the
        # "Pose" actor said' is no lower-cased text)
        and ("___" not in text or _in_lower_case(context.reading or text))
        and (name := _lower_case_name([token]))
        and not _CONTRACTION_END.search(name)  # "We've"
    ):
        if _named_with_its_s(name, text):
            return name  # a capitalised name in "'s" that owns nothing: "Macy's said"
        return context.expand(re.sub(r"['’]s$", "", name))  # "trump's claimed" (has)
    if token.islower() and _tokenised(text):
        return context.written_as(token)
    return None  # in text as written, a word in lower case is a word: "…, banks said"


def _head_before_participle(tokens: list[str]) -> list[str] | None:
    """The head of a long subject that a participle phrase modifies: "Residents living yards
    from the scene of the heist have revealed" is the residents, not the heist ("The loving
    couple" is one phrase; a short "Attorneys representing the family" is kept whole)."""
    leading = _leading_phrase(tokens)
    if not 0 < len(leading) < len(tokens) or leading[-1].lower() in _FUNCTION_WORDS:
        return None
    word = tokens[len(leading)]
    if word.islower() and word.endswith("ing") and not _opens_with_participle(tokens):
        return leading
    # … or a past participle and its place, after the head or its "of" phrase: "The authors
    # of the research published in the journal JAMA Psychiatry argued" are the authors
    start = len(leading) + 1 if word == "of" else len(leading)
    for index in range(start, min(len(tokens) - 1, start + 4)):
        token = tokens[index]
        if token.islower() and token.endswith("ed") and tokens[index + 1] in ("in", "by", "on"):
            return tokens[:index]
        if word == "of" and _participle_after_noun(tokens, index, start):
            # "A senior member of the party attending the talks said": the member, not the
            # talks (the participle opens a phrase, so "of the ruling party" stays whole)
            return tokens[:index]
        if word != "of" or token.lower() in _FINITE_VERBS or token.lower() in _PAST_OR_PERFECT:
            break  # (only the head's own "of" phrase comes between)
    return None


def _participle_after_noun(tokens: list[str], index: int, start: int) -> bool:
    """Whether ``tokens[index]`` is an "-ing" participle that opens a phrase after the noun
    of an "of" phrase: a noun before it ("of the party attending"; not "of the ruling
    party", "of public housing policy") and its object or place after it."""
    token = tokens[index]
    if index <= start or not (token.islower() and token.endswith("ing")):
        return False
    before = tokens[index - 1].lower()
    after = tokens[index + 1]
    # (its object right after it, not a preposition: "a professor of civil engineering at
    # Imperial" is a noun's phrase)
    return (
        before not in _DETERMINERS
        and before not in _FUNCTION_WORDS
        and tokens[index - 1].strip(",;:") == tokens[index - 1]
        and (after.lower() in _DETERMINERS or after[:1].isupper() or after[:1].isdigit())
    )


def _relative_clause_subject(tokens: list[str]) -> list[str]:
    """In a relative clause whose own subject speaks, that subject: "a height which ms
    alexander claims will block her light" -> "ms alexander" (a relative pronoun that is the
    subject itself, "a man who claims", has nothing after it)."""
    marks = [i for i, t in enumerate(tokens[:-1]) if t.lower() in ("which", "whom", "that")]
    if not marks:
        return tokens
    after = tokens[marks[-1] + 1 :]
    first = after[0].lower().rstrip(".")
    if _leading_phrase(after) != after or not (
        first in _DETERMINERS or first in _PERSON_TITLES or after[0][:1].isupper()
    ):
        # "Officials who spoke on condition of anonymity", "The Bank of England which cut
        # rates": a verb follows, not a subject
        return tokens
    return after


def _described_subject(tokens: list[str], context: _Context) -> str | None:
    """The phrase opening a long subject. A description completed by an indefinite "of"
    phrase ("The mother of a child who went to school with her told AFP") introduces someone:
    it refers back to no one the article named before ("The chief executive of the company"
    does)."""
    if _opens_with_participle(tokens):
        return None  # "Announcing the hire …": a clause, whose subject has been sought
    leading = _leading_phrase(tokens)
    if (
        1 < len(leading) < len(tokens) - 1
        and tokens[len(leading)].lower() == "of"
        and tokens[len(leading) + 1].lower() in ("a", "an", "one", "some", "two", "three")
    ):
        phrase = _tidy(" ".join(leading))
        return phrase if is_plausible_source(phrase) else None
    return _clean_source(" ".join(leading), context)


# posts a state keeps one to a place, which the place tells apart
_POSTS_ABROAD = _words("embassy consulate consulate-general mission delegation")


def _is_place_word(token: str) -> bool:
    """A word of a place's name: capitalised, no time ("January") and no owner's "'s"."""
    return (
        token[:1].isupper() and token.lower() not in _TIME_WORDS and not re.search("['’]", token)
    )


def _is_post_abroad(tokens: list[str]) -> bool:
    """ "The US Embassy", "the Indian High Commission" (not "the European Commission")."""
    head = tokens[-1].lower()
    return head in _POSTS_ABROAD or (
        head == "commission" and len(tokens) > 1 and tokens[-2].lower() == "high"
    )


def _without_place(tokens: list[str]) -> list[str]:
    """ "Jean Morris from the farm" -> "Jean Morris": a short phrase of place or affiliation
    after a name is not part of the speaker's name (but "Bank of England" is). The place of a
    post a state keeps in many places is part of which post speaks: "The US Embassy in New
    Delhi" is not the one in Paris (not a time, "The US Embassy in January said", nor a part of
    the place, "in Baghdad's Green Zone")."""
    for index in range(len(tokens) - 1, max(1, len(tokens) - 6), -1):
        if (
            tokens[index].lower() in ("from", "at", "with", "in")
            and tokens[index - 1][:1].isupper()
        ):
            if (
                tokens[index].lower() == "in"
                and _is_post_abroad(tokens[:index])
                and all(_is_place_word(t) for t in tokens[index + 1 :])
                and len(tokens) <= _MAX_SOURCE_WORDS
            ):
                return tokens
            return _name_after_venue(tokens[index + 1 :]) or tokens[:index]
    return tokens


def _without_apposition(clause: str, *, lower_case: bool = False) -> str:
    """ "Roscosmos, the Russian Federal Space Agency," -> "Roscosmos"; "Kvarzell, 25, who is
    an officer," -> "Kvarzell"; "his daughter, Claudette King," -> "Claudette King" (a name
    in apposition to a role is the better speaker)."""
    segments = [s.strip() for s in _comma_parts(clause.rstrip(", "))]
    while len(segments) > 1 and (
        (segments[0].split() or [""])[0].lower() in _PREPOSITIONS
        or segments[0].lower() in _LINKING_ADVERBS
        or _reporting_participle_clause(segments[0])
    ):
        # an adverbial before the subject: "For his part, the 31-year-old,", "However, the
        # researchers, who …,", "But speaking on ABC News, Gov. Chris Christie, who …,"
        segments.pop(0)
    if len(segments) == 1:
        return segments[0]
    while len(segments) > 2 and _is_place_phrase(segments[-2]) and len(segments[-1].split()) <= 3:
        segments.pop()  # "Lucy, 32, of Upminster, east London,": the place goes on
    while len(segments) > 1 and _goes_on_placing(segments[-2], segments[-1]):
        segments.pop()  # "CNN affiliate WAVY in Norfolk, Virginia,": the state goes on
    if len(segments) == 1:
        return segments[0]
    if group := _group_before_names(segments):
        return group  # "Three friends, Tom Brown, 21, Sam Green, 22, and Joe Black, 20, said"
    apposition = segments.pop()
    if named := _named_only_as(apposition):
        return named  # "One resident, named only as Jassem, told"
    while len(segments) > 1 and _is_aside(segments[-1]):
        segments.pop()
    # a role and a full name open the clause: "study lead author Lucas Paganini, a planetary
    # scientist at …, Maryland," is Lucas Paganini, whatever names the asides hold
    if name := _titled_full_name(segments[0]):
        return name
    # the first segment that is a name ("Dr Pengfei Fan, one of …, Yunnan, in China,"), not a
    # capitalised role whose name follows ("Victoria's Industrial Relations Minister, Monica
    # Gould,")
    for segment in segments:
        if _is_name(segment) and not (_is_role_phrase(segment) and _is_name(apposition)):
            return segment
    head = segments[-1]
    if named := _apposition_naming_head(head, apposition, lower_case=lower_case):
        return named
    # the name a role's apposition gives after its own lower-case role: "The study's lead
    # author, doctoral candidate Maninder Thind,", "One of the study's authors, herpetologist
    # David Blackburn,"
    apposition = (not lower_case and _name_after_lower_case_role(apposition.split())) or apposition
    is_named = (
        _is_name(" ".join(_without_title(apposition.split())))  # ("Mr Recorder Simon Farrell QC")
        or _coordinated_names(apposition)
    )
    # a head that holds a name is a body's ("Roscosmos, …"), unless it ends in a person's role:
    # "The Defence Minister, Robert Hill,", "Yallourn Energy mine manager, Lindsay Ward," (not
    # two people, the apposition naming the second: "Joshua Burns and his wife, Brenda Burns,")
    named_head = _NAME_CHAIN.search(head) and (
        not _is_role_phrase(head) or _two_people(_role_part(head))
    )
    return apposition if is_named and not named_head else head


def _reporting_participle_clause(segment: str) -> bool:
    """A participle of speaking that opens the sentence, after a conjunction or not ("But
    speaking on ABC News", "Asked about the deal"): it sets the scene for the subject after
    its comma, whatever name it holds."""
    words = segment.split()
    if words[:1] and words[0].lower() in ("but", "and", "yet", "so"):
        words = words[1:]
    return len(words) > 1 and words[0].lower() in _REPORTING_PARTICIPLES


def _opens_with_aged_name(segments: list[str], tail: str, text: str) -> bool:
    """A sentence that opens "Name, 58, …," and goes on with a lower-case word that is no
    subject of its own (not a function word, determiner or possessive)."""
    if len(segments) < 2 or not re.fullmatch(r"\d{1,3}", segments[1]):
        return False
    name = segments[0]
    if not (_is_name(name) or (_in_lower_case(text) and _lower_case_person(name.split()))):
        return False
    words = _drop_leading(tail.split())
    first = words[0] if words else ""
    return first.islower() and first not in _FUNCTION_WORDS and first not in _DETERMINERS


def _apposed_name(text: str, end: int) -> str | None:
    """The name set beside a role right after ``end``: "according to her attorney, Diana
    Dunlop." (in lower-cased text, "her attorney , diana knowles dunlop .") -> that name."""
    match = re.match(r"\s*,\s*(?P<name>[^,.;:()]{2,60}?)\s*(?:[,.;]|$)", text[end:])
    if not match:
        return None
    name = match.group("name")
    if not (_is_name(name) or (_in_lower_case(text) and _lower_case_person(name.split()))):
        return None
    # (a title alone is a name cut off: "According to the Herald, Gov." before a line break)
    return name if is_plausible_source(name) else None


def _trailing_phrase(tokens: list[str]) -> list[str]:
    """The noun phrase that ends a clause: "… calling out an online hater" -> "an online
    hater" (words back to the first function word or verb, with its article)."""
    kept: list[str] = []
    for token in reversed(tokens[-_MAX_SOURCE_WORDS:]):
        word = token.strip(",.'\"’").lower()
        if word in _DETERMINERS or word in _POSSESSIVES:
            kept.insert(0, token)
            rest = tokens[: len(tokens) - len(kept)]
            if len(rest) >= 2 and rest[-1].lower() == "of" and _is_partitive(rest[-2:-1]):
                kept[:0] = rest[-2:]  # "… 2013 One of her victims" keeps its "One of"
            break
        if word in _FUNCTION_WORDS or word in _FINITE_VERBS or _verb_like(token) or "," in token:
            break
        kept.insert(0, token)
    before = tokens[len(tokens) - len(kept) - 1 : len(tokens) - len(kept)]
    if kept and kept[0].islower() and [w.lower() for w in before] == ["to"]:
        return []  # "is trying to expand immigration policies": a verb's phrase, no subject
    return kept


def _forward_phrase(text: str) -> str:
    """The name after an inverted verb ("…,' said Davis, ranked 66th") up to its end; a
    title before a name goes ("said Recording Academy president and CEO Neil Portnow")."""
    tokens = text.split()
    # a group needs no capital: "…, said police", "…, said residents of the town" (a rank and
    # name after it are read as a title before a name: "said police Sgt. Bob Jones")
    group = _opens_with_group(tokens) and not (len(tokens) > 1 and tokens[1][:1].isupper())
    particles = 0
    while particles < min(2, len(tokens) - 1) and re.fullmatch(_PARTICLES, tokens[particles]):
        particles += 1
    if particles and tokens[particles][:1].isupper():
        # a surname's particles open the name: "…, says van Otterdijk.", "said van der Merwe"
        # (no title "van")
        return " ".join(_forward_name_words(tokens))
    if tokens and not (group or tokens[0][:1].isupper() or tokens[0].lower() in _DETERMINERS):
        # a lower-case title before the name: "said coach Tom Baker", "said passenger Kurt
        # Foster"; words that are not a name's title ("said the idea", "said on Monday") stop
        titles = 0
        while titles < 3 and titles < len(tokens) and _is_title_word(tokens[titles]):
            titles += 1
        if titles == 0 and _title_modifier(tokens):
            titles = 1  # "said goalkeeping coach Tony Parks", "said managing director …"
            while titles < 3 and titles < len(tokens) and _is_title_word(tokens[titles]):
                titles += 1
        tokens = tokens[titles:] if 0 < titles < len(tokens) else []
        if not tokens or not tokens[0][:1].isupper():
            return ""
    while len(tokens) > 1 and _SHORT_TITLE.match(tokens[0]) and tokens[1][:1].isupper():
        tokens = tokens[1:]  # an abbreviated rank or title: "said Lt. Matt Harris"
    if not tokens or not (group or tokens[0][:1].isupper() or tokens[0].lower() in _DETERMINERS):
        return ""
    kept = _forward_name_words(tokens)
    return _named_in(kept, group=group) if kept else ""


def _cut_phrase(text: str) -> str:
    """ "a new study of 70 million trips" -> "a new study": a named source ends before a
    lower-case "of" or "for", a participle or a relative clause; but a group or a part is named by
    its "of" ("a group of employees", "one of her victims", "members of staff")."""
    match = next((m for m in _CUT_AT.finditer(text) if not _of_a_long_name(text, m)), None)
    if not match:
        return text
    # (the missed stop's word stays: the cut is at the stop)
    return text[: match.start("stop") if match.group("stop") else match.start()]


def _of_a_long_name(text: str, cut: re.Match[str]) -> bool:
    """Whether a cut at "of" would split a body's capitalised name: "the International
    Federation of the Phonographic Industry" (not "a study of the Amazon")."""
    before = text[: cut.start()].split()
    run = list(takewhile(lambda word: word[:1].isupper(), reversed(before)))[::-1]
    return (
        text.startswith("of the ", cut.start() + 1)
        and bool(run)
        # (a person's affiliation is cut: "Alex Horton of the Washington Post", "Dr Tedros of
        # the World Health Organization")
        and not any(_is_first_name(w.lower()) for w in run[:2])
        and run[0].lower().rstrip(".") not in _PERSON_TITLES
        and text[cut.start() + 8 : cut.start() + 9].isupper()
    )


# whom a spokesman or a lawyer speaks for: a body or a person, not a time, a count or a reason
# ("for the first time", "for 20 years", "for safety reasons", "for at least two days")
_SPOKEN_FOR = (
    r"(?:the|a|an|his|her|their|its)\s+"
    r"(?!(?:(?:first|second|third|fourth|fifth|\d+(?:st|nd|rd|th)|last|next|same|past)\s+"
    r"(?:time|year|day|week|month|season|quarter|round|game|match|straight|consecutive)|"
    r"while|moment|time|year|week|month|day|hour|decade|number|sake|purpose|reason)s?\b)"
)


# not right after one who speaks for another ("a spokesman for", "lawyers for"): the roles
# _AUTHORED reads, and some of them in the plural
_SPEAKS_FOR_PLURALS = (
    "spokesmen",
    "spokeswomen",
    "spokespeople",
    "representatives",
    "lawyers",
    "attorneys",
)
_NOT_AFTER_ONE_SPEAKING_FOR = "".join(
    rf"(?<!\b{word}\s)" for word in (*_SPEAKS_FOR_WORDS, *_SPEAKS_FOR_PLURALS)
)


# what an office is of: "the secretary of state", "the ministry of defence" (not "his
# secretary of 30 years", "the minister of the day", "the ministry of defence's update")
_OFFICE_FIELDS = (
    r"(?:state|defen[cs]e|health|finance|education|justice|(?:the\s+)?interior|agriculture|"
    r"labou?r|transport(?:ation)?|energy|trade|commerce|(?:foreign|home)\s+affairs|"
    r"homeland\s+security|(?:the\s+)?treasury|housing|culture|environment|industry|"
    r"communications|information)\b(?!['’])"
)


_CUT_AT = re.compile(
    r"\s(?<!\bgroup\s)(?<!\bgroups\s)(?<!\bone\s)(?<!\bmembers\s)(?<!\bsome\s)"
    # (an office's "of" is its name: "the secretary of state", "the ministry of defence")
    r"(?:(?:(?<!\bsecretary\s)(?<!\bminister\s)(?<!\bministry\s)(?<!\bdepartment\s)"
    r"(?<!\bsecretaries\s)(?<!\bministers\s)(?<!\bministries\s)(?<!\bdepartments\s)"
    rf"|(?!of\s+{_OFFICE_FIELDS}))of\s+(?=[a-z\d])|(?:seen|obtained|published|released|carried|cited|quoted|"
    r"conducted|compiled|issued|found|posted|shared|who|which|that|in|"
    # ("on" someone's own site stays: "a statement on Brownback's website")
    rf"on(?!\s+(?:{_NAME_WORD}\s+){{0,3}}[A-Z][\w.&-]*+['’]s\s+{_OWN_PAGES})|"
    r"at|from|last|this|earlier)\b|"
    # an adverbial "as" phrase: "according to UEFA as part of the playoffs"
    r"as(?=\s+(?:part|head|well|soon|long|of|a\s+result)\b)|"
    # "for" inside a name stays: "the Centre for Disease Control"; and so does whom one speaks
    # for ("a spokesman for the governor", "a lawyer for the family")
    # (not a time, a count or a reason: "a spokesman for the first time", "for 20 years")
    rf"(?:{_NOT_AFTER_ONE_SPEAKING_FOR}|(?=for\s+(?!{_SPOKEN_FOR})))for\b(?!\s+[A-Z])|"
    # a relative clause without "who": "multiple people I spoke to"
    r"(?-i:I|we|he|she|they)\s+(?:spoke|talked|interviewed|asked|contacted|consulted)\b|"
    # a group in lower case and then a capital, with no comma between: the clause's
    # subject ("according to police Mr Docherty hired the victim")
    r"(?:(?<=\bpolice\s)|(?<=\bofficials\s)|(?<=\bprosecutors\s)|(?<=\bauthorities\s)|"
    r"(?<=\binvestigators\s)|(?<=\bwitnesses\s)|(?<=\bsources\s)|(?<=\breports\s))"
    r"(?=[A-Z][a-z][\w'’-]*(?:\s+[A-Z][\w'’.-]*)*\s+(?!and\b|of\b|&)[a-z])"
    r"(?!(?:Commissioner|Chief|Constable|Superintendent|Inspector|Detective|Sergeant|Sgt|"
    r"Officer|Captain|Lieutenant|Commander|Deputy|Spokesman|Spokeswoman)\b)|"
    # a capitalised article after a capitalised word: the next sentence, its stop lost
    # ("a report by the United Nations The number of …")
    r"(?<=\w\s)(?-i:The|A|An)(?=\s+[a-z]))"
    # … or the next sentence after a stop the splitter missed, between lower-case words
    # ("according to police. the 14-year-old was charged"; not "Prof. Jane Smith", "Dept.
    # of Agriculture")
    r"|(?<![\w.])[a-z]{3,12}(?P<stop>\.)\s+(?=[a-z])",
)
