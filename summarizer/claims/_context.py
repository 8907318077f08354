"""What the sentences before tell about who is speaking: the last person or body named, full
names, genders, the roles the article gave its people, firms and the documents they issued, an
interview's questions, an open quotation. A pronoun, a role ("the 28-year-old") or a continued
quotation is resolved against what it holds (``pronoun``, ``description``, ``expand``), so a
sentence never has to repeat a name to keep its speaker.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from summarizer.claims._names import (
    _AN_UNNAMED_ONE,
    _BODY_ROLES,
    _DATE_WORDS,
    _FIRST_NAME_GENDERS,
    _GENDERED,
    _GIVEN_NAMES,
    _GROUP_HEADS,
    _HYPHENATED_ADJECTIVE,
    _KIN,
    _NAME_CHAIN,
    _ONE_NATIONAL,
    _PARTICLE_SURNAME,
    _PARTICLES,
    _PAST_FORMS,
    _PERSONAL_ASIDE,
    _ROLE_APPOSITION,
    _SENTENCE_NAME,
    _SURNAMES,
    _THE_BEFORE,
    _TIME_WORDS,
    _TITLE,
    _TITLED_SUBJECTS,
    _TITLES_AFTER_A_BODY_AS_WRITTEN,
    _body_head,
    _caption_word,
    _drop_adverbs,
    _finite_verb,
    _is_acronym,
    _is_body_name,
    _is_first_name,
    _is_organisation,
    _is_title_after_a_body,
    _is_title_before_name,
    _looks_like_person,
    _lower_case_person,
    _named_as_person,
    _particle_index,
    _surname_a_month,
    _without_title,
    is_plausible_source,
)
from summarizer.claims._patterns import (
    _MAX_NAME_WORDS,
    _TRAILING_POSSESSIVE,
)
from summarizer.claims._phrases import (
    _AUTHORED,
    _DOCUMENTS,
    _NAME_AFTER_OPENER,
    _NAME_WORD,
    _OPENING_NON_NAMES,
    _PAST_OR_PERFECT,
    _REGION_LEADS,
    _SELF_NAMED,
    _TITLE_ROLES,
    _in_lower_case,
    _is_title_word,
    _leading_phrase,
    _lost_capitals,
    _lower_case_name,
    _mentioned_name,
    _names_an_outlet,
    _the_and_a_body,
    _tidy,
    _tokenised,
)
from summarizer.claims._prefilter import gated
from summarizer.claims._quotes import (
    _OPENING_MARK,
    _closes_its_quote_at_the_end,
    _mask_quotes,
    _quote_marks,
    _QuoteState,
    _tokenised_quote_state,
)
from summarizer.claims._words import (
    _COLLECTIVE,
    _COUNTRY_NAMES,
    _DATA_HEADS,
    _DETERMINERS,
    _FUNCTION_WORDS,
    _INDEFINITES,
    _NATIONALITIES,
    _NATIONS,
    _OUTLET_HEADS,
    _PEOPLE_NOUNS,
    _PERSON_ROLES,
    _PERSON_TITLES,
    _PLURAL_FORMS,
    _POSSESSIVES,
    _PRONOUNS,
    _SPEECH_WORDS,
    _SUBORDINATORS,
    _TEXTS_KEPT,
    _TITLE_GENDER,
    _is_person_noun,
    _plural_in_form,
    _verb_like,
    _words,
)

# news outlets known by a bare name, who report on a body rather than speak for it
_OUTLET_NAMES = frozenset(
    {"TMZ", "CNN", "BBC", "Reuters", "Bloomberg", "AP", "AFP", "ESPN", "NBC", "ABC", "CBS"}
    | {"MailOnline", "Variety", "Deadline", "Politico", "Axios"}
)


# "o'donoghue", "d'angelo": a surname whatever the census lists hold (they drop the mark)
_IRISH_SURNAME = re.compile(r"[od][’'][a-z]{3,}")


# a sentence opening with a role's words (one capital, the rest lower case), then a full name,
# a place or body it is from, and a verb
_DESCRIBED_NAME = re.compile(
    r"(?<![\w'’-])[A-Za-z][\w'’-]*+(?:\s+[a-z][\w'’-]*+){1,3}\s+"
    r"(?:(?:Professor|Prof\.?|Dr\.?|Sir|Dame)\s+)?"
    r"(?P<name>(?P<first>[A-Z][a-z][\w'’-]*+)\s+[A-Z][\w'’-]++)"
    r"(?:\s+(?:from|of|at)\s+(?:the\s+)?[A-Z][\w'’-]*+(?:\s+(?:of\s+)?[A-Z][\w'’-]*+){0,5}?)?"
    # (an aside between the name and its verb: "the legendary senator Strom Thurmond, a
    # 48-year member of the US Senate, tapped me on the shoulder")
    r"(?P<aside>,\s+(?:a|an|the|who)\s+[^,;:]{1,80},)?"
    r"\s+(?:(?P<linking>was|is|has|had|have)|[a-z]+ed)\b"
)


# where a clause may open after an opening one: "When the bill came up for a vote, the …"
_CLAUSE_BREAK = re.compile(r"[,;:]\s+")


# words for a race's winner, a horse's as often as a person's: "the defending champion"
_RACE_WINNERS = frozenset({"champion", "winner", "favourite", "favorite", "finalist"})


# a role in lower case opening the sentence, then a full name set off by commas, then its verb:
# "The White House press secretary, Sarah Huckabee Sanders, sought …"
# (a body's officer, its name in the role: not "The wife of the president, Michelle Obama,",
# whose role a later "the president" is not, nor "A second man, Paul Grey,")
_OPENING_ROLE_AND_NAME = re.compile(
    r"(?:The|A|An|Its|His|Her|Their)\s+(?:[\w.'’-]++\s+){0,3}?[A-Z][\w.'’-]*+\s+"
    r"(?:[\w.'’-]++\s+){0,3}?[a-z][\w-]*+,\s+"
    r"(?P<name>[A-Z][\w.'’-]*+(?:\s+[A-Z][\w.'’-]*+){1,3}),\s+[a-z]"
)


def _described_name(text: str) -> re.Match[str] | None:
    """A role's words and a full name that acts, opening the sentence or a clause after an
    opening one ("When the bill came up for a vote, the legendary senator Strom Thurmond …
    tapped me")."""
    starts = [0] + [m.end() for m in _CLAUSE_BREAK.finditer(text, 0, 300)]
    return next(
        (
            m
            for start in starts
            if (m := _DESCRIBED_NAME.match(text, start))
            and _role_before_name(m)
            # (past an opening clause or an aside, only a person's role right before the name
            # shows a person: "the department store chain John Lewis, a staple of the high
            # street, reported", "the veteran chaser Tiger Roll" are a firm and a horse)
            and ((start == 0 and not m.group("aside")) or _acts_as_a_person(m))
        ),
        None,
    )


def _acts_as_a_person(described: re.Match[str]) -> bool:
    """Whether the word right before the name (or its title) is a word for a person, not one
    for a race's winner (a horse as often: "the defending champion Tiger Roll"), and the name
    acts in a verb of its own, not one done to it ("the victim Jordan Hughes, …, was
    stabbed")."""
    words = [w for w in _words_before_name(described) if w.rstrip(".") not in _PERSON_TITLES]
    return (
        bool(words)
        and _is_person_noun(words[-1])
        and words[-1] not in _RACE_WINNERS
        and not described.group("linking")
    )


def _words_before_name(described: re.Match[str]) -> list[str]:
    """The description's words before the name, lower-cased: "the legendary senator"."""
    return described.string[described.start() : described.start("name")].lower().split()


def _role_before_name(described: re.Match[str]) -> bool:
    """Whether the words before a full name make it a person's: a known first name, or a
    person's role among them ("Marine scientist Callum Roberts")."""
    words = _words_before_name(described)
    if any(w in _FUNCTION_WORDS for w in words[1:]):
        return False  # a phrase of place before a name: "A girl from Fort Worth was …"
    return _is_first_name(described.group("first").lower()) or any(
        _is_person_noun(w) for w in words
    )


# "For <name>," opening a sentence, after a conjunction at most: "But, for Bennett, …"
_FOR_OPENER = re.compile(
    r"(?:(?:But|And|Yet|So|Now)\s*,?\s+)?[Ff]or\s+(?P<name>(?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+),\s"
)


# who heads or made something, in an apposition's "the <word> of"
_HEADS_OF = frozenset(
    {"head", "co-founder", "cofounder", "editor", "dean", "curator", "creator", "principal"}
)


# texts that speak for whoever wrote them (not "paper", which may be a newspaper)
_TEXTS = frozenset(
    {"document", "memo", "letter", "statement", "email", "report", "study", "survey", "poll"}
)


def _reports_as_a_paper(source: str, text: str) -> bool:
    """Whether the sentence names its speaker as a paper or an agency in a reporter's tag or
    after "reports" ("…, reports Variety.", "according to reports by Reuters"), not as one
    who reports what happened ("Smith reported …", whom a later "he" may mean)."""
    if _named_as_person(source):
        return False  # "…, reports Jane Smith."
    if source not in text or "report" not in text:
        return False  # (what the pattern holds as written: no pattern compiled for the name)
    name = re.escape(source)
    return bool(re.search(rf"\b(?:reports|reported)\s+(?:(?:by|from|in)\s+)?{name}\b", text))


def _unnamed_text(head: str, known: str) -> bool:
    """Whether a text's definite description would become an indefinite phrase with no name
    in it, which tells a reader nothing more: "the document" after "according to a
    top-secret document" stays "the document" (a person's is who the later words are of:
    "the spokesman" after "A spokesman for the firm said")."""
    words = known.split()
    return (
        head in _TEXTS
        and words[0].lower() in ("a", "an")
        and not any(w[:1].isupper() for w in words[1:])
    )


def _names_another_author(tokens: list[str], known: str, places: set[str]) -> bool:
    """Whether a document's own capitalised words name an author other than the one known:
    "The World Bank report" after "a report by the IMF" is not the IMF's. A date, a place, the
    known author's own words or initials tell the same document: "The December report", "The
    Harvard study" after one by Harvard University, "The UN report" after one by the United
    Nations."""
    if tokens[-1].lower().strip(",.") not in _DOCUMENTS:
        return False
    told = {w.lower().strip(",.") for w in known.split()}
    initials = "".join(w[0] for w in known.split() if w[:1].isupper())
    other = [
        word
        for word in (t.strip(",.") for t in tokens[1:-1] if t[:1].isupper())
        if not (
            word.lower() in _DATE_WORDS
            or word.lower() in told
            or word.lower() in places
            or (word.isupper() and word in initials)
        )
    ]
    # (only a body's name or initials name another: a topic, an event, a season or a nation
    # tells the same document, "The Brexit report", "The Q3 report", "The Greek report")
    if not other:
        return False
    last = other[-1]
    initials_of_a_body = last.isalpha() and last.isupper() and len(last) > 1
    # (a paper or an agency is another author: "The Reuters report", "The Guardian report")
    outlet = last in _OUTLET_NAMES or bool(re.fullmatch(_OUTLET_HEADS, last))
    return (
        outlet
        or _is_organisation(last)
        or (initials_of_a_body and last.lower() not in _COUNTRY_INITIALS)
    )


def _tells_no_more(known: str, tokens: list[str]) -> bool:
    """Whether the unnamed one a definite description takes up was given in no more words
    than it has: "the aide" after "An aide said", "The Fatah official" after "An official"
    stay as written ("the official" after "a senior Israeli official" is that official, and
    "the spokesman" after "a spokesman for the firm" the firm's)."""
    words = known.lower().split()
    if words[0] not in ("a", "an") or any(w[:1].isupper() for w in known.split()[1:]):
        return False
    return set(words[1:]) <= {t.lower().strip(",.") for t in tokens[1:]}


def _apposed_role(text: str, end: int) -> bool:
    """Whether an apposition right after ``end`` gives a person's role or trade ("…, a
    student at Boston College,", "…, the 27-year-old founder,"): a lone name so described is
    a person, not a place or a club ("Everton, the club he joined,")."""
    apposition = _ROLE_APPOSITION.match(text, end)
    if not apposition:
        return False
    role = apposition.group("role")
    if _is_person_noun(role) or role.endswith("-year-old"):
        return True
    # … or the one at the head of something: "…, the head of Kethea,", "…, the co-founder of"
    # (not "a town of", "the birthplace of", "the largest employer of")
    return text.startswith(" of ", apposition.end()) and role in _HEADS_OF


def _aged_or_described(tokens: list[str], index: int) -> bool:
    """An age or a relative "who" in commas right after two words shows a person's name even
    when the surname is an English word ("Simon wood , 38 , from oldham", "masterchef simon
    wood , who won the title")."""
    if index + 1 >= len(tokens) or tokens[index] != ",":
        return False
    if tokens[max(0, index - 3) : index - 2] == ["the"]:
        return False  # a body: "the preston north , who …"
    after = tokens[index + 1].lower()
    if after == "who":
        # (a team is plural: "orlando magic , who have lost six straight")
        return tokens[index + 2 : index + 3] not in (["have"], ["are"], ["were"])
    return after.isdigit() and len(after) <= 2 and tokens[index + 2 : index + 3] == [","]


# An age after a comma follows a person's name: "emma tallon , 27 ,", "nasr bitar, 31."
_AGE_AFTER_NAME = re.compile(r"[a-z]\s?,\s(?:aged\s)?\d{1,3}\s?[,.]")


# the main clause after an opening one, opened by a pronoun: ", she was only half-surprised"
_PRONOUN_AFTER_CLAUSE = re.compile(r"[^,]*,\s+(?:he|she)\b")


_FIRM_ROLES = _words(
    """
    company firm business brand retailer carrier airline manufacturer maker automaker carmaker
    utility giant supermarket grocer
    """
)


# Words for a firm that name the same kind: "the firm" is "the company" (not a person's role,
# where the other side's lawyer or another gender's spokesman is someone else)
_FIRM_SYNONYMS = _words("company firm business")


# the words a firm's legal name ends with ("Intel Corp", "Daimler-Benz AG")
_FIRM_SUFFIXES = _words("inc corp corporation co ltd plc ag llc gmbh holdings")


# what follows a firm's name as its subject: a verb, or an apposition and then one
_FIRM_SUBJECT = re.compile(
    r"\s*+(?:,\s++(?:the|a|an)\s++[^,]{1,120}+,\s++)?(?:[a-z]++(?<=ly)\s++)?"
    r"(?:[a-z]++(?<=ed)|is|has|was|had|said|says|will|plans|sells|makes|offers)\b"
)


# "AG" after these is an attorney general, not a firm's legal form: "The AG", "Texas AG"
_NOT_A_FIRM_BEFORE_AG = _words(
    """
    the state alabama alaska arizona arkansas california colorado connecticut delaware florida
    georgia hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland
    massachusetts michigan minnesota mississippi missouri montana nebraska nevada hampshire
    jersey mexico york carolina dakota ohio oklahoma oregon pennsylvania rhode tennessee texas
    utah vermont virginia washington wisconsin wyoming federal
    """
)


def _has_firm_suffix(name: str) -> bool:
    """A firm's legal form ends the name: "Intel Corp", "Siemens AG" (not "Texas AG")."""
    words = name.split()
    last = words[-1].lower().rstrip(".")
    if last not in _FIRM_SUFFIXES or len(words) < 2:
        return False
    return last != "ag" or words[-2].lower() not in _NOT_A_FIRM_BEFORE_AG


# Trades a brand may be known by ("Barclays" is "the bank")
_TRADE_ROLES = _words("brokerage bank lender insurer")


# words for what is said, which no firm is named: "Claims made by the company …"
_SAID_THINGS = _DOCUMENTS | _words("claim allegation accusation rumour rumor statement")
# the verbs a firm opening a sentence takes: "Volkswagen is giving", "Amazon has launched"
_FIRM_VERBS = _words(
    "is has was had announced launched released unveiled said says confirmed revealed plans "
    "will sells sold makes made offers offered"
)


# a country's initials own things as a firm does ("the UK's biggest bank"): never a firm
_COUNTRY_INITIALS = _words("us usa uk uae eu un ussr prc drc")


# Public bodies, never a firm's trade: "Police said …" does not make "the bank" the police
_PUBLIC_BODY_WORDS = _words(
    """
    police ministry department government council court office army military forces agency
    service authority commission parliament senate congress prosecutors fbi cia
    """
)


# A kind of body whose name shows its kind: "the brokerage" is a body named "… Equities", not
# the police who spoke last ("Police said the robbers targeted a Barclays branch … The bank
# said …")
# kinds a body is called by only when its own name says it ("the group", "the agency")
_NAMED_KINDS = frozenset({"group", "agency"})


# a group named without a name of its own: "a group of protesters", "a small group"
_A_GROUP = re.compile(r"\ba\s+(?:[\w-]+\s+)?group\b", re.IGNORECASE)


_KIND_NAMES: dict[str, frozenset[str]] = {
    "brokerage": _words("equities securities capital partners brokers brokerage"),
    "bank": _words("bank"),
    "lender": _words("bank finance lending mortgage mortgages"),
    "insurer": _words("insurance assurance insurers"),
    # a football club's name most often shows it: "Leeds United", "Blackburn Rovers"
    **dict.fromkeys(
        ("club", "team"),
        _words("united city fc rovers athletic wanderers albion hotspur rangers celtic club"),
    ),
    # an armed, political or campaign group goes by what it calls itself ("the group" after
    # "The Popular Liberation Front said")
    "group": _words("group front movement alliance coalition militia brigade brigades faction"),
    # a police force ("the force" after "Greater Manchester Police said")
    "force": _words("police constabulary"),
    # a public body of any of the names government agencies go by ("the agency" after "The
    # Transportation Security Administration said")
    "agency": _words("agency administration service bureau authority commission directorate"),
    # any body that speaks for a trade or a cause ("the private research body" after "Wako
    # Research Institute of Economics said")
    "body": _words(
        """institute institution association council commission board agency foundation trust
        society federation union office authority committee organisation organization"""
    ),
    **dict.fromkeys(
        ("organisation", "organization", "charity"),
        _words(
            """trust foundation charity association society fund institute alliance network
            coalition federation union league centre center bank council"""
        ),
    ),
}


# how far before a name the words that show its place are looked for ("investigating ",
# "in the "), so that a long sentence is not read again for each name
_LOOK_BACK = 40


# how many lines ago a body spoke for "the company" to be it whatever was named since
_SPOKE_LATELY = 4


# how many sentences back a description may reach for a body named in passing
_BODY_REACH = 2


# a run of capitalised words, perhaps joined by "&", "of" or "for" ("Department for
# Transport"), and an owner's "'s"
_CAPITALISED_RUN = re.compile(
    r"(?<![\w'’.&(-])(?P<run>[A-Z][\w.&-]*+(?:\s+(?:(?:&|of|for|(?:of|for)\s+the)\s+)?"
    r"[A-Z0-9][\w.&-]*+)*+)(?P<owner>['’]s?(?!\w))?"
)


# initials that name no body: a country's, an office's, a measure's
_NOT_BODY_INITIALS = frozenset(
    {"CEO", "CFO", "COO", "CTO", "MP", "MPs", "PM", "AM", "TV", "GDP", "VAR", "AI", "ID", "OK"}
    | {"I", "A", "Q", "FC"}
)


# words a firm's name ends with that tell its trade: "Halvorsen Energy", "Marlowe Foods",
# "Kestrel Air", "Castline Mobile" (besides the words for a body and a firm's legal suffixes)
_TRADE_NAME_ENDS = _words(
    """
    energy foods food air airways airlines logistics games mobile telecom telecoms water
    insurance marine mining health software pharmaceuticals pharma motors media entertainment
    studios records capital partners holdings biotech therapeutics technologies systems
    industries labs shipping freight rail railways brewery brewing retail stores news
    """
)


# the trades a firm's name may show, and the words for a firm of that trade: "Kestrel Air" is
# "the airline", "Thames Water" no "bank"
_TRADE_KINDS: dict[str, frozenset[str]] = {
    **dict.fromkeys(("airline", "carrier"), _words("air airways airlines")),
    **dict.fromkeys(("carmaker", "automaker", "manufacturer", "maker"), _words("motors motor")),
    "drugmaker": _words("pharmaceuticals pharma therapeutics biotech"),
    "insurer": _words("insurance"),
    **dict.fromkeys(("network", "broadcaster", "channel"), _words("news media network channel")),
    "studio": _words("studios games entertainment"),
    "label": _words("records"),
    **dict.fromkeys(("utility", "supplier"), _words("energy water power gas")),
    "retailer": _words("retail stores"),
    "shipbuilder": _words("marine shipping"),
}


# words for any firm, whatever trade its name shows
# ("the group" is left to the bodies so named that spoke: an armed or a campaign group as often)
_ANY_FIRM_WORDS = _words("company firm business giant brand operator provider chain")


# what a body's name goes before, as the thing or people it owns: "a Barclays branch",
# "Amazon warehouses", "a Ryanair spokesman"
_OWNED_BY_A_BODY = _words(
    """
    branch branches store stores shop shops warehouse warehouses factory factories plant plants
    office offices headquarters flight flights train trains pub pubs depot depots spokesman
    spokeswoman spokesperson executive executives official officials staff workers employees
    shares shareholders boss bosses chief chairman profits sales customers subsidiary division
    deliveries bid founder owner stock results earnings revenue takeover board directors
    investors website app brand
    """
)


# a verb after a firm that opens its sentence: "Ryanair cancelled", "Tesco reported", "Tesla
# cut" (an "-s" form only where no plural noun is spelled so: "Local farmers" is none)
_FIRM_VERB_FORM = re.compile(
    r"[a-z]+ed|is|has|was|had|will|said|says|plans|sells|makes|offers|expects|reports|warns|"
    r"wants|needs|owns|runs|sold|made|won|lost|cut|lent|held|hit|set|put|took|gave|began|flew|"
    r"paid|bought|brought|sent|spent|kept|left|told|became|grew|fell|rose|led|ran|saw|got|"
    r"struck|beat|built|drew|chose|came|went|found|hung|stole|shut|quit|let|spread|bid|cost"
)


# the words a body's name may end with
_BODY_NAME_ENDS = (
    _BODY_ROLES
    | _FIRM_SUFFIXES
    | _TRADE_NAME_ENDS
    | frozenset().union(*_KIND_NAMES.values())
    | _words("police constabulary ministry government")
)


# where a lone capitalised word is a place, not a body: "in Leeds", "at Anfield"
_PLACE_PREPOSITION = re.compile(
    r"\b(?:in|at|near|outside|across|around|to|from|of)\s+(?:the\s+)?$", re.IGNORECASE
)


# the word after a name
_NEXT_WORD = re.compile(r"\s*+(\S++)")


# "is" or "was" and a noun phrase that describes the subject: "is Google's attempt", "was a
# joint venture"
_DESCRIBED_AFTER_IS = re.compile(r"\s+(?:is|was)\s+(?:a|an|the|[A-Z][\w.&-]*+['’]s)\s")


# a verb or a preposition right before a word: "sued ", "investigating ", "fined ", "by "
_AFTER_A_VERB = re.compile(r"\b(?:[a-z]+(?:ed|ing)|by|against|with|for)\s+$")


# the start of a sentence or a clause glued on by a lost stop
_SENTENCE_START = re.compile(r"[.!?:;]\s+(?:[\"“‘']\s*)?$")


# a title's "of" right before a place: "Mayor of ", "Archbishop of "
_OFFICE_OF_PLACE = re.compile(r"\b(?P<title>[A-Z][\w.]*)\s+of\s+(?:the\s+)?$")


# a lower-case role right before a name: "Jefferies analyst Jonathan Matuszewski"
_ROLE_BEFORE_NAME = re.compile(
    rf"(?<![\w'’-])(?P<role>[a-z][a-z-]{{2,}}+)\s+(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}})"
)


_TITLE_BEFORE_NAME = gated(
    re.compile(
        # (a title is capitalised before a name: "judge" or "prince" in lower case is a word)
        rf"""(?<![\w'’-])(?<!Vice\s)(?<!vice\s)(?<!Deputy\s)(?<!deputy\s)(?<!Former\s)
    (?<!former\s)(?<!Acting\s)(?<!acting\s)(?<!Ex-)(?<!ex-)(?<!Lt\.\s)(?<!Lt\s)
    (?<!Lieutenant\s)
    (?P<title>{"|".join(t.capitalize() for t in _TITLE_ROLES)})\.?\s+
    (?P<name>{_NAME_WORD}(?:\s+(?:{_PARTICLES}\s+){{0,2}}{_NAME_WORD}){{0,3}})""",
        re.VERBOSE,
    )
)


# the titles read before a lower-case name too (not "dr", "prince", "president", … : in
# lower-cased text they stand before words as often as before names)
_LOWER_CASE_TITLES = (
    "judge",
    "det",
    "detective",
    "sgt",
    "sergeant",
    "insp",
    "inspector",
    "gov",
    "governor",
    "sen",
    "senator",
    "mayor",
)


_LOWER_TITLE_BEFORE_NAME = re.compile(
    r"(?<![\w'’-])(?<!vice\s)(?<!deputy\s)(?<!former\s)(?<!acting\s)"
    rf"(?P<title>{'|'.join(_LOWER_CASE_TITLES)})\.?\s+(?P<name>[a-z][\w’'-]+)\b"
)


_ONE_PERSON_WORDS = _PERSON_ROLES | _PEOPLE_NOUNS


# another of a kind: "a second man", "another witness", "the GMB union"
_ANOTHER_OF_KIND = re.compile(
    r"\b(?:[Aa]nother|[Aa]\s+(?:second|third|fourth|new|different)|[Tt]he\s+(?:[a-z]+\s+)?"
    r"(?P<name>[A-Z][\w&-]*+(?:\s+[A-Z][\w&-]*+){0,3}))\s+(?P<role>[a-z][a-z-]{2,}+)\b"
)


# words for one person by a trait, which the article may share with others: a nationality,
# or a place in politics or sport
_TRAIT_WORDS = _ONE_NATIONAL | _words(
    "lawmaker legislator politician skipper democrat republican tory"
)


# the offices one person holds at a time: who holds one is not "the <another>"
_OFFICES = _words(
    """
    president premier minister chancellor secretary senator congressman congresswoman
    governor mayor ambassador treasurer commissioner envoy sheriff judge
    """
)


# a role opening the sentence before a name: "Prosecutor Anna Kerr told the court"
_OPENING_ROLE_BEFORE_NAME = re.compile(
    rf"[\W_]*+(?P<role>[A-Z][a-z-]{{2,}}+)\s+(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}})"
)


# a role, then the full name it is: "The suspect, Michael Webb, was convicted …"
_ROLE_THEN_NAME = re.compile(
    rf"""(?<![\w'’-])(?:[Tt]he|[Aa]n?|[Oo]ne|[Hh]is|[Hh]er|[Tt]heir)\s+
    (?:[a-z][\w-]*+\s+){{0,2}}?(?P<role>[a-z][a-z-]{{2,}}+),\s+
    (?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}}),""",
    re.VERBOSE,
)


_NOT_THIS_ONES = _words("former ex other second late then previous outgoing next new")


# the words of a body's name before its last ones, joined by "of", "for" or "and": "the
# Center for " of "the Center for Arizona Policy"
_NAME_JOINED_BEFORE = re.compile(
    r"(?:\b[Tt]he\s+)?(?:(?:[A-Z][\w&'’.-]*+\s+)+(?:of|for|and|on)\s+)+$"
)


def _whole_body_name(
    head: str, apposition: re.Match[str], name: str, named_bodies: list[str]
) -> str | None:
    """A body's whole name, of which an apposition's name may hold only the end: "the Center
    for Arizona Policy, a social conservative group that …"."""
    body = next((b for b in named_bodies if b.endswith(f" {name}")), None)
    if body is None and apposition.group("role").lower() in _BODY_ROLES:
        start = apposition.start("name")
        before = _NAME_JOINED_BEFORE.search(head, max(0, start - 80), start)
        # (only a name that opens with "the": "Customers of TSB" is no body's name)
        if before and before.group()[:4].lower() == "the ":
            body = _tidy(before.group() + name)
    return body


# a relative clause right after an apposition's role: "…, a group that …"
_RELATIVE_AFTER = re.compile(r"\s+(?:that|which)\b")


# the words right before an apposition's name that make it a longer name's end or the object
# of another word: "of the Earth", "Save the Children", "of TSB", "and St Thomas"
_NAME_GOES_ON_BEFORE = re.compile(
    r"(?:\b(?:of|and|the|de|du|von|van|der)|['’]s?|\b[A-Z][\w'’-]*)\s+$"
)


# a name, its age, its role: "Derek Scissors, a China scholar at …", "Reichert, 43, …"
_APPOSITION = re.compile(
    rf"""(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}}),\s+
    (?:(?P<age>\d{{1,3}}),\s+)?
    (?:(?:the|a|an|[A-Z][\w.-]*+['’]s)\s+(?:[\w’'-]++\s+){{0,3}}?(?P<role>[a-z][\w-]*+|[A-Z]{{2,}}+)
        (?=\s*[,.;]|\s+(?:of|at|for|with|in|from|who|that|which|and|on)\b))?""",
    re.VERBOSE,
)


# someone's role and the name given to it: "Altice's attorney, Ed Brass,"
_OWNED_ROLE = re.compile(
    rf"(?P<owner>[A-Z][\w.&-]*+)['’]s\s+(?P<role>[a-z][\w-]*+),\s+"
    rf"(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}}),"
)


# A relative or an agent the article names right after a possessive pronoun: "his mother
# Claire", "her 52-year-old mother Debbie", "their lawyer, Ann Cole"
_PRONOUN_KIN = re.compile(
    rf"\b(?P<owner>[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w-]+-year-old\s+|older\s+|younger\s+)?"
    rf"(?P<role>{_KIN}|grandmother|grandfather|partner|girlfriend|boyfriend|fiancée?|fiancee|"
    rf"lawyer|attorney|agent|manager)(?:\s+(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}})|"
    # (a name after a comma only in commas: "his mother, Claire Creag, said")
    rf",\s+(?P<apposed>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}})(?=,))"
)


# what an outlet's report is written as: "an Associated Press report", "a BBC investigation"
_REPORT_NOUNS = _words("report reports story article investigation interview")


# an article that says it prints an interview or a transcript
_INTERVIEW_TOLD = re.compile(
    r"\b(?:interview(?:ed)?|transcript|conversation|podcast|Q&A|(?:spoke|speaks|talked|talks)\s+"
    r"to|sat\s+down\s+with|questioned|cross-examination|exchange\s+went|"
    # … or a question put to someone: "Q: Your 2019 paper found …; has that held up?"
    r"Q\s*[:.]\s.*\b(?:you|your)\b)",
    re.I,
)


# a body or person that put out a document: "Big Machine Records issued a statement"
_PUT_OUT = r"(?:issued|released|published|put\s+out|sent\s+out|filed|lodged)"
_ISSUING = re.compile(rf"\b{_PUT_OUT}\b")


_IN_A_STATEMENT = re.compile(r"\b(?:in|via)\s+a\s+(?:[\w-]+\s+)?statement\b", re.I)


# a speaker who "said in a report" (or "in its annual report"): the report is theirs
_IN_A_REPORT = re.compile(
    r"\b(?:said|says|stated|states|noted|notes|predicted|predicts|forecast|forecasts)\s+in\s+"
    # (its own report, not another's: "said in a BBC report", "said in the report", "said in a
    # review of the service")
    r"(?:a|an|its|their)\s+(?:[a-z][\w-]*\s+){0,2}?(?P<doc>report|study)\b(?!\s+(?:of|by)\b)"
)


_ISSUED = re.compile(
    # the issuer opens its clause, after any time or conjunction ("On Monday, Apple issued …",
    # "But Ryanair issued …"): a capital before it is that word's, not the issuer's
    rf"""(?:^|[,;:]\s+|\b(?:and|but|(?:On|on)\s+[A-Z][a-z]+day,?|Yesterday,?|Today,?)\s+)
    (?P<by>(?:(?<![\w,;:]\s)The\s+)?(?!(?:But|And|Yesterday|Today|On|The)\s)
        {_NAME_WORD}(?:\s+(?:of\s+)?{_NAME_WORD}){{0,5}})
    \s+(?:has\s+|have\s+|had\s+)?
    {_PUT_OUT}\s+
    # its own, with a few words of its kind: "Shell published its annual energy transition
    # report", "Greenpeace published an analysis of …", "Acme filed a lawsuit"
    (?:a|an|its|their)\s+(?:[\w’'-]+\s+){{0,4}}?
    (?P<doc>statement|report|letter|release|memo|study|survey|analysis|review|lawsuit|complaint|
        document)\b""",
    re.VERBOSE,
)


_BODY_HEADS = "|".join(sorted(w.capitalize() for w in _BODY_ROLES))


# titles that may follow a body's name and open a person's: "… Bank of New York President …"
_TITLE_WORDS = rf"(?:{'|'.join(sorted(_TITLES_AFTER_A_BODY_AS_WRITTEN))})\b"


# a body's name: capitalised words ending in a word for a body ("Ambulance Service")
_BODY_NAME = re.compile(
    rf"{_NAME_WORD}(?:\s+(?:of\s+|and\s+)?{_NAME_WORD}){{0,5}}\s+(?:{_BODY_HEADS})\b"
    # (and what it is of: "the Writers Guild of America", "the Bank of England"; not a
    # title and a name after it: "Bank of England Governor Andrew Bailey")
    rf"(?:\s+of\s+(?:the\s+)?(?!{_TITLE_WORDS}){_NAME_WORD}"
    rf"(?:\s+(?:and\s+)?(?!{_TITLE_WORDS}){_NAME_WORD}){{0,3}})?"
)


_CLAUSE_SUBJECT = re.compile(
    # (a coordinated clause too, and its subject's apposition or "who" aside: "…, but
    # Manhart, a former training sergeant who served in Kuwait, refuses", "Following the
    # accident, Charlotte, who had left university, was dropped")
    r"""[,:;]\s+(?:(?:and|but|yet)\s+)?
        # (an age before the name is no part of it: "…, 29-year-old Jorge Alberto López Amores
        # told his friends …")
        (?:\d{1,3}-year-old\s+)?
        (?P<name>(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][\w’'-]*+(?:\s+[A-Z][\w’'-]*+){0,3})
        (?:,\s+(?:a|an|the|who)\s+[^,;:]{1,80},)?
        \s+(?=(?:has\s+|had\s+|was\s+|is\s+)?
        # (not a plural in a list: "…, poems, Christmas cards, and other material")
        (?:[a-z]+ed\b|[a-z]+s\b(?!\s*[,;]|\s+(?:and|or)\b))
        # … or "told", after no owner's name: "…, 29-year-old Jorge Alberto López Amores told his
        # friends to film it" (not "On Tuesday, Christie's told …")
        |(?<![’']s\s)(?P<irregular>told)\b)|
    \b(?P<titled>(?:mr|mrs|ms|miss|dr)\.?\s+[a-z][\w’'-]*+)""",
    re.VERBOSE,
)


# a lone capitalised word opening a sentence or a clause, its verb next ("While Pat likes")
_LONE_SUBJECT = re.compile(
    r"""(?:\b(?i:when|while|after|by\s+the\s+time|since|as|although|though|because|until|
        once|and|but)\s+|^|(?<=[,;:])\s+)
    (?P<name>[A-Z][a-z][\w’'-]*+)(?![’']s\b)(?=\s+[a-z]|,)""",
    re.VERBOSE,
)


# verbs, and the words after "was" or "is", that only a person takes
_HUMAN_VERBS = _words(
    """
    realised realized felt thought recalled recalls smiled laughed cried wept married
    remembered remembers noticed notices apologised apologized
    """
)


# (not "wants", "hopes", "fears", "learned", "decided" or "was charged": "Amazon wants …",
# "When Arsenal learned of the offer", "The club was charged by the FA")
_HUMAN_STATES = _words("adamant arrested sentenced jailed born diagnosed")


_NAME_RUN = re.compile(
    rf"[A-Z][a-z][\w’'-]*+(?:\s+(?:{_PARTICLES}\s+){{0,2}}[A-Z][a-z][\w’'-]*+){{0,3}}"
)


_BEFORE_PLACE = _words("in at from to against near of for on into across outside inside")


def _words_after(name: str, text: str) -> list[str]:
    """The two words after a name in its sentence, past the adverbs before a verb ("Dawson
    also leads" -> "leads", …): where a lone name's verb is read."""
    return _words_from(text, text.find(name) + len(name))


def _words_from(text: str, position: int) -> list[str]:
    """The two words from ``position`` on, past an aside and the adverbs before a verb."""
    rest = text[position:]
    if aside := _ASIDE_AFTER_LONE_NAME.match(rest):
        rest = rest[aside.end() :]  # "Boente, from Birmingham, was charged": the verb after
    return _drop_adverbs(rest.split(maxsplit=4))[:2]


# an aside between commas right after a name, of a few lower-case words ("…, from Birmingham,",
# "…, earlier in the hearing,")
_ASIDE_AFTER_LONE_NAME = re.compile(r",\s+[a-z][\w’'-]*(?:\s+[\w’'-]+){0,5},(?=\s+[a-z])")


# a capitalised word the article gives as a place or an opponent: "in Leeds", "against Burnley"
_PLACE_NAMED = re.compile(
    r"\b(?:in|at|from|near|against|outside|across|around|throughout|beat|beating|over|v|vs)\.?"
    r"\s+(?:the\s+)?(?P<place>[A-Z][a-z]+)\b(?![’'])"
)


# Where something is, of one or two words ("in Fort Worth", "in the Lords", "at Goodison"):
# never a person (after "from" or "beat" a word is as often a person or a side: "a letter
# from John", "Djokovic beat Federer")
_LOCATION = re.compile(
    r"\b(?:in|at)\s+(?:the\s+)?(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b(?![’'])"
)


# a capitalised owner: "Facebook's", "NASA’s"
_POSSESSIVE_OWNER = re.compile(
    r"""(?<![\w.])(?P<owner>[A-Z][\w&-]*+)['’]s\b
    # what a firm owns: "Facebook's various platforms", "Apple's shares"
    (?P<owned>(?=\s+(?:[a-z-]++\s+)?(?:platforms?|products?|apps?|services?|shares|stock|
        users|customers|employees|staff|sales|revenues?|profits?|earnings|stores?|brands?|
        devices|software|subscribers|websites?)\b))?""",
    re.VERBOSE,
)


# speaking for a body: "we", "our", "us"
_WE = re.compile(r"\b(?:we|our|us)\b", re.I)


_SPOKESPEOPLE = _words("spokesman spokeswoman spokesperson representative")


# An interview printed as questions and answers: "Q: Junior – We are so excited …", "A: …"
_QUESTION = re.compile(
    r"Q\s*[:.]\s+(?:(?P<addressed>[A-Z][\w’'-]*+(?:\s+[A-Z][\w’'-]*+)?)\s*[–—,-]\s)?"
)


_ANSWER = re.compile(r"A\s*:\s+")


def _names_in_third_person(text: str, person: str) -> bool:
    """Whether a sentence names ``person`` by a word of their name, as narration or an
    address does; an answer speaks as "I"."""
    words = set(re.findall(r"[A-Z][\w’'-]+", text))
    return any(part in words for part in person.split() if part[:1].isupper())


# a past participle right after "was" or "is", with an adverb between at most: "was left",
# "was last seen", "is not expected"
_PASSIVE_PARTICIPLE = re.compile(
    r"(?:(?:not|last|also|then|still|later|never)\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn|ft|ght)\b"
)


_BE_OR_HAVE = frozenset({"was", "were", "is", "are", "has", "have", "had"})


# two names or people joined, whom "they" means: "Tom and Jane Smith", "Mr & Mrs Smith"
_JOINED_NAMES = re.compile(r"\s(?:and|&)\s")


@dataclass(slots=True)
class _Context:
    """What the sentences before tell about who is speaking: the last person or body named
    (pronouns and roles point there) and the full names seen ("Pickles" -> "Eric Pickles")."""

    speaker: str | None = None  # the last speaker: "they" and a bare quotation point here
    person: str | None = None  # the last speaker or subject that is a person: "he", "she"
    last_name: str | None = None  # the last full name written: "the latter", "the 30-year-old"
    full_names: dict[str, str] = field(default_factory=dict)
    mentions: Counter[str] = field(default_factory=Counter)  # name -> times named
    mentions_order: dict[str, int] = field(default_factory=dict)  # name -> when named last
    quote_open: bool = False  # a quotation opened before and not yet closed: it goes on here
    quote_maybe: bool = False  # … or perhaps reopened for a new paragraph (tokenised text)
    # the last sentence was a quotation or speech, written with its capitals and marks as
    # printed (in tokenised text an open mark cannot be told from a closing one)
    quoting: bool = False
    # … and it opened its quotation after words of its own ("Cathy Olkin said: “Charon …"):
    # the next sentence is inside it, however it begins
    quoting_after_words: bool = False
    people: list[str] = field(default_factory=list)  # persons as subjects, the latest last
    gender: dict[str, str] = field(default_factory=dict)  # person -> "he" or "she"
    gender_hint: dict[str, str] = field(default_factory=dict)  # … as a lone given name hints
    # role word -> the name the article gave it: "Jefferies analyst Jonathan Matuszewski",
    # "Reichert, 43," (the 43-year-old), "a report by the IEA" (the report)
    roles: dict[str, str] = field(default_factory=dict)
    # "his mother" -> the name given her, and the people the article had named then
    kin: dict[str, tuple[str, frozenset[str]]] = field(default_factory=dict)
    # titles two people hold, and their holders: the one the article is about, or no one's
    shared_roles: dict[str, set[str]] = field(default_factory=dict)
    organisation: str | None = None  # the last body that spoke: "the company" points here
    organisation_at: int = 0  # … and the line it spoke in (counted as ``mentioned`` counts)
    # bodies the lines showed acting or owning, the latest last ("Volkswagen is giving …",
    # "PG&E's senior director"): whom "the company" means when no body spoke
    firms: list[str] = field(default_factory=list)
    acting_firms: set[str] = field(default_factory=set)  # … of them, those shown acting
    bodies: list[str] = field(default_factory=list)  # names of bodies seen ("… Ambulance Service")
    # the bodies each sentence named, in any place (subject, object, owner, modifier), the
    # latest sentence last: whom "the company" or "the airline" may take up
    mentioned: list[list[str]] = field(default_factory=list)
    document_author: str | None = None  # who wrote the last document named ("research by …")
    outlet: str | None = None  # the last news outlet that reported: "the newspaper" points here
    claimant: str | None = None  # who made the last claim: what a verdict ("is false") is about
    # who made the last claim, however long ago: whom "the group's claim" names
    last_claimant: str | None = None
    # everyone whose statement the lines reported as a claim ("claimed", "alleged"): whom
    # "Nguyen did not provide evidence" doubts
    claimants: list[str] = field(default_factory=list)
    last_source: str | None = None  # the last sentence's own speaker
    # the speakers so far, the latest last: whom "the army's figures" names after others spoke
    speakers: list[str] = field(default_factory=list)
    last_spoke_as_it: bool = False  # … who went on of themselves as "it": a body
    paper_published: bool = False  # the lines told of a research paper ("published a paper")
    # the last speaker, when the article keeps them unnamed ("the source said", "a source who
    # asked not to be identified"): the quotation they go on with is as anonymous
    unnamed_speaker: str | None = None
    # the last speaker, when the writer hedged the speaking itself ("Liz Cheney reportedly
    # said"), with the hedge: the quotation they go on with is as hedged
    hedged_speech: tuple[str, str] | None = None
    # lone names an aside showed to be people's ("Jordan, 24, …"), though a country's too
    shown_people: set[str] = field(default_factory=set)
    # every speaker the article kept unnamed so far: "The friend said" after "a friend of the
    # couple told Glimmer" is as anonymous, whoever spoke between
    unnamed_speakers: set[str] = field(default_factory=set)
    group_named: bool = False  # the sentence before named a group ("A group of protesters")
    claim_just_made: bool = False  # the sentence before was a claim: what a verdict judges
    stated_just_now: bool = False  # … or any statement: what records may fail to bear out
    last_text: str = ""  # the last sentence, read again only for the rare note that needs it
    # the last unnamed sources named by their kind ("Gulf oil sources"): "the sources" later
    named_sources: str | None = None
    places: set[str] = field(default_factory=set)  # words named as places ("in Leeds")
    locations: set[str] = field(default_factory=set)  # where things are ("in Fort Worth")
    # the last lone word no name list knows that opened a sentence as its subject
    # ("Locksley had barely heard of them"): whom "he" or "she" means when no person is known
    lone_subject: str | None = None
    lone_subject_age: int = 0  # sentences since
    capitals_seen: bool = False  # a sentence before kept its capitals: names can be told
    # an interview's answer goes on ("A: Inspired and humbled! …") until the next question
    answering: bool = False
    interviewee: str | None = None  # whom a question addresses: "Q: Junior – We are so …"
    asked_questions: bool = False  # a question ("Q: …") was printed: an interview, or a quiz
    interview_told: bool = False  # the article said it prints an interview or a transcript
    interviewee_guessed: bool = False  # the interviewee is the person the intro named first
    reading: str = ""  # the sentence being classified

    def told_of_another(self) -> bool:
        """Whether the last statement told of another person than its speaker ("Police said
        the suspect …"): whom a "he" after it may mean."""
        return self.last_source is not None and _tells_of_another(self.last_text, self.last_source)

    def spokesperson(self, tokens: list[str], text: str) -> str | None:
        """ "A spokesman said" right after a body spoke, speaking for it as "we", is that
        body's: "The Animal Health Trust confirmed …" then "A spokesman said: 'We pioneered
        …'" -> "an Animal Health Trust spokesman" (one who speaks of a third person may be
        that person's spokesman)."""
        if len(tokens) != 2 or tokens[0].lower() not in ("a", "an") or not tokens[1].islower():
            return None
        if not _WE.search(text):
            return None
        body = self.last_source
        if tokens[1] not in _SPOKESPEOPLE or not body:
            return None
        if not _looks_like_organisation(body, self.full_names) or _looks_like_person(body):
            return None
        if re.search(rf"\b{_OUTLET_HEADS}$", body) or body in _OUTLET_NAMES:
            return None  # a paper that reported the story does not speak for its subject
        name = body[4:] if body.lower().startswith("the ") else body
        article = "an" if name[:1].lower() in "aeiou" else "a"
        return f"{article} {name} {tokens[1]}"

    def learn(self, text: str, source: str | None, *, heading: bool = False) -> None:
        self._learn_quotation(text)
        self.group_named = bool(_A_GROUP.search(text))
        self._learn_interview(text, heading)
        self.places.update(m.group("place").lower() for m in _PLACE_NAMED.finditer(text[:2000]))
        self.locations.update(m.group("place").lower() for m in _LOCATION.finditer(text[:2000]))
        self.last_source = source
        self.last_text = text
        self.last_spoke_as_it = bool(source) and bool(_SAID_OF_ITSELF.search(text))
        self.paper_published = self.paper_published or bool(_RESEARCH_PAPER.search(text))
        self._learn_roles(text, source)
        self.mentioned.append(self._bodies_in(text[:2000]))
        source = self._learn_speaker(source, text)
        if heading:
            self.lone_subject_age += 1
            return  # a heading between the lines names nobody the story goes on about
        lost = _lost_capitals(text)
        lower_case = _lower_case_full_names(text) if lost else []
        subject = self._person_subject(text, source) or next(
            (name for name, is_subject in lower_case if is_subject), None
        )
        if subject and " " not in subject:
            # a word of a full name the same sentence gives: "Simon wood , 38 ," is "wood"'s
            subject = next(
                (name for name, _ in lower_case if subject.lower() in name.lower().split()),
                subject,
            )
        if subject:
            self.acted(subject)
        elif (
            self._keeps_capitals(text, lost)
            and (name := _mentioned_name(text))
            and self._unknown_word_acting(name, text)
        ):
            self.lone_subject = name
            self.lone_subject_age = 0
        else:
            self.lone_subject_age += 1
        if self.lone_subject and _with_plural_verb(self.lone_subject, text):
            self.lone_subject = None  # "Kilmarnock are eighth": a team, never "he"
        self.capitals_seen = self.capitals_seen or not lost
        self._learn_firms(text, lost)
        for name in self.learn_full_names(text):
            if name.lower() not in self.locations:
                # (a place is no one "the 21-year-old" means: "volunteering in South Africa")
                self.last_name = name
        for name in _named_people(text, self.full_names):
            self._mention(name)
        for name, _ in lower_case:
            given, surname = name.lower().split()
            self.full_names[surname] = name
            self.full_names.setdefault(given, name)
            self._mention(name)

    def _learn_speaker(self, source: str | None, text: str) -> str | None:
        """The sentence's speaker, now the last one, unless it is figures that "showed"
        something: they speak no quotation and are no "he" or "they" later ("Opta data
        showed …" and then "“We were poor,” he said" is the manager's)."""
        last = source.split()[-1] if source else ""
        if not source or last in _DATA_HEADS or source.lower() in _DATA_HEADS:
            # (only the word itself: "the Office for National Statistics" is a body)
            return None
        self.speaker = source
        self.speakers.append(source)
        if _looks_like_organisation(source, self.full_names) and not _taken_up_by_who(
            source, text
        ):
            self.organisation = source
            self.organisation_at = len(self.mentioned)
        self.outlet = _outlet_of(source) or self.outlet
        return source

    def _learn_quotation(self, text: str) -> None:
        """Whether a quotation is open after ``text``, or perhaps reopened (tokenised text)."""
        if _tokenised(text):
            state = _tokenised_quote_state(text, _QuoteState(self.quote_open, self.quote_maybe))
            self.quote_open, self.quote_maybe = state.open, state.maybe
        else:
            self.quote_open, self.quote_maybe = _quote_open_after(text, self.quote_open), False

    def _learn_interview(self, text: str, heading: bool) -> None:
        """Where an interview printed as questions and answers is: an answer ("A: …") goes on
        until a question ("Q: …") or a heading; a question may address the interviewee."""
        self.interview_told = self.interview_told or bool(_INTERVIEW_TOLD.search(text))
        if question := _QUESTION.match(text):
            self.answering = False
            if (addressed := question.group("addressed")) and is_plausible_source(addressed):
                self.interviewee = self.expand(addressed)
            elif not self.asked_questions and not self.interviewee:
                # the first person the lines before the first question named in full:
                # "Chloe Marchetti, 38, became the first woman to … Q: What was …?"
                self.interviewee = next(
                    (p for p in self.people if " " in p and _looks_like_person(p)), None
                )
                self.interviewee_guessed = self.interviewee is not None
            self.asked_questions = True
        elif _ANSWER.match(text):
            self.answering = True
        elif heading or (self.interviewee and _names_in_third_person(text, self.interviewee)):
            self.answering = False

    def answerer(self) -> str | None:
        """Who answers an interview's questions: the one a question addressed, else the
        person the article names most in full (questions open with capitals a name list
        cannot tell from a name: "Q: Favorite band?")."""
        if self.interviewee:
            return self.interviewee
        most = self.protagonist()
        return most if most and " " in most and self.asked_questions else None

    def _learn_firms(self, text: str, lost: bool) -> None:
        if not self._keeps_capitals(text, lost):
            return
        for firm, acting in self._firms_in(text):
            if firm in self.firms:
                self.firms.remove(firm)
            self.firms.append(firm)
            if acting:
                self.acting_firms.add(firm)

    def _firms_in(self, text: str) -> list[tuple[str, bool]]:
        """The bodies a sentence shows, and whether acting: a lone word or initials opening
        it with a verb ("Volkswagen is giving", "NASA released"), and initials owning
        something ("PG&E's senior director", "NASA's plans"). A word the article gave as a
        person's or a place's name, or that a name list knows, is passed over: "Burnley
        won", "Smith has left"."""
        found: list[tuple[str, bool]] = []
        opening = _SENTENCE_NAME.match(text.lstrip("(“\"'‘"))
        if opening and " " not in (name := opening.group()) and self._may_be_firm(name):
            following = _drop_adverbs(text[text.find(name) + len(name) :].split(maxsplit=6))
            if following and following[0] in _FIRM_VERBS and _acts_after_auxiliary(following):
                found.append((name, True))
        elif (
            opening
            and _has_firm_suffix(name := opening.group())
            and _FIRM_SUBJECT.match(text, text.find(name) + len(name))
        ):
            # a firm's legal name opening the sentence is its subject: "Intel Corp, the
            # leading manufacturer of microprocessors, alerted the industry …" (not a
            # modifier, "Goldman Sachs Group Inc analysts cut …", nor a list, "Apple Inc,
            # Microsoft and Alphabet all fell")
            found.append((name, True))
        for match in _POSSESSIVE_OWNER.finditer(text[:2000]):
            owner = match.group("owner")
            if "&" in owner or (
                _is_acronym(owner)
                and owner.lower() not in _COUNTRY_INITIALS
                and owner not in _OUTLET_NAMES
            ):
                found.append((owner, False))
        return found

    def _may_be_firm(self, word: str) -> bool:
        lowered = word.lower()
        return not (
            lowered in self.full_names
            or lowered in self.places
            or lowered in self.locations
            or _is_first_name(lowered)
            or lowered in _SURNAMES
            or lowered in _NATIONALITIES
            or lowered in _FUNCTION_WORDS
            or lowered in _TIME_WORDS
            or lowered in _COUNTRY_INITIALS
            or lowered in _PERSON_TITLES
            or lowered in _PERSON_ROLES
            # (a word for what is said is no firm: "Claims made by the company …")
            or lowered.removesuffix("s") in _SAID_THINGS
        )

    def acted(self, subject: str) -> None:
        """The person a later "he", "she" or role most likely means, until another acts."""
        self.person = subject
        self._learn_gender(subject)
        if subject in self.people:
            self.people.remove(subject)
        self.people.append(subject)

    def _mention(self, name: str) -> None:
        self.mentions[name] += 1
        self.mentions_order[name] = sum(self.mentions.values())
        self._learn_gender(name)

    def learn_full_names(self, text: str, *, referred_back: bool = False) -> list[str]:
        """The full names written in ``text``, now known by surname and first name. Before
        the sentence's own speaker is read, only a name its surname refers back to is learned:
        "Louis van Gaal heaped praise …, Van Gaal said" names one person, "Murray said … his
        brother Jamie Murray" two."""
        names: list[str] = []
        for chain, start, end in _name_chains(text):
            words = list(chain)
            if not words or (referred_back and not _referred_back(words, text, end)):
                continue
            if _joined_by_ampersand(text, start, end):
                continue  # a firm's or an office's name: "Nissan Sales & Regional Operations"
            if len(words) > 1 and self._glued_to_known(words):
                continue
            if len(words) == 2 and _capital_of_the_sentence(words, text, start):
                continue
            if (
                len(words) > 1
                and words[0].lower() not in _FUNCTION_WORDS
                and not _is_body_name(words)
                # ("Published Monday", but "Theresa May")
                and (not any(w.lower() in _TIME_WORDS for w in words) or _surname_a_month(words))
            ):
                name = " ".join(words)
                if particle := _particle_index(words):
                    # "Louis van Gaal" is known as "Van Gaal" only: "Tour de France" does not
                    # make "France" a name, nor "a Ford van Smith drove" "Smith"
                    self.full_names[" ".join(words[particle:]).lower()] = name
                    self.full_names.setdefault(words[0].lower(), name)  # "Louis"
                    names.append(name)
                    continue
                known = self.full_names.get(words[-1].lower(), "")
                if known.lower().endswith(f" {name.lower()}"):
                    continue  # "Van Gaal" after "Louis van Gaal": the same person, shorter
                self.full_names[words[-1].lower()] = name
                if _is_first_name(words[0].lower()) or words[-1].lower() in _SURNAMES:
                    # known by the first name too ("Lizzi said"), when it is a person's name:
                    # "Google Stadia" or "Nissan Connect" makes no "Google" a name
                    self.full_names.setdefault(words[0].lower(), name)
                names.append(name)
        return names

    def _glued_to_known(self, words: list[str]) -> bool:
        """A run of capitals that is no full name but a caption or a heading run into a name:
        one ending in a first name ("dressed as Harry Potter Charlotte said"), or in a surname
        the article gave another full name, after two or more words of a place or an event
        ("at the World Cup Defoe added" after "Jermain Defoe"). A second person of the same
        surname opens with a first name: "his brother Jamie Murray", "Mary Pat Christie"."""
        last, first = words[-1].lower(), words[0].lower()
        if len(words) >= 3 and last in _GIVEN_NAMES and last not in _SURNAMES:
            return True
        known = self.full_names.get(last)
        if not known or " " not in known or " ".join(words).lower().endswith(known.lower()):
            return False  # (the known name itself, after a title or an article: "The Hebrew Home")
        if _is_first_name(first) or first in _DETERMINERS:
            return False  # (a name of its own: "The Guardian Australia")
        if (
            len(words) >= 3
            and _is_title_before_name(words[-3])
            and not _is_title_before_name(words[-2])
        ):
            # a title before the last two words shows them a given name and a surname, one
            # the census may lack: "Mayor Sadiq Khan" after "Usman Khan" (not a title of two
            # words, "Chief Inspector Killmier" after "Bronwyn Killmier")
            return False
        office = _OFFICE_OF_PLACE.search(
            self.reading, 0, max(0, self.reading.find(" ".join(words)))
        )
        if office and _is_title_before_name(office.group("title")):
            return False  # … as does a title's place before them: "Mayor of London Sadiq Khan"
        if known.split()[0].lower() in _REGION_LEADS:
            return False  # a place learned as a name ("South Los Angeles") names no one
        # (two words may be a first name the census lacks and a surname, even one named after
        # a place: "Rosaly Lopes", "Brooklyn Beckham")
        return len(words) >= 3

    def without_caption(self, phrase: str) -> str:
        """A run of capitals that names a person, without what a lost stop or comma glued to
        it: a subordinator ("Menorca While Pat"), a gerund or a function word before a person
        the article knows ("Hosting Cook", "Both Johnson"), a title before a first name and a
        surname ("Shadow Health Secretary Andy Burnham", "Pensioner Terry Cooper"), or a
        caption before a name the article knows ("at the World Cup Defoe added")."""
        words = phrase.split()
        if len(words) < 2 or not all(w[:1].isupper() for w in words):
            return phrase
        for index in range(len(words) - 1, 0, -1):
            if words[index].lower() in _SUBORDINATORS:
                return " ".join(words[index + 1 :])
        first, last = words[0].lower(), words[-1].lower()
        opener = first in _FUNCTION_WORDS and first not in _PRONOUNS and first not in _DETERMINERS
        if (opener or _caption_word(words[0])) and last in self.full_names:
            return " ".join(words[1:])
        for index in range(1, len(words) - 1):
            if (
                _is_first_name(words[index].lower())
                and _is_title_before_name(words[index - 1])
                and (last in _SURNAMES or last in self.full_names)
                and len(words) - index <= 3
            ):
                return " ".join(words[index:])
        if self._glued_to_known(words):
            return self.full_names.get(last, words[-1])
        return phrase

    def _speaker_as_person(self, text: str, source: str) -> str | None:
        """The person a sentence's speaker is, if one: a titled name its role stands for, one
        who speaks for a body, a name, a role in lower-cased text, or the full name a group
        that spoke leaves the sentence to be about."""
        if (
            source.lower().startswith("the ")
            and len(titled := _TITLED_SUBJECTS.findall(text)) == 1
        ):
            # "The former prime minister said … Mr Brown urged …": the role is Mr Brown
            return self.expand(titled[0])
        if _of_a_body_as_a_person(source.split()):
            return source  # "A commander of the group said …", then "He said …"
        if (
            _looks_like_person(source)
            and not _is_body_initials(source)
            # (a capitalised "The" and names is a paper's or a work's: "The Shelton Weekly
            # reported …", "The Oklahoman" are no "he" later; a title one person holds is
            # theirs, "The Pope said …")
            and not (_the_and_a_name(source) and not _one_holder(source))
            # (a country that speaks is a state: "Israel insisted …" is no "he", unless an
            # aside showed a person of that name: "Jordan, 24, …")
            and (source.lower() not in _COUNTRY_NAMES or source in self.shown_people)
            # (a name with a plural verb is a team or a firm: "Glasgow Warriors have
            # confirmed …" is no "he" or "the 34-year-old")
            and not _with_plural_verb(source, text)
            # (nor a paper that reports: "…, reports Variety." is no "the drummer" later)
            and not _reports_as_a_paper(source, text)
        ):
            return source
        # "passenger panupon rattanakornpanya": a role shows the person where no capital
        # does (only in text that lost its capitals: "witness protection scheme" is none)
        if _lost_capitals(text) and _role_before_lower_case_name(source.split()):
            return source
        # a group that spoke ("branded 'eccentric' by pundits") leaves the full name the
        # sentence opens with to be the person it is about
        name = _mentioned_name(text) if source.islower() else None
        if name and " " in name and _looks_like_person(name) and is_plausible_source(name):
            return self.expand(name)
        return None

    def _person_subject(self, text: str, source: str | None) -> str | None:
        """The person a sentence is about: its speaker, else a name opening it, else the
        subject of a later clause."""
        if source:
            return self._speaker_as_person(text, source)
        if name := _mentioned_name(text):
            # one capitalised word opens many sentences ("Despite", "Suffolk"): it is a person
            # only when the article gave it as part of a full name
            # … or when an aside right after it shows a person: "Young, in his testimony,",
            # "Umma, 25,", "Tommy — who only goes by his first name online —"
            # (never a title alone, "Mr" of "mr carr", nor a gerund, "Breathing … his")
            end = text.find(name) + len(name)
            aside = (bool(_PERSONAL_ASIDE.match(text, end)) or _apposed_role(text, end)) and not (
                name.lower().rstrip(".") in _PERSON_TITLES or name.lower().endswith("ing")
            )
            if person := self._known_person(name, text, shown=aside):
                if aside:
                    self.shown_people.add(person)
                return person
        if apposed := _OPENING_ROLE_AND_NAME.match(text):
            # a role and the full name apposed to it opening the sentence: "The White House
            # press secretary, Sarah Huckabee Sanders, sought …"
            # (a first name that tells the gender a later "he" or "she" must agree with: not
            # "The Irish novel, Prophet Song,", a work's title)
            name = apposed.group("name")
            if _FIRST_NAME_GENDERS.get(name.split()[0].lower()) and is_plausible_source(name):
                return name
        if described := _described_name(text):
            # a role's words before a full name that acts: "Marine scientist Callum Roberts
            # was one of …", "World-leading marine scientist Professor Callum Roberts from the
            # University of York was …"
            return described.group("name")
        if _in_lower_case(text) and (name := _lower_case_aged_name(text)):
            return name  # "… is emma tallon , 27 .": a lower-cased name shown by its age
        if lone := (
            self._view_holder(text) or self._taken_up_by_pronoun(text) or self._lone_person(text)
        ):
            return lone
        if titled := _TITLED_SUBJECTS.findall(text):
            # a titled name opening a clause glued on by a lost stop: "… known as 'the blonde
            # Filipino' Ms Moon performs …"
            return self.expand(titled[-1])
        if name := _clause_subject(text):
            # the subject of a later clause: "After her feature, Manhart appeared …", and in
            # lower-cased text a titled name: "mr carr embarked on …"
            name = self.expand(name)
            if _looks_like_person(name) and is_plausible_source(name):
                return name
        return None

    def _view_holder(self, text: str) -> str | None:
        """The person a "For X," opener gives the sentence's view to, a feature writer's way of
        handing over the next words: "But, for Bennett, Instagram is now a major social
        network" is about Bennett, not Instagram ("For Britain, the deal …" names no person)."""
        opener = _FOR_OPENER.match(text)
        if not opener:
            return None
        name = opener.group("name")
        words = name.split()
        if words[0].lower().rstrip(".") in _PERSON_TITLES and len(words) > 1:
            return self.expand(name)  # "For Mrs Bennett, …", "For Dr Okafor, …"
        if name.lower() in _COUNTRY_NAMES or name.lower() in self.places:
            return None
        if (
            # (or a name an apposition shows a person's: "For Charalampos Poulopoulos, the head
            # of Kethea, …"; a lone word only when the article gave it in full: "For Paris, …"
            # or "For Everton, …" is a place's or a club's view)
            len(words) > 1
            and (_is_first_name(words[0].lower()) or _apposed_role(text, opener.end("name")))
        ) or name.lower() in self.full_names:
            return self.expand(name)
        return None

    def _taken_up_by_pronoun(self, text: str) -> str | None:
        """The name of an opening clause that the main clause's pronoun takes up: "By the time
        Buckley learned who had written it, she was …" (not "After Johnston was sacked,
        assistant Locke was put in charge")."""
        opener = _NAME_AFTER_OPENER.match(text)
        if not opener or not _PRONOUN_AFTER_CLAUSE.match(text, opener.end()):
            return None
        return self._known_person(opener.group("name"), text)

    def _known_person(self, name: str, text: str, *, shown: bool = False) -> str | None:
        """The name as a person, when the article gave it in full, it holds two words, the
        sentence ``shown`` it to be one, or it is a census surname acting when no person is
        known yet (a lone word may be a place, a club or a firm: "Burnley won 3-0", "When
        Arsenal signed him")."""
        known = (
            shown
            or " " in name
            or name.lower() in self.full_names
            or (self.person is None and self.surname_acting(name, text))
        )
        name = self.expand(name)
        return name if known and _looks_like_person(name) and is_plausible_source(name) else None

    def _lone_person(self, text: str) -> str | None:
        """A lone name that a verb only a person takes follows, opening the sentence or a
        clause ("Stafford, earlier in the hearing, was adamant", "When the music didn't go
        away, Steenburgen realized"): the verb shows a person where no name list can (not one
        a club, a firm or a pet takes too: "Arsenal learned", "Amazon wants", "Max loves")."""
        for match in _LONE_SUBJECT.finditer(text[:600]):
            name = match.group("name")
            word = name.lower()
            if (
                word in self.places
                or word in self.locations
                or name in self.firms
                or word in _FUNCTION_WORDS
                or word in _TIME_WORDS
                or word in _NATIONS
                or word in _COLLECTIVE
                or word in _PEOPLE_NOUNS
                or word in _PERSON_ROLES
                or word in _BODY_ROLES
                or _is_organisation(name)
            ):
                continue
            if _human_verb(_words_from(text, match.end())):
                return self.expand(name)
        return None

    def _keeps_capitals(self, text: str, lost: bool) -> bool:
        """Whether a capital in this sentence tells a name: not in tokenised or lower-cased
        text (``lost``), where a short sentence with no capital after its first word
        ("Locksley had barely heard of them.") is judged by the sentences before."""
        if not lost:
            return True
        return not _tokenised(text) and self.capitals_seen

    def _unknown_word_acting(self, name: str, text: str) -> bool:
        return name.lower() not in self.places and _unknown_word_acting(name, text)

    def subject_a_pronoun_takes_up(self, name: str, text: str, pronoun: str) -> bool:
        """Whether a lone capitalised word that opens the sentence and acts is the person a
        "he" or "she" opening a clause joined inside that sentence means ("Gavin gets on with
        her parents, but she said …", "Dawson was following his predecessors when he claimed
        …"): a place, a country, a club or a firm is no "he" or "she", nor one the article
        showed of the other gender or a verb was done to; and a person of the pronoun's gender
        the lines before named is still the one it means."""
        word = name.lower()
        wanted = _GENDERED.get(pronoun.lower())
        if (
            pronoun.lower() not in ("he", "she")
            or " " in name
            # (a name the census knows, not a word that opens a sentence: "Audience members
            # laughed when he urged …")
            or (word not in _SURNAMES and word not in _GIVEN_NAMES)
            or word in self.places
            or word in self.locations
            or word in _COUNTRY_NAMES
            or word in _NATIONS
            or _is_organisation(name)
            or self.is_shown_a_firm(name)
            or self.gender.get(name, wanted) != wanted
        ):
            return False
        if self.pronoun(pronoun):
            return False
        following = [w.lower().strip(",") for w in _words_after(name, text)[:3]]
        if not following or not _finite_verb(following[0]):
            return False
        # (one a verb was done to is no speaker: "Kane was left on the bench, which he said …")
        return not (
            following[0] in _BE_OR_HAVE and _PASSIVE_PARTICIPLE.match(" ".join(following[1:]))
        )

    def surname_acting(self, name: str, text: str) -> bool:
        """A lone surname acting as a person (``_surname_acting``), unless the article gave
        that word as a place or an opponent ("in Leeds", "against Burnley")."""
        return name.lower() not in self.places and _surname_acting(name, text)

    def _learn_roles(self, text: str, source: str | None) -> None:
        """The roles the article gives its names, for the definite descriptions that follow:
        a title before a name ("analyst Jonathan Matuszewski"), an apposition after it
        ("Derek Scissors, a China scholar,", "Reichert, 43,"), a document's author ("a report
        by the IEA"), and an indefinite speaker ("A spokesman for Clements said" -> "the
        spokesman")."""
        head = text[:2000]
        self._forget_shared_roles(head)
        self._learn_titles(head)
        for match in _OWNED_ROLE.finditer(head):
            self.roles[_owned_role_key(match.group("owner"), match.group("role"))] = match.group(
                "name"
            )
            if _is_title_word(match.group("role")):
                # "Luna's lawyer, Jim Berry," is "the lawyer" too, while no other is named
                self._learn_title(match.group("role").lower(), match.group("name"))
        for match in _PRONOUN_KIN.finditer(head):
            # "his mother Claire, 34, said" and then "'…,' his mother said": Claire
            name = match.group("name") or match.group("apposed")
            following = head[match.end() :].split()[:1]
            if (
                name.split()[0].lower() in _TIME_WORDS  # "her manager Monday announced"
                or _is_organisation(name.split()[-1])  # "his mother, Police said"
                or (following and following[0].lower().strip(",") in _SPEECH_WORDS)
            ):
                continue
            key = f"{match.group('owner').lower()} {match.group('role').lower()}"
            known = {*self.people, *self.mentions, *self.full_names.values()}
            self.kin[key] = (name, frozenset(known))
        named_bodies: list[str] = []
        for match in _BODY_NAME.finditer(head):
            if match.group().split()[0].lower() == "the" and len(match.group().split()) == 2:
                continue  # the body named before, by its kind: "The Federation asked …"
            # (with the "the" the article gives it: "the US Embassy")
            the = "the " if _THE_BEFORE.search(head, 0, match.start()) else ""
            named_bodies.append(the + _tidy(match.group()))
        self._learn_appositions(head, named_bodies)
        self._learn_self_names(head)
        self._learn_authors(head)
        self._learn_issuers(head, source)
        self.bodies.extend(named_bodies)
        if source and source.split()[0].lower() in ("a", "an"):
            role = _leading_phrase(source.split()[1:])
            if role and _is_title_word(role[-1]):
                self.roles[role[-1].lower()] = source  # the latest such speaker

    def _forget_shared_roles(self, head: str) -> None:
        """A role the article gave a name is no longer that name's alone once another of
        its kind comes in: "A second man, Paul Grey, was later detained", "The GMB union
        said" after "Unite, Britain's second-largest union,"."""
        for match in _ANOTHER_OF_KIND.finditer(head):
            role = match.group("role")
            if role not in self.roles:
                continue
            named = match.group("name")
            # (a body named by its own name, not a person or a body described: "The Tory
            # leader", "the leading UK brand", "The Sunni Muslim group")
            if not named or (
                _is_body_word(role) and _names_its_own(named.split(), self.roles[role])
            ):
                del self.roles[role]

    def _learn_appositions(self, head: str, named_bodies: list[str]) -> None:
        """A name's age or role in the apposition after it: "Reichert, 43,", "Derek Scissors,
        a China scholar,", "the Center for Arizona Policy, a conservative group that …"."""
        for match in _APPOSITION.finditer(head):
            name = _name_words(match.group("name"))
            if not name:
                continue
            if match.group("age"):
                self.roles[f"{match.group('age')}-year-old"] = self.expand(name)
            if not (role := match.group("role")) or not _is_title_word(role.lower()):
                continue
            body = _whole_body_name(head, match, name, named_bodies)
            if (
                body is None
                and _RELATIVE_AFTER.match(head, match.end())
                and _NAME_GOES_ON_BEFORE.search(head, 0, match.start("name"))
            ):
                # (a role with its clause, of a name's end or of an object of "of": "Friends
                # of the Earth, a group that …", "Customers of TSB, the bank that …" leave no
                # role learned)
                continue
            self.roles[role.lower()] = body or self.expand(name)

    def _learn_self_names(self, head: str) -> None:
        """The name a body gives itself, for "the group" later: "A hacking group calling
        itself NightLedger said …" and then "The group's claims could not be verified"."""
        if ("itself" in head or "themselves" in head) and (own := _SELF_NAMED.search(head)):
            self.roles[own.group("noun").lower()] = own.group("name")
            self.roles["group"] = own.group("name")

    def _learn_authors(self, head: str) -> None:
        """Who wrote the documents a sentence names: "a report by the IEA", "The Australian
        Institute of Health and Welfare report" (then "the report" is theirs)."""
        for noun, author, _ in _documents_authored(head):
            self.roles[noun] = author
            self.document_author = author

    def _kin_named(self, key: str) -> str | None:
        """The name "his mother" was given, while no one the article had not named then is
        the person acting: after "Peter Smith was found injured", "his mother" is his, not
        the earlier one's."""
        if key not in self.kin:
            return None
        name, known = self.kin[key]
        now = self.person
        if now and now not in known and name.split()[0] not in now.split():
            return None  # someone new has come into the story since
        return self.expand(name)

    def _learn_titles(self, head: str) -> None:
        """A role written right before a name ("analyst Jonathan Matuszewski") or before a
        full name in commas ("The suspect, Michael Webb, was …")."""
        for match in _ROLE_BEFORE_NAME.finditer(head):
            name = _name_words(match.group("name"))
            # (one person's title is a singular noun: "ten times Barrientos has …" or "rivals
            # Chelsea" give no role to the name after them)
            role = match.group("role")
            if name and not _plural_in_form(role) and _is_title_word(role):
                self.roles[role.lower()] = self.expand(name)
        self._learn_opening_role(head)
        for match in _ROLE_THEN_NAME.finditer(head):
            name = _name_words(match.group("name"))
            # (a body's role names a body: "The group, WeWorkers Coalition, formed …")
            role = match.group("role").lower()
            if (
                name
                and _is_own_role(head, match)
                and (_looks_like_person(name) or role in _BODY_ROLES)
            ):
                self.roles[role] = self.expand(name)
        for match in _TITLE_BEFORE_NAME.finditer(head):
            words = (_name_words(match.group("name")) or "").split()
            while words and words[0].lower().rstrip(".") in _TITLE_ROLES:
                words = words[1:]  # "Det Sgt Mark Jones": the name after the ranks
            if len(words) > 1 and _is_body_name(words):
                continue  # a place or a body named after a title: "Prince William County"
            if words:
                self._learn_title(
                    _TITLE_ROLES[match.group("title").lower()], self.expand(" ".join(words))
                )
        if _in_lower_case(head):
            # lower-cased text loses the title's capital: "judge cooke said" is "the judge"
            # when a surname list knows the word after the title
            for match in _LOWER_TITLE_BEFORE_NAME.finditer(head):
                if match.group("name") in _SURNAMES:
                    role = _TITLE_ROLES[match.group("title")]
                    self._learn_title(role, self.expand(match.group("name")))

    def _learn_opening_role(self, head: str) -> None:
        """A role in capitals opening the sentence before a name, as in lower case after its
        opening: "Prosecutor Anna Kerr told the court" (a word for one person right before
        a given name: not "Man City", "Patient Safety Commissioner Henrietta Hughes",
        "Former Prime Minister Boris Johnson")."""
        opening = _OPENING_ROLE_BEFORE_NAME.match(head)
        role = opening.group("role").lower() if opening else ""
        if not opening or role not in _ONE_PERSON_WORDS or role in ("former", "latter"):
            return
        name = _name_words(opening.group("name"))
        following = head[opening.end() :].split()[:1]
        if (
            name
            and _is_first_name(name.split()[0].lower())
            and _looks_like_person(name)
            # (a name that is no other role's: not "Man Booker Prize winner Anna Burns")
            and not (following and _is_title_word(following[0]))
        ):
            self._learn_title(role, self.expand(name))

    def _learn_title(self, role: str, name: str) -> None:
        """ "Dr Ram Manohar" is "the doctor", "Judge Cooke" "the judge", while the article
        names one holder of the title: a second ("Gov. Holcomb" after "Gov. Bevin") leaves the
        role to no one."""
        if role in self.shared_roles:
            self.shared_roles[role].add(name)
            return
        known = self.roles.get(role)
        if known and known.rsplit(maxsplit=1)[-1].lower() != name.rsplit(maxsplit=1)[-1].lower():
            self.shared_roles[role] = {known, name}
            del self.roles[role]
            return
        self.roles[role] = name

    def _is_of_kind(self, head: str) -> bool:
        """Whether the body that spoke last may be "the <head>": a body whose name shows the
        kind is "the bank", "the charity" or "the club" ("… Food Bank", "Leeds United"); any
        other body may be "the company" or, as a brand ("Barclays", "Santander"), "the bank",
        "the lender", "the insurer" or "the brokerage", but not a public body ("Police said the
        robbers targeted a Barclays branch … The bank said" is the bank's)."""
        body = self.organisation
        if not body or self._a_persons_surname(body):
            return False
        # (a body named by another kind is no "the company"; one named by a word of this
        # kind is: "The bank said …" and then "The lender said …" is the bank)
        if _named_by_its_kind(body) and _body_head(body) not in _KIND_NAMES.get(head, ()):
            return False
        last = _body_head(body)  # ("institute" of "Wako Research Institute of Economics")
        if head in _NAMED_KINDS:
            return self._names_its_kind(body, last, head)
        if last in _KIND_NAMES.get(head, ()):
            return True
        # (never the police or a ministry: "Police said …", then "The company said …"; nor
        # people named by what they do, "Hackers claimed …", then "The bank said …")
        return (
            head in _FIRM_ROLES | _TRADE_ROLES
            and last not in _PUBLIC_BODY_WORDS
            and not (
                _AGENTS_PLURAL.fullmatch(body)
                # (a firm so named goes by "it": "Rogers said its network was restored")
                and not (body == self.last_source and re.search(r"\bits\b", self.last_text))
            )
        )

    def _a_persons_surname(self, body: str) -> bool:
        """A lone surname or given name that spoke last as a person does, of itself as "he"
        or "she" ("Williams said he …", or "Williams said the company owed him money." then
        "The company said …"); a firm so named speaks of itself as "it" ("Merck said it would
        cut 3,000 jobs.", "Rogers said its network was restored"), and a "he" it tells of is
        another ("Kellogg said a worker had been injured when he fell")."""
        # (any lone word: the surname lists leave out those that are English words too,
        # "Smith", "Brown", "Miller")
        if " " in body or not body[:1].isupper():
            return False
        if body != self.last_source or re.search(r"\bits\b", self.last_text):
            return False
        text = self.last_text
        if re.search(rf"\b{re.escape(body)}\s+(?:\w+\s+)?{_SAID_HE_OR_SHE}", text):
            return True  # "Williams said he …"
        # … or "him" or "her" in a sentence that names no one else ("Williams said the company
        # owed him money"; not "Kellogg said a worker had been injured when he fell")
        others = [w for w in re.findall(r"\b[A-Z][a-z]+\b", text[1:]) if w != body]
        return bool(re.search(r"\b(?:him|her)\b", text)) and not others

    def _names_its_kind(self, body: str, last: str, head: str) -> bool:
        """ "the group" or "the agency" is the body that spoke last only when its name says
        what it is ("The Popular Liberation Front", "the Food and Drug Administration"; not
        "Royal Mail's parcel service"), and no other group was just named ("A group of
        protesters gathered …" and then "The group said …")."""
        return (
            last in _KIND_NAMES[head]
            and body == self.speaker
            and any(word.lower() == last and word[:1].isupper() for word in body.split())
            and not (head == "group" and self.group_named)
        )

    def _learn_issuers(self, head: str, source: str | None) -> None:
        """Whose "the statement" is: the speaker who "said in a statement", or the body that
        "issued a statement" ("Big Machine Records issued a statement … The statement
        claimed"). A new one put out by someone the pattern cannot name ("His lawyers issued a
        statement") leaves the old issuer behind."""
        if source and _IN_A_STATEMENT.search(head):
            self.roles["statement"] = source
        report = _IN_A_REPORT.search(head) if source else None
        if source and report and _looks_like_organisation(source, self.full_names):
            # (a body's: people or voters who "said in a survey" wrote none)
            self.roles[report.group("doc").lower()] = source
        if not _ISSUING.search(head):
            return
        if not report:
            # (someone put out a document: "the report" may now be theirs)
            self.roles.pop("report", None)
            self.roles.pop("study", None)
        issued = list(_ISSUED.finditer(head))
        for match in issued:
            self.roles[match.group("doc").lower()] = _tidy(match.group("by"))
        if not issued and not _IN_A_STATEMENT.search(head):
            self.roles.pop("statement", None)

    def description(self, tokens: list[str]) -> str | None:
        """ "the analyst", "the 45-year-old", "the company", "the report": the name the
        article gave that role, else (for a body) the body that spoke last or was named
        with that word ("the service" -> "East of England Ambulance Service")."""
        if len(tokens) == 2 and _TRAILING_POSSESSIVE.search(tokens[0]):
            # "Altice's attorney" after "Altice's attorney, Ed Brass, said": that name
            return self.roles.get(_owned_role_key(tokens[0], tokens[1]))
        if len(tokens) == 2 and tokens[0].lower() in _POSSESSIVES:
            return self._kin_named(f"{tokens[0].lower()} {tokens[1].lower()}")
        if tokens[0].lower() not in ("the", "that", "this") or len(tokens) > 4:
            return None
        if (
            self.outlet
            and _names_an_outlet(tokens, self.outlet)
            # (not a research paper the lines named: "a paper by … in Nature", "published a
            # paper in Nature")
            and not (
                tokens[-1].lower() == "paper" and ("paper" in self.roles or self.paper_published)
            )
        ):
            return self.outlet  # "the newspaper", "the wire service": the paper that reported
        if tokens[-1][:1].isupper() and any(t[:1].isupper() for t in tokens[1:-1]):
            return None  # a name, not a description: "the Interior Ministry" is itself
        head = tokens[-1].lower().strip(",.")
        if tokens[0].lower() != "the" and head not in _DOCUMENTS:
            return None
        if known := self.roles.get(head) or self._role_of_synonym(head):
            return (
                None
                if _unnamed_text(head, known)
                # (a body's name of its own before the word: "The GMB union" is no "Unite")
                or (_is_body_word(head) and _names_its_own(tokens[1:-1], known))
                or _tells_no_more(known, tokens)
                or _names_another_author(tokens, known, self.places)
                else known
            )
        if head in _DOCUMENTS and self.document_author:
            # "the poll", "that report" after "research by YouGov": one document, told
            # by other words
            author = self.document_author
            return None if _names_another_author(tokens, author, self.places) else author
        # (one force of its kind is no police: "the air force", "the peacekeeping force")
        if head in _BODY_ROLES and not (head == "force" and len(tokens) > 2):
            return self._body_described(head)
        return None

    def _body_described(self, head: str) -> str | None:
        """The body "the <head>" is: one named with that word, the body that spoke last, or
        one the latest lines named."""
        # (or a word its kind's names end with: "the charity" after "the Gates
        # Foundation"; not a lender's, which a place may end with: "the West Bank")
        kinds = {head} | (_KIND_NAMES.get(head, frozenset()) - {"bank"})
        named = [b for b in self.bodies if _body_head(b) in kinds]
        if named:
            return named[-1]
        # any firm may be "the company", a body whose name shows its kind "the
        # brokerage" or "the charity", and an agency goes by its initials ("NASA said
        # …", then "the agency noted"); "the commission" or "the paper" must have been
        # named with that word, else the role itself is the speaker
        # ("the American space agency" after "NASA said" too)
        if head == "agency" and self.organisation and _is_acronym(self.organisation):
            return self.organisation
        recent = self._recent_bodies(head)
        if self._is_of_kind(head) and (
            not recent
            or self.organisation in recent
            or len(self.mentioned) - self.organisation_at <= _SPOKE_LATELY
        ):
            # (not one that spoke long ago when the latest lines named others: "WeWork
            # confirmed …", then "Amazon is letting you listen …" and "The company said …")
            return self.organisation
        if owner := self._owner_in_sentence(head) or self._firm_of_kind(head):
            return owner
        return self._fullest(recent[0]) if len(recent) == 1 else None

    def _recent_bodies(self, head: str) -> list[str]:
        """The bodies a description may take up, named by the latest line that named any,
        wherever it named them ("Regulators are investigating WeWork." then "The company said
        …"; "Tesco's profits fell." then "The retailer said …"). One is the body meant; two
        leave the description as it is ("Apple sued Samsung. The company said …"), as a
        reader cannot tell them apart either."""
        for names in reversed(self.mentioned[-_BODY_REACH:]):
            if fitting := list(dict.fromkeys(n for n in names if _may_be_called(n, head))):
                return fitting
        return []

    def body_it_takes_up(self) -> str | None:
        """The body an "it" that spoke means when no body spoke before: the one body the line
        just before named, surely a body by its name ("Mitsubishi Motors issued a profits
        warning." then "It said …"; "the FAA", "Halvorsen Energy"). Two leave "it" unknown
        ("Airbus Group sued Boeing Co."), and so does a lone word, a person's name as often
        ("Zelensky signed the law." then "It says …" is the law)."""
        names = self.mentioned[-1] if self.mentioned else []
        # (not the speaker, whom ``pronoun`` judged no body: "Saka said it felt tight")
        bodies = list(
            dict.fromkeys(n for n in names if n != self.speaker and self._surely_a_body(n))
        )
        if len(bodies) != 1 or _joined_to_another(bodies[0], self.last_text):
            return None  # (nor one named with another: "Shell and BP both reported …")
        return self._fullest(bodies[0])

    def _surely_a_body(self, name: str) -> bool:
        """A name that can only be a body's: initials, a name of several words that ends in a
        body's or a trade's word, or one the article showed to be a firm's."""
        bare = name.removeprefix("the ")
        # (initials are no given name: "DOT" is no "Dot")
        return _is_acronym(bare) or (
            (" " in bare or self.is_shown_a_firm(bare)) and not self._shown_a_person(bare)
        )

    def _fullest(self, body: str) -> str:
        """A body's lone name as a speaker gave it in full before: "The Afghan Taliban" for
        "Taliban" (from "Taliban spokesman Zabihullah Mujahid")."""
        if " " in body:
            return body
        return next(
            (
                s
                for s in reversed(self.speakers)
                if s != body and s.split()[-1] == body and all(w[:1].isupper() for w in s.split())
            ),
            body,
        )

    def _bodies_in(self, text: str) -> list[str]:
        """The bodies a sentence names, in order: initials ("the FAA", "ITV"), a name ending in
        a word for a body or a trade ("Halvorsen Energy", "Nissan Motor Co", "Leeds United"),
        or one capitalised word no name list or place knows, written as an owner, before a
        noun, or after a verb ("Tesco's profits", "a Barclays branch", "sued Boeing")."""
        found: list[str] = []
        if _tokenised(text) or not (self.capitals_seen or not _lost_capitals(text)):
            return found  # (in lower-cased text a capital shows no name)
        for match in _CAPITALISED_RUN.finditer(text):
            words = match.group("run").rstrip(".,").split()
            the = bool(_THE_BEFORE.search(text, max(0, match.start() - _LOOK_BACK), match.start()))
            if words[0] == "The" and len(words) > 1:
                words, the = words[1:], True  # "The IMF cut …"
            # (a body's name ends where a title opens a person's: "Bank of England Governor
            # Andrew Bailey")
            titled = next(
                (i for i, w in enumerate(words[1:], 1) if _is_title_after_a_body(w)), None
            )
            if titled:
                words = words[:titled]
                if len(words) == 1:
                    continue  # a title's first word: "Prime Minister Keir Starmer"
            if len(words) > 1:
                if _names_a_body(words) and not self._is_persons_name(words):
                    found.append(("the " if the else "") + " ".join(words))
                continue
            word = words[0]
            if _is_acronym(word):
                if word.lower() not in _COUNTRY_INITIALS and word not in _NOT_BODY_INITIALS:
                    found.append(f"the {word}" if the else word)
            elif self._lone_body_word(text, match, word):
                found.append(word)
        return found

    def _is_persons_name(self, words: list[str]) -> bool:
        # (a full name is learned under its last word: "Ann Lee" under "lee")
        known = self.full_names.get(words[-1].lower())
        return known is not None and known.lower() == " ".join(words).lower()

    def _lone_body_word(self, text: str, match: re.Match[str], word: str) -> bool:
        """One capitalised word as a body: not a name or a place the article or the lists
        know, and where a body stands: owning, before a noun, or after a verb, not after "in"
        or "at" (a place) nor opening the sentence without a verb after it."""
        if not self._may_be_firm(word) or word.lower() in _COUNTRY_NAMES:
            return False
        if _is_first_name(word.lower()) or word.lower() in _NATIONALITIES:
            return False
        before = max(0, match.start() - _LOOK_BACK)  # (the words just before the name)
        if _PLACE_PREPOSITION.search(text, before, match.start()):
            return False
        after = _NEXT_WORD.match(text, match.end())
        following = after.group(1).strip(",.;:").lower() if after else ""
        if following in _OWNED_BY_A_BODY:
            # what a body owns, after its name or its owner's "'s": "a Barclays branch",
            # "Tesco's profits" (not "Obama's trade agenda", "Microsoft's Outlook")
            return True
        if match.group("owner"):
            return False
        if word.endswith("s"):
            return False  # a people or a party, as often as a firm: "Democrats", "Saints"
        verb = _FIRM_VERB_FORM.fullmatch(following) is not None
        if match.start() == 0 or _SENTENCE_START.search(text, before, match.start()):
            # (not what a noun phrase after "is" describes, a product as often as a firm:
            # "Stadia is Google's attempt to …")
            return verb and not _DESCRIBED_AFTER_IS.match(text, match.end())
        # after a verb or a preposition: "sued Boeing over …", "investigating WeWork over …"
        return verb or _AFTER_A_VERB.search(text, before, match.start()) is not None

    def unnamed_one_taken_up(self, tokens: list[str]) -> str | None:
        """ "That source": the unnamed one who spoke last, called by another word ("A former
        administration official told CNN …" and then "That source pointed out …"). "The
        source" keeps the words the article uses, as readers name it, and so does one called
        a source before ("a source close to him said"). "This person" or "that individual"
        is as often someone the source spoke of ("A source said police had spoken to a
        cleaner. That person told them …"), which no word list tells apart: it names no
        one."""
        if [token.lower() for token in tokens] not in (["that", "source"], ["this", "source"]):
            return None
        unnamed = self.unnamed_speaker or (
            self.speaker if self.speaker and _AN_UNNAMED_ONE.match(self.speaker) else None
        )
        if not unnamed or "source" in {word.rstrip("s") for word in unnamed.lower().split()}:
            return None
        return unnamed

    def _role_of_synonym(self, head: str) -> str | None:
        """The name given with a word of the same meaning to the last speaker: "the firm"
        after "Web tracking company Envisional said"."""
        if head not in _FIRM_SYNONYMS:
            return None
        named = next((self.roles[word] for word in _FIRM_SYNONYMS if word in self.roles), None)
        # (only the one who spoke last: a name given long before may be another's)
        speaker = self.speaker or ""
        return named if named and (speaker == named or speaker.endswith(f" {named}")) else None

    def _firm_of_kind(self, head: str) -> str | None:
        """The body the lines last showed acting or owning, for "the company" (any of them)
        or "the agency" (initials): "Volkswagen is giving us a glimpse … The German automaker
        says"."""
        if head not in _FIRM_ROLES | {"agency"}:
            return None
        # (the sentence's own subject first: "SpaceX is building a lander, but the company has
        # declined to say when")
        here = self._firms_in(self.reading)
        firms = [*self.firms, *(firm for firm, _ in here)]
        if not firms:
            return None
        if head == "agency":
            return firms[-1] if _is_acronym(firms[-1]) else None
        # initials owning something may be a regulator's ("the SEC's rules"): a firm's are
        # shown acting, or joined by "&" ("PG&E's senior director")
        firm = firms[-1]
        acting = firm in self.acting_firms or (firm, True) in here or "&" in firm
        return firm if acting and firm.split()[-1].lower() not in _PUBLIC_BODY_WORDS else None

    def _owner_in_sentence(self, head: str) -> str | None:
        """The one body the sentence itself names as an owner, when none spoke before:
        "… across Facebook's platforms, according to the company", "… in NASA's search,
        according to the agency" (a firm for "the company", initials for "the agency"; never
        a name a person may bear)."""
        matches = list(_POSSESSIVE_OWNER.finditer(self.reading))
        if len({m.group("owner") for m in matches}) != 1:
            return None  # none, or two firms: "Apple's sales rose faster than Samsung's"
        return next((m.group("owner") for m in matches if self._owner_of_kind(m, head)), None)

    def _owner_of_kind(self, match: re.Match[str], head: str) -> bool:
        """Initials for "the agency" ("NASA's search"); for "the company", a name that owns
        what a firm owns ("Facebook's various platforms"), not a country's or a person's
        ("Japan's biggest bank", "Musk's allies") nor a regulator's ("the SEC's rules")."""
        owner = match.group("owner")
        if _is_acronym(owner):
            return head in ("agency", "organisation", "organization")
        word = owner.lower()
        if word in self.full_names or word in _GIVEN_NAMES or word in _SURNAMES:
            return False
        return head in _FIRM_ROLES and match.group("owned") is not None

    def pronoun(self, word: str) -> str | None:
        """ "he" or "she" is the last person, unless the article has shown that person to be
        of the other gender ("Ms Sturgeon" is not "he"): then the last person before who may
        be; "they" is the last speaker, and so is "it" unless that speaker is a person."""
        lowered = word.lower()
        if lowered in ("you", "your"):
            return None  # the reader, or whom a speaker addresses: never who spoke
        if lowered in _GENDERED:
            wanted = _GENDERED[lowered]
            earlier = [p for p in reversed(self.people) if p != self.person]
            surely = next((p for p in earlier if self.gender.get(p) == wanted), None)
            if (
                self.person
                and self.gender.get(self.person, wanted) == wanted
                and not self._no_one_person(self.person)
            ):
                if self.gender_hint.get(self.person, wanted) == wanted:
                    return self.person
                # a hint of the other gender yields to an earlier person surely of this one:
                # "Lisa Brown said her son, Tom, …  Tom, 12, … She said" is Lisa Brown
                return surely or self.person
            return (
                surely
                or next((p for p in earlier if p not in self.gender and _named_as_person(p)), None)
                or self.protagonist(wanted)
                or self._last_titled(wanted)
                or (self.lone_subject if self.lone_subject_age <= 1 else None)
                or self._unnamed_person_speaking()
                or self._one_described_speaking(wanted)
            )
        if lowered in ("it", "its") and self.speaker and _looks_like_person(self.speaker):
            # (a name with "the" is a body's or a work's: "The Da Vinci Code claims …" and
            # then "It claims …"; and a lone name that nothing showed a person's, that spoke of
            # itself as "it" in the sentence just before, is a body's that "it" takes up:
            # "Goodrich said it will …" and then "It said …", not "Guardiola said the club
            # would appeal" and then "It said in a statement …")
            lone_body = (
                " " not in self.speaker
                and self.speaker == self.last_source
                and self.last_spoke_as_it
                and not self._shown_a_person(self.speaker)
            )
            return self.speaker if _the_and_a_name(self.speaker) or lone_body else None
        speaker = self.speaker
        if lowered in ("they", "their", "them") and speaker and self._one_person(speaker):
            return None  # "they" are a group or a body, never the one person who spoke last
        return speaker

    def _no_one_person(self, name: str) -> bool:
        """A lone plural "he" or "she" cannot mean ("Prosecutors said the defendant had
        lied." then "He denies the charges"), unless a name list or the article shows it a
        person's name ("Jones", "Williams"). (A lone word taken for a body may be a surname
        no list knows, "Trump", "Tedros": it stays.)"""
        lowered = name.lower()
        if " " in name or lowered in _SURNAMES or _is_first_name(lowered):
            return False
        singular = lowered.removesuffix("s")
        return lowered not in self.full_names and (
            singular in _GROUP_HEADS or singular in _PLURAL_PEOPLE
        )

    def _one_person(self, name: str) -> bool:
        """Whether the speaker is one person, whom "they" does not mean: a gender learnt, or a
        given name or a title opening the name (not two joined: "Tom and Jane Smith")."""
        words = name.split()
        if (
            _JOINED_NAMES.search(name)
            # (a person's people or firm: "Donald Trump's lawyers", "Joe Biden's campaign")
            or any(_TRAILING_POSSESSIVE.search(w) for w in words)
            or words[-1].islower()
            # (a firm of a person's name: "John Lewis said it would …")
            or self.is_shown_a_firm(name)
            or (name == self.last_source and self.last_spoke_as_it)
        ):
            return False
        return name in self.gender or (len(words) > 1 and _named_as_person(name))

    def is_shown_a_firm(self, name: str) -> bool:
        """Whether the article showed a name to be a firm's: by its legal form ("Daimler-Benz
        AG"), by the word for its kind in it, or acting as one ("Volkswagen is giving …")."""
        return (
            _has_firm_suffix(name)
            or name in self.acting_firms
            or _body_head(name) in _FIRM_ROLES | _TRADE_ROLES
        )

    def surely_a_person(self, name: str) -> bool:
        """Whether a name is a person's beyond doubt: a given name or a title opens it, the
        article showed its gender, or it is one word (a surname) no line gave as a place."""
        if _named_as_person(name) or self._shown_a_person(name):
            return True
        lowered = name.lower()
        return " " not in name and lowered not in self.places and lowered not in self.locations

    def _shown_a_person(self, name: str) -> bool:
        """Whether the article showed a lone name to be a person's: by a title or a given name
        it learned a gender from, or as a word of a person's full name."""
        return (
            name in self.gender
            or name in self.gender_hint
            or name.lower() in self.full_names
            or _is_first_name(name.lower())
        )

    def _unnamed_person_speaking(self) -> str | None:
        """The unnamed source who spoke last, when no person was named: "A senior Hamas
        official has said …" and then "He told AFP …" goes on in that official's words."""
        unnamed = self.unnamed_speaker
        if unnamed and self.speaker and unnamed.lower() == self.speaker.lower():
            # one person, not a group ("a witness", "an actress"; not "two people familiar")
            return unnamed if unnamed.lower().startswith(("a ", "an ", "one ")) else None
        return None

    def _one_described_speaking(self, gender: str) -> str | None:
        """The one person the last sentence's speaker was, named only by a role: "A local
        official told Radio Tessaly …" and then "He said …" (not a role of the other gender,
        "a spokeswoman" for "he")."""
        words = (self.last_source or "").split()
        if len(words) < 2 or words[0].lower() not in ("a", "an", "one"):
            return None
        head = words[-1].lower()
        if head not in _PEOPLE_NOUNS and head not in _PERSON_ROLES and head not in _WITNESSES:
            return None
        known = _role_gender(words) or _gender_of_words(words)
        return self.last_source if known in (None, gender) else None

    def gender_of(self, name: str) -> str | None:
        """The gender ("he" or "she") the article showed a name of, else the one its title
        ("Mr", "Mrs"), a first name the census gives one gender before a surname ("Mary
        Steenburgen") or a role ("a spokeswoman") shows."""
        if known := self.gender.get(name):
            return known
        words = _from_the_title(name.split())
        if len(words) > 2 and words[0].rstrip(".").lower() in _TITLE_ROLES:
            words = words[1:]  # a title of office tells no gender: "Senator Kay Bailey …"
        first = words[0].rstrip(".").lower()
        if (
            len(words) > 2
            and words[-3].islower()
            and words[-2][:1].isupper()
            and first not in _DETERMINERS
            and not any(w.lower() in _FUNCTION_WORDS for w in words[:-2])
            # (a role word of one gender tells it first: "Hollywood actress Cameron Diaz")
            and not any(_gendered_role(w.lower()) for w in words[:-2])
            and (given := _FIRST_NAME_GENDERS.get(words[-2].lower()))
        ):
            # a role in lower case before the name: "Fire chief Tom Reed" is a man, "Chelsea
            # manager Mauricio Pochettino" too (not "a lawyer for Mary Smith")
            return given
        return (
            _TITLE_GENDER.get(first)
            or (_FIRST_NAME_GENDERS.get(first) if len(words) >= 2 else None)
            or _role_gender(words)
        )

    def _learn_gender(self, subject: str) -> None:
        """A title ("Mr", "Mrs") or a first name the census gives one gender ("Mary
        Steenburgen", "Charlie McDowell") tells the subject's gender, which later pronouns
        must agree with. (Reading it from a "he" or "she" after the name was tried: in
        reported speech that pronoun is as often someone else, and it lost more speakers than
        it found.) A lone given name no surname list knows ("Tom, 12,") gives only a hint: the
        census is less sure of one word alone ("Bertie" is a woman's name there)."""
        known = self.gender_of(subject)
        if known and subject not in self.gender:
            self.gender[subject] = known
            return
        words = _from_the_title(subject.split())
        first = words[0].rstrip(".").lower()
        if (
            len(words) == 1
            and words[0][:1].isupper()
            and first not in _SURNAMES
            and (hint := _FIRST_NAME_GENDERS.get(first))
        ):
            self.gender_hint.setdefault(subject, hint)

    def _last_titled(self, gender: str) -> str | None:
        """The last name mentioned whose title shows the wanted gender ("Mr Brown" for "he"),
        even when named only once: the title makes the reference sure."""
        titled = [name for name in self.mentions if self.gender.get(name) == gender]
        return max(titled, key=lambda n: self.mentions_order.get(n, 0), default=None)

    def protagonist(self, gender: str | None = None) -> str | None:
        """The person the article names most (the latest of a tie), when named at least
        twice: who a description such as "the 30-year-old" in a news story nearly always is,
        and who a "he" or "she" means when no person spoke or acted before. A person the
        article has shown to be of the other gender is passed over."""
        named = [
            name
            for name, count in self.mentions.items()
            if count >= 2
            and name.lower() not in self.locations  # "in Fort Worth" is no "the suspect"
            and (
                gender is None
                or self.gender.get(name) == gender
                # (a name of no known gender must show a person: "Labour" is no "she")
                or (
                    name not in self.gender
                    and (" " in name or _named_as_person(name) or name.lower() in _SURNAMES)
                )
            )
        ]
        if not named:
            return None
        return max(named, key=lambda n: (self.mentions[n], self.mentions_order.get(n, 0)))

    def _main_holder(self, role: str, holders: set[str]) -> str | None:
        """Of the people who hold one title, the one the article is about: named at least
        twice as often as each other, and named since ("Gov. Eric Holcomb" all through an
        Indiana story, "Gov. Matt Bevin" of Kentucky once), unless the sentence tells of the
        speaker as of the other gender ("The governor said she …")."""
        counts = sorted(((self._times_named(name), name) for name in holders), reverse=True)
        (most, name), (second, _) = counts[0], counts[1]
        if most < 2 or most < 2 * second:
            return None
        if any(self._last_named(name) < self._last_named(other) for other in holders):
            return None  # another holder was named since: "Bevin called teachers selfish"
        if re.search(rf"\b[Tt]he\s+[\w-]+\s+{role}\b", self.last_text):
            return None  # … or described: "the Kentucky governor hit back on Tuesday"
        told = _HE_OR_SHE.search(self.reading)
        gender = self.gender_of(name)
        return None if told and gender and gender != told.group().lower() else name

    def _times_named(self, name: str) -> int:
        """How often the article named a person: in full, or by the surname alone (not
        another of that surname in full: "Ivanka Trump" is no "Donald Trump")."""
        surname = name.rsplit(maxsplit=1)[-1]
        return self.mentions[name] + (self.mentions[surname] if surname != name else 0)

    def _last_named(self, name: str) -> int:
        surname = name.rsplit(maxsplit=1)[-1]
        return max(self.mentions_order.get(name, 0), self.mentions_order.get(surname, 0))

    def role(self, head: str, *, qualified: bool = False) -> str | None:
        """ "the latter" is the last name written; "the 30-year-old", "the pundit" the person
        speaking or acting last, else the person the article names most."""
        if head == "latter":
            return self.last_name
        if head in self.shared_roles:
            # two governors named: "the governor" is the one the article is about, if either
            # ("the Kentucky governor", "the former governor" may be the other)
            return None if qualified else self._main_holder(head, self.shared_roles[head])
        # an age is a person's, most often the last one named in full ("The club appointed
        # John Smith … The 45-year-old said"); a role without one ("the suspect") is not given
        # the last full name, which may be a place or a thing ("Fort Worth", "the Black Death")
        if head.endswith("-year-old"):
            return self.person or self.protagonist() or self.last_name
        # (never one the article or the name shows to be of the other gender: "the woman"
        # after "Eric Joering said" is someone else)
        gender = _gender_of_words([head]) if head in _GENDERED_PEOPLE else None
        person = self.person or self.protagonist(gender)
        if person and head in _TRAIT_WORDS and not self._alone_in_trait(person, head):
            return None  # "The Scot said" after Andy Murray and Taylor Fritz: which one?
        if person and self._holds_another_office(person, head):
            return None  # "Chancellor Rachel Reeves said …" and then "The prime minister said"
        # (a possessive's title is its owner's: "Mr Jones's wife" is no man)
        if not person or not gender or re.search(r"['’]s\b", person):
            return person
        return None if self.gender_of(person) not in (None, gender) else person

    def _alone_in_trait(self, person: str, head: str) -> bool:
        """Whether a word for one person by a trait ("the Norwegian", "the lawmaker", "the
        skipper") surely means the person acting last: the article named no one else, or
        that person at least three times as often as anyone else; never a paper's name ("The
        Australian reported")."""
        if re.search(rf"\b{head}\s+(?:reported|reports)\b", self.reading, re.IGNORECASE):
            return False
        times = self._times_named(person)
        surname = person.rsplit(maxsplit=1)[-1]
        named = {*self.mentions, *self.full_names.values(), *self.people}
        others = [
            self._times_named(name) for name in named if name.rsplit(maxsplit=1)[-1] != surname
        ]
        return not others or (times >= 3 and times >= 3 * max(others))

    def _holds_another_office(self, person: str, head: str) -> bool:
        """Whether the article gave the person an office other than the one ``head`` names:
        a chancellor is no "the prime minister", a governor no "the senator"."""
        if head not in _OFFICES:
            return False
        held = {role for role, name in self.roles.items() if name == person}
        return bool(held & _OFFICES) and head not in held

    def written_as(self, word: str) -> str | None:
        """The person or body a lower-case word names, when the article wrote that name with
        its capital before ("Kamal said …" and later "' kamal said"): tokenised, lower-cased
        text loses the capital that tells a name from a word."""
        if word in _FUNCTION_WORDS or word in _PRONOUNS:
            return None
        if full := self.full_names.get(word):
            return full
        named = [self.speaker, self.person, *self.people, *self.mentions]
        return next((n for n in named if n and n.lower() == word and n != word), None)

    def expand(self, source: str) -> str:
        """A surname (or "Mr Surname") the article gave in full before: the full name."""
        title = _TITLE.match(source)
        bare = title.group("rest") if title else source
        if _PARTICLE_SURNAME.fullmatch(bare) and (full := self.full_names.get(bare.lower())):
            # "Van Gaal" -> "Louis van Gaal", learned with its particle written lower-case as
            # in a person's name (not "De Beers" -> "Anglo American De Beers")
            return full
        if " " not in bare and (bare[:1].isupper() or title):
            # (a title shows a name even in lower-cased text: "ms reichert")
            if title and _kin_of(bare, self.reading):
                return source  # "Mr Reichert, her husband, said": another of that name
            full = self.full_names.get(bare.lower(), source)
            if title and _other_gender(source.split(maxsplit=1)[0], full):
                return source  # "Mrs Creag" after "James Creag": his mother, not him
            return full
        return source


def _from_the_title(words: list[str]) -> list[str]:
    """The words of a name from its title on, past a place or a party before it ("Florida
    Sen. Marco Rubio": "Florida" is a woman's name in the census, not his): a title of
    office goes too, as it tells no gender, and the given name after it does."""
    for index, word in enumerate(words[:-1]):
        lowered = word.rstrip(".").lower()
        if index and lowered in _TITLE_GENDER:
            return words[index:]
        if index and lowered in _TITLE_ROLES and words[index + 1][:1].isupper():
            return words[index + 1 :]
    return words


@lru_cache(maxsize=_TEXTS_KEPT)  # (read before the sentence's speaker, and again after)
def _name_chains(text: str) -> tuple[tuple[tuple[str, ...], int, int], ...]:
    """The runs of capitals in the sentence's head, each as the words of the name it may be
    (without a possessive, a title, or words before the name that are none of it), with
    where the run starts and ends."""
    chains: list[tuple[tuple[str, ...], int, int]] = []
    for match in _NAME_CHAIN.finditer(text[:2000]):
        words = [_TRAILING_POSSESSIVE.sub("", w) for w in _after_possessive(match.group().split())]
        words = _without_title(_name_words_only(words))
        while words and _HYPHENATED_ADJECTIVE.search(words[0]):
            words = words[1:]  # "Sacramento-based McClatchy", "London-born Smith"
        chains.append((tuple(words), match.start(), match.end()))
    return tuple(chains)


def _name_words_only(words: list[str]) -> list[str]:
    """A run of capitals without the words before a name that are none of it: a caption's
    participle or a function word opening the sentence ("Hosting Cook at Dreamforce", "Whatever
    Apple did", "Both Johnson and Corbyn"), a run cut at a subordinator inside it ("in
    Menorca While Pat likes" is Pat), and a title or a caption's word before a first name."""
    for index in range(len(words) - 1, 0, -1):
        # (a subordinator, not any function word: "Linda Prior", "Theresa May", "Will Smith")
        if words[index].lower() in _SUBORDINATORS:
            return words[index + 1 :]
        if words[index] == words[index - 1]:
            return words[index:]  # a caption's name run into the same name: "Muto Muto"
    # (an article stays: "The Hebrew Home" is no person's name)
    while len(words) > 1 and (
        (words[0].lower() in _FUNCTION_WORDS and words[0].lower() not in _DETERMINERS)
        or _caption_word(words[0])
    ):
        words = words[1:]
    # a word that is no first name before a first name and a surname describes the person:
    # "Pensioner Terry Cooper", "Actor Robert Hardy", "Shocked Terry Cooper" (a first name
    # the census lacks goes too: "Iain Duncan Smith" is known as "Duncan Smith")
    if len(words) >= 3 and not _is_first_name(words[0].lower()):
        for index in range(1, len(words) - 1):
            if _is_first_name(words[index].lower()):
                return words[index:]
    return words


def _other_gender(title: str, full_name: str) -> bool:
    """Whether a title ("Mrs") and a full name's first name ("James") show two genders."""
    wanted = _TITLE_GENDER.get(title.rstrip(".").lower())
    first = full_name.split(maxsplit=1)[0].lower()
    return bool(wanted) and _FIRST_NAME_GENDERS.get(first, wanted) != wanted


def _kin_of(surname: str, text: str) -> bool:
    """Whether the sentence gives the titled surname as a relative of someone ("Mr Reichert,
    her husband of 20 years,"): a relative who shares a surname is another person."""
    return bool(_KIN_AFTER_COMMA.search(text)) and bool(
        re.search(rf"\b{re.escape(surname)}\s*,\s*(?:her|his|their)\s+{_KIN}\b", text, re.I)
    )


# what must follow a relative's surname (asked first, so that a pattern for the surname is
# compiled only for the few sentences that hold it)
_KIN_AFTER_COMMA = re.compile(rf",\s*(?:her|his|their)\s+{_KIN}\b", re.I)


def _referred_back(words: list[str], text: str, end: int) -> bool:
    """A name with a lower-case particle ("Louis van Gaal") that the sentence goes on to call
    by its surname ("…, Van Gaal said"). Other full names are not learned before the
    sentence is read: "Trump said his son Eric Trump would run the Trump Organization" is
    still Donald Trump's statement."""
    if not _particle_index(words) or words[-1] not in text[end:2000]:
        return False
    return bool(re.search(rf"\b{re.escape(words[-1])}\b", text[end:2000]))


def _after_possessive(words: list[str]) -> list[str]:
    """ "Anglo American's De Beers" is De Beers: a possessive inside a run of capitals ends
    one name and starts another."""
    for index in range(len(words) - 1, 0, -1):
        if words[index - 1].endswith(("'s", "’s")):
            return words[index:]
    return words


# A body's name written before its document: "The Australian Institute of Health and Welfare
# report shows …", "the IEA study found" (the body is its author)
_DOCUMENT_NOUN = (
    r"(?:report|research|study|survey|poll|review|audit|analysis|figures|data|statistics)"
)


_BODY_DOCUMENT = re.compile(
    rf"""(?P<body>(?:(?:The|the)\s+)?(?:(?!(?:An?|This|That|Its|Their|His|Her)\s)[A-Z][\w'’&.-]*+(?:\s+(?:(?:of|and|for|on)\s+(?:the\s+)?)?
        [A-Z][\w'’&.-]*+){{1,7}}|[A-Z]{{2,}}+))
    \s+(?P<doc>{_DOCUMENT_NOUN})\b""",
    re.VERBOSE,
)


# (the document word alone: where the costly look for a body before it is worth making)
_DOCUMENT_WORD = re.compile(rf"\b{_DOCUMENT_NOUN}\b")


def _documents_authored(text: str) -> Iterator[tuple[str, str, re.Match[str]]]:
    """The documents a sentence names with their authors, as (noun, author, where): "a report
    by the IEA" -> ("report", "the IEA", …), "The Australian Institute of Health and Welfare
    report" -> ("report", "The Australian Institute of Health and Welfare", …)."""
    for match in _AUTHORED.finditer(text):
        noun = match.group("doc") or match.group("mass") or match.group("gathered")
        yield noun.lower(), _tidy(match.group("by")), match
    if not _DOCUMENT_WORD.search(text):
        return  # (the costly look for a body before its document, only where one is)
    for match in _BODY_DOCUMENT.finditer(text):
        if _may_author(body := match.group("body")):
            yield match.group("doc").lower(), body, match


def _may_author(body: str) -> bool:
    """A body that may write a report: not a person, nor a country ("US data show")."""
    words = body.split()
    name = " ".join(words[1:] if words[0].lower() == "the" else words)
    lowered = name.lower()
    return not (
        _looks_like_person(name) or lowered in _COUNTRY_INITIALS or lowered in _NATIONALITIES
    )


def _quote_open_after(text: str, open_before: bool) -> bool:
    """Whether a quotation is still open at the end of ``text``. A sentence that opens with a
    quotation mark starts a new quotation (papers reopen the quote at each paragraph of one
    long quote without closing the paragraph before)."""
    opens, closes = _quote_marks(text)
    if closes and _closes_its_quote_at_the_end(text):
        # a sentence that ends on a closing mark leaves no quotation open (unless the mark
        # closes a quote inside another: "Fans kept chanting 'sack the board.'")
        return False
    starts_new = bool(_OPENING_MARK.match(text.lstrip()))
    level = (0 if starts_new or not open_before else 1) + opens - closes
    return level > 0


def _lower_case_full_names(text: str) -> list[tuple[str, bool]]:
    """In text that lost its capitals, the full names a first name shows ("andy murray",
    "Leanne mitchell" at a sentence's start), each with whether it opens the sentence as
    the subject of the verb right after it: a given name that is no English word ("will",
    "mark" are not taken), then a census surname that is no past form ("leanne won")."""
    found: list[tuple[str, bool]] = []
    tokens = text.split()
    for index, token in enumerate(tokens[:-1]):
        if token.lower() not in _GIVEN_NAMES or not token[1:].islower():
            continue
        surname = tokens[index + 1]
        if (
            (
                surname not in _SURNAMES
                and not _IRISH_SURNAME.fullmatch(surname)
                and not _aged_or_described(tokens, index + 2)
            )
            or surname in _PAST_FORMS  # "leanne won the vote"
            or not _lower_case_person([token, surname])
        ):
            continue
        following = tokens[index + 2].lower() if index + 2 < len(tokens) else ""
        opens = index == 0 or not any(c.isalnum() for c in tokens[index - 1])
        is_subject = opens and _finite_verb(following)
        found.append((f"{token} {surname}", is_subject))
    return found


def _lower_case_aged_name(text: str) -> str | None:
    """In lower-cased text, the one to three name-like words before an age ("another person
    keen to boost their self-esteem is emma tallon , 27 .", where no capital shows the name)."""
    match = _AGE_AFTER_NAME.search(text)
    if not match:
        return None
    kept: list[str] = []
    for token in reversed(text[: match.start() + 1].split()[-_MAX_NAME_WORDS:]):
        if not _lower_case_name([token]) or token != token.lower():
            break
        kept.insert(0, token)
        if len(kept) == 3:
            break
    return " ".join(kept) if kept else None


def _acts_after_auxiliary(following: list[str]) -> bool:
    """After "is" or "was" a present participle shows the subject acting ("Volkswagen is
    giving"), after "has" or "had" a past one ("Apple has launched"); a noun phrase only
    describes it ("Stadia is Google's attempt", "Tesla was the first")."""
    if following[0] not in ("is", "was", "has", "had"):
        return True
    verb = _drop_adverbs(following[1:])[:1]
    if following[0] in ("is", "was"):
        # (a passive shows the subject acted on: "Production was halted", "Power was restored")
        return bool(verb) and verb[0].endswith("ing")
    return bool(verb) and (verb[0].endswith(("ed", "en")) or verb[0] in _PAST_FORMS)


def _is_body_word(word: str) -> bool:
    """A word for a body ("union", "brand", "group"), not for a person or a document,
    whose capitalised modifiers are a topic ("The Brexit report")."""
    return word not in _ONE_PERSON_WORDS and word not in _DOCUMENTS


def _names_its_own(modifiers: list[str], known: str) -> bool:
    """Whether a body's description holds a name of its own, not the one known for it:
    "The GMB union" (not "the leading UK brand", "the Filipino's promoter", "the Tory
    party")."""
    return any(
        word[:1].isupper()
        and word not in known.split()
        and not _TRAILING_POSSESSIVE.search(word)
        and word.lower() not in _COUNTRY_NAMES
        and word.lower() not in _NATIONALITIES
        and word.lower() not in _COUNTRY_INITIALS
        and word.lower() not in _PARTY_ADJECTIVES
        and word.lower() not in _TIME_WORDS  # "The December report"
        for word in modifiers
    ) and not _is_description_of_kind(" ".join(modifiers))


def _is_description_of_kind(words: str) -> bool:
    """Capitalised words that describe rather than name: a faith or a people ("Sunni
    Muslim", "Shia"), of which a body is one of many."""
    return all(word.lower() in _FAITHS or word.lower() in _NATIONALITIES for word in words.split())


_FAITHS = _words(
    "sunni shia shiite muslim islamic christian catholic protestant jewish hindu sikh"
)


_PARTY_ADJECTIVES = _words("tory labour conservative democratic republican liberal green")


def _is_own_role(text: str, match: re.Match[str]) -> bool:
    """A role the name after it holds: one person's (not "The suspects, John Smith, 23, and
    …"), the head of its phrase (not "The wife of the president, Michelle Obama,"), and not
    someone else's time in it ("The former manager, Harry Redknapp,")."""
    role = match.group("role")
    before = text[: match.start()].split()[-1:]
    modifiers = text[match.start() : match.start("role")].lower().split()[1:]  # after "The"
    return (
        _is_title_word(role)
        and not (role.endswith("s") and not role.endswith("ss"))
        and not (before and before[0].lower() in ("of", "for", "to", "with", "from", "by"))
        and not any(word in _NOT_THIS_ONES for word in modifiers)
        # (one of a group is no role of its own: "One of the women, Ann Lee,")
        and "of" not in modifiers
        and not _plural_in_form(role)
    )


def _owned_role_key(owner: str, role: str) -> str:
    """The key a role of someone's is known by: "altice's attorney"."""
    return f"{_TRAILING_POSSESSIVE.sub('', owner).lower()}'s {role.lower()}"


@lru_cache(maxsize=_TEXTS_KEPT)
def _outlet_of(source: str) -> str | None:
    """The news outlet a source names, if it names one: "The New York Daily News", "an
    Associated Press report" (its owner), "TMZ"."""
    words = source.split()
    if words and words[0].lower() in ("a", "an"):
        words = words[1:]
    if len(words) > 1 and words[-1].lower() in _REPORT_NOUNS:
        words = words[:-1]
    if not words or not all(w[:1].isupper() for w in words[1:]):
        return None
    name = " ".join(words)
    bare = words[1:] if words[0].lower() == "the" else words
    if not bare:
        return None
    if " ".join(bare) in _OUTLET_NAMES or re.search(r"\b(?:Associated|Free)\s+Press\b", name):
        return name
    if len(words) == 2 and words[0] == "The" and re.fullmatch(_OUTLET_HEADS, bare[0]):
        return name  # a paper known by its head alone: "The Guardian", "The Times"
    if any(
        _is_first_name(w.lower())
        or w.lower() in _PERSON_ROLES
        or w.lower() in _PERSON_TITLES
        or _is_organisation(w)
        for w in bare[:-1]
    ):
        return None  # a person or a body: "White House Press Secretary Sean Spicer"
    return name if len(bare) >= 2 and re.fullmatch(_OUTLET_HEADS, bare[-1]) else None


def _human_verb(following: list[str]) -> bool:
    if not following:
        return False
    if following[0] in ("was", "is") and len(following) > 1:
        return following[1] in _HUMAN_STATES
    return following[0] in _HUMAN_VERBS


def _joined_by_ampersand(text: str, start: int, end: int) -> bool:
    """Whether capitalised words stand next to an "&", which joins the parts of a body's name
    ("Nissan Sales & Regional Operations", "Procter & Gamble"), never a person's."""
    return text[end : end + 3].lstrip().startswith("&") or text[:start].rstrip().endswith("&")


def _clause_subject(text: str) -> str | None:
    """A name that opens a clause and is followed by its verb ("…, Manhart appeared"), or a
    titled name in lower-cased text ("mr carr"): who the sentence is about. "told", whose
    sentence may hold no statement to name its teller by ("…, Jorge Alberto López Amores told
    his friends to film it"), only after a full name a given name opens: firms tell as often
    ("On Monday, Goldman told investors …"), and other past tenses not in -ed were tried and
    named firms and parties ("In March, Microsoft bought the start-up", "Labour won")."""
    for match in _CLAUSE_SUBJECT.finditer(text[:600]):
        if titled := match.group("titled"):
            if _in_lower_case(text) and _lower_case_name(titled.split()[1:]):
                return titled
            continue
        name = match.group("name")
        if name.split()[0].lower() in _FUNCTION_WORDS or name.lower() in _TIME_WORDS:
            continue
        if match.group("irregular") and not (" " in name and _named_as_person(name)):
            continue
        return name
    return None


_POSSESSIVE_END = re.compile(r"['’]s$")


@lru_cache(maxsize=_TEXTS_KEPT)  # (a phrase is read again by each rule that learns from it)
def _name_words(phrase: str) -> str | None:
    """Capitalised words as a name, without a possessive and not opening with a function
    word ("The Times" stays whole only as a body)."""
    words = [_POSSESSIVE_END.sub("", w) for w in phrase.split()]
    first = words[0].lower().rstrip(".,;:") if words else ""
    if not words or first in _FUNCTION_WORDS or first in _TIME_WORDS:
        return None  # (nor "Thursday." at a sentence's end: "last Thursday." is no "last")
    # (a sentence's stop is no part of the name: "by US magazine Mobile PC.")
    return _tidy(" ".join(words))


# a research paper told of: "published a paper in Nature", "a new paper", "their paper"
_RESEARCH_PAPER = gated(
    re.compile(
        r"\b(?:published|wrote|authored|co-authored|presented)\s+(?:a|an|the|their|his|her)\s+"
        r"(?:[\w-]+\s+)?paper\b|\b(?:a|the)\s+(?:new|research|scientific|peer-reviewed|recent)\s+"
        r"paper\b",
        re.I,
    )
)


def _tells_of_another(text: str, source: str) -> bool:
    """Whether a statement names a person besides its speaker: a noun for one ("the suspect",
    "a man") or a full name that is not the speaker's."""
    spoken = set(source.lower().split())
    words = re.findall(r"[\w'’-]+", text)
    for index, word in enumerate(words):
        lowered = word.lower()
        if lowered in spoken:
            continue
        if word.islower() and _is_person_noun(lowered):
            return True
        # a title or a first name before another's name: "Mr Jones", "Tom Hale"
        if (
            (
                lowered.rstrip(".") in _PERSON_TITLES
                or (_is_first_name(lowered) and word[:1].isupper())
            )
            and index + 1 < len(words)
            and words[index + 1][:1].isupper()
            and words[index + 1].lower() not in spoken
        ):
            return True
    return False


# people named by what they do or are, besides the heads of groups, whose plural a lone "he"
# or "she" cannot mean ("Traders said …", "Democrats said …"; not a name that ends in "s":
# "Sanders", "Tedros")
_PLURAL_PEOPLE = _words(
    """
    trader carer democrat republican parent physician banker broker dealer farmer miner
    driver player coach manager owner voter user consumer shopper tenant landlord relative
    scholar historian academic diplomat minister senator senior rebel militant insurgent
    """
)


# one plural word for people by what they do, capitalised as it opens a sentence: "Hackers",
# "Protesters", "Investors", "Militants", "Residents", "Activists"
_AGENTS_PLURAL = re.compile(r"[A-Z][a-z]+(?:er|or|ist|ant|ent|ian)s")


def _named_by_its_kind(body: str) -> bool:
    """A body that spoke last named by its own kind, which another word for a body cannot
    mean: "The union said members had voted to strike." then "The company said the ballot
    was flawed"."""
    words = body.split()
    return len(words) == 2 and words[0].lower() == "the" and words[1].islower()


def _taken_up_by_who(source: str, text: str) -> bool:
    """A one-word name a relative "who" follows, that then "said he" or "said she", is a
    person's: "Manby, who joined the company as CEO in 2015, said he would …" is no firm a
    later "the company" could mean. (A club or a firm takes "who" too in British English:
    "Ryanair, who carried 180 million passengers, said its boss would stay".)"""
    return (
        " " not in source
        and f"{source}," in text  # (before a pattern is compiled for the name)
        and re.search(rf"\b{re.escape(source)},\s+who\b", text) is not None
        and re.search(rf"\b{_SAID_HE_OR_SHE}", text, re.I) is not None
    )


_HE_OR_SHE = re.compile(r"\b(?:he|she)\b", re.IGNORECASE)


# a speaker that tells of itself as a person does: "said he …", "said that she …"
_SAID_HE_OR_SHE = r"said\s+(?:that\s+)?(?:he|she)\b"


def _looks_like_organisation(source: str, full_names: dict[str, str]) -> bool:
    """A body, not a person: an acronym, a name ending in a word for a body, or one
    capitalised word the article never gave as part of a person's full name."""
    tokens = source.split()
    if _of_a_body_as_a_person(tokens):
        return False
    if len(tokens) == 1 and (full := full_names.get(tokens[0].lower())):
        tokens = full.split()  # "Hall" after "Dougie Hall"
        if len(tokens) > 1 and not _is_body_name(tokens):
            return False
    if _is_acronym(tokens[-1]) or _is_body_name(tokens):
        return True
    return len(tokens) == 1 and tokens[0][:1].isupper() and tokens[0].lower() not in full_names


def _role_gender(words: list[str]) -> str | None:
    """The gender a role word gives one who speaks for a body: "a spokesman for the
    prosecutor" is "he", "a spokeswoman for the club" "she" (a "-person" neither)."""
    head = _member_role(words)
    return _gender_of_role_word(head) if head else None


def _gendered_role(word: str) -> str | None:
    """The gender a role word itself shows: "actress", "spokeswoman", "chairman"."""
    if word in _FEMALE_ROLE_WORDS:
        return "she"
    return _gender_of_role_word(word)


_FEMALE_ROLE_WORDS = frozenset(
    {"actress", "waitress", "hostess", "heiress", "duchess", "princess", "queen", "countess"}
)


def _gender_of_role_word(word: str) -> str | None:
    """ "spokeswoman", "businesswoman" (she); "spokesman", "man" (he; not "human")."""
    if word.endswith("woman"):
        return "she"
    return "he" if word.endswith("man") and word != "human" else None


# People who speak for a body or belong to it, besides the person roles and people nouns
_MEMBER_ROLES = _words("commander member head supporter insider militant activist staffer")


# every word for one person of a body
_MEMBER_HEADS = _PERSON_ROLES | _PEOPLE_NOUNS | _MEMBER_ROLES


# one who saw or was there, described by that alone: "An eyewitness said …", "A bystander …"
_WITNESSES = frozenset({"eyewitness", "bystander", "shopkeeper", "onlooker", "local", "villager"})


def _gender_of_words(words: list[str]) -> str | None:
    """The gender a description's own words give, by its head or a word for a sex or a
    kinship before it: "a police spokeswoman", "a woman", "a female officer" (she); "a
    Downing Street spokesman", "a man" (he); not "a German official" or "a human rights
    activist", whose "-man" words are no role."""
    if known := _gender_of_role_word(words[-1].lower().strip(",.")):
        return known
    for word in (w.lower().strip(",.") for w in words):
        if word in _SHE_WORDS:
            return "she"
        if word in _HE_WORDS:
            return "he"
    return None


# the words for a person that are a gender: "the woman", "the mother" (not a role that says
# it, "the chairman", which a woman may hold)
_GENDERED_PEOPLE = _words(
    "man woman mother father girl boy wife husband son daughter brother sister lady mum dad"
)


_SHE_WORDS = frozenset({"female", "girl", "mother", "mum", "lady", "wife", "daughter", "sister"})
_HE_WORDS = frozenset({"male", "boy", "father", "dad", "husband", "son", "brother"})


def _member_role(tokens: list[str]) -> str | None:
    """The role word of one person of a body, "commander" of "a commander of the group",
    "spokesman" of "a spokesman for the club"; None for any other phrase."""
    if len(tokens) < 4 or tokens[0].lower() not in ("a", "an", "one", "the"):
        return None
    cut = next((i for i, t in enumerate(tokens) if t.lower() in ("of", "for", "at")), 0)
    if cut < 2 or not tokens[cut - 1].islower():
        return None
    head = tokens[cut - 1]
    return head if head in _MEMBER_HEADS else None


def _of_a_body_as_a_person(tokens: list[str]) -> bool:
    """ "a commander of the group", "a spokesman for the club": one person of a body, whose
    name ends the phrase (a person who may be "he", never "the group")."""
    return _member_role(tokens) is not None


# a speech verb that goes on of its speaker as "it" (not the "it" of "it was", "it is", which
# is any matter): "Goodrich said it will continue …", "The company said its reserves fell …"
_SAID_OF_ITSELF = re.compile(
    r"\b(?:said|says|announced|added|confirmed|stated)(?:\s+(?:on|late|early|in|last)\s+"
    r"[A-Za-z]+)?(?:\s+that)?\s+it\s+(?:will|would|has|had|plans|planned|expects|expected|"
    r"intends|intended|is\s+(?:planning|considering|seeking))\b(?!\s+(?:be|been|felt)\b)"
    # … or a speaker the sentence itself calls a body: "The company said its reserves fell"
    r"|^\s*the\s+(?:company|firm|group|bank|agency|ministry|department)\s+(?:[a-z]+\s+)?"
    r"(?:said|says)\b",
    re.I,
)


def _is_body_initials(source: str) -> bool:
    """ "The EU", "the FBI": a body's initials after the article, whom a later "he" or "she"
    never means (a bare quotation may still be theirs)."""
    tokens = source.split()
    return len(tokens) == 2 and tokens[0].lower() == "the" and _is_acronym(tokens[1])


def _capital_of_the_sentence(words: list[str], text: str, start: int) -> bool:
    """Whether two capitalised words open the sentence with a determiner, whose capital only
    the sentence's start gives: "Whatever Apple decides …", "Both Johnson and …" name no one
    "Whatever Apple" (a word the census does not know may still be a foreign given name:
    "Zoltan Boesze said")."""
    if text[:start].strip(" “\"‘'(["):
        return False
    return words[0].lower() in _OPENING_NON_NAMES


# titles of an office one person holds, a person's even after a capitalised "The"
_ONE_HOLDER = _words(
    "pope pontiff queen king prince princess duke duchess emir sultan archbishop taoiseach "
    "speaker chancellor president"
)


def _one_holder(source: str) -> bool:
    return source.rsplit(maxsplit=1)[-1].lower() in _ONE_HOLDER


def _the_and_a_name(source: str) -> bool:
    """ "The Da Vinci Code", "The Guardian": a capitalised "The" and capitalised words only, no
    title among them (not "The Prime Minister")."""
    tokens = source.split()
    return (
        len(tokens) > 1
        and tokens[0] == "The"
        and all(t[:1].isupper() for t in tokens[1:])
        and _the_and_a_body(source)
    )


def _role_before_lower_case_name(tokens: list[str]) -> bool:
    """A role or title before a lower-cased name: "passenger panupon rattanakornpanya",
    "former poet laureate sir andrew motion" (the role shows a person where no capital
    does)."""
    for size in (2, 3):
        head, tail = tokens[:-size], tokens[-size:]
        role = head[-1].lower().rstrip(".,") if head else ""
        if len(head) > 1 and head[-2].lower() in _DETERMINERS:
            continue  # "the witness protection scheme": the role word is a modifier
        if role in _PERSON_TITLES or role in _PEOPLE_NOUNS or role in _PERSON_ROLES:
            return _lower_case_person(tail)
    return False


def _named_people(text: str, full_names: dict[str, str]) -> Iterator[str]:
    """The names of people a sentence mentions outside quotations, each once a mention: a
    run of capitalised words (a lone one only where the sentence does not open with it, is
    a possessive, or the article gave it in full), not a body ("… Council"), a time
    ("Monday") or a place after a preposition ("in Leeds", "against Arsenal"). A surname is
    its full name."""
    head = _mask_quotes(text[:2000])
    for match in _NAME_RUN.finditer(head):
        words = [_TRAILING_POSSESSIVE.sub("", w) for w in match.group().split()]
        while words and words[0].lower() in _FUNCTION_WORDS:
            words.pop(0)
        if not words or _is_body_name(words):
            continue
        if any(w.lower() in _TIME_WORDS or w.lower() in _FUNCTION_WORDS for w in words):
            continue
        if len(words) == 1 and words[0].lower() in _NATIONALITIES:
            continue  # "Swedish prosecutors": a nationality, not a person
        before = head[: match.start()].split()
        if before and before[-1].lower() in _BEFORE_PLACE:
            continue
        if len(words) == 1:
            opens = not head[: match.start()].strip(" “‘'\"")
            known = full_names.get(words[0].lower())
            if known:
                yield known
            elif (not opens or _POSSESSIVE_END.search(match.group())) and not _is_acronym(
                words[0]
            ):
                yield words[0]
            continue
        written = " ".join(words)
        # "Van Gaal" is known by its particle: "Louis van Gaal"
        yield full_names.get(written.lower()) or full_names.get(words[-1].lower(), written)


def _unknown_word_acting(name: str, text: str) -> bool:
    """One capitalised word that no name list knows ("Locksley", "Steenburgen", "Obama") with
    a past or perfect verb right after it ("Locksley had barely heard of them", "Obama
    hammered …"): perhaps a person, whom "he" or "she" in the next two sentences may mean when
    the article has shown no person at all (a perfect passive is a place's: "Tampa had been
    evacuated"). A word naming a kind of thing is passed over (a
    plural, a word in -ing or -ly, "Everyone", a title, a role, a body), and so is a present
    or future verb, which clubs and firms take as often ("Kilmarnock will confirm")."""
    word = name.lower()
    if (
        " " in name
        or not name[:1].isupper()
        or _is_acronym(name)
        or word.endswith(("s", "ing", "ly"))
        or word in _INDEFINITES
        or word in _PERSON_TITLES
        or word in _GIVEN_NAMES
        or word in _NATIONS
        or word in _FUNCTION_WORDS
        or word in _TIME_WORDS
        or word in _COLLECTIVE
        or word in _PEOPLE_NOUNS
        or word in _PERSON_ROLES
        or word in _BODY_ROLES
        or word in _DATA_HEADS  # "Data released on Wednesday showed …"
        or _is_organisation(name)
    ):
        return False
    following = _words_after(name, text)
    if len(following) > 1 and following[0] in _PAST_OR_PERFECT and following[1] == "been":
        return False  # a perfect passive, as places take: "Tampa had been evacuated"
    return bool(following) and (
        following[0] in _PAST_OR_PERFECT
        or following[0] in _PAST_FORMS
        or (following[0].endswith("ed") and _verb_like(following[0]))
    )


def _with_plural_verb(name: str, text: str) -> bool:
    """A sentence opening with the name and a plural verb ("Kilmarnock are currently
    eighth"): a team or a firm as British English writes it, never a person."""
    if not text.startswith(name):
        return False
    following = _drop_adverbs(text[len(name) :].split(maxsplit=3))[:1]
    return bool(following) and following[0] in _PLURAL_FORMS


def _joined_to_another(name: str, text: str) -> bool:
    """Whether the text names ``name`` joined by "and" to another capitalised name ("Shell and
    BP", "BP and Shell")."""
    bare = re.escape(name.removeprefix("the "))
    return bool(
        re.search(rf"[A-Z][\w&.'’-]*\s+(?:and|&)\s+(?:the\s+)?{bare}\b", text)
        or re.search(rf"\b{bare}\s+(?:and|&)\s+(?:the\s+)?[A-Z]", text)
    )


def _surname_acting(name: str, text: str) -> bool:
    """One capitalised word that only a surname list knows ("Dawson", "Volker"), with a
    singular or past verb right after it ("Dawson also leads", "Volker disputed"), is a
    person acting, whom the next "he" or "she" means. A first name may be a place or a club
    ("Chelsea signed"), a plural verb shows a team ("Blackburn have"), and a noun in -ers a
    modifier ("Blackburn strikers"), so none of those counts."""
    word = name.lower()
    if (
        " " in name
        or word not in _SURNAMES
        or word in _GIVEN_NAMES
        or word in _NATIONS
        or _is_organisation(name)
    ):
        return False
    following = _words_after(name, text)
    if not following:
        return False
    verb = following[0].lower()
    if verb.endswith("s") and len(following) > 1 and _finite_verb(following[1].lower()):
        return False  # a plural noun and its verb: "Leeds fans invaded", "London streets were"
    return verb not in _PLURAL_FORMS and not verb.endswith("ers") and _finite_verb(verb)


def _names_a_body(words: list[str]) -> bool:
    """Whether capitalised words name a body by their last word, or the word before "of"
    ("Halvorsen Energy", "Toyota Motor Corp.", "the Bank of England", "Royal College of
    Nursing"); not a title and a name ("Bank of England Governor Andrew Bailey")."""
    if words[0].lower() == "the":
        words = words[1:]
    if len(words) < 2:
        return False
    last = _name_head(words)
    if last in _FIRM_SUFFIXES:
        return True
    # (a first name before the word makes a person's: "Peter Hall", "Daniel Water")
    return last in _BODY_NAME_ENDS and not _is_first_name(words[0].lower())


def _name_head(words: list[str]) -> str:
    """The word of a body's name that may tell its kind: the last, or the one before its first
    "of" or "for" ("bank" of "the Bank of England", "department" of "Department for
    Transport")."""
    joint = next((i for i, w in enumerate(words) if w in ("of", "for")), len(words))
    return words[max(joint, 1) - 1].lower().strip(".,")


# descriptions a firm goes by, whatever its trade ("the company", "the carmaker")
_FIRM_WORDS = (
    _FIRM_ROLES
    | _TRADE_ROLES
    | _words(
        """
    network broadcaster studio operator provider chain developer publisher label startup
    planemaker drugmaker housebuilder shipbuilder
    """
    )
)


# descriptions a body of another kind goes by, which a brand's lone name or initials may take
# ("Oxfam" is "the charity", "the FAA" "the agency", "Arsenal" "the club")
# (not "the team", a research team as often, nor "the body" or "the service")
_OTHER_BODY_WORDS = _words(
    "organisation organization charity union agency league fund regulator watchdog club"
)


def _may_be_called(name: str, head: str) -> bool:
    """Whether a body the lines named may be "the <head>": a firm by any firm's word unless
    its name shows it a public body ("the European Commission", "the FDA" with its article);
    a body whose name shows its kind by that kind ("Halden Bank", "the bank"); a lone name or
    initials by a word for a body of another kind."""
    words = name.split()
    the = words[0] == "the"
    last = _name_head(words)
    initials = _is_acronym(words[-1]) and len(words) == 1 + the
    public = last in _PUBLIC_BODY_WORDS or (initials and the)
    if words[-1] in _OUTLET_NAMES:
        return head in _OUTLET_WORDS
    if head in _FIRM_WORDS:
        # (initials name a product or a programme as often as a firm: "HLS", "AOL")
        if public or initials:
            return False
        if not (last in _BODY_NAME_ENDS and len(words) > 1 + the):
            return True  # a name that shows no trade: "Ryanair", "Tesco"
        # (a name that shows its trade is a firm of that trade: "Kestrel Air" is "the
        # airline", "Thames Water" no "bank", "Leeds City Council" no "company")
        return (
            last == head
            or last in _TRADE_KINDS.get(head, frozenset())
            or last in _KIND_NAMES.get(head, frozenset())
            or (head in _ANY_FIRM_WORDS and (last not in _BODY_ROLES or last in _FIRM_WORDS))
        )
    # (a name that shows its kind is taken up by the bodies the lines named with that word,
    # before: "the club" after "Leeds United"; a news outlet is "the network" or "the
    # broadcaster", no "agency": "The BBC's documentary aired")
    return head in _OTHER_BODY_WORDS and len(words) == 1 + the  # "Oxfam", "the FAA", "Arsenal"


# the words for a news outlet that takes up one the lines named
_OUTLET_WORDS = _words("network broadcaster channel station outlet")
