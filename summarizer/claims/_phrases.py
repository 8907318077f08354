"""Cutting a speaker's noun phrase out of the words around a cue: dropping appositions, ages,
places and leading verbs, telling names from roles and outlets, reading text that lost its
capitals, and finding whom a pronoun means inside its own sentence ("After Buckley learned …,
she said"). The rules that find a speaker propose a stretch of words; these functions make it
a phrase a reader can believe.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from summarizer.claims._names import (
    _BODY_ROLES,
    _FIRST_NAME_GENDERS,
    _GENDERED,
    _GIVEN_NAMES,
    _GROUP_HEADS,
    _HYPHENATED_ADJECTIVE,
    _KIN,
    _MID_ADVERBS,
    _ONE_DESCRIBED,
    _OPENING_ADVERBS,
    _PARTICLES,
    _PAST_FORMS,
    _SENTENCE_NAME,
    _SPAN_OF_TIME,
    _SURNAMES,
    _TIME_WORDS,
    _body_head,
    _ends_in_a_names_today,
    _is_acronym,
    _is_body_name,
    _is_first_name,
    _is_organisation,
    _is_person_role,
    _is_role_word,
    _is_title_before_name,
    _looks_like_person,
    _lower_case_person,
    _opens_with_participle,
    _surname_like_pronoun,
    is_plausible_source,
)
from summarizer.claims._patterns import (
    _MAX_NAME_WORDS,
    _MAX_SOURCE_WORDS,
    _TRAILING_POSSESSIVE,
)
from summarizer.claims._prefilter import gated
from summarizer.claims._words import (
    _AUXILIARIES,
    _BEEN_AFTER,
    _CAPTION_VERBS,
    _COUNTRY_FULL_NAMES,
    _CUT_SPANS,
    _DATA_HEADS,
    _DETERMINERS,
    _FINITE_VERBS,
    _FUNCTION_WORDS,
    _INDEFINITES,
    _IRREGULAR_PASTS,
    _LEADING_TIMES,
    _LINKING_VERBS,
    _MASTHEAD_WORDS,
    _NOUNS_IN_LY,
    _OBJECT_OPENERS,
    _OUTLET_HEADS,
    _PEOPLE_NOUNS,
    _PERSON_ROLES,
    _POSSESSIVES,
    _PREPOSITIONS,
    _PRONOUNS,
    _REPORTING_PARTICIPLES,
    _SPAN_ENDS,
    _SPANS,
    _SPEECH_WORDS,
    _SUBORDINATORS,
    _TEXT_VERBS,
    _TEXTS_KEPT,
    _TIME_LEADS,
    _TITLE_GENDER,
    _TRAILING_ADVERBS,
    _plural_in_form,
    _verb_like,
    _words,
)

if TYPE_CHECKING:
    from summarizer.claims._context import (
        _Context,
    )


def _before_caption_verb(tokens: list[str]) -> list[str]:
    """The name before a caption's verb, a cue glued on after it or a reason ("Race winner
    Hamilton celebrates with the trophy" -> "Race winner Hamilton", "the Arizona DPS According
    to Facebook" -> "the Arizona DPS", "an online troll for not working" -> "an online
    troll"); a word printed twice, once ("Joshua Burns and and his
    wife")."""
    # (a name may be doubled: "Sirhan Sirhan", "Duran Duran")
    tokens = [t for i, t in enumerate(tokens) if i == 0 or t != tokens[i - 1] or not t.islower()]
    for index, token in enumerate(tokens[1:], start=1):
        if (token.islower() and token in _CAPTION_VERBS) or token == "According":
            return tokens[:index]
        following = tokens[index + 1] if index + 1 < len(tokens) else ""
        if token == "for" and (
            following == "not" or (following.islower() and following.endswith("ing"))
        ):
            return tokens[:index]  # a reason: "an online troll for not working due"
    return tokens


def _the_and_a_body(subject: str) -> bool:
    """ "The Department of Foreign Affairs and Trade": "the" and a capitalised name, whose
    words between capitals may be "of", "and" or "for", no title among them."""
    tokens = subject.split()
    return (
        len(tokens) > 1
        and tokens[0].lower() == "the"
        and tokens[-1][:1].isupper()
        and all(t[:1].isupper() or t in ("of", "and", "for", "&") for t in tokens[1:])
        and not any(_is_title_before_name(t) for t in tokens[1:])
    )


def _opens_description(segment: str) -> bool:
    """A segment that reads as a role: "the U.S. Attorney for …", "a student who …"."""
    first = segment.split(maxsplit=1)[0].lower() if segment.split() else ""
    return first in _DETERMINERS or first in _POSSESSIVES


_SUBORDINATE_OPENERS = _words(
    "after when because since before although though if that whereas until unless what"
)


def _named_only_as(segment: str) -> str | None:
    """The one name an aside gives a speaker the article does not name in full: "named only
    as Jassem", "who wanted to be identified as elizabeth" (not "named as the new manager",
    "known as Lamps to his teammates": a title or a nickname)."""
    match = _NAMED_AS.search(segment)
    if not match:
        return None
    name = match.group("name")
    if name.lower() in _FUNCTION_WORDS or name.lower() in _DETERMINERS:
        return None
    return name if is_plausible_source(name) or _lower_case_person([name]) else None


# A headline or a link to another story, as pages leave them between a story's lines: every
# word capitalised but the short ones, and no stop ("Video Shows Dramatic Rescue of Kidnapped
# Girl", "Man Shot at Dallas Gas Station Dies at Hospital").
_HEADLINE_SMALL_WORDS = _words(
    "a an and as at but by for from in into of on or over the to up vs with"
)


_HEADLINE_MIN_WORDS = 4


def _in_headline_case(text: str) -> bool:
    """Capitals there show a heading's style, not names: its opening words are no person
    ("Help Shape", "Video Shows Dramatic Rescue"), and nobody it names is who "he" means."""
    line = text.strip().rstrip("'\"’”)]")
    if not line or line[-1] in ".!?…:;,":
        return False
    words = [word.strip("'\"‘’“”()[],") for word in line.split()]
    words = [word for word in words if any(ch.isalpha() for ch in word)]
    if len(words) < _HEADLINE_MIN_WORDS:
        return False
    return (
        all(
            word[0].isupper() or word.lower() in _HEADLINE_SMALL_WORDS
            for word in words
            if word[0].isalpha()
        )
        and sum(word[0].isupper() for word in words) > len(words) // 2
    )


def _lost_capitals(text: str) -> bool:
    """Tokenised or lower-cased text, where a capital no longer tells a name from a word."""
    return _tokenised(text) or _in_lower_case(text)


# Tokenised text (spaced punctuation, as some corpora and feeds write it) may lower-case names
_TOKENISED = re.compile(r"\s[,.;:?!]\s|\s['’`]s?\s|``")


@lru_cache(maxsize=_TEXTS_KEPT)  # (asked about one sentence by many rules)
def _tokenised(text: str) -> bool:
    return _TOKENISED.search(text) is not None


_RELATIVE_AFTER_NAME = re.compile(
    r"(?P<name>(?:the\s+)?(?:[A-Z][\w’'.&-]*+\s+){0,3}[A-Z][\w’'.&-]*+),\s+(?:which|who)\s+$"
)


_PLACE_LEADS = _words("from of in near at")


_DAYS = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"


_MONTHS = r"""(?:january|february|march|april|may|june|july|august|september|october|november|
    december)"""


_TIME_AFTER = re.compile(rf"\s+(?:on\s+)?(?:{_DAYS}|yesterday|today|last\s+\w+)", re.I)


_TRAILING_TIME = re.compile(
    rf"""(?<=,)\s+(?:(?:last|this|earlier|later)\s+(?:week|month|year|night|weekend|season|
    {_DAYS})|(?:on\s+)?{_DAYS}|yesterday|today|earlier|recently|previously)(?=\s+$)""",
    re.IGNORECASE | re.VERBOSE,
)


_RELATIVE_ASIDE = re.compile(r",\s+(?:which|who|whose)\s")


# a relative aside after a comma, its verb and more words, never closed before the verb
_UNCLOSED_ASIDE = re.compile(r",\s+who\s+[a-z]+\s+[^,;:\"“”]++(?<=\s)$")


def _name_after_venue(place: list[str]) -> list[str] | None:
    """A name run into a venue by a caption's lost full stop: "… saved by Tom Heaton at
    Goodison Park Martinez insisted …" -> "Martinez", the subject of the verb after it."""
    for index, token in enumerate(place[:-1]):
        rest = place[index + 1 :]
        if (
            token.lower() in _VENUE_HEADS
            and index > 0
            and len(rest) <= 2
            and all(w[:1].isupper() and w[1:].islower() and not _is_organisation(w) for w in rest)
        ):
            return rest
    return None


_VENUE_HEADS = _words("park stadium road lane ground arena square centre center bridge")


_PARENTHESISED_INITIALS = re.compile(r"\s*\([A-Z][A-Za-z]{1,7}\)$")


def _apposition_naming_head(head: str, apposition: str, *, lower_case: bool) -> str | None:
    """The apposition when it names whom the head only describes: "The former officer ,
    johannes mehserle ," in lower-cased text, or one of a group, "One of these groups, the
    Syrian Democratic Forces (SDF),"."""
    if lower_case and _is_description(head) and _lower_case_person(apposition.split()):
        return apposition
    named_one = _PARENTHESISED_INITIALS.sub("", apposition)
    if head.lower().startswith("one of ") and (_is_name(named_one) or _the_and_a_body(named_one)):
        return named_one
    return None


