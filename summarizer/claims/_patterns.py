"""The reporters' vocabulary of distance as patterns: "could not be independently verified",
"claimed", "allegedly", "according to people familiar", "said"; and the bounds on the work
one sentence may cost. The idioms that use the same words for something else ("claimed her
third title") are masked before these are read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from summarizer.claims._prefilter import gated
from summarizer.claims._words import (
    _OUTLET_HEADS,
    _PEOPLE_NOUNS,
    _PERSON_ROLES,
    _words,
)


def _longest_first(words: Iterable[str]) -> str:
    """Words as an alternation, longest first, so that none stops at a shorter one's end."""
    return "|".join(sorted(words, key=lambda w: (-len(w), w)))


_F = re.IGNORECASE | re.VERBOSE


# A possessive ending a word: "Smith's", "the bankers'", "Christie’s".
_TRAILING_POSSESSIVE = re.compile(r"['’]s?$")


_VERIFIED_WORD = r"(?:verified|confirmed|corroborated|substantiated|authenticated)"


# where a note that claims were never shown true ends: its clause's end
_NOTE_ENDS = r"(?=\s*(?:[.;!]|$|,\s+(?:and|but|which|although|though|while)\b))"


# "not" after a verb as written ("could not", "couldn't") and as tokenised text writes the
# contraction, split from its verb ("could n't", "does n't")
_NOT = r"(?:\s+not|\s?n[’']t)"


# evidence of a kind that would settle a claim, and what such evidence is "to" do for it
_EVIDENCE_KINDS = r"credible|real|hard|concrete|direct|independent|scientific|medical|clinical"


_SETTLING_EVIDENCE = rf"(?:(?:{_EVIDENCE_KINDS})\s+)?evidence"


# Nothing offered yet, said of one who claimed (``_statuses._claimant_gave_no_proof``): "Mr
# Haines has not offered any proof of a link" (alone it is a fact: "Tests have not shown any
# evidence of contamination", "The defendant has not given evidence")
_NO_PROOF_YET = re.compile(
    rf"\b(?:has|have|had){_NOT}\s+(?:yet\s+)?(?:provided|offered|given|presented|produced|"
    rf"shown)\s+(?:any\s+)?(?:evidence|proof)\b",
    re.I,
)


_TO_BACK_UP = r"to\s+(?:support|back(?:\s+up)?|corroborate|substantiate|confirm|verify)"


# the verbs of giving nothing to back words up ("offered no proof", "cites no test results"),
# read by _UNVERIFIED and by ``_statuses._NO_PROOF_GIVEN``
_GAVE_NONE = (
    r"provided|provides|offered|offers|gave|gives|presented|cited|cites|showed|shows|produced|"
    r"named|names"
)


# A fact not yet known, which no one has claimed: "Police were unable to confirm the identity
# of the man", "could not confirm the cause of the fire" (not "could not independently confirm
# his identity" after someone said who he was, nor "the location of the video")
_FACT_NOT_YET_KNOWN = r"""(?!\s+(?:the|any)\s+(?:[\w-]+\s+)?(?:identity|identities|health|cause|
    causes|whereabouts|condition|name|names|age|nationality|motive)\s+of\b)"""


# what a report told that its subjects may confirm: "the deal", "the report", "the call"
_WHAT_WAS_REPORTED = r"""(?:the|this|that|these|those|its|their|his|her|any\s+such)\s+
    (?:[\w-]+\s+)?(?:deal|report|reports|claims?|move|transfer|signing|talks|call|meeting|story|agreement|bid|
    offer|fee|split|relationship|engagement|romance|marriage|news|reunion|sale|takeover)\b"""


# the claim a doubt "could not be checked" or "hard to verify" is about, before it in its
# clause: "the claim that funds are fully backed", "the kind of story that" (not "bank
# statements", nor a clause of its own in between)
_CLAIM_CHECKED = re.compile(
    r"""(?<!\bbank\s)(?<!\bfinancial\s)\b(?:claims?|figures?|allegations?|assertions?|accounts?|
    statements?|versions?|story|stories|reports?|rumou?rs?|this|which)\s+(?:that\s+)?
    (?:(?!(?:but|and|while)\b)[^\s;]*[^\s;,]\s+){0,12}$""",
    re.I | re.VERBOSE,
)


_UNVERIFIED = gated(
    re.compile(
        rf"""\b(?:
    # (passive, or with an adverb: "could not be verified", "could not independently verify";
    # the bare verb not of a fact not yet known)
    could{_NOT}\s+(?:(?:be\s+(?:(?:immediately|independently|yet|officially)\s+)*|
        (?:(?:immediately|independently|yet|officially)\s+)+(?:be\s+)?)
        (?:verif(?:y|ied)|confirm(?:ed)?|corroborat(?:e|ed)|substantiat(?:e|ed)|
        authenticat(?:e|ed))|
        (?:verify|confirm|corroborate|substantiate|authenticate){_FACT_NOT_YET_KNOWN})|
    (?:was|is|were|are)\s+(?:not\s+possible|impossible)\s+to\s+(?:independently\s+)?
        (?:verify|confirm|authenticate)|
    (?:there\s+(?:was|is|has\s+been)\s+)?no\s+(?:(?:independent|immediate|official)\s+)+
        (?:confirmation|verification)|
    (?:cannot|can\s?[’']t|can\s+not)\s+(?:be\s+)?(?:(?:independently|immediately)\s+)?
        (?:verif(?:y|ied)|confirm(?:ed)?|corroborat(?:e|ed))|
    (?:was|were|is|are){_NOT}\s+(?:(?:independently|officially)\s+)?{_VERIFIED_WORD}|
    (?:has|have|had){_NOT}\s+(?:been\s+(?:(?:independently|officially)\s+)?|
        independently\s+){_VERIFIED_WORD}|
    (?:was|were|is|are)\s+(?:unable|not\s+able)\s+to\s+(?:independently\s+
        (?:verify|confirm|corroborate)|(?:immediately\s+)?
        (?:verify|confirm|corroborate){_FACT_NOT_YET_KNOWN})|
    # … and not yet, of what was said or shown: "We have not been able to verify the footage"
    # (not a fact: "Police have not been able to confirm the identity of the man")
    (?:has|have|had){_NOT}\s+been\s+able\s+to\s+(?:independently\s+)?(?:verify|confirm|corroborate)
        (?=\s+(?:the|these|those|this|that|his|her|their|its|any|such)\s+(?:[\w'’-]+\s+){{0,2}}?
        (?:claims?|reports?|accounts?|footage|videos?|images?|photos?|pictures?|figures?|
        statements?|allegations?|numbers?|toll)\b)|
    (?:has|have|had)\s+yet\s+to\s+be\s+(?:(?:independently|officially)\s+)?(?:verified|confirmed)|
    # … of what was said: "None of the claims has been independently confirmed", "The claims
    # have not been proven", "His allegations were never proved"
    # (a note ends its clause: not "proven wrong", "verified by the insurer", nor another's
    # words, "…, his lawyer said")
    none\s+of\s+(?:the|these|those|his|her|their|its)\s+(?:claims?|allegations?|reports?|
        figures?|statements?)\s+(?:has|have|had|was|were|is|are|could)\s+
        (?:been\s+|be\s+)?(?:(?:independently|officially)\s+)?{_VERIFIED_WORD}{_NOTE_ENDS}|
    (?:claims?|allegations?|accusations?)\s+(?:has|have|had|was|were|is|are)(?:{_NOT}|\s+never)
        \s+(?:been\s+)?(?:proven|proved|substantiated|corroborated|verified)\b{_NOTE_ENDS}|
    without\s+(?:(?:providing|offering|giving|presenting|citing|showing|producing)\s+)?
        (?:any\s+)?(?:evidence|proof|supporting\s+evidence)|
    # … or the writer's own word that it is false, at the verb of saying: "Trump claimed,
    # falsely, that Mexico was paying", "falsely claimed that the vote was rigged" (not "falsely
    # accused", another's claim, nor "falsely claiming to work for the SES", an impostor)
    (?<!\bwas\s)(?<!\bwere\s)(?<!\bis\s)(?<!\bare\s)(?<!\bbeen\s)(?<!\bbeing\s)
    (?:falsely|wrongly|baselessly|erroneously)\s+(?:claimed|claims|claiming|said|says|
        asserted|asserts|stated|suggested|insisted)(?=\s+(?:that|on|in)\b)
        # (a passive cut to its participle is another's claim: "a man wrongly said on social
        # media to be the attacker")
        (?!\s+(?:(?!that\b)[\w'’-]+\s+){{0,6}}?to\s+(?:be|have)\b)|
    (?:claimed|claims|said|says|asserted|asserts|stated|suggested|insisted),\s+(?:falsely|
        wrongly|baselessly|erroneously)(?=,)|
    # … or nothing to check it by: "claimed, without citing any data, that …", "without
    # citing sources", "without naming its sources" (not "without giving details" or "without
    # providing data on profit margins", a statement kept short, nor "arrived without showing
    # documentation", papers)
    without\s+(?:providing|offering|giving|presenting|citing|naming)\s+
        (?:any\s+|a\s+|its\s+|his\s+|her\s+|their\s+)?(?:sources?|(?:data|figures|statistics)
        (?!\s+(?:on|about|for)\b))|
    # … nor how a figure was reached: "but did not say how it arrived at the figure", "without
    # explaining how the figure was calculated"
    (?:(?:did|does|has|have|had){_NOT}\s+(?:say|explain|disclose|specify|reveal)|
        without\s+(?:saying|explaining|disclosing|specifying|revealing))\s+how\s+
        (?:(?:it|they|he|she|the\s+[\w-]+)\s+(?:had\s+)?(?:arrived\s+at|calculated|reached|
        came\s+up\s+with|compiled)\s+|(?=(?:the|its|that|this|their|his|her)\s))
        (?:the|its|that|this|their|his|her|these|those)\s+(?:[\w-]+\s+)?
        (?:figures?|numbers?|estimates?|totals?|tally|toll)\b
        (?:\s+(?:was|were|had\s+been)\s+(?:calculated|reached|arrived\s+at|compiled|obtained)\b)?|
    (?:{_GAVE_NONE})\s+no\s+(?:evidence|proof|
        # (what would back the words up: "He offered no names or examples", "The post cites no
        # test results"; read only as a note on one who claimed before it, in
        # ``_statuses._unverified``)
        (?P<backing>examples|documents|(?:[\w-]+\s+)?(?:trials|studies|test\s+results|data|
            statistics)(?=\s*[.,;]|\s*$|\s+{_TO_BACK_UP}|\s+(?:and|or)\b)|
        (?:names|details)\s+or\s+(?:examples|evidence|documents|sources))|
        # (details of a plan are no support for a claim: "gave no details on payment")
        details(?!\s+(?:on|about|of|regarding)\s+(?:the\s+|its\s+|his\s+|her\s+|their\s+)?
            (?:payments?|timing|terms|funding|plans?|schedule|costs?|pricing|prices?|dates?)\b)|
        documentation|sources?)|
    # … or published none of what would: "has published no clinical trials to support the
    # claim" (not "published no data for March", a release not yet made; read as the group
    # above is)
    (?P<published>published\s+no\s+(?:[\w-]+\s+)?(?:trials|studies|data|research|evidence)\s+
        {_TO_BACK_UP})|
    # (or other evidence: "did not produce receipts or other evidence"; not "did not present
    # witnesses or evidence", a trial's procedure)
    did{_NOT}\s+(?:provide|offer|give|present|cite|show|produce)\s+(?:any\s+)?
        (?:[\w-]+\s+(?:or|and)\s+(?:any\s+)?other\s+)?(?:evidence|proof)|
    # … nor data to support it: "has not published any data to support that figure", "The suit
    # doesn't contain statistics to support the claim" (not "did not provide data on margins")
    (?:did|does|do|has|have|had){_NOT}\s+(?:yet\s+)?(?:provide[ds]?|publish(?:ed)?|release[ds]?|
        offer(?:ed)?|give[ns]?|present(?:ed)?|cite[ds]?|show[ns]?|produce[ds]?|contain(?:ed)?|
        include[ds]?)\s+(?:any\s+)?(?:[\w-]+\s+)?(?:data|figures|statistics|numbers|studies|
        research|evidence|proof)\s+{_TO_BACK_UP}
        # (what was claimed, not whom or what it would help: "studies to support families",
        # "data to verify users' ages")
        (?=\s*[.,;]|\s*$|\s+(?:it|them|this|that|these|those|the|its|his|her|their)\s+
            (?:[\w-]+\s+)?(?:claims?|figures?|statements?|assertions?|allegations?|
            predictions?|forecasts?|estimates?|numbers|accounts?|assessment|contention)\b|
            \s+(?:it|them|this|that|these|those)\s*[.,;])|
    # nothing independent behind it: "has not been backed by any independent inspection",
    # "was not supported by evidence"
    (?:has|have|had|was|were|is|are)(?:{_NOT}\s+been|{_NOT})\s+(?:backed|supported|borne\s+out)
        \s+(?:up\s+)?by\s+(?:(?:any\s+)?independent\s+(?:inspections?|investigations?|reviews?|
        evidence|verification|stud(?:y|ies)|analys[ie]s|tests?|testing|audits?|checks?)|
        (?:any\s+)?(?:evidence|proof))\b|
    # the writer cannot tell whether what was said is true: "it's impossible to know whether
    # they were forced to speak", "there is no way of knowing if the video is genuine"
    (?:impossible|not\s+possible|no\s+way)\s+to\s+(?:know|tell)\s+(?:for\s+(?:sure|certain)\s+)?
        (?:whether|if)|no\s+way\s+of\s+(?:knowing|telling)\s+(?:whether|if)|
    no\s+evidence\s+(?:was|has\s+been|had\s+been)\s+(?:provided|offered|given|presented)|
    (?:no|(?:a\s+)?lack\s+of)\s+{_SETTLING_EVIDENCE}\s+(?:{_TO_BACK_UP}|for)\s+
        (?:the|his|her|their|this|these|that|its|those|such)\s+
        (?:claims?|allegations?|assertions?|rumou?rs?|reports?|estimates?|figures?|numbers?)|
    # … or none of those who could confirm what was reported: "… reported that Rovers have
    # agreed a fee, although neither club has confirmed the deal" (not a date, an agenda, or
    # whether one will sign: "neither side has confirmed a date for the next round")
    # (the sentence's own speaker's words: a conjunction opens the doubt, not "neither", which
    # would make it a note on every side's)
    (?:although|though|but|while|and)\s+neither\s+(?:[\w'’-]+\s+){{0,8}}?(?:has|have|had)\s+
        (?:yet\s+|officially\s+|publicly\s+)?confirmed\s+{_WHAT_WAS_REPORTED}|
    # … or, on its own, a note: "Neither club has confirmed the deal.", "However, neither …"
    neither(?:(?<=^neither)|(?<=^however,\sneither)|(?<=^however\sneither)|
        (?<=^but\sneither))\s+(?:[\w'’-]+\s+){{0,8}}?
        (?:has|have|had)\s+(?:yet\s+|officially\s+|publicly\s+)?confirmed\s+
        {_WHAT_WAS_REPORTED}|
    # … nor anyone since: "no one has offered any information about how she built her fortune"
    no\s+one\s+(?:has|have|had)\s+(?:yet\s+|ever\s+)?(?:offered|provided|produced|given|
        presented|shown)\s+(?:any\s+)?(?:evidence|proof|documentation|information\s+(?:about\s+how|
        to\s+(?:support|back|show)|showing))\b|
    # … or made no attempt to: "tacked on their estimate without making any attempt to justify
    # that figure"
    without\s+(?:making\s+)?(?:any\s+)?(?:attempt|effort)\s+to\s+(?:justify|support|
        substantiate|back\s+up|verify|prove|explain)\b|
    # a story the writer says is hard to check: "the kind of story that is hard to verify"
    # (its subject read by ``_statuses`` too: not "The route is hard to verify on a map")
    (?P<hard>(?:is|are|was|were|remains?)\s+(?:very\s+|notoriously\s+)?(?:hard|difficult)\s+to\s+
        (?:independently\s+)?(?:verify|confirm|corroborate))|
    # … or, told of the claim itself: "a claim for which there is no evidence"
    for(?:(?<=\bclaim\sfor)|(?<=\bclaims\sfor)|(?<=\ballegation\sfor)|(?<=\ballegations\sfor)|
        (?<=\bassertion\sfor)|(?<=\bassertions\sfor))\s+which\s+(?:there\s+(?:is|was|has\s+been)\s+
        (?:no|little|scant)\s+(?:[\w-]+\s+)?(?:evidence|proof)|no\s+(?:[\w-]+\s+)?
        (?:evidence|proof)\s+(?:has|had)\s+(?:ever\s+)?been\s+(?:produced|provided|offered|given|
        presented|found))|
    # a claim whose content is spelled out that could not be checked: "the claim that funds
    # are fully backed could not be checked" (its subject is read by ``_statuses``: not "The
    # car could not be checked", no claim)
    (?P<checked>could{_NOT}\s+(?:(?:immediately|independently)\s+)?be\s+
        (?:(?:immediately|independently)\s+)?checked)|
    # … or for what was just said: "there's no evidence of that" (read only where the writer
    # says it, or a quotation says it of what it has just said: ``_statuses._unverified_cue``)
    (?P<pointer>no\s+{_SETTLING_EVIDENCE}\s+(?:{_TO_BACK_UP}|for|of)\s+
        (?:that|this|it)\b(?!\s+(?:is|was|the|a|an|he|she|they)\b))|
    # the verdict that what the sentence says someone suggested has nothing behind it
    # ("Relatives suggested he was murdered, but … no evidence supports anything other than
    # suicide"; read only after such a word, ``_statuses._REBUTTED``, or in the writer's own
    # voice: "No physical evidence linking her to the crime was ever discovered")
    (?P<rebuttal>(?:no|(?:not|(?:is|was|are|were|do|does|did|has|have|had)n\s?[’']\s?t)\s+
        (?:any|a\s+(?:shred|scrap)\s+of))\s+
        (?:(?:{_EVIDENCE_KINDS}|scientific|physical|forensic)\s+)?evidence\s+
        (?:to\s+(?:suggest|show|prove)|supports?|suggests?|linking))|
    # (a possessive only for whose claims: "Neither side's casualty figures", not "Neither
    # man's identity could be confirmed", a fact)
    (?:neither|none)\s+(?:(?:[\w-]+|[\w-]+['’]s?(?=\s+(?:[\w-]+\s+)?(?:claims?|figures?|accounts?|
        statements?|numbers?|reports?|tolls?)\b))\s+){{0,3}}?could\s+be\s+(?:independently\s+)?
        (?:verified|confirmed|corroborated)|
    # … or checked, said of claims only: "neither side's account could be checked" (not
    # "Neither car could be checked for faults")
    (?:neither|none)\s+(?:of\s+(?:the\s+)?)?(?:[\w-]+['’]s?\s+)?(?:[\w-]+\s+)?(?:claims?|figures?|
        accounts?|statements?|numbers?|reports?|tolls?)\s+could\s+be\s+(?:independently\s+)?
        checked|
    # … and with what the claims were about: "Neither side's account of the overnight strikes
    # could be independently verified", "None of the ministry's figures could be verified"
    (?:neither|none)\s+(?:of\s+)?(?:the\s+)?(?:(?:[\w-]+\s+)?[\w-]+['’]s?\s+)?(?:[\w-]+\s+)?
        (?:claims?|figures?|accounts?|versions?|statements?|numbers?|reports?|tolls?)
        (?:\s+(?:of|about|on|over|for|(?:given|released|provided|issued)\s+by)
        \s+[^.;:"“”]{{1,80}}?)?\s+(?:could|can)\s+(?:(?:immediately|independently)\s+)?be\s+
        (?:(?:immediately|independently)\s+)?(?:verified|confirmed|corroborated|checked)|
    # … each side named: "Neither the army's nor the rebels' figures could be verified"
    neither\s+(?:the\s+)?[\w-]+['’]s?\s+nor\s+(?:the\s+)?[\w-]+['’]s?\s+(?:[\w-]+\s+)?
        (?:claims?|figures?|accounts?|versions?|statements?|numbers?|reports?|tolls?)\s+
        (?:could|can)\s+(?:(?:immediately|independently)\s+)?be\s+(?:(?:immediately|
        independently)\s+)?(?:verified|confirmed|corroborated|checked)|
    # … however the claims are told apart: "None of the claims made by either side on Tuesday
    # could be independently confirmed"
    # (every side named as such: not "None of the claims made by the rebels …", one side's)
    none\s+of\s+(?:the|these|those)\s+(?:claims|accounts|figures|statements|reports)\s+
        (?:[\w-]+\s+){{0,3}}?(?:either|both|each|any)\s+(?:side|sides|party|parties|camp)\s+
        (?:[\w-]+\s+){{0,3}}?could\s+be\s+(?:independently\s+)?(?:verified|confirmed|corroborated)|
    (?:claims?|figures?|allegations?|numbers?|statistics|assertions?)\s+(?:(?:have|has|had)\s+
        been|were|was|are|is)\s+(?:widely\s+|strongly\s+)?(?:disputed|questioned|challenged)|
    unconfirmed|unverified|unsubstantiated|uncorroborated|unverifiable|
    # (not a thing's quality, said of no statement: "an unproven service", "an unproven
    # product"; "an unproven claim", "the claims are unproven" doubt statements)
    (?<!\ban\s)(?<!\ba\s)unproven|
    unproven(?=\s+(?:claims?|allegations?|assertions?|theor(?:y|ies)|reports?|rumou?rs?|
        figures?|accounts?)\b)|
    not\s+independently\s+verifiable
    )\b""",
        _F,
    )
)


