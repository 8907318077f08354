"""Give every sentence a claim status, with who says it, the words that show it, and why.

Reporters mark how far they stand behind a statement with a small, stable vocabulary:
"could not be independently verified" (the text itself doubts it), "claimed", "allegedly",
"according to people familiar" (the writer keeps its distance), "said", "told", quotation
marks (plain attribution). The rules read that vocabulary, after masking the idioms that use
the same words for something else ("claimed her third title", "the storm claimed 12 lives").
A note such as "His claims could not be independently verified." reaches back (and forward)
to every statement of the speaker it refers to.

A speaker is shown to a reader in bold, so it must be a noun phrase a reader can believe: a
name, a body or a role ("police", "two people briefed on the talks"). Candidates are read
from the words around the cue and checked word by word (``is_plausible_source``); a pronoun
or a role ("the 28-year-old", "the pundit") stands for the person the article last named, and
when nothing sure is left the source is None and the reason says the article does not say who.

Every pattern is linear-time: possessive quantifiers or bounded repeats of whole words, never
a nested quantifier that can split the same characters in many ways.
"""

from __future__ import annotations

import enum
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from itertools import islice, pairwise
from typing import NamedTuple

from summarizer.models import ClaimStatus, Sentence

_F = re.IGNORECASE | re.VERBOSE


# A possessive ending a word: "Smith's", "the bankers'", "Christie’s".
_TRAILING_POSSESSIVE = re.compile(r"['’]s?$")


def _words(text: str) -> frozenset[str]:
    """The words of ``text`` as a set: word lists read better written as one string."""
    return frozenset(text.split())


_VERIFIED_WORD = r"(?:verified|confirmed|corroborated|substantiated|authenticated)"
# "not" after a verb as written ("could not", "couldn't") and as tokenised text writes the
# contraction, split from its verb ("could n't", "does n't")
_NOT = r"(?:\s+not|\s?n[’']t)"
# evidence of a kind that would settle a claim, and what such evidence is "to" do for it
_EVIDENCE_KINDS = r"credible|real|hard|concrete|direct|independent"
_SETTLING_EVIDENCE = rf"(?:(?:{_EVIDENCE_KINDS})\s+)?evidence"
_TO_BACK_UP = r"to\s+(?:support|back(?:\s+up)?|corroborate|substantiate|confirm|verify)"

_UNVERIFIED = re.compile(
    rf"""\b(?:
    could{_NOT}\s+(?:be\s+)?(?:(?:immediately|independently|yet|officially)\s+)*
        (?:be\s+)?(?:verif(?:y|ied)|confirm(?:ed)?|corroborat(?:e|ed)|substantiat(?:e|ed)|
        authenticat(?:e|ed))|
    (?:was|is|were|are)\s+(?:not\s+possible|impossible)\s+to\s+(?:independently\s+)?
        (?:verify|confirm|authenticate)|
    (?:there\s+(?:was|is|has\s+been)\s+)?no\s+(?:(?:independent|immediate|official)\s+)+
        (?:confirmation|verification)|
    (?:cannot|can\s?[’']t|can\s+not)\s+(?:be\s+)?(?:(?:independently|immediately)\s+)?
        (?:verif(?:y|ied)|confirm(?:ed)?|corroborat(?:e|ed))|
    (?:was|were|is|are){_NOT}\s+(?:(?:independently|officially)\s+)?{_VERIFIED_WORD}|
    (?:has|have|had){_NOT}\s+(?:been\s+(?:(?:independently|officially)\s+)?|
        independently\s+){_VERIFIED_WORD}|
    (?:was|were|is|are)\s+(?:unable|not\s+able)\s+to\s+(?:(?:independently|immediately)\s+)?
        (?:verify|confirm|corroborate)|
    (?:has|have|had)\s+yet\s+to\s+be\s+(?:(?:independently|officially)\s+)?(?:verified|confirmed)|
    without\s+(?:(?:providing|offering|giving|presenting|citing|showing|producing)\s+)?
        (?:any\s+)?(?:evidence|proof|supporting\s+evidence)|
    (?:provided|offered|gave|presented|cited|showed|produced)\s+no\s+(?:evidence|proof|
        # (details of a plan are no support for a claim: "gave no details on payment")
        details(?!\s+(?:on|about|of|regarding)\s+(?:the\s+|its\s+|his\s+|her\s+|their\s+)?
            (?:payments?|timing|terms|funding|plans?|schedule|costs?|pricing|prices?|dates?)\b)|
        documentation|sources?)|
    did{_NOT}\s+(?:provide|offer|give|present|cite|show|produce)\s+(?:any\s+)?(?:evidence|proof)|
    # the writer cannot tell whether what was said is true: "it's impossible to know whether
    # they were forced to speak", "there is no way of knowing if the video is genuine"
    (?:impossible|not\s+possible|no\s+way)\s+to\s+(?:know|tell)\s+(?:for\s+(?:sure|certain)\s+)?
        (?:whether|if)|no\s+way\s+of\s+(?:knowing|telling)\s+(?:whether|if)|
    no\s+evidence\s+(?:was|has\s+been|had\s+been)\s+(?:provided|offered|given|presented)|
    (?:no|(?:a\s+)?lack\s+of)\s+{_SETTLING_EVIDENCE}\s+(?:{_TO_BACK_UP}|for)\s+
        (?:the|his|her|their|this|these|that|its|those|such)\s+
        (?:claims?|allegations?|assertions?|rumou?rs?|reports?|estimates?|figures?|numbers?)|
    # … or for what was just said: "there's no evidence of that" (read only where the writer
    # says it, or a quotation says it of what it has just said: ``_unverified_cue``)
    (?P<pointer>no\s+{_SETTLING_EVIDENCE}\s+(?:{_TO_BACK_UP}|for|of)\s+
        (?:that|this|it)\b(?!\s+(?:is|was|the|a|an|he|she|they)\b))|
    # the verdict that what the sentence says someone suggested has nothing behind it
    # ("Relatives suggested he was murdered, but … no evidence supports anything other than
    # suicide"; read only after such a word, ``_REBUTTED``, or in the writer's own voice: "No
    # physical evidence linking her to the crime was ever discovered")
    (?P<rebuttal>(?:no|(?:not|(?:is|was|are|were|do|does|did|has|have|had)n\s?[’']\s?t)\s+
        (?:any|a\s+(?:shred|scrap)\s+of))\s+
        (?:(?:{_EVIDENCE_KINDS}|scientific|physical|forensic)\s+)?evidence\s+
        (?:to\s+(?:suggest|show|prove)|supports?|suggests?|linking))|
    (?:neither|none)\s+(?:[\w-]+\s+){{0,3}}?could\s+be\s+(?:independently\s+)?
        (?:verified|confirmed|corroborated)|
    (?:claims?|figures?|allegations?|numbers?|statistics|assertions?)\s+(?:(?:have|has|had)\s+
        been|were|was|are|is)\s+(?:widely\s+|strongly\s+)?(?:disputed|questioned|challenged)|
    unconfirmed|unverified|unsubstantiated|uncorroborated|unverifiable|unproven|
    not\s+independently\s+verifiable
    )\b""",
    _F,
)

# Idioms that use claim words without claiming anything: masked before the cues are read.
_NOT_A_CLAIM = re.compile(
    r"""\b(?:
    claim(?:s|ed|ing)?\s+(?:(?:his|her|their|its|the|a|an|this|that|another|a\s+new|first)\s+)?
        (?:[\w-]+\s+){0,2}?(?:titles?|victory|victories|wins?|gold|silver|bronze|medals?|
        trophy|trophies|crown|championships?|cup|prizes?|awards?|oscars?|grammys?|emmys?|
        baftas?|seats?|place|spot|lead|pole|
        records?|honou?rs|stage|lives|life|victims|jackpot|top\s+spot|majority|throne|
        points|double|treble|scalp|wickets?|bragging\s+rights|penalty|penalties|
        free[- ]kicks?|corners?|handball|offside)|
    # a finishing position: "to claim ninth and 10th", "claimed fifth in the final"
    claim(?:s|ed|ing)?\s+(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|
        ninth|tenth|\d+(?:st|nd|rd|th))(?=\s*(?:[,.;]|$)|\s+(?:and|in|on|at|for|behind|after|
        with|place|spot|position)\b)|
    # taking a share of something: "can also claim almost all of Canada, though …", "claimed
    # a third of the country's territory by 2015"
    claim(?:s|ed|ing)?\s+(?:(?:almost|nearly|virtually|roughly)\s+)?(?:all|most|much|half|part|
        a\s+(?:share|slice|piece|chunk|third|quarter)|(?:a|one)\s+third|\d+(?:\.\d+)?\s*
        (?:%|per\s*cent|percent))\s+of\b
        # … when nothing is said about it: "claimed all of the votes in the district were fake"
        # is a claim
        (?![^,.;:!?]{0,80}?\s(?:is|are|was|were|had|has|have|would|will|could|did|do|does)\b)
        # … or what the share of people did: "claim 90 per cent of the workforce voted against
        # the offer" (not "… of the vote in a district that backed Trump")
        (?!\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]++\s+){0,2}?(?:voted|backed|supported|opposed|
            rejected|favou?red|agreed|wanted)\b)|
    claim(?:s|ed|ing)?\s+(?:the\s+lives|(?:(?:more|fewer)\s+than|at\s+least|about|nearly|almost|
        some|over|up\s+to|around)?\s*(?:[\d,]+|one|two|three|four|five|six|seven|eight|nine|ten|
        eleven|twelve|fifteen|twenty|thirty|forty|fifty|a\s+hundred|hundreds\s+of|thousands\s+of|
        dozens\s+of|scores\s+of)\s+(?:lives|people|victims|homes)
        # (not a clause about them: "claimed eight people had died")
        (?!\s+(?:had|have|has|were|was|are|is|would|will|could|did|died|were)\b))|
    # "claim them as their favourite"; a subject after the verb opens a clause: "claimed he
    # worked as a builder" is a claim
    claim(?:s|ed|ing)?\s+(?!(?:he|she|they|i|we|that)\s)(?:[\w'’-]++\s+){1,3}?as\s+
        (?:their|his|her|its|our|my|your|a|an|the)\s|
    claims?\s+to\s+(?:(?:a|an|the)\s+)?(?:[\w-]++\s+)?(?:rights?|throne|title|ownership|
        sovereignty|land|lands|territory|power|legitimacy|authority|inheritance|estate|fame|
        state|statehood|islands?|region)|
    # taking what is one's own: "claim your authority", "claimed their independence"
    claim(?:s|ed|ing)?\s+(?:your|their|his|her|its|our|my)\s+(?:own\s+)?(?:authority|power|
        space|voice|identity|heritage|independence|freedom)\b
        # (not the subject of a clause: "claimed his power had been stolen", "claimed his
        # authority to fire the inspector general was absolute" are claims)
        (?![^,.;:!?]{0,80}?\s(?:had|has|have|was|were|is|are|would|will|could|did|depended|
            depends)\b)|
    (?<!he\s)(?<!she\s)(?<!they\s)recall(?:s|ed)\s+(?:[\d,.]+\s+(?:million\s+)?|some\s+|
        (?:more|nearly)\s+than\s+[\d,]+\s+)?(?:[\w-]+\s+){0,2}?(?:cars|vehicles|bottles|
        products|units|devices|batches|packs|jars|boxes|toys|phones|laptops)|
    # claiming money, as the claims for it below: "allowed to claim back parking tickets",
    # "claimed expenses", "can claim a refund"
    # (not a clause about the money: "claimed compensation was not owed", "claimed back in
    # March that …")
    claim(?:s|ed|ing)?\s+(?:back(?!\s+(?:in|on|at|when|then|during|before|after|that)\b)|
        (?:(?:his|her|their|the|a|an)\s+)?(?:[\w-]+\s+)?
        (?:expenses|benefits?|compensation|refunds?|allowances?|damages|tax\s+relief)
        (?![\w\s-]{0,30}?\b(?:was|were|is|are|had|has|have|would|will|could|should)\b)|
        # … a sum ("claimed more than £100,000 in expenses")
        (?:(?:more|less)\s+than\s+|over\s+|about\s+|nearly\s+|almost\s+|up\s+to\s+)?
        [£$€]\s?[\d,.]++(?:\s*(?:m|bn|k|million|billion)\b)?+
        (?![\w\s,.-]{0,30}?\b(?:was|were|is|are|had|has|have|would|will|could|should)\b))|
    # collecting a body or belongings: "The family claimed Ford's body" (not "claimed the body
    # was moved")
    claim(?:s|ed|ing)?\s+(?:(?:his|her|their|the|[\w’'-]+['’]s)\s+)?(?:body|bodies|remains|
        luggage|baggage|belongings)\b
        (?![\w\s-]{0,30}?\b(?:was|were|is|are|had|has|have|would|will|could|should)\b)|
    (?:insurance|injury|compensation|benefits?|pension|land|territorial|tax|expenses?|warranty|
        legal|damages|asylum|refund|unemployment|jobless|disability|patent|copyright|
        baggage|expense|welfare|maritime|property|ownership)\s+claims?|
    # … but denying or rejecting claims that something is so is an assertion about claims:
    # "denied claims that he lied", "has denied claims he misled the board", "rejected claims
    # that 950 detainees are to be moved" (not a relative clause, "rejected claims that were
    # filed late", nor a passive, "was denied claims that he had been promised")
    (?:(?<=\bwas\s)|(?<=\bwere\s)|(?!(?:deny|denied|denies|reject|rejected|rejects)\s+
        (?:the\s+)?claims?\s+(?:that\s+)?
        (?:(?:he|she|they|we|i|you|the|a|an|his|her|their|this|there)\b|(?-i:[A-Z])|\d)))
    (?:file|files|filed|filing|lodge|lodged|submit|submitted|settle|settled|process|processed|
        reject|rejected|approve|approved|deny|denied|pay|paid|handle|handled|make|made|
        dispute|disputed|bring|brought|won|lost|drop|dropped)\s+(?:a|an|the|their|his|her|its|
        \d++|more|new|thousands\s+of|millions\s+of)?\s*(?:[\w-]++\s+)?claims?\b|
    claims?\s+(?:adjusters?|process|processing|form|forms|handlers?|department|filed|against)|
    claim\s+to\s+fame|stake\s+a\s+claim|staked\s+(?:a|their|his|her)\s+claim|
    la(?:y|id|ying)\s+claim|reclaim\w*|acclaim\w*|proclaim\w*|disclaim\w*|
    # (the idiom takes a comma: "That said, …"; not "a blog post that said customers …")
    (?:that|this)\s+said(?=\s*,)|having\s+said|needless\s+to\s+say|to\s+say\s+(?:the\s+least|nothing)|
    all\s+told|truth\s+be\s+told|i\s+was\s+told\s+off|the\s+accused|
    # what was not made known is the writer's narration ("Terms were not disclosed"), and an
    # order to an audience is still an order ("The panel has been told to reconsider")
    (?:was|were|been|being|is|are|has|have)
        (?:(?:(?:\s+not|n['’]t)(?<!ha[sv]\snot)(?<!ha[sv]n['’]t)|(?:\s+not|n['’]t)\s+been)\s+
            (?:(?:immediately|yet|publicly|officially)\s+)?
            (?:disclosed|announced|released|revealed|made\s+public)\b|
        \s+told\s+(?:not\s+)?to\s+(?!the\b|a\b|an\b|his\b|her\b|their\b))|
    said\s+and\s+done|
    # keeping to a norm or a story is no source: "set according to tradition", "went according
    # to plan", "according to legend"
    according\s+to\s+(?:plan|schedule|protocol|script|tradition|custom|legend|folklore|myth|
        scripture|merit|need|rank|size|age)\b|
    so[- ]called|alleged(?:ly)?\s+to\s+have\s+been\s+cleared|
    # being told is being ordered or informed, not a statement the article reports
    # ("the court was told", "an inquest heard" report evidence: those stay)
    # (the words first, then who may not stand before them: checked only where they are found)
    (?=(?:was|were|been|being|is|are|be|get|got|gets)\s+told)
    (?<!court\s)(?<!hearing\s)(?<!jury\s)(?<!inquest\s)(?<!tribunal\s)(?<!inquiry\s)
    (?<!committee\s)(?<!MPs\s)(?<!magistrates\s)(?<!panel\s)
    (?<!court\shas\s)(?<!hearing\shas\s)(?<!jury\shas\s)(?<!inquest\shas\s)
    (?<!tribunal\shas\s)(?<!inquiry\shas\s)(?<!committee\shas\s)(?<!panel\shas\s)
    (?:was|were|been|being|is|are|be|get|got|gets)\s+told(?!\s+by\b)|
    told\s+(?:him|her|them|me|us|you|it)\s+(?:not\s+)?to\s+(?!the\b|a\b|an\b|his\b|her\b)|
    # survey answers: "12 per cent of respondents said they smoke"
    (?:[\d.,]+\s*(?:per\s*cent|percent|%)|half|a\s+third|a\s+quarter|two[- ]thirds|
        three[- ]quarters)\s+(?:of\s+)?(?:[\w-]++\s+){0,4}?(?:said|say|says)
    )\b""",
    _F,
)

# Claiming responsibility or credit for an act is an assertion the writer does not vouch for.
_RESPONSIBILITY = re.compile(r"\bclaim(?:s|ed|ing)?\s+(?:credit|responsibility)\b", re.I)

# A named party rejecting claims reports the rejection, not the claims: read as speech.
# Verbs of denying, for a denial that reports claims and one right before an unsourced claim
_DENYING = r"""denied|denies|deny|denying|rejected|rejects|dismissed|dismisses|refuted|refutes|
    disputed|disputes|rebutted"""
# What a claim noun says, spelled out after it: "of brutality", "that he lied", or a clause
# with no "that" ("claims he had lied", "suggestions the cloud was caused by aliens"), or a
# participle that gives it ("claims suggesting he will rejoin Boca Juniors")
# (not "had" or "have", which a relative clause shares: "rejected reports the committee had
# submitted on funding")
_SPELLED_OUT = r"""\s+(?:of|that|suggesting|saying)\b|
    # (a subject pronoun opens the clause whatever its verb: "denied claims he misled the board")
    \s+(?:he|she|they|we)\s+(?-i:[a-z]+)\b|
    \s+(?:the|a|an|his|her|their|its|this|he|she|it|they|we|i|(?-i:[A-Z][\w'’-]+))\s+(?:[\w'’-]+\s+){0,3}?(?:was|were|is|are|would|will|
    could|should|might|may|can)\b"""
_DENIAL = re.compile(
    rf"""\b(?:{_DENYING}|rejecting|admitted|admits|accepted|accepts|
    contested|contests)\s+(?:(?:the|these|those|all|any|such|his|her|
    their|its)\s+)?(?:[\w-]++\s+)?(?:allegations?|accusations?|claims?|charges?|reports?|
    rumou?rs?|suggestions?)\b
    # a denial that spells out what it denies ("deny accusations of brutality") still reports
    # the accusation: the claim noun outranks the denial
    (?!{_SPELLED_OUT})|
    # … or calls the claims false: "Lane's family has described those accusations as untrue"
    \b(?:described|describes|called|calls|branded|brands|labelled|labeled|labels)\s+
    (?:(?:the|these|those|such|his|her|their|its)\s+)?(?:allegations?|accusations?|claims?|
    reports?|rumou?rs?)\s+(?:as\s+)?(?:(?:completely|totally|entirely|wholly)\s+)?(?:untrue|
    false|baseless|unfounded|groundless|nonsense|lies|ridiculous|absurd|fabricated|inaccurate|
    wrong|slanderous|defamatory|fake|fiction)\b""",
    _F,
)