def _name_after_lower_case_role(words: list[str]) -> str | None:
    """ "Maninder Thind" in "doctoral candidate Maninder Thind": a full name after lower-case
    words that describe the person, none a function word ("civil and environmental
    engineering professor Julian Marshall" keeps its "and")."""
    for index, word in enumerate(words):
        if word[:1].isupper():
            name = words[index:]
            described = words[:index]
            if (
                described
                and all(w.islower() and w.isalpha() for w in described)
                and not any(w in _FUNCTION_WORDS - {"and"} for w in described)
                and _is_personal_name(name)
            ):
                return " ".join(name)
            return None
    return None


def _two_people(role: str) -> bool:
    """ "Joshua Burns and his wife": a name or a person, and another person, not one role whose
    remit has an "and" in it ("The Trade and Industry Secretary")."""
    first, conjunction, second = role.partition(" and ")
    return bool(conjunction) and (_is_name(first) or _opens_description(second))


def _ends_in_a_person_noun(segment: str) -> bool:
    """ "his former wife", "her uncle", "the victim": a phrase ending in a word for a person."""
    last = (segment.split() or [""])[-1].lower().strip(".,")
    return last in _PEOPLE_NOUNS or last in _PERSON_ROLES or bool(re.fullmatch(_KIN, last))


def _is_role_phrase(segment: str) -> bool:
    """A role, with the body it serves or its remit after "of", "for", "at" or "to": "The
    Defence Minister", "Yallourn Energy mine manager", "The national secretary of the
    Australian Manufacturing Workers Union", "The former chief weapons inspector for the
    United Nations in Iraq"."""
    role = _role_part(segment)
    if role != segment and role.lower().endswith("head"):
        return True  # "The head of the US Central Command"
    return _ends_in_a_person_noun(role)


def _serves_a_body(segment: str) -> bool:
    """A role with the body or remit it serves after it: "a bond manager for a British
    securities house" (not a role alone, "a bond manager")."""
    return _role_part(segment) != segment and _is_role_phrase(segment)


def _role_part(segment: str) -> str:
    """The words before the body or remit a role serves: "The national secretary of the …" ->
    "The national secretary"."""
    return _REMIT_LEAD.split(segment, maxsplit=1)[0]


_REMIT_LEAD = re.compile(r" (?:of|for|at|to) ")


def _coordinated_names(segment: str) -> bool:
    """Two names joined by "and": "his son and daughter, Donavan and Donna Freberg," names
    both (the role before them is theirs)."""
    first, conjunction, second = segment.partition(" and ")
    return bool(conjunction) and _is_name(first) and _is_name(second)


# a segment ending in a place and the word before it that says so: "… in Norfolk"
_ENDS_IN_PLACE = re.compile(
    rf"\b(?:{'|'.join(sorted(_PLACE_LEADS))})\s+(?:[A-Z][\w'’.-]*+\s+){{0,2}}[A-Z][\w'’.-]*+$"
)


def _goes_on_placing(segment: str, following: str) -> bool:
    """Whether ``following`` is the larger place of the one ``segment`` ends in ("in
    Norfolk", "Virginia"; "in Washington", "DC"; "in Belfast", "Northern Ireland"): one
    capitalised word, or two that open as a region's name does."""
    words = following.split()
    if not 1 <= len(words) <= 2 or not all(w[:1].isupper() for w in words):
        return False
    if len(words) == 2 and words[0].lower() not in _REGION_LEADS:
        return False  # (two words may be a name: "…, Hawk Sawyer testified")
    # (one word may be a surname: "Speaking at a rally in Ohio, Trump said")
    if len(words) == 1 and not _is_acronym(words[0]) and words[0].lower() in _SURNAMES:
        return False
    return bool(_ENDS_IN_PLACE.search(segment))


_REGION_LEADS = _words(
    "new north south east west northern southern eastern western central greater upper lower"
)


def _group_before_names(segments: list[str]) -> str | None:
    """A group and the list of its members' names after it, ending in "and <name>": the
    group speaks, not its first member ("Three friends, Tom Brown, 21, Sam Green, 22, and Joe
    Black, 20, said"; "The Swedish cops Erik Näslund, 26, …, and Eric Jansberger, 28, said")."""
    named = [s for s in segments if not s.isdigit()]  # (ages go: "Sam Green, 22,")
    last = named[-1]
    if len(named) < 3 or not last.lower().startswith("and ") or not _is_name(last[4:]):
        return None
    head = _leading_phrase(named[0].split())
    for index in range(1, len(head)):
        if head[index - 1].islower() and head[index][:1].isupper():
            head = head[:index]  # the first member's name glued on: "The Swedish cops Erik …"
            break
    names = [s for s in named[1:-1] if _is_name(s)]
    if not names or not head or head[0].lower() not in _DETERMINERS or _is_name(" ".join(head)):
        return None
    return " ".join(head)


def _is_place_phrase(segment: str) -> bool:
    """ "of Upminster", "from Leeds": where a person is from, given after the name."""
    words = segment.split()
    return len(words) >= 2 and words[0] in _PLACE_LEADS and words[1][:1].isupper()


def _titled_full_name(segment: str) -> str | None:
    """ "study lead author Lucas Paganini" -> "Lucas Paganini": lower-case title words, then a
    name of two words or more."""
    words = segment.split()
    name = _trailing_name(segment) if words and words[0].islower() else None
    if not name or len(name.split()) < 2 or len(name.split()) >= len(words):
        return None
    before = words[: -len(name.split())]
    if any(w.lower() in _FUNCTION_WORDS or w.lower() in _DETERMINERS for w in before):
        return None  # "the mother of teenager Brianna Ghey": the name is someone else's
    return name if _is_title_word(before[-1]) else None


def _is_description(phrase: str) -> bool:
    """A role, not a name: "the former officer", "his manager", "her attorney" (a
    determiner or possessive, then up to three words)."""
    return 2 <= len(phrase.split()) <= 4 and _opens_description(phrase)


def _is_name(segment: str) -> bool:
    """Capitalised words only, the first not a function word: "Roscosmos", "Dr Pengfei Fan"
    (and a surname's particle between them: "Peter van Dijk")."""
    tokens = segment.split()
    if not tokens or len(tokens) > _MAX_NAME_WORDS or tokens[0].lower() in _FUNCTION_WORDS:
        return False
    return all(
        t[:1].isupper() or (0 < i < len(tokens) - 1 and re.fullmatch(_PARTICLES, t))
        for i, t in enumerate(tokens)
    )


def _is_aside(segment: str) -> bool:
    """An age, a relative clause or a participle phrase between a name and its verb."""
    first = segment.split(maxsplit=1)[0] if segment.split() else ""
    return (
        not first or first[:1].isdigit() or first.lower() in ("who", "which") or _verb_like(first)
    )


# (one writer's "I" and "my", and the reader's "you"; "we" and "our" are as often a body
# speaking: "We will appeal, it said")
_WRITER_OR_READER_OWNERS = frozenset({"my", "your"})
_WRITER_OR_READER = frozenset({"i", "you"})


def _leading_source(text: str, context: _Context) -> str | None:
    """The sentence's own subject: "In NSW, the Greens called …" -> "the Greens"."""
    segments = [s.strip() for s in text.split(",")]
    for segment in segments[:3]:
        if any(w.lower() in _SUBORDINATE_OPENERS for w in segment.split()[:2]):
            continue  # "… and when England come calling, you …": a subordinate clause
        tokens = _drop_leading(segment.split())
        while len(tokens) > 1 and tokens[0].lower() in _OPENING_ADVERBS:
            tokens = tokens[1:]  # "Soon afterwards she began …": the subject is "she"
        if not tokens or tokens[0][:1].isdigit():
            continue
        if all(t.lower() in _FUNCTION_WORDS for t in tokens):
            continue  # "However,"
        if _SPAN_OF_TIME.match(segment):
            continue  # "Ten minutes later, Benjamin Rhodes … offered": when, not who
        lowered = tokens[0].lower()
        if lowered in _PREPOSITIONS:
            continue
        if (lowered in _WRITER_OR_READER_OWNERS and len(tokens) > 1) or (
            lowered in _WRITER_OR_READER and not context.quote_open
        ):
            # "My toddler revealed …", "I kept using it after …", "You can say all you want
            # that …": the writer's own voice, or the reader's, outside any quotation, no one
            # the lines named
            return None
        if (
            lowered in _PRONOUNS
            and not _is_acronym(tokens[0])
            and not _surname_like_pronoun(tokens[:2])
        ):
            return _resolve_pronoun(text, len(text), tokens[0], context)
        if name := _name_apposed_to_role(tokens, segments):
            return _clean_source(name, context)
        return _clean_source(" ".join(_leading_phrase(tokens)), context)
    return None