# what may follow claims rejected in words, as the clause ends or goes on with when, where or
# how ("denied the claims on Friday", "… in a statement", "… and said …"), never what they
# were for, of or filed as ("denied the claims for a penalty", "… filed after the flood")
_REBUTTAL_ENDS = r"""(?:\s*(?:[.,;:!?—–]|$)|\s+(?:against|made|on|in|at|yesterday|today|last|
    earlier|this|through|via|but|while|amid|and|as|outright|strongly|vehemently|repeatedly)\b)"""


# a named party's rebuttal of what was said, as "denied the allegations": the verb, and what
# it rebuts (read by ``_SPEECH`` and ``_SUBJECT_VERB``, each then asking ``_REBUTTAL_ENDS``)
_REBUTTING = r"(?:refuted|refutes|disputed|disputes|dispute|rebutted|rebuts|contested|contests)"
_REBUTTED = (
    r"\s+(?:the\s+|these\s+|those\s+|all\s+|such\s+)?"
    r"(?:accusations?|allegations?|claims?|reports?)"
)


# a claim word, whatever its form: "claimed", "claims" (what a named body's report claims
# stays at a distance, "BuzzFeed's report claimed that …")
_A_CLAIM_WORD = re.compile(r"\bclaim", re.I)


# "issued" that is not negated ("has not issued an apology", "never issued a statement"),
# looked for first so that most places fail at once
_ISSUED = r"(?=issued\s)(?<!\bnot\s)(?<!\bnever\s)(?<!n['’]t\s)(?<!\byet\s)issued"


# people an order may be given to, one or many: "the man", "the staff", "all parties"
_ORDERED_PEOPLE = _longest_first(
    {f"{w}s?" for w in _PERSON_ROLES | _PEOPLE_NOUNS}
    | _words("men women children people staff jury crew public parties participants members")
    | _words("crowd audience troops police residents")
)


