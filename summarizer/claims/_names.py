"""Whether words name someone a reader can take as a speaker: a person, a body, a role; never a
pronoun, a function word, a verb or a fragment (``is_plausible_source``). Every speaker a rule
proposes passes through here, so no rule can show a reader "His repeated" or "the".
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from importlib import resources
from itertools import pairwise

from summarizer.claims._patterns import (
    _MAX_NAME_WORDS,
    _MAX_SOURCE_WORDS,
    _TRAILING_POSSESSIVE,
)
from summarizer.claims._words import (
    _CAPTION_VERBS,
    _COLLECTIVE,
    _DETERMINERS,
    _FINITE_VERBS,
    _FUNCTION_WORDS,
    _INDEFINITES,
    _IRREGULAR_PASTS,
    _LEADING_TIMES,
    _LINKING_VERBS,
    _MASTHEAD_WORDS,
    _NAME_PREPOSITIONS,
    _NAME_TITLES,
    _NATIONALITIES,
    _NEVER_ALONE,
    _NOUNS_IN_LY,
    _OBJECT_OPENERS,
    _OUTLET_HEADS,
    _PARTY_MEMBERS,
    _PEOPLE_NOUNS,
    _PERSON_ROLES,
    _PERSON_TITLES,
    _POSSESSIVES,
    _PREPOSITIONS,
    _REPORTING_PARTICIPLES,
    _SENTENCE_OPENERS,
    _SPEECH_WORDS,
    _TEXTS_KEPT,
    _TITLE_ABBREVIATIONS,
    _TITLE_GENDER,
    _TRAILING_ADVERBS,
    _WEEKDAYS,
    _verb_like,
    _words,
)

# (friends "of" someone, or two people "and"-joined, are not the person named last; a
# courtesy title stays with a surname: "Mr Duncan Smith")
_JOINING_WORDS = _words("of and & or with for from to by mr mrs ms miss dr")


# Heads of noun phrases that name an event, an act, a quantity or an idea: none of them can
# say anything, so a speech verb after one ("The stock added 2%", "the number who said",
# "tensions have boiled up over accusations") has no speaker in it. Documents, posts and
# signs do speak for their authors ("the report says", "a banner read") and are not here.
_NEVER_SPEAKING_HEADS = _words(
    """
    attack attacks incident accident crash debate match game final ban deal move decision
    number stock stocks shares price prices rate amount total tension tensions idea ideas
    reason reasons success demographic identity identities view views opinion opinions
    requirement requirements abuse thing things
    """
)


_PHRASE_HEAD_END = _words(
    "of for at from in to with on by who whom whose which that against about"
)


# adverbs and calls to act that no name opens with ("Never cold water because …", "Scroll
# down for video Gordon Brown")
_NEVER_OPENING = _words("never always perhaps maybe also even still scroll click")


# Names spelt like a pronoun or a function word: "He Jianxiong", "Will Moy", "May Bulman".
_NAMES_LIKE_FUNCTION_WORDS = frozenset({"He", "She", "Will", "May"})


_DATE_WORDS = _WEEKDAYS | _words(
    """
    january february march april may june july august september october november december
    yesterday today tonight tomorrow
    """
)


# Nouns for a stretch of time: written alone with a capital, one of them is a name, as no date
# is ("Day said of Hudson", "according to Time"; not "said Wednesday")
_PERIOD_WORDS = _words("week weekend month year morning afternoon evening night day time")


_TIME_WORDS = _DATE_WORDS | _PERIOD_WORDS

# "is" contracted onto a pointing word opens a clause, not a name, in lower case ("here's
# J Street"; not the titles "Who's Who", "That's Life magazine")
_POINTING_IS = _words("here's there's it's that's what's who's where's")

# pronouns for no one in particular, which end no speaker's name ("saw anyone")
_INDEFINITE_PRONOUNS = _words(
    "anyone anybody anything everyone everybody everything someone somebody something nothing"
)

# a span of time, as the time of what follows ("Ten minutes later", "A few months before he
# died", "Nearly five hours of talks"), never a speaker; its unit in lower case, as a title's
# is not ("60 Minutes", "Seven Days"), nor one owned ("the Fed's minutes")
_SPAN_OF_TIME = re.compile(
    r"""(?:(?:nearly|almost|about|around|some|just|only|barely|more\s+than|over)\s+)?
    (?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty|
    several|a\s+few|a\s+couple\s+of|many|\d+)\s+
    (?-i:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\b""",
    re.IGNORECASE | re.VERBOSE,
)


# a dash between spaces, as a break between clauses is written ("--", "—", "–")
_DASH_BREAK = re.compile(r"\s(?:--|—|–)\s")


# (not a title's stop: "Cmdr. Sean Robertson", "Prof. Jane Doe")
_SENTENCE_BREAK = re.compile(
    r"[a-z]{3}[.!?](?<!Cmdr\.)(?<!Capt\.)(?<!Prof\.)(?<!Supt\.)(?<!Insp\.)(?<!Cllr\.)\s"
)


# a verb or pronoun contracted onto a word ("we've", "wasn't", "they'll"); a possessive "'s" is
# a name's
_CONTRACTION_END = re.compile(r"(?:n['’]t|['’](?:ve|re|ll|d|m))$", re.IGNORECASE)


# the endings of adverbs, long enough to leave names such as "Kelly", "Sally" or "Beverly" be
_ADVERB = re.compile(
    r"^\w{2,}(?:ately|ively|ously|fully|ingly|edly|ently|antly|ically|ortly|lessly)$", re.I
)


# (a courtesy title may keep its stop, as American papers write it: "Mr. Trump’s theatrical
# embrace"; not a title that is a role, which the rules of roles read: "Gov. Matt Bevin")
_SENTENCE_NAME = re.compile(
    r"(?:(?:Mr|Mrs|Ms|Dr|Prof|Rev)\.\s+)?"
    r"(?:[A-Z][\w’'-]*+\s+){0,3}[A-Z][\w’'-]*+(?=\s*,|\s+[a-z]|\s+[—–]\s)"
)


# lower-case particles inside a surname: "Louis van Gaal", "Ludwig van der Rohe", "Ana de Armas"
_PARTICLES = r"(?:van|von|de|der|den|da|di|du|del|della|dela|la|le|dos|das|ter|ten|bin|al)"
_PARTICLE = re.compile(_PARTICLES)


_NAME_CHAIN = re.compile(
    rf"[A-Z][a-z][\w’'-]*+(?:\s+(?:{_PARTICLES}\s+){{0,2}}[A-Z][a-z][\w’'-]*+){{1,3}}"
)


_PARTICLE_SURNAME = re.compile(rf"(?i:{_PARTICLES}\s+){{1,2}}[A-Z][\w’'-]*+")


_TITLE = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Prof)\.?\s+(?P<rest>\S.*)$")


_PERSONAL_ASIDE = re.compile(
    r"""(?:,\s+(?:(?!(?:which|that)\b)(?:[a-z]+\s+){0,2}(?:his|her)\b  # "Young, in his testimony,"
    |\d{1,3}\s*,)  # an age: "Umma, 25, was forced …"
    # a "who" aside on the name's own life, not one where "his" is someone else's ("Everton —
    # who gave him his debut —"): "Tommy — who only goes by his first name online —"
    |(?:,|\s[—–-])\s+who\s+(?:(?!(?:him|them|it)\b)[\w'’]+\s+){0,6}?(?:his|her)\b
    # … or on where one works, lives or grew up: "Sullivan, who works in finance, …" (a club
    # "who beat Chelsea" is told by what it did)
    |,\s+who\s+(?:now\s+|also\s+|still\s+)?(?:(?:works|worked|lives|lived|studied|studies|
        teaches|taught)\s+(?:in|at|for|as|near)|grew\s+up|was\s+born)\b
    # … or any "who" with a singular verb (a club or a band "who" takes a plural one), when
    # the clause after it gives the name "his" or "her": "Pelosi, who is expected to return
    # to the speakership, intends as her first action …" (not "Everton, who are 8th", nor
    # "Facebook, who has faced criticism, launched its tool")
    |,\s+who\s+(?:is|was|has|had)\b[^,.;]*+,\s+[^,.;]*?\b(?:his|her)\b)
    """,
    re.VERBOSE,
)


# an apposition that gives a name a person's role or trade: "Rajagopalan, a student at Boston
# College, …", "Sullivan, the 27-year-old founder, …" (the role word is checked by the caller)
_ROLE_APPOSITION = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?(?P<role>[a-z][\w-]*)"
    r"(?=\s*,|\s+(?:at|of|for|with|in|from|who|whose)\b)"
)


# a titled name that opens a clause of its own after a stop or a quotation, and acts: "… 'all
# evasion' Mr Brown urged"; not one the speaker talks about ("said Dr Patel had been")
_TITLED_SUBJECTS = re.compile(
    r"(?:^|[.!?'’\"”]\s+)((?:Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z][\w’'-]+)(?=\s+[a-z]+(?:ed|s)\b)"
)


_GENDERED = {
    "he": "he",
    "him": "he",
    "his": "he",
    "himself": "he",
    "she": "she",
    "her": "she",
    "hers": "she",
    "herself": "she",
}


def _is_first_name(word: str) -> bool:
    """A first name by either census list (the given names without English words, and the
    names of one gender, which keep "Mike", "Donna", "Dale"), read without its accents as
    the lists write it ("José", "Chloé", "Zoë")."""
    if word in _GIVEN_NAMES or word in _FIRST_NAME_GENDERS:
        return True
    if word.isascii():
        return False
    bare = _without_accents(word)
    return bare != word and (bare in _GIVEN_NAMES or bare in _FIRST_NAME_GENDERS)


def _without_accents(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _is_title_before_name(word: str) -> bool:
    """A capitalised title standing before a name: "Actor", "Secretary", "Gov.", "CEO"."""
    bare = word.rstrip(".").lower()
    return (
        bare in _PERSON_ROLES
        or bare in _PEOPLE_NOUNS
        or bare in _NAME_TITLES
        or _is_acronym(word.rstrip("."))
    )


def _caption_word(word: str) -> bool:
    """A capitalised participle or gerund that opens a caption ("Shocked", "Hosting"), not a
    name ("Fielding", "Reed", "Ding Junhui")."""
    bare = word.lower()
    return (
        len(bare) > 5
        and bare.endswith(("ing", "ed"))
        and bare not in _SURNAMES
        and not _is_first_name(bare)
    )


_KIN = r"(?:husband|wife|son|daughter|brother|sister|father|mother|mum|dad|mom|uncle|aunt)"


# A capitalised word with a lower-case tail after a hyphen describes: "Sacramento-based".
_HYPHENATED_ADJECTIVE = re.compile(r"-[a-z]+$")


def _particle_index(words: list[str]) -> int | None:
    """Where a name's lower-case particle starts ("Louis van Gaal" -> 1), if it has one."""
    return next((i for i, w in enumerate(words[1:-1], start=1) if w.islower()), None)


def _without_title(words: list[str]) -> list[str]:
    """A name's words without a title or a nationality before it: "Mr Weston" is only a
    surname, and "New Zealander Tim Weston" is Tim Weston."""
    if words and words[0].lower() in _PERSON_TITLES:
        return words[1:]
    for size in (2, 1):
        if len(words) > size + 1 and " ".join(words[:size]).lower() in _NATIONALITIES:
            return words[size:]
    return words


def _without_role_before_name(source: str) -> str:
    """A person's full name without the role or title written before it, as the guideline
    names a speaker: "Juventus striker Carlos Tevez" is Carlos Tevez, "NASA administrator Jim
    Bridenstine" Jim Bridenstine, "Florida Sen. Marco Rubio" Marco Rubio (not a name whose
    first words are names too, "Mary Joe Fernandez", nor a body named after someone, "Dick
    Clark Productions")."""
    words = source.split()
    for index in range(1, len(words) - 1):
        first, rest = words[index], words[index + 1 :]
        if (
            _is_first_name(first.lower())
            and first[:1].isupper()
            and len(rest) <= _SURNAME_WORDS
            and all(w[:1].isupper() and w.isalpha() for w in rest)
            and not _is_organisation(rest[-1])
            and (
                not any(_is_first_name(w.lower()) for w in words[:index])
                # (a place before the title may be a first name too: "Florida Sen. Marco
                # Rubio", "Virginia Gov. Ralph Northam")
                or _is_role_word(words[index - 1])
            )
            and not any(w.lower().rstrip(".") in _JOINING_WORDS for w in words[:index])
            and any(w.islower() or _is_role_word(w) for w in words[:index])
        ):
            # a first name no list knows may come between the role and this one: "Home
            # Minister Lal Krishna Advani"
            unlisted = (
                index >= 2 and _is_role_word(words[index - 2]) and _is_name_word(words[index - 1])
            )
            return " ".join(words[index - unlisted :])
    return source


def _is_name_word(word: str) -> bool:
    """A capitalised word that is neither a title, a role nor a function word: part of a name
    ("Lal", not "Magistrate")."""
    return (
        word[:1].isupper()
        and word.isalpha()
        and not _is_title_before_name(word)
        and (word.lower() not in _FUNCTION_WORDS)
    )


_SURNAME_WORDS = 2  # words after a first name that end a person's name: "Carlos Tevez"


def _is_role_word(word: str) -> bool:
    """A title or a role written before a name: "President", "Sen.", "Chairman"."""
    bare = word.lower().rstrip(".")
    return bare in _NAME_TITLES or bare in _PERSON_ROLES


def _as_written(source: str | None, text: str) -> str | None:
    """A body's name with the "the" the sentence gives it: "the Christies said", "the CPS
    said", "the Palm Beach Post reported" are said by "the Christies", not "Christies" (a
    plural or a paper's name takes its article; a person's name never does)."""
    if not source or not source[:1].isupper() or source.split()[0].lower() in _DETERMINERS:
        return source
    if _named_as_person(source):
        return source
    # (its first mention, as a whole word, must follow "the")
    start = _whole_word_at(text, source)
    if start < 0 or not _THE_BEFORE.search(text, max(0, start - 20), start):
        return source
    # (the name must end its phrase, a verb or a stop after it: not "the Obama Foundation
    # summit", "the Fox News television show")
    following = text[start + len(source) :].split(maxsplit=1)[:1]
    word = following[0].lower().strip(",.;:") if following else ""
    if not word or following[0][:1] in ",.;:" or word in _SPEECH_WORDS or _finite_verb(word):
        return f"the {source}"
    return source


_THE_BEFORE = re.compile(r"(?<![\w’'-])(?i:the)\s+$")


_WORD_CHARS_AROUND_A_NAME = "’'-"


def _whole_word_at(text: str, word: str) -> int:
    """Where ``word`` first stands in ``text`` as whole words (not inside a longer word or a
    hyphenated one), or -1."""
    start = text.find(word)
    while start >= 0:
        end = start + len(word)
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if not (before.isalnum() or before in "_" + _WORD_CHARS_AROUND_A_NAME) and not (
            after.isalnum() or after in "_" + _WORD_CHARS_AROUND_A_NAME
        ):
            return start
        start = text.find(word, start + 1)
    return -1


_ZERO_LED = re.compile(r"0\d+")


def _opens_with_a_cut_word(source: str) -> bool:
    """The tail of a phrase cut off before it, or a day: "'s gerhard tremmel" (of "United 's"),
    "000 drivers" (of "50,000"), "Saturday 's visit of Fleetwood Town" (a word for a time
    may open a name: "day care workers", "Time Warner")."""
    opening = source.split(maxsplit=1)[0]
    return (
        opening in ("'s", "’s")
        or bool(_ZERO_LED.fullmatch(opening))
        or opening.lower() in _WEEKDAYS
    )


def _names_a_thing_that_cannot_speak(raw: list[str]) -> bool:
    """Whether the phrase's head (its last word before a preposition or a relative) is an
    event, an act, a quantity or an idea, written in lower case (a capitalised "Deal" or
    "Price" is a surname)."""
    head = next((i for i, w in enumerate(raw) if i and w.lower() in _PHRASE_HEAD_END), len(raw))
    word = _TRAILING_POSSESSIVE.sub("", raw[head - 1])
    if head > 1 and _TRAILING_POSSESSIVE.sub("", raw[head - 2].lower()) == "court":
        return False  # a court's written decision speaks: "A 2015 federal court decision said"
    return word.islower() and word in _NEVER_SPEAKING_HEADS


def _phrase_words(source: str) -> list[str]:
    """The phrase's words without the punctuation around them."""
    return [w for w in (w.strip(",.;:'\"“”‘’()") for w in source.split()) if w]


@lru_cache(maxsize=_TEXTS_KEPT)  # (a phrase is weighed again by each rule that meets it)
def is_plausible_source(source: str) -> bool:
    """True for a noun phrase a reader can take as a speaker: not a pronoun or function word,
    not starting (apart from an article or number) or ending with one, no verb inside, and
    not an event, an act, a quantity or an idea ("the stock", "a deal")."""
    raw = _phrase_words(source)
    # an acronym is a name, not the word it spells: "WHO", "US officials", "IT staff"
    words = [w if _is_acronym(w) else w.lower() for w in raw]
    if not words or len(words) > _MAX_SOURCE_WORDS + 1:
        return False
    if (
        any(c in source for c in '?!;:"“”()[]_')
        or _SENTENCE_BREAK.search(source)
        # (a dash set off by spaces parts two phrases: "gun control proposal -- lawmakers")
        or _DASH_BREAK.search(source)
    ):
        return False
    if (
        _is_broken_phrase(source, raw)
        or _opens_with_a_cut_word(source)
        or _names_a_thing_that_cannot_speak(raw)
        or words[:2] == ["prior", "to"]  # "Prior to launch Google": a preposition, no name
        # a label in capitals is a heading, no name: "EXPERT VERDICT: '…'"
        or (len(raw) > 1 and all(w.isupper() and len(w) > 3 for w in raw))
        # no one a reader could hold to what is said: a quantifier over anyone ("any
        # measure"; a title may open with it, "Any Questions"), a clause ("here's J Street"),
        # "In case anyone thinks"
        or (words[0] == "any" and not _titled(raw))
        or (words[0] in _POINTING_IS and raw[0].islower())
        or words[-1] in _INDEFINITE_PRONOUNS
        or _SPAN_OF_TIME.fullmatch(source)
    ):
        return False
    first, last = words[0], words[-1]
    if len(words) == 1 and (
        first in _FUNCTION_WORDS
        or first in _DETERMINERS
        or first in _REPORTING_PARTICIPLES
        or first in _PAST_FORMS
        or first in _NEVER_ALONE
        or first.rstrip(".") in _TITLE_ABBREVIATIONS
    ):
        # "Speaking to the BBC, …", "Asked about it, …", "Caught red-faced: …" open a clause,
        # not a name
        return False
    # (an -ing word before a group is its modifier: "motoring groups", "striking workers")
    modifier = (
        first.endswith("ing")
        and len(raw) == 2
        and (_opens_with_group(raw[1:]) or words[1] in ("groups", "organisations", "unions"))
    )
    if (_verb_like(raw[0]) and not modifier) or first in ("according", "say", "tell"):
        # "calling out an online hater"; "According to data" is the cue; "Say goodbye to …"
        # is an order
        return False
    if _surname_like_pronoun(raw):
        first = raw[0]  # "He Jianxiong": a capitalised name chain, not the pronoun "he"
    if (
        first in _FUNCTION_WORDS
        and first not in _DETERMINERS
        and (first not in _POSSESSIVES or _verb_like(raw[-1]))
    ):
        return False  # "his lawyer" is a role; "His repeated" is a fragment
    if (
        (
            last in _FUNCTION_WORDS
            and raw[-1].islower()
            and not (len(raw) > 2 and _ends_in_an_object(raw))
        )
        or _verb_like(raw[-1])
        or _ends_a_verb(raw)
    ):
        return False
    if len(raw) >= 2 and last in _DEGREE_WORDS and words[-2] in _DEGREE_WORDS:
        return False  # an adverb of degree ends no name: "that pretty much describes …"
    if _shows_a_clause(raw, words) or _joined_by_as(raw):
        return False
    if (
        last in _TIME_WORDS
        and not _ends_in_a_names_today(raw)
        and not _surname_a_month(raw)
        and not (len(raw) == 1 and raw[0].istitle() and last in _PERIOD_WORDS)
    ):
        return False  # "said Wednesday", "… the Masters next week"
    if len(raw) == 1 and (
        (raw[0].islower() and not _names_a_group(raw[0])) or raw[0].lower() in _NATIONALITIES
    ):
        # "drunk", "directorate": a lone word that is not "police", "officials"; "Syrian": a
        # nationality alone names no one
        return False
    return any(ch.isalpha() for ch in source)


def _titled(raw: list[str]) -> bool:
    """Whether every word is capitalised, as a title's are ("Any Questions", "Who's Who")."""
    return all(w[:1].isupper() for w in raw)


def _ends_in_an_object(words: list[str]) -> bool:
    """A pronoun after a preposition, the object that ends the phrase: "people familiar with
    it", "a source close to him" (not "of": "one of them" names no one)."""
    return (
        len(words) > 1
        and words[-1] in _OBJECT_PRONOUNS
        and words[-2] in _PREPOSITIONS
        and words[-2] != "of"
    )


_OBJECT_PRONOUNS = frozenset({"it", "them", "him", "her"})


def _ends_a_verb(raw: list[str]) -> bool:
    """A verb's particle or a verb no ending shows, ending the words: a clause, never a name
    ("Farage hit back" at the claims, "China lays" claim to the sea)."""
    last = raw[-1]
    # (in text that lost its capitals a surname after a given name or a title stays one:
    # "kenneth lay", "mr back"; "China lays" shows its verb by its capitals)
    before = raw[-2].rstrip(".") if len(raw) > 1 else ""
    surname = before.islower() and (
        _is_first_name(before) or before in _NAME_TITLES or before in _PERSON_ROLES
    )
    # (a player's position: "the running back", "The Chelsea left back")
    position = last == "back" and before.lower() in _BACK_POSITIONS
    return (
        len(raw) > 1
        and last.islower()
        and (last in _VERB_PARTICLES or last in _BARE_VERBS)
        and not surname
        and not position
    )


_BACK_POSITIONS = frozenset(
    {"running", "left", "right", "full", "half", "wing", "defensive", "fly", "quarter", "centre"}
)


# the particles of phrasal verbs ("hit back", "lashed out"), and verbs whose form shows no
# tense ending, which a name never ends in
_VERB_PARTICLES = frozenset({"back", "out", "off", "up", "down", "away"})
_BARE_VERBS = frozenset({"hit", "hits", "lay", "lays", "laid", "put", "puts", "set", "sets"})


def names_no_one(source: str) -> bool:
    """Words that only count or pick out, with no noun of whom: "Each", "Most", "Nobody",
    "All three", "a few", "the rest" ("Each claimed the other had started the fight").
    ("Others" is kept: news names a side by it, "Others said the plan would fail".)"""
    return all(word in _COUNTS_ONLY for word in source.lower().split())


_COUNTS_ONLY = (
    (_INDEFINITES - {"others"})
    | _DETERMINERS
    | _words("whoever whomever rest majority minority remainder")
)


def _joined_by_as(raw: list[str]) -> bool:
    """Whether a lower-case "as" after a time or a name opens a clause inside the phrase: "…
    since January as investors worry" has no speaker "January as investors"."""
    return any(
        word == "as"
        and (raw[i - 1][:1].isupper() or raw[i - 1].lower() in _TIME_WORDS)
        and raw[i + 1][:1].islower()
        for i, word in enumerate(raw[1:-1], start=1)
    )


# words of degree, which end an adverb phrase, never a noun phrase
_DEGREE_WORDS = frozenset(
    {"much", "more", "less", "very", "too", "enough", "quite", "rather", "pretty", "so", "well"}
)


def _surname_a_month(raw: list[str]) -> bool:
    """ "Theresa May", "Mrs May": a capitalised time word after a first name or a title is a
    surname."""
    return (
        len(raw) >= 2
        and raw[-1][:1].isupper()
        and raw[-2][:1].isupper()
        and (_is_first_name(raw[-2].lower()) or raw[-2].lower().rstrip(".") in _PERSON_TITLES)
        and not any(w.lower() in _TIME_WORDS for w in raw[:-1])
    )


def _shows_a_clause(raw: list[str], words: list[str]) -> bool:
    """Whether a word of the phrase makes it a clause: a finite or speech verb or a negation
    ("the price wasn’t"), an adverb ("Alan Davey controversially laid bare"), or a verb in -s
    with its object ("His arrest follows the incidents")."""
    if any(
        r.islower() and (w in _FINITE_VERBS or w in _SPEECH_WORDS or w.endswith("n't"))
        for r, w in zip(raw, words, strict=True)
    ):
        return True
    if any(r.islower() and r.endswith("ly") and r not in _NOUNS_IN_LY for r in raw):
        return True
    return any(
        r.islower() and r.endswith("s") and not r.endswith("ss") and nxt.lower() in _OBJECT_OPENERS
        for r, nxt in pairwise(raw[1:])
    )


# adverbs of time that open a clause before its subject
_OPENING_ADVERBS = _LEADING_TIMES | _words("soon afterwards afterward then now meanwhile")


def _new_sentence_inside(raw: list[str]) -> bool:
    """A capitalised word that opens sentences ("The", "This", "But", "He"), after the first
    word and not after a preposition ("of The Times"), starts a new one: "Woods This",
    "South Africa But Stewart"."""
    return any(
        word[:1].isupper()
        and word.lower() in _SENTENCE_OPENERS
        and not _is_acronym(word)
        and raw[index - 1].lower() not in _NAME_PREPOSITIONS
        for index, word in enumerate(raw[1:], start=1)
    )


# a contraction split by a tokenizer: "wouldn ’ t", "they ' re" (not a possessive: "britain ' s")
_SPACED_CONTRACTION = re.compile(r"\w\s[’']\s(?:t|re|ve|ll|d|m)\b")


def _opens_with_participle(raw: list[str]) -> bool:
    """ "Defending the decision", "Explaining his choice": a clause opened by a participle
    and its object (not a name ending in -ing, "Irving Berlin", "King Charles's spokesman",
    nor a modifier, "Motoring groups")."""
    return (
        len(raw) > 1
        and raw[0][:1].isupper()
        and raw[0].lower().endswith("ing")
        and (raw[1].lower() in _DETERMINERS or raw[1].lower() in _POSSESSIVES)
    )


def _is_broken_phrase(source: str, raw: list[str]) -> bool:
    """A piece of text that no noun phrase can be: it spans a sentence's stop ("wept . ’ mr
    krauss"), holds a contraction ("We've", "the price wasn’t"), or is a lone adverb opening
    the sentence ("Shortly", "Desperately")."""
    if any(token in (".", "!", "?") for token in source.split()):
        return True
    if any(_CONTRACTION_END.search(word) for word in raw) or _SPACED_CONTRACTION.search(source):
        return True
    if _opens_with_participle(raw):
        return True  # "Defending the decision": a participle's clause, not a name
    if _new_sentence_inside(raw) or any(w in _IRREGULAR_PASTS for w in raw[1:]):
        return True  # "Woods This", "Nigel Farage The study"; "Fowler came", "Swift took"
    if any(
        verb.islower() and verb.endswith("ed") and following in _OBJECT_OPENERS
        for verb, following in pairwise(raw[1:])
    ):
        return True  # a verb and its object: "many parts of the world banned the chemical"
    if raw[0].lower() in _LEADING_TIMES or raw[-1].lower() in _TRAILING_ADVERBS:
        return True  # "Yesterday Mr Hussen", "Afghan President Ashraf Ghani first"
    if _caption_or_clause(raw):
        return True
    if len(raw) != 1:
        return False
    return bool(_ADVERB.search(raw[0])) and raw[0].lower() not in _NOUNS_IN_LY


def _caption_or_clause(raw: list[str]) -> bool:
    """Words of a photo caption or a clause, not a name: a caption's verb after a name ("Race
    winner Hamilton celebrates", "Rose congratulates …"), an adverb or a call to act opening
    it ("always stop by his office", "Scroll down for video Gordon Brown"), a word printed
    twice ("Joshua Burns and and his wife") or a cue inside ("the Arizona DPS According to
    Facebook")."""
    lowered = [w.lower() for w in raw]
    if any(w.islower() and (w in _CAPTION_VERBS or w in _LINKING_VERBS) for w in raw[1:]):
        return True
    if (raw[0].islower() and lowered[0] in _NEVER_ALONE) or lowered[0] in _NEVER_OPENING:
        return True
    if any(a == b and a.islower() for a, b in pairwise(raw)):
        return True
    if lowered[-1] in ("due", "able", "unable"):
        return True  # a clause: "an online troll for not working due"
    return "according" in lowered[1:]


def _is_acronym(word: str) -> bool:
    """A word in capitals ("WHO", "US", "BBC"): an acronym, never a pronoun or function word."""
    bare = word.strip(",.;:'\"“”‘’()")
    return len(bare) >= 2 and bare.isalpha() and bare.isupper()


def _surname_like_pronoun(raw: list[str]) -> bool:
    """A name whose first word is spelt like a pronoun or a modal ("He Jianxiong", "Will
    Moy"): capitalised words only, at least two, the next one not a function word."""
    return (
        1 < len(raw) <= _MAX_NAME_WORDS
        and raw[0] in _NAMES_LIKE_FUNCTION_WORDS
        and all(w[:1].isupper() for w in raw[1:])
        and raw[1].lower() not in _FUNCTION_WORDS
    )


def _names_a_group(word: str) -> bool:
    """A lower-case word that can be a speaker alone: a plural ("officials") or a body."""
    return (word.endswith("s") and not word.endswith("ss")) or word in _COLLECTIVE


def _drop_adverbs(words: list[str]) -> list[str]:
    """The words after a subject without the adverbs before its verb ("Andrew also spent")."""
    start = 0
    while start < len(words) and (
        words[start] in _MID_ADVERBS or (words[start].endswith("ly") and words[start].isalpha())
    ):
        start += 1
    return words[start:]


def _named_before(text: str, position: int) -> bool:
    """A name among the two words before ``position`` (not the sentence's first word), or an
    owner, wherever it stands ("Prudential’s report said", "The council's report said")."""
    words = text[:position].split()
    return any(
        (w[:1].isupper() and index > 0 and (w.lower() not in _FUNCTION_WORDS or _is_acronym(w)))
        or (w.endswith(("'s", "’s")) and w.lower() not in ("it's", "it’s", "that's", "that’s"))
        for index, w in list(enumerate(words))[-2:]
    )


# a negated verb that only one may govern: "Wills doesn't mention …" (not "Burnley haven't won",
# "Leeds can't", a team's as often as a person's)
_SINGULAR_NEGATIONS = frozenset({"doesn't", "isn't", "wasn't", "hasn't"})


def _finite_verb(word: str) -> bool:
    """A word that reads as a verb a subject governs: "sold", "said", "arrived", "wins",
    "doesn't" (a word in -s may be a plural noun too: callers use it right after a
    subject)."""
    return (
        word in _FINITE_VERBS
        or word.replace("’", "'") in _SINGULAR_NEGATIONS
        or word in _PAST_FORMS
        or _verb_like(word)
        or (word.endswith("s") and word.isalpha() and word not in _FUNCTION_WORDS)
    )


def _read_words(filename: str) -> frozenset[str]:
    """A word list shipped in summarizer/data, one word a line, "#" opening a comment."""
    text = resources.files("summarizer").joinpath(f"data/{filename}").read_text("utf-8")
    return frozenset(line.strip() for line in text.splitlines() if not line.startswith("#"))


_GIVEN_NAMES = _read_words("given_names.txt") - _NATIONALITIES  # "christian" is no name


_SURNAMES = _read_words("surnames.txt")


# one the article describes and does not name: "A former official", "One of the children"
_AN_UNNAMED_ONE = re.compile(r"(?:an?|one)\s+(?-i:[a-z])", re.I)
# … and any phrase that opens as one, a name after the article too: "A Bank of England
# spokesman" (never a body's own name)
_ONE_DESCRIBED = re.compile(r"(?:an?|one)\s", re.I)


# first names the census gives one gender: a title of the other is another person
_FIRST_NAME_GENDERS = dict(line.split() for line in _read_words("first_name_genders.txt"))


_PAST_FORMS = _IRREGULAR_PASTS | _words(
    """
    won lost made got held left led met paid sent kept felt found thought brought bought
    caught stood sold put set cut let heard meant built spent withdrew quit
    """
)


def _is_one_of_people(tokens: list[str]) -> bool:
    """ "one of her victims", "one of the students": a person of a group of people, whom a
    later "he" or "she" can mean."""
    words = [t.lower() for t in tokens]
    return (
        len(words) >= 3
        and words[0] == "one"
        and words[1] == "of"
        and words[-1].rstrip("s") in _PEOPLE_NOUNS | _PERSON_ROLES | _words("victim")
    )


# People who speak as a group, in the plural: "officials", "residents", "investigators"
_GROUP_HEADS = _PEOPLE_NOUNS | _words(
    """
    official officer investigator source critic activist protester campaigner leader member
    organiser organizer executive lawmaker legislator economist supporter opponent observer fan
    """
)


def _group_plural(word: str) -> bool:
    """A lower-case word for people as a group: a collective ("police", "staff") or the plural
    of a word for people ("officials", "critics")."""
    return word in _COLLECTIVE or (word.endswith("s") and word.rstrip("s") in _GROUP_HEADS)


def _opens_with_group(tokens: list[str]) -> bool:
    """A lower-case group of people, alone or after one modifier: "police", "fire officials"
    (a plural of a word for people, or a collective such as "police" or "staff")."""
    for index, token in enumerate(tokens[:2]):
        word = token.rstrip(",.;:!?'\"’”")
        if not word.isalpha() or not word.islower() or word in _FUNCTION_WORDS:
            return False
        if _group_plural(word):
            return True
        if index == 0 and word != token:
            return False  # one word and a stop: nothing more to read
    return False


def _is_person_role(tokens: list[str]) -> bool:
    """ "the 28-year-old", "the former prime minister", "The pundit": a definite description
    of a person, which a news article uses for someone it has already named."""
    if tokens[0].lower() != "the" or len(tokens) > 5:
        return False
    names = sum(t[:1].isupper() for t in tokens[1:-1])
    if names >= 2 and re.fullmatch(_OUTLET_HEADS, tokens[-1].strip(",.")):
        return False  # a paper's name: "the Sioux Falls Argus Leader", not "the Labour Leader"
    head = tokens[-1].lower().strip(",.")
    if any(t[:1].isupper() for t in tokens[1:-1]) and head not in _PERSON_ROLES:
        return False
    if head == "international" and tokens[-1][:1].isupper():
        return False  # a body: "the Amnesty International", not "the Togo international"
    if (
        any(t.lower().endswith("-year-old") for t in tokens[1:-1])
        and head.isalpha()
        # (a surname after the age is the name it is given, "The 76-year-old Pelosi"; a word no
        # surname list knows describes, "the 29-year-old Texan", unless the article gave it as
        # a name, which the caller checks)
        and (tokens[-1].islower() or head not in _SURNAMES or head in _NATIONALITIES)
    ):
        return True  # an age marks a person: "the 27-year-old scot", "the 45-year-old mother"
    return (
        head in _PERSON_ROLES
        or head in _ONE_NATIONAL
        or head.endswith("-year-old")
        or head in ("latter", "former")
    )


# a nationality that names one person with "the": "The Norwegian said", "the Scot" (not a
# people: "the British", "the French", "the Chinese", "the Swiss")
_ONE_NATIONAL = frozenset(
    word
    for word in _NATIONALITIES
    if " " not in word and not word.endswith(("ish", "sh", "ch", "ese", "ss", "ic"))
)


_ORGANISATION_WORDS = _words(
    """
    association agency ministry department office police times news post trust party
    council university college school company group inc ltd corp corporation bank court
    government committee commission institute service club united city fc reports report
    network channel league federation union authority board foundation centre center
    hospital army forces house senate congress parliament lane street road avenue park base
    airport station stadium county hall bridge river lake mountain island beach hotel cup
    championship open prix theatre museum church cathedral square zoo festival awards
    holdings partners securities equities capital systems industries technologies motors
    airlines records labs laboratories pharmaceuticals entertainment studios productions
    ventures investments associates solutions communications palace embassy consulate command
    guild exchange society plc llc ag administration bureau directorate front movement
    alliance coalition militia brigade brigades
    """
)


# Heads of a definite description that stand for a body the article has named: "the company
# said" is the firm that spoke or was named before.
_BODY_ROLES = _words(
    """
    company firm group business carrier airline retailer chain manufacturer maker agency
    ministry department organisation organization charity site website newspaper paper
    outlet magazine publication network broadcaster channel station service authority
    council club team commission board party bank fund brand startup brokerage insurer lender
    automaker carmaker studio label publisher developer operator provider giant line utility
    supermarket grocer embassy consulate university institute hospital museum guild federation
    exchange association society foundation body force
    """
)


def _body_head(name: str) -> str:
    """The word for a body's kind in its name: "council" of "Isle of Wight Council", "guild"
    of "Writers Guild of America"."""
    last = name.rsplit(maxsplit=1)[-1].lower()
    if last in _BODY_ROLES or " of " not in name:
        return last
    return name.split(" of ", 1)[0].rsplit(maxsplit=1)[-1].lower()


# a document and who wrote it: "a recent report by the International Energy Agency"
# the words that end a paper's name and no title
_MASTHEAD = re.compile(_MASTHEAD_WORDS)


def _is_organisation(word: str) -> bool:
    return word.lower().strip(".,") in _ORGANISATION_WORDS


# Words for a place or a body that are also common surnames (the census ranks "Hall" 25th)
_PLACE_SURNAMES = _words("hall lane park")


def _is_body_name(words: list[str]) -> bool:
    """Whether a name's last word makes it a body's or a place's ("Leeds City Council",
    "Carnegie Hall"). A first name before "Hall", "Lane" or "Park" makes a person's ("Peter
    Hall", "Simon Park"); a longer name keeps the place ("Royal Albert Hall"). A name whose
    last word is no body's may be one by its word before "of", when what it is of is a short
    name with no one's title in it ("Wako Research Institute of Economics", "Centre for
    Policy Studies"; not "Bank of England Governor Andrew Bailey", a person)."""
    joint = next((i for i, w in enumerate(words[1:-1], 1) if w in ("of", "for")), None)
    if not _is_organisation(words[-1]) and joint is not None:
        after = words[joint + 1 :]
        if after[:1] == ["the"]:
            after = after[1:]  # "Forum for the Future"
        # (a longer name holds its own small words: "Society for the Protection of Birds")
        named = [w for w in after if w not in ("of", "to", "and", "the")]
        if (
            len(after) <= 6
            and len(named) <= 4
            and after[-1][:1].isupper()
            and all(w[:1].isupper() and not _is_title_after_a_body(w) for w in named)
        ):
            words = words[:joint]
    if not _is_organisation(words[-1]):
        return False
    return not (
        len(words) == 2
        and words[-1].lower() in _PLACE_SURNAMES
        and _is_first_name(words[0].lower())
        and words[0][:1].isupper() == words[1][:1].isupper()
    )


# a title a body's "of" may run into, opening a person's name: "Bank of England Governor …"
# (as written, for the patterns that read a body's name; any case for the words alone)
_TITLES_AFTER_A_BODY_AS_WRITTEN = _words(
    """
    President Chief Governor Chairman Chairwoman Chair CEO Executive Director Minister
    Secretary Spokesman Spokeswoman Spokesperson Deputy Vice Head Commissioner Manager
    Economist Analyst Official Senior Assistant Professor Prof Member Mr Mrs Ms Dr Sir
    """
)


_TITLES_AFTER_A_BODY = frozenset(w.lower() for w in _TITLES_AFTER_A_BODY_AS_WRITTEN)


def _is_title_after_a_body(word: str) -> bool:
    return word.lower().rstrip(".") in _TITLES_AFTER_A_BODY


def _named_as_person(name: str) -> bool:
    """A name that shows a person: a given name or a title opening it ("Nurse A" is none,
    nor "Pennsylvania" or a caption run into a name)."""
    first = name.split(maxsplit=1)[0].rstrip(".").lower()
    return _is_first_name(first) or first in _TITLE_GENDER


@lru_cache(maxsize=_TEXTS_KEPT)  # (a speaker is weighed again by each rule that meets it)
def _looks_like_person(source: str) -> bool:
    """A name of up to four capitalised words that is not an organisation's, or a role such as
    "the 28-year-old": what "he" or "she" can mean."""
    tokens = source.split()
    if (
        len(tokens) >= 2
        and _TRAILING_POSSESSIVE.search(tokens[-2])
        and tokens[-1].islower()
        and tokens[-1] not in _PEOPLE_NOUNS
        and tokens[-1] not in _PERSON_ROLES
    ):
        return False  # a thing someone owns: "Ms Jackson's ordeal" (not "Ms Jackson's lawyer")
    if _is_person_role(tokens):
        return True
    if tokens[0].lower() == "the" and len(tokens) <= 4 and tokens[-1].lower() in _PEOPLE_NOUNS:
        return True  # "the student", "the lawyer": who a later "he" or "she" can be
    if _is_one_of_people(tokens):
        return True
    if len(tokens) >= 2 and tokens[0].lower().rstrip(".") in _PERSON_TITLES:
        return True  # "Mr Brown", and "mr carr" in lower-cased text
    if _is_body_name(tokens) or tokens[0].lower() in ("a", "an"):
        return False
    if tokens[0].lower() == "the" and _MASTHEAD.fullmatch(tokens[-1]):
        return False  # a paper by its name: "the Columbus Dispatch" is no "she" later
    if len(tokens) >= 2 and _members_of_a_group(tokens[-1]):
        return False  # "House Democrats", "Young Americans": a group, no "she" later
    named = [t for t in tokens if not _PARTICLE.fullmatch(t)]  # "Louis van Gaal"
    if len(named) >= 2 and all(t[:1].isupper() for t in named[-2:]):
        return True  # "Panel chairman Gary Leong": a name, whatever title comes before
    if _lower_case_person(tokens):
        return True
    # an acronym ("WHO", "US") is a body, not a person
    return len(tokens) == 1 and tokens[0][:1].isupper() and not _is_acronym(tokens[0])


def _members_of_a_group(word: str) -> bool:
    """Whether a capitalised word names a party's or a nation's members in the plural."""
    lowered = word.lower()
    return lowered.endswith("s") and (
        lowered in _PARTY_MEMBERS
        or lowered[:-1] in _PARTY_MEMBERS
        or lowered[:-1] in _NATIONALITIES
    )


def _lower_case_person(tokens: list[str]) -> bool:
    """A name as lower-cased text writes it ("fran thompson", "abraham", "Fran thompson" at
    a sentence's start): one to three plain words, none a function word, a role, a body or a
    plural, so that no common noun phrase ("police", "officials", "the school") is taken."""
    if not 1 <= len(tokens) <= 3 or any(t[:1].isupper() for t in tokens[1:]):
        return False
    if any(_TRAILING_POSSESSIVE.search(t) for t in tokens[:-1]):
        return False  # a possessive makes the words a thing owned: "Gullit's selection gambit"
    words = [t.lower() for t in tokens]
    if len(tokens) == 1 and tokens[0][:1].isupper():
        return False  # one capitalised word is judged by the rules for names
    return all(
        w.replace("-", "").replace("'", "").isalpha()
        and w not in _FUNCTION_WORDS
        and w not in _DETERMINERS
        and w not in _COLLECTIVE
        and w not in _ORGANISATION_WORDS
        and w not in _BODY_ROLES
        and w not in _PEOPLE_NOUNS
        and w not in _PERSON_ROLES
        and w not in _TIME_WORDS
        and not _verb_like(w)
        for w in words
    ) and not _names_a_group(words[-1])


# adverbs that sit between an auxiliary and its verb: "He has always denied"
_MID_ADVERBS = _words(
    "always never ever often also already still just even now thus therefore hence again"
)


def _ends_in_a_names_today(tokens: list[str]) -> bool:
    """ "USA Today", "the newspaper Kathmandu Today": a capitalised "Today" after a capitalised
    word ends a name, it is no time."""
    if len(tokens) < 2 or tokens[-1].strip(",") != "Today" or not tokens[-2][:1].isupper():
        return False
    word = tokens[-2].lower()  # (not title-case copy: "Boris Johnson Today", "Police Today")
    return not (
        word in _SURNAMES
        or word in _GIVEN_NAMES
        or word in _COLLECTIVE
        or word in _PERSON_ROLES
        or _is_organisation(word)
    )