def _opens_with_a_gerund(tokens: list[str]) -> bool:
    """A phrase that opens with a verb in -ing, no name ("Saying President Obama"; not
    "Fielding", "Browning", nor a given name before a surname, "Channing Tatum")."""
    first = tokens[0].lower()
    return (
        first.endswith("ing")
        and _verb_like(first)
        and first not in _SURNAMES
        and not _is_first_name(first)
        and not (
            len(tokens) > 1
            and _TRAILING_POSSESSIVE.sub("", tokens[1]).strip(",.").lower() in _SURNAMES
        )
        # (a name's next word is another name, "Ding Liren"; a gerund's object is a word, a
        # title and the name after it, "Saying President Obama", or a full name, "Criticising
        # Joe Biden")
        and (
            len(tokens) < 2
            or tokens[1].islower()
            or _is_title_before_name(tokens[1])
            or (len(tokens) > 2 and _is_first_name(tokens[1].lower()) and tokens[2][:1].isupper())
        )
    )


def _name_apposed_to_role(tokens: list[str], segments: list[str]) -> str | None:
    """The name set between commas after a subject that is only a role: "The Foreign Minister,
    Dr Abdullah, appeared …" is Dr Abdullah, as the guideline names a speaker."""
    if len(segments) < 3 or tokens != _drop_leading(segments[0].split()):
        return None
    role, *remit = _REMIT_LEAD.split(" ".join(tokens), maxsplit=1)
    words = [t.lower() for t in role.split() if t.lower() not in _DETERMINERS]
    # ("the head of" a body is its role too: "The head of the union, Bob Crow,")
    if not words or not (_is_role_word(words[-1]) or (remit and words[-1] == "head")):
        return None
    if len(words) > 4:
        return None
    if remit and (re.fullmatch(_KIN, words[-1]) or not _remit_is_a_body(remit[0])):
        # "a spokesman for the Interior Minister, Yunis Kanooni,", "The son of the former
        # President of Egypt, Hosni Mubarak,", "The mother of the schoolgirl, Milly Dowler,":
        # whose is the name? (a body's role is the role's: "The national secretary of the
        # Australian Manufacturing Workers Union (AMWU), Doug Cameron,")
        return None
    name = segments[1].split()
    return " ".join(name) if _is_personal_name(name) else None


def _remit_is_a_body(remit: str) -> bool:
    """A role's remit that is a body, by the head of its phrase (before its own "of" and any
    initials in brackets): "the Australian Manufacturing Workers Union (AMWU)", "the
    council", "the UN" (not "the former President of Egypt", "the owner of the club")."""
    bare = remit.split("(", maxsplit=1)[0].strip()
    head = _REMIT_LEAD.split(f" {bare} ", maxsplit=1)[0].split()
    if not head:
        return False
    last = head[-1].strip(",.")
    return _is_organisation(last) or last.lower() in _BODY_ROLES or _is_acronym(last)


def _is_partitive(kept: list[str]) -> bool:
    """ "One of …", "two of …": a subject that is a part of a group keeps its "of"."""
    return len(kept) == 1 and kept[0].lower() in ("one", "two", "three", "some", "several")


def _leading_phrase(tokens: list[str]) -> list[str]:
    """The words that open a clause up to its first verb or preposition: its subject."""
    kept: list[str] = []
    for index, token in enumerate(tokens[:_MAX_SOURCE_WORDS]):
        word = token.strip(",.'\"’").lower()
        following = tokens[index + 1] if index + 1 < len(tokens) else ""
        if word == "of" and kept and (following[:1].isupper() or _is_partitive(kept)):
            kept.append(token)  # "Bank of England", "One of her victims"
            continue
        if (
            word in ("and", "&")
            and kept
            and kept[0].lower() == "the"
            and kept[-1][:1].isupper()
            and following.istitle()
        ):
            # one body's name: "The Community and Public Sector Union has been critical" (not
            # two subjects: "Many Clouds and Aspell jump a fence")
            kept.append(token)
            continue
        adverb = token.islower() and word.endswith("ly") and word not in _NOUNS_IN_LY
        if index and (
            word in _FUNCTION_WORDS
            or word in _FINITE_VERBS
            or word in _PAST_FORMS
            # (a compound in -ed is an adjective: "Naomi's court-appointed attorney")
            or (_verb_like(token) and "-" not in token.strip("-"))
        ):
            break
        if index and adverb:
            break
        if _singular_verb_after_article(kept, token, following):
            break
        if index >= 2 and word in _TEXT_VERBS and kept[0].lower() in _OBJECT_OPENERS:
            break  # "The motion begins, adding that …": the motion
        kept.append(token)
    return kept


_OBJECT_STARTS = frozenset({*_POSSESSIVES, "that", "to", "it", "him", "them", "us", "me"})


def _singular_verb_after_article(kept: list[str], token: str, following: str) -> bool:
    """After "a" or "an" and one noun, or after a name, a word in -s that takes an object is
    the verb: "a man encourages his mother", "Apple defines the battery", "Cambiasso refuses
    to give up" (a plural cannot follow "a man"; "a local news report" goes on as a noun
    phrase, and after "the", "the union leaders" is one)."""
    after_article = (
        len(kept) == 2
        and kept[0].lower() in ("a", "an")
        and kept[1].islower()
        and kept[1].isalpha()
    )
    after_name = (
        bool(kept)
        and all(w[:1].isupper() and w.rstrip(".").isalpha() for w in kept)  # ("Mr. Trump")
        and token[:-1] not in _GROUP_HEADS  # "British Airways workers to strike"
    )
    if after_name and token in _LINKING_VERBS:
        return True  # "Mchenry seems unfussed, responding: '…'": a linking verb needs no object
    return (
        (after_article or after_name)
        and token.islower()
        and token.isalpha()
        and _plural_in_form(token)
        and (following.lower() in _OBJECT_STARTS or following.lower() in _DETERMINERS)
    )


# initials and abbreviations whose stops are not a sentence's: "U.S.", "P.", "Jr."
_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}|Jr\.|Sr\.|St\.")


_FORWARD_STOPS = _words(
    "who which that in on at as after when while before to from during about last this"
)


_SENTENCE_START_CAPITAL = re.compile(r"(?:^|[.!?:'\"‘“’”(]\s*)[A-Z]")


@lru_cache(maxsize=_TEXTS_KEPT)  # (asked about one sentence by several rules)
def _in_lower_case(text: str) -> bool:
    """A sentence written all in lower case but for its first letters (some corpora and
    feeds lower-case whole articles: "perry said", "said murray"): a name there cannot be
    told by its capital."""
    return len(text.split()) >= 5 and not _CAPITAL.search(
        _SENTENCE_START_CAPITAL.sub(" ", text.strip())
    )


_CAPITAL = re.compile("[A-Z]")


def _lower_case_name(tokens: list[str]) -> str | None:
    """In a lower-cased sentence, the bare words right next to a speech verb: a singular
    noun with no article can only be a name ("perry said", "said andy murray ,"), so one to
    three words that are not function words, verbs, adverbs or times are taken as one."""
    kept: list[str] = []
    for token in tokens[:3]:
        word = token.rstrip(",.;:!?'\"’”")
        lowered = word.lower()
        if (
            not word.replace("-", "").replace("'", "").isalpha()
            or lowered in _FUNCTION_WORDS
            or lowered in _FINITE_VERBS
            or lowered in _SPEECH_WORDS
            or lowered in _TIME_WORDS
            or lowered in _DETERMINERS
            or lowered in _REPORTING_PARTICIPLES
            or _verb_like(lowered)
            or (lowered.endswith("ly") and lowered not in _NOUNS_IN_LY)
        ):
            break
        kept.append(word)
        if word != token:
            break  # punctuation ends the name
    return " ".join(kept) if kept else None


def _forward_name_words(tokens: list[str]) -> list[str]:
    """The words of the name after an inverted verb, up to a stop, an affiliation or a
    clause word; none when a finite verb shows the words are what was said."""
    kept: list[str] = []
    for token in tokens:
        bare = token.rstrip(",.;:!?'\"’”")
        if bare == "of" and _is_personal_name(kept):
            break  # a person's affiliation: "said geologist Rosaly Lopes of NASA's JPL"
        if kept and bare.lower() in _FINITE_VERBS:
            return []  # "…, said the idea was …": the words after "said" are what was said
        if bare.lower() in ("from", "by") and kept and kept[-1].lower() in _DOCUMENTS:
            kept.append(bare)  # a document's author: "said a report from Kotak …"
            continue
        if kept and bare.lower() in _FORWARD_STOPS:
            break
        initials = bool(_INITIALS.fullmatch(token))
        kept.append(token if initials else bare)
        if bare != token and not _SHORT_TITLE.match(token) and not initials:
            # a stop ends the name, not a rank's ("said military spokesman Lt. Col. …") nor
            # initials' ("said U.S. Attorney Nealy Cox")
            break
    return kept


def _named_in(kept: list[str], *, group: bool) -> str:
    """The name that ends the words after an inverted verb, or all of them: a group keeps
    its place ("residents of New York"), unless a name follows a title ("police chief Tom
    Baker"); other words give way to a full name at their end ("CEO Neil Portnow")."""
    phrase = " ".join(kept)
    if _coordinated_names(phrase):
        return phrase  # both: "…,' said Helen Park and David Osei"
    name = _trailing_name(phrase) if kept[0].lower() not in _DETERMINERS else None
    if group and name:
        before = kept[len(kept) - len(name.split()) - 1]
        return name if _is_title_word(before) or _SHORT_TITLE.match(before + ".") else phrase
    return name if name and len(name.split()) >= 2 else phrase