# Idioms that use claim words without claiming anything: masked before the cues are read.
_NOT_A_CLAIM = gated(
    re.compile(
        r"""\b(?:
    claim(?:s|ed|ing)?\s+(?:(?:his|her|their|its|the|a|an|this|that|another|a\s+new|first)\s+)?
        # (three words of what it is only for a title or a prize: "the women's 400 metres
        # title")
        (?:(?:[\w'’-]+\s+){3}(?=(?:titles?|crowns?|trophy|trophies|cups?|medals?|championships?)
        \b))?(?:[\w-]+\s+){0,2}?(?:titles?|victory|victories|wins?|gold|silver|bronze|medals?|
        trophy|trophies|crown|championships?|cup|prizes?|awards?|oscars?|grammys?|emmys?|
        baftas?|seats?|place|spot|lead|pole|
        records?|honou?rs|stage|lives|life|victims|jackpot|top\s+spot|majority|throne|
        points|double|treble|scalp|wickets?|bragging\s+rights|penalty|penalties|
        free[- ]kicks?|corners?|handball|offside)
        # (not the subject of a clause: "claimed the club's Premier League titles were
        # tainted")
        (?!\s+(?:were|was|is|are|had|has|have|would|will|could|should)\b)|
    # a survey's share of people claiming to do something is its result, no one's claim: "the
    # percentage of people claiming to use streaming rose"
    # (what they claim to do, not an allegation: "the number of women claiming that …")
    (?:percentage|proportion|share|number)\s+of\s+(?:[\w-]+\s+){0,2}?(?:people|respondents|
        adults|voters|users|customers|consumers|households|parents|students|workers|women|men|
        americans|britons|[a-z]+ans)\s+(?:claiming|who\s+claim(?:ed)?)\s+to\b|
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
    # (a count of lives in any size: "more than a million lives", "1.2 million lives")
    claim(?:s|ed|ing)?\s+(?:the\s+lives|(?:(?:more|fewer)\s+than|at\s+least|about|nearly|almost|
        some|over|up\s+to|around)?\s*(?:[\d,.]+|one|two|three|four|five|six|seven|eight|nine|ten|
        eleven|twelve|fifteen|twenty|thirty|forty|fifty|a\s+(?:hundred|thousand|million)|
        (?:hundreds|thousands|millions|tens\s+of\s+thousands|dozens|scores)\s+of)
        (?:\s+(?:hundred|thousand|million))?\s+(?:lives|homes|houses|jobs|cattle|livestock|
        animals|sheep|cows|horses)
        # (not a clause about them: "claimed 300 jobs at the plant were at risk")
        (?![^,.;:]{0,40}?\s(?:had|have|has|were|was|are|is|would|will|could|did|died)\b))|
    # (people counted as the old rule did, where the clause ends with them: "The avalanche
    # claimed three climbers"; not a crowd's size, "Organisers claimed a million people on the
    # streets", nor a figure asserted, "Organisers claimed 500 people marched")
    claim(?:s|ed|ing)?\s+(?:(?:more|fewer)\s+than\s+|at\s+least\s+|about\s+|nearly\s+|
        almost\s+|over\s+|up\s+to\s+)?(?:[\d,]+|one|two|three|four|five|six|seven|eight|nine|ten|
        eleven|twelve|fifteen|twenty|thirty|forty|fifty|dozens\s+of|scores\s+of)\s+
        (?:people|victims|climbers|hikers|fishermen)(?=\s*(?:[,.;:!?]|$)|\s+(?:in|on|at|during|
        across|since|so\s+far|this|last|and|when|while|as)\b)
        (?![^,.;:]{0,40}?\s(?:had|have|has|were|was|are|is|would|will|could|did|died)\b)|
    # "claim them as their favourite"; a subject after the verb opens a clause: "claimed he
    # worked as a builder" is a claim
    # (no verb between: "claimed the old man worked as a spy" is a claim)
    claim(?:s|ed|ing)?\s+(?!(?:he|she|they|i|we|that)\s)
        (?:(?!(?:had|has|have|was|were|is|are|would|will|could|did|does|do)\b|[\w'’-]*ed\b)
        [\w'’-]++\s+){1,3}?as\s+
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
    # responsibility no one claimed: "No group has claimed responsibility for the bombing",
    # "No organization immediately claimed credit"
    (?:no\s+(?:[\w-]+\s+)?(?:group|groups|organi[sz]ations?|faction|party|individual|
        militants?|one)\s+|nobody\s+|none\s+(?:of\s+(?:[\w-]+\s+){1,8}?)?)(?:(?:has|have|had|
        yet|immediately|so\s+far|publicly)\s+)*claim(?:s|ed)?\s+(?:credit|responsibility|
        the\s+(?:attack|bombing|blast|killing|killings|strike|explosion|attacks))\b|
    # … or in the passive: "The attack has not been claimed by any group"
    claimed(?:(?<=\bnot\sbeen\sclaimed)|(?<=n't\sbeen\sclaimed)|(?<=n’t\sbeen\sclaimed)|
        (?<=\bnot\syet\sbeen\sclaimed))\b|
    no\s+(?:(?:immediate|official|credible)\s+)?claims?\s+of\s+responsibility\b|
    # people in general as a category the law names: "extradite people accused of crimes" (not
    # "Three people accused of plotting the attack", defendants)
    accused(?:(?<=\bpeople\saccused)|(?<=\bpersons\saccused)|(?<=\bindividuals\saccused)|
        (?<=\banyone\saccused)|(?<=\bthose\saccused))\s+of\s+(?:crimes|offen[cs]es|
        criminal\s+offen[cs]es|wrongdoing)\b(?!\s+(?:in|at|over|during|linked)\b)|
    # claims made for something one is owed, as the claims for money below: "processing of
    # their claims for temporary visas"
    claims?\s+for\s+(?:(?:a|an|the|their|his|her)\s+)?(?:[\w-]+\s+)?(?:visas?|asylum|
        compensation|refunds?|damages|expenses|refugee\s+status|residency|citizenship|
        # (benefits of the welfare kind, not a product's "health benefits"; a word more
        # before them, "claims for state unemployment benefits", not before the others:
        # "repeated claims for weeks that asylum seekers …")
        (?:[\w-]+\s+)?(?:(?<=unemployment\s)|(?<=disability\s)|(?<=housing\s)|
        (?<=welfare\s)|(?<=jobless\s)|(?<=sickness\s)|(?<=state\s)|(?<=child\s))benefits?)\b|
    # a warning in force, no one's statement: "A yellow weather warning for snow and ice is in
    # force", "A winter storm warning is in effect" (not "The Met Office issued a warning")
    warnings?\s+(?:(?:for|of)\s+[^.;]{1,60}?\s+)?(?:is|are|was|were|remains?|has\s+been|
        have\s+been)\s+(?:now\s+)?(?:in\s+(?:force|effect|place)|lifted|extended)\b|
    # claims an insurer or an office handled, counted: "Insurers have received more than 18,000
    # claims" (not "received 300 claims of abuse")
    (?:received|processed|settled|handled)\s+(?:(?:more|fewer)\s+than\s+|over\s+|about\s+|
        nearly\s+|almost\s+|some\s+|around\s+)?(?:\d[\d,.]*+(?:\s+(?:million|thousand))?|
        hundreds\s+of|thousands\s+of|dozens\s+of)\s+(?:new\s+|insurance\s+)?claims\b
        (?![^.;:]{0,40}?\b(?:of|that|about)\b)|
    # one who would think or say so, in general: "Anyone who thinks they have been targeted
    # should report it"
    (?:who(?:(?<=\banyone\swho)|(?<=\banybody\swho)|(?<=\beveryone\swho))|whoever)\s+
        (?:thinks?|believes?|says?|claims?|feels?|suspects?)\b|
    # goals and points let in: "Rovers have now conceded 21 goals" (not "conceded that …")
    conced(?:e|es|ed|ing)\s+(?!that\b|the\b)(?:[\w-]+\s+){0,2}?(?:goals?|points?|runs?|tries|
        try|penalt(?:y|ies)|wickets?|sets?|games?|frames?)\b
        # (not what they did: "conceded two goals from set pieces had cost his side")
        (?![^,.;]{0,40}?\s(?:was|were|is|are|had|has|have|would|could|cost|meant)\b)|
    # a prize won, with its sum: "has claimed the £1million top prize" (not "claimed $50,000
    # prize money had been withheld")
    claim(?:s|ed|ing)?\s+(?:the|a|an|his|her|their)\s+[£$€][\d,.]+\s*(?:m|bn|k|million|
        billion)?\s+(?:[\w-]+\s+)?(?:prize|jackpot)\b(?!\s+money)|
    # a claim for money as its sum: "The highest single claim was £1,400", "Insurers face claims
    # of up to $900 million" (not "claims of $2bn in hidden debts", what was claimed)
    claims?\s+(?:was|were|is|are|totall?ed|came\s+to|amounted\s+to)\s+(?:worth\s+)?[£$€]|
    claims?\s+(?:worth|totall?ing)\s+(?:up\s+to\s+|about\s+|(?:more|less)\s+than\s+|
        over\s+|nearly\s+|almost\s+)?[£$€]|
    claims?\s+of\s+(?:up\s+to\s+|about\s+|(?:more|less)\s+than\s+|
        over\s+|nearly\s+|almost\s+)?[£$€]\s?[\d,.]++(?:\s*(?:m|bn|k|million|billion)\b)?+
        # (what the sum is owed for, or nothing more; not what was claimed of it: "claims of
        # $600 million missing", "claims of £350m being paid to the agent")
        (?=\s+(?:from|against|over|after|following|arising|related|by|were|was|
            have|had|are|is|in\s+(?:damages|compensation))\b|\s*[,.;]|\s*$)|
    # a player a team takes on from the waiver list: "claimed linebacker Andre Boateng off
    # waivers"
    claim(?:s|ed|ing)?\s+(?:him|her|them|(?:(?!(?:took|pulled|put|placed|had|has|was|were|
        is|are|would|will|that)\b)[\w.'’-]+\s+){1,4}?)\s*off\s+waivers\b|
    # advice in the passive, to all: "Travellers are urged to check their journey" (not
    # "Ministers were warned that …", what was said)
    (?:urged|advised)(?:(?<=\bare\surged)|(?<=\bis\surged)|(?<=\bwere\surged)|(?<=\bwas\surged)|
        (?<=\bbeing\surged)|(?<=\bbeen\surged)|(?<=\bare\sadvised)|(?<=\bis\sadvised)|
        (?<=\bwere\sadvised)|(?<=\bwas\sadvised)|(?<=\bbeing\sadvised)|(?<=\bbeen\sadvised))
        \s+(?:not\s+)?to\b|
    # a plea in court, as "pleaded guilty to": "Thornbury admitted 14 counts of fraud", "admits
    # the charge" (a denial of charges stays a statement: "Fenwick denies two counts of theft")
    admit(?:s|ted)?\s+(?:(?:the|all|both|a|one|two|three|four|five|six|seven|eight|nine|ten|
        \d+|several|further|[\w-]+\s+unrelated)\s+)?(?:[a-z-]+\s+)?(?:counts?|charges?|
        offen[cs]es?)\b
        # (not what one admits of them: "admitted the charges were partly fair")
        (?!\s+(?:were|was|are|is|had|have|has|would|could)\b)|
    # a headline's label before what it explains: "Cheating claims: what we know about …"
    claims(?=\s*[:–—-]\s+(?:what|how|why|who|when|where|everything|inside|a\s+timeline)\b)|
    # losses set against gains for tax (not a side's losses in a war: "Kyiv claimed heavy
    # losses among Russian troops")
    claim(?:s|ed|ing)?\s+(?:(?:your|their|his|her|its|the|any)\s+)?losses\s+against\b|
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
    # claims counted as they are handled, requests for money: "About 1,400 claims have been
    # paid", "thousands of claims were filed" (not "claims of abuse", "claims that …")
    (?<![\d,.])(?:\d[\d,.]*+|hundreds\s+of|thousands\s+of|dozens\s+of)\s+(?:new\s+)?claims
        (?=\s+(?:(?:have|has|had)\s+been|(?:were|was|are|is)(?:\s+being)?|being)\s+(?:already\s+)?
        (?:paid|settled|processed|approved|rejected|filed|lodged|submitted|received|paid\s+out)\b)|
    # … and claims for money counted as data: "Continuing claims rose 30,000", "forecast claims
    # would fall to 220,000"
    # (not "Initial claims that the fire was arson proved false")
    claims\s+(?:rose|fell|jumped|dropped|climbed|increased|decreased|declined|slipped|surged|
        totaled|totalled|would\s+(?:fall|rise|climb|drop))\s+(?:by\s+|to\s+)?
        (?:about\s+|around\s+|nearly\s+|some\s+)?[$£€]?\d[\w,.]*|
    (?:insurance|injury|compensation|benefits?|pension|land|territorial|tax|expenses?|warranty|
        legal|damages|asylum|refund|unemployment|jobless|disability|patent|copyright|
        baggage|expense|welfare|maritime|property|ownership|whiplash|motor|sovereignty|
        boundary|border)\s+claims?|
    # the police's formula for an injury, no hedge on a claim: "injuries that were not thought
    # to be life-threatening" (a hedge on how one is, "is believed to be in a critical
    # condition", stays)
    (?:not|n[’']t)\s+(?:thought|believed)\s+to\s+be\s+(?:life[-\s]threatening|serious)\b|
    # … and where they are handled: "opened emergency claim centres"
    claims?\s+(?:centres?|centers?|handlers?|forms?|departments?)\b|
    # … but denying or rejecting claims that something is so is an assertion about claims:
    # "denied claims that he lied", "has denied claims he misled the board", "rejected claims
    # that 950 detainees are to be moved" (not a relative clause, "rejected claims that were
    # filed late", nor a passive, "was denied claims that he had been promised")
    # (nor are "the claims" or "these claims" someone denied money owed: "Smith denied the
    # claims" rejects what was said)
    (?:(?<=\bwas\s)|(?<=\bwere\s)|(?!(?:deny|denied|denies|reject|rejected|rejects|
        dispute|disputed|disputes)\s+(?:(?:the\s+)?claims?\s+(?:that\s+)?
        (?:(?:he|she|they|we|i|you|the|a|an|his|her|their|this|there)\b|(?-i:[A-Z])|\d)|
        (?:the|these|those|such|all)\s+claims?
            # (at the clause's end: "denied the claims for a penalty", "… filed after the
            # flood", "… because the damage …" are claims for money or a ruling)
            (?="""
        + _REBUTTAL_ENDS
        + r"""))))
    (?:file|files|filed|filing|lodge|lodged|submit|submitted|settle|settled|process|processed|
        reject|rejected|approve|approved|deny|denied|pay|paid|handle|handled|make|made|
        dispute|disputed|bring|brought|won|lost|drop|dropped)\s+(?:a|an|the|their|his|her|its|
        \d++|more|new|thousands\s+of|millions\s+of)?\s*
        # (a word of doubt on the claim is a cue of its own: "made an unproven claim")
        (?:(?!(?:unproven|unverified|unsubstantiated|unconfirmed|false|baseless|unfounded)\b)
        [\w-]++\s+)?claims?\b|
    claims?\s+(?:adjusters?|process|processing|form|forms|handlers?|department|filed|against)|
    claim\s+to\s+fame|stake\s+a\s+claim|staked\s+(?:a|their|his|her)\s+claim|
    # asking for a status or a right is no statement: "claimed asylum", "has claimed naming
    # rights" (not a clause about it: "claimed his rights had been violated")
    claim(?:s|ed|ing)?\s+(?:(?:the|his|her|their|its)\s+)?(?:(?!that\b)[\w-]+\s+)?
        (?:asylum|refugee\s+status|citizenship|residency|sanctuary|rights)
        # (the end of what is claimed: not a noun it modifies, "claimed asylum seekers pose")
        (?=\s*(?:[,.;:]|$)|\s+(?:in|at|on|for|under|to|after|before|from|with|last|this|when|
            while|and|but)\b)|
    # the lawyer's "the said premises" (the ones named before) is no speech
    the\s+said(?=\s+[a-z])|
    # a name that is a verb's form, owning something: "after Said's second goal"
    (?-i:Said)['’]s\b|
    # "added" as an adjective, after a preposition or a determiner: "the need for added
    # capital", "with added sugar" (not the verb: "and added that …")
    (?:(?<=\bfor\s)|(?<=\bwith\s)|(?<=\ban\s)|(?<=\bthe\s)|(?<=\bof\s)|(?<=\bno\s)|
        (?<=\bany\s)|(?<=\bits\s)|(?<=\btheir\s))added(?=\s+(?-i:[a-z]))|
    # a thing announced, in an aside between commas, is narration: "The tender offer, announced
    # before the opening today, expires March 25" (not one told by whom: "…, announced by
    # the minister,")
    (?<=,\s)announced(?=\s+(?:on|in|at|before|after|during|since|last|this|earlier|
        yesterday|today|early|late|recently|only|just)\b
        # (a time alone in the aside: not "…, announced on Monday that it would", nor
        # "announced yesterday 300 job cuts,")
        (?:\s+(?:on|in|at|before|after|during|since|last|this|earlier|yesterday|today|early|
        late|recently|only|just|the|a|its|opening|close|start|end|week|weekend|month|year|
        morning|afternoon|evening|night|day|monday|tuesday|wednesday|thursday|friday|
        saturday|sunday|january|february|march|april|may|june|july|august|september|october|
        november|december|\d{1,4}(?:st|nd|rd|th)?)){0,4}\s*,)|
    # a reporter's byline, where the story was written from: "CNN's Elizabeth Joseph reported
    # from Kathmandu, and CNN's Jethro Mullen wrote from Hong Kong" (a place's name, then the
    # clause ends: not "wrote from Hong Kong that …"; the reporter's clause the whole sentence
    # or one of a list of them: not a tag after what was reported, "The army had fled, a
    # Reuters reporter wrote from Mariupol")
    (?:^|(?<=;\s)|(?<=,\sand\s))(?:(?-i:[A-Z])[\w'’.-]*+\s+){1,4}
        (?:reported|wrote|writes|filed)\s+from\s+(?-i:[A-Z])[\w'’-]*+
        (?:\s+(?-i:[A-Z])[\w'’-]*+){0,2}(?=\s*(?:[,;]\s+and\b|[.;]|$))|
    # the paper's own earlier story, no one's statement: "As previously reported, the unit has
    # agreed …" (not one it names: "As first reported by the Times", "… in The Times", "…
    # on Sky News")
    (?<=\bas\s)(?:(?:previously|earlier|already)\s+reported|reported\s+(?:earlier|previously|
        before))\b(?!\s+(?:[\w-]+\s+){0,3}?(?:by|in|on)\s+(?:the\s+)?
        (?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|
        April|May|June|July|August|September|October|November|December)\b)(?-i:[A-Z]))|
    # a finding reported is published research, not a statement the article reports: "a
    # finding she reported in 2009", "The finding, which she reported in 2009,"
    (?<=(?<![\w-])finding\s)(?:that\s+|which\s+)?(?:(?:the\s+)?[\w'’-]+\s+)(?:first\s+)?reported\b|
    (?<=(?<![\w-])finding,\s)(?:that\s+|which\s+)(?:(?:the\s+)?[\w'’-]+\s+)(?:first\s+)?reported\b|
    la(?:y|id|ying)\s+claim|reclaim\w*|acclaim\w*|proclaim\w*|disclaim\w*|
    # (the idiom takes a comma: "That said, …"; not "a blog post that said customers …")
    (?:that|this)\s+said(?=\s*,)|having\s+said|easier\s+said\s+than\s+done|
    # "say" the noun: "wanted some say in the disposition", "the final say over", "have
    # their say"
    (?:(?<=[a-z]\s)(?<!\band\s)(?<!\bbut\s)(?<!\bwhile\s)(?<!\bthough\s)(?<!\bthat\s)some|
        a|no|any|more|little|final|last|their|his|her|its|our|my|your)\s+say\s+
        (?:in|over|on)\b|ha(?:ve|s|d|ving)\s+(?:their|his|her|its|our|my|your)\s+say\b|
    needless\s+to\s+say|to\s+say\s+(?:the\s+least|nothing)|
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
        scripture|merit|need|rank|size|age|
        # … or to one's own measure: "must negotiate according to its own interest", "run
        # according to their own rules" (not a record of one's own: "its own filings")
        (?:its|their|his|her|our|my|your)\s+own\s+(?:interests?|rules|needs|wishes|pace|terms|
        priorities|standards|criteria|discretion|judge?ment|conscience|values|logic|
        traditions|tastes?|whims?))\b|
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
"""
        rf"""
    # … as is one to people a noun names: "he told the man to remove the bedding", "told the
    # staff to turn off the gas" (people, not a paper or a house: "told the Times to expect";
    # a verb after "to", not what it was told to, "told the same story to investigators",
    # "told the committee to its face"; nor a forecast: "told its investors to brace for …")
    told\s+(?!by\b)(?:(?:the|all|his|her|their|its|our|my|some|several)\s+)?
        (?:[\w-]++\s+){{0,2}}?
        (?:{_ORDERED_PEOPLE})\s+(?:not\s+)?to\s+(?!(?:the|a|an|his|her|their|its|our|my|your|
        this|that|these|those|them|him|me|us|expect|brace|prepare|anticipate|assume|look|plan)
        \b)
        # (not "to" the sound of it, "told the workers to thunderous applause that …", nor a
        # verb a statement follows, "told the public to note that the suspect is armed")
        (?!(?:[\w-]+\s+)?(?:applause|cheers|chants|boos|jeers|laughter|shouts|cries)\b)
        (?=[a-z]+\b)(?![^,.;:]*?\bthat\b)|"""
        r"""
    # survey answers: "12 per cent of respondents said they smoke"
    # (a share spelled out too: "Fifty-one percent say that …")
    (?:(?:[\d.,]+|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|
        three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|
        ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)
        \s*(?:per\s*cent|percent|%)|half|a\s+third|a\s+quarter|
        two[- ]thirds|three[- ]quarters)\s+(?:of\s+)?(?:[\w-]++(?:,\d{3})*\s+){0,4}?
        (?:said|say|says|reported(?!\s+by\b))
    )\b""",
        _F,
    )
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


_DENIAL = gated(
    re.compile(
        rf"""\b(?:{_DENYING}|rejecting|admitted|admits|accepted|accepts|
    contested|contests)\s+(?:(?:the|these|those|all|any|such|his|her|
    their|its)\s+)?(?:[\w-]++\s+)?(?:allegations?|accusations?|claims?|charges?|reports?|
    rumou?rs?|suggestions?)\b
    # a denial that spells out what it denies ("deny accusations of brutality") still reports
    # the accusation: the claim noun outranks the denial
    (?!{_SPELLED_OUT})|
    # … or, in the passive, the claims and the party that denied them: "The allegations have
    # been denied by the player", "The claims were dismissed by his agent as baseless"
    \b(?:allegations?|accusations?|claims?|charges?|reports?|rumou?rs?|suggestions?)\s+
    (?:(?:have|has|had)\s+)?(?:been|were|was|are|is)\s+
    (?:(?:strongly|firmly|vehemently|flatly|categorically|repeatedly|also|since)\s+)?
    (?:{_DENYING})\s+by\b|
    # … or calls the claims false: "Lane's family has described those accusations as untrue",
    # "The company said the allegations were false"
    \b(?:(?:described|describes|called|calls|branded|brands|labelled|labeled|labels)\s+
    (?:(?:the|these|those|such|his|her|their|its)\s+)?(?:allegations?|accusations?|claims?|
    reports?|rumou?rs?)\s+(?:as\s+)?|
    # (not rumours, no one's: "The minister said the rumours were false" still tells of them)
    (?:said|says|insisted|insists|maintained|maintains)\s+(?:that\s+)?(?:the|these|those|such|
    his|her|their|its)\s+(?:allegations?|accusations?|claims?)\s+
    (?:against\s+(?:him|her|them|it|us|me)\s+)?(?:were|are|was|is)\s+(?:[`'"‘“]+\s*)?)
    (?:(?:completely|totally|entirely|wholly|simply)\s+)?(?:untrue|
    false|baseless|unfounded|groundless|nonsense|lies|ridiculous|absurd|fabricated|inaccurate|
    wrong|slanderous|defamatory|fake|fiction)\b""",
        _F,
    )
)


# A document put out with what it says, the participle after it: "The family filed a lawsuit
# alleging negligence", "Residents signed a petition arguing that …", "The union sent an email
# to members claiming …": the one who put it out speaks through it (a statement is read as
# "issued a statement", a speech verb of its own). Up to three words of its kind before the
# document, five of its address after ("a motion in federal court in Texas claiming").
_DOCUMENT_VERBS = (
    r"(?:filed|lodged|brought|launched|submitted|issued|released|published|sent|signed|wrote|"
    r"posted)"
)
_PUT_OUT_DOCUMENT = r"""(?:a|an|the|its|their|his|her)\s+(?:[\w-]++\s+){0,3}?
    (?:lawsuit|suit|complaint|motion|petition|brief|appeal|letter|report|email|e-mail|memo|
    filing|note|message|post|video|tweet|document|notice|dossier|submission|affidavit)\b
    (?:\s+[\w’'-]++){0,5}?\s+"""
# … its words in a distancing participle, the cue's subject found before it
_PUT_OUT_ALLEGING = re.compile(rf"\b{_DOCUMENT_VERBS}\s+{_PUT_OUT_DOCUMENT}$", re.I | re.VERBOSE)
# … and in a plain one: a verb of speech, the putting out ("filed") its cue
_PUT_OUT_SAYING = rf"""{_DOCUMENT_VERBS}(?=\s+{_PUT_OUT_DOCUMENT}
    (?:saying|arguing|stating|asserting|contending|insisting|warning|noting|explaining)\b)"""


# A statement the writer reads into what someone said or did, still theirs: "Clinton appeared to
# suggest she would negotiate", "the president appeared to endorse the project", "the minister
# seemed to concede that talks had stalled" (a verb of claiming keeps its own, stronger cue;
# verbs that evidence shares are left out: "the footage appears to confirm / show / back")
_APPEARED_TO_SAY = r"""(?:appeared|appears|seemed|seems)\s+to\s+(?:say|suggest|acknowledge|
    admit|concede|endorse|blame|criticise|criticize|praise|dismiss|reject|deny|threaten|
    warn)\b"""


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
    r"\s+(?:(?:own|new|latest|earlier|previous|false|wild|bold|explosive|extensive|recent|"
    r"public|past|prior|initial|original|first|persistent|frequent|controversial|"
    r"[a-z-]{2,}(?:ous|ful|ical|less|able|ible|ed)|"
    # (a compound that tells how or where it was made: "his on-camera claim", "her
    # long-standing claims"; not a person's, "her in-laws claim", "his stand-in claims")
    r"o(?:n|ff)-[a-z-]*[a-z]|[a-z]+-[a-z]+ing)\s+){0,2}$"
)


