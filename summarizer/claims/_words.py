"""Word lists and small word-shape helpers at the bottom of the package: the function words,
pronouns, verbs and nationalities a speaker may not be, start or end with, and the other lists
that more than one module reads, kept in one place so that every rule reads the same list.
"""

from __future__ import annotations

import re

import pycountry

# How many texts a rule's cache of a text's reading keeps: the rules read one sentence (its
# masked and cut forms, its phrases) several times over before they go on to the next.
_TEXTS_KEPT = 64


def _verb_like(word: str) -> bool:
    """A lower-case word in -ed or -ing that is not a known noun: capitalised ones are names
    ("Ahmed", "Fielding")."""
    return word.islower() and word.endswith(("ed", "ing")) and word not in _NOT_VERBS


def _plural_in_form(word: str) -> bool:
    """A word in -s that is no singular in -ss, -us or -is ("times", "rivals"; not "boss",
    "census", "analysis")."""
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _words(text: str) -> frozenset[str]:
    """The words of ``text`` as a set: word lists read better written as one string."""
    return frozenset(text.split())


_PRONOUNS = _words(
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


_FUNCTION_WORDS = (
    _PRONOUNS
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


_FINITE_VERBS = _words(
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
    finalist treasurer attorney-general solicitor-general commissioner envoy skipper
    lawmaker legislator politician democrat republican tory
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


def _is_person_noun(word: str) -> bool:
    """A noun for one person, a role that may be a title ("manager") or any other
    ("student"), as given (lower case to match)."""
    return word in _PERSON_ROLES or word in _PEOPLE_NOUNS


_REPORTING_PARTICIPLES = _words(
    """
    asked speaking describing talking writing responding commenting explaining referring
    reflecting quoted pictured added told interviewed addressing replying
    """
)


_POSSESSIVES = frozenset({"his", "her", "their", "its"})


# numbers with no maker named, and the polls and estimates worked from them, which show a
# finding but never speak
_DATA_HEADS = _words("figures data statistics stats numbers polls estimates projections forecasts")


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


_TIME_LEADS = _words("last this on early late that next")


_NOUNS_IN_LY = _words("family ally assembly supply monopoly rally belly bully lily jelly fly")


# every country's names in ISO 3166, as pycountry (which sumy already brings) keeps them
_ISO_COUNTRY_NAMES = frozenset(
    name
    for country in pycountry.countries
    for name in (country.name, getattr(country, "common_name", ""))
    if name
)


def _country_names() -> frozenset[str]:
    """One-word names of countries (ISO 3166, as pycountry, which sumy already brings, keeps
    them), with the home nations and continents a news story names as often: a lone
    capitalised word that is also a census surname ("Britain", "France", "Israel") is then
    told from a person ("Britain rejected the offer" is no one a later "he" means)."""
    names = {name.split(",")[0] for name in _ISO_COUNTRY_NAMES}  # "Korea, Republic of": Korea
    return frozenset(name.lower() for name in names if " " not in name) | _words(
        "britain america england scotland wales europe africa asia russia turkey holland "
        "palestine kosovo burma syria vietnam laos"
    )


_COUNTRY_NAMES = _country_names()

# … and every country's names in full, for a name of several words ("United States")
_COUNTRY_FULL_NAMES = frozenset(name.lower() for name in _ISO_COUNTRY_NAMES)


# A nationality before a name describes the person, it is not part of the name ("American
# Lauren Davis"); multi-word ones are written with a space ("new zealander").
_NATIONALITIES = _words(
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


# a nation's adjective or a country's one-word name: neither is a person's lone name
_NATIONS = _NATIONALITIES | _COUNTRY_NAMES


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


# Titles a capitalised word before a name may be, besides the roles of persons above
_NAME_TITLES = _words(
    """
    constable professor judge father captain administrator cabbie founder director insider
    trooper commander general rep sen gov lt col cmdr sgt det supt insp dr mr mrs ms sir
    dame lord lady prof rev chief superintendent detective officer inspector sergeant
    brig brigadier maj major adm admiral cpl corporal pvt
    """
)


# Titles written short, which stand only before a name: alone they are what is left of one
# cut off ("According to the Herald, Gov." where a page broke the line after the title)
_TITLE_ABBREVIATIONS = _words(
    "rep sen gov gen lt col cmdr capt sgt det supt insp dr mr mrs ms prof rev brig maj adm cpl pvt"
)


# Words that open a sentence and name no one when they stand alone: a quantifier or an
# adverb ("All I can say is …", "Few of the cameras were installed", "Never urged Ukraine …"),
# a web page's call to act ("Scroll down for video", "Click here") and an editor's label
# ("Correction added Nov. 18:", "Breaking: …")
_NEVER_ALONE = _words(
    """
    all few each every either neither none never always perhaps maybe also only even just still
    scroll click tap swipe subscribe correction update clarification breaking
    afterward afterwards thereafter eventually initially otherwise nonetheless nevertheless
    meanwhile moreover furthermore however therefore thus hence instead anyway
    """
)


# Past tenses that are neither nouns nor participles ("soldiers sent to the front", "a team
# led by") nor names ("drew"): after a name, a clause has begun ("Fowler came", "Swift took")
_IRREGULAR_PASTS = _words(
    "came took went gave saw ran began became wrote spoke knew grew threw fell wept slept swept"
    " crept slid sank shrank swam sprang fled fought caught brought bought sought taught struck"
    " stole froze chose drove rode swung clung flung stung bled dealt knelt leapt rang sang"
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


# What a text does as it is read, in the present: "The motion begins, adding that …", "The
# statement continues, noting …", "The letter ends, saying …": after a determiner or an owner
# and a noun ("The motion", "Her letter"), the verb that closes the subject, never a word of
# its name
_TEXT_VERBS = _words("begins continues concludes ends opens reads goes adds")


_OBJECT_OPENERS = _words("the a an his her their its this that these those")


_COLLECTIVE = _words(
    """
    police staff management government military army media press prosecution defence
    defense public family jury panel committee council court ministry cabinet parliament
    congress senate
    """
)


def _hashes(match: re.Match[str]) -> str:
    """A match masked with as many "#": masked text keeps every offset of the original."""
    return "#" * len(match.group(0))


# verb forms that agree with a plural: a club or a firm ("Blackburn have signed"), not a person
_PLURAL_FORMS = _words("were are have do")


# the words that end a paper's name ("The Times", "the Argus Leader") …
_MASTHEAD_WORDS = (
    "Times|Post|Journal|Herald|Tribune|News|Guardian|Telegraph|Chronicle|Gazette|Star|Mirror|"
    "Sun|Express|Mail|Review|Independent|Economist|Register|Inquirer|Enquirer|Observer|"
    "Standard|Bulletin|Record|Dispatch|Courier|Globe"
)

# … and the last word of a newspaper's or journal's name: the mastheads, and words that end a
# title too ("Leader" and "Examiner" end "the Senate Majority Leader" and "the Chief Medical
# Examiner") or a journal's or a show's name
_OUTLET_HEADS = rf"(?:{_MASTHEAD_WORDS}|Leader|Lancet|Magazine|Examiner|Daily|Today)"


# members of a party or a movement, who in the plural are a group and never one person
# ("House Democrats", "Senate Republicans", "rebel Tories")
_PARTY_MEMBERS = _words(
    """
    democrat republican conservative tory tories liberal socialist communist unionist
    nationalist loyalist labourite centrist progressive libertarian
    """
)