# "Lt.", "Sgt.", "Gen.", "Dr.": a capital, a few lower-case letters and a full stop.
_SHORT_TITLE = re.compile(r"[A-Z][a-z]{1,4}\.$")


def _is_personal_name(tokens: list[str]) -> bool:
    """Two to four capitalised words, none a function word or a body's head noun ("Rosaly
    Lopes", not "Bank" nor "Secretary" nor "Ministry"), with the lower-case particles of a
    surname between them ("Arnel dela Vega", "Maria de la Cruz"): after it, "of" starts the
    person's affiliation, where after a title or a body it is part of the name ("Bank of
    England")."""
    return (
        2 <= len(tokens) <= _MAX_NAME_WORDS
        and all(
            (t[:1].isupper() and t.lower() not in _FUNCTION_WORDS)
            or (0 < index < len(tokens) - 1 and _PARTICLE.fullmatch(t) is not None)
            for index, t in enumerate(tokens)
        )
        and not _is_organisation(tokens[-1])
    )


_PARTICLE = re.compile(_PARTICLES)


def _title_modifier(tokens: list[str]) -> bool:
    """A word in -ing or -ed that opens a title rather than a clause: another title word
    follows it, then a name ("goalkeeping coach Tony Parks", "acting director Jo Ray"); a
    verb is followed by its object or an article instead ("adding the …")."""
    return (
        len(tokens) >= 3
        and tokens[0].isalpha()
        and _verb_like(tokens[0])
        and _is_title_word(tokens[1])
        and (tokens[2][:1].isupper() or _is_title_word(tokens[2]))
    )


def _is_title_word(token: str) -> bool:
    """A lower-case word that can stand before a name as its title: a noun, not a function
    word, a verb or an adverb."""
    word = token.lower()
    return (
        token.replace("-", "").isalpha()
        and token.islower()
        and word not in _FUNCTION_WORDS
        and word not in _FINITE_VERBS
        and word not in _TIME_WORDS
        and not _verb_like(token)
        and not word.endswith("ly")
    )


# an aside that says the speaker is kept unnamed: "who cannot be named", "asked not to be
# identified" (not "who has been named as the new manager")
_KEPT_UNNAMED = re.compile(
    r"(?:\bnot|\bcannot|n[’']t)\s+(?:to\s+)?be\s+(?:named|identified)\b", re.I
)


# the one name an aside gives: "named only as Jassem", "wanted to be identified as elizabeth"
_NAMED_AS = re.compile(
    r"""(?:\b(?:named|identified|known)\s+only\s+as|
    \b(?:wanted|wants|asked|asks|wished|wishes|preferred|prefers)\s+to\s+be\s+
        (?:named|identified|known)\s+(?:only\s+)?as)
    \s+(?P<name>[A-Za-z][\w'’-]*+)(?=\s*(?:[,.;)]|$))""",
    re.VERBOSE,
)


_RELATIVE = re.compile(r",?\s(?:who|whom|whose|which)\s")


_TEXT_NOUNS = _words(
    "statement letter message note post tweet email report memo memoir column blog"
)


def _its_texts_body(tokens: list[str], context: _Context) -> str | None:
    """The body whose own text or site "its" names: the subject of the sentence it is read in,
    when that is no person ("The court ordered …, according to its online docket"), else the
    body "it" takes up from before ("Its website said …" after the Foreign Office spoke)."""
    if len(tokens) < 2 or tokens[0].lower() != "its" or tokens[-1].lower() not in _OWN_TEXTS:
        return None
    its = _ITS.search(context.reading)
    own = context.reading[: its.start()] if its else ""
    subject = _leading_source(own, context) if own.strip() else None
    if subject and _names_a_body(subject) and not _name_goes_on(own, subject):
        return subject
    return context.pronoun("it")


def _name_goes_on(text: str, subject: str) -> bool:
    """Whether the words after a subject go on with its name ("The Royal Society for the
    Prevention of Cruelty to Animals", cut at "for"): then the subject is only part of it."""
    at = text.lower().find(subject.lower())
    following = text[at + len(subject) :].split()[:1] if at >= 0 else []
    return bool(following) and following[0].lower() in ("for", "of", "to", "and", "on", "at")


def _names_a_body(phrase: str) -> bool:
    """A body's name by its last word ("the Foreign Office", "Leeds City Council") or a body by
    its kind ("the court", "the council"), not a person nor a thing that has no pages of its own
    ("the new policy", "the 737 Max", "Shares of Tesla")."""
    words = phrase.split()
    if words[0].lower() == "the":
        words = words[1:]
    if len(words) == 1 and words[0].lower() in _BODIES_BY_KIND:
        return True
    return (
        bool(words)
        and all(w[:1].isupper() and w[:1].isalpha() for w in words)
        and _is_body_name(words)
        and not _looks_like_person(phrase)
    )


# the word "its", never the end of another word ("visits", "Summits")
_ITS = re.compile(r"\bits\b", re.IGNORECASE)


# the kinds of body a text or a site of "its" may be of
_BODIES_BY_KIND = _BODY_ROLES | _words(
    "court tribunal committee government school college union regulator"
)


# a body's own texts and pages, which speak for it
_OWN_TEXTS = _words(
    "website site statement statements report docket filing filings records page account feed"
)


# a person's own text, by the pronoun that owns it ("His report", "her latest statement")
_OWNED_TEXT = re.compile(
    rf"(?:his|her|their)\s+(?:[a-z]+\s+){{0,2}}(?:{'|'.join(sorted(_TEXT_NOUNS))})s?", re.I
)


# the office and the people that speak for someone as a body (one lawyer or spokesman is a
# person, named in the apposition after: "from the family's attorney, James Maron")
_OWN_STAFF = r"(?:office|campaign|lawyers|attorneys|legal\s+team|family)"


# someone's office or people, by the pronoun that owns them ("His office", "her lawyers")
_OWNED_STAFF = re.compile(rf"(?:his|her|their)\s+(?P<staff>{_OWN_STAFF})", re.I)


def _owner_as_named(owner: str, context: _Context) -> str:
    """The owner of a text that speaks, as the article named it: "the company's financial
    report" is the firm "the company said" would name, a firm the lines showed and never
    initials, which a regulator goes by ("The SEC said it had fined Boeing." and then "The
    company's statement said …" is no SEC's)."""
    kind = owner.split()
    described = context.description(kind) if len(kind) == 2 and kind[1].islower() else None
    if described and (described in context.firms or not _is_acronym(described.split()[-1])):
        return described
    return context.expand(owner)


def _text_owner(tokens: list[str]) -> str | None:
    """The named owner of a text that speaks: "Mr Katter 's statement", "Ms Clark's letter",
    "the company's financial report" (a word or two of its kind may come between)."""
    if len(tokens) < 2 or tokens[-1].lower() not in _TEXT_NOUNS:
        return None
    owner = tokens[:-1]
    for _ in range(2):
        if len(owner) > 1 and owner[-1].isalpha() and owner[-1].islower():
            owner = owner[:-1]  # "annual", "financial", "latest"
    if owner[-1] in ("'s", "’s"):
        owner = owner[:-1]
    elif owner[-1].endswith(("'s", "’s")):
        owner = [*owner[:-1], owner[-1][:-2]]
    else:
        return None
    if len(owner) == 2 and owner[0].lower() == "the" and owner[1].lower() in _BODIES_BY_KIND:
        return f"the {owner[1].lower()}"  # "The council's report said": the council's words
    if not owner or not all(word[:1].isupper() for word in owner):
        return None
    return " ".join(owner)


def _data_issuer(tokens: list[str]) -> str | None:
    """The body whose figures speak, named before them: "Labor Department figures" -> "the
    Labor Department", "Federal Election Commission data" (a name that ends in a body's kind;
    not "U.S. Census figures" or "court records", which name no body that speaks)."""
    if len(tokens) < 3 or tokens[-1].lower() not in _DATA_HEADS:
        return None
    name = tokens[1:-1] if tokens[0].lower() == "the" else tokens[:-1]
    return _body_with_the(" ".join(name))


def _issuer_named_before(tokens: list[str], context: _Context) -> str | None:
    """The body a text is named by, when the article named that body before: "the embassy
    report" after "The U.S. Embassy said", "The Treasury statement" after "The U.S. Treasury
    said", "a fire service statement" after "North Wales Fire and Rescue Service". The words
    before the text must be capitalised or end in a word for a body's kind ("the new report"
    names no "New York Times"), and name the body as ``_names_the_body`` reads it, and no
    other body the article named ("a university statement" after two universities). An
    unnamed source's or a spokesman's is no body's ("A Treasury source said …" and then "The
    Treasury statement"), nor is a paper's word alone ("The Times report")."""
    if not 3 <= len(tokens) <= 5 or tokens[0].lower() not in ("the", "a", "an"):
        return None
    text = tokens[-1]
    if not text.islower() or (
        # (a capitalised one is a name's own word: "the New York Post")
        text not in _TEXT_NOUNS | _DOCUMENTS and text.removesuffix("s") not in _TEXT_NOUNS
    ):
        return None
    named_by = tokens[1:-1]
    if not (all(word[:1].isupper() for word in named_by) or named_by[-1].lower() in _BODY_ROLES):
        return None
    # (a paper's last word alone is that paper's only: "A Guardian analysis" after The
    # Guardian, but "The Times report" is The Times's as much as The New York Times's)
    masthead = len(named_by) == 1 and re.fullmatch(_MASTHEAD_WORDS, named_by[0])
    named: dict[str, str] = {}  # the latest way each body was written
    for body in [*reversed(context.speakers), *reversed(context.bodies)]:
        bare = body.lower().removeprefix("the ")
        if masthead and bare != named_by[0].lower():
            continue
        if _names_the_body(named_by, body.split()) and not (
            context.surely_a_person(body) or _ONE_DESCRIBED.match(body)
        ):
            named.setdefault(bare, body)
    latest = next(iter(named.values()), None)
    # (by its kind, two bodies named are neither for sure: "a university statement" after
    # Oxford University and Cambridge University; a name's own last words are one body's,
    # however it was written: "Envisional", "Web tracking company Envisional")
    return latest if len(named) == 1 or not named_by[-1].islower() else None