_POSSESSIVE_PRONOUN = {"his": "he", "her": "she", "their": "they"}


# A denial right before a claim noun: the claims denied are unsourced ("denied claims that …").
_DENIED_BEFORE = re.compile(
    rf"""\b(?:{_DENYING})\s+(?:(?:the|these|those|all|any|such)\s+)?$""",
    _F,
)


# a paper's name ends in one of these, capitalised, in patterns that ignore case
_OUTLET_HEADS_CASED = f"(?-i:{_OUTLET_HEADS})"


# an official, an aide or a diplomat of a government, a party or an armed force, unnamed:
# "senior Justice Department official", "administration aide" (not a routine functionary, "an
# airport official"); the body's name between may run to two words, not a thing and what was
# done with it ("A government report seen by officials said", "A government audit of
# officials")
_UNNAMED_OFFICIAL = r"""(?:[\w.-]++\s+){0,2}?(?:senior|top|high-ranking|government|
    administration|ministry|defen[cs]e|military|intelligence|diplomatic|western|u\.s\.|us|
    american|european|white\s+house|party|palace|cabinet|security)\s+
    (?:(?!(?:by|in|at|from|with|to|for|on|of|into|about|seen|naming|named)\b)
    [\w.-]++\s+){0,2}?(?:officials?|aides?|diplomats?)"""


# those in the room, who tell what went on inside it unnamed: an aide, an adviser, a
# participant
_INSIDE_UNNAMED = r"(?:aides?|advis[eo]rs?|participants?|attendees?)"
# … of whom those that speak for someone, unnamed, as themselves (a participant or attendee
# speaking is as often a runner or a fan telling what they saw: only "according to" one)
_AIDES = r"(?:aides?|advis[eo]rs?)"


# Up to three whole words name what "sources familiar with" know about; as pieces of words
# they were tried in n^3 ways on one long word.
_ANONYMOUS = gated(
    re.compile(
        r"""\b(?:
    according\s+to\s+(?P<who1>(?:(?:a|one|two|three|four|several|multiple|some|other)\s+)?
        # ("those" too, as a head of its own: "according to those familiar with …")
        (?:people|persons?|sources?|officials?|insiders?|individuals?|someone|those)\s+
        (?:\w+\s+){0,2}?(?:familiar|close|briefed|knowledgeable|with\s+(?:direct\s+)?knowledge)
        # what they know of, in whole words, up to a clause about them ("… who asked not to
        # be named") or a stop
        (?:(?:\s+(?!(?:who|whom|which|that|because|but|as|said|told)\b)[\w'’-]++){0,6}
            (?=\s*[,.;:]|\s*$|\s+(?:who|whom|which|that|because|but|as|said|told)\b)|
        # (… or, when that is longer, up to a clause of its own: "familiar with how the
        # testimony was put together")
        (?:\s+(?!(?:who|whom|which|that|because|but|as|said|told|how|what|why|whether|where|
        when)\b)[\w'’-]++){0,6}))|
    # … or only placed: "according to three people in the governing party"
    according\s+to\s+(?P<who10>(?:two|three|four|five|several|multiple)\s+people\s+
        (?:in|at|inside|within|from|involved\s+in)\s+(?:the\s+)?[\w'’-]++(?:\s+[\w'’-]++){0,2}?|
        # … or counted among those in the room, who tell what went on inside unnamed:
        # "according to two participants", "according to one of the senator's aides"
        (?:an?|one|two|three|four|five|several|multiple)\s+(?:of\s+(?:(?:the|those|these|his|
        her|their)\s+)?)?(?:[\w'’-]++\s+){0,2}?"""
        + _INSIDE_UNNAMED
        + r"""(?:\s+(?:of|to|at|in)\s+(?:the\s+)?[\w'’-]++(?:\s+[\w'’-]++){0,2}?)?)
        (?=\s*[,.;]|\s*$)|
    (?P<who2>(?:(?:a|one|two|three|four|several|multiple)\s+)?(?:(?:second|third|fourth|other|
        another)\s+)?(?:people|persons?|sources?|
        officials?|insiders?)\s+(?:familiar\s+with|
        # (close to someone, not to a place: "People close to the Franco-Swiss border said they
        # felt the tremor")
        close\s+to(?!\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:border|scene|area|site|epicent(?:re|er)|
            frontline|front\s+line|coast|river|town|city|village|region|crater|volcano|blaze|fire|
            explosion|blast)(?=\s*(?:[,.;]|said|say|says|told|felt|heard|saw|reported)\b|\s*[,.;]))|
        briefed\s+on|with\s+(?:direct\s+)?
        knowledge\s+of)\s+(?:the\s+)?(?:(?:[\w'’-]++\s*){1,6}?|
        # (what they know of may run longer before the verb of saying, when no verb of its
        # own shows a clause: "One person familiar with Mr. Cohen's testimony to the special
        # counsel's prosecutors said"; not "People close to the senator were stunned")
        (?:(?!(?:is|are|was|were|has|have|had|will|would)\b)[\w'’-]++\s*){7,12}?
        (?=\s*(?:said|says|told)\b)))(?=\s*(?:said|say|says|told|,|\.|
        (?:are|were|have\s+been)\s+(?:telling|saying)\b|(?:has|have|had)\s+(?:said|claimed|told)\b))|
    # … or someone's source, and where it is, kept unnamed whoever keeps it: "The paper's
    # source at the club said", "The Sun's source said" (the owner first: a source alone is
    # read below)
    (?=(?:(?:the|a)\s+)?(?:[\w.-]++\s+){0,2}?[\w.-]++['’]s\s+(?:sources?|insiders?|informants?)\s)
    (?P<who14>(?:(?:the|a)\s+)?(?:[\w.-]++\s+){0,2}?[\w.-]++['’]s\s+(?:sources?|insiders?|
        informants?)(?:\s+(?:in|at|within|inside|close\s+to)\s+(?:the\s+)?
        (?:[\w'’-]++\s+){0,3}?[\w'’-]++)?)
        (?=\s+(?:(?:have|has|had)\s+)?(?:said|say|says|told|tell|tells|claimed|claims|added|
        revealed)\b)|
    # … or only placed: "Sources in the Green Alliance camp are telling us", "insiders at the
    # club said"
    # (the look-ahead first: the look-behinds are read only where sources or insiders start)
    (?=(?:(?:a|one|two|three|several|multiple)\s+)?(?:sources?|insiders?)\s)
    (?<!\bhistorical\s)(?<!\bancient\s)(?<!\bcontemporary\s)(?<!\bprimary\s)(?<!\bsecondary\s)
    (?<!\bwritten\s)(?<!\barchival\s)(?<!\bnews\s)
    (?<!\benergy\s)(?<!\bpower\s)(?<!\bwater\s)(?<!\bfood\s)(?<!\brevenue\s)(?<!\bincome\s)
    (?<!\bfunding\s)(?<!\brenewable\s)(?<!\bprotein\s)
    (?P<who12>(?:(?:a|one|two|three|several|multiple)\s+)?(?:sources?|insiders?)\s+
        (?:in|at|within|inside)\s+(?:the\s+)?(?:[\w'’-]++\s+){0,4}?[\w'’-]++)
        (?=\s+(?:(?:have|has)\s+)?(?:said|say|says|told|tell|
        (?:are|were|have\s+been)\s+(?:telling|saying))\b)|
    (?P<who3>(?:(?:an?|one|two|three|several)\s+)?(?:anonymous|unnamed|unidentified)\s+
        (?:\w+\s+)?(?:sources?|officials?|people|person|insiders?|aides?|diplomats?|
        witness(?:es)?))|
    (?P<who5>(?:an?|one|two|three|several|multiple|some)\s+(?:[\w-]++\s+){0,2}?(?:insiders?|
        sources?|pals?|confidants?|friends?)(?:\s+of\s+(?:the\s+)?[\w-]++
        (?:\s+(?!(?:had|have|has)\b)[\w-]++)?)?|
        # … or one of a politician's or a body's aides ("One adviser said", "two of the
        # officials said", "Two aides to the senator said", "two White House aides"; not ones
        # named before, "the two aides said", nor a trade's, "one mortgage adviser said")
        (?<!\bthe\s)(?:an?|one|two|three|several|multiple|some)\s+(?:of\s+(?:the|those|these)\s+
        (?:[\w-]++\s+){0,2}?(?:officials|"""
        + _AIDES
        + r""")|(?:(?:senior|top|close|longtime|long-time|former|key|political|campaign|chief|
        (?-i:[A-Z][\w.'’-]*+))\s+){0,2}?"""
        + _AIDES
        + r""")(?:\s+(?:of|to)\s+(?:the\s+)?[\w-]++(?:\s+(?!(?:had|have|has)\b)[\w-]++)?)?)
        (?=\s+(?:close\s+to\s+[^,.;]{1,40}?\s+)?(?:(?:had|have|has)\s+)?(?:said|says|told|tells|
        revealed|reveals|added|claimed|explained))|
    # an unnamed official of a government, a party or an armed force speaking, the classic
    # anonymous source: "A senior official told the newspaper", "An official with the U.S.
    # European Command said" (not a routine functionary, "…, an airport official said", nor
    # one a name follows, "an official, John Smith, said", nor a hedge, "said to be")
    (?P<who8>(?:an?|one|two|three|several)\s+(?:"""
        + _UNNAMED_OFFICIAL
        + r"""
        # (where they are: "A Western diplomat in the capital said")
        (?:\s+(?:in|at)\s+(?:the\s+)?[\w.'’-]++)?|
        (?:officials?|aides?|diplomats?)\s+(?:with\s+the|from|in|at)\s+(?:[\w.'’-]++\s+){0,6}?
        [\w.'’-]++))
        (?=\s+(?:(?:has|have|had)\s+)?(?:also\s+)?(?:said|says|told|tells|added|confirmed)\b
        (?!\s+to\b))|
    # … or named after the quotation or the clause: "…," said a western diplomat"
    # (a tag set after its clause, a comma or a mark before it: not "The minister said a
    # senior official would lead the inquiry", "Trump told a senior aide that …")
    (?<=[,"”’']\s)(?:said|says|told|added)\s+(?P<who9>(?:an?|one)\s+(?:(?:[\w-]++\s+){0,2}?(?:diplomat|
        source|insider)|"""
        + _UNNAMED_OFFICIAL
        + r"""))\b|
    # (to whom on the way: "Staff who spoke to the Ashbridge Echo on condition of anonymity")
    (?:speaking|spoke|talking|talked)\s+(?:(?:to|with)\s+(?:[\w.'’-]+\s+){0,4}?[\w.'’-]+
        \s*,?\s+)?on\s+(?:the\s+)?condition\s+of\s+anonymity|
    # … or after the verb of saying and whom it was said to: "an official said on condition of
    # anonymity", "told Reuters on condition of anonymity"; or "speaking anonymously"
    (?:said|says|told|tells)\s+(?:[\w.'’-]+\s+){0,4}?on\s+(?:the\s+)?condition\s+of\s+
        anonymity|
    # (set off before the verb of saying, not one who once did: "Mr Smith, who first spoke
    # anonymously to the Times, said on Monday …")
    ,\s+(?:speaking|talking|commenting)\s+anonymously\s*,\s+(?:has\s+|have\s+)?
        (?:said|says|told|tell|tells)\b|
    # … or privately, off the record or on background, one the article does not name: "One
    # executive, speaking privately, said" (not "Mr Johnson, speaking privately, told")
    \b(?:an?|one|two|three|several|some)\s+(?:[\w-]+\s+){0,3}?[\w-]+,\s+(?:speaking|talking)\s+
        (?:privately|off\s+the\s+record|on\s+background)\s*,\s+(?:has\s+|have\s+)?
        (?:said|says|told|tell|tells)\b|
    # … or who asked for anonymity in those words, or was granted it to speak: "who requested
    # anonymity for fear of reprisals", "granted anonymity to discuss the talks" (not a
    # court's order: "The boy, who was granted anonymity by the court, cannot be named")
    (?:requested|requesting|asked\s+for|asking\s+for|sought)\s+anonymity\b|
    granted\s+anonymity\s+to\s+(?:discuss|speak|talk|describe|comment|detail|share)\b|
    # a report that rests on sources it does not name: "The Courier reported, citing two
    # Treasury sources, that …" (not one it names: "citing sources including Reuters")
    citing\s+(?:two|three|four|several|multiple|unnamed|anonymous|unidentified)\s+
        (?:[\w-]+\s+){0,2}?sources\b(?!\s+(?:including|such\s+as|at\s+(?-i:[A-Z]))\b)|
    # … or on people it describes only by what they saw or know: "according to two people who
    # have heard them discuss it"
    # (not when their names follow: "… who signed the letter, Professor Anne Reid and …")
    according\s+to\s+(?P<who13>(?:two|three|four|five|several|multiple)\s+people)\s+who\b
        (?![^,.;]*+,\s+(?-i:[A-Z]))|
    (?:declined|refused)\s+to\s+be\s+(?:named|identified)|
    # a source the reporter keeps unnamed: "a German government source, whom they did not
    # name, said"
    whom\s+(?:they|it|he|she|we|the\s+[\w-]++)\s+(?:did|would|could)(?:\s+not|\s?n[’']t)\s+
        (?:name|identify),\s+(?:(?:has|had)\s+)?(?:said|says|told|tells|added|confirmed)\b|
    (?:who\s+)?(?:asked|requested|asking|requesting)\s+not\s+to\s+be\s+(?:named|identified)|
    # … or who gives the article only a name of their own choosing: "The man who calls himself
    # Abu Mohammad told ABC Radio", "a man known as Nick told Channel Ten" (a description
    # then one name; not "Lampard, known as Lamps", a name the reader has already)
    (?:man|woman|person|boy|girl|youth|teenager|resident|witness|worker|soldier|
        fighter|defector|activist|source)\s*,?\s+(?:
        # (a name, not a nationality or a faith: "who calls himself English")
        who\s+call(?:s|ed)\s+(?:himself|herself)(?=\s+(?-i:[A-Z])(?![a-z]*(?:ish|ese|ian|an|ic)\b))|
        (?:who\s+)?(?:gave|gives)\s+(?:his|her)\s+name\s+as(?=\s+(?-i:[A-Z]))|
        # (not "named only as Jassem", which the real labels keep on the record; one name or a
        # code, not a public figure's full pen name: "known as Tommy Robinson")
        known\s+(?:only\s+)?as\s+
        (?-i:[A-Z][\w'’-]*+(?:\s+[A-Z0-9]\b)?)(?=\s*,?\s+(?:\d{1,3}\s*,\s+)?
        (?:has\s+|had\s+)?(?:said|says|told|tells|added|claimed)))|
    (?:asked|asking|wished|wishing|wanted|wanting|preferred|chose)\s+to\s+(?:remain|stay)\s+
        anonymous|
    (?:did|does|do)(?:\s+not|\s?n[’']t)\s+(?:want|wish)\s+to\s+be\s+(?:named|identified)|
    (?:wish|wishes|wished|wishing)\s+not\s+to\s+be\s+(?:named|identified)|
    # … or who gives only part of a name: "who only wanted to be identified as Elizabeth",
    # "declined to give her surname"
    (?:only\s+(?:asked|wanted|wished|preferred|agreed|chose)\s+to\s+be\s+(?:identified|named|known)|
        (?:asked|wanted|wished|preferred|agreed|chose)\s+(?:only\s+to\s+be\s+(?:identified|named|
        known)|to\s+be\s+(?:identified|named|known)\s+only))\s+(?:as|by)\b|
    gave\s+(?:only\s+)?(?:his|her|their)\s+(?:first\s+)?names?\s+only\s+as\b|
    gave\s+only\s+(?:his|her|their)\s+first\s+names?\b|
    (?:declined|refused|did\s+not\s+want|didn['’]t\s+want)\s+to\s+give\s+(?:his|her|their)\s+
        (?:full\s+|last\s+|real\s+|sur)names?\b|
    # (or no name at all, of one who speaks: "a neighbour, who declined to give her name,
    # said", "spoke on condition she not be named"; not "The woman, who declined to give her
    # name, was taken to hospital", "A man who refused to give his name was arrested, police
    # said")
    who\s+(?:(?:(?:did|would|could)(?:\s+not|\s?n['’]t)|declined\s+to|refused\s+to)\s+give\s+
        (?:his|her|their)\s+(?:full\s+|first\s+|last\s+)?names?|
        asked\s+that\s+(?:his|her|their)\s+(?:full\s+|first\s+|last\s+)?names?\s+not\s+be\s+
        (?:used|published|given|printed|disclosed))\b
        (?:\s+(?!(?:and|but|was|were|is|are|has|had)\b)[\w'’-]+){0,4}?\s*,?\s+
        (?:has\s+|had\s+)?(?:said|says|told|tells|added|adds|explained|recalled)\b
        # (not when another reports it: "… told officers he was a doctor, police said")
        (?![^.;]*,\s+(?:[\w'’-]+\s+){0,3}(?:said|says|reported)\s*[.!]?\s*$|
            [^.;]*\baccording\s+to\b)|
    (?:spoke|speaking|talked|talking)\s+on\s+(?:the\s+)?condition\s+(?:that\s+)?
        (?:he|she|they|his\s+name|her\s+name|their\s+names?)\s+(?:not\s+be|(?:would|will)\s+
        not\s+be)\s+(?:named|identified|used)\b|
    (?:was|were|is|are)(?:\s+not|\s?n[’']t)\s+authori[sz]ed\s+to\s+(?:speak|comment|talk|discuss)|
    # (with a word for their kind: "diplomatic sources indicated that …", "Palace insiders
    # say")
    (?=sources|insiders)(?<!\bhistorical\s)(?<!\bancient\s)(?<!\bcontemporary\s)
    (?<!\bprimary\s)(?<!\bsecondary\s)(?<!\bwritten\s)(?<!\barchival\s)(?<!\bnews\s)
    (?<!\benergy\s)(?<!\bpower\s)(?<!\bwater\s)(?<!\bfood\s)(?<!\brevenue\s)(?<!\bincome\s)
    (?<!\bfunding\s)(?<!\brenewable\s)(?<!\bprotein\s)
    (?P<who4>sources|insiders(?!\s+report))
    \s+(?:said|say|says|told|tell|claim|claimed|indicated|indicate|suggested|suggest|revealed|
        added|confirmed|report|reported|noted|note|warn|warned|believe|believed|predict|
        predicted|insist|insisted|
        (?:are|were|have\s+been)\s+telling\s+(?:us|me|him|her|them|reporters|journalists)|
        (?:are|were|have\s+been)\s+saying)\b|
    # an unnamed source or unnamed reports as the only authority: "according to a source",
    # "according to reports", "citing security sources"
    according\s+to\s+(?P<who6>(?:(?:a|an|one|two|three|several|multiple|some|unnamed|
        anonymous)\s+)?
        # … of a kind that names no one: "industry sources", "supply chain sources"
        (?:[a-z][a-z-]*+\s+){0,2}?(?:sources?|insiders?))\b|
    # (not reports by those it names, or in papers: "according to reports by Reuters", "… in
    # the Daily Mail"; "reports from Syria" stay unnamed)
    according\s+to\s+(?:(?:media|press|local|news|unconfirmed)\s+)?reports\b
        # (the paper's name ends there: not "reports from Times Square", "… from the Lone
        # Star State", "… in the New York Times bestseller list")
        (?!\s+by\s+(?:the\s+)?(?-i:[A-Z])|
        \s+(?:from|in)\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'’&.-]*+\s+){0,3}"""
        + _OUTLET_HEADS_CASED
        + r"""(?=\s*[,.;:)]|\s*$|\s+(?:and|or|that|which|as|said|says|reported|reports)\b))|
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
        # … and speculation no one is named for, wherever it stands: "There is speculation that
        # he will quit", "will reignite speculation about his future", "Speculation is mounting
        # that …" (not the trade, "speculation in property", "currency speculation")
        (?<!\bcurrency\s)(?<!\bmarket\s)(?<!\bland\s)(?<!\bproperty\s)(?<!\bcommodity\s)
        (?<!\bstock\s)(?<!\bfinancial\s)(?<!\bin\s)(?<!\ba\s)
        speculation\s+(?:(?:is|was|has|had|have)\s+(?:been\s+)?
        (?:mounting|growing|rife|rampant|swirling|intensifying|mounted|grown|intensified)\s+)?
        (?:(?:this|last|in\s+recent)\s+[a-z]+\s+)?(?:that|about|whether)\b|
        # … and one such report: "after a report that he tried to woo voters"
        (?:with|amid|following|after|despite)\s+an?\s+(?:(?:media|press|news|unconfirmed)\s+)?
        report\s+that(?!\s+(?:[a-z]+ed|found|showed|shows|finds|said|says|was|is|has|had)\b))\b|
    citing\s+(?P<who7>(?:(?:unnamed|anonymous|senior|police|government|security|military|
        intelligence|diplomatic|local|official|western|us|u\.s\.)\s+){0,2}sources)\b|
    # … or people it does not name: "citing a council employee", "citing two officials" (not
    # a name after them: "citing an aide, Jane Doe,"; nor what they wrote: "citing an
    # official's letter"; the words that tell more are the other pattern's: "citing two people
    # briefed on the talks")
    citing\s+(?P<who11>(?:a|an|one|two|three|four|several)\s+
        (?:(?!(?:of|by|with|from|for|to|in|on|at|between|over)\b)[\w-]++\s+){0,2}?
        (?:employees?|officials?|workers?|insiders?|aides?|staffers?|persons?|people|
        residents?|executives?|diplomats?|officers?|members?))
        (?=\s*,(?!\s*(?-i:[A-Z]))|\s+that\b)
    )""",
        _F,
    )
)