# Whose claims a claim noun names: "his claims", "Smith's allegation", "her outrageous claims"
_CLAIM_OWNER = re.compile(
    r"(?:\b(?P<pronoun>[Hh]is|[Hh]er|[Tt]heir)|(?P<name>(?:[A-Z][\w’'.-]*+\s+){0,3}[A-Z][\w-]*+"
    # … or a body's role: "the ministry's claim"
    r"|\b[Tt]he\s+[a-z][\w-]*+)"
    # (tokenised text splits the possessive off: "the club ’ s claims")
    r"(?:['’]s?|\s[’']\ss)"
    # … or a lower-case name so split: "barton ’ s claims"
    r"|\b(?P<lower>[a-z][\w-]*+)\s[’']\ss)"
    # … with adjectives between ("her outrageous claims", "his own repeated claims"), never a
    # noun ("her husband claims" is the husband's)
    # (suffixes of adjectives only: "opponent", "critic", "relative" and "official" are nouns)
    r"\s+(?:(?:own|new|latest|earlier|previous|false|wild|bold|explosive|extensive|"
    r"[a-z-]{2,}(?:ous|ful|ical|less|able|ible|ed))\s+){0,2}$"
)
_POSSESSIVE_PRONOUN = {"his": "he", "her": "she", "their": "they"}
# A denial right before a claim noun: the claims denied are unsourced ("denied claims that …").
_DENIED_BEFORE = re.compile(
    rf"""\b(?:{_DENYING})\s+(?:(?:the|these|those|all|any|such)\s+)?$""",
    _F,
)

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
    (?P<who3>(?:(?:an?|one|two|three|several)\s+)?(?:anonymous|unnamed|unidentified)\s+
        (?:\w+\s+)?(?:sources?|officials?|people|person|insiders?|aides?|diplomats?|
        witness(?:es)?))|
    (?P<who5>(?:an?|one|two|three|several|multiple|some)\s+(?:[\w-]++\s+){0,2}?(?:insiders?|
        sources?|pals?|confidants?|friends?)(?:\s+of\s+(?:the\s+)?[\w-]++
        (?:\s+(?!(?:had|have|has)\b)[\w-]++)?)?)
        (?=\s+(?:close\s+to\s+[^,.;]{1,40}?\s+)?(?:(?:had|have|has)\s+)?(?:said|says|told|tells|
        revealed|reveals|added|claimed|explained))|
    # an unnamed official of a government, a party or an armed force speaking, the classic
    # anonymous source: "A senior official told the newspaper", "An official with the U.S.
    # European Command said" (not a routine functionary, "…, an airport official said", nor
    # one a name follows, "an official, John Smith, said", nor a hedge, "said to be")
    (?P<who8>(?:an?|one|two|three|several)\s+(?:(?:[\w.-]++\s+){0,2}?(?:senior|top|
        high-ranking|government|administration|ministry|defen[cs]e|military|intelligence|
        diplomatic|western|u\.s\.|us|american|european|white\s+house|party|palace|cabinet|
        security)\s+(?:[\w.-]++\s+)??(?:officials?|aides?|diplomats?)|
        (?:officials?|aides?|diplomats?)\s+(?:with\s+the|from)\s+(?:[\w.'’-]++\s+){0,6}?
        [\w.'’-]++))
        (?=\s+(?:(?:has|have|had)\s+)?(?:also\s+)?(?:said|says|told|tells|added|confirmed)\b
        (?!\s+to\b))|
    # … or named after the quotation or the clause: "…," said a western diplomat"
    (?:said|says|told|added)\s+(?P<who9>(?:an?|one)\s+(?:[\w-]++\s+){0,2}?(?:diplomat|
        source|insider))\b|
    (?:speaking|spoke)\s+on\s+(?:the\s+)?condition\s+of\s+anonymity|
    (?:declined|refused)\s+to\s+be\s+(?:named|identified)|
    # a source the reporter keeps unnamed: "a German government source, whom they did not
    # name, said"
    whom\s+(?:they|it|he|she|we|the\s+[\w-]++)\s+(?:did|would|could)(?:\s+not|\s?n[’']t)\s+
        (?:name|identify),\s+(?:(?:has|had)\s+)?(?:said|says|told|tells|added|confirmed)\b|
    (?:who\s+)?(?:asked|requested)\s+not\s+to\s+be\s+(?:named|identified)|
    (?:asked|asking|wished|wishing|wanted|wanting|preferred|chose)\s+to\s+(?:remain|stay)\s+
        anonymous|
    (?:did|does|do)(?:\s+not|\s?n[’']t)\s+(?:want|wish)\s+to\s+be\s+(?:named|identified)|
    (?:wish|wishes|wished|wishing)\s+not\s+to\s+be\s+(?:named|identified)|
    (?:was|were|is|are)(?:\s+not|\s?n[’']t)\s+authori[sz]ed\s+to\s+(?:speak|comment|talk|discuss)|
    # (with a word for their kind: "diplomatic sources indicated that …")
    (?=sources)(?<!\benergy\s)(?<!\bpower\s)(?<!\bwater\s)(?<!\bfood\s)(?<!\brevenue\s)(?<!\bincome\s)
    (?<!\bfunding\s)(?<!\brenewable\s)(?<!\bprotein\s)
    (?P<who4>sources)\s+(?:said|say|says|told|tell|claim|claimed|
        indicated|indicate|suggested|suggest|revealed|added|confirmed|report|reported)\b|
    # an unnamed source or unnamed reports as the only authority: "according to a source",
    # "according to reports", "citing security sources"
    according\s+to\s+(?P<who6>(?:(?:a|an|one|two|three|several|multiple|some|unnamed|
        anonymous)\s+)?
        # … of a kind that names no one: "industry sources", "supply chain sources"
        (?:[a-z][a-z-]*+\s+){0,2}?(?:sources?|insiders?))\b|
    according\s+to\s+(?:(?:media|press|local|news|unconfirmed)\s+)?reports\b|
    # reports no one is named for: "with reports that Hemsworth would return", "amid reports
    # of a rift", "there were reports that …", "despite speculation this season that …"
    (?P<reports>
    # … or as the subject that speaks: "Reports say the fight erupted …", "Initial reports
    # spoke of up to 50 people trapped" (not "Police reports say": a body's own)
    (?:(?=initial|early|earlier|first|unconfirmed|media|press|news|local|reports)
        (?:^|(?<=[,;:]\s))(?:(?:initial|early|earlier|first|unconfirmed|media|press|news|
        local)\s+)?reports|(?:initial|early|earlier|unconfirmed|media|press|news)\s+reports)
        \s+(?:say|said|suggest|suggested|indicate|indicated|claim|claimed|spoke\s+of)\b|
    # … or under inquiry: "is investigating reports that another Australian has been
    # fighting" (not "reports of a breach": a complaint to the police, as "reported" is)
    (?:investigating|investigate|investigates|probing|looking\s+into)\s+
        (?:(?:media|press|news|unconfirmed)\s+)?reports\s+that\b|
    # … or that the one they are put to will not discuss: "He would not discuss reports the
    # party repaid £500,000", "refused to discuss weekend newspaper reports that …"
    # (news reports, with what they say: not "quarterly earnings reports")
    (?:would\s+not|wouldn[’']t|will\s+not|won[’']t|refused\s+to|declined\s+to)\s+
        (?:discuss|comment\s+on|confirm|address)\s+(?:the\s+)?
        (?:(?:weekend|newspaper|media|press|news|unconfirmed|recent|earlier)\s+){0,2}reports\s+
        (?:that\b|(?=(?:the|a|an|he|she|they|it|his|her|their)\s))|
    (?:with|amid|amidst|following|follows|followed|despite|after|because\s+of|
        (?:there|there\s+have|there\s+has|there\s+had)\s+(?:were|been))\s+
        (?:(?:some|other|several|many)\s+)?
        (?:(?:media|press|local|news|unconfirmed|widespread|earlier|recent|growing|fresh|
        intense)\s+)?(?:reports|speculation|rumou?rs|suggestions?)(?:(?:\s+(?!(?:that|of|by|from|among)\b)[\w'’-]+){0,3}?\s+
        (?:that|of)|\s+(?:suggesting|saying|claiming|indicating)|
        # … with a clause and no "that": "following reports it has drawn up plans", "after
        # reports the manager had been approached" (not a relative clause, whose verb lacks
        # its object: "following reports it had received from residents")
        \s+(?:it|he|she|they|the|his|her|their|its|(?-i:[A-Z][\w'’-]+))\s+(?:[\w'’-]+\s+){0,3}?
        (?:has|had|have|was|were|is|are|would|will|could|might|may)\s+
        (?:been\s+[a-z]+|(?:not\s+)?[a-z]+\s+(?!(?:from|to|on|in|at|by|with|for|about)\b)
        [\w'’-]+))|
        # … and one such report: "after a report that he tried to woo voters"
        (?:with|amid|following|after|despite)\s+an?\s+(?:(?:media|press|news|unconfirmed)\s+)?
        report\s+that(?!\s+(?:[a-z]+ed|found|showed|shows|finds|said|says|was|is|has|had)\b))\b|
    citing\s+(?P<who7>(?:(?:unnamed|anonymous|senior|police|government|security|military|
        intelligence|diplomatic|local|official|western|us|u\.s\.)\s+){0,2}sources)\b
    )""",
    _F,
)
_MEDIA = (
    r"(?:media|television|tv|newspapers?|outlets?|tabloids?|press|news\s+agenc(?:y|ies)|"
    r"broadcasters?|reports?)"
)
_DISTANCING = re.compile(
    rf"""\b(?:allegedly|alleged|alleging|alleges|allege|allegations?|reportedly|purportedly|
    # "reportedly said", spelled out: "Shane Stone is reported as saying …"
    (?:is|are|was|were)\s+reported\s+as\s+(?:saying|telling|having\s+said)|
    supposedly|ostensibly|apparently|rumou?r(?:s|ed)?|purport(?:s|ed|ing)?\s+to|
    purported(?=\s+[a-z])|  # the adjective, as "alleged": "the purported video"
    accus(?:e|es|ed|ing|ations?)|
    # weasel words: an unnamed majority as the only authority ("many have voiced concerns
    # that …", "some say", "some critics argue")
    # ("others" alone too, but not one of a named list, "Smith and others said", nor inside
    # a named speaker's words, "he said others had raised concerns")
    (?P<weasel>(?<![\d.%]\s)(?<!\d,\s)(?:many|some)\s+(?:(?:people|others|critics|observers|
        commentators|experts)\s+)?
        (?:have\s+|had\s+)?(?:say|said|argue|argued|believe|believed|suggest|suggested|
        voiced|expressed|raised|fear|feared|claim)|
        # "others" alone, saying something (not one of a named list, "Smith and others
        # said", nor inside a named speaker's words, "he said others had raised concerns",
        # nor doing something, "while others raised their glasses")
        (?=o)(?<!\band\s)(?<!\bsaid\s)(?<!\bsays\s)(?<!\bthat\s)(?<!\bthe\s)others\s+
        (?:have\s+|had\s+)?(?:say|said|argue|argued|suggest|suggested|claim|claimed|fear|
            feared|worry|worried)|
        # blame opening its clause ("some blame the singer"), not a share of it ("accepted
        # some blame for the defeat")
        (?=[ms])(?<![a-z]\s)(?:many|some)\s+(?:people\s+)?blamed?\b)|
    # (one report the article names is a document, as a study is: "the report suggests"; so
    # is one report that says something itself, as "according to a report" is: "…, a report
    # says")
    (?P<media>(?!(?:(?<=\bthe\s)|(?<=\bthis\s)|(?<=\bthat\s)|(?<=\bits\s)|(?<=\btheir\s))
        report\b)(?!(?<=\ba\s)report\s+(?:says|said)\b){_MEDIA})\s+(?:(?:in|from)\s+(?:[\w-]++\s+){{1,2}}?)?(?:have\s+|had\s+)?
        (?:reported|reports|said|says|claimed|suggest|suggests|suggested|claim)|
    # a paper's own unnamed sources: "Sportsmail understands", "The Times has learned"
    (?P<outlet>(?:Mail|Sportsmail|MailOnline|Telegraph|Times|Sun|Post|Guardian|Independent|
        Mirror|Express|Standard|Star|Herald|Journal|News|Online|BBC|CNN|ESPN|Sky|Reuters|
        Bloomberg|Press|Sunday)\s+(?:understands|(?:has|have)\s+(?:learned|learnt)|
        can\s+reveal))|
    # "is" also as a contraction, tight or tokenised: "she's believed to", "she 's believed to"
    (?:is|are|was|were|been|being|(?:he|she|it|who|that|there)\s?['’]s)\s+
        (?:(?:not|now|widely|also|generally|still|even)\s+)?
        (?:said|reported|believed|thought|rumou?red|understood|claimed|alleged)\s+to
        # (reported to someone is no hedge: "The theft was reported to police")
        (?!\s+(?:the|police|authorities|officers|officials|regulators|watchdogs|prosecutors|
            social\s+services|a|an|his|her|their|its)\b|\s+(?-i:[A-Z]))|
    (?:now|widely|generally)\s+(?:thought|believed|understood)\s+to|
    # "suspected" as "alleged": the adjective ("her suspected affairs", "a suspected gunman")
    # and the passive ("Rape is also suspected"), not the verb ("Dempsey suspected lung disease")
    (?=suspected)(?:(?<=^)|(?<=\ba\s)|(?<=\ban\s)|(?<=\bthe\s)|(?<=\bher\s)|(?<=\bhis\s)|(?<=\bits\s)|
        (?<=\btheir\s)|(?<=\bof\s)|(?<=\bfor\s)|(?<=\btwo\s)|(?<=\bthree\s)|
        (?<=\bseveral\s)|(?<=\bother\s))suspected
        (?=\s+(?!(?:the|a|an|his|her|their|its|that|him|them|it|nothing|no)\b)[a-z])|
    (?P<suspected>(?:is|are|was|were|been|being)\s+(?:(?:also|now|widely|strongly)\s+)?
        suspected\b)|
    # a belief held by no one named, the same hedge with "as": "The shift was widely seen as
    # an attempt to …", "is seen as a vote of confidence" (not the participle alone, which
    # describes, "the territories, seen as pivotal parts of …", nor a sighting, "was seen as
    # he left")
    (?:is|are|was|were|been|being|(?:he|she|it|who|that)\s?['’]s)\s+
        (?:(?:widely|generally|largely|increasingly|now|also|often|still)\s+)?
        (?:seen|viewed|perceived)\s+as
        (?!\s+(?:he|she|they|it|we|i|you|soon|long|well|far|much|recently|early|late|close|
            high|low|many|often|little|near)\b)|
    # the same hedge shortened to a participle after a comma, with no "is": "a police team,
    # believed to be an execution team, were photographed"
    (?:(?<=,)|(?<=,\s))(?:(?:now|widely|also|generally)\s+)?(?:believed|thought|rumou?red|understood|
        said|reported)\s+to\s+(?:be|have)\s|
    # … or to any verb when no one can be told: "hilly areas, thought to represent …"
    (?:(?<=,)|(?<=,\s))(?:(?:now|widely|also|generally)\s+)?(?:believed|thought|rumou?red)\s+
        to\s+(?!(?:him|her|them|my|your|it|our)sel(?:f|ves)\b)[a-z]+\s|
    it(?:\s+(?:is|was|has\s+been|had\s+been)|\s?['’]s(?:\s+been)?)\s+(?:widely\s+)?(?:reported|claimed|alleged|
        rumou?red|believed|thought|understood|said|feared)(?!\s+to\s+(?:police|the\s+police|
        officers|authorities|him|her|them))|
    # what a denial spells out is a claim no one is named for: "dismissed suggestions the
    # cloud was caused by aliens", "rejected reports that he would quit" (read only after a
    # denial: "The paper reports that …" is the paper's)
    (?P<denied>suggestions?|reports?|speculation)(?={_SPELLED_OUT})|
    # "the claims" refers back to an assertion ("despite the claims"), but a speaker who
    # judges it speaks about it ("experts said the claim was plausible")
    (?<!\bsaid\sthe\s)(?<!\bsays\sthe\s)(?<!\bsay\sthe\s)(?<!\bthis\s)(?<!\bthat\s)
    (?<!\ba\s)claim(?:s|ed|ing)?)\b""",
    _F,
)
# Published research reports a finding: attributed to the study, not distanced from.
_RESEARCH = re.compile(
    r"""\b(?P<who>(?:(?:the|a|an|some|new|recent|one|this|that|their|its|his|her|other)\s+)?
    (?:[\w'’-]++\s+){0,3}?(?:research|study|studies|survey|poll|report|analysis|data|review|
    paper|investigation|inquiry|audit|experiment|trial|census|figures|statistics|
    # documents of a court or an office speak the same way: "court records listed no attorney"
    records|documents|filings|complaint|lawsuit|indictment|affidavit))\s+
    # what it was of: "the poll of 46,000 people found", or among whom, people or animals:
    # "one study in 17 people showed" (not "the trial in Manchester found him guilty", "the
    # experiment in the kitchen showed"); or whose it is: "figures from the catholic church
    # show" (the body that issued them is the source)
    (?:of\s+(?:[\w,.'’-]++\s+){1,3}?|
        (?:in|among|involving)\s+(?:[\w,.'’-]++\s+){0,3}?(?:people|adults|patients|women|men|
        children|girls|boys|participants|volunteers|mice|rats|subjects|students|nurses|
        adolescents|teenagers|infants|smokers|doctors|workers|twins|pairs)\s+|from\s+(?P<issuer>(?:[\w'’.-]++\s+){1,5}?))?
    (?:(?:published|conducted|carried\s+out|released|led|commissioned|funded)\s+
        (?:[\w'’.-]++\s+){1,5}?)?
    (?:(?:also|has|have|had|recently)\s+)?(?:suggests?|suggested|found|finds|shows?|showed|
    indicates?|indicated|concluded|concludes|revealed|reveals|estimates?|estimated|warns?|
    listed|lists|states|stated|
    warned)\b""",
    _F,
)
# The people who did the research report a finding "that …" (not "found deposits of ice").
_RESEARCHERS = re.compile(
    r"""\b(?P<who>(?:(?:the|a|some|other)\s+)?(?:[\w'’-]++\s+)?(?:researchers|scientists))\s+
    (?:(?:have|had|also)\s+)?(?:found|concluded|discovered|suggest|suggested|estimate|
    estimated|believe|calculated)\s+that\b""",
    _F,
)
# Verbs of saying that attribute whatever they are used with, present and past.
# Cheap first look: most sentences name no study, and the full pattern tries every word.
_RESEARCH_NOUN = re.compile(
    r"(?i:research|stud(?:y|ies)|survey|poll|report|analysis|data|review|paper|"
    r"investigation|"
    r"inquiry|audit|experiment|trial|census|figures|statistics|records|documents|filings|"
    r"complaint|lawsuit|indictment|affidavit)"
)
_SPEECH_VERBS = r"""(?:said|says|say|told|tells|stated|announced|announces|
    # adding to a score is no statement: "Barton added a fourth", "Marchand added three assists"
    (?:added|adds)(?!\s+(?:a|an|another|his|her|their|one|two|three|four|five|six|\d+)\s+
        (?:[\w-]++\s+)?(?:goals?|assists?|points?|runs?|tries|try|wickets?|rebounds?|
        touchdowns?|penalty|penalties|birdies?|second|third|fourth|fifth|sixth|seventh|
        eighth|ninth|tenth)\b)
        # … nor is a price's or an index's rise: "Spot gold added 0.1% to $1,472"
        (?!\s+[\d.,]+\s*(?:%|per\s*cent|percent|points?)|\s+[$£€])
        # … nor is adding to a thing ("The study adds to evidence that …"), unless a quotation
        # follows ("added to reporters: '…'")
        # (an apostrophe is no quotation mark here: "added to Smith's comments"; "added to
        # reporters that …", "added to the BBC that …" are statements)
        (?!\s+to\b
            (?!\s+(?:reporters|journalists|the\s+(?:media|press|court|jury))\b)
            (?!\s+(?:the\s+)?(?-i:[A-Z][\w.]*)(?:\s+(?-i:[A-Z][\w.]*))*\s+that\b)
            (?![^:"“‘]{0,60}[:"“‘]))|
    explained|explains|noted|
    # (notes after a preposition or an article are paper: "discovered on notes and coins")
    (?<!\bon\s)(?<!\bin\s)(?<!\bof\s)(?<!\bthe\s)(?<!\band\s)(?<!\bwith\s)notes|
    tweeted|argued|argues|insisted|insists|
    (?:contended|contends)(?!\s+(?:with|for)\b)|  # not "contended with strong winds"
    # writing a work is authorship, not a statement: "the women who wrote it", "wrote songs",
    # "who wrote the award-winning musical Spend Spend Spend"
    (?:wrote|writes)(?!\s+(?:it|them|(?:(?:the|a|an|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?)?
        (?:songs?|books?|music|novels?|poems?|scripts?|screenplays?|lyrics|musicals?|plays?|
        operas?|albums?|symphon(?:y|ies)|biograph(?:y|ies)|memoirs?|stor(?:y|ies)|films?|
        episodes?|series|code|software)\b
        # (the work ends the phrase, or a title goes on: not "a series of posts", "a film
        # review"; but "A Song of Ice and Fire")
        (?!\s+(?:(?-i:of\s+[a-z])|reviews?\b|posts?\b|columns?\b|pieces?\b|articles?\b|
            blogs?\b))))|
    acknowledged|acknowledges|admitted|admits|stressed|stresses|emphasi[sz]ed|emphasi[sz]es|
    # a confession is an admission ("has confessed to strangling …"), and disputing that
    # something is so a statement ("They also disputed that anyone had a problem")
    confessed|confesses|(?:disputed|disputes)(?=\s+that\b)|
    # telling someone that something is so: "shared with AutoIndustriya.com that they have
    # improved …" (not "shared a photo", "shared with her followers")
    shared(?=\s+(?:with\s+(?:[^,.;:"“]|\.(?=\S)){1,50}?\s+)?that\b)|
    # a complaint with what it holds: "Gaiman still bemoans that …"
    (?:bemoan|lament)(?:s|ed)(?=\s+(?:that|the\s+fact\s+that|how)\b)|
    pointed\s+out|points\s+out|predicted|predicts|complained|complains|joked|quipped|
    # a forecast with what it holds ("has forecast that the market …"; not "forecast rain")
    (?<!\bthe\s)(?<!\ba\s)(?<!\bits\s)(?<!\bhis\s)(?<!\bher\s)(?<!\btheir\s)(?<!['’]s\s)
    (?:forecast|forecasts|forecasted)(?=\s+that\b)|
    boasted|remarked|
    # (a holiday or a rule is observed in the passive: "to be observed on the days set")
    observed(?<!be\sobserved)(?<!been\sobserved)(?<!is\sobserved)(?<!are\sobserved)
    (?<!was\sobserved)(?<!were\sobserved)(?<!ly\sobserved)|
    # agreeing that something is so, not agreeing a deal ("and agreed a series of measures",
    # "agreed to pay") nor a deal agreed ("A deal was agreed")
    agreed(?<!was\sagreed)(?<!were\sagreed)(?<!been\sagreed)(?<!is\sagreed)(?<!be\sagreed)
    (?!\s+(?:a|an|to|terms|deals?|fees?|ceasefires?|series)\b)|
    concedes|conceded|recalls|disclosed|describes|confirms|declares|maintains|replies|responds|rejects|
    # a text quoted as it reads: "A statement from the club read: '…'", "…,' the letter reads."
    # (a quotation after its colon, or a text's tag after one: not "a statement read on his
    # behalf", "a note read during the service", "the letter read more like a threat", "the
    # scoreboard read: 2-0", nor a text inside the narration, "holding a sign that read: '…'")
    (?<!that\s)(?<!which\s)reads?(?=\s*:\s*(?:[‘“'"]|``))|
    (?:(?<=statement\s)|(?<=letter\s)|(?<=message\s)|(?<=note\s)|(?<=notes\s)|(?<=post\s)|
        (?<=tweet\s)|(?<=banner\s)|(?<=sign\s)|(?<=report\s)|(?<=notice\s)|(?<=email\s)|
        (?<=caption\s)|(?<=placard\s))reads?(?=\s*[,.;]|\s*$))"""
# No passive's auxiliary right before a verb: "was cited for speeding", "were called a
# disgrace" are not the subject's words (for verbs that speak only in the active)
_NO_AUXILIARY_BEFORE = r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bis\s)(?<!\bare\s)(?<!\bbe\s)"
# a time a quotation's tag may end on: "…,' the minister stressed on Monday"
_TAG_END = r"(?=\s*[.,;:!?]|\s*$|\s+(?:on|last|this|yesterday|today|earlier|later|afterwards)\b)"


def _longest_first(words: Iterable[str]) -> str:
    """Words as an alternation, longest first, so that none stops at a shorter one's end."""
    return "|".join(sorted(words, key=lambda w: (-len(w), w)))


# Verbs of reporting that make a statement of the clause "that" opens: "Officials confirm that
# …", "Doctor asserts that talks have resumed", "The budget office projected that …". Only forms
# that cannot be a noun before a relative "that" ("protests that began", "his vow that", "the
# hope that", "projects that"), nor verbs whose subject is as often evidence as a speaker
# ("Images indicate that", "Those facts suggest that", "The data hinted that"); never after a
# negation, a modal or the writer ("they can not deny that", "others may argue that", "We should
# also note that")
_REPORTING_FORMS = _words(
    """
    add advise advised advises announce announced announces argue argued argues assert asserted
    asserts assure assured assures boasted bragged cautioned clarified clarifies commented
    concede conceded concedes conclude concluded concludes confess confessed confesses confirm
    confirmed confirms contend contended contends countered declare declared declares denied
    denies deny disclose disclosed discloses disputed emphasise emphasised emphasises emphasize
    emphasized emphasizes explain explained explains grumbled highlighted insist insisted
    insists joked lamented maintain maintained maintains mention mentioned mentions mused noted
    notes objected observe observed observes pledged predict predicted predicts projected
    promised propose proposed proposes protested quipped reckoned reckons reiterate reiterated
    reiterates remarked repeated replied responded responds retorted reveal revealed reveals
    screamed shouted signaled signalled specified specifies specify stated stipulate stipulated
    stipulates stressed swear
    swears swore testified testifies testify threaten threatened threatens tweeted underlined
    underlines urge urged urges vowed warn warned warns whispered write writes wrote yelled
    """
)
_REPORTING_THAT = (
    # (a word and "that" first: the checks before it then run only where one is found)
    rf"(?=[a-z]+\s+that\b){_NO_AUXILIARY_BEFORE}(?<!\bbeing\s)"
    r"(?<!\bto\s)(?<!\bnot\s)(?<!\bnever\s)(?<!n['’]t\s)(?<!\bmay\s)(?<!\bmight\s)"
    r"(?<!\bcould\s)(?<!\bshould\s)(?<!\bwould\s)(?<!\bcan\s)(?<!\bwe\s)(?<!\bI\s)(?:"
    + _longest_first(_REPORTING_FORMS)
    + r")(?=\s+that\b)"
)
# A quotation's tag may use any past form of reporting ("'…,' the minister stressed", "'…,'
# retorted Smith", "Smith mused: '…'"): the quotation shows what the verb reports. As the
# subject's verb, such a form ends its clause or stands right after the quotation
_REPORTING_PAST = _longest_first(
    w for w in _REPORTING_FORMS if w.endswith("ed") or w in ("wrote", "swore")
)
_TAG_VERBS = rf"(?:{_SPEECH_VERBS}|(?:{_REPORTING_PAST}))"
_TAG_PAST = rf"""(?:(?=[a-z]+{_TAG_END})(?:{_REPORTING_PAST}){_TAG_END}|
    (?<=[,!?]['’"”]\s)(?:{_REPORTING_PAST}))"""
_INVERTED = re.compile(
    rf"""(?:[,!?._]\s*(?:['"”’‘]|``)|['"”’]\s*,|,|^\s*['"”’‘]|
    # a tag the splitter parted from its quotation opens the next line in lower case:
    # "wrote Cattelan, the artist, in an e-mail to The New York Times."
    ^(?=(?:said|says|wrote|writes|added|adds)\s)|
    # "Or so says actress Patsy Kensit": the idiom inverts its verb too
    \bso(?=\s+(?:says|said)\b))\s*(?:said|says|say|added|adds|tweeted|
    explained|explains|noted|notes|wrote|writes|argued|argues|insisted|insists|stated|
    admitted|admits|stressed|stresses|continued|continues|asked|asks|claimed|claims|revealed|
    recalled|recalls|warned|joked|quipped|replied|conceded|remarked|observed|complained|
    # any past form of reporting, right after the quotation's mark, before its speaker (not
    # "Ascom, a provider of …, announced a new …", nor '"the little deal" announced in May')
    (?:(?<=['"”’‘`]\s)|(?<=['"”’‘`])|(?<=['"”’],\s))(?:{_REPORTING_PAST})
        (?!\s+(?:in|on|at|by|for|to|from|with|last|this)\b))\s+
    # (what was written is no speaker: "…, wrote the accompanying message: '…'"; a text that
    # speaks is, "…, says the letter signed by seven physicians")
    (?!(?:(?<=wrote\s)|(?<=writes\s))(?:the|a|an|his|her|their|its)\s+(?:[\w-]+\s+)?
        (?:message|caption|post|tweet|letter|note|email|comment)s?(?=\s*[:,.;!?]|\s*$))
    (?P<who>(?:[\w.’'-]++\s*){{1,8}})""",
    re.VERBOSE,
)
# An outlet named right after the quotation it printed, a quotation that is the whole
# sentence (not "Fowler responded that he '…', reports the Golf Channel": the sentence's own
# speaker is named inside it)
_REPORTED_AFTER_QUOTE = re.compile(
    r"""\s*['"“‘][^'"“”‘’]{12,}?(?:[,!?.]\s*['"”’]|['"”’]\s*,)\s*(?:reported|reports)\s+
    (?P<who>(?:the\s+)?(?:[A-Z][\w.’'&-]*+\s*){1,5})[.!]?\s*$""",
    re.VERBOSE,
)
# Witnesses telling what they went through: "soldiers sent to the front report being …".
_REPORT_EXPERIENCE = (
    r"(?<!the\s)(?<!a\s)report(?:s|ed)?(?=\s+(?:being|having|seeing|hearing|feeling)\b)"
)
# A tribute is a statement about someone: "his parents have paid tribute to …".
_TRIBUTE = r"(?:paid|pays|paying|pay)\s+tributes?"
# Calling something by a quoted phrase is a statement: "the couple call it 'an accident'"
# (not a quoted single word, "called the plan “bad”", nor a name, "a band called 'Rex'").
# … and so is dubbing or branding someone by one ("The New York Times dubbed him the "Che
# Guevara of advertising"", not "a film dubbed 'The First Great Escape'", which has no object)
# (after a comma, a participle describing its noun: "the prison, dubbed the "Hanoi Hilton" by
# servicemen"), and a name taken for oneself is no statement ("midwives who dubbed themselves
# 'The Musketeers'")
_CALLING = r"""(?:call(?:s|ed)?|(?<!,\s)(?:dub(?:s|bed)|brand(?:s|ed))
    (?!\s+(?:themselves|himself|herself|itself|ourselves)\b))"""
_CALLED_QUOTED = rf"""{_CALLING}(?=\s+(?:[\w'’-]++\s+){{1,3}}?[“"‘']\w[\w'’-]*+\s+\w)"""
# a passive label in quotation marks and its agent: "was described as 'over-zealous' by the
# boy's father", "was branded 'reckless' by opposition leaders" (the agent speaks)
# (a label of lower-case words: one in capitals is a name given, not a judgement, "was dubbed
# 'Ciara' by the Met Office", "was called 'Sonny' by his grandmother")
_LABEL = (
    r"""(?:as\s+)?(?:being\s+)?(?:an?\s+)?[“"‘']\s?(?:(?-i:[a-z])[^“"‘'”’\s]*+\s?){1,12}[”"’']"""
)
_LABELLED_BY = rf"""(?:described|called|branded|labell?ed|dubbed)(?=\s+{_LABEL}\s+by\s)"""
# … and in the text with quotations blanked, where its agent is looked for (tokenised text
# keeps a quotation spaced from its marks unblanked: "branded ' a disgrace ' by fans")
_LABEL_BLANKED = rf"""(?:(?:as\s+)?(?:being\s+)?(?:an?\s+)?[“"‘']_++[”"’']|{_LABEL})"""
_LABELLED_BY_BLANKED = (
    rf"""(?:described|called|branded|labell?ed|dubbed)(?=\s+{_LABEL_BLANKED}\s+by\s)"""
)
# the same verb in the text with quotations blanked, where its subject is looked for
_CALLED_BLANKED = rf"""{_CALLING}(?=\s+(?:[\w'’-]++\s+){{1,3}}?[“"‘']_)"""
# "…, per the WHO, …" (not "per Section 5", "per cent", "per day")
_PER_SOURCE = r"per(?<=,\sper)(?=\s+(?:the\s+)?(?-i:[A-Z])[\w.&-]*+(?!\s+\d))"
# A plural subject's present tense before "that": "Critics argue that …", "Experts point out
# that …" (after a word of the subject, so an order opening the sentence is not one; nor what
# someone might say: "others may argue that …")
_PLURAL_VERBS = r"""(?:argue|insist|contend|maintain|admit|acknowledge|point\s+out|complain|
    warn)"""
# (the verb is checked first, the guards only where it stands)
_PLURAL_SPEECH = rf"""(?={_PLURAL_VERBS}\s+that\b)(?<=[a-z]\s)(?<!\bto\s)(?<!\bmay\s)
    (?<!\bmight\s)(?<!\bcould\s)(?<!\bwould\s)(?<!\bcan\s)(?<!\bshould\s)(?<!\bnot\s)
    (?<!n['’]t\s)(?<!\bnever\s)(?<!\bwho\s)(?<!\bme\s)(?<!\bus\s){_PLURAL_VERBS}"""
# Blaming someone in the active voice is a statement ("Mr Hussen blamed the authorities for
# …"): an object comes first, so not a participle ("The storm, blamed for 12 deaths", "was
# later blamed on ice").
_BLAMED = r"blamed(?!\s+(?:for|on|by)\b)"
# "reported" not in the passive ("No serious injuries were reported", "is reported to").
_ACTIVE_REPORTED = r"""reported(?<!\bwas\sreported)(?<!\bwere\sreported)(?<!\bbeen\sreported)
    (?<!\bbe\sreported)(?<!\bis\sreported)(?<!\bare\sreported)(?<!\bare\snot\sreported)
    (?<!\bis\snot\sreported)(?<!\bwas\snot\sreported)(?<!\bwere\snot\sreported)(?<!n['’]t\sreported)"""
# A public post: "had taken to Twitter to insist he was committed".
# a speech verb in the progressive: "Consumer advocates are urging the PUC to …", "the United
# States is complaining to Moscow" (the auxiliary opens the match, so its subject is read)
_PROGRESSIVE_SPEECH = r"""(?<=[\w,]\s)(?:is|are|was|were|been)\s+(?:
    urging(?=\s+(?:[\w'’-]++\s+){1,6}?to\s|\s+that\b)|complaining(?=\s+(?:to|that|about)\b)|
    insisting(?=\s+(?:that|it|he|she|they|the)\b)|(?:arguing|saying)(?=\s+that\b)|
    # a promise in words: "chairman Billy Payne is promising a ‘beautification’ project" (a
    # quotation or "to" follows; not "Why Evidence Action is promising.")
    promising(?=\s+(?:to\s|that\b|(?:[\w'’-]++\s+){0,2}?[‘“'"])))"""
# A stance the article gives its subject, with what it holds: "the punditry team were
# convinced that there had been a foul", "he is glad the Chile forward will …", "Wenger
# has been impressed by the way …" (not a relative clause's: "those who are concerned
# that …")
# (nor the first person's, a quotation's: "I've been really impressed with …")
_STANCE = r"""(?P<stance>(?=[iawb])(?<=[\w,]\s)(?<!\bwho\s)(?<!\bthat\s)(?<!\bwhich\s)
    (?<!\bI\s)(?<!\bwe\s)(?<!\byou\s)(?<!['’]ve\s)(?<!['’]m\s)(?<!['’]re\s)
    (?<!\bit\s)(?<!\bthere\s)(?<!\bthis\s)
    (?:is|are|was|were|been)\s+(?:(?:\w+ly|still|so|not|also)\s+)?(?:
        (?:convinced|confident|adamant|hopeful|hoping|optimistic|glad|concerned|worried)
            (?=\s+(?:that|the|it|he|she|they|his|her|their|there)\b)|
        impressed(?=\s+(?:by|with)\b)))"""
# "expressed" speaks with what was expressed after it, or in the passive with who expressed
# it ("Concerns were expressed by residents"); a participle describing its noun is no speech
# ("the depth of feelings expressed , sums up …", "the views expressed are …", "The views
# and investment tips expressed by investment experts … are their own")
_EXPRESSED = r"""(?:(?<=been\s)|(?<=were\s)|(?<=was\s)|(?<=are\s)|(?<=is\s)|(?<=be\s))
        expressed(?=\s+by\b)|
    expressed(?!\s*[.;:)]|\s*,\s+(?:sums|is|are|was|were|has|have|had)\b|
        \s+(?:by|are|is|was|were|here|there|above|below|in\s+this)\b)"""
_TOOK_TO = r"""(?:took|taken|takes|taking)\s+to\s+(?:twitter|instagram|facebook|social\s+media)
    \s+to\s+(?:insist|say|claim|deny|announce|defend|slam|apologi[sz]e)"""
# Dismissing claims or a person's words is a denial; a player dismissed (sent off, bowled
# out) or an opponent dismissed (beaten) is not: "was dismissed for two bookable offences",
# "dismissed from the pitch", "dismissed the unseeded Almagro - …"
_DISMISSED = rf"""(?:{_NO_AUXILIARY_BEFORE}
        dismissed|dismissed(?=\s+(?:by|as)\b))
    (?!\s+from\b)
    (?!\s+(?:the\s+(?:[a-z-]+\s+){{1,2}})?(?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][a-z]+))?
        (?:\s*[-–—]|\s+\d|\s+(?:in|for)\b))"""

# Citing something in support, as "citing" ("Traders cited the uncertainty as a reason", "the
# figure McKinley cited"; not the passive, "was cited for speeding", "cited by", nor a named
# source, whose words they are: "The news agency cited Ali Asghar Mirshekari, who said")
_CITED = rf"""(?=cite){_NO_AUXILIARY_BEFORE}(?:cited|cites)(?!\s+by\b|\s+(?-i:[A-Z]))"""
# Calling something a name is a statement: "The White House called the impeachment process a
# sham", "Lexus called the vehicle a concept" (not the passive, nor the idiom "called it a day")
_CALLED_A = rf"""(?=call){_NO_AUXILIARY_BEFORE}(?:called|calls)
    (?!\s+it\s+a\s+(?:day|night)\b)
    (?=\s+(?:the|his|her|their|its|him|them|it|this|that|these|those)\s+(?:[\w'’-]+\s+){{0,3}}?
        (?:a|an)\s+[a-z])"""
# A clause with a subject of its own after a verb of saying or believing, with no "that": a
# few words, none a preposition or a relative that would make them an object ("saying an
# agreement was about to be signed", "believe bin Laden will not be captured"; not "saying
# goodbye to those who were there", "believe in what is right")
_FINITE_AUXILIARY = (
    r"(?:is|are|was|were|has|had|have|will|would|could|can|should|may|might|must|did|does)"
)
_CLAUSE_WITHOUT_THAT = rf"""(?=\s+(?!(?:me|you|him|us|them|so|not)\b)
    (?:(?!(?:who|whom|which|that|when|where|while|if|as|because|until|since|about|over|into|
    and|or|but|then|
    from|against|among|after|before|during|to|for|of|in|on|at|with|by|{_FINITE_AUXILIARY})\b)
    [\w'’.-]++\s+){{1,5}}?{_FINITE_AUXILIARY}\b)"""
# A fear or a worry voiced, with its clause ("Campaigners fear that …", "Some senators worry
# the trial will …"; not the noun, "for fear that", nor a condition, "if they fear the …")
_FEARS = rf"""(?=fear|worr)(?<!\bfor\s)(?<!\bin\s)(?<!\bto\s)
    (?<!\bif\sthey\s)(?<!\bif\syou\s)(?<!\bif\swe\s)(?:fears?|worry|worries)
    (?=\s+(?:that|the|it|he|she|they|his|her|there)\b|
        # (not the noun and its verb: "Security fears mean the match will be played …")
        (?!\s+(?:mean|means|meant|forced|prompted|led|have|had|are|were|grew|rose|remain)\b)
        {_CLAUSE_WITHOUT_THAT})"""
# a named person's suggestion, with its clause: "David Lat … suggests she could have been
# hacked" (a thing's, "This suggests that …", is the writer's inference: ``_said`` keeps only
# a person's)
_SUGGESTS = r"suggests(?=\s+(?:that|she|he|they|it|the|his|her)\b)"
# a participle of saying set off by a comma, with what was said: the clause's subject said it
# ("David Holmes revealed one of those interactions, saying he recalled it “vividly.”"; a bare
# "saying that" may be the writer's own: "that is not saying that …"). "adding", "noting" and
# "concluding" say something only with "that" or a quotation: "Kane struck twice, adding the
# third", "Stir, adding the eggs", "The team won, concluding the season" say nothing
_SAYING = "saying|insisting|arguing"
_ADDING = "adding|noting|concluding|declaring|responding|replying"
_SAYING_AFTER_COMMA = (
    rf"(?<=,\s)(?:(?:{_SAYING})"
    r"(?=\s+(?:that|he|she|they|it|the|his|her|there|we|I)\b|\s*[:“\"‘])|"
    rf"(?:{_SAYING}){_CLAUSE_WITHOUT_THAT}|"
    rf"(?:{_ADDING})(?=\s+that\b|\s*[:“\"‘]))"
)
# a reply in words, not in deeds ("Garrett responded by hitting Rudolph"; "responded by
# saying …", "by issuing a statement" are words)
_RESPONDED = (
    r"responded(?!\s+by\s+(?!saying|issuing|calling|tweeting|writing|posting|telling|releasing|"
    r"arguing|insisting|denying|accusing|dismissing)[a-z]+ing\b)"
)
# a named belief, as "believes", when a clause follows ("flintoff senses he no longer has age
# on his side"; not "a robot that thinks, senses and acts like a bee")
_BELIEF = r"""(?:(?:thinks|senses|reckons)(?=\s+(?:that|the|it|he|she|they|his|her|there)\b)|
    # a forecast of figures: "Home Depot sees sales growth of 1.8 percent" (not "Black Friday
    # sees sales surge": a figure must follow; "expects" was tried and dropped: "The recipe
    # expects you to have a mixer", "The law expects drivers to stop")
    sees(?=\s+(?:[\w-]++\s+){0,4}?(?:growth|sales|revenues?|profits?|earnings|demand|
        inflation|prices)\s+(?:of\s+)?(?:about\s+|around\s+|up\s+to\s+)?[\d$£€]))"""
# "felt" as a named view: with its clause, or a name and its verb ("Martinez felt Coleman had
# been barged"; not "felt the ground shake")
_FELT = r"""(?:feels|felt)(?=\s+(?:that|it|he|she|they|there|is|are|was|were)\b|
    \s+(?-i:[A-Z][\w'’-]+)\s+(?:had|has|was|is|were|would|could|should|did)\b)"""
# An estimate someone makes, with its clause ("advocacy groups estimated this year that a 9%
# increase was needed"; not "It is estimated that …", "It's widely estimated", "the estimated
# cost suggests that …", which no one is named for)
_ESTIMATED = r"""(?<!is\s)(?<!was\s)(?<!are\s)(?<!were\s)(?<!been\s)(?<!be\s)(?<![’']s\s)
    (?<!ly\s)(?<!\bthe\s)(?<!\ban\s)(?<!\ba\s)estimated(?=\s+(?:[\w-]++\s+){0,3}?that\b)"""
# Criticism in an idiom, as "slammed" ("Elton lashed out at the fundraising ball"), a finding
# stated with its clause ("inspectors found evidence that …"; not "found evidence of plumes", a
# published finding), and a stand taken against a position ("Key Security Council powers
# distanced themselves from the US position"): each names its speaker as its subject.
_STANDS_TAKEN = r"""(?:(?:lashed|lashes|hit|hits)\s+out\s+at|found\s+evidence(?=\s+that\b)|
    distanc(?:ed|es)\s+(?:himself|herself|themselves|itself)\s+from)"""
_SPEECH = re.compile(
    # (not a part of a compound: "the self-declared government")
    rf"""(?<!\w-)\b(?:{_SPEECH_VERBS}|
    posted(?=\s+(?:on|that|online)\b|\s*[,:]|
        # posted words: "posted messages slamming companies", "posted a message saying"
        \s+(?:(?:a|an|several|two|three|many)\s+)?(?:messages?|comments?|tweets?|statements?)\b)|
    {_PLURAL_SPEECH}|{_PROGRESSIVE_SPEECH}|
    # going on with a quotation: "She continued: 'It was terrible.'"
    (?:continued|continues|went\s+on)(?=\s*[:,]\s*['"“‘])|
    (?<!was\s)(?<!were\s)(?<!been\s)(?<!is\s)(?<!are\s)confirmed|
    # … and the passive, with the one who confirmed it: "The death was confirmed by police",
    # "was confirmed in a statement released by his managers" (not "was confirmed as manager")
    (?=confirmed|revealed|disclosed)(?:(?<=was\s)|(?<=were\s)|(?<=been\s)|(?<=is\s)|(?<=are\s))
        (?:confirmed|revealed|disclosed)
        (?=(?:\s+in\s+(?:a|an|its|their|his|her)\s+(?:statement|post|letter|tweet)
        (?:\s+(?:released|issued|posted|put\s+out))?)?\s+by\s
        # (an identity proved is no statement: "has been confirmed by DNA as once belonging")
        (?![^,.;]{{0,40}}?\sas\s))|
    declared|warned|warns|
    warning|testified|asserted|maintained|suggested|{_SUGGESTS}|commented|
    recalled(?=\s+(?:that|how)|\s*[,:])|believes|
    # telling someone a fact: "She informed police she had diplomatic immunity" (not "informed
    # police of the theft", nor "were informed")
    (?=informed){_NO_AUXILIARY_BEFORE}informed(?=\s+(?:(?!(?:of|about|on|in|at|for|with|by)\b)[\w'’-]++\s+){{1,3}}?
        (?:that|he|she|they|it|there)\b)|
    # (a belief no one holds yet: "China's leaders may still believe all this is …"; nor,
    # with no "that", a relative's: "those who believe Xi's party is stuck", where "those who
    # believe the cut will not be the last" has long been read)
    # (the word first, then what may not stand before it: checked only where it is found)
    (?=believe\b)(?<!\bmay\s)(?<!\bmight\s)(?<!\bmay\sstill\s)(?<!\bmight\sstill\s)
    (?<!\bcould\s)(?<!\bwould\s)
    (?:believe(?=\s+(?:that|the|it|he|she|they)\b)|(?<!\bwho\s)believe{_CLAUSE_WITHOUT_THAT})|
    {_BELIEF}|{_SAYING_AFTER_COMMA}|
    {_ESTIMATED}|
    {_STANCE}|
    # speaking of something without a quotation: "Pietersen and his agent have spoken of …"
    # (a span of time may come between: "Several witnesses have spoken in recent days of …")
    (?:spoke|spoken|talked)\s+(?:publicly\s+)?(?:(?:in|over)\s+recent\s+
        (?:days|weeks|months|years)\s+)?(?:of|about)|
    # a named party's public reaction to a decision, as "praised" and "condemned"
    (?:welcomed|welcomes|hailed|hails|applauded|applauds)(?=\s+(?:the|a|an|this|that|its|his|
        her|their)\s+(?:[\w-]++\s+){{0,3}}?(?:move|decision|ruling|verdict|announcement|news|
        plan|plans|deal|agreement|report|proposal|proposals|law|bill|step|result|outcome)\b)|
    believed(?=\s+(?:that|the|it|he|she|they)\b)|
    # (with no "that", a clause that opens with a determiner or a name: "He believed some
    # women were reluctant"; not the passive "Two climbers believed dead were found")
    believed(?=\s+(?:some|many|most|his|her|their|its|this|these|those|(?-i:[A-Z]))){_CLAUSE_WITHOUT_THAT}|
    # defending one's conduct in public is a statement ("the singer has defended her
    # efforts"), defending a title or a goal is not
    (?:defended|defends|defending)(?=\s+(?:his|her|their|its|the|this|that)\s+
        (?:[\w-]++\s+){{0,2}}?(?:decisions?|efforts?|record|actions?|comments?|remarks?|
        move|choice|handling|polic(?:y|ies)|approach|stance|position|conduct|behaviou?r)\b)|
    reported(?=\s+(?:that|how)\b)|
    # … by a named agent, in any voice: "The plans were reported on Tuesday by The Times"
    reported(?=\s+(?:[\w-]++\s+){{0,4}}?by\s+(?:the\s+)?(?-i:[A-Z]))|
    # an event reported in the passive is the writer's narration: "No serious injuries were
    # reported in the crashes" (not "It was reported that …", a hedge read elsewhere)
    # (the word first, then what may not stand before it: checked only where it is found)
    {_ACTIVE_REPORTED}
    (?=\s+(?:on|in|last|this|earlier|yesterday|today)\b|\s*[,.])|
    reports(?=\s+(?:that|how)\b|\s*[.!]?\s*$)|citing|
    # a named outlet telling a fact without "that", as "revealed" below: "Bloomberg reported
    # WeWork is the subject of an inquiry", "CBS DFW reports the man … was sentenced"
    # (never the passive, a relative clause, nor a time after the verb: "The fire was reported
    # Tuesday and crews were …", "Smith, who reports the news for KTLA, was arrested")
    (?=r)(?<=[A-Za-z]\s)(?:reported|reports)(?<!\bwas\sreported)(?<!\bwere\sreported)
    (?<!\bbeen\sreported)(?<!\bis\sreported)(?<!\bfirst\sreported)(?<!\bwho\sreports)
    (?<!\bwho\sreported)(?<!\bwhich\sreported)(?<!\bthat\sreported)
    (?!\s+(?:the\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|
        february|march|april|may|june|july|august|september|october|november|december|
        following|next|same|previous|last|this)\b)
    (?=\s+(?:the\s+[a-z][\w-]*+|(?-i:[A-Z])[\w'’.-]*+)\s+
        (?:[\w'’,-]++\s+){{0,6}}?
        (?:was|were|is|are|had|has|would|will)\b)|
    revealed(?=\s+(?:that|how)\b)|heard(?=\s+(?:evidence\s+)?(?:that|how)\b|\s*\.)|
    # evidence an inquiry has heard, told without "that": "The commission has also heard APRA
    # had serious concerns" (not "had heard about the crash", "have heard of the saying")
    (?=heard)(?:(?<=\bhas\s)|(?<=\bhave\s)|(?<=\bhad\s)|(?<=\balso\s))heard{_CLAUSE_WITHOUT_THAT}|
    # telling a fact without "that": "the caller revealed the 'victim' was a squirrel"
    revealed(?=\s+(?:[\w'’-]++\s+){{1,4}}?(?:was|were|is|are|had|has|would|will)\b)|
    # a party's own results or news: "McClatchy reported a loss of $304.7 million", "Rolling
    # Stone reported details of the tour", "the authority reported its third case" (a word
    # of its object next, not a preposition or an adverb; never the passive, an adjective's
    # "self-reported income", "a reported rise", "on reported earnings of £300,000 a week",
    # "no reported deaths", nor a report made to the police)
    # (the word first, then what may not stand before it: checked only where it is found)
    {_ACTIVE_REPORTED}(?<![-'’]reported)
    (?<!'s\sreported)(?<!’s\sreported)(?<!\bthe\sreported)(?<!\bits\sreported)
    (?<!\btheir\sreported)(?<!\bhis\sreported)(?<!\bher\sreported)(?<!\ba\sreported)
    (?<!\bon\sreported)(?<!\bno\sreported)(?<!\bany\sreported)
    # an adjective before a noun has no subject before it: "Reported cases rose", "the number
    # of reported cases", "Newly reported infections", "300 reported sightings", "Most
    # reported crimes"; nor is a relative clause's report a statement ("Staff who reported
    # the abuse"), nor a survey's answers or a patient's symptoms ("of respondents reported")
    (?<=[\w’')]\sreported)(?<!\bof\sreported)(?<!\bmost\sreported)(?<!\bmany\sreported)
    (?<!\d\sreported)(?<!ly\sreported)(?<!\bwho\sreported)(?<!\bthat\sreported)
    (?<!\bwhich\sreported)(?<!respondents\sreported)(?<!participants\sreported)
    (?<!patients\sreported)(?<!adults\sreported)(?<!people\sreported)
    (?=\s+(?:its|their|a|an|some|more|no|only|one|two|three|four|five|six|seven|eight|nine|
        ten|dozens|hundreds|thousands|\d[\d,.]*|[a-z]+-[a-z-]+|
        first|second|third|fourth|full-year|quarterly|annual|half-year|record|
        (?!(?:his|this|was|is|has|does|as|us|less|unless)\s)[a-z][\w-]+s)\s|\s+[$£€]\d)
    (?!(?:\s+[\w'’,.-]++){{1,8}}?\s+to\s+(?:the\s+|local\s+)?(?:police|authorities|officers))
    # (a crime or a sighting reported is a report to the police, written or not: "She
    # reported a sexual assault at a party", "The couple reported a theft")
    (?!\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+){{0,2}}?(?:assaults?|
        thefts?|break-ins?|burglar(?:y|ies)|robber(?:y|ies)|attacks?|rapes?|crimes?|incidents?|
        abuse|harassment|sightings?|fires?|accidents?|missing)\b)|
    # a hint is a statement: "Mayer hinted that …" (not "studies had hinted at a link" nor
    # "the data hinted that": what a thing hints is the writer's inference)
    (?:hinted|hints)(?<!data\shinted)(?<!study\shinted)(?<!studies\shinted)
    (?<!figures\shinted)(?<!results\shinted)(?<!research\shinted)(?=\s+that\b)|
    # "…, per the WHO, …": a named source, as "according to"
    {_PER_SOURCE}|
    {_REPORT_EXPERIENCE}|{_TRIBUTE}|
    # a named view of a thing, as "believes": "which astrobiologists regard as", "which she
    # feels are too big" (not the passive "is regarded as", nor "felt the ground shake")
    (?<!is\s)(?<!are\s)(?<!was\s)(?<!were\s)(?<!been\s)(?<!be\s)(?<!widely\s)
        regard(?:s|ed)?(?=\s+as\b)|
    {_FELT}|
    denied|denies|{_DISMISSED}|called\s+for|calls\s+for|urged|urges|vowed|vows|vowing|pledged|
    pledges|promised|{_RESPONDED}|replied|countered|conceded|cautioned|reiterated|
    rejected\s+(?:the\s+|these\s+|those\s+|all\s+)?(?:accusations?|allegations?|claims?|
        reports?|criticism|charges?)|(?:declined|refused)\s+to\s+comment|
    (?:released|issued)\s+a\s+statement|criticised|criticized|condemned|praised|slammed|described|
    {_CITED}|{_CALLED_A}|{_FEARS}|{_REPORTING_THAT}|
    # praising someone as something, as "praised" ("hailed Simeone as one of the best"; not a
    # passive's agent, "hailed by fans as")
    (?:hailed|hails|lauded|lauds)(?!\s+by\b)(?=\s+(?:[\w'’-]++\s+){{1,6}}?as\b)|
    {_STANDS_TAKEN}|
    # (nor a negation: "Nobody blamed him")
    {_BLAMED}(?<!\bnever\sblamed)(?<!\bnobody\sblamed)(?<!\bone\sblamed)|{_TOOK_TO}|
    {_EXPRESSED}|ruled(?=\s+(?:that|last|on|in)\b|
        # a ruling that drops its "that": "a judge ruled the player had tried to …"
        \s+(?:the|a|an|his|her|their|it|he|she|they)\s+
        (?:(?!(?:while|when|as|because|after|before|until|and|but)\b)[\w'’-]++\s+){{0,3}}?
        (?:had|has|was|were|is|are|would|could|should|must|did)\b)|in\s+an\s+interview|{_CALLED_QUOTED}|{_LABELLED_BY}|telling\s+(?=reporters|the|journalists|police)|
    (?<=,\s)telling\s+(?:him|her|them|us|me)(?=\s*:)|
    according\s+to)\b""",
    _F,
)
# Verbs whose subject is the speaker, in the order a sentence may use them.
_SUBJECT_VERB = re.compile(
    # (not a part of a compound: "self-declared", "much-reported")
    rf"""(?<!\bto\s)(?<!\bto\shave\s)(?<!-)\b(?:{_SPEECH_VERBS}|posted|confirmed|
    declared|warned|warns|testified|asserted|maintained|suggested|{_SUGGESTS}|commented|recalled|
    believes|believe|believed|{_BELIEF}|spoke|spoken|talked|welcomed|welcomes|informed|
    hailed|hails|applauded|applauds|reported|reports|revealed|heard|denied|denies|
    {_DISMISSED}|defended|defends|{_REPORT_EXPERIENCE}|{_TRIBUTE}|regard(?:s|ed)?(?=\s+as\b)|
    {_FELT}|
    called\s+for|calls\s+for|urged|urges|vowed|vows|pledged|pledges|promised|{_RESPONDED}|
    replied|countered|conceded|cautioned|reiterated|rejected|declined|refused|released|
    issued(?=\s+a\s+statement\b)|
    {_ESTIMATED}|
    criticised|criticized|condemned|praised|slammed|described|{_EXPRESSED}|ruled|
    {_CITED}|{_CALLED_A}|{_FEARS}|{_REPORTING_THAT}|{_TAG_PAST}|
    {_STANDS_TAKEN}|
    {_CALLED_BLANKED}|{_LABELLED_BY_BLANKED}|
    (?<!the\s)(?<!these\s)(?<!those\s)(?<!such\s)claim(?:s|ed)?|alleged|alleges|
    accused(?!\s+of\b|\s+but\b)|accuses|
    # going on with a quotation: "Charlotte continued: '…'"
    (?:continued|continues)(?=\s*:\s*['"“‘])|{_PLURAL_SPEECH}|{_PROGRESSIVE_SPEECH}|{_STANCE}|
    {_TOOK_TO}|{_BLAMED}|
    (?:is|are|was|were)\s+(?:said|accused|warning))\b""",
    re.I | re.VERBOSE,
)
# A participle after a comma ("…, claiming the vote was rigged") speaks for the main subject.
# (every participle ``_SPEECH`` reads after a comma, and more: whose speech it is)
_PARTICIPLE = re.compile(
    rf"(?:,|\s[-–—])\s*(?:{_SAYING}|{_ADDING}|claiming|accusing|alleging|telling|warning|"
    r"vowing|suggesting)\b",
    re.I,
)
# "with X saying that …": X, not the main clause's subject, says it
_WITH_SPEAKER = re.compile(
    r"\bwith\s+(?P<who>(?:[\w.’'-]++\s+){1,5}?)(?P<verb>saying|suggesting|insisting|arguing|"
    r"predicting|noting|warning|claiming)\s+that\b"
)
_ACCORDING = re.compile(
    rf"(?:\baccording\s+to|{_PER_SOURCE})\s+"
    # (a dash between words closes the source as a comma does: "…, according to The Washington
    # Post's Fact Checker -- it is odd")
    r"(?P<who>(?:(?!\s[-–]{1,2}\s)[^,.;:()—]|(?<=[A-Z])\.|\.(?=\w)){2,80})",
    re.I,
)
_CITING = re.compile(r"\bciting\s+(?P<who>[^,.;:()]{2,60})", re.I)
_MIN_QUOTE_CHARS = 12
_MAX_ATTEMPTS = 3  # speech verbs tried for a subject: bounds the work on a run of verbs
_MAX_SOURCE_WORDS = 7
_MAX_NAME_WORDS = 4

# A name before "could not verify" is read as whole words (possessive): as pieces that could
# split anywhere, "Zaaa…a is unverified." had n^4 readings to try before failing.
_CLAIM_NOUNS = r"""(?:claims?|statements?|figures?|allegations?|accounts?|reports?|assertions?|
    numbers?|comments?|remarks?|tally|toll|information|footage|video|videos|pictures|images|
    photos|recording|audio|documents?|letter|casualty\s+figures|death\s+toll)"""
_NOTE_BODY = re.compile(
    rf"""^(?:(?:his|her|their|its|the|these|those|this|that|such)\s+(?:[\w-]+\s+){{0,2}}?
    {_CLAIM_NOUNS}\b|this|that|it|neither\s+claim|
    there\s+(?:was|is|has\s+been)\s+no\s+|none\s+of\s+(?:the|
    these|those)\s+(?:claims|reports|figures)|
    [A-Z][\w.&-]*+(?:\s+[A-Z][\w.&-]*+){{0,3}}\s+(?:could\s+not|
    couldn[’']t|was\s+unable\s+to|has\s+not\s+been\s+able\s+to)\s+(?:independently\s+)?
    (?:verify|confirm)\s+(?:the|his|her|their|these|those|this|that)\b)""",
    re.VERBOSE | re.IGNORECASE,
)
# The article's own verdict on what was said, as a fact-check writes it: "This rumor appears to
# have been made up", "The claims are baseless". Said by a named party, it is a denial instead.
_VERDICT = re.compile(
    # (after a linking phrase too: "In other words, this claim appears to have been …")
    rf"""^(?:(?:in\s+other\s+words|however|but|so|indeed|in\s+fact|yet|still),?\s+)?
    (?:this|that|the|these|those|such)\s+(?:[\w-]+\s+){{0,2}}?(?:{_CLAIM_NOUNS}|rumou?rs?|
    story|stories|theory|theories)\s+(?:is|was|are|were|(?:has|have)\s+been|
    (?:appears?|seems?)\s+to\s+(?:be|have\s+been))\s+(?:(?:entirely|completely|simply|largely|
    wholly)\s+)?(?P<verdict>false|untrue|baseless|unfounded|groundless|bogus|fabricated|
    made\s+up(?!\s+(?:of|for)\b)|debunked|a\s+hoax|fake|invented|
    (?:conjured|pulled)(?:\s+up)?\s+(?:out\s+of|from)\s+thin\s+air)\b""",
    re.VERBOSE | re.IGNORECASE,
)
# "… could not be verified" followed by what it cannot verify: "the group's claim".
_NOTE_OBJECT = re.compile(
    rf"""\s*(?:the|his|her|their|its|these|those|this|that|such|[\w-]++['’]s?)\s+
    (?:[\w-]++\s+){{0,2}}?{_CLAIM_NOUNS}\b""",
    re.VERBOSE | re.IGNORECASE,
)

# -- words a speaker may not be, start or end with ---------------------------------------------

PRONOUNS = _words(
    """
    he she they it we i you him her them his hers their theirs its us me my our your this
    that these those who whom whose which what one
    """
)
_SUBORDINATORS = _words(
    """
    as when while after before since because although though if but and so yet meanwhile
    however also then now where whereas once until unless
    """
)
_PREPOSITIONS = _words(
    """
    in on at after before during for by with ahead despite following amid among under over
    from since until within without throughout like unlike of to prior
    """
)
FUNCTION_WORDS = (
    PRONOUNS
    | _SUBORDINATORS
    # ("prior" is a preposition only before "to"; alone it is a name: "Prior said")
    | (_PREPOSITIONS - {"prior"})
    | _words(
        """
    the a an as has have had is was were are be been being am in on at of for to with by
    from and or but if then than so can could will would should may might must shall do
    does did not no nor when where while after before since because about also there here
    into cannot can't won't wouldn't couldn't shouldn't didn't doesn't don't isn't wasn't
    onto over under up down out off just only very yet although though whether how why
    said says told tells once now even still
    """
    )
)
_DETERMINERS = _words(
    """
    the a an another two three four five six seven eight nine ten several some many other
    both one
    """
)
FINITE_VERBS = _words(
    """
    is was were are am has have had can could will would should may might must shall do
    does did be been being said says told tells claimed claims
    """
)
# Trailing words between a speaker and the verb ("Officials have repeatedly said").
_AUXILIARIES = _words(
    """
    has have had was were is are also previously repeatedly later again earlier reportedly
    allegedly once long even already then now recently publicly privately falsely
    initially separately would will did does do not further subsequently yesterday today both
    hasn't haven't hadn't wasn't weren't didn't doesn't don't isn't aren't
    """
)
_BEEN_AFTER = frozenset({"has", "had", "have"})
# Heads of a definite description that stand for a person the article has named: "the
# 28-year-old said" means the player the article is about, not a new speaker.
_PERSON_ROLES = _words(
    """
    pundit boss manager coach star player striker midfielder defender goalkeeper keeper
    captain winger forward champion golfer driver rider jockey trainer boxer fighter general
    batsman bowler secretary minister chancellor senator congressman congresswoman
    governor mayor actor actress singer rapper musician comedian presenter host model
    designer author writer mother father mum mom dad wife husband son daughter brother
    sister grandmother grandfather woman man boy girl teenager youngster pensioner victim
    survivor officer businessman businesswoman tycoon billionaire millionaire entrepreneur
    founder owner chef artist director producer leader candidate veteran latter former
    star defendant suspect frontman guitarist vocalist drummer bassist dancer skier
    swimmer sprinter athlete cyclist batter pitcher quarterback president premier
    chairman chairwoman chief executive agent deputy sheriff ambassador international winner
    filmmaker footballer cricketer sportsman sportswoman medallist medalist
    finalist treasurer attorney-general solicitor-general commissioner envoy
    """
)
# Other nouns for one person: a speaker so described is who a later "he" or "she" can mean,
# but the description itself is not resolved to a name ("the lawyer" is not the client).
_PEOPLE_NOUNS = _words(
    """
    student pupil teacher doctor nurse patient lawyer attorney spokesman spokeswoman
    spokesperson analyst expert professor scientist researcher resident neighbour neighbor
    witness passenger worker employee customer fan friend girlfriend boyfriend partner
    fiancee fiance prosecutor judge magistrate coroner detective inspector sergeant soldier
    pilot teen child gp surgeon dentist vet midwife paramedic pharmacist official delegate
    representative adviser advisor aide
    """
)
_REPORTING_PARTICIPLES = _words(
    """
    asked speaking describing talking writing responding commenting explaining referring
    reflecting quoted pictured added told interviewed addressing replying
    """
)
_POSSESSIVES = frozenset({"his", "her", "their", "its"})
_SPEECH_WORDS = _words(
    """
    said says say told tells tell stated announced added adds explained noted wrote writes tweeted
    posted argued argues insisted insists acknowledged admitted confirmed declared warned
    warns testified asserted maintained suggested commented recalled believes believe
    believed reported reports revealed denied denies dismissed urged urges vowed vows
    pledged promised responded replied countered conceded cautioned reiterated rejected
    claimed claims claiming alleged alleges accused accuses accusing insisting saying
    adding telling
    """
)
# Words ending in -ed or -ing that are names or nouns, not verbs.
_NOT_VERBS = _words(
    """
    bed red ted ned fred reed seed feed need shed sled wed head thing king ring wing
    sibling building spring morning evening string darling viking ceiling being hearing
    meeting briefing ruling filing funding spending training offering recording finding
    warning painting opening clothing setting wedding gathering panel
    """
)
_WEEKDAYS = _words("monday tuesday wednesday thursday friday saturday sunday")
_TIME_WORDS = _WEEKDAYS | _words(
    """
    january february march april may june july august september october november december
    yesterday today tonight tomorrow week weekend month year morning afternoon evening night
    day time
    """
)
_TIME_LEADS = _words("last this on early late that next")
_NOUNS_IN_LY = _words("family ally assembly supply monopoly rally belly bully lily jelly fly")
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
_SENTENCE_NAME = re.compile(r"(?:[A-Z][\w’'-]*+\s+){0,3}[A-Z][\w’'-]*+(?=\s*,|\s+[a-z]|\s+[—–]\s)")
# A nationality before a name describes the person, it is not part of the name ("American
# Lauren Davis"); multi-word ones are written with a space ("new zealander").
NATIONALITIES = _words(
    """
    american british briton english englishman englishwoman scottish scot scotsman welsh
    welshman irish irishman french frenchman frenchwoman german spanish spaniard italian
    portuguese dutch dutchman belgian swiss austrian swedish swede norwegian danish dane
    finnish finn icelandic polish pole czech slovak hungarian romanian bulgarian greek
    turkish russian ukrainian belarusian serbian croatian bosnian slovenian albanian
    georgian armenian israeli palestinian lebanese syrian iraqi iranian saudi emirati qatari
    egyptian libyan tunisian algerian moroccan nigerian ghanaian kenyan ethiopian somali
    ugandan cameroonian senegalese ivorian zimbabwean zambian indian pakistani afghan
    bangladeshi nepalese chinese japanese korean vietnamese thai filipino indonesian
    malaysian singaporean australian aussie canadian mexican brazilian argentine
    argentinian chilean colombian peruvian venezuelan uruguayan cuban jamaican
    """
) | frozenset(
    {
        "new zealander",
        "south african",
        "south korean",
        "north korean",
        "sri lankan",
        "costa rican",
        "puerto rican",
        "saudi arabian",
        "northern irish",
        "dominican",
    }
)
# lower-case particles inside a surname: "Louis van Gaal", "Ludwig van der Rohe", "Ana de Armas"
_PARTICLES = r"(?:van|von|de|der|den|da|di|du|del|della|dela|la|le|dos|das|ter|ten|bin|al)"
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
    |(?:,|\s[—–-])\s+who\s+(?:(?!(?:him|them|it)\b)[\w'’]+\s+){0,6}?(?:his|her)\b)
    """,
    re.VERBOSE,
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
# What a subject's own gender shows in its sentence: "him" and "her" are mostly someone else
# ("Smith thanked her"), so only the subject and reflexive forms and "his" are read.
_TITLE_GENDER = {
    "mr": "he",
    "sir": "he",
    "lord": "he",
    "mrs": "she",
    "ms": "she",
    "miss": "she",
    "dame": "she",
    "lady": "she",
}


_PERSON_TITLES = frozenset({*_TITLE_GENDER, "dr", "prof"})


class _Kind(enum.Enum):
    """Which rule decided: it picks the reason a reader is shown."""

    TEXT = "the text doubts it"
    NOTE = "a note about other claims"
    VERDICT = "the article's verdict on a claim"
    BY_NOTE = "covered by a note"
    ANONYMOUS = "anonymous sources"
    CLAIM = "claim verb"
    DENIED = "a denial of claims the article does not source"
    DISTANCED = "distancing word"
    SPEECH = "attributed speech"
    NONE = "none"


@dataclass(frozen=True, slots=True)
class _Finding:
    status: ClaimStatus
    cue: str | None
    source: str | None
    kind: _Kind
    # who passes on what no one is named for: "Downer confirmed the Government is
    # investigating reports that …" is no one's claim, but Downer spoke, and "he" is Downer
    relayer: str | None = None

    @property
    def note(self) -> bool:
        return self.kind in (_Kind.NOTE, _Kind.VERDICT)


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
    people: list[str] = field(default_factory=list)  # persons as subjects, the latest last
    gender: dict[str, str] = field(default_factory=dict)  # person -> "he" or "she"
    gender_hint: dict[str, str] = field(default_factory=dict)  # … as a lone given name hints
    # role word -> the name the article gave it: "Jefferies analyst Jonathan Matuszewski",
    # "Reichert, 43," (the 43-year-old), "a report by the IEA" (the report)
    roles: dict[str, str] = field(default_factory=dict)
    # "his mother" -> the name given her, and the people the article had named then
    kin: dict[str, tuple[str, frozenset[str]]] = field(default_factory=dict)
    shared_roles: set[str] = field(default_factory=set)  # titles two people hold: no one's
    organisation: str | None = None  # the last body that spoke: "the company" points here
    # bodies the lines showed acting or owning, the latest last ("Volkswagen is giving …",
    # "PG&E's senior director"): whom "the company" means when no body spoke
    firms: list[str] = field(default_factory=list)
    acting_firms: set[str] = field(default_factory=set)  # … of them, those shown acting
    bodies: list[str] = field(default_factory=list)  # names of bodies seen ("… Ambulance Service")
    document_author: str | None = None  # who wrote the last document named ("research by …")
    outlet: str | None = None  # the last news outlet that reported: "the newspaper" points here
    claimant: str | None = None  # who made the last claim: what a verdict ("is false") is about
    # who made the last claim, however long ago: whom "the group's claim" names
    last_claimant: str | None = None
    last_source: str | None = None  # the last sentence's own speaker
    # the last speaker, when the article keeps them unnamed ("the source said", "a source who
    # asked not to be identified"): the quotation they go on with is as anonymous
    unnamed_speaker: str | None = None
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
    reading: str = ""  # the sentence being classified

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
        self._learn_interview(text, heading)
        self.places.update(m.group("place").lower() for m in _PLACE_NAMED.finditer(text[:2000]))
        self.locations.update(m.group("place").lower() for m in _LOCATION.finditer(text[:2000]))
        self.last_source = source
        self._learn_roles(text, source)
        if source:
            self.speaker = source
            if _looks_like_organisation(source, self.full_names):
                self.organisation = source
            self.outlet = _outlet_of(source) or self.outlet
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

    def _learn_quotation(self, text: str) -> None:
        """Whether a quotation is open after ``text``, or perhaps reopened (tokenised text)."""
        if _TOKENISED.search(text):
            state = _tokenised_quote_state(text, _QuoteState(self.quote_open, self.quote_maybe))
            self.quote_open, self.quote_maybe = state.open, state.maybe
        else:
            self.quote_open, self.quote_maybe = _quote_open_after(text, self.quote_open), False

    def _learn_interview(self, text: str, heading: bool) -> None:
        """Where an interview printed as questions and answers is: an answer ("A: …") goes on
        until a question ("Q: …") or a heading; a question may address the interviewee."""
        if question := _QUESTION.match(text):
            self.answering = False
            self.asked_questions = True
            if (addressed := question.group("addressed")) and is_plausible_source(addressed):
                self.interviewee = self.expand(addressed)
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
            or lowered in NATIONALITIES
            or lowered in FUNCTION_WORDS
            or lowered in _TIME_WORDS
            or lowered in _COUNTRY_INITIALS
            or lowered in _PERSON_TITLES
            or lowered in _PERSON_ROLES
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
        for match in _NAME_CHAIN.finditer(text[:2000]):
            words = [
                _TRAILING_POSSESSIVE.sub("", w) for w in _after_possessive(match.group().split())
            ]
            words = _without_title(_name_words_only(words))
            while words and _HYPHENATED_ADJECTIVE.search(words[0]):
                words = words[1:]  # "Sacramento-based McClatchy", "London-born Smith"
            if not words or (referred_back and not _referred_back(words, text, match.end())):
                continue
            if len(words) > 1 and self._glued_to_known(words):
                continue
            if (
                len(words) > 1
                and words[0].lower() not in FUNCTION_WORDS
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
        opener = first in FUNCTION_WORDS and first not in PRONOUNS and first not in _DETERMINERS
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

    def _person_subject(self, text: str, source: str | None) -> str | None:
        """The person a sentence is about: its speaker, else a name opening it, else the
        subject of a later clause."""
        if source:
            if (
                source.lower().startswith("the ")
                and len(titled := _TITLED_SUBJECTS.findall(text)) == 1
            ):
                # "The former prime minister said … Mr Brown urged …": the role is Mr Brown
                return self.expand(titled[0])
            if (
                _looks_like_person(source)
                and not _is_body_initials(source)
                # (a name with a plural verb is a team or a firm: "Glasgow Warriors have
                # confirmed …" is no "he" or "the 34-year-old")
                and not _with_plural_verb(source, text)
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
        if name := _mentioned_name(text):
            # one capitalised word opens many sentences ("Despite", "Suffolk"): it is a person
            # only when the article gave it as part of a full name
            # … or when an aside right after it shows a person: "Young, in his testimony,",
            # "Umma, 25,", "Tommy — who only goes by his first name online —"
            aside = bool(_PERSONAL_ASIDE.match(text, text.find(name) + len(name)))
            if person := self._known_person(name, text, shown=aside):
                return person
        if _in_lower_case(text) and (name := _lower_case_aged_name(text)):
            return name  # "… is emma tallon , 27 .": a lower-cased name shown by its age
        if lone := self._taken_up_by_pronoun(text) or self._lone_person(text):
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
                or word in FUNCTION_WORDS
                or word in _TIME_WORDS
                or word in NATIONALITIES
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
        return not _TOKENISED.search(text) and self.capitals_seen

    def _unknown_word_acting(self, name: str, text: str) -> bool:
        return name.lower() not in self.places and _unknown_word_acting(name, text)

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
        for match in _APPOSITION.finditer(head):
            name = _name_words(match.group("name"))
            if not name:
                continue
            if match.group("age"):
                self.roles[f"{match.group('age')}-year-old"] = self.expand(name)
            if (role := match.group("role")) and _is_title_word(role.lower()):
                self.roles[role.lower()] = self.expand(name)
        self._learn_authors(head)
        self._learn_issuers(head, source)
        for match in _BODY_NAME.finditer(head):
            # (with the "the" the article gives it: "the US Embassy")
            the = "the " if _THE_BEFORE.search(head, 0, match.start()) else ""
            self.bodies.append(the + _tidy(match.group()))
        if source and source.split()[0].lower() in ("a", "an"):
            role = _leading_phrase(source.split()[1:])
            if role and _is_title_word(role[-1]):
                self.roles[role[-1].lower()] = source  # the latest such speaker

    def _learn_authors(self, head: str) -> None:
        """Who wrote the documents a sentence names: "a report by the IEA", "The Australian
        Institute of Health and Welfare report" (then "the report" is theirs)."""
        for match in _AUTHORED.finditer(head):
            author = _tidy(match.group("by"))
            noun = match.group("doc") or match.group("mass") or match.group("gathered")
            self.roles[noun.lower()] = author
            self.document_author = author
        if not _DOCUMENT_WORD.search(head):
            return  # (the costly look for a body before its document, only where one is)
        for match in _BODY_DOCUMENT.finditer(head):
            if _may_author(body := match.group("body")):
                self.roles[match.group("doc").lower()] = body
                self.document_author = body

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
            if name and _is_title_word(match.group("role")):
                self.roles[match.group("role").lower()] = self.expand(name)
        for match in _ROLE_THEN_NAME.finditer(head):
            name = _name_words(match.group("name"))
            if name and _is_own_role(head, match) and _looks_like_person(name):
                self.roles[match.group("role").lower()] = self.expand(name)
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

    def _learn_title(self, role: str, name: str) -> None:
        """ "Dr Ram Manohar" is "the doctor", "Judge Cooke" "the judge", while the article
        names one holder of the title: a second ("Gov. Holcomb" after "Gov. Bevin") leaves the
        role to no one."""
        if role in self.shared_roles:
            return
        known = self.roles.get(role)
        if known and known.rsplit(maxsplit=1)[-1].lower() != name.rsplit(maxsplit=1)[-1].lower():
            self.shared_roles.add(role)
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
        if not body:
            return False
        last = body.split()[-1].lower()
        if last in _KIND_NAMES.get(head, ()):
            return True
        # (never the police or a ministry: "Police said …", then "The company said …")
        return head in _FIRM_ROLES | _TRADE_ROLES and last not in _PUBLIC_BODY_WORDS

    def _learn_issuers(self, head: str, source: str | None) -> None:
        """Whose "the statement" is: the speaker who "said in a statement", or the body that
        "issued a statement" ("Big Machine Records issued a statement … The statement
        claimed"). A new one put out by someone the pattern cannot name ("His lawyers issued a
        statement") leaves the old issuer behind."""
        if source and _IN_A_STATEMENT.search(head):
            self.roles["statement"] = source
        if not _ISSUING.search(head):
            return
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
        if self.outlet and _names_an_outlet(tokens, self.outlet):
            return self.outlet  # "the newspaper", "the wire service": the paper that reported
        if tokens[-1][:1].isupper() and any(t[:1].isupper() for t in tokens[1:-1]):
            return None  # a name, not a description: "the Interior Ministry" is itself
        head = tokens[-1].lower().strip(",.")
        if tokens[0].lower() != "the" and head not in _DOCUMENTS:
            return None
        if known := self.roles.get(head):
            return known
        if head in _DOCUMENTS and self.document_author:
            # "the poll", "that report" after "research by YouGov": one document, told
            # by other words
            return self.document_author
        if head in _BODY_ROLES:
            named = [b for b in self.bodies if b.split()[-1].lower() == head]
            if named:
                return named[-1]
            # any firm may be "the company", a body whose name shows its kind "the
            # brokerage" or "the charity", and an agency goes by its initials ("NASA said
            # …", then "the agency noted"); "the commission" or "the paper" must have been
            # named with that word, else the role itself is the speaker
            # ("the American space agency" after "NASA said" too)
            if head == "agency" and self.organisation and _is_acronym(self.organisation):
                return self.organisation
            if self._is_of_kind(head):
                return self.organisation
            return self._owner_in_sentence(head) or self._firm_of_kind(head)
        return None

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
        if lowered in _GENDERED:
            wanted = _GENDERED[lowered]
            earlier = [p for p in reversed(self.people) if p != self.person]
            surely = next((p for p in earlier if self.gender.get(p) == wanted), None)
            if self.person and self.gender.get(self.person, wanted) == wanted:
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
            )
        if lowered in ("it", "its") and self.speaker and _looks_like_person(self.speaker):
            # (a name with "the" is a body's or a work's: "The Da Vinci Code claims …" and
            # then "It claims …")
            return self.speaker if _the_and_a_name(self.speaker) else None
        return self.speaker

    def _learn_gender(self, subject: str) -> None:
        """A title ("Mr", "Mrs") or a first name the census gives one gender ("Mary
        Steenburgen", "Charlie McDowell") tells the subject's gender, which later pronouns
        must agree with. (Reading it from a "he" or "she" after the name was tried: in
        reported speech that pronoun is as often someone else, and it lost more speakers than
        it found.) A lone given name no surname list knows ("Tom, 12,") gives only a hint: the
        census is less sure of one word alone ("Bertie" is a woman's name there)."""
        words = subject.split()
        first = words[0].rstrip(".").lower()
        known = _TITLE_GENDER.get(first) or (
            _FIRST_NAME_GENDERS.get(first) if len(words) >= 2 else None
        )
        if known and subject not in self.gender:
            self.gender[subject] = known
        elif (
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

    def role(self, head: str) -> str | None:
        """ "the latter" is the last name written; "the 30-year-old", "the pundit" the person
        speaking or acting last, else the person the article names most."""
        if head == "latter":
            return self.last_name
        if self.person:
            return self.person
        # an age is a person's, most often the last one named in full ("The club appointed
        # John Smith … The 45-year-old said"); a role without one ("the suspect") is not given
        # the last full name, which may be a place or a thing ("Fort Worth", "the Black Death")
        if head.endswith("-year-old"):
            return self.protagonist() or self.last_name
        return self.protagonist()

    def written_as(self, word: str) -> str | None:
        """The person or body a lower-case word names, when the article wrote that name with
        its capital before ("Kamal said …" and later "' kamal said"): tokenised, lower-cased
        text loses the capital that tells a name from a word."""
        if word in FUNCTION_WORDS or word in PRONOUNS:
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


def _is_first_name(word: str) -> bool:
    """A first name by either census list (the given names without English words, and the
    names of one gender, which keep "Mike", "Donna", "Dale")."""
    return word in _GIVEN_NAMES or word in _FIRST_NAME_GENDERS


# Titles a capitalised word before a name may be, besides the roles of persons above
_NAME_TITLES = _words(
    """
    constable professor judge father captain administrator cabbie founder director insider
    trooper commander general rep sen gov lt col cmdr sgt det supt insp dr mr mrs ms sir
    dame lord lady prof rev chief superintendent detective officer inspector sergeant
    """
)


def _is_title_before_name(word: str) -> bool:
    """A capitalised title standing before a name: "Actor", "Secretary", "Gov.", "CEO"."""
    bare = word.rstrip(".").lower()
    return (
        bare in _PERSON_ROLES
        or bare in _PEOPLE_NOUNS
        or bare in _NAME_TITLES
        or _is_acronym(word.rstrip("."))
    )


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
        (words[0].lower() in FUNCTION_WORDS and words[0].lower() not in _DETERMINERS)
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


def _other_gender(title: str, full_name: str) -> bool:
    """Whether a title ("Mrs") and a full name's first name ("James") show two genders."""
    wanted = _TITLE_GENDER.get(title.rstrip(".").lower())
    first = full_name.split(maxsplit=1)[0].lower()
    return bool(wanted) and _FIRST_NAME_GENDERS.get(first, wanted) != wanted


_KIN = r"(?:husband|wife|son|daughter|brother|sister|father|mother|mum|dad|mom|uncle|aunt)"


def _kin_of(surname: str, text: str) -> bool:
    """Whether the sentence gives the titled surname as a relative of someone ("Mr Reichert,
    her husband of 20 years,"): a relative who shares a surname is another person."""
    return bool(
        re.search(rf"\b{re.escape(surname)}\s*,\s*(?:her|his|their)\s+{_KIN}\b", text, re.I)
    )


# A capitalised word with a lower-case tail after a hyphen describes: "Sacramento-based".
_HYPHENATED_ADJECTIVE = re.compile(r"-[a-z]+$")


def _referred_back(words: list[str], text: str, end: int) -> bool:
    """A name with a lower-case particle ("Louis van Gaal") that the sentence goes on to call
    by its surname ("…, Van Gaal said"). Other full names are not learned before the
    sentence is read: "Trump said his son Eric Trump would run the Trump Organization" is
    still Donald Trump's statement."""
    if not _particle_index(words):
        return False
    return bool(re.search(rf"\b{re.escape(words[-1])}\b", text[end:2000]))


def _particle_index(words: list[str]) -> int | None:
    """Where a name's lower-case particle starts ("Louis van Gaal" -> 1), if it has one."""
    return next((i for i, w in enumerate(words[1:-1], start=1) if w.islower()), None)


def _after_possessive(words: list[str]) -> list[str]:
    """ "Anglo American's De Beers" is De Beers: a possessive inside a run of capitals ends
    one name and starts another."""
    for index in range(len(words) - 1, 0, -1):
        if words[index - 1].endswith(("'s", "’s")):
            return words[index:]
    return words


def _without_title(words: list[str]) -> list[str]:
    """A name's words without a title or a nationality before it: "Mr Weston" is only a
    surname, and "New Zealander Tim Weston" is Tim Weston."""
    if words and words[0].lower() in _PERSON_TITLES:
        return words[1:]
    for size in (2, 1):
        if len(words) > size + 1 and " ".join(words[:size]).lower() in NATIONALITIES:
            return words[size:]
    return words


_VERDICT_REACH = 2  # sentences after a claim that a verdict ("The claim is false") still reaches


# An interview printed as questions and answers: "Q: Junior – We are so excited …", "A: …"
_QUESTION = re.compile(
    r"Q\s*[:.]\s+(?:(?P<addressed>[A-Z][\w’'-]*+(?:\s+[A-Z][\w’'-]*+)?)\s*[–—,-]\s)?"
)
_ANSWER = re.compile(r"A\s*:\s+")


def _answered(text: str, finding: _Finding, context: _Context) -> _Finding:
    """A sentence of an interview's answer ("A: Inspired and humbled!", and the sentences
    after it until the next question) is the interviewee's statement, whatever it says."""
    if _QUESTION.match(text) or not (_ANSWER.match(text) or context.answering):
        return finding
    answerer = context.answerer()
    if (answerer and _names_in_third_person(text, answerer)) or not (
        answerer or _FIRST_PERSON_SINGULAR.search(text)
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


_FIRST_PERSON_SINGULAR = re.compile(r"\b(?:I|I['’](?:m|ve|d|ll)|my|me|mine)\b")


def _names_in_third_person(text: str, person: str) -> bool:
    """Whether a sentence names ``person`` by a word of their name, as narration or an
    address does; an answer speaks as "I"."""
    words = set(re.findall(r"[A-Z][\w’'-]+", text))
    return any(part in words for part in person.split() if part[:1].isupper())


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
        finding = _continued_quotation(readable, tagged, context)
        # a quotation that goes on and then tags a new speaker is the first speaker's, while
        # what is quoted next is the new one's ("… me . ' Denise Barrett-Baxendale said : '
        # today is …" and then "But today we feel bereft .")
        handed_over = finding is not tagged and _hands_over(readable, tagged, finding)
        learnt = tagged if handed_over else finding
        spoke = learnt.source or learnt.relayer
        context.learn(readable, spoke if not learnt.note else None, heading=heading)
        if learnt.source and not learnt.note:
            context.unnamed_speaker = learnt.source if learnt.kind is _Kind.ANONYMOUS else None
        if finding is not tagged and not handed_over and (actor := _actor_after(tagged, finding)):
            # narration after the quotation names someone who acts, not who goes on quoting:
            # "… person . ' Joy , however , is worried …" and then "She said : '…"
            context.acted(actor)
        context.quoting = finding.status is ClaimStatus.ATTRIBUTED and _left_quoting(readable)
        since_claim += 1
        if finding.kind is _Kind.CLAIM and finding.source:
            context.claimant = finding.source  # (a denier's, or a hedge's, claims are not theirs)
            context.last_claimant = finding.source
            since_claim = 0
        elif since_claim >= _VERDICT_REACH:
            context.claimant = None  # a verdict three sentences on is about something newer
        findings.append(finding)
    findings = _apply_notes(_tags_ahead(texts, findings))
    return [
        Sentence(
            text=text,
            status=f.status,
            source=_shown_source(f.source, text) if f.status is not ClaimStatus.NONE else None,
            cue=f.cue if f.status is not ClaimStatus.NONE else None,
            reason=_reason(f) if f.status is not ClaimStatus.NONE else None,
        )
        for text, f in zip(texts, findings, strict=True)
    ]


def _shown_source(source: str | None, text: str) -> str | None:
    """The source a reader is shown: as the sentence writes it, and never a cut or broken
    phrase, whatever rule found it (a name learned long before may have been one: "'s
    gerhard tremmel"); the answer then says the article does not say who. (The whole of
    ``is_plausible_source`` is no check here: in lower-cased text a lone lower-case word is a
    name, "said bracco".)"""
    source = _as_written(source, text)
    if not source:
        return None
    broken = _opens_with_a_cut_word(source) or _is_broken_phrase(source, _phrase_words(source))
    return None if broken else _without_role_before_name(source)


def _without_role_before_name(source: str) -> str:
    """A person's full name without the role or title written before it, as the guideline
    names a speaker: "Juventus striker Carlos Tevez" is Carlos Tevez, "NASA administrator Jim
    Bridenstine" Jim Bridenstine (not a name whose first words are names too, "Mary Joe
    Fernandez", nor a body named after someone, "Dick Clark Productions")."""
    words = source.split()
    for index in range(1, len(words) - 1):
        first, rest = words[index], words[index + 1 :]
        if (
            _is_first_name(first.lower())
            and first[:1].isupper()
            and len(rest) <= _SURNAME_WORDS
            and all(w[:1].isupper() and w.isalpha() for w in rest)
            and not _is_organisation(rest[-1])
            and not any(_is_first_name(w.lower()) for w in words[:index])
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
        and (word.lower() not in FUNCTION_WORDS)
    )


_SURNAME_WORDS = 2  # words after a first name that end a person's name: "Carlos Tevez"


# (friends "of" someone, or two people "and"-joined, are not the person named last; a
# courtesy title stays with a surname: "Mr Duncan Smith")
_JOINING_WORDS = _words("of and & or with for from to by mr mrs ms miss dr")


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


# A sentence that opens inside a quotation: its first quotation mark closes it, right after the
# quote's last words ("He will forever be part of this club . ' Robert elstone said : '…").
_FIRST_QUOTE_CHAR = re.compile(r"[“”\"‘’']")
_CLOSES_AFTER_WORDS = re.compile(r"[.!?,]\s?[’”'\"](?=\s|$)")
_INVERTED_AFTER_QUOTE = re.compile(
    rf"\s*(?:{_TAG_VERBS}|(?:[\w'’.-]++\s+){{1,3}}?(?:said|says|added|adds)\s*[,.;:]?\s*$)",
    re.I | re.VERBOSE,
)
# what follows a contraction's apostrophe: "I'm", "it ’ s", "do n't"
_CONTRACTED = r"(?:m|s|t|d|re|ve|ll)"
_CONTRACTION = re.compile(rf"[’']\s?{_CONTRACTED}\b", re.I)
# A speaker and a verb of saying right after the mark: the tag of the quotation it closes
# (not "…,' and Jones told reporters", "…,' a move that, according to police, …")
_TAG_AFTER_COMMA = re.compile(
    rf"""\s*(?!(?:and|but|or|a|an|as|while|which|who|that|just|only|hours|days|weeks|months|
        years|minutes|moments|shortly|soon|before|after|since|when|until)\b)
    (?:(?:[\w’'.-]++\s+){{1,6}}?|
    # … or a name and its apposition between commas ("Makrus Åsberg, a 25-year-old officer
    # with the police in Uppsala, told")
    (?:[\w’'.-]++\s+){{0,3}}[\w’'.-]++,\s+(?:a|an|the|his|her|their)\s+[^,;:“”"‘’]{{3,80}}?,\s+
    (?:[^,;:“”"‘’]{{3,40}}?,\s+)?)
    {_TAG_VERBS}\b""",  # ("Blues attack coach Paul John said")
    re.I | re.VERBOSE,
)


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


_PERSONAL_PRONOUNS = _words("he she they it i we you")
_NEW_QUOTATION_AFTER_TAG = re.compile(
    # ("… told the nine network : ' it 's a very sad time")
    rf"\b{_TAG_VERBS}(?:\s+[\w.'’-]+){{0,4}}?\s*[:,]\s*(?:[‘“'\"]|``)",
    re.I,
)


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


# A quotation opened in one sentence may be tagged only where it closes, one to three
# sentences on ("'Gethin has a calf strain. He hasn't trained,' coach Paul John said."): the
# sentences inside it are the tagged speaker's, not the last one who spoke.
_TAG_REACH = 3
_OPENS_WITH_QUOTE = re.compile(r"\s*[‘“'\"]")


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


def _closing_mark(text: str) -> re.Match[str] | None:
    """The quotation mark that closes a quotation opened before this sentence: the first
    mark in it (a contraction's apostrophe aside), right after the quote's last words."""
    first = _first_quote_mark(text)
    if first is None:
        return None
    closing = _CLOSES_AFTER_WORDS.search(text, max(0, first.start() - 2))
    return closing if closing and closing.end() - 1 == first.start() else None


def _first_quote_mark(text: str, end: int | None = None) -> re.Match[str] | None:
    """The first quotation mark before ``end``, a contraction's apostrophe aside ("it's")."""
    marks = _FIRST_QUOTE_CHAR.finditer(text, 0, len(text) if end is None else end)
    return next((m for m in marks if not _CONTRACTION.match(text, m.start())), None)


def _tag_after(text: str, closing: re.Match[str]) -> bool:
    return bool(_INVERTED_AFTER_QUOTE.match(text, closing.end())) or (
        closing.group().startswith(",") and bool(_TAG_AFTER_COMMA.match(text, closing.end()))
    )


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


def _readable(text: str) -> str:
    """The sentence as the rules read it: without a photo caption's pointers, which part a
    name from its verb, and cut to its head and tail when very long."""
    text = _PHOTO_POINTER.sub("", text)
    if len(text) <= _READ_HEAD + _READ_TAIL:
        return text
    return f"{text[:_READ_HEAD]} … {text[-_READ_TAIL:]}"


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


def _opens_with_a_cut_word(source: str) -> bool:
    """The tail of a phrase cut off before it, or a day: "'s gerhard tremmel" (of "United 's"),
    "000 drivers" (of "50,000"), "Saturday 's visit of Fleetwood Town" (a word for a time
    may open a name: "day care workers", "Time Warner")."""
    opening = source.split(maxsplit=1)[0]
    return (
        opening in ("'s", "’s")
        or bool(re.fullmatch(r"0\d+", opening))
        or opening.lower() in _WEEKDAYS
    )


# Words that open a sentence and name no one when they stand alone: a quantifier or an
# adverb ("All I can say is …", "Few of the cameras were installed", "Never urged Ukraine …"),
# a web page's call to act ("Scroll down for video", "Click here") and an editor's label
# ("Correction added Nov. 18:", "Breaking: …")
_NEVER_ALONE = _words(
    """
    all few each every either neither never always perhaps maybe also only even just still
    scroll click tap swipe subscribe correction update clarification breaking
    """
)


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


def is_plausible_source(source: str) -> bool:
    """True for a noun phrase a reader can take as a speaker: not a pronoun or function word,
    not starting (apart from an article or number) or ending with one, no verb inside, and
    not an event, an act, a quantity or an idea ("the stock", "a deal")."""
    raw = _phrase_words(source)
    # an acronym is a name, not the word it spells: "WHO", "US officials", "IT staff"
    words = [w if _is_acronym(w) else w.lower() for w in raw]
    if not words or len(words) > _MAX_SOURCE_WORDS + 1:
        return False
    if any(c in source for c in '?!;:"“”()[]_') or _SENTENCE_BREAK.search(source):
        return False
    if (
        _is_broken_phrase(source, raw)
        or _opens_with_a_cut_word(source)
        or _names_a_thing_that_cannot_speak(raw)
        or words[:2] == ["prior", "to"]  # "Prior to launch Google": a preposition, no name
        # a label in capitals is a heading, no name: "EXPERT VERDICT: '…'"
        or (len(raw) > 1 and all(w.isupper() and len(w) > 3 for w in raw))
    ):
        return False
    first, last = words[0], words[-1]
    if len(words) == 1 and (
        first in FUNCTION_WORDS
        or first in _DETERMINERS
        or first in _REPORTING_PARTICIPLES
        or first in _PAST_FORMS
        or first in _NEVER_ALONE
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
        first in FUNCTION_WORDS
        and first not in _DETERMINERS
        and (first not in _POSSESSIVES or _verb_like(raw[-1]))
    ):
        return False  # "his lawyer" is a role; "His repeated" is a fragment
    if (last in FUNCTION_WORDS and raw[-1].islower()) or _verb_like(raw[-1]):
        return False
    if _shows_a_clause(raw, words):
        return False
    if last in _TIME_WORDS and not _ends_in_a_names_today(raw) and not _surname_a_month(raw):
        return False  # "said Wednesday", "… the Masters next week"
    if len(raw) == 1 and (
        (raw[0].islower() and not _names_a_group(raw[0])) or raw[0].lower() in NATIONALITIES
    ):
        # "drunk", "directorate": a lone word that is not "police", "officials"; "Syrian": a
        # nationality alone names no one
        return False
    return any(ch.isalpha() for ch in source)


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
        r.islower() and (w in FINITE_VERBS or w in _SPEECH_WORDS or w.endswith("n't"))
        for r, w in zip(raw, words, strict=True)
    ):
        return True
    if any(r.islower() and r.endswith("ly") and r not in _NOUNS_IN_LY for r in raw):
        return True
    return any(
        r.islower() and r.endswith("s") and not r.endswith("ss") and nxt.lower() in _OBJECT_OPENERS
        for r, nxt in pairwise(raw[1:])
    )


# Past tenses that are neither nouns nor participles ("soldiers sent to the front", "a team
# led by") nor names ("drew"): after a name, a clause has begun ("Fowler came", "Swift took")
_IRREGULAR_PASTS = _words(
    "came took went gave saw ran began became wrote spoke knew grew threw fell wept slept swept"
    " crept"
)
_TRAILING_ADVERBS = _words("first also then later again too still now instead flat-out outright")
_NAME_PREPOSITIONS = _words("of for at from in to and with on by")
_SENTENCE_OPENERS = _words(
    "the this that these those but however he she it they we there his her their its"
)
# adverbs that open a sentence and link it to the one before, set off by a comma
_LINKING_ADVERBS = _words(
    """
    however meanwhile instead nevertheless nonetheless moreover furthermore separately
    similarly likewise indeed still yet also besides later earlier now today yesterday
    """
)
_LEADING_TIMES = _words("yesterday today tonight tomorrow last earlier later")
# adverbs of time that open a clause before its subject
_OPENING_ADVERBS = _LEADING_TIMES | _words("soon afterwards afterward then now meanwhile")
_SPANS = _words("minutes hours days weeks months years moments")
# what "this", "last" or "earlier this" leave of a time when a phrase is cut after them (not
# "day care workers", "year 10 pupils", "march organisers")
_CUT_SPANS = _words("week month year weekend fortnight")
_INDEFINITES = _words(
    """
    everyone everybody everything someone somebody something anyone anybody anything nobody
    nothing none each either neither all most few others
    """
)
_SPAN_ENDS = _words("earlier later ago before after")


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


# adverbs and calls to act that no name opens with ("Never cold water because …", "Scroll
# down for video Gordon Brown")
_NEVER_OPENING = _words("never always perhaps maybe also even still scroll click")
# the present tense a photo caption is written in: "Hamilton celebrates", "Vonn poses with"
_CAPTION_VERBS = _words(
    """
    celebrates congratulates poses smiles arrives leaves walks waves greets hugs kisses
    embraces attends reacts looks stands sits holds watches
    """
)
# … and verbs that link a subject to what is said of it: no name goes on past them ("the
# plan appears consistent", "Mr Cameron's remarks comes amid claims")
_LINKING_VERBS = _words("appears comes seems remains becomes")
_OBJECT_OPENERS = _words("the a an his her their its this that these those")
_COLLECTIVE = _words(
    """
    police staff management government military army media press prosecution defence
    defense public family jury panel committee council court ministry cabinet parliament
    congress senate
    """
)


def _is_acronym(word: str) -> bool:
    """A word in capitals ("WHO", "US", "BBC"): an acronym, never a pronoun or function word."""
    bare = word.strip(",.;:'\"“”‘’()")
    return len(bare) >= 2 and bare.isalpha() and bare.isupper()


# Names spelt like a pronoun or a function word: "He Jianxiong", "Will Moy", "May Bulman".
_NAMES_LIKE_FUNCTION_WORDS = frozenset({"He", "She", "Will", "May"})


def _surname_like_pronoun(raw: list[str]) -> bool:
    """A name whose first word is spelt like a pronoun or a modal ("He Jianxiong", "Will
    Moy"): capitalised words only, at least two, the next one not a function word."""
    return (
        1 < len(raw) <= _MAX_NAME_WORDS
        and raw[0] in _NAMES_LIKE_FUNCTION_WORDS
        and all(w[:1].isupper() for w in raw[1:])
        and raw[1].lower() not in FUNCTION_WORDS
    )


def _names_a_group(word: str) -> bool:
    """A lower-case word that can be a speaker alone: a plural ("officials") or a body."""
    return (word.endswith("s") and not word.endswith("ss")) or word in _COLLECTIVE


def _verb_like(word: str) -> bool:
    """A lower-case word in -ed or -ing that is not a known noun: capitalised ones are names
    ("Ahmed", "Fielding")."""
    return word.islower() and word.endswith(("ed", "ing")) and word not in _NOT_VERBS


# -- status -------------------------------------------------------------------------------------


def _hashes(match: re.Match[str]) -> str:
    return "#" * len(match.group(0))


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
    match = _unverified_cue(masked)
    owned = _OWNED_CLAIMS.match(text)
    if match and owned and not text[owned.end() : match.start()].strip():
        return True  # "Russia's figures could not be verified" (not "Zelensky's remarks came
        # after Russia claimed, without evidence, …": the doubt is not about the remarks)
    # "There is no evidence to corroborate this claim": the cue names the claims it is about
    return bool(
        match and (_NOTE_OBJECT.match(text, match.end()) or _NAMES_CLAIMS.search(match.group()))
    )


def _unverified(text: str, masked: str, context: _Context) -> _Finding | None:
    """What the article says could not be checked: a note on statements made before it ("His
    claims could not be verified", "This rumor appears to have been made up") or a statement
    it qualifies itself ("The ministry said, without offering evidence, that …")."""
    if match := _unverified_cue(masked):
        if _NAMES_CLAIMS.search(match.group()):
            return _claims_doubted(text, masked, match, context)
        cue = _cue(text, match)
        if _is_note(text, masked):
            owner = _claims_owner(text, match.end(), context)
            return _Finding(ClaimStatus.UNVERIFIED, cue, owner or context.speaker, _Kind.NOTE)
        return _Finding(ClaimStatus.UNVERIFIED, cue, _speaker_of(text, context), _Kind.TEXT)
    if (verdict := _VERDICT.match(text)) and not _SPEECH.search(masked):
        # about the last claim made, not the last speaker (often who debunked it)
        cue = verdict.group("verdict")
        return _Finding(ClaimStatus.UNVERIFIED, cue, context.claimant, _Kind.VERDICT)
    return None


# What a rebuttal ("no evidence to suggest …") answers, said before it in the sentence: without
# one it is a finding, which doubts no one ("Police said there was no evidence to suggest the
# death was suspicious", "no evidence of foul play")
_REBUTTED = re.compile(
    r"\b(?:suggest(?:ed|s|ion|ions)?|claim(?:ed|s)?|theor(?:y|ies)|speculat\w*|alleg\w*)\b", re.I
)


def _unverified_cue(masked: str) -> re.Match[str] | None:
    """The first cue that the article cannot vouch for a statement (a rebuttal only after
    what it rebuts)."""
    match = _UNVERIFIED.search(masked)  # (most sentences: none, read once)
    while match and _answers_nothing(masked, match):
        match = _UNVERIFIED.search(masked, match.end())
    return match


def _answers_nothing(masked: str, match: re.Match[str]) -> bool:
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
    rf"""\s*(?:(?P<role>the\s+[a-z]++)['’]s?|(?P<name>(?:[A-Z][\w.&-]*+\s+){{0,3}}[A-Z][\w.&-]*+)
    ['’]s?|(?P<pronoun>his|her))\s+(?:[\w-]++\s+){{0,2}}?{_CLAIM_NOUNS}\b""",
    re.VERBOSE,
)


def _claims_owner(text: str, end: int, context: _Context) -> str | None:
    """The owner a note gives the claims it doubts, after its cue ("It was not possible to
    verify the group's claim") or opening it ("Russia's figures could not be verified"): a
    body's role is the body named with that word, else whoever made the last claim (the
    Taliban, three quotes of their spokesman back); a name is that name; "his" or "her" the
    person it means. None when the note names no owner: the last speaker is meant."""
    match = _OWNED_CLAIMS.match(text, end) or _OWNED_CLAIMS.match(text)
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


def _role_owner(role: list[str], context: _Context) -> str | None:
    """Whose claims "the army's account" or "the group's claim" are: a body named with that
    word, else the last speaker if it is one ("The army said …"), else for a bare group word
    whoever made the last claim. None ("the attack's death toll"): the last speaker is meant."""
    head = role[-1].lower()
    if described := context.description(role):
        return described
    if context.speaker and context.speaker.split()[-1].lower() == head:
        return context.speaker
    return context.last_claimant if head in _GROUP_WORDS else None


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
            (word.lower() in FUNCTION_WORDS and not _is_acronym(word))  # (not "US")
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


def _anonymous_finding(text: str, match: re.Match[str], context: _Context) -> _Finding:
    """A statement no one the reader could hold to account makes: claimed, by the unnamed
    source the match names, by no one for unnamed reports, or by the speech verb's subject
    ("One official, who asked not to be named, said")."""
    who = next((g for n, g in match.groupdict().items() if g and n != "reports"), None)
    if match.group("who4") and (kind := _sources_kind(text[: match.start("who4")])):
        who = f"{kind} {who}"  # "diplomatic sources indicated that …"
    relayer = None
    if who:
        source: str | None = _tidy(who)
        if source and len(source.split()) > 5 and " from " in source:
            # "An official from Palestinian leader Yasser Arafat's Fatah movement"
            source = source.partition(" from ")[0]
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
        source = _speaker_of(text, context) or _leading_source(text, context)
    return _Finding(ClaimStatus.CLAIMED, _cue(text, match), source, _Kind.ANONYMOUS, relayer)


def _classify(text: str, context: _Context) -> _Finding:
    masked = _NOT_A_CLAIM.sub(_hashes, text)
    if finding := _unverified(text, masked, context):
        return finding
    if match := _anonymous(masked):
        return _anonymous_finding(text, match, context)
    if match := _RESPONSIBILITY.search(text):
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


def _quotation(source: str | None, context: _Context) -> _Finding:
    """A quotation with no verb of its own: its speaker's words, as anonymous as that speaker
    when it goes on with one the article keeps unnamed ("… ,” the source said." and then
    "“Many people are afraid to return.”")."""
    if source and _is_unnamed_speaker(source, context):
        return _Finding(ClaimStatus.CLAIMED, "quotation", source, _Kind.ANONYMOUS)
    return _Finding(ClaimStatus.ATTRIBUTED, "quotation", source, _Kind.SPEECH)


# the nouns of the classic anonymous source: "a senior official", "a security source"
_ANONYMOUS_NOUN = re.compile(r"\b(?:officials?|sources?|insiders?|diplomats?|aides?)$", re.I)


def _is_unnamed_speaker(source: str, context: _Context) -> bool:
    unnamed = context.unnamed_speaker
    return unnamed is not None and source.lower() == unnamed.lower()


def _opens_a_tokenised_quote(text: str, context: _Context) -> int | None:
    """Where tokenised text opens a quotation in the words of someone speaking ("writing ;
    ' I want to thank the car thieves …", "… came through . ' Today we lost myuran . ' Our
    sons …"), which the marks alone, written alike, do not show."""
    if not _TOKENISED.search(text):
        return None
    state = _tokenised_quote_state(text, _QuoteState(context.quote_open, context.quote_maybe))
    for start, end in state.spans:
        quoted = text[start:end]
        if len(quoted.strip()) >= _MIN_QUOTE_CHARS and _speaks_as_a_quote(quoted):
            return start
    return None


def _anonymous(masked: str) -> re.Match[str] | None:
    """The first unaccountable source, passing over reports no one is named for when an
    unnamed source speaks after them: "… amid reports the shooter had barricaded himself
    inside 'This started in D.C.,' an FBI source told WUSA"."""
    reports = None
    for match in _ANONYMOUS.finditer(masked):
        if not match.group("reports"):
            return match
        reports = reports or match
    return reports


def _told_inside_quotation(finding: _Finding, text: str, context: _Context) -> _Finding:
    """Speech reported inside a quotation that goes on with no mark, to or by its speaker in
    the first person ("Martinez said: 'My thoughts are … Seamus tells me there is contact"):
    the words are still the speaker's who opened the quotation."""
    if (
        context.quote_open
        and context.speaker
        and finding.source != context.speaker
        and not _QUOTE_CHARS.search(text)
        and _FIRST_PERSON.search(text)
    ):
        return replace(finding, source=context.speaker)
    return finding


# How narration after a quotation opens: a name or a noun phrase and its verb, a third person
_NARRATION_START = re.compile(
    # a name or a noun phrase, a third person, a caption's label ("Pictured:"), the writer's
    # own time or place ("Meanwhile", "In 2019")
    r"(?:The|A|An|His|Her|Their|Its|He|She|They|Meanwhile|Elsewhere|Earlier|Later)\b|"
    r"[A-Z][\w'’-]*\s+[A-Z]|\w+:|In\s+\d{4}\b|"
    # a heading or a title as a label: "Fall of an Empire: The Story of …"
    r"[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|the|an?|and|in|for|to)){1,5}:"
)
# A tag after the words of a quotation: it ended there, whether or not its mark was printed
_TAG_AFTER_WORDS = re.compile(
    rf",\s*(?:(?:[\w.’'&-]++\s+){{1,5}}?{_TAG_VERBS}|{_TAG_VERBS}\s)", re.I | re.VERBOSE
)


def _left_quoting(text: str) -> bool:
    """Whether a quotation sentence, as printed, leaves its quote running into the next: not
    when it ends with its tag ("'It hurts more than the result, said Tom Baker."), and not in
    tokenised text, where an open mark cannot be told from a closing one."""
    if _TOKENISED.search(text):
        return False
    opening = list(_OPENING_MARK.finditer(text))
    return not (opening and _TAG_AFTER_WORDS.search(text, opening[-1].end()))


def _goes_on_quoting(text: str, context: _Context) -> bool:
    """A sentence with no marks of its own right after a quotation that was left open, in text
    written as printed: it goes on with the quote ("He said: 'I waited for eight hours." then
    "When the lightning arrived it was magical."), unless it opens as narration does."""
    return (
        context.quoting
        and not _TOKENISED.search(text)
        and _quote_marks(text) == (0, 0)
        and not _NARRATION_START.match(text)
        and not _opens_with_name(text, context)
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


# an aside right after a name, before its verb: "Bates, who …,", "Rooney, speaking after …"
_ASIDE_AFTER_NAME = re.compile(
    r"\s*,\s*(?:who|whose|speaking|asked|talking|writing|in|at|after|now|aged|\d)\b", re.I
)


def _drop_adverbs(words: list[str]) -> list[str]:
    """The words after a subject without the adverbs before its verb ("Andrew also spent")."""
    start = 0
    while start < len(words) and (
        words[start] in _MID_ADVERBS or (words[start].endswith("ly") and words[start].isalpha())
    ):
        start += 1
    return words[start:]


def _finite_verb(word: str) -> bool:
    """A word that reads as a verb a subject governs: "sold", "said", "arrived", "wins" (a
    word in -s may be a plural noun too: callers use it right after a subject)."""
    return (
        word in FINITE_VERBS
        or word in _PAST_FORMS
        or _verb_like(word)
        or (word.endswith("s") and word.isalpha() and word not in FUNCTION_WORDS)
    )


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
        and not _denied_to(masked, m)
        and not _part_of_a_name(masked, m)
    )
    match = next(speech, None)
    finding = _speech(text, match, context) if match else None
    if (
        match
        and finding
        and match.group().lower() == "suggests"
        and not (finding.source and _named_as_person(finding.source))
    ):
        # "This suggests that …": the writer's inference; a tag further on may still speak
        # ("The evidence suggests he was murdered, police said")
        match = next(speech, None)
        finding = _speech(text, match, context) if match else None
    if match and finding:
        if match.group("stance") and _is_generic_group(finding.source, context):
            return None  # a stance of people in general is the writer's: "Fans were worried …"
        return finding
    if (match := _ASIDE_TAG.search(masked)) and (who := _clean_source(match["who"], context)):
        return _Finding(ClaimStatus.ATTRIBUTED, match.group("verb"), who, _Kind.SPEECH)
    if (match := _WITH_SPEAKER.search(masked)) and (
        who := _clean_source(match.group("who"), context)
    ):
        return _Finding(ClaimStatus.ATTRIBUTED, match.group("verb"), who, _Kind.SPEECH)
    return None


_SUBJECT_LINK_WORDS = _words("who which that has have had will would")


# A speech verb denied, before the question it leaves open: "have not said who they believe was
# behind the killings", "would not say whether the man was armed" (nothing is stated)
_SAYS_NOTHING = re.compile(
    r"""(?:(?<=\bnot\s)|(?<=n['’]t\s)|(?<=\bnever\s))(?:say|said|says|disclose|disclosed|reveal|
    revealed|confirm|confirmed)\s+(?:who|what|why|whether|when|how|where|which)\b""",
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
# An unnamed person or group who tells what they know, with nothing to hold them to: "one
# legal expert", "a group of employees", "a former staffer" (an identified eyewitness, a
# reviewer or a spokesman speaks on the record and stays attributed).
_UNNAMED_INFORMANT = re.compile(
    r"""(?:(?:a|an|one|some|several|two|three|a\s+group\s+of|a\s+number\s+of)\s+
    (?:[a-z-]++\s+){0,2}?(?:experts?|employees?|workers|staffers?|insiders?|observers?|
    informants?|whistle-?blowers?|sources?)|
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
    if context.quote_open or context.quoting or context.last_source or _TOKENISED.search(text):
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


def _speech(text: str, match: re.Match[str], context: _Context) -> _Finding:
    """Speech is attributed to its speaker, unless that speaker is an unnamed informant, or
    the unnamed source the sentences before quoted ("A senior official said …", then "'We
    can't predict anything,' the official said")."""
    source = _speaker_of(text, context)
    if source and (
        _UNNAMED_INFORMANT.match(source)
        # (a spokesman who would not be named still speaks for the body, on its record)
        or (_is_unnamed_speaker(source, context) and _ANONYMOUS_NOUN.search(source))
    ):
        return _Finding(ClaimStatus.CLAIMED, _cue(text, match), source, _Kind.ANONYMOUS)
    return _Finding(ClaimStatus.ATTRIBUTED, _cue(text, match), source, _Kind.SPEECH)


# A body's name written before its document: "The Australian Institute of Health and Welfare
# report shows …", "the IEA study found" (the body is its author)
_DOCUMENT_NOUN = r"(?:report|study|survey|poll|review|audit|analysis|figures|data|statistics)"
_BODY_DOCUMENT = re.compile(
    rf"""(?P<body>(?:(?:The|the)\s+)?(?:(?!(?:An?|This|That|Its|Their|His|Her)\s)[A-Z][\w'’&.-]*+(?:\s+(?:(?:of|and|for|on)\s+)?
        [A-Z][\w'’&.-]*+){{1,7}}|[A-Z]{{2,}}+))
    \s+(?P<doc>{_DOCUMENT_NOUN})\b""",
    re.VERBOSE,
)
# (the document word alone: where the costly look for a body before it is worth making)
_DOCUMENT_WORD = re.compile(rf"\b{_DOCUMENT_NOUN}\b")


def _body_of_document(text: str, end: int) -> str | None:
    """The body whose name the document noun ending at ``end`` follows, if any."""
    match = next((m for m in _BODY_DOCUMENT.finditer(text, 0, end) if m.end() == end), None)
    if not match or not _may_author(match.group("body")):
        return None
    return match.group("body")


def _may_author(body: str) -> bool:
    """A body that may write a report: not a person, nor a country ("US data show")."""
    words = body.split()
    name = " ".join(words[1:] if words[0].lower() == "the" else words)
    lowered = name.lower()
    return not (
        _looks_like_person(name) or lowered in _COUNTRY_INITIALS or lowered in NATIONALITIES
    )


def _research(text: str, masked: str, context: _Context) -> _Finding | None:
    """A finding of a study, or of the researchers "that …": attributed to them. A study
    named inside a quotation is the speaker's words ("…, told Newsweek: 'the researchers
    found …'"), not the source."""
    masked = _outside(masked)
    if _RESEARCH_NOUN.search(masked) and (match := _RESEARCH.search(masked)):
        issuer = match.group("issuer") or _body_of_document(masked, match.end("who"))
        source = (
            (issuer and _clean_source(issuer, context))
            or _clean_source(match.group("who"), context)
            or _speaker_of(text, context)
        )
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
_QUOTED_HEDGE = re.compile(
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
        if media and _named_before(masked, match.start()):
            continue  # a named body's report: "the latest WHO report said", "a UN report says"
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
        w.isalpha() and w not in FUNCTION_WORDS and w not in _GENERIC_MEDIA_WORDS for w in named
    )


def _named_before(text: str, position: int) -> bool:
    """A name among the two words before ``position`` (not the sentence's first word)."""
    words = text[:position].split()
    return any(
        w[:1].isupper() and index > 0 and (w.lower() not in FUNCTION_WORDS or _is_acronym(w))
        for index, w in list(enumerate(words))[-2:]
    )


def _cue(text: str, match: re.Match[str]) -> str:
    return " ".join(text[match.start() : match.end()].split())


# -- speaker ------------------------------------------------------------------------------------


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
    if _quoted_share(outside) > 0.5:
        return context.speaker
    # no verb names anyone ("in an interview", a bare quotation): the sentence's subject,
    # when it is a person
    subject = _leading_source(outside, context)
    if subject and _IT_SAYS.search(outside) and _the_and_a_body(subject):
        return subject  # "The Department of … and Trade has moved to clarify what it says …"
    if not subject or not _looks_like_person(subject):
        return None
    first, *others = subject.split()
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
        return subject if following and _finite_verb(following[0].lower()) else None
    return subject


# a body's own words, told with "it" in the sentence the body opens: "… to clarify what it says
# are misunderstandings"
_IT_SAYS = re.compile(
    r"\bit\s+(?:says|said|claims|claimed|argues|argued|insists|insisted|maintains|believes)\b"
)


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
    if according and not _relayed(outside, according.start()):
        yield from _according_source(text, according, context)
    if (match := _CLOSING_TAG.search(outside)) and not _opens_with_speech(outside, match.start()):
        # "…, acting, she said, as though …, the Mirror reported.": the tag that closes the
        # sentence names who reports all of it, an aside inside it only part
        yield _clean_source(match.group("who"), context)
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
        elif not _QUOTE_AFTER.match(outside, match.end("who")):
            # (not "…, said the agency's results “do show …”": the words after "said" run
            # into a quotation that is their predicate, so they are what was said)
            yield _name_after_role(outside[match.start("who") :]) or _clean_source(
                _forward_phrase(who), context
            )
    # verbs inside an idiom ("told him not to", "was told") name no speaker
    for verb in islice(_SUBJECT_VERB.finditer(_NOT_A_CLAIM.sub(_hashes, outside)), _MAX_ATTEMPTS):
        if _not_a_verb_here(outside, verb):
            continue
        yield _passive_agent(outside, verb, context)
        # ("Adebayor is branded 'eccentric' by fans": the one labelled is not speaking)
        yield (
            None if _labelled_passive(outside, verb) else _subject(outside, verb.start(), context)
        )
        if _pronoun_before(outside, verb.start()):
            return  # "he said": the speaker is whoever "he" is, known or not
    if according:
        yield from _according_source(text, according, context)
    if match := _CITING.search(text):
        cited = _cut_phrase(match.group("who"))
        if _is_reason(cited):
            # "OrbitBeyond canceled its order, citing internal business issues": a reason
            # is not a source, the subject that cites it speaks
            yield _leading_source(_last_clause(outside[: match.start()]), context)
        else:
            yield _clean_source(cited, context)


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
        and subject[0].lower() not in PRONOUNS
        and subject[0].lower() not in _INDEFINITES
        and not any(c in outside[: verb.start()] for c in ",:;")
        and not _QUOTE_CHARS.search(outside, 0, verb.start())
        and not any(w.lower() in _SUBORDINATORS or w.lower() in FINITE_VERBS for w in subject)
        and is_plausible_source(" ".join(subject))  # (the dearest check last)
    )


def _name_after_role(who: str) -> str | None:
    """The name set after a long title and its comma in an inverted tag: "…,' said Myer
    Chief Merchandise & Marketing Officer and Deputy CEO, Daniel Bracken." (not after a name
    and its role: "said David Kershaw, division vice president, Nissan Sales")."""
    role, comma, rest = who.partition(",")
    words = role.split()
    if not comma or not words or _is_personal_name(words):
        return None
    if {"of", "for"} & {w.lower() for w in words} or (
        # (a role a possessive owns is the name's own: "said the study's author, Dr Urho
        # Kujala,")
        words[0].lower() in _DETERMINERS and not any(_TRAILING_POSSESSIVE.search(w) for w in words)
    ):
        # the name is whom the role is about: "said the family of the victim, Sarah Jones"
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
    titled = len(untitled) < len(name)
    if (
        untitled
        and (titled or _is_first_name(untitled[0].lower()))
        and _is_personal_name(untitled)
    ):
        return " ".join(name)
    return None


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
    if len(segments) < 2 or _QUOTE_CHARS.search(before) or breaks:
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
    words = name.split()
    if not named and len(words) > 2 and all(w[:1].isupper() for w in words):
        # titles before a name, too long for a name alone: "US Defence Secretary Donald
        # Rumsfeld, on a visit to …, said"
        named = _is_personal_name(words[-2:]) and _is_title_before_name(words[-3])
    if not named and appositions and _is_role_phrase(name) and _is_name(appositions[0]):
        # a role, then the name it is: "The Labor leader, Simon Crean, says senior …"
        named, appositions = True, appositions[1:]
    return named and all(
        _is_aside(a) or _opens_description(a) or _opens_with_preposition(a) or _is_role_phrase(a)
        for a in appositions
    )


def _opens_with_preposition(segment: str) -> bool:
    """An adverbial aside: "on a visit to US troops at Baghram air base", "in a statement"."""
    first = segment.split(maxsplit=1)[0].lower() if segment.split() else ""
    return first in _PREPOSITIONS


def _opens_description(segment: str) -> bool:
    """A segment that reads as a role: "the U.S. Attorney for …", "a student who …"."""
    first = segment.split(maxsplit=1)[0].lower() if segment.split() else ""
    return first in _DETERMINERS or first in _POSSESSIVES


def _not_a_verb_here(outside: str, verb: re.Match[str]) -> bool:
    """A speech verb's word used otherwise: a participle describing a noun ("The number of
    ant infestations reported has shot up": no one speaks), or a plural noun that a verb
    follows ("Unconfirmed reports said": its subject, not a verb with a one-word subject), or
    a claim noun after a possessive."""
    if _REDUCED_RELATIVE.match(outside, verb.end()):
        return True
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


def _part_of_a_name(masked: str, verb: re.Match[str]) -> bool:
    """ "Haitham bin Tariq Al Said, attended …": a capitalised "Said" after a capitalised
    word is a name's (outside a headline, whose every word has its capital)."""
    before = masked[: verb.start()].split()
    return (
        verb.group() == "Said"
        and bool(before)
        and before[-1][:1].isupper()
        and not _in_headline_case(masked)
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


def _denied_to(masked: str, verb: re.Match[str]) -> bool:
    """What was refused someone, not a denial: in the passive, "Greene was also denied Olympic
    gold", "He was denied bail" ("It was denied that he lied", "was denied by Andrew" deny),
    and in the active, a thing a body refuses, "Congress has repeatedly denied funding"."""
    word = verb.group().lower()
    if word == "denied" and _PASSIVE_DENIAL.search(masked, 0, verb.start()):
        return not _DENIAL_GOES_ON.match(masked, verb.end())
    return word in ("denied", "denies", "deny") and bool(_REFUSED_THINGS.match(masked, verb.end()))


# what follows a passive "denied" that denies something ("It was denied that …", "… by
# Andrew", "… in a statement", or nothing): not a thing refused the subject
_DENIAL_GOES_ON = re.compile(
    r"\s*(?:$|[.,;:]|(?:that|by|in|on|at|to|for|with|after|before|as|during|yesterday|today)\b)",
    re.I,
)
# a passive before "denied": what was denied to the subject ("was denied bail")
_PASSIVE_DENIAL = re.compile(r"\b(?:was|were|been|being|is|are|be)\s+(?:\w+ly\s+|also\s+)?$", re.I)
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


# a capitalised owner: "Facebook's", "NASA’s"
_POSSESSIVE_OWNER = re.compile(
    r"""(?<![\w.])(?P<owner>[A-Z][\w&-]*+)['’]s\b
    # what a firm owns: "Facebook's various platforms", "Apple's shares"
    (?P<owned>(?=\s+(?:[a-z-]++\s+)?(?:platforms?|products?|apps?|services?|shares|stock|
        users|customers|employees|staff|sales|revenues?|profits?|earnings|stores?|brands?|
        devices|software|subscribers|websites?)\b))?""",
    re.VERBOSE,
)
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
        if not token.isalpha() or not token.islower() or token in FUNCTION_WORDS:
            break
        words.append(token)
        if token.endswith("s") and token not in _TIME_WORDS:
            return " ".join(words)
    return None


def _according_source(text: str, match: re.Match[str], context: _Context) -> Iterator[str | None]:
    """The source "according to" names (or the name apposed to its description)."""
    phrase = _cut_phrase(match.group("who"))
    if phrase == match.group("who") and _is_description(phrase):
        yield _apposed_name(text, match.end())
    if phrase != match.group("who") and (authored := _AUTHORED.match(match.group("who"))):
        # a document and who issued it, which the cut would part: "according to a statement
        # released by James Maron" is Maron's
        yield _clean_source(_TRAILING_POSSESSIVE.sub("", authored.group("by")), context)
    if len(words := phrase.split()) == 1 and _lower_case_person(words) and _lost_capitals(text):
        # "…, according to wistv .": in lower-cased text the one word the cue names is a
        # name whose capital was lost (a station, a site, a person)
        yield context.written_as(words[0]) or words[0]
    yield _author_in_sentence(phrase, text) or _clean_source(phrase, context)


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


# a quotation masked out right before "according to", whose closing mark follows its comma
_QUOTE_CLOSES_WITH_COMMA = re.compile(r"_[’”'\"]$")


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


def _claim_agent(text: str, match: re.Match[str]) -> str | None:
    """The agent of a passive claim: "it was claimed by prosecutors", of claims "made by a former
    footman" (whoever investigates or reports them), and after the charge of
    an accusation, up to a second charge ("Assange was accused of rape by a woman and sexual
    assault by another")."""
    if by := _AGENT.match(text, match.end()) or _MADE_BY.match(text, match.end()):
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


def _distanced_speaker(text: str, match: re.Match[str], context: _Context) -> str | None:
    """A claim verb has a subject; "reportedly", "is believed to" and the like have none the
    reader can be given, except the main subject of a participle ("…, claiming …") or of a
    speech verb elsewhere in the sentence."""
    if match.group("media") or match.group("weasel"):
        return None  # "media reports said", "many say": no one the reader could hold to it
    modifier = text[: match.start()].rsplit(maxsplit=1)[-1:]
    if modifier and modifier[0].lower() in NATIONALITIES:
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
    if who := _claim_agent(text, match):
        return _clean_source(_cut_phrase(who), context)
    if participle := _PARTICIPLE.search(outside):
        return _leading_source(outside[: participle.start()], context)
    # the subject of "is believed to", "is alleged to" is what is said, not who says it
    # (its "to" stays: "is believed to have agreed" has no speech verb "agreed")
    end = match.end() - 2 if match.group().lower().endswith("to") else match.end()
    spoken = outside  # with its cue: "The Democrats are alleging" is no passive
    outside = outside[: match.start()] + " " * (end - match.start()) + outside[end:]
    cue = match.group(0).lower()
    passive = re.match(r"\s*(?:of|but)\b", text[match.end() :])
    active = cue.startswith(("claim", "alleges", "accus")) or cue == "allege"
    # "The Democrats are alleging" (not "an anonymous letter alleging", a participle)
    active = active or (cue == "alleging" and bool(_PASSIVE_BEFORE.search(text, 0, match.start())))
    # "alleged" is a verb when a clause follows ("Prosecutors alleged that …", "Police alleged
    # the man had …"), else an adjective ("the alleged victim", "an alleged plot")
    active = active or (cue == "alleged" and _alleged_clause(text, match))
    # after a possessive, a claim word is a noun: "the ministry's claim is false"
    owned = match.group().lower() in ("claim", "claims") and bool(
        _OWNED_BEFORE.search(text, 0, match.start())
    )
    # … and after a count: "made more than 13,000 false or misleading claims"
    counted = cue in ("claim", "claims") and bool(_COUNTED_CLAIMS.search(text, 0, match.start()))
    active = active and not passive and not owned and not counted
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
    if _SUBJECT_VERB.search(outside) or (counted and according):
        return _not_the_accused(text, match, _speaker_of(text, context))
    if according and _sources_the_hedge(text, according, match):
        # "were said to have run into issues, according to The Hollywood Reporter": the
        # hedge has a source after all (never the subject the hedge is about)
        return next((s for s in _according_source(text, according, context) if s), None)
    return None


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
    r"""\s+(?:that\b|(?:the|a|an|his|her|their|its|he|she|they|it|(?-i:[A-Z])[\w'’-]*|\d[\d,]*)\s+
    (?:[\w'’-]++\s+){0,3}?(?:was|were|is|are|had|has|would|could|did|[a-z]+ed)\b)""",
    re.I | re.VERBOSE,
)


def _alleged_clause(text: str, match: re.Match[str]) -> bool:
    """ "alleged" with a clause after it and a subject before it, not a determiner: "Police
    alleged the man had stolen a car" (not "the alleged the…", "an alleged plot")."""
    before = text[: match.start()].split()[-1:]
    if before and (before[0].lower() in _DETERMINERS or before[0].lower() in _POSSESSIVES):
        return False
    return bool(_CLAUSE_AFTER_ALLEGED.match(text, match.end()))


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


# A speaker and a verb of saying that end the sentence after a comma.
_QUOTE_AFTER = re.compile(r"\s*[“\"‘]")
_PRONOUN_TAG = re.compile(r"[,!?]\s*[”\"’']\s+(?P<pronoun>he|she|they)\s+[a-z]{3,}(?:s|ed)\b")
# a name right after a quotation, with a verb of any manner: "…,” McDowell laughed."
_NAME_TAG = re.compile(
    r"""[,!?]\s*[”"’']\s+(?P<name>(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][\w’'-]+
    (?:\s+[A-Z][\w’'-]+){0,2})\s+(?:[a-z]+ly\s+)?(?:[a-z]{3,}(?:ed|s)|sang|spoke)\b""",
    re.VERBOSE,
)
_CLOSING_TAG = re.compile(
    r",\s*(?P<who>(?:[\w.’'&-]++\s+){1,5}?)(?:reported|reports|said|says|wrote|writes|added)"
    r"\s*[.!]?\s*$",
    re.IGNORECASE,
)
# (a time or a place may come first: "were reported on Tuesday by The Times")
_AGENT = re.compile(
    r"(?:\s+(?:on|in|at|last|this|earlier)(?:\s+[\w-]++){1,2}?"
    # (the statement it came in: "was confirmed in a statement released by his managers")
    r"(?:\s+(?:released|issued|posted))?)?\s+by\s+(?P<who>[^,.;:()]{2,60})"
)
# when it happened, after the agent: "by Hewitt's managers late this morning"
_AGENT_TIME = re.compile(
    r"\s+(?:(?:late|early)\s+)?(?:this|last|yesterday|today|tonight|overnight)\b.*$", re.I
)
# … after the participle a claim noun takes: "claims made by a former royal footman that …"
_MADE_BY = re.compile(
    r"\s+(?:made|levell?ed|brought|raised|lodged|published|posted)\s+by\s+(?P<who>[^,.;:()]{2,60})"
)
# … after the charge an accusation names: "was accused of rape by a woman" (not a means or a
# time: "accused of killing her by poisoning", "by the time")
_ACCUSER_AFTER_CHARGE = re.compile(
    r"\s+of\s+(?:[\w'’-]++\s+){1,4}?by\s+(?!the\s+time\b|then\b|now\b|[a-z]+ing\b)"
    r"(?P<who>[^,.;:()]{2,60})"
)
# … after the label a passive gives in quotation marks (blanked): "described as '___' by"
_AGENT_AFTER_LABEL = re.compile(
    rf"\s+{_LABEL_BLANKED}\s+by\s+(?P<who>[^,.;:()]{{2,60}})", re.VERBOSE
)
# (a dash that closes an aside may be glued to the next word: "David Lat - a lawyer and
# legal commenter -suggests")
_ASIDE = re.compile(r"\([^()]{0,80}\)|\s[-–—]\s[^-–—]{0,200}?\s[-–—](?:\s|(?=[a-z]))")


def _outside(text: str) -> str:
    """The text with quotations, parentheses and dashed asides blanked (same length): the
    words that name a speaker are outside them."""
    masked = _mask_quotes(text)
    return _ASIDE.sub(lambda m: " " * len(m.group(0)), masked)


_QUOTE_CHARS = re.compile(r"[“”\"‘’'`]")  # (`` opens a quotation in tokenised text)
_TAG_AHEAD = re.compile(
    rf"(?:,?\s+[\w.’'-]++){{0,6}}?,?\s+(?:{'|'.join(sorted(_SPEECH_WORDS))}|chanted|joked)\b"
)
_PLURAL_POSSESSIVE = re.compile(r"s['’] (?P<next>[A-Za-z][\w-]*+)")


def _plural_possessive(text: str, index: int, opened: int) -> bool:
    """ "the bankers' bonus tax", "the Collective of Prostitutes' Rights sheet": an apostrophe
    after a plural and before a noun or a name is no closing mark; before a function word or a
    verb ("'rumours spread by my rivals' and vowed",
    "'… the workers' he said") it is."""
    match = _PLURAL_POSSESSIVE.match(text, index - 1)
    if not match:
        return False
    written = match.group("next")
    after = written.lower()
    if after in FUNCTION_WORDS or after in _SPEECH_WORDS:
        return False
    if written[:1].islower() and _verb_like(after):
        return False  # (a capital is a name's or a title's: "Prostitutes' Rights")
    if written[:1].isupper() and len(text[opened + 1 : index].split()) < _QUOTED_TITLE_WORDS:
        return False  # a quoted title or word ends before a name: "'Dangerous' Laurent …"
    # "'… for the fans' manager Eddie Howe said.": a speech verb right after names the speaker
    # of a quotation that has just closed (not one in a relative clause: "Prostitutes' Rights
    # sheet which tells about the laws")
    tag = _TAG_AHEAD.match(text, match.end("next"))
    return not tag or bool(_RELATIVE_WORD.search(tag.group()))


_RELATIVE_WORD = re.compile(r"\b(?:which|that|who)\b", re.I)
_QUOTED_TITLE_WORDS = 3


_INITIALS_BEFORE = re.compile(r"\b(?:[A-Za-z]\.){2,}$")


def _mask_quotes(text: str) -> str:
    """The text with quoted words replaced by "_" (same length): a verb inside a quotation is
    the speaker's own, not the one that names the speaker. An ASCII apostrophe opens a
    quotation only after a space or at the start, and closes one only before a non-letter; a
    quotation opened at the start and never closed runs to the end (a quote continued from
    the sentence before). A curly opening mark may be closed by a straight one or by two
    apostrophes ("’’"), and a straight one by a curly one, as converted or hand-typed text
    does. Only the quotation marks are visited, once each."""
    spans: list[tuple[int, int]] = []
    opening: str | None = None
    start = 0
    first = True  # no mark yet, other than an apostrophe inside a word
    for mark in _QUOTE_CHARS.finditer(text):
        index, char = mark.start(), mark.group()
        before = text[index - 1] if index else " "
        after = text[index + 1] if index + 1 < len(text) else " "
        in_word = char in "'’" and before.isalnum() and after.isalpha()  # "We’re"
        closes_first = (
            first
            and not in_word
            and before in ",.!?"
            and after.isspace()
            and not _INITIALS_BEFORE.search(text, 0, index)  # a possessive: "The U.S.' allies"
        )
        first = first and in_word
        if opening is None:
            if (
                closes_first
                and char in "'’”\""
                and (
                    _TAG_AFTER_COMMA.match(text, index + 1)
                    or _INVERTED_AFTER_QUOTE.match(text, index + 1)
                )
            ):
                # the first mark closes a quotation the sentence opened inside, and its tag
                # follows ("We’re no heroes, just tourists,' Makrus Åsberg … told"): the
                # words before it are quoted
                spans.append((0, index))
                continue
            if after.isspace() or char == "”" or (char in "'’‘" and before.isalnum()):
                continue  # a closing mark left from before, or an apostrophe
            if char == "’":
                continue
            if char == "'" and after == "s" and not text[index + 2 : index + 3].isalpha():
                continue  # a possessive after a full stop or a digit: "the U.K.'s", "the 1990s'"
            opening, start = char, index
        elif (
            (opening == "“" and (char in '”"' or (char in "'’" and after in "'’")))
            or (opening == '"' and char in '"”')
            or (
                opening in "'‘"
                and char in "'’"
                and not after.isalpha()
                and not _plural_possessive(text, index, start)
            )
        ):
            doubled = opening == "“" and char in "'’"  # "’’": the first mark is inside
            spans.append((start + 1, index + 1 if doubled else index))
            opening = None
    if opening is not None and not text[:start].strip():
        spans.append((start + 1, len(text)))
    if not spans:
        return text
    pieces: list[str] = []
    last = 0
    for begin, end in spans:
        pieces.append(text[last:begin])
        pieces.append("_" * (end - begin))
        last = end
    pieces.append(text[last:])
    return "".join(pieces)


_OPENING_MARK = re.compile(r"(?:^|(?<=[\s(\[—–-]))[“‘'\"](?=[\w‘'\"])")
_CLOSING_MARK = re.compile(r"(?<=[^\s(\[])[”’'\"](?=[\s,.;:!?)\]—–-]|$)")


# ("the US" is no "us")
_FIRST_PERSON = re.compile(
    r"\b(?:I|I['’](?:m|ve|d|ll)|we|we['’](?:re|ve|d|ll)|my|our|(?-i:[Uu]s)|me|you|your)\b", re.I
)


def _quote_marks(text: str) -> tuple[int, int]:
    """Opening marks (after a space, before a word) and closing ones (after a word, before a
    space or punctuation): an apostrophe inside a word ("didn't") is neither."""
    return len(_OPENING_MARK.findall(text)), len(_CLOSING_MARK.findall(text))


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


# A quotation mark standing alone as a token, as tokenised text writes every mark (not a
# contraction's: "it ’ s", "don ' t"), or one glued to the word it opens ("'it")
_MARK_TOKEN = re.compile(
    rf"(?:^|(?<=\s))(?:``|''|[‘’'](?!\s{_CONTRACTED}\b))(?=\s|$)"
    rf"|(?:^|(?<=\s))[‘'](?!{_CONTRACTED}\b)(?=\w)"
)


class _QuoteState(NamedTuple):
    """Where a sentence leaves quotation in tokenised text: ``open`` at its end; ``maybe``
    when its last mark, after a full stop, read as closing but may reopen the quote for a
    new paragraph, as papers do ("… help to me . ' The heart of the prison has gone"), so
    that a later sentence in the first person still goes on with it; ``spans``, the
    quotations opened in the sentence, closed in it or running to its end."""

    open: bool
    maybe: bool = False
    spans: tuple[tuple[int, int], ...] = ()  # the quotations opened in the sentence


@lru_cache(maxsize=4)  # (read twice per sentence: by the classifier, then by the context)
def _tokenised_quote_state(text: str, before: _QuoteState) -> _QuoteState:
    """Tokenised text writes every mark as a token of its own (" : ' we were ", " . ' He "),
    so that an opening mark can be told from a closing one only by what stands around it and
    by whether a quotation is open: one after a colon, glued to its word, or opening the
    sentence, opens; one after a stop or a comma closes the open quotation, or opens a new
    one; the last one, followed by words that speak as a quote does ("I", "we", "you 're")
    and no tag, opens a quotation that runs on. "``" and "''" say which they are. A mark
    after a word opens or closes a quotation inside the sentence ("when she ' leaned over"),
    unless it is a plural's possessive ("the players ' union")."""
    marks = list(_MARK_TOKEN.finditer(text))
    if not marks:
        return _QuoteState(before.open, before.maybe)
    level, maybe, opened_at = before.open, False, None
    inline = False  # whether the open quotation was opened inside a phrase
    spans: list[tuple[int, int]] = []
    for index, mark in enumerate(marks):
        words_before = text[max(0, mark.start() - 80) : mark.start()].split()
        word = words_before[-1] if words_before else ""
        after = text[mark.end() :]
        was = level
        level = _level_after_mark(mark.group(), word, after, was, index == len(marks) - 1)
        if level and not was:
            opened_at = mark.end()
            # a quotation inside the sentence: "when she ' leaned over"
            inline = (
                mark.group() not in ("``", "''")
                and bool(word)
                and word[-1] not in ".,!?;:"
                and not after[:1].isalpha()
            )
        elif not level:
            if was and opened_at is not None:
                spans.append((opened_at, mark.start()))
            opened_at, inline = None, False
        # a full stop's mark read as closing, with words after it: perhaps a new paragraph
        maybe = was and not level and word[-1:] in (".", "!", "?") and bool(after.strip())
    if inline:
        # a quotation opened inside a phrase closes there, whatever the marks say: one
        # left open is an apostrophe read as a mark ("the Cleveland Browns ’ Week 11 game")
        return _QuoteState(before.open, False, tuple(spans))
    if opened_at is not None:
        spans.append((opened_at, len(text)))
    return _QuoteState(level, maybe, tuple(spans))


def _level_after_mark(mark: str, word: str, after: str, level: bool, last: bool) -> bool:
    """Whether a quotation is open after one mark of tokenised text (see
    ``_tokenised_quote_state``), given the word before it and the words after it."""
    if mark in ("``", "''"):
        return mark == "``"
    if not word or word == ":" or after[:1].isalpha():
        return True
    if word[-1] in ".,!?;":
        if last and _speaks_as_a_quote(after) and not _INVERTED_AFTER_QUOTE.match(after):
            return True
        return not level
    return level if _plural_possessive_token(word, after) else not level


def _plural_possessive_token(word: str, after: str) -> bool:
    """ "the players ' union": a plural's apostrophe, set off as a token."""
    following = after.split()[:1]
    return word.endswith("s") and bool(following) and following[0][:1].isalnum()


def _speaks_as_a_quote(words: str) -> bool:
    return bool(_FIRST_PERSON.search(words) or _CONTRACTION.search(words))


def _closes_its_quote_at_the_end(text: str) -> bool:
    """The sentence ends on the mark that closes the quotation it opened (or one opened
    before it): "…doorstep.’”" after "“So I called her …" does, "…chanting 'sack the board.'"
    after "Smith said: \"Fans …" closes only the quote inside."""
    trailing = _TRAILING_MARKS.search(text)
    if not trailing:
        return False
    first = _OPENING_MARK.search(text)
    if not first:
        return True
    kind = _mark_kind(first.group())
    return any(_mark_kind(mark) == kind for mark in trailing.group().strip())


def _mark_kind(mark: str) -> str:
    return "double" if mark in '"“”' else "single"


_TRAILING_MARKS = re.compile(r"(?<=[^\s(\[])[”’'\"]{1,2}\s*$")


def _closes_quote(text: str) -> bool:
    """A sentence that ends a quotation it did not open: the last words of a quote."""
    opens, closes = _quote_marks(text)
    return closes > opens and bool(_CLOSING_MARK.search(text.rstrip()[-2:]))


def _quoted_share(outside: str) -> float:
    return outside.count("_") / max(1, len(outside))


_SUBORDINATE_OPENERS = _words(
    "after when because since before although though if that whereas until unless what"
)
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
    or "and the …" after a lower-case word:
    "Reuters and the BBC have reported" is one subject, "… for Surrey and the former batsman
    believes" two clauses). A break right before the verb leaves the clause before it."""
    start = 0
    apposition_closes = before.rstrip().endswith(",")
    for match in _CLAUSE_BREAK.finditer(before):
        word = match.group().strip(" ,").lower()
        if word == "and":
            words = before[: match.start()].split()
            if (words and words[-1][:1].isupper()) or "," in before[match.end() :]:
                continue  # coordinated names, or "and" inside an apposition
        elif (
            apposition_closes
            and word in _SUBORDINATE_OPENERS
            and _inside_apposition(before, match)
        ):
            # a subordinate clause inside an apposition ("nicola gruszka , a student who was
            # singing when the platform gave way , said") is part of the description
            continue
        if before[match.end() :].strip(" ,"):
            start = match.end()
    return before[start:].strip()


def _predicate_before_and(tail: str) -> bool:
    """ "wept upon hearing her son had been convicted and": a past verb and what it governs,
    then "and" before the next verb (not a subject such as "the ministers and")."""
    words = tail.split()
    return (
        len(words) >= 3
        and words[-1] == "and"
        and words[0].islower()
        and (words[0] in _PAST_FORMS or _verb_like(words[0]))
        and not words[0].endswith("ing")
    )


def _inside_apposition(before: str, match: re.Match[str]) -> bool:
    """Whether a clause break lies inside the last comma-bounded segment, one that reads as
    a description or an aside: ", a student who was singing when the platform gave way ,"."""
    opened = before.rfind(",", 0, match.start())
    if opened < 0 or "," in before[match.end() :].rstrip().rstrip(","):
        return False
    segment = before[opened + 1 : match.start()].strip()
    return bool(segment) and (
        _is_aside(segment) or _opens_description(segment) or _is_role_phrase(segment)
    )


def _pronoun_before(text: str, position: int) -> bool:
    words = text[max(0, position - 12) : position].split()
    return bool(words) and words[-1].lower() in ("he", "she", "they", "it", "we", "i")


def _subject_clause(clause: str, text: str) -> str:
    """The part of the clause before a verb that holds its subject: a name before its
    appositions, or the words after the last comma."""
    if clause.endswith(","):
        clause = _without_apposition(clause, lower_case=_in_lower_case(text))
    else:
        head, _, tail = clause.rpartition(",")
        clause = tail.strip()
        # a doubled comma (",,") leaves no empty segment
        segments = [part.strip() for part in head.split(",") if part.strip()] or [""]
        if (
            len(segments) >= 2
            and _is_name(segments[0])
            and segments[-1].split(maxsplit=1)[0].lower() in _PLACE_LEADS
            and tail.strip()[:1].isupper()
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
        elif _predicate_before_and(tail) and segments[0]:
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
            and (name := _trailing_name(head))
        ):
            # (an adverbial before it is no name: "On Tuesday, a spokesman … told")
            clause = name
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
            and not re.match(r"\s+\w+\s*,", text[text.rfind(tail.strip()) + len(tail.strip()) :])
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
    # "Anna Cardwell, his daughter, has accused": the auxiliary after an apposition's comma
    # belongs to the subject before it, not to a clause of its own
    before = _AUXILIARIES_AFTER_COMMA.sub(_comma_if_auxiliaries, before)
    before, source = _past_relative_aside(before)
    if source:
        return source
    clause = _subject_clause(_last_clause(before), text)
    if clause.lower() in ("who", "whom") and (person := _whom_who_is_about(before, verb)):
        return _clean_source(person, context)
    tokens = _drop_auxiliaries(_drop_leading(clause.split()))
    while tokens and not any(c.isalnum() for c in tokens[0]):
        tokens.pop(0)  # a tokenised mark that closed a quotation: ", ' kamal said"
    # a relative pronoun before the verb: its antecedent, the words right before it, is the
    # subject whatever governs them ("sued by a singer who claims", "with fellow jihadis who")
    relative = bool(tokens) and tokens[-1].lower() in ("who", "which", "that")
    while tokens and tokens[-1].lower() in ("who", "which", "that"):
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
    if tokens[-1].lower() in PRONOUNS and not _is_acronym(tokens[-1]):
        return _resolve_pronoun(text, verb_start, tokens[-1], context)
    phrase = " ".join(tokens)
    if name := _name_before_affiliation(tokens):
        # "Dr Richard Carlson of the Carnegie Institution": the person, not the body
        phrase = name
    if len(phrase.split()) <= _MAX_SOURCE_WORDS and (source := _clean_source(phrase, context)):
        return source
    return _long_subject(tokens, context, relative=relative)


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


def _name_before_who(before: str) -> str | None:
    """The name a ", who" clause is about, past the descriptions apposed to it."""
    stripped = re.sub(r"\s*\b(?:who|whom)\s*$", "", before.rstrip(), flags=re.I)
    segments = [part.strip() for part in stripped.split(",") if part.strip()]
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
    if lead and lead[0].lower() == "by" and len(words) > 1 and words[-2].lower() in _LED_BY:
        return name  # "The research was led by Mark Hay, a marine ecologist …, who said"
    if lead and lead[0].lower() in ("of", "for") and len(words) > 1:
        # (… unless the word before it is no person: "the advice of Niki Lauda, his team
        # chairman, who told him" is Lauda)
        return name if words[-2].lower().strip(",.") in _SPOKEN_THINGS else None
    return None if lead and lead[0].lower() in ("of", "for", "to", "with", "by") else name


_AUXILIARIES_AFTER_COMMA = re.compile(r",\s+(?P<words>(?:[a-z’']+\s+)+)$")


def _comma_if_auxiliaries(match: re.Match[str]) -> str:
    """The comma alone when only auxiliaries and adverbs follow it ("…, has also") and the
    comma closes an apposition a comma opened ("Anna Cardwell, his daughter, has"; not
    "Smith scored twice against Leeds, then told")."""
    before = match.string[: match.start()]
    if "," not in before or not set(match.group("words").split()) <= _AUXILIARIES:
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


def _named_only_as(segment: str) -> str | None:
    """The one name an aside gives a speaker the article does not name in full: "named only
    as Jassem", "who wanted to be identified as elizabeth" (not "named as the new manager",
    "known as Lamps to his teammates": a title or a nickname)."""
    match = _NAMED_AS.search(segment)
    if not match:
        return None
    name = match.group("name")
    if name.lower() in FUNCTION_WORDS or name.lower() in _DETERMINERS:
        return None
    return name if is_plausible_source(name) or _lower_case_person([name]) else None


def _long_subject(tokens: list[str], context: _Context, *, relative: bool = False) -> str | None:
    """The speaker in a subject too long to be one: a body's full name, the head a
    participle phrase modifies, an office without its remit, or the name it ends with."""
    phrase = " ".join(tokens)
    if _is_long_body_name(tokens):
        return _tidy(phrase)
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
    if head := _head_before_participle(tokens):
        return _clean_source(" ".join(head), context)
    if name := _titled_name_before_role(tokens):
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
                or (
                    _TRAILING_POSSESSIVE.search(pair[0])
                    and (pair[1] in _PEOPLE_NOUNS or pair[1] in _PERSON_ROLES)
                )
            ):
                candidate = " ".join(pair)  # "… her home in Leeds Sarah Smith said"
            elif " " not in words or candidate.lower() not in context.full_names:
                continue
        if candidate and (source := _clean_source(candidate, context)):
            return source
    return _described_subject(tokens, context)


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
    "at" and the body the person belongs to."""
    start = 1 if tokens and tokens[0].lower().rstrip(".") in _PERSON_TITLES else 0
    for end in range(start + 2, min(start + _MAX_NAME_WORDS, len(tokens) - 1) + 1):
        if tokens[end].lower() in ("of", "from", "at") and _is_personal_name(tokens[start:end]):
            # (a title or a first name shows the person: "Dr. Joneigh Khaldun")
            sure = start == 1 or _is_first_name(tokens[start].lower())
            return " ".join(tokens[start:end]) if sure else None
    return None


# prepositions whose object a name after them is, never a subject
_OBJECT_LEADS = _words("with to against in into from at on over by about")


def _after_object_lead(phrase: str, ending: str) -> bool:
    """Whether the words that end ``phrase`` follow a preposition that makes them the object
    of a word before it."""
    before = phrase[: len(phrase) - len(ending)].split() if phrase.endswith(ending) else []
    # (a preposition opening the phrase heads no object of another word: "with Clarkson
    # claiming …" is Clarkson's claim)
    return len(before) >= 2 and before[-1].lower() in _OBJECT_LEADS


_NAME_JOINERS = _words("of for and on")
# speaking for a body: "we", "our", "us"
_WE = re.compile(r"\b(?:we|our|us)\b", re.I)
# news outlets known by a bare name, who report on a body rather than speak for it
_OUTLET_NAMES = frozenset(
    {"TMZ", "CNN", "BBC", "Reuters", "Bloomberg", "AP", "AFP", "ESPN", "NBC", "ABC", "CBS"}
    | {"MailOnline", "Variety", "Deadline", "Politico", "Axios"}
)
_SPOKESPEOPLE = _words("spokesman spokeswoman spokesperson representative")


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
        and all(w[:1].isupper() or w in _NAME_JOINERS for w in words)
    )


def _read_words(filename: str) -> frozenset[str]:
    """A word list shipped in summarizer/data, one word a line, "#" opening a comment."""
    text = resources.files("summarizer").joinpath(f"data/{filename}").read_text("utf-8")
    return frozenset(line.strip() for line in text.splitlines() if not line.startswith("#"))


_GIVEN_NAMES = _read_words("given_names.txt") - NATIONALITIES  # "christian" is no name
_SURNAMES = _read_words("surnames.txt")
# first names the census gives one gender: a title of the other is another person
_FIRST_NAME_GENDERS = dict(line.split() for line in _read_words("first_name_genders.txt"))
_PAST_FORMS = _IRREGULAR_PASTS | _words(
    """
    won lost made got held left led met paid sent kept felt found thought brought bought
    caught stood sold put set cut let heard meant built spent withdrew quit
    """
)


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
    return bool(_TOKENISED.search(text)) or _in_lower_case(text)


# "o'donoghue", "d'angelo": a surname whatever the census lists hold (they drop the mark)
_IRISH_SURNAME = re.compile(r"[od][’'][a-z]{3,}")


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


def _lower_case_subject(token: str, text: str, context: _Context) -> str | None:
    """A one-word subject in lower case that is a name: in a lower-cased sentence, a bare
    noun next to the verb ("perry said"); anywhere, a word the article wrote before with its
    capital ("… ? , ' kamal said" after "Kamal said")."""
    if (
        _in_lower_case(text)
        and (name := _lower_case_name([token]))
        and not _CONTRACTION_END.search(name)  # "We've"
    ):
        return context.expand(re.sub(r"['’]s$", "", name))  # "Trump's claimed" (has)
    if token.islower() and _TOKENISED.search(text):
        return context.written_as(token)
    return None  # in text as written, a word in lower case is a word: "…, banks said"


# Tokenised text (spaced punctuation, as some corpora and feeds write it) may lower-case names
_TOKENISED = re.compile(r"\s[,.;:?!]\s|\s['’`]s?\s|``")


def _head_before_participle(tokens: list[str]) -> list[str] | None:
    """The head of a long subject that a participle phrase modifies: "Residents living yards
    from the scene of the heist have revealed" is the residents, not the heist ("The loving
    couple" is one phrase; a short "Attorneys representing the family" is kept whole)."""
    leading = _leading_phrase(tokens)
    if not 0 < len(leading) < len(tokens) or leading[-1].lower() in FUNCTION_WORDS:
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
        if word != "of" or token.lower() in FINITE_VERBS or token.lower() in _PAST_OR_PERFECT:
            break  # (only the head's own "of" phrase comes between)
    return None


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


def _without_place(tokens: list[str]) -> list[str]:
    """ "Jean Morris from the farm" -> "Jean Morris": a short phrase of place or affiliation
    after a name is not part of the speaker's name (but "Bank of England" is)."""
    for index in range(len(tokens) - 1, max(1, len(tokens) - 6), -1):
        if (
            tokens[index].lower() in ("from", "at", "with", "in")
            and tokens[index - 1][:1].isupper()
        ):
            return _name_after_venue(tokens[index + 1 :]) or tokens[:index]
    return tokens


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


def _without_apposition(clause: str, *, lower_case: bool = False) -> str:
    """ "Roscosmos, the Russian Federal Space Agency," -> "Roscosmos"; "Kvarzell, 25, who is
    an officer," -> "Kvarzell"; "his daughter, Claudette King," -> "Claudette King" (a name
    in apposition to a role is the better speaker)."""
    segments = [s.strip() for s in clause.rstrip(", ").split(",")]
    while len(segments) > 1 and (
        (segments[0].split() or [""])[0].lower() in _PREPOSITIONS
        or segments[0].lower() in _LINKING_ADVERBS
    ):
        # an adverbial before the subject: "For his part, the 31-year-old,", "However, the
        # researchers, who …,"
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
                and not any(w in FUNCTION_WORDS - {"and"} for w in described)
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
    if any(w.lower() in FUNCTION_WORDS or w.lower() in _DETERMINERS for w in before):
        return None  # "the mother of teenager Brianna Ghey": the name is someone else's
    return name if _is_title_word(before[-1]) else None


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
    return first.islower() and first not in FUNCTION_WORDS and first not in _DETERMINERS


def _is_description(phrase: str) -> bool:
    """A role, not a name: "the former officer", "his manager", "her attorney" (a
    determiner or possessive, then up to three words)."""
    return 2 <= len(phrase.split()) <= 4 and _opens_description(phrase)


def _apposed_name(text: str, end: int) -> str | None:
    """The name set beside a role right after ``end``: "according to her attorney, Diana
    Dunlop." (in lower-cased text, "her attorney , diana knowles dunlop .") -> that name."""
    match = re.match(r"\s*,\s*(?P<name>[^,.;:()]{2,60}?)\s*(?:[,.;]|$)", text[end:])
    if not match:
        return None
    name = match.group("name")
    if _is_name(name) or (_in_lower_case(text) and _lower_case_person(name.split())):
        return name
    return None


def _is_name(segment: str) -> bool:
    """Capitalised words only, the first not a function word: "Roscosmos", "Dr Pengfei Fan"."""
    tokens = segment.split()
    if not tokens or len(tokens) > _MAX_NAME_WORDS or tokens[0].lower() in FUNCTION_WORDS:
        return False
    return all(t[:1].isupper() for t in tokens)


def _is_aside(segment: str) -> bool:
    """An age, a relative clause or a participle phrase between a name and its verb."""
    first = segment.split(maxsplit=1)[0] if segment.split() else ""
    return (
        not first or first[:1].isdigit() or first.lower() in ("who", "which") or _verb_like(first)
    )


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
        if word in FUNCTION_WORDS or word in FINITE_VERBS or _verb_like(token) or "," in token:
            break
        kept.insert(0, token)
    before = tokens[len(tokens) - len(kept) - 1 : len(tokens) - len(kept)]
    if kept and kept[0].islower() and [w.lower() for w in before] == ["to"]:
        return []  # "is trying to expand immigration policies": a verb's phrase, no subject
    return kept


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
        if all(t.lower() in FUNCTION_WORDS for t in tokens):
            continue  # "However,"
        lowered = tokens[0].lower()
        if lowered in _PREPOSITIONS:
            continue
        if (
            lowered in PRONOUNS
            and not _is_acronym(tokens[0])
            and not _surname_like_pronoun(tokens[:2])
        ):
            return _resolve_pronoun(text, len(text), tokens[0], context)
        if name := _name_apposed_to_role(tokens, segments):
            return _clean_source(name, context)
        return _clean_source(" ".join(_leading_phrase(tokens)), context)
    return None


def _name_apposed_to_role(tokens: list[str], segments: list[str]) -> str | None:
    """The name set between commas after a subject that is only a role: "The Foreign Minister,
    Dr Abdullah, appeared …" is Dr Abdullah, as the guideline names a speaker."""
    if len(segments) < 3 or tokens != _drop_leading(segments[0].split()):
        return None
    role = [t.lower() for t in tokens if t.lower() not in _DETERMINERS]
    if not role or not _is_role_word(role[-1]) or len(role) > 4:
        return None
    if _REMIT_LEAD.search(f" {' '.join(role)} "):
        return None  # "a spokesman for the Interior Minister, Yunis Kanooni,": whose is the name?
    name = segments[1].split()
    return " ".join(name) if _is_personal_name(name) else None


def _is_partitive(kept: list[str]) -> bool:
    """ "One of …", "two of …": a subject that is a part of a group keeps its "of"."""
    return len(kept) == 1 and kept[0].lower() in ("one", "two", "three", "some", "several")


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
            word in FUNCTION_WORDS
            or word in FINITE_VERBS
            or word in _PAST_FORMS
            # (a compound in -ed is an adjective: "Naomi's court-appointed attorney")
            or (_verb_like(token) and "-" not in token.strip("-"))
        ):
            break
        if index and adverb:
            break
        if _singular_verb_after_article(kept, token, following):
            break
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
        and token.endswith("s")
        and not token.endswith(("ss", "us", "is"))
        and (following.lower() in _OBJECT_STARTS or following.lower() in _DETERMINERS)
    )


# initials and abbreviations whose stops are not a sentence's: "U.S.", "P.", "Jr."
_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}|Jr\.|Sr\.|St\.")
_FORWARD_STOPS = _words(
    "who which that in on at as after when while before to from during about last this"
)


_SENTENCE_START_CAPITAL = re.compile(r"(?:^|[.!?:'\"‘“’”(]\s*)[A-Z]")


def _in_lower_case(text: str) -> bool:
    """A sentence written all in lower case but for its first letters (some corpora and
    feeds lower-case whole articles: "perry said", "said murray"): a name there cannot be
    told by its capital."""
    return len(text.split()) >= 5 and not re.search(
        "[A-Z]", _SENTENCE_START_CAPITAL.sub(" ", text.strip())
    )


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
            or lowered in FUNCTION_WORDS
            or lowered in FINITE_VERBS
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


# An age after a comma follows a person's name: "emma tallon , 27 ,", "nasr bitar, 31."
_AGE_AFTER_NAME = re.compile(r"[a-z]\s?,\s(?:aged\s)?\d{1,3}\s?[,.]")


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


def _forward_phrase(text: str) -> str:
    """The name after an inverted verb ("…,' said Davis, ranked 66th") up to its end; a
    title before a name goes ("said Recording Academy president and CEO Neil Portnow")."""
    tokens = text.split()
    # a group needs no capital: "…, said police", "…, said residents of the town" (a rank and
    # name after it are read as a title before a name: "said police Sgt. Bob Jones")
    group = _opens_with_group(tokens) and not (len(tokens) > 1 and tokens[1][:1].isupper())
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


def _forward_name_words(tokens: list[str]) -> list[str]:
    """The words of the name after an inverted verb, up to a stop, an affiliation or a
    clause word; none when a finite verb shows the words are what was said."""
    kept: list[str] = []
    for token in tokens:
        bare = token.rstrip(",.;:!?'\"’”")
        if bare == "of" and _is_personal_name(kept):
            break  # a person's affiliation: "said geologist Rosaly Lopes of NASA's JPL"
        if kept and bare.lower() in FINITE_VERBS:
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
    name = _trailing_name(phrase) if kept[0].lower() not in _DETERMINERS else None
    if group and name:
        before = kept[len(kept) - len(name.split()) - 1]
        return name if _is_title_word(before) or _SHORT_TITLE.match(before + ".") else phrase
    return name if name and len(name.split()) >= 2 else phrase


# People who speak as a group, in the plural: "officials", "residents", "investigators"
_GROUP_HEADS = _PEOPLE_NOUNS | _words(
    """
    official officer investigator source critic activist protester campaigner leader member
    organiser organizer executive lawmaker legislator economist supporter opponent observer fan
    """
)


def _opens_with_group(tokens: list[str]) -> bool:
    """A lower-case group of people, alone or after one modifier: "police", "fire officials"
    (a plural of a word for people, or a collective such as "police" or "staff")."""
    for index, token in enumerate(tokens[:2]):
        word = token.rstrip(",.;:!?'\"’”")
        if not word.isalpha() or not word.islower() or word in FUNCTION_WORDS:
            return False
        if word in _COLLECTIVE or (word.endswith("s") and word.rstrip("s") in _GROUP_HEADS):
            return True
        if index == 0 and word != token:
            return False  # one word and a stop: nothing more to read
    return False


# "Lt.", "Sgt.", "Gen.", "Dr.": a capital, a few lower-case letters and a full stop.
_SHORT_TITLE = re.compile(r"[A-Z][a-z]{1,4}\.$")


def _is_personal_name(tokens: list[str]) -> bool:
    """Two to four capitalised words, none a function word or a body's head noun ("Rosaly
    Lopes", not "Bank" nor "Secretary" nor "Ministry"): after it, "of" starts the person's
    affiliation, where after a title or a body it is part of the name ("Bank of England")."""
    return (
        2 <= len(tokens) <= _MAX_NAME_WORDS
        and all(t[:1].isupper() and t.lower() not in FUNCTION_WORDS for t in tokens)
        and not _is_organisation(tokens[-1])
    )


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
        and word not in FUNCTION_WORDS
        and word not in FINITE_VERBS
        and word not in _TIME_WORDS
        and not _verb_like(token)
        and not word.endswith("ly")
    )


def _cut_phrase(text: str) -> str:
    """ "a new study of 70 million trips" -> "a new study": a named source ends before a
    lower-case "of" or "for", a participle or a relative clause; but a group or a part is named by
    its "of" ("a group of employees", "one of her victims", "members of staff")."""
    match = re.search(
        r"\s(?<!\bgroup\s)(?<!\bgroups\s)(?<!\bone\s)(?<!\bmembers\s)(?<!\bsome\s)"
        r"(?:of\s+(?=[a-z\d])|(?:seen|obtained|published|released|carried|cited|quoted|"
        r"conducted|compiled|issued|found|posted|shared|who|which|that|in|"
        # ("on" someone's own site stays: "a statement on Brownback's website")
        rf"on(?!\s+(?:{_NAME_WORD}\s+){{0,3}}[A-Z][\w.&-]*+['’]s\s+{_OWN_PAGES})|"
        r"at|from|last|this|earlier)\b|"
        # an adverbial "as" phrase: "according to UEFA as part of the playoffs"
        r"as(?=\s+(?:part|head|well|soon|long|of|a\s+result)\b)|"
        # "for" inside a name stays: "the Centre for Disease Control"
        r"for\b(?!\s+[A-Z])|"
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
        text,
    )
    if not match:
        return text
    # (the missed stop's word stays: the cut is at the stop)
    return text[: match.start("stop") if match.group("stop") else match.start()]


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


_TEXT_NOUNS = _words("statement letter message note post tweet email")


def _text_owner(tokens: list[str]) -> str | None:
    """The named owner of a text that speaks: "Mr Katter 's statement", "Ms Clark's letter"."""
    if len(tokens) < 2 or tokens[-1].lower() not in _TEXT_NOUNS:
        return None
    owner = tokens[:-1]
    if owner[-1] in ("'s", "’s"):
        owner = owner[:-1]
    elif owner[-1].endswith(("'s", "’s")):
        owner = [*owner[:-1], owner[-1][:-2]]
    else:
        return None
    if not owner or not all(word[:1].isupper() for word in owner):
        return None
    return " ".join(owner)


def _clean_source(phrase: str | None, context: _Context) -> str | None:
    """A phrase made into a source a reader can believe, or None."""
    if not phrase:
        return None
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
    tokens = _before_caption_verb(_drop_auxiliaries(_drop_leading(phrase.split())))
    if not tokens:
        return None
    if len(tokens) == 1 and tokens[0].lower() in PRONOUNS and not _is_acronym(tokens[0]):
        return context.pronoun(tokens[0])
    if tokens[-1].endswith(("'s", "’s")) and len(tokens[-1]) > 3:
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
    if owner := _text_owner(tokens):
        return context.expand(owner)  # "Mr Katter's statement reads": Mr Katter speaks
    if described := context.description(tokens):
        return described
    if (
        _is_person_role(tokens)
        # (someone's relative is not the person last named: "The victim's mother testified")
        and not (
            any(_TRAILING_POSSESSIVE.search(t) for t in tokens[1:-1])
            and re.fullmatch(_KIN, tokens[-1].lower())
        )
        and (person := context.role(tokens[-1].lower()))
    ):
        return person
    phrase = context.expand(context.without_caption(_trimmed(phrase)))
    if spokesperson := context.spokesperson(phrase.split(), context.reading):
        return spokesperson
    return phrase if is_plausible_source(phrase) else None


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
    if any(t.lower().endswith("-year-old") for t in tokens[1:-1]) and head.isalpha():
        return True  # an age marks a person: "the 27-year-old scot", "the 45-year-old mother"
    return head in _PERSON_ROLES or head.endswith("-year-old") or head in ("latter", "former")


def _resolve_pronoun(text: str, position: int, word: str, context: _Context) -> str | None:
    """ "he", "she", "they" point to a name earlier in the same sentence, else to the last
    person ("he", "she") or speaker ("they") of the article."""
    # one capitalised word opens many sentences ("Prison officials …, she said"): it is the
    # person only when the article gave it as part of a full name
    if (
        (name := _mentioned_name(text[:position]))
        and is_plausible_source(name)
        and (
            " " in name
            or name.lower() in context.full_names
            or context.surname_acting(name, text[:position])
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
# the main clause after an opening one, opened by a pronoun: ", she was only half-surprised"
_PRONOUN_AFTER_CLAUSE = re.compile(r"[^,]*,\s+(?:he|she)\b")


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
    ventures investments associates solutions communications palace
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
    supermarket grocer embassy consulate university institute hospital museum
    """
)
_DOCUMENTS = _words("report study survey poll research analysis paper review data findings")
_FIRM_ROLES = _words(
    """
    company firm business brand retailer carrier airline manufacturer maker automaker carmaker
    utility giant supermarket grocer
    """
)
# Trades a brand may be known by ("Barclays" is "the bank")
_TRADE_ROLES = _words("brokerage bank lender insurer")
# the verbs a firm opening a sentence takes: "Volkswagen is giving", "Amazon has launched"
_FIRM_VERBS = _words(
    "is has was had announced launched released unveiled said says confirmed revealed plans "
    "will sells sold makes made offers offered"
)


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
    **dict.fromkeys(
        ("organisation", "organization", "charity"),
        _words(
            """trust foundation charity association society fund institute alliance network
            coalition federation union league centre center bank council"""
        ),
    ),
}
_NAME_WORD = r"[A-Z][\w’'.&-]*+"
# a lower-case role right before a name: "Jefferies analyst Jonathan Matuszewski"
_ROLE_BEFORE_NAME = re.compile(
    rf"(?<![\w'’-])(?P<role>[a-z][a-z-]{{2,}}+)\s+(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}})"
)
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
}
_TITLE_ROLE_WORDS = frozenset(_TITLE_ROLES.values())
_TITLE_BEFORE_NAME = re.compile(
    # (a title is capitalised before a name: "judge" or "prince" in lower case is a word)
    rf"""(?<![\w'’-])(?<!Vice\s)(?<!vice\s)(?<!Deputy\s)(?<!deputy\s)(?<!Former\s)
    (?<!former\s)(?<!Acting\s)(?<!acting\s)(?<!Ex-)(?<!ex-)
    (?P<title>{"|".join(t.capitalize() for t in _TITLE_ROLES)})\.?\s+
    (?P<name>{_NAME_WORD}(?:\s+(?:{_PARTICLES}\s+){{0,2}}{_NAME_WORD}){{0,3}})""",
    re.VERBOSE,
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
# a role, then the full name it is: "The suspect, Michael Webb, was convicted …"
_ROLE_THEN_NAME = re.compile(
    rf"""(?<![\w'’-])[Tt]he\s+(?:[a-z][\w-]*+\s+){{0,2}}?(?P<role>[a-z][a-z-]{{2,}}+),\s+
    (?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}}),""",
    re.VERBOSE,
)
_NOT_THIS_ONES = _words("former ex other second late then previous outgoing next new")


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
    )


# a name, its age, its role: "Derek Scissors, a China scholar at …", "Reichert, 43, …"
_APPOSITION = re.compile(
    rf"""(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}}),\s+
    (?:(?P<age>\d{{1,3}}),\s+)?
    (?:(?:the|a|an)\s+(?:[\w’'-]++\s+){{0,3}}?(?P<role>[a-z][\w-]*+|[A-Z]{{2,}}+)
        (?=\s*[,.;]|\s+(?:of|at|for|with|in|from|who|and|on)\b))?""",
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


def _owned_role_key(owner: str, role: str) -> str:
    """The key a role of someone's is known by: "altice's attorney"."""
    return f"{_TRAILING_POSSESSIVE.sub('', owner).lower()}'s {role.lower()}"


# a document and who wrote it: "a recent report by the International Energy Agency"
# the last word of a newspaper's or journal's name
_OUTLET_HEADS = (
    r"(?:Times|Post|Journal|Leader|Herald|Tribune|News|Guardian|Telegraph|Chronicle|Gazette|"
    r"Star|Mirror|Sun|Express|Mail|Review|Lancet|Magazine|Independent|Economist|Register|"
    r"Inquirer|Observer|Standard|Bulletin|Record|Examiner|Dispatch|Courier|Globe|Daily|Today)"
)


def _distanced(text: str, masked: str, context: _Context) -> _Finding | None:
    """A statement the writer keeps a distance from: claimed, by whom the sentence says; or,
    when the media word is "the newspaper" after a named paper, that paper's attributed report."""
    match = _distancing(masked)
    if not match:
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
    speaker = speaker or _distanced_speaker(text, match, context)
    return _Finding(ClaimStatus.CLAIMED, cue, speaker, kind)


def _the_outlet(masked: str, match: re.Match[str], context: _Context) -> str | None:
    """The outlet named before that "the newspaper" reporting means."""
    before = masked[: match.start("media")].split()[-1:]
    tokens = [*before, match.group("media")]
    if context.outlet and len(tokens) == 2 and _names_an_outlet(tokens, context.outlet):
        return context.outlet
    return None


# Words a news outlet named before goes by ("the newspaper reported", "the wire service said")
# ("the paper" is as often a study's: not here)
_OUTLET_WORDS = _words(
    "newspaper tabloid magazine site website outlet publication broadcaster radio television"
)
_OUTLET_PAIRS = frozenset({"wire service", "news agency", "news site", "news outlet"})
# what an outlet's report is written as: "an Associated Press report", "a BBC investigation"
_REPORT_NOUNS = _words("report reports story article investigation interview")


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


def _names_an_outlet(tokens: list[str], outlet: str) -> bool:
    """ "the newspaper", "the wire service": a description of ``outlet`` (a paper is no
    "site": "the news site" after "TMZ" and "The New York Daily News" is TMZ)."""
    words = [t.lower().strip(",.") for t in tokens[1:]]
    if tokens[0].lower() != "the" or not words or any(t[:1].isupper() for t in tokens[1:]):
        return False
    if words[-1] in ("site", "website") and re.search(rf"\b{_OUTLET_HEADS}$", outlet):
        return False
    return words[-1] in _OUTLET_WORDS or " ".join(words[-2:]) in _OUTLET_PAIRS


_OWN_PAGES = r"(?:official\s+)?(?:website|site|page|account|blog|feed|channel|profile)\b"
_AUTHORED = re.compile(
    rf"""\b(?:(?i:a|an|the|its|their)\s+(?:[\w’'-]++\s+){{0,2}}?(?P<doc>report|study|survey|
    analysis|paper|review|poll|audit|letter|statement|complaint|lawsuit|filing|memo|article|
    release|document|graph|chart|figures|statistics|estimates|results|numbers|data|findings|
    reports|studies|statements)|
    # mass nouns and plurals need no article: "according to research by YouGov", "according
    # to figures released by the Office for National Statistics"
    (?P<mass>(?i:research|data|findings|analysis|figures|statistics|estimates|details|results|
        numbers|records|documents))|
    # reports a body received or gathered are the ones it vouches for: "according to credible
    # reports received by Amnesty"
    (?:(?i:[a-z-]++)\s+)?(?P<gathered>(?i:reports|accounts|testimon(?:y|ies)))(?=\s+(?i:received|
        gathered|collected)\b))
    ,?\s+(?:(?:carried\s+out|conducted|published|commissioned|compiled|funded|received|
        gathered|collected|released|issued|provided|put\s+out|prepared|produced)\s+
        # (and when: "a statement released Monday from the family's attorney")
        (?:(?i:(?:on\s+)?{_DAYS}|yesterday|today|last\s+(?:week|month|year)|in\s+(?:{_MONTHS}|\d{{4}}))
            \s+)?)?
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
    (?P<by>(?:the\s+)?{_NAME_WORD}(?:\s+(?:(?:of|and)\s+(?:the\s+)?|for\s+(?![Tt]he\b)|
        (?!(?:The|A|An)\s))
        {_NAME_WORD}){{0,6}}
        # a place's force or office written lower-case: "the Montgomery County police"
        (?:\s+(?:police|authorities|officials|prosecutors|council|government))?)
    (?:\s+{_OWN_PAGES})?""",
    re.VERBOSE,
)
# a body or person that put out a document: "Big Machine Records issued a statement"
_ISSUING = re.compile(r"\b(?:issued|released|published|put\s+out|sent\s+out)\b")
_IN_A_STATEMENT = re.compile(r"\b(?:in|via)\s+a\s+(?:[\w-]+\s+)?statement\b", re.I)
_ISSUED = re.compile(
    # the issuer opens its clause, after any time or conjunction ("On Monday, Apple issued …",
    # "But Ryanair issued …"): a capital before it is that word's, not the issuer's
    rf"""(?:^|[,;:]\s+|\b(?:and|but|(?:On|on)\s+[A-Z][a-z]+day,?|Yesterday,?|Today,?)\s+)
    (?P<by>(?:(?<![\w,;:]\s)The\s+)?(?!(?:But|And|Yesterday|Today|On|The)\s)
        {_NAME_WORD}(?:\s+(?:of\s+)?{_NAME_WORD}){{0,5}})
    \s+(?:has\s+|have\s+)?
    (?:issued|released|published|put\s+out|sent\s+out)\s+(?:a|an)\s+(?:[\w-]+\s+)?
    (?P<doc>statement|report|letter|release|memo)\b""",
    re.VERBOSE,
)
_BODY_HEADS = "|".join(sorted(w.capitalize() for w in _BODY_ROLES))
# a body's name: capitalised words ending in a word for a body ("Ambulance Service")
_BODY_NAME = re.compile(
    rf"{_NAME_WORD}(?:\s+(?:of\s+|and\s+)?{_NAME_WORD}){{0,5}}\s+(?:{_BODY_HEADS})\b"
)


_CLAUSE_SUBJECT = re.compile(
    # (a coordinated clause too, and its subject's apposition or "who" aside: "…, but
    # Manhart, a former training sergeant who served in Kuwait, refuses", "Following the
    # accident, Charlotte, who had left university, was dropped")
    r"""[,:;]\s+(?:(?:and|but|yet)\s+)?(?P<name>(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][\w’'-]*+
        (?:\s+[A-Z][\w’'-]*+){0,2})(?:,\s+(?:a|an|the|who)\s+[^,;:]{1,80},)?
        \s+(?=(?:has\s+|had\s+|was\s+|is\s+)?
        # (not a plural in a list: "…, poems, Christmas cards, and other material")
        (?:[a-z]+ed\b|[a-z]+s\b(?!\s*[,;]|\s+(?:and|or)\b)))|
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


def _human_verb(following: list[str]) -> bool:
    if not following:
        return False
    if following[0] in ("was", "is") and len(following) > 1:
        return following[1] in _HUMAN_STATES
    return following[0] in _HUMAN_VERBS


def _clause_subject(text: str) -> str | None:
    """A name that opens a clause and is followed by its verb ("…, Manhart appeared"), or a
    titled name in lower-cased text ("mr carr"): who the sentence is about."""
    for match in _CLAUSE_SUBJECT.finditer(text[:600]):
        if titled := match.group("titled"):
            if _in_lower_case(text) and _lower_case_name(titled.split()[1:]):
                return titled
            continue
        name = match.group("name")
        if name.split()[0].lower() not in FUNCTION_WORDS and name.lower() not in _TIME_WORDS:
            return name
    return None


def _name_words(phrase: str) -> str | None:
    """Capitalised words as a name, without a possessive and not opening with a function
    word ("The Times" stays whole only as a body)."""
    words = [re.sub(r"['’]s$", "", w) for w in phrase.split()]
    first = words[0].lower().rstrip(".,;:") if words else ""
    if not words or first in FUNCTION_WORDS or first in _TIME_WORDS:
        return None  # (nor "Thursday." at a sentence's end: "last Thursday." is no "last")
    # (a sentence's stop is no part of the name: "by US magazine Mobile PC.")
    return _tidy(" ".join(words))


def _looks_like_organisation(source: str, full_names: dict[str, str]) -> bool:
    """A body, not a person: an acronym, a name ending in a word for a body, or one
    capitalised word the article never gave as part of a person's full name."""
    tokens = source.split()
    if len(tokens) == 1 and (full := full_names.get(tokens[0].lower())):
        tokens = full.split()  # "Hall" after "Dougie Hall"
        if len(tokens) > 1 and not _is_body_name(tokens):
            return False
    if _is_acronym(tokens[-1]) or _is_body_name(tokens):
        return True
    return len(tokens) == 1 and tokens[0][:1].isupper() and tokens[0].lower() not in full_names


def _is_organisation(word: str) -> bool:
    return word.lower().strip(".,") in _ORGANISATION_WORDS


# Words for a place or a body that are also common surnames (the census ranks "Hall" 25th)
_PLACE_SURNAMES = _words("hall lane park")


def _is_body_name(words: list[str]) -> bool:
    """Whether a name's last word makes it a body's or a place's ("Leeds City Council",
    "Carnegie Hall"). A first name before "Hall", "Lane" or "Park" makes a person's ("Peter
    Hall", "Simon Park"); a longer name keeps the place ("Royal Albert Hall")."""
    if not _is_organisation(words[-1]):
        return False
    return not (
        len(words) == 2
        and words[-1].lower() in _PLACE_SURNAMES
        and _is_first_name(words[0].lower())
        and words[0][:1].isupper() == words[1][:1].isupper()
    )


def _named_as_person(name: str) -> bool:
    """A name that shows a person: a given name or a title opening it ("Nurse A" is none,
    nor "Pennsylvania" or a caption run into a name)."""
    first = name.split(maxsplit=1)[0].rstrip(".").lower()
    return _is_first_name(first) or first in _TITLE_GENDER


def _is_body_initials(source: str) -> bool:
    """ "The EU", "the FBI": a body's initials after the article, whom a later "he" or "she"
    never means (a bare quotation may still be theirs)."""
    tokens = source.split()
    return len(tokens) == 2 and tokens[0].lower() == "the" and _is_acronym(tokens[1])


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
    named = [t for t in tokens if not re.fullmatch(_PARTICLES, t)]  # "Louis van Gaal"
    if len(named) >= 2 and all(t[:1].isupper() for t in named[-2:]):
        return True  # "Panel chairman Gary Leong": a name, whatever title comes before
    if _lower_case_person(tokens):
        return True
    # an acronym ("WHO", "US") is a body, not a person
    return len(tokens) == 1 and tokens[0][:1].isupper() and not _is_acronym(tokens[0])


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
        and w not in FUNCTION_WORDS
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
        and (tokens[start + 1].lower() in PRONOUNS or tokens[start + 1].lower() in _DETERMINERS)
    ):
        start += 1
    return tokens[start:]


# adverbs that sit between an auxiliary and its verb: "He has always denied"
_MID_ADVERBS = _words("always never ever often also already still just even")


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


def _has_quotation(text: str) -> bool:
    """True when a quotation of 12 or more characters is in the text: a quoted statement
    rather than a quoted word. One pass over the characters (see ``_mask_quotes``)."""
    masked = _mask_quotes(text)
    run = 0
    for index, char in enumerate(masked):
        if char == "_":
            run += 1
            continue
        if run >= _MIN_QUOTE_CHARS and not _is_term(text, index - run, index):
            return True
        run = 0
    if run >= _MIN_QUOTE_CHARS and not _is_term(text, len(text) - run, len(text)):
        return True
    # a quotation opened after a colon that the next sentence goes on with: "… by telling Sky
    # Sport Italia: 'That game does not come into it."
    return _opened_after_colon(text)


# another's words the subject recalls: "recalled her mother telling her: '…"
_ANOTHER_TELLING = re.compile(
    r"\b(?:his|her|their|my|a|the)\s+[a-z]+\s+(?:telling|saying)\b[^:]*:\s*$"
)


def _opened_after_colon(text: str) -> bool:
    """A quotation opened after a colon and never closed in the sentence (the next one goes
    on with it): "… by telling Sky Sport Italia: 'That game does not come into it." Read from
    the last colon, once."""
    colon = text.rfind(":")
    after = text[colon + 1 :].lstrip()
    if colon < 1 or not _FIRST_QUOTE_CHAR.match(after):
        return False
    rest = after[1:].lstrip()
    closed = re.search(r"[’”\"]|'(?![a-z])", rest)  # (an apostrophe inside a word goes on)
    return (
        not closed
        and len(rest) >= _MIN_QUOTE_CHARS - 1
        and rest[:1].isupper()
        and not _ANOTHER_TELLING.search(text[max(0, colon - 300) : colon + 1])
    )


_TERM_WORDS = 3  # at most this many words quoted mid-sentence are a term, not a statement
# … when an article, a possessive or a preposition leads into them ("a “games consultant”",
# "Your “success mindset”", "into “suspended animation”"; not "labelled the result 'a real
# disappointment'", "offered to 'tweet anything'")
_TERM_LEADS = _words(
    "the a an his her their its your our my this that these those of in into for as like on at "
    "from with about over is are was were and or"
)
# a word for a name given: what is quoted after it is that name ("HP is called “feather duvet
# lung.”", "known as 'the king of diamonds'")
_NAMING = re.compile(
    r"\b(?:called|dubbed|named|nicknamed|termed|known\s+as|referred\s+to\s+as|labelled|"
    r"labeled|branded)\s*$",
    re.I,
)


def _is_term(text: str, start: int, end: int) -> bool:
    """Whether the quoted words at ``start:end`` name a work or a term, not a statement: a
    title, what something is called, or three words or fewer in scare quotes inside the
    narration (“giga-coaster”, “hot tub lung,”, “success mindset”)."""
    if _is_title(text[start:end]):
        return True
    # (the run may begin at its opening mark or just after it)
    before = text[:start].rstrip(" “‘\"'`")
    quoted = re.findall(r"[\w’'-]+", text[start:end])
    lead = before.rsplit(maxsplit=1)[-1:]
    if (
        len(quoted) <= _TERM_WORDS
        and end < len(text) - 2
        and lead
        and lead[0].lower() in _TERM_LEADS
    ):
        return True
    return bool(_NAMING.search(before)) and len(text[start:end].split()) <= 6


def _is_title(quoted: str) -> bool:
    """ "Until It Came To Them", "American Pie": every word capitalised names a work."""
    words = [w for w in quoted.split() if w[:1].isalpha()]
    return all(w[:1].isupper() for w in words) and len(words) <= 8


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
    while chain and chain[0].lower() in FUNCTION_WORDS:
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


def _tidy(phrase: str) -> str:
    phrase = " ".join(phrase.split()).strip(" ,.;:“”\"'’‘_-–—")
    # a share glued on by a lost comma: "According to Jupiter Research 40% of homes"
    phrase = re.sub(r"(?<=\w)\s+\d+(?:\.\d+)?%$", "", phrase)
    # a possessive split from its name in tokenised text: "barton ’ s claims" -> "barton"
    phrase = re.sub(r"\s[’'`]\s?s$", "", phrase)
    # a year glued before a name by a lost stop: "… since 2010 President Barack Obama is …"
    phrase = re.sub(r"^(?:1[89]|20)\d\d\s+(?=[A-Z][a-z])", "", phrase)
    if re.search(r"\b(?:Jr|Sr|Inc|Corp|Ltd|Co)$|(?<![\w.])(?:[A-Z]\.)+[A-Z]$", phrase):
        # the full stop of an abbreviation or of initials is part of the name: "James Kennedy
        # Jr.", "Pushparam K.C."
        phrase += "."
    if phrase[:4].lower() in ("the ", "a ", "an ") or phrase[:2].lower() == "a ":
        first, _, rest = phrase.partition(" ")
        if rest and not rest[:1].isupper():
            phrase = f"{first.lower()} {rest}"
    return phrase


_NAME_RUN = re.compile(
    rf"[A-Z][a-z][\w’'-]*+(?:\s+(?:{_PARTICLES}\s+){{0,2}}[A-Z][a-z][\w’'-]*+){{0,3}}"
)
_BEFORE_PLACE = _words("in at from to against near of for on into across outside inside")


def _named_people(text: str, full_names: dict[str, str]) -> Iterator[str]:
    """The names of people a sentence mentions outside quotations, each once a mention: a
    run of capitalised words (a lone one only where the sentence does not open with it, is
    a possessive, or the article gave it in full), not a body ("… Council"), a time
    ("Monday") or a place after a preposition ("in Leeds", "against Arsenal"). A surname is
    its full name."""
    head = _mask_quotes(text[:2000])
    for match in _NAME_RUN.finditer(head):
        words = [_TRAILING_POSSESSIVE.sub("", w) for w in match.group().split()]
        while words and words[0].lower() in FUNCTION_WORDS:
            words.pop(0)
        if not words or _is_body_name(words):
            continue
        if any(w.lower() in _TIME_WORDS or w.lower() in FUNCTION_WORDS for w in words):
            continue
        if len(words) == 1 and words[0].lower() in NATIONALITIES:
            continue  # "Swedish prosecutors": a nationality, not a person
        before = head[: match.start()].split()
        if before and before[-1].lower() in _BEFORE_PLACE:
            continue
        if len(words) == 1:
            opens = not head[: match.start()].strip(" “‘'\"")
            known = full_names.get(words[0].lower())
            if known:
                yield known
            elif (not opens or re.search(r"['’]s$", match.group())) and not _is_acronym(words[0]):
                yield words[0]
            continue
        written = " ".join(words)
        # "Van Gaal" is known by its particle: "Louis van Gaal"
        yield full_names.get(written.lower()) or full_names.get(words[-1].lower(), written)


_HEADING_WORDS = 6


# verb forms that agree with a plural: a club or a firm ("Blackburn have signed"), not a person
_PLURAL_FORMS = _words("were are have do")


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
        or word in NATIONALITIES
        or word in FUNCTION_WORDS
        or word in _TIME_WORDS
        or word in _COLLECTIVE
        or word in _PEOPLE_NOUNS
        or word in _PERSON_ROLES
        or word in _BODY_ROLES
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


_PAST_OR_PERFECT = _words("had has was did")


def _with_plural_verb(name: str, text: str) -> bool:
    """A sentence opening with the name and a plural verb ("Kilmarnock are currently
    eighth"): a team or a firm as British English writes it, never a person."""
    if not text.startswith(name):
        return False
    following = _drop_adverbs(text[len(name) :].split(maxsplit=3))[:1]
    return bool(following) and following[0] in _PLURAL_FORMS


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
        or word in NATIONALITIES
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


def _mentioned_name(text: str) -> str | None:
    """A sentence-initial name ("Rodion Miroshnik, the ambassador, …", "Davis won …") is the
    person the next pronoun most likely means."""
    match = _SENTENCE_NAME.match(text)
    if not match:
        return None
    name = match.group(0)
    first = name.split()[0].lower()
    if first in FUNCTION_WORDS or first in _SUBORDINATORS or first in _OPENING_NON_NAMES:
        return None  # (nor one of two, "Both Johnson and Corbyn", nor "Whatever Apple did")
    if " " in name and _HYPHENATED_ADJECTIVE.search(name.split()[0]):
        name = name.split(maxsplit=1)[1]  # "Grandmother-of-three Pat Ingles"
    if (
        first.endswith("ing")
        and " " in name
        and re.search(r"['’]s$", name)
        and len(text.split()) <= _HEADING_WORDS
    ):
        # a heading of a gerund and its object's owner: "Questioning Vindman's judgment"
        # (not "Channing Tatum's new film opens on Friday")
        return None
    return name


# Capitalised words opening a sentence before a name that are no part of it
_OPENING_NON_NAMES = _DETERMINERS | _words("whatever whoever whichever wherever whenever")


def _apply_notes(findings: list[_Finding]) -> list[_Finding]:
    """A note that a speaker's claims are unverified covers the statement right before it,
    every claim of that speaker, and what the speaker says after it (the quotes that go on);
    a plain statement of theirs long before the note is not what it is about."""
    noted: dict[str | None, tuple[int, str | None]] = {}
    for index, f in enumerate(findings):
        if f.note and f.source and f.source not in noted:
            noted[f.source] = (index, f.cue)
    previous = _statements_before_notes(findings)
    upgraded: list[_Finding] = []
    for index, f in enumerate(findings):
        note_at, note_cue = noted.get(f.source, (len(findings), None))
        if index in previous and f.kind is not _Kind.DENIED:  # a denial is no claim to flag
            upgraded.append(
                replace(f, status=ClaimStatus.UNVERIFIED, cue=previous[index], kind=_Kind.BY_NOTE)
            )
        elif (
            not f.note
            and (
                f.status is ClaimStatus.CLAIMED
                or (f.status is ClaimStatus.ATTRIBUTED and index > note_at)
            )
            and f.source in noted
        ):
            upgraded.append(
                replace(f, status=ClaimStatus.UNVERIFIED, cue=note_cue, kind=_Kind.BY_NOTE)
            )
        else:
            upgraded.append(f)
    return upgraded


_STATEMENTS = (ClaimStatus.CLAIMED, ClaimStatus.ATTRIBUTED)


def _statements_before_notes(findings: list[_Finding]) -> dict[int, str | None]:
    """ "The claim could not be verified." speaks of the statement right before it."""
    covered: dict[int, str | None] = {}
    for index, f in enumerate(findings):
        if not f.note or index == 0:
            continue
        before = findings[index - 1]
        if f.kind is _Kind.VERDICT and not _claim_to_judge(before):
            continue
        if before.status in _STATEMENTS and not before.note:
            covered[index - 1] = f.cue
    return covered


def _claim_to_judge(f: _Finding) -> bool:
    """What a verdict ("The rumours are false", "no evidence to corroborate this claim") can
    be about: a claim someone made, or one no one is named for; not a speaker's words that
    only mention claims ("The minister said the rumours were false")."""
    return f.status is ClaimStatus.CLAIMED and (
        f.kind in (_Kind.CLAIM, _Kind.ANONYMOUS) or f.source is None
    )


UNKNOWN_SPEAKER = "the article does not say who"


def _possessive(who: str) -> str:
    """ "Smith's", but "social media users'", "Officials'" (a word ending in a single s)."""
    return f"{who}'" if who.endswith("s") and not who.endswith("ss") else f"{who}'s"


def _reason(f: _Finding) -> str:
    who = f.source
    cue = f.cue or ""
    match f.kind:
        case _Kind.NOTE | _Kind.VERDICT if who:
            return f"The article flags {_possessive(who)} claims: “{cue}”."
        case _Kind.BY_NOTE if who:
            return f"The article later flags {_possessive(who)} claims: “{cue}”."
        case _Kind.BY_NOTE:
            return f"The article later flags it: “{cue}”."
        case _Kind.NOTE | _Kind.VERDICT | _Kind.TEXT:
            return f"The article itself flags it: “{cue}”."
        case _Kind.ANONYMOUS:
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