def _names_the_body(named_by: list[str], name: list[str]) -> bool:
    """Whether the words before a text name that body: its last words ("Treasury" of "The
    U.S. Treasury", "Times" of "The New York Times", "Envisional" of "Web tracking company
    Envisional"; not "UK" of "The UK Health Security Agency" nor "Met" of "The Met Office"),
    or, in lower case, the word of its kind and others of its name ("fire service" of "North
    Wales Fire and Rescue Service", "bank" of "The Bank of England"). ("The House report"
    after "The White House said" is a miss this leaves.)"""
    lowered = [word.lower() for word in name]
    if all(word.islower() for word in named_by):
        head = _body_head(" ".join(name))
        return named_by[-1] == head and set(named_by) <= set(lowered)
    tail = [word.lower() for word in named_by]
    return lowered[-len(tail) :] == tail


def _body_with_the(name: str) -> str | None:
    """A body's capitalised name that ends in a kind English names with "the", as the speaker:
    "Federal Election Commission" -> "the Federal Election Commission" (not "Quinnipiac
    University", "Lloyds Bank", "Kent County Council" or "Zillow Group", which go without it,
    nor "Labour Party figures", who are people). A word that only tells which figures they
    are opens no name: "Preliminary Commerce Department estimates" are the Commerce
    Department's."""
    words = name.split()
    if words and words[0].lower() in _RANKS_OF_PEOPLE:
        return None  # "Senior Justice Department figures said": people of it, not its data
    while words and words[0].lower() in _FIGURES_OF_A_KIND:
        words = words[1:]
    if len(words) < 2 or words[-1].lower() not in _KINDS_WITH_THE:
        return None
    if not all(word[:1].isupper() or word in ("of", "for", "and", "&") for word in words):
        return None
    return "the " + " ".join(words)


# kinds of body whose names English gives a "the": "the Labor Department", "the Resolution
# Foundation", "the Walt Disney Company"
_KINDS_WITH_THE = _words(
    "department commission ministry agency foundation company administration bureau authority"
)

# words before a body's figures that tell which figures they are, no part of its name
# (not "New" or "Early", which open names: "New Zealand Transport Agency figures")
_FIGURES_OF_A_KIND = _words(
    "latest internal preliminary provisional official leaked recent final revised initial "
    "updated annual monthly quarterly weekly unpublished"
)

# words that make a body's "figures" its people: "Senior State Department figures said"
_RANKS_OF_PEOPLE = _words("senior leading top prominent key several some")


# the name a described person goes by, given right after the description: "The man who calls
# himself Abu Mohammad", "a man known as Nick", "a woman named Dawn", "a neighbour who gave
# his name as Tony" (the article's only name for them is who they are to a reader; a name
# before it keeps its own, "Lampard, known as Lamps")
_NAME_GONE_BY = re.compile(
    r"""^(?:the|a|an|one)\s+(?:[a-z][\w-]*+\s+){0,2}?(?P<noun>[a-z]++)\s*,?\s+
    (?:who\s+(?:calls|called)\s+(?:himself|herself)|(?:who\s+)?(?:goes|went)\s+by|
        (?:who\s+)?(?:gave|gives)\s+(?:his|her)\s+name\s+(?:only\s+)?as|
        (?:known|named|called|identified)(?:\s+only)?(?:\s+as)?)
    \s+(?P<name>[A-Z][\w'’-]*+(?:\s+[A-Z][\w'’-]*+){0,2})\s*,?$""",
    re.VERBOSE,
)


# a body that names itself: "A group calling itself the Islamic Front", "The group, which
# calls itself ShadeNet," (its own name, not one others give it: "a group called X")
_SELF_NAMING = r"""\b(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?P<noun>group|organi[sz]ation|movement|
    militia|network|collective|faction|outfit|cell|gang)\s*,?\s+(?:(?:which|that|who)\s+
    (?:calls|called)\s+(?:itself|themselves)|calling\s+(?:itself|themselves))\s+
    (?P<name>(?:the\s+)?(?-i:[A-Z])[\w'’.-]*+
        (?:\s+(?:(?:of|for|and|against)\s+(?:the\s+)?)?(?-i:[A-Z])[\w'’.-]*+){0,4})"""
_SELF_NAMED = re.compile(_SELF_NAMING, re.VERBOSE | re.IGNORECASE)
_CALLS_ITSELF = re.compile(rf"^{_SELF_NAMING}\s*,?$", re.VERBOSE | re.IGNORECASE)


def _name_gone_by(phrase: str) -> str | None:
    if own := _CALLS_ITSELF.match(phrase):
        return own.group("name")
    match = _NAME_GONE_BY.match(phrase)
    if not match:
        return None
    noun = match.group("noun")
    if noun not in _PERSON_ROLES and noun not in _PEOPLE_NOUNS:
        return None  # a thing's name: "a horse named Shutthefrontdoor", "a group called X"
    name = match.group("name")
    return name if is_plausible_source(name) else None


def _named_with_its_s(word: str, text: str) -> bool:
    """Whether a capitalised word in "'s" is a name of its own, no owner: a verb of saying or a
    stop right after it in ``text`` ("McDonald's said", "…, Moody's said", "according to
    Standard & Poor’s."), not the thing owned ("Smith's claims") nor a body's "has" ("The
    government's said")."""
    if not word[:1].isupper() or not word.endswith(("'s", "’s")):
        return False
    start = text.find(word)
    while start >= 0:
        if _AFTER_A_NAME.match(text, start + len(word)):
            return True
        start = text.find(word, start + 1)
    return False


# what follows a name in "'s" that owns nothing: a stop, or a verb of saying
_AFTER_A_NAME = re.compile(
    r"\s*(?:[.;:!?]\s*$|,)|\s+(?:said|says|told|tells|reported|reports|added|adds|announced|"
    r"announces|confirmed|confirms|warned|warns|stated|noted|wrote)\b"
)


def _clean_source(phrase: str | None, context: _Context) -> str | None:
    """A phrase made into a source a reader can believe, or None."""
    if not phrase:
        return None
    if gone_by := _name_gone_by(_tidy(phrase)):
        return context.expand(gone_by)
    # a relative clause describes the speaker, it does not name them: "Officials who spoke
    # on condition of anonymity" -> "Officials"
    phrase, *relative = _RELATIVE.split(phrase, maxsplit=1)
    # a capitalised "The" and a name after a name start a new phrase, glued on by a lost stop:
    # "… by Govaert Flinck The FBI and U.S. Attorney's Office declined"
    if glued := list(_GLUED_THE.finditer(phrase)):
        phrase = phrase[glued[-1].end() :]
    phrase = _tidy(phrase)
    if relative and _KEPT_UNNAMED.search(relative[0]) and is_plausible_source(phrase):
        # "The young woman, who cannot be named, said": someone the article keeps unnamed,
        # not the person it named last
        return phrase
    if relative and phrase.split()[-1:] and phrase.split()[-1].lower() in _TITLE_ROLE_WORDS:
        # "The doctor who performed the surgery said": the relative clause tells another
        # holder of the title than the one named before
        return _tidy(phrase) if is_plausible_source(_tidy(phrase)) else None
    return _source_of_words(phrase, context)