_MEDIA = (
    r"(?:media|television|tv|newspapers?|outlets?|tabloids?|press|news\s+agenc(?:y|ies)|"
    r"broadcasters?|reports?)"
)


# what transfer talk links a player or a manager with, as both of _DISTANCING's readings of it
# write it: "has been heavily linked with a summer move"
_LINKED_WITH = (
    r"(?:(?:strongly|heavily|repeatedly|also|now|previously|widely|long)\s+)?linked\s+with\s+"
)
_A_MOVE = r"a\s+(?:[\w-]+\s+)?(?:move|switch|transfer|return|loan)"


# adverbs of how often or how widely a thing is said, which hearsay may carry ("It has long
# been said", "It's even been claimed")
_HEARSAY_ADVERB = r"(?:widely|long|often|even|also|commonly|frequently|sometimes|once|generally)"


# The nouns of a group many or some of whom are the only authority ("some critics argue";
# "others" is a pronoun, a speaker to no one), and the verbs by which they say or believe
# something (besides "voiced", "expressed", "raised", which say it through their object)
# (in the order the alternations try them)
_WEASEL_NOUN = "people|others|critics|observers|commentators|experts"
_WEASEL_SAYS = "say|said|argue|argued|believe|believed|suggest|suggested|fear|feared|claim"
_WEASEL_NOUNS = _WEASEL_NOUN.split("|")
_WEASEL_SAYING = _WEASEL_SAYS.split("|")