def _source_of_words(phrase: str, context: _Context) -> str | None:
    """A speaker's phrase, with no relative clause left, made into a source: a pronoun or a
    role the article named, a document's author or owner, else the phrase itself."""
    tokens = _before_caption_verb(_drop_auxiliaries(_drop_leading(phrase.split())))
    if not tokens:
        return None
    if len(tokens) == 1 and tokens[0].lower() in _PRONOUNS and not _is_acronym(tokens[0]):
        return context.pronoun(tokens[0])
    if (
        tokens[-1].endswith(("'s", "’s"))
        and len(tokens[-1]) > 3
        and not _named_with_its_s(tokens[-1], context.reading)
    ):
        # "Smith's claims are unproven": Smith; "the ministry's claim": the ministry
        tokens[-1] = tokens[-1][:-2]
    phrase = _tidy(" ".join(tokens))
    if (authored := _AUTHORED.match(phrase)) and (
        authored.end() == len(phrase)
        or phrase.startswith(" for ", authored.end())
        or _TIME_AFTER.fullmatch(phrase, authored.end())  # "… police Friday"
    ):
        # "a report by the IEA": the IEA speaks ("a poll by YouGov for The Times": YouGov)
        return _tidy(_TRAILING_POSSESSIVE.sub("", authored.group("by")))
    if owner := _text_owner(tokens) or _data_issuer(tokens):
        return _owner_as_named(owner, context)  # "Mr Katter's statement reads": Mr Katter
    if issuer := _issuer_named_before(tokens, context):
        return issuer
    if owner := _pronoun_owner(tokens, context):
        return owner
    if body := _its_texts_body(tokens, context):
        return body
    if described := context.unnamed_one_taken_up(tokens) or context.description(tokens):
        return described
    if (
        _is_person_role(tokens)
        # (a name the article gave in full is the name given: "The 74-year-old Netanyahu")
        and not (tokens[-1][:1].isupper() and tokens[-1].lower() in context.full_names)
        # (someone's relative is not the person last named: "The victim's mother testified")
        and not (
            any(_TRAILING_POSSESSIVE.search(t) for t in tokens[1:-1])
            and re.fullmatch(_KIN, tokens[-1].lower())
        )
        and (person := context.role(tokens[-1].lower(), qualified=len(tokens) > 2))
    ):
        return person
    phrase = context.expand(context.without_caption(_trimmed(phrase)))
    if spokesperson := (
        _speaking_for_described(tokens, context)
        or _speaking_for_kind(tokens, context)
        or context.spokesperson(phrase.split(), context.reading)
    ):
        return spokesperson
    if person := _owned_person(phrase):
        return person
    return phrase if is_plausible_source(phrase) else None


def _pronoun_owner(tokens: list[str], context: _Context) -> str | None:
    """ "His report, published in July, found", "according to her memoirs": the one "his" or
    "her" takes up, a name before it in the sentence first; "His office said" is that one's
    office, when the article showed a person of that gender ("their lawyers" stay as they
    are: a group's or a person's)."""
    staff = _OWNED_STAFF.fullmatch(owned := " ".join(tokens))
    if not staff and not _OWNED_TEXT.fullmatch(owned):
        return None
    gender = _GENDERED.get(tokens[0].lower())  # "he" for "his", "she" for "her"
    pronoun = gender or "they"
    at = context.reading.find(owned)
    owner = (
        _resolve_pronoun(context.reading, at, pronoun, context)
        if at > 0
        else context.pronoun(pronoun)
    )
    if owner and staff:
        # (only a person the article showed of that gender: not a group, a club or a firm
        # that spoke last, "Prosecutors's family", nor a place, "United States's family")
        lowered = owner.lower()
        person = (
            gender is not None
            and context.gender_of(owner) == gender
            and _looks_like_person(owner)
            and lowered not in context.places
            and lowered not in _COUNTRY_FULL_NAMES
        )
        return f"{owner}'s {staff.group('staff')}" if person else None
    return owner


_OWNED_PERSON = re.compile(
    r"(?<![\w.&'’-])(?:[A-Z][\w.&-]*+\s+){0,4}[A-Z][\w.&-]*+['’]s\s+"
    r"(?P<name>[A-Z][\w'’-]++(?:\s+[A-Z][\w'’.-]++){1,2})"
)


def _owned_person(phrase: str) -> str | None:
    """A person's full name after the capitalised owner they work for or belong to: the
    owner describes them, as an apposition would ("Labour's Ed Balls", "CNN's Elizabeth
    Joseph"); "Britain's Queen Elizabeth II" or "AMR Corp's American Airlines" name no
    first name after it."""
    owned = _OWNED_PERSON.fullmatch(phrase)
    if owned and _is_first_name(owned.group("name").split()[0].lower()):
        return owned.group("name")
    return None


def _speaking_for_described(tokens: list[str], context: _Context) -> str | None:
    """ "A spokesman for the department" right after "The Immigration Department says": the
    body the description names, when it spoke in the sentence before, is who the speaker
    speaks for, and a reader is shown it ("a spokesman for the Immigration Department")."""
    if len(tokens) < 4 or tokens[-3].lower() != "for" or tokens[-2].lower() != "the":
        return None
    if tokens[-1].lower() not in _BODY_ROLES:
        return None
    body = context.description(tokens[-2:])
    if not body or body != context.last_source:
        # (only the body that spoke in the sentence before: "the bank" may be another named
        # since, "Barclays said … HSBC cut 2,000 jobs … A spokesman for the bank said")
        return None
    # (its "The" is no name's first word inside the phrase: "… for the Immigration Department")
    body = f"the {body[4:]}" if body.startswith("The ") else body
    return f"{' '.join(tokens[:-2])} {body}"


# who speaks for a body without a name of their own
_BODY_VOICES = _words("spokesman spokeswoman spokesperson official officer executive")


def _speaking_for_kind(tokens: list[str], context: _Context) -> str | None:
    """ "A company spokesman" after "Daimler-Benz AG said": the body "the company" means is
    the one the speaker speaks for, and a reader is shown it ("a Daimler-Benz AG
    spokesman"), as the article would name a spokesman of a body it had not named before."""
    if len(tokens) != 3 or tokens[0].lower() not in ("a", "an", "the"):
        return None
    kind, voice = tokens[1].lower(), tokens[2].lower()
    if kind not in _BODY_ROLES or voice not in _BODY_VOICES:
        return None
    body = context.description(["the", kind])
    if not body or body.lower().startswith("the ") or body == context.outlet:
        return None  # (not the paper that reports the story: "(Reuters) — …")
    if not context.is_shown_a_firm(body) or body != context.last_source:
        # (a lone name that spoke is no firm for it: "Greenpeace said the oil company had
        # ignored warnings … A company spokesman said …" is the oil company's; nor a firm
        # that spoke before the story moved on to another)
        return None
    article = (
        tokens[0].lower()
        if tokens[0].lower() == "the"
        else ("an" if body[:1].lower() in "aeiou" else "a")
    )
    return f"{article} {body} {voice}"


_GLUED_THE = re.compile(
    r"\b[A-Z][\w’'-]*\s+(?=The\s+[A-Z])"
    # … and a capitalised "A" after a lower-case word: "Scroll down for video A young woman
    # who …" (not "The": "a report by the United Nations The number of fighters")
    r"|(?<=[a-z])\s+(?=(?:A|An)\s+[a-z])"
)


def _trimmed(phrase: str) -> str:
    """The phrase without a time adverb before it ("Yesterday Mr Hussen"), an adverb after
    it ("President Ashraf Ghani first") or the verb a new clause starts with ("Fowler came")."""
    tokens = phrase.split()
    if _opens_with_participle(tokens):
        # "Defending the decision a spokeswoman": the noun phrase after the participle's object
        articles = [
            i for i, t in enumerate(tokens[2:-1], start=2) if t.lower() in ("a", "an", "the")
        ]
        tokens = tokens[articles[-1] :] if articles else tokens
    while len(tokens) > 1 and tokens[0].lower() in _LEADING_TIMES:
        tokens = tokens[2:] if tokens[1].lower() in _TIME_WORDS else tokens[1:]
    if (
        len(tokens) > 1
        and tokens[0] in _CUT_SPANS
        and tokens[1].isalpha()
        and tokens[1].lower() not in _INDEFINITES
    ):
        tokens = tokens[1:]  # the rest of a time cut short: "[this] month scientists"
    if len(tokens) > 2 and tokens[0].lower() in _SPANS and tokens[1].lower() in _SPAN_ENDS:
        tokens = tokens[2:]  # "Days earlier Bloomberg", "Weeks later the council"
    while len(tokens) > 1 and tokens[-1].lower() in _TRAILING_ADVERBS:
        tokens.pop()
    for index, token in enumerate(tokens[1:], start=1):
        if token in _IRREGULAR_PASTS:
            tokens = tokens[:index]
            break
    return " ".join(tokens) if tokens else phrase


def _resolve_pronoun(text: str, position: int, word: str, context: _Context) -> str | None:
    """ "he", "she", "they" point to a name earlier in the same sentence, else to the last
    person ("he", "she") or speaker ("they") of the article."""
    # one capitalised word opens many sentences ("Prison officials …, she said"): it is the
    # person only when the article gave it as part of a full name
    if (
        (name := _mentioned_name(text[:position], owner=False))
        and is_plausible_source(name)
        and (
            " " in name
            or name.lower() in context.full_names
            or context.surname_acting(name, text[:position])
            or (
                _opens_a_joined_clause(text[:position], word)
                and context.subject_a_pronoun_takes_up(name, text[:position], word)
            )
        )
    ):
        return context.expand(name)
    if titled := _titled_name_before(text[:position], word):
        return titled
    if opening := _opening_subject(text[:position], word, context):
        return opening
    if word.lower() == "they" and (group := _plural_subject(text[:position])):
        return group
    if (person := context.pronoun(word)) and _TRAILING_POSSESSIVE.search(person):
        # a person first met as an owner ("Mrs Christie's departure …") is still that person
        return _TRAILING_POSSESSIVE.sub("", person)
    return person


# the words that open a clause joined inside the sentence, right before its pronoun: "… but
# she said", "… when he claimed", "…, which he said" (not a tag set off after a clause, ",
# he said")
_JOINED_CLAUSE_END = re.compile(
    r"\b(?:and|but|yet|when|as|after|because|while|although|though|since|which|until)\s+$"
)


def _opens_a_joined_clause(before: str, pronoun: str) -> bool:
    """Whether the pronoun ending ``before`` (or right after it) opens a joined clause."""
    before = before.rstrip()
    if before.lower().endswith(pronoun.lower()):
        before = before[: -len(pronoun)]
    return _JOINED_CLAUSE_END.search(before) is not None


# A sentence that opens with people in the plural and their verb: "Firefighters extinguished
# the blaze, which they said …", "The protesters have vowed …, they said"
_PLURAL_OPENING = re.compile(
    r"(?P<group>(?:(?:The|the)\s+)?(?:[a-z-]+\s+)?(?i:firefighters|firemen|police|officers|"
    r"officials|authorities|investigators|detectives|prosecutors|lawyers|doctors|nurses|"
    r"paramedics|rescuers|residents|neighbours|neighbors|villagers|locals|witnesses|"
    r"researchers|scientists|experts|analysts|campaigners|activists|protesters|protestors|"
    r"organisers|organizers|teachers|parents|students|relatives|families|workers|employees|"
    r"soldiers|troops|guards|players|fans|critics|economists|engineers))\s+"
    # an active verb only: who were evacuated or spotted did not speak
    r"(?:have\s+|had\s+)?(?!been\b)[a-z]+ed\b"
)


def _plural_subject(before: str) -> str | None:
    """People in the plural who open the sentence as its subject, whom a later "they" in it
    means rather than someone from an earlier sentence."""
    opening = _PLURAL_OPENING.match(before)
    if not opening or opening.group("group").split()[-1].lower() in _SPEECH_WORDS:
        return None
    return opening.group("group")


def _opening_subject(before: str, pronoun: str, context: _Context) -> str | None:
    """The subject of the clause a sentence opens with, whom a later pronoun of its gender
    means: "When David Cameron visited the White House, he insisted …"."""
    opener = _NAME_AFTER_OPENER.match(before)
    if not opener or pronoun.lower() not in _GENDERED:
        return None  # ("they" may be anyone's: "When Barack Obama's aides arrived, they said")
    name = opener.group("name")
    if " " not in name and name.lower() not in context.full_names:
        return None
    name = context.expand(name)
    wanted = _GENDERED.get(pronoun.lower())
    first = name.split()[0].lower()
    gender = context.gender.get(name) or (_FIRST_NAME_GENDERS.get(first) if " " in name else None)
    return name if not wanted or gender in (None, wanted) else None


# a name right after the subordinator a sentence opens with, acting: "When David Cameron
# visited …", "After Smith left …"
_NAME_AFTER_OPENER = re.compile(
    r"(?:When|After|As|Before|While|Although|Though|Since|Once|If|Because|Until|By\s+the\s+time)"
    r"\s+"
    # (not an owner: "When Jane Smith's parents divorced")
    r"(?P<name>[A-Z][\w-]*+(?:\s+[A-Z][\w-]*+){0,2})\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|s)\b"
)


_TITLED_NAME = re.compile(r"\b(?P<title>mr|mrs|ms|miss)\.?\s+(?P<name>[a-z][\w’'-]*+)")


def _titled_name_before(text: str, pronoun: str) -> str | None:
    """In lower-cased text, a titled name earlier in the sentence whose title agrees with the
    pronoun: "sandy left ms diano homeless , she said" -> "ms diano"."""
    wanted = _GENDERED.get(pronoun.lower())
    if not wanted or not _in_lower_case(text):
        return None
    for match in reversed(list(_TITLED_NAME.finditer(text))):
        if _TITLE_GENDER[match.group("title")] == wanted and _lower_case_name(
            [match.group("name")]
        ):
            return f"{match.group('title')} {match.group('name')}"
    return None


_DOCUMENTS = _words("report study survey poll research analysis paper review data findings")


_NAME_WORD = r"[A-Z][\w’'.&-]*+"


# a title a person's name carries, and the role it makes them: "Dr Ram Manohar" is "the doctor"
_TITLE_ROLES = {
    "dr": "doctor",
    "prof": "professor",
    "professor": "professor",
    "judge": "judge",
    "gov": "governor",
    "governor": "governor",
    "sen": "senator",
    "senator": "senator",
    "det": "detective",
    "detective": "detective",
    "sgt": "sergeant",
    "sergeant": "sergeant",
    "insp": "inspector",
    "inspector": "inspector",
    "capt": "captain",
    "rev": "reverend",
    "prince": "prince",
    "princess": "princess",
    "duke": "duke",
    "duchess": "duchess",
    "president": "president",
    "mayor": "mayor",
    "chancellor": "chancellor",
    "archbishop": "archbishop",
    "cardinal": "cardinal",
    "adm": "admiral",
    "admiral": "admiral",
    "col": "colonel",
    "colonel": "colonel",
    "coroner": "coroner",
}


_TITLE_ROLE_WORDS = frozenset(_TITLE_ROLES.values())


# Words a news outlet named before goes by ("the newspaper reported", "the wire service said")
# ("the paper" is as often a study's: not here)
_OUTLET_WORDS = _words(
    "newspaper tabloid magazine site website outlet publication broadcaster radio television"
)


_OUTLET_PAIRS = frozenset({"wire service", "news agency", "news site", "news outlet"})


def _names_an_outlet(tokens: list[str], outlet: str) -> bool:
    """ "the newspaper", "the wire service": a description of ``outlet`` (a paper is no
    "site": "the news site" after "TMZ" and "The New York Daily News" is TMZ)."""
    words = [t.lower().strip(",.") for t in tokens[1:]]
    if tokens[0].lower() != "the" or not words or any(t[:1].isupper() for t in tokens[1:]):
        return False
    if words[-1] in ("site", "website") and re.search(rf"\b{_OUTLET_HEADS}$", outlet):
        return False
    if words[-1] == "paper":
        return bool(re.search(rf"\b{_OUTLET_HEADS}$", outlet))  # "The Journal": "the paper"
    return words[-1] in _OUTLET_WORDS or " ".join(words[-2:]) in _OUTLET_PAIRS


_OWN_PAGES = r"(?:official\s+)?(?:website|site|page|account|blog|feed|channel|profile)\b"

# who speaks for one person or body, named by whom they speak for: "her attorney"
_SPEAKS_FOR_WORDS = (
    "lawyer",
    "attorney",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "representative",
    "publicist",
    "agent",
)
_SPEAKS_FOR = rf"(?:{'|'.join(_SPEAKS_FOR_WORDS)})"

# a force or an office a document comes from, written lower-case: "a statement from police"
_LOWER_CASE_BODIES = r"(?:police|prosecutors|authorities|officials|investigators|organi[sz]ers)"