_DISTANCING = gated(
    re.compile(
        rf"""\b(?:allegedly|alleged|alleging|alleges|allege|allegations?|reportedly|purportedly|
    # "reportedly said", spelled out: "Shane Stone is reported as saying …"
    (?:is|are|was|were)\s+reported\s+as\s+(?:saying|telling|having\s+said)|
    supposedly|ostensibly|apparently|rumou?red|purport(?:s|ed|ing)?\s+to|
    # (not rumours as what one is asked about or declines to comment on, saying nothing of
    # them: "Asked about the rumours, Hallworth said …", "does not comment on rumours or
    # speculation"; but "Shares jumped on rumours of a takeover bid")
    (?=rumo)(?<!\babout\s)(?<!\babout\sthe\s)(?<!\bon\s)(?<!\bon\sthe\s)(?<!\bto\sthe\s)rumou?rs?|
    rumou?rs?(?=\s+(?:of|that|linking|about|suggesting|saying|claiming)\b)|
    # guessing aloud is no statement of fact: "Analysts have speculated that …" (not the
    # trade: "speculated in property")
    # (a clause put forward, with "that" or without: "Experts speculated the fire may have
    # started …"; not a question wondered about, "speculating about the singer's identity",
    # nor a denial, "No one has speculated that …", "He has never speculated that …")
    speculat(?:es|ed|ing)(?=\s+(?:that\b|(?:he|she|it|they|the|a|an|his|her|its|their)\s+
        (?:[\w'’-]+\s+){{0,3}}?(?:may|might|could|would|will|was|were|is|are|had|has|must)\b))|
    purported(?=\s+[a-z])|  # the adjective, as "alleged": "the purported video"
    accus(?:e|es|ed|ing|ations?)|
    # weasel words: an unnamed majority as the only authority ("many have voiced concerns
    # that …", "some say", "some critics argue")
    # ("others" alone too, but not one of a named list, "Smith and others said", nor inside
    # a named speaker's words, "he said others had raised concerns")
    (?P<weasel>(?<![\d.%]\s)(?<!\d,\s)(?:many|some)\s+(?:(?:{_WEASEL_NOUN})\s+)?
        # (and where they are: "Some on the mainland say", "many in the party believe")
        # (not those answering a survey: "Many in the survey said they would not …")
        (?:(?:in|on|at|within|among|inside)\s+(?!(?:the|this|that|our|a)\s+(?:survey|study|poll|
            sample|trial|research|questionnaire)\b)(?:[\w'’-]++\s+){{1,3}}?)?
        (?:(?:have\s+|had\s+)?(?:{_WEASEL_SAYS}|voiced|expressed|raised)|
        # (hedged by a modal, a saying only: "Some might say", not "Many will say goodbye")
        (?:might|may|would|could|will)\s+(?:say|argue|claim|suggest)
        (?!\s+(?:goodbye|hello|no|yes|sorry|thanks|thank|grace)\b))|
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
        report\b)(?!(?<=\ba\s)report\s+(?:says|said)\b)
        # (one report from a named body is its document: "A report from the WHO said",
        # "Another report from the UN said"; "Reports from the region said" stay unnamed)
        (?!(?:(?<=\ba\s)|(?<=\banother\s))report\s+(?:from|by)\s+(?:the\s+)?(?-i:[A-Z]))
        # (nor one outlet the article has in mind: "The broadcaster said it stood by its
        # reporting" is that broadcaster's, named or not; "the media", "the press" stay many)
        (?!(?:(?<=\bthe\s)|(?<=\bthis\s)|(?<=\bthat\s)|(?<=\bits\s))
            (?:newspaper|outlet|tabloid|broadcaster|news\s+agency)\b)
        {_MEDIA})\s+(?:(?:in|from)\s+(?:[\w-]++\s+){{1,2}}?)?(?:have\s+|had\s+)?
        (?:reported|reports|said|says|claimed|suggest|suggests|suggested|claim)|
    # a paper's own unnamed sources: "Sportsmail understands", "The Times has learned"
    (?P<outlet>(?:Mail|Sportsmail|MailOnline|Telegraph|Times|Sun|Post|Guardian|Independent|
        Mirror|Express|Standard|Star|Herald|Journal|News|Online|BBC|CNN|ESPN|Sky|Reuters|
        Bloomberg|Press|Sunday)\s+(?:understands|(?:has|have)\s+(?:learned|learnt)|
        can\s+reveal)|
        # … as the tag that closes the sentence, whatever the paper's name: "…, The Evening
        # Flare understands."
        # (a paper's name: "The" and two capitalised words or more, not a person's)
        (?<=,\s)(?-i:The\s+[A-Z][\w'’&.-]*+(?:\s+[A-Z][\w'’&.-]*+){{1,3}})\s+understands
        (?=\s*[.!]?\s*$))|
    # "is" also as a contraction, tight or tokenised: "she's believed to", "she 's believed to"
    (?:is|are|was|were|been|being|(?:he|she|it|who|that|there)\s?['’]s)\s+
        (?:(?:not|now|widely|also|generally|still|even)\s+)?
        (?:said|reported|believed|thought|rumou?red|understood|claimed|alleged|feared)\s+to
        # (reported to someone is no hedge: "The theft was reported to police", "no such
        # incident had been reported to them")
        (?!\s+(?:the|police|authorities|officers|officials|regulators|watchdogs|prosecutors|
            social\s+services|a|an|his|her|their|its|them|him|us|me|you)\b|\s+(?-i:[A-Z]))|
    (?:now|widely|generally)\s+(?:thought|believed|understood)\s+to|
    # "suspected" as "alleged": the adjective ("her suspected affairs", "a suspected gunman")
    # and the passive ("Rape is also suspected"), not the verb ("Dempsey suspected lung disease")
    (?=suspected)(?:(?<=^)|(?<=\ba\s)|(?<=\ban\s)|(?<=\bthe\s)|(?<=\bher\s)|(?<=\bhis\s)|(?<=\bits\s)|
        (?<=\btheir\s)|(?<=\bof\s)|(?<=\bfor\s)|(?<=\btwo\s)|(?<=\bthree\s)|
        (?<=\bseveral\s)|(?<=\bother\s))suspected
        (?=\s+(?!(?:the|a|an|his|her|their|its|that|him|them|it|nothing|no)\b)[a-z])|
    (?P<suspected>(?:is|are|was|were|been|being)\s+(?:(?:also|now|widely|strongly)\s+)?
        suspected\b)|
    # … and the passive cut to its participle: "two organisations suspected of supporting
    # terrorism" (the verb takes its object first: "police suspected him of …")
    (?<=[a-z]\s)(?<!\bnot\s)(?<!\bnever\s)(?<!\blonger\s)(?<!n['’]t\s)suspected\s+of\b|
    # a belief held by no one named, the same hedge with "as": "The shift was widely seen as
    # an attempt to …", "is seen as a vote of confidence" (not the participle alone, which
    # describes, "the territories, seen as pivotal parts of …", nor a sighting, "was seen as
    # he left")
    (?:is|are|was|were|been|being|(?:he|she|it|who|that)\s?['’]s)\s+
        (?:(?:widely|generally|largely|increasingly|now|also|often|still)\s+)?
        (?:seen|viewed|perceived)\s+as
        (?!\s+(?:he|she|they|it|we|i|you|soon|long|well|far|much|recently|early|late|close|
            high|low|many|often|little|near)\b)|
    # transfer talk no one is named for: "Hernandez is linked with a move to Orlando City",
    # "Rob Quist has been linked with the job" (not a finding: "a gene linked with cancer")
    # (said of a name or a player's or a manager's role opening the sentence: "Rashford has been
    # linked with a move away from Old Trafford", "The striker is linked with a summer move";
    # not of a thing, "Poor sleep is linked with a switch to unhealthy eating")
    (?<=^)(?:(?:however|meanwhile|elsewhere|now|also),\s+)?
    (?:(?-i:[A-Z][\w'’-]+)(?:\s+(?:(?-i:[A-Z][\w'’-]+)|(?-i:[a-z]+)(?=\s+(?-i:[A-Z])))){{0,5}}|the\s+(?:[\w-]+\s+)?(?:striker|
        midfielder|defender|winger|forward|goalkeeper|keeper|manager|coach|boss|player|star|
        captain|\d+-year-old))(?:,[^,;]{{1,80}},)?\s+(?:(?:has|have|had)\s+been|is|are|was|were)\s+
        {_LINKED_WITH}(?:{_A_MOVE}(?=\s+(?:to|from|away|for)\b|\s*[.,;]|\s*$)|
        the\s+(?:[\w-]+\s+)?(?:job|role|post|vacancy|hot\s+seat)\b)|
    # … or of one a relative clause names: "Branthwaite, who is linked with a move to Old Trafford"
    (?<=\bwho\s)(?:(?:has|had)\s+been|is|was)\s+{_LINKED_WITH}{_A_MOVE}
        (?=\s+(?:to|from|away|for)\b)|
    # the same hedge shortened to a participle after a comma, with no "is": "a police team,
    # believed to be an execution team, were photographed"
    (?:(?<=,)|(?<=,\s))(?:(?:now|widely|also|generally)\s+)?(?:believed|thought|rumou?red|understood|
        said|reported)\s+to\s+(?:be|have)\s|
    # … and with no comma, after a thing or a person no pronoun names: "a man believed to be in
    # his 40s", "incidents reported to have taken place" ("said to" here is as often an order
    # reported, "Police said to be on the lookout"; "thought to" after "nobody" or "had" is
    # remembering to, and "what police believed to be" names who believes)
    (?<=[a-z]\s)(?<!\bhe\s)(?<!\bshe\s)(?<!\bthey\s)(?<!\bwe\s)(?<!\bi\s)(?<!\byou\s)
        (?<!\bwho\s)(?<!\bthat\s)(?<!\bit\s)(?<!\band\s)(?<!\bor\s)(?<!\bbut\s)
        (?<!\bnobody\s)(?<!\bone\s)(?<!\bhad\s)(?<!\bhave\s)(?<!\bhas\s)(?<!\bpolice\s)
        (?:(?:reported|believed|thought|rumou?red)\s+to\s+(?:be|have)\s|
        # … "said" too once the writer's adverb shows it is no order: "a man wrongly said on
        # social media to be the attacker", "a painting widely said to be his last"
        (?:wrongly|falsely|mistakenly|erroneously|widely|variously)\s+said\s+
        (?:(?:on|in|by)\s+(?:[\w'’-]+\s+){{1,3}}?)?to\s+(?:be|have)\s|
        # … or to any verb a belief holds of a thing: "a traditional medicine believed to cure
        # everything", "a gene thought to cause it" (not an idea someone had: "Staff never
        # thought to check", "Few thought to ask")
        (?:believed|(?<!\bnever\s)(?<!\bever\s)(?<!\bfew\s)(?<!\beven\s)(?<!\bonce\s)thought)
        \s+to\s+(?!(?:him|her|them|my|your|it|our)sel(?:f|ves)\b)[a-z]+\s)|
    # hearsay with no source at all: "Word in the paddock is that …", "Word has it that …"
    (?<![\w-]\s)(?:the\s+)?word\s+(?:(?:in|on|around|within|inside|among)\s+(?:the\s+)?
        [\w-]++(?:\s+[\w-]++)?\s+)?(?:is|was|has\s+it)\s+that\b|
    # … or to any verb when no one can be told: "hilly areas, thought to represent …"
    (?:(?<=,)|(?<=,\s))(?:(?:now|widely|also|generally)\s+)?(?:believed|thought|rumou?red)\s+
        to\s+(?!(?:him|her|them|my|your|it|our)sel(?:f|ves)\b)[a-z]+\s|
    # (an adverb of how often or how widely may stand before "been" or the verb: "It's even
    # been said", "It has long been claimed", "It is often said")
    it(?:\s+(?:is|was)|\s+(?:has|had)(?:\s+{_HEARSAY_ADVERB})?\s+been|
        \s?['’]s(?:(?:\s+{_HEARSAY_ADVERB})?\s+been)?)\s+(?:{_HEARSAY_ADVERB}\s+)?
        (?:reported|claimed|alleged|
        rumou?red|believed|understood|said|feared|
        # (a judgement of what to do is no hearsay: "It was thought best to close the path")
        thought(?!\s+(?:best|better|wise|wiser|prudent|sensible|advisable|necessary|
            appropriate|safer)\b)|
        # (a proposal is no hearsay: "It was suggested that the meeting be moved")
        suggested(?!\s+that\s+(?:[\w'’-]+\s+){{1,4}}?(?:be|should)\b))
        # (nor is a report to someone, a complaint, or one a named outlet made: "It has been
        # reported to Ofcom", "It was reported by Reuters that …")
        (?!\s+to\s+(?:police|the\s+police|officers|authorities|him|her|them|(?-i:[A-Z]))|
            \s+by\s+(?:the\s+)?(?-i:[A-Z]))|
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
)


# Published research reports a finding: attributed to the study, not distanced from.
_RESEARCH = gated(
    re.compile(
        r"""\b(?P<who>(?:(?:the|a|an|some|new|recent|one|this|that|their|its|his|her|other)\s+)?
    (?:[\w'’-]++\s+){0,3}?(?:research|study|studies|survey|poll|report|analysis|data|review|
    paper|investigation|inquiry|audit|experiment|trial|census|figures|statistics|
    # (several of them, or the figures worked out: "Polls suggest", "Estimates suggest", "The
    # latest projections indicate"; not "reports", hearsay as often, nor "tests" or "trials",
    # a cricket series' or a court's as often: "The last two Tests showed England's batting …")
    surveys|polls|experiments|analyses|estimates|projections|forecasts|
    # documents of a court or an office speak the same way: "court records listed no attorney"
    records|documents|filings|complaint|lawsuit|indictment|affidavit))(?:\s+|(?=,))
    # what it was of: "the poll of 46,000 people found", or among whom, people or animals:
    # "one study in 17 people showed" (not "the trial in Manchester found him guilty", "the
    # experiment in the kitchen showed"); or whose it is: "figures from the catholic church
    # show" (the body that issued them is the source)
    (?:of\s+(?:[\w,.'’-]++\s+){1,3}?|
        (?:in|among|involving)\s+(?:[\w,.'’-]++\s+){0,3}?(?:people|adults|patients|women|men|
        children|girls|boys|participants|volunteers|mice|rats|subjects|students|nurses|
        adolescents|teenagers|infants|smokers|doctors|workers|twins|pairs)\s+|
        # (the issuer's name may close before an aside: "projections from the Social Security
        # Administration, issued last month, indicate")
        from\s+(?P<issuer>(?:[\w'’.-]++\s+){0,4}?[\w'’.-]++)(?:\s+|(?=,)))?
    (?:(?:published|conducted|carried\s+out|released|led|commissioned|funded|obtained|compiled|
        gathered|analy[sz]ed|unsealed|filed)\s+
        (?:[\w'’.-]++\s+){1,5}?)?
    # … or an aside between commas: "The study, published on Thursday in PLOS One, found",
    # "The statistics, covering the past three decades, also show"
    # (not a tag or a source between the commas: "The study, Smith said, found", "The report,
    # according to Reuters, found" are theirs)
    (?P<aside>(?<=\w),\s+(?![^,]*\b(?:said|says|told|according|argued|argues|wrote|writes|
        added|adds|noted|notes|claimed|claims)\b)[^,;:()"“”]{2,80}?,\s+)?
    (?:(?:also|has|have|had|recently)\s+)?(?:suggests?|suggested|found|finds|shows?|showed|
    indicates?|indicated|concluded|concludes|revealed|reveals|estimates?|estimated|warns?|
    listed|lists|states|stated|
    # (what a document sets out: "the indictment unsealed on Friday detailed how he …")
    (?:detailed|details|outlined|outlines)(?=\s+(?:how|what|why|that)\b)|
    warned)\b""",
        _F,
    )
)


# A document, table or chart made by a named body shows what it shows: attributed to its
# maker ("A graph compiled by the British Pest Control Association shows …", "This graphic,
# provided by Statista, shows …", "a ranking by Forbes lists …"). A chart or a map with no
# maker named is the writer's own illustration ("The map shows the route").
_MADE_BY = gated(
    re.compile(
        r"""\b(?P<who>(?:(?:the|a|an|this|that|these|new|recent|one|its|their)\s+)?
    (?:[\w'’-]++\s+){0,2}?(?:research|study|survey|poll|report|analysis|data|review|paper|
    audit|census|figures|statistics|graph|graphic|chart|map|table|infographic|index|ranking|
    list|documents?|emails?|letters?|memos?|files|papers|records)s?),?\s+
    (?:(?:compiled|produced|provided|prepared|issued|created|published|released|commissioned|
    conducted|carried\s+out|drawn\s+up|put\s+together|made|done|obtained|gathered|collected|
    seen)\s+)?
    by\s+(?P<maker>(?:[\w'’.&-]++\s+){0,6}?[\w'’.&-]++)
    # (an acronym or a gloss of the maker in brackets: "Ofcom (the independent regulator …)")
    (?:\s+\([^()]{1,160}\))?
    # (how they got it is no part of who: "obtained by the BBC under freedom of information laws")
    (?:\s+(?:under|through|via|using)\s+(?:[\w'’-]++\s+){0,5}?[\w'’-]++)?,?\s+
    (?:(?:also|has|have|had|recently)\s+)?(?:suggests?|suggested|found|finds|shows?|showed|
    indicates?|indicated|concluded|concludes|reveals?|revealed|estimates?|estimated|warns?|
    warned|lists?|listed|ranks?|ranked)\b""",
        _F,
    )
)


# The people who did the research report a finding "that …" (not "found deposits of ice").
_RESEARCHERS = gated(
    re.compile(
        r"""\b(?:(?:a|the)\s+team\s+of\s+)?(?P<who>(?:(?:the|a|some|other)\s+)?(?:[\w'’-]++\s+)?
    (?:researchers|scientists|investigators|inspectors|academics|astronomers|archaeologists|
        epidemiologists)
    # (and where they work: "Researchers at Karolinska Institutet", "Investigators from the
    # National Transportation Safety Board")
    (?:\s+(?:at|from|with)\s+(?:the\s+)?(?-i:[A-Z])[\w'’&.-]*+
        (?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?(?-i:[A-Z])[\w'’&.-]*+){0,5}
        # (the kind of body, after its name: "the World Weather Attribution group")
        (?:\s+(?-i:group|team|project|network|consortium|institute|centre|center|lab))?)?|
    # … or a body or an office that rules on what it examined, and what it found "that …"
    # ("The tribunal found that", "An Ofsted inspection found that", "Mr Justice Farraday
    # found that"; not "found him guilty", a verdict the next words give, nor a jury's verdict)
    (?:the|a|an)\s+(?:[\w'’-]++\s+){0,3}?(?:court|tribunal|coroner|judge|panel|watchdog|
        regulator|ombudsman|inspectorate|inspection|assessment|evaluation|examination|inquest|
        probe)|
    (?-i:(?:Mr|Mrs|Ms|Lord|Lady)\s+Justice|Judge)\s+(?-i:[A-Z])[\w'’-]*+
        (?:\s+(?-i:[A-Z])[\w'’-]*+)?)\s+
    (?:(?:have|had|also)\s+)?(?:found|concluded|discovered|suggest|suggested|estimate|
    estimated|believe|calculated|determined|established)\s+that\b""",
        _F,
    )
)


# Cheap first look: most sentences name no study, and the full pattern tries every word.
_RESEARCH_NOUN = gated(
    re.compile(
        r"\b(?i:research|stud(?:y|ies)|survey|poll|report|analysis|data|review|paper|"
        r"investigation|"
        r"inquiry|audit|experiment|trial|census|figures|statistics|records|documents|filings|"
        r"analyses|estimates|projections|forecasts|"
        r"complaint|lawsuit|indictment|affidavit|graph|chart|map|table|index|ranking|list|"
        r"document|emails?|letter|memo|files)"
    )
)


# Verbs of saying that attribute whatever they are used with, present and past.
_SPEECH_VERBS = r"""(?:said|says|say|told|tells|stated|announced|announces|
    # a newspaper's record of words spoken: "Mr. Huckabee was quoted as saying, “…”", "was
    # quoted by Interfax as saying" (the one quoted is the subject, as of "said")
    # … and in the active, the outlet quoting the one who spoke: "Reuters quoted a company
    # spokesman as saying …" (whom ``_QUOTED_AS_SAYING`` names)
    (?=quoted\s)(?<!falsely\s)(?<!wrongly\s)(?<!mis)
    quoted(?=\s+(?!by\s)(?:[\w'’.&-]+,?\s+){1,8}?as\s+(?:saying|telling)\b)|
    # … and as an aside after the one quoted: "Mourinho, quoted by L'Equipe as saying he …"
    (?<=,\s)quoted(?=\s+by\s+[^,.;:]{1,60}?\s+as\s+(?:saying|telling)\b)|
    (?=(?:is|are|was|were|been)\s+quoted\b)(?<!\bnever\s)(?<!\bnot\s)(?<!n['’]t\s)
    (?:is|are|was|were|been)\s+quoted(?:\s+by\s+[^,.;:"“]{1,60}?)?\s+as\s+(?:saying|telling)\b|
    # a question put in words: "Beck asked: “What are we suffering from?”" (not "asked to")
    (?:asked|asks)(?=\s*[:,]?\s*(?:[“"‘]|``))|
    # the way one put it, as an aside or before its words: "as the Supreme Court decision put
    # it —", "As one trader put it:", "…, puts it." (not "To put it bluntly", the writer's, a
    # modal's "as one might put it", nor "put it away", "put it on the menu")
    (?=puts?\s+it\b)(?<=[a-z]\s)(?<!\bI\s)(?<!\bwe\s)(?<!\byou\s)(?<!\bto\s)
    (?<!\bwould\s)(?<!\bcould\s)(?<!\bmay\s)(?<!\bmight\s)(?<!\bcan\s)(?<!\bshould\s)
    (?:put|puts)\s+it(?=\s*[,.;:—–]|\s+(?:this\s+way|bluntly|simply|succinctly|mildly|best)\b)|
    # a parenthetical tag, its subject before it and the clause going on after its comma:
    # "In short, the researchers conclude, the subway is safe" (not "I believe, …", the
    # writer's, nor "As its name suggests, …", an idiom)
    # (not an infinitive or a modal's: "To conclude,", "Few would argue,", "may conclude,")
    (?=conclu|argu|insist|reckon)(?<=[a-z]\s)(?<!\bI\s)(?<!\bwe\s)(?<!\byou\s)(?<!\bto\s)
    (?<!\bwould\s)(?<!\bcould\s)
    (?<!\bmay\s)(?<!\bmight\s)(?<!\bwill\s)(?<!\bcan\s)(?<!\bmust\s)(?<!\bshould\s)(?<!\bme\s)
    (?:conclude|concludes|concluded|argue|argues|insist|insists|reckon|reckons)
        (?=\s*,\s+(?-i:[a-z]))|
    # a plural subject's insistence, with or without "that": "But ministers insist there will
    # be safeguards"
    # (not a relative or a condition's: "Landlords who insist …", "If they insist …")
    (?=insist\s)(?<=[a-z]\s)(?<!\bI\s)(?<!\bwe\s)(?<!\byou\s)(?<!\bwho\s)(?<!\bif\sthey\s)
    insist(?=\s+(?:that|there|the|it|he|she|they|their|his|her)\b)|
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
    # (nor banknotes of a sum: "€1.3m in €500 notes was found")
    (?<!\bon\s)(?<!\bin\s)(?<!\bof\s)(?<!\bthe\s)(?<!\band\s)(?<!\bwith\s)(?<!\d\s)(?<!\bforged\s)
    (?<!\bcounterfeit\s)(?<!\bfake\s)(?<!\bpolymer\s)(?<!\bbank\s)notes
        # (nor notes a list or a sum goes on with: "the medium term notes and commercial paper")
        (?!\s+(?:of|were|are|was|is|issued|payable|maturing|outstanding|worth)\b|
        \s+(?:and|or)\s+(?:[a-z]+\s+){0,2}?(?:paper|bonds?|coins|notes|debentures|securities|
        shares|stock|bills|warrants|loans|deposits)\b)|
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
    # a forecast of what others will do: "Seoul expects PV cell producers to increase …",
    # "Economists expect the bank to cut rates" (not one's own plan, "ICI expects to file",
    # nor the passive, "is expected to")
    (?=expect)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bis\s)(?<!\bare\s)(?<!\bbe\s)
    (?<!\bthan\s)(?<!\bas\s)(?<!\bwhat\s)(?<!\bI\s)(?<!\bwe\s)(?<!\byou\s)
    # (nor the writer's advice: "Landlords should not expect …", "Shoppers can expect …")
    (?<!\bnot\s)(?<!n't\s)(?<!\bcan\s)(?<!\bcould\s)(?<!\bshould\s)(?<!\bwill\s)(?<!\bmay\s)
    (?<!\bmight\s)(?<!\bmust\s)(?<!\bwho\s)
    # (a change forecast, or a state forecast of things, not what a rule or a recipe asks of
    # people: "The law expects drivers to stop", "HSBC expects staff to be in the office", "The
    # recipe expects you to have a mixer")
    (?:expects|expected|expect)(?=\s+(?!to\b|you\b)[\w'’-]++\s+(?:[\w'’-]++\s+){0,4}?to\s+
        (?:rise|fall|grow|increase|decrease|decline|drop|improve|slow|cut|raise|lift|ease|top|
        exceed|double|halve|recover|peak|hold|stay|soar|climb|slump|plunge|rebound|pick\s+up)\b|
        \s+(?!(?:all\s+|every\s+|its\s+|their\s+|the\s+)?(?:staff|employees|workers|pupils|
        students|members|supporters|fans|customers|drivers|everyone|councils|tenants|parents|
        players|officers|users|passengers|you)\b)(?!to\b)[\w'’-]++\s+(?:[\w'’-]++\s+){0,4}?
        to\s+(?:be|remain)\b)|
    # a forecast with what it holds ("has forecast that the market …"; not "forecast rain")
    (?<!\bthe\s)(?<!\ba\s)(?<!\bits\s)(?<!\bhis\s)(?<!\bher\s)(?<!\btheir\s)(?<!['’]s\s)
    (?:forecast|forecasts|forecasted)(?=\s+that\b)|
    boasted|remarked|
    # (a holiday or a rule is observed in the passive: "to be observed on the days set"; a
    # thing seen, after its noun: "the most distant galaxy ever observed")
    observed(?<!be\sobserved)(?<!been\sobserved)(?<!is\sobserved)(?<!are\sobserved)
    (?<!was\sobserved)(?<!were\sobserved)(?<!ly\sobserved)(?<!ever\sobserved)
    (?<!never\sobserved)|
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


# the present of verbs a feature's inverted tag uses ("…, observes Brabon.")
_PRESENT_TAGS = "observes|concedes|remarks|warns|jokes|quips|replies|complains"


# a run of capitalised words, "the" before them or not: "TMZ", "the Daily Mail"
_CAPITALISED_RUN = r"(?:the\s+)?(?-i:[A-Z])[\w'’&.-]*+(?:\s+(?-i:[A-Z])[\w'’&.-]*+)*+"


# A reporter's or a paper's tag closing the sentence after its comma: "…, reports TMZ.",
# "…, reported the Daily Mail." (read by _SPEECH and _REPORTER_TAG): a capitalised name that
# is no day or month, up to the end of the sentence
_REPORTER_TAG_VERB = rf"""(?:(?<=,\s)|(?<=,["”’']\s))(?:reports|reported|comments)
    (?=\s+(?!(?:the\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|
    February|March|April|May|June|July|August|September|October|November|December)\b)
    {_CAPITALISED_RUN}
    # (and where or for whom, but no verb of its own: not "…, reports Smith had lied
    # surfaced", "…, comments Smith made in 2019 are replayed")
    (?:\s+(?:of|for|from|in|at|on)\s+[^,;:.!?"“”]*+)?[.!?]?\s*$)"""


# … and that tag with its reporter, the sentence's speaker when no verb before it named one
_REPORTER_TAG = re.compile(
    rf"{_REPORTER_TAG_VERB}\s+(?P<who>{_CAPITALISED_RUN})", re.I | re.VERBOSE
)


_CLOSING_PLURAL_TAGS = "warn|argue|predict|believe|insist|reckon|caution|suggest|estimate"


# words that open a clause, never a tag's speaker
_NO_TAG_OPENERS = "(?:whatever|what|than|as|though|although|but|and|or|which|who|if|while)"


_TAG_PAST = rf"""(?:(?=[a-z]+{_TAG_END})(?:{_REPORTING_PAST}){_TAG_END}|
    (?<=[,!?]['’"”]\s)(?:{_REPORTING_PAST}))"""


_INVERTED = re.compile(
    rf"""(?:[,!?._]\s*(?:''|``|['"”’‘])|['"”’]\s*,|,|^\s*['"”’‘]|
    # a tag the splitter parted from its quotation opens the next line in lower case:
    # "wrote Cattelan, the artist, in an e-mail to The New York Times."
    ^(?=(?:said|says|wrote|writes|added|adds)\s)|
    # "Or so says actress Patsy Kensit": the idiom inverts its verb too
    \bso(?=\s+(?:says|said)\b))\s*(?:said|says|say|added|adds|tweeted|
    explained|explains|noted|notes|wrote|writes|argued|argues|insisted|insists|stated|
    admitted|admits|stressed|stresses|continued|continues|asked|asks|claimed|claims|revealed|
    recalled|recalls|warned|joked|quipped|replied|conceded|remarked|observed|complained|
    # (a feature's tags run in the present: "…, observes Brabon.")
    {_PRESENT_TAGS}|
    # any past form of reporting, right after the quotation's mark, before its speaker (not
    # "Ascom, a provider of …, announced a new …", nor '"the little deal" announced in May')
    (?:(?<=['"”’‘`]\s)|(?<=['"”’‘`])|(?<=['"”’],\s))(?:{_REPORTING_PAST})
        (?!\s+(?:in|on|at|by|for|to|from|with|last|this)\b))\s+
    # (what was written is no speaker: "…, wrote the accompanying message: '…'"; a text that
    # speaks is, "…, says the letter signed by seven physicians")
    (?!(?:(?<=wrote\s)|(?<=writes\s))(?:the|a|an|his|her|their|its)\s+(?:[\w-]+\s+)?
        (?:message|caption|post|tweet|letter|note|email|comment)s?(?=\s*[:,.;!?]|\s*$))
    # (up to ten words: a long title before the name, "said The We Company's recently named
    # executive chair Marcelo Claure")
    (?P<who>(?:[\w.’'-]++\s*){{1,10}})""",
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


# An admission or an announcement made is a statement: "Luna's lawyer made a shock admission in
# court that his client had fired the bullet"
_ADMISSION = (
    r"(?:made|makes|making)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:admission|confession|"
    r"announcement|pledge|concession)\b(?=(?:\s+[\w'’-]++){0,6}?\s+that\b"
    # (not a relative clause about it: "a confession that police later said was coerced")
    r"(?!(?:\s+[\w'’-]++){1,3}?\s+(?:said|says|claimed|described|called|deemed)\b))"
)


# Calling something by a quoted phrase is a statement: "the couple call it 'an accident'"
# (not a name, "a band called 'Rex'").
# … and so is dubbing or branding someone by one ("The New York Times dubbed him the "Che
# Guevara of advertising"", not "a film dubbed 'The First Great Escape'", which has no object)
# (after a comma, a participle describing its noun: "the prison, dubbed the "Hanoi Hilton" by
# servicemen"), and a name taken for oneself is no statement ("midwives who dubbed themselves
# 'The Musketeers'")
_CALLING = r"""(?:call(?:s|ed)?|(?<!,\s)(?:dub(?:s|bed)|brand(?:s|ed))
    (?!\s+(?:themselves|himself|herself|itself|ourselves)\b))"""


_CALLED_QUOTED = rf"""{_CALLING}(?=\s+(?:[\w'’-]++\s+){{1,3}}?[“"‘'](?:
    # (a name in capitals given with its article is no judgement: "a class of sets called the
    # “Master Builder Series”", where "called the report “deeply flawed”" is one)
    (?:(?<!\bthe\s[“"‘'])(?<!\ba\s[“"‘'])(?<!\ban\s[“"‘'])|(?=(?-i:[a-z])))\w[\w'’-]*+\s+\w|
    # … or one word of judgement, not a name: "called the report “fiction.”", "called the
    # demand “unprecedented”" (not "called it “Rex”", nor a name given with its article, "call
    # the bridge the “coathanger”", nor a phrasal verb, "called off the “strike”")
    (?<!\bthe\s[“"‘'])(?<!\ba\s[“"‘'])(?<!\ban\s[“"‘'])(?-i:[a-z])[\w'’-]*+[.,!?]?[”"’']))
    (?!\s+(?:off|up|in|out|back|over)\b)"""


# describing by likeness, as "described": "DiGenova likened the arrest to the raid", "has
# characterized Putin as trying to undermine NATO" (not the passive "is likened to")
_LIKENED = r"""(?<!is\s)(?<!are\s)(?<!was\s)(?<!were\s)(?<!been\s)(?<!be\s)
    # (the active verb takes its object at once: "characterised in the press as", "likened
    # by witnesses to" are passives)
    (?:likened|likens|characteri[sz]ed|characteri[sz]es)(?!\s+(?:by|in|as|to|on)\b)
    (?=\s+(?:[\w'’.-]++\s+){1,8}?(?:to|as)\b)"""


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
        (?:a|an)\s+[“"‘']?[a-z])"""


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
# hacked" (a thing's, "This suggests that …", is the writer's inference: ``_statuses._said``
# keeps only a person's)
_SUGGESTS = r"suggests(?=\s+(?:that|she|he|they|it|the|his|her)\b)"


# a participle of saying set off by a comma, with what was said: the clause's subject said it
# ("David Holmes revealed one of those interactions, saying he recalled it “vividly.”"; a bare
# "saying that" may be the writer's own: "that is not saying that …"). "adding", "noting" and
# "concluding" say something only with "that" or a quotation: "Kane struck twice, adding the
# third", "Stir, adding the eggs", "The team won, concluding the season" say nothing
_SAYING = "saying|insisting|arguing"


_ADDING = (
    "adding|noting|concluding|declaring|responding|replying|explaining|asserting|stating|"
    "announcing|acknowledging|admitting|stressing|emphasising|emphasizing|maintaining"
)


_SAYING_AFTER_COMMA = (
    rf"(?<=,\s)(?:(?:{_SAYING})"
    r"(?=\s+(?:that|he|she|they|it|the|his|her|there|we|I)\b|\s*[:“\"‘])|"
    rf"(?:{_SAYING}){_CLAUSE_WITHOUT_THAT}|"
    rf"(?:{_ADDING})(?=\s+that\b|\s*[:“\"‘]))|"
    # … or joined to another participle by "and": "casting him as a Democrat in name only and
    # noting that he backed the pick"
    rf"(?<=[a-z]\sand\s)(?:{_SAYING}|{_ADDING})(?=\s+that\b)|"
    # … or after "after", "before" or "while": the main subject's words ("Thornbury Homes slid
    # 6.2% after warning that …", "resigned after admitting that he had misled parliament")
    rf"(?:(?<=\bafter\s)|(?<=\bbefore\s)|(?<=\bwhile\s))"
    rf"(?:{_SAYING}|{_ADDING}|warning|suggesting)(?=\s+that\b(?!\s*[,.;]))"
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
    # sees sales surge": a figure must follow; "expects" of any object was tried and dropped:
    # "The recipe expects you to have a mixer", "The law expects drivers to stop"; only a
    # change it forecasts is read, with the verbs of speech)
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


_SPEECH = gated(
    re.compile(
        # (not a part of a compound: "the self-declared government")
        rf"""(?<!\w-)\b(?:{_SPEECH_VERBS}|
    # a reporter's or an outlet's tag closing the sentence after its comma: "…, reports TMZ."
    # (not "…, reports of violence", "…, reported Tuesday")
    {_REPORTER_TAG_VERB}|
    # a tag in the present after its comma, before its speaker: "…, observes Brabon."
    (?<=,\s)(?:{_PRESENT_TAGS})
        # (a name, or a role that ends the tag: "…, observes the author.", "…, one critic.")
        (?=\s+(?:the\s+)?(?-i:[A-Z])|\s+(?:the|one|a|an)\s+[a-z]+(?:\s+[a-z]+)?\s*[.,;]\s*$)|
    # a plural's tag in the present closing the sentence after its comma: "…, experts warn.",
    # "…, economists predict." (as "…, experts say."; not a comparison or a concession,
    # "lower than the polls suggest", "…, whatever his doubters believe")
    # (nor what one's deeds or signs suggest: "…, his actions suggest", "…, early signs suggest")
    (?<=,\s)(?!{_NO_TAG_OPENERS}\b)(?!(?:his|her|its|their|my|our|your)\b)
        (?:[a-z][\w-]*+\s+){{0,2}}?(?!(?:indications|signs)\b)[a-z][\w-]*s\s+
        (?:{_CLOSING_PLURAL_TAGS})(?=\s*[.!]?\s*$)|
    posted(?=\s+(?:on|that|online)\b|\s*[,:]|
        # posted words: "posted messages slamming companies", "posted a message saying"
        \s+(?:(?:a|an|several|two|three|many)\s+)?(?:messages?|comments?|tweets?|statements?)\b)|
    {_PLURAL_SPEECH}|{_PROGRESSIVE_SPEECH}|
    # going on with a quotation: "She continued: 'It was terrible.'" (or a tokenised
    # text's "``")
    (?:continued|continues|went\s+on)(?=\s*[:,]\s*(?:['"“‘]|``))|
    # … or with what they go on to say: "The department then went on to note that …"
    (?<=\bon\sto\s)(?:note|add|explain|argue|insist)(?=\s+that\b)|
    (?<!was\s)(?<!were\s)(?<!been\s)(?<!is\s)(?<!are\s)confirmed|
    # … and the passive, with the one who confirmed it: "The death was confirmed by police",
    # "was confirmed in a statement released by his managers" (not "was confirmed as manager")
    (?=confirmed|revealed|disclosed)(?:(?<=was\s)|(?<=were\s)|(?<=been\s)|(?<=is\s)|(?<=are\s))
        (?:confirmed|revealed|disclosed)
        (?=(?:\s+in\s+(?:a|an|its|their|his|her)\s+(?:statement|post|letter|tweet)
        (?:\s+(?:released|issued|posted|put\s+out))?)?\s+by\s
        # (an identity proved is no statement: "has been confirmed by DNA as once belonging")
        (?![^,.;]{{0,40}}?\sas\s))|
    # (not a state declared, an act: "has declared a state of emergency", "declared war",
    # "declared bankruptcy", "declared him the winner")
    declared(?!\s+(?:a\s+(?:state|national|public|major|climate)\b|an\s+emergency\b|war\b|
        bankruptcy\b|independence\b|martial\s+law\b|a\s+disaster\b|
        the\s+(?:winner|area|site|building|game|match|result)\b))|
    warned|warns|
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
    # (a bare day may come first: "The US Embassy reported Wednesday that …")
    reported(?=\s+(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|
        today)\s+)?(?:that|how)\b)|
    # … by a named agent, in any voice: "The plans were reported on Tuesday by The Times"
    reported(?=\s+(?:[\w-]++\s+){{0,4}}?by\s+(?:the\s+)?(?-i:[A-Z]))|
    # an event reported in the passive is the writer's narration: "No serious injuries were
    # reported in the crashes" (not "It was reported that …", a hedge read elsewhere)
    # (the word first, then what may not stand before it: checked only where it is found)
    # (or a bare day, or a colon before the words it reports: "As ABC reported Friday
    # evening:")
    {_ACTIVE_REPORTED}
    (?=\s+(?:on|in|last|this|earlier|yesterday|today)\b|\s*[,.:]|
        \s+(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:morning|afternoon|evening|night))?
        \s*[,.:])|
    reports(?=\s+(?:that|how)\b|\s*[.!]?\s*$)|citing|
    # the outlet that broke a story: "Business Insider first reported the planned cuts on
    # Tuesday" (not the passive, "was first reported in 2019", nor published research, "first
    # reported the link … in a 2011 study")
    (?<=[A-Za-z]\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bis\s)(?<!\bare\s)(?<!\bbe\s)
    first\s+reported(?=\s+(?:on|that|details|news)\b|\s+the\s+(?:[\w-]+\s+){{0,2}}?(?:news|story|
        plans?|cuts|deal|details|move|decision|talks|investigation|probe|merger|takeover|sale|
        layoffs|resignation|departure|appointment|split|lawsuit|settlement)\b)
    (?![^.;]{{0,160}}?\b(?:study|studies|paper|journal|research)\b)|
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
        (?:was|were|is|are|had|has|would|will)\b|
        # … or in the past tense, right after its subject, with an object or a way out:
        # "Police reported the attacker exited the Hall", "Witnesses reported the gunman
        # walked into the bank" (not a participle after a noun, which "at", "on" or "by"
        # follows: "reported the injured patients treated at the scene", "the stolen car
        # parked on …")
        \s+the\s+(?![a-z]+ed\s)[a-z][\w-]*+\s+(?:(?![a-z]+ed\s)[a-z][\w-]*+\s+)?[a-z]{{2,}}ed
        \s+(?:the|a|an|his|her|their|its|from|into|out|off)\b|
        # (not the noun's relative clause: "following reports it had received")
        (?<=reported)\s+(?:he|she|they|we)\s+(?:was|were|is|are|had|has|would|will)\b)|
    revealed(?=\s+(?:that|how)\b)|heard(?=\s+(?:evidence\s+)?(?:that|how)\b|\s*\.)|
    # a denial in the present by more than one ("Both men deny the charges", "They deny any
    # wrongdoing"; not an infinitive's, a negation's nor the speaker's own, "to deny",
    # "cannot deny", "I deny")
    (?=deny\s)(?<=[a-z]\s)(?<!\bto\s)(?<!\bnot\s)(?<!n['’]t\s)(?<!\bcannot\s)(?<!\bI\s)
    (?<!\bwe\s)(?<!\byou\s)(?<!\bnever\s)(?<!\bcan\s)(?<!\bcould\s)(?<!\bmay\s)
    (?<!\bmight\s)(?<!\bwill\s)(?<!\bwould\s)(?<!\bwho\s)(?<!\bthat\s)
    deny(?=\s+(?:(?:any|all|the)\s+)?(?:wrongdoing|charges?|allegations?|claims?|accusations?|
        knowledge|involvement|responsibility|murder|manslaughter|rape|fraud|assault|
        (?:being|having)\b))|
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
    {_ACTIVE_REPORTED}(?<![-'’]reported)(?<!\bnever\sreported)(?<!\bnot\sreported)
    (?<!\bfirst\sreported)
    # (a noun and then its participle is what was reported to whom: "Officials reported the
    # injured patients treated at the scene")
    (?!\s+the\s+(?:[\w-]+\s+){{1,3}}?[a-z]+ed\s+(?:at|on|by|in|to|from)\b)
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
    (?<!surveyed\sreported)(?<!polled\sreported)(?<!questioned\sreported)
    (?=\s+(?:its|their|a|an|some|more|no|only|one|two|three|four|five|six|seven|eight|nine|
        ten|dozens|hundreds|thousands|\d[\d,.]*|[a-z]+-[a-z-]+|
        first|second|third|fourth|full-year|quarterly|annual|half-year|record|
        # (a firm's results, told by their kind: "Cenergy reported net income of …", not
        # "Trump never reported income from the deal", a filing)
        (?:net|combined|operating|gross|underlying|consolidated)(?=\s+(?:[\w-]+\s+){{0,3}}?
        (?:income|profits?|loss|losses|earnings|revenues?|sales)\b)|
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
    (?<!figures\shinted)(?<!results\shinted)(?<!research\shinted)(?<!polls\shinted)
    (?<!minutes\shinted)(?<!markets\shinted)
    (?=\s+(?:(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+|(?:yesterday|today|earlier|last\s+week)\s+)?that\b)|
    # "…, per the WHO, …": a named source, as "according to"
    {_PER_SOURCE}|
    {_REPORT_EXPERIENCE}|{_TRIBUTE}|{_ADMISSION}|
    # a named view of a thing, as "believes": "which astrobiologists regard as", "which she
    # feels are too big" (not the passive "is regarded as", nor "felt the ground shake")
    (?<!is\s)(?<!are\s)(?<!was\s)(?<!were\s)(?<!been\s)(?<!be\s)(?<!widely\s)
        regard(?:s|ed)?(?=\s+as\b)|
    {_FELT}|
    denied|denies|{_DISMISSED}|called\s+for|calls\s+for|urged|urges|vowed|vows|vowing|pledged|
    pledges|promised|{_RESPONDED}|replied|countered|conceded|cautioned|reiterated|
    rejected\s+(?:the\s+|these\s+|those\s+|all\s+)?(?:accusations?|allegations?|claims?|
        reports?|criticism|charges?)|
    {_REBUTTING}{_REBUTTED}(?={_REBUTTAL_ENDS})|
    (?:released|issued)\s+a\s+statement|
    # (a denial or an apology issued is a statement: "issued an unequivocal denial")
    {_ISSUED}\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:denial|rebuttal|apology)|
    {_PUT_OUT_SAYING}|{_APPEARED_TO_SAY}|
    criticised|criticized|condemned|denounced|decried|praised|slammed|
    described|
    {_LIKENED}|
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
)


# Verbs whose subject is the speaker, in the order a sentence may use them.
_SUBJECT_VERB = gated(
    re.compile(
        # (not a part of a compound: "self-declared", "much-reported")
        rf"""(?<!\bto\s)(?<!\bto\shave\s)(?<!-)\b(?:{_SPEECH_VERBS}|posted|confirmed|
    declared|warned|warns|testified|asserted|maintained|suggested|{_SUGGESTS}|commented|recalled|
    believes|believe|believed|{_BELIEF}|spoke|spoken|talked|welcomed|welcomes|informed|
    hailed|hails|applauded|applauds|reported|reports|revealed|heard|denied|denies|
    {_DISMISSED}|defended|defends|{_REPORT_EXPERIENCE}|{_TRIBUTE}|{_ADMISSION}|regard(?:s|ed)?(?=\s+as\b)|
    {_FELT}|
    called\s+for|calls\s+for|urged|urges|vowed|vows|pledged|pledges|promised|{_RESPONDED}|
    replied|countered|conceded|cautioned|reiterated|rejected|declined|refused|released|
    # (a named party's rebuttal of what was said, as "denied")
    {_REBUTTING}(?={_REBUTTED}{_REBUTTAL_ENDS})|
    # (whose statement, denial, apology or warning it is: "issued its third profits warning")
    {_ISSUED}(?=\s+(?:a|an|its|their|his|her|the)\s+(?:[\w-]+\s+){{0,2}}?
        (?:statement|denial|rebuttal|apology|warnings?)\b)|
    {_PUT_OUT_SAYING}|{_APPEARED_TO_SAY}|
    {_ESTIMATED}|
    criticised|criticized|condemned|denounced|decried|praised|slammed|
    described|{_LIKENED}|{_EXPRESSED}|ruled|
    {_CITED}|{_CALLED_A}|{_FEARS}|{_REPORTING_THAT}|{_TAG_PAST}|
    {_STANDS_TAKEN}|
    {_CALLED_BLANKED}|{_LABELLED_BY_BLANKED}|
    (?<!the\s)(?<!these\s)(?<!those\s)(?<!such\s)claim(?:s|ed)?|alleged|alleges|
    accused(?!\s+of\b|\s+but\b)|accuses|
    # going on with a quotation: "Charlotte continued: '…'", or its tag: "…,” the statement
    # continued."
    (?:continued|continues)(?=\s*:\s*(?:['"“‘]|``)|\s*[.!]?\s*$)|{_PLURAL_SPEECH}|{_PROGRESSIVE_SPEECH}|{_STANCE}|
    {_TOOK_TO}|{_BLAMED}|
    (?:is|are|was|were)\s+(?:said|accused|warning))\b|
    # the infinitive the subject goes on with: "The department then went on to note that …"
    (?<=\bon\sto\s)(?:say|note|add|explain|argue|insist|suggest|warn|write|describe)\b""",
        re.I | re.VERBOSE,
    )
)


# A participle after a comma ("…, claiming the vote was rigged") speaks for the main subject.
# (every participle ``_SPEECH`` reads after a comma, and more: whose speech it is)
_PARTICIPLE = re.compile(
    rf"(?:,|\s[-–—]|\s(?:after|before|while)\s)\s*(?:{_SAYING}|{_ADDING}|claiming|accusing|"
    r"alleging|telling|warning|vowing|suggesting)\b",
    re.I,
)


# "with X saying that …": X, not the main clause's subject, says it
_WITH_SPEAKER = re.compile(
    r"\bwith\s+(?P<who>(?:[\w.’'-]++\s+){1,5}?)(?P<verb>(?:saying|suggesting|insisting|arguing|"
    r"predicting|noting|warning|claiming)(?=\s+that\b)|"
    # … or what they called it: "with the Royal College of Nursing describing it as 'a
    # national emergency'", "with critics calling it a betrayal"
    r"describing(?=\s+(?:[\w'’-]+\s+){1,4}?as\b)|"
    r"calling(?=\s+(?:for|it|them|this|that|the\s+(?:move|plan|decision|deal))\b)"
    r"(?!\s+it\s+a\s+day\b))"
)


_ACCORDING = re.compile(
    rf"(?:\baccording\s+to|{_PER_SOURCE})\s+"
    # (a dash between words closes the source as a comma does: "…, according to The Washington
    # Post's Fact Checker -- it is odd")
    # (and never ends inside a word: a long document's maker is read whole, "an interview
    # transcript released Wednesday night by the Senate Judiciary Committee")
    r"(?P<who>(?:(?!\s[-–]{1,2}\s)[^,.;:()—]|(?<=[A-Z])\.|\.(?=\w)){2,120})(?![\w’'])",
    re.I,
)


# the one quoted as an aside right after their name: "Mourinho, quoted by L'Equipe as saying"
_QUOTED_BY_AS_SAYING = re.compile(
    r"^(?P<who>[^,]{2,60}),\s+quoted\s+by\s+[^,.;:]{1,60}?\s+as\s+(?:saying|telling)\b"
)


# the one an outlet quoted: "Interfax quoted Deputy Foreign Minister Sergei Ryabkov as saying"
_QUOTED_AS_SAYING = re.compile(
    r"(?<!falsely\s)(?<!wrongly\s)\bquoted\s+(?!by\s)(?P<who>(?:[\w'’.&-]++,?\s+){1,8}?)"
    r"as\s+(?:saying|telling)\b"
)


_CITING = re.compile(r"\bciting\s+(?P<who>[^,.;:()]{2,60})(?![\w’'])", re.I)


_MAX_SOURCE_WORDS = 7


_MAX_NAME_WORDS = 4


_CLAIM_NOUNS = r"""(?:claims?|statements?|figures?|allegations?|accounts?|reports?|assertions?|
    numbers?|comments?|remarks?|tally|toll|information|footage|video|videos|pictures|images|
    photos|recording|audio|documents?|letter|casualty\s+figures|death\s+toll)"""


# A name before "could not verify" is read as whole words (possessive): as pieces that could
# split anywhere, "Zaaa…a is unverified." had n^4 readings to try before failing.
_NOTE_BODY = re.compile(
    rf"""^(?:(?:his|her|their|its|the|these|those|this|that|such)\s+(?:[\w'’-]+\s+){{0,2}}?
    {_CLAIM_NOUNS}\b|
    # (the doubt right after it: "It could not be verified", "This has not been confirmed";
    # not a statement of its own, "It also claimed …, a figure that could not be verified")
    (?:this|that|it)\s+(?=(?:could|can|cannot|can['’]t|couldn['’]t|has|had|have|was|is|remains?|
        remained|appears?|seems?|would|will)\b)|
    # each of several sides' claims: "Neither claim", "Neither side's casualty figures"
    (?:neither|either|both)\s+(?:[\w'’-]+\s+){{0,2}}?{_CLAIM_NOUNS}\b|
    there\s+(?:was|is|has\s+been)\s+no\s+|
    # the newsroom's own: "We have not been able to verify the footage"
    we\s+have\s+not\s+been\s+able\s+to\s+(?:independently\s+)?(?:verify|confirm)\b|
    none\s+of\s+(?:the|
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


# The article's own finding that nothing bears out what was just claimed: "There is no
# evidence that any such ban exists", "Police figures do not support this" (read only right
# after a claim: on its own, "There is no evidence that the drug works" is the writer's fact)
_NO_SUPPORT = re.compile(
    r"""^(?:(?:however|but|in\s+fact|yet),?\s+)?(?:
    # (as speech spells it too: "There's no evidence that …"; not inside a quotation, which
    # may be the claimant's own: "'There's no evidence that it causes harm.'")
    there(?:\s+(?:is|was|has\s+been)|\s?['’]\s?s)\s+no\s+(?:(?:such|credible|independent|
        public|scientific|medical|clinical|hard|real)\s+)?(?P<evidence>evidence\s+that)\b|
    # (or that what was claimed is not there: "No such rule exists", "No such order has ever
    # been issued")
    # (not what is yet to come: "No such deal has been signed yet")
    no\s+such\s+(?:[\w-]+\s+){1,2}?(?P<exists>exists|existed|(?:has|have)\s+ever\s+
        (?:existed|been\s+(?:issued|passed|made|found|announced|recorded|signed)))\b|
    (?:[\w-]+\s+){0,2}?(?:figures|data|records|statistics|evidence|documents)\s+
        (?P<support>(?:do|does|did)\s+not\s+(?:support|back\s+up|bear\s+out|back|bear))\s+
        (?:this|that|it|(?:the|(?P<owner>his|her|their)|its|these|those)\s+(?:claims?|figures?|
        assertions?|account))(?:\s+(?:up|out))?\b)""",
    re.VERBOSE | re.IGNORECASE,
)


# "… could not be verified" followed by what it cannot verify: "the group's claim".
_NOTE_OBJECT = re.compile(
    # (what the evidence would be for: "He offered no evidence for the assertion", "… for
    # either statement")
    rf"""\s*(?:(?:for|of|behind)\s+)?
    (?:the|his|her|their|its|these|those|this|that|such|either|both|each|any|all|
    [\w-]++['’]s?)\s+
    (?:[\w-]++\s+){{0,2}}?{_CLAIM_NOUNS}\b""",
    re.VERBOSE | re.IGNORECASE,
)


# A note about each of several sides' statements opens with a word for all or none of them:
# "Neither account …", "None of the claims …", "Both sides' figures …", "Either figure …"
_EVERY_SIDE = re.compile(r"(?:neither|none|both|either)\b", re.I)