_AUTHORED = gated(
    re.compile(
        rf"""\b(?:(?i:a|an|the|its|their|another|this|that|these|those)\s+(?:[\w’'-]++\s+){{0,2}}?
    (?P<doc>report|study|survey|
    analysis|paper|review|poll|audit|letter|statement|complaint|lawsuit|filing|memo|article|
    release|document|graph|chart|figures|statistics|estimates|results|numbers|data|findings|
    reports|studies|statements|transcript|transcripts|test|tests)|
    # mass nouns and plurals need no article: "according to research by YouGov", "according
    # to figures released by the Office for National Statistics"
    # ("Preliminary tests by Digital Foundry reveal …": which ones, before them)
    (?:(?i:preliminary|initial|early|new|latest|recent|independent|official)\s+)?
    (?P<mass>(?i:research|data|findings|analysis|figures|statistics|estimates|details|results|
        numbers|records|documents|reports|announcements|statements|tests))|
    # reports a body received or gathered are the ones it vouches for: "according to credible
    # reports received by Amnesty"
    (?:(?i:[a-z-]++)\s+)?(?P<gathered>(?i:reports|accounts|testimon(?:y|ies)))(?=\s+(?i:received|
        gathered|collected)\b))
    # (what the document is of, when a participle then gives its maker: "according to
    # details of the ceremony released by members of the movement")
    (?:\s+(?:of|on|about|into)\s+(?:the\s+)?(?:[\w’'-]++\s+){{0,2}}?[\w’'-]++(?=,?\s+
        (?:carried\s+out|conducted|published|commissioned|compiled|released|issued|provided|
        prepared|produced)\s))?
    ,?\s+(?:(?:carried\s+out|conducted|published|commissioned|compiled|funded|received|
        gathered|collected|released|issued|provided|put\s+out|prepared|produced)\s+
        # (and when: "a statement released Monday from the family's attorney")
        # ("released Wednesday night by the Senate Judiciary Committee")
        (?:(?i:(?:on\s+)?{_DAYS}(?:\s+(?:morning|afternoon|evening|night))?|yesterday|today|
            last\s+(?:week|month|year|night)|in\s+(?:{_MONTHS}|\d{{4}}))\s+)?)?
    (?:(?:by|from)\s+|
    # a journal's paper is the journal's: "a case report published in the journal BMJ Case
    # Reports"
    (?<=published\s)in\s+(?:the\s+)?(?i:journal|magazine)\s+(?=[A-Z])|
    # a paper's report is the paper's: "a report in the Argus Leader of Sioux Falls"
    in\s+(?=(?:the\s+)?(?:{_NAME_WORD}\s+){{0,3}}{_OUTLET_HEADS}\b)|
    # a statement on someone's own site is theirs: "a statement on Brownback's website" (not
    # "a review on Amazon's website", a customer's)
    (?:(?<=statement\s)|(?<=post\s)|(?<=message\s)|(?<=release\s))
    on\s+(?=(?:{_NAME_WORD}\s+){{0,3}}[A-Z][\w.&-]*+['’]s\s+{_OWN_PAGES}))
    # (a body's name may hold "for" or "and": "the Institute for Fiscal Studies"; a client
    # after "for the" is not part of it: "a poll by YouGov for The Times")
    # (a capitalised article after a name opens the next sentence, glued on by a lost stop:
    # "a report by the United Nations The number of fighters …")
    # (someone's office or people speak for them as a body: "a statement released by
    # Erdogan's office", "… from the mayor's office")
    (?P<by>(?:the\s+)?(?:{_NAME_WORD}\s+){{0,3}}?[\w.-]+['’]s\s+{_OWN_STAFF}\b|
    # one who speaks for another, owned ("from the family's attorney", "by his lawyer"): the
    # name apposed to the role, if any, is read after
    (?:(?i:his|her|their|its)|(?:the\s+)?(?:[\w-]+\s+){{0,2}}?[\w.-]+['’]s)\s+
        {_SPEAKS_FOR}\b|
    # people of a body or a family, as a group ("details released by members of the Hare
    # Krishna movement", "a statement from relatives of the victim")
    (?:(?i:the)\s+)?(?i:members|relatives|supporters|representatives|leaders|organi[sz]ers)
        \s+of\s+(?:(?i:the|his|her|their)\s+)?
        (?:{_NAME_WORD}(?:\s+(?:(?:of|and)\s+(?:the\s+)?)?{_NAME_WORD}){{0,4}}
        (?:\s+(?:movement|group|party|campaign|family|community|church|union))?
        |(?:family|victim|victims|group|movement|campaign)\b(?!['’]))|
    # a force or an office written lower-case ("a statement from police")
    # (not one of its officers, its department or its union: "police chief John Smith",
    # "the police department", "police officers' union")
    (?:(?i:the)\s+)?(?:local\s+|state\s+|federal\s+)?{_LOWER_CASE_BODIES}\b(?!['’])
        (?=\s*(?:[,.;:]|$)|\s+(?:in|on|at|to|and|or|said|says|that|which|who|about|after|
        over|late|earlier|last|this|yesterday|today|released|issued)\b)|
    (?:the\s+)?{_NAME_WORD}(?:\s+(?:(?:of|and)\s+(?:the\s+)?|for\s+(?![Tt]he\b)|
        (?!(?:The|A|An)\s))
        {_NAME_WORD}){{0,6}}
        # a place's force or office written lower-case: "the Montgomery County police"
        (?:\s+(?:police|authorities|officials|prosecutors|council|government))?)
    (?:\s+{_OWN_PAGES})?""",
        re.VERBOSE,
    )
)


# a body that only paid for a document, which is not its author: "a report commissioned by
# the Department of Health", "The study, funded by the National Institutes of Health"
_PAID_FOR = re.compile(r"\b(?:commissioned|funded|paid\s+for|ordered)\b", re.IGNORECASE)


def _drop_leading(tokens: list[str]) -> list[str]:
    """Conjunctions and subordinators before a subject ("But police", "As NBC News")."""
    start = 0
    while start < len(tokens) - 1 and tokens[start].strip(",").lower() in _SUBORDINATORS:
        start += 1
    # … and an adverb opening the sentence before its subject: "Initially she lived …"
    if (
        start < len(tokens) - 1
        and tokens[start][:1].isupper()
        and tokens[start].lower().endswith("ly")
        and tokens[start].lower() not in _NOUNS_IN_LY
        and tokens[start].lower() not in _GIVEN_NAMES
        and tokens[start].lower() not in _SURNAMES
        and (tokens[start + 1].lower() in _PRONOUNS or tokens[start + 1].lower() in _DETERMINERS)
    ):
        start += 1
    return tokens[start:]


def _drop_auxiliaries(tokens: list[str]) -> list[str]:
    """ "Officials have repeatedly" -> "Officials": trailing auxiliaries and adverbs go, never
    the first word (it is the subject, even when it is "Once" or "Now")."""
    keep = len(tokens)
    while keep > 1 and not _ends_in_a_names_today(tokens[:keep]):
        last = tokens[keep - 1].lower().strip(",")
        if last in _AUXILIARIES or (
            ((last.endswith("ly") and last not in _NOUNS_IN_LY) or last in _MID_ADVERBS)
            and tokens[keep - 1].islower()
        ):
            keep -= 1
        elif last in _TIME_WORDS and keep > 2 and tokens[keep - 2].lower() in _TIME_LEADS:
            keep -= 2  # "West Mercia Police last night said"
        elif last in _TIME_WORDS and keep > 1 and tokens[keep - 1].islower():
            keep -= 1
        elif last == "been" and keep > 2 and tokens[keep - 2].lower() in _BEEN_AFTER:
            keep -= 2
        else:
            break
    return tokens[:keep]


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
    while chain and chain[0].lower() in _FUNCTION_WORDS:
        chain.pop(0)
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


# what ``_tidy`` cuts from a phrase, and the stop of a name it keeps
_GLUED_SHARE = re.compile(r"(?<=\w)\s+\d+(?:\.\d+)?%$")
_SPLIT_POSSESSIVE = re.compile(r"\s[’'`]\s?s$")
_GLUED_YEAR = re.compile(r"^(?:1[89]|20)\d\d\s+(?=[A-Z][a-z])")
_STOP_OF_NAME = re.compile(r"\b(?:Jr|Sr|Inc|Corp|Ltd|Co)$|(?<![\w.])(?:[A-Z]\.)+[A-Z]$")


@lru_cache(maxsize=_TEXTS_KEPT)  # (a phrase is tidied again by each rule that reads it)
def _tidy(phrase: str) -> str:
    joined = " ".join(phrase.split()).lstrip(" ,.;:“”\"'’‘_-–—")
    phrase = joined.rstrip(" ,.;:“”\"'’‘_-–—")
    stop_cut = joined[len(phrase) : len(phrase) + 1] == "."
    # a share glued on by a lost comma: "According to Jupiter Research 40% of homes"
    phrase = _GLUED_SHARE.sub("", phrase)
    # a possessive split from its name in tokenised text: "barton ’ s claims" -> "barton"
    phrase = _SPLIT_POSSESSIVE.sub("", phrase)
    # a year glued before a name by a lost stop: "… since 2010 President Barack Obama is …"
    phrase = _GLUED_YEAR.sub("", phrase)
    if stop_cut and _STOP_OF_NAME.search(phrase):
        # the full stop of an abbreviation or of initials is part of the name: "James Kennedy
        # Jr.", "Pushparam K.C." (not one the text never wrote: "Intel Corp said")
        phrase += "."
    if phrase[:4].lower() in ("the ", "a ", "an ") or phrase[:2].lower() == "a ":
        first, _, rest = phrase.partition(" ")
        if rest and not rest[:1].isupper():
            phrase = f"{first.lower()} {rest}"
    return phrase


_HEADING_WORDS = 6


_PAST_OR_PERFECT = _words("had has was did")


def _mentioned_name(text: str, *, owner: bool = True) -> str | None:
    """A sentence-initial name ("Rodion Miroshnik, the ambassador, …", "Davis won …") is the
    person the next pronoun most likely means; an owner ("Mr Trump’s theatrical embrace") is
    too, without its "'s", unless ``owner`` is False (within its own sentence a pronoun is
    rarely the owner: "Mr. Johnson’s government misled Parliament, she claimed")."""
    match = _SENTENCE_NAME.match(text)
    if not match:
        return None
    name = match.group(0)
    owned = _TRAILING_POSSESSIVE.search(name) is not None
    if owned and not owner:
        return None
    first = name.split()[0].lower()
    if first in _FUNCTION_WORDS or first in _SUBORDINATORS or first in _OPENING_NON_NAMES:
        return None  # (nor one of two, "Both Johnson and Corbyn", nor "Whatever Apple did")
    if " " in name and _opens_with_a_gerund(name.split()):
        return None  # a gerund and its object: "Saying President Obama, he said, was …"
    if " " in name and _HYPHENATED_ADJECTIVE.search(name.split()[0]):
        name = name.split(maxsplit=1)[1]  # "Grandmother-of-three Pat Ingles"
    if (
        owned
        and first.endswith("ing")
        and (
            (" " in name and re.search(r"['’]s$", name) and len(text.split()) <= _HEADING_WORDS)
            or _CLAUSE_CLOSES.match(text, match.end())
        )
    ):
        # a gerund or a participle and its object's owner, as a heading or a clause before the
        # comma: "Questioning Vindman's judgment", "Praising Biden’s record, she said" (not
        # "Channing Tatum's new film opens on Friday")
        return None
    return _owned_person(name) or _TRAILING_POSSESSIVE.sub("", name)


# the rest of an opening clause, up to its comma: a few words
_CLAUSE_CLOSES = re.compile(r"(?:\s+[\w'’-]+){1,4},")


# Capitalised words opening a sentence before a name that are no part of it
_OPENING_NON_NAMES = _DETERMINERS | _words("whatever whoever whichever wherever whenever however")
