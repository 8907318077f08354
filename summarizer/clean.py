"""Remove the wrapper that pasted and extracted articles carry, and say what was removed.

A site's wrapper (donation and paywall appeals, newsletter and cookie prompts, share bars,
button words, photo credits) is written *to the reader* about *the site*, while the article is
written about the world. The rules lean on that: a line is judged by what it says (cue
phrases), how it speaks (first person plural to a "you", outside quotation marks) and its
shape (a lone button word, a run of short fragments), and a paragraph is judged by its lines.
An appeal that opens with a salutation ("Dear readers,", "A message from …:") carries the
paragraphs after it for as long as they keep speaking to the reader.
"""

from __future__ import annotations

import enum
import functools
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

import justext

from summarizer.language import detect_language
from summarizer.runs import heavy_runs
from summarizer.sentences import split_sentences, words


class LineKind(enum.Enum):
    CONTENT = "content"
    UI = "ui"  # a button, a menu entry, a lone token
    APPEAL = "appeal"  # donation, paywall, newsletter, cookie, share prompts
    HEADER = "header"  # the salutation that opens an appeal
    CAPTION = "caption"  # a photo caption or credit
    BYLINE = "byline"  # "By …", "Published …", "Updated …"


@dataclass(frozen=True, slots=True)
class Cleaned:
    text: str
    removed: tuple[str, ...]
    # For each line of ``text`` (blank lines aside), how many lines were removed just before
    # it: the ranker reads where the story's prose is broken by labels that are gone.
    gaps: tuple[int, ...] = ()


_UI_WORDS = frozenset(
    """×|x|✕|share|shares|tweet|email|e-mail|print|save|read more|read more:|continue|
    continue reading|once|one-time|one time|monthly|annual|annually|yearly|weekly|
    remind me later|remind me later.|maybe later|no thanks|no, thanks|close|subscribe|
    sign up|log in|login|sign in|register|advertisement|advertising|ad|sponsored|
    skip advertisement|menu|search|accept|accept all|reject all|manage preferences|
    cookie settings|got it|ok|copy link|link copied|facebook|twitter|x (twitter)|whatsapp|
    linkedin|reddit|telegram|pinterest|flipboard|messenger|comments|show comments|
    view comments|listen|listen to this article|play|pause|related|related articles|
    related stories|more on this story|most read|most popular|trending|back to top|next|
    previous|support us|donate|donate now|give now|give|subscribe now|follow us|follow|like|
    share this article|share this|share this story|image|video|photo|photos|gallery|
    loading|loading...|top stories|recommended|newsletter|newsletters|see all|view all|
    show more|load more|hide caption|toggle caption|enlarge this image|expand|collapse|
    open in app|get the app|download the app|sign up for free|keep reading|skip to content|
    skip to main content|scroll down for video|scroll to continue|full screen|
    enter your email|email address|submit|unmute|mute""".replace("\n", "").split("|")
)
_UI_PATTERNS = re.compile(
    r"""^(?:\d+\s*(?:min(?:ute)?s?|sec)\s*read|\d[\d,.]*+[km]?|\d+\s*comments?|
    (?:share|post|send)\s+(?:on|to|via)\s+\w+(?:\s+\w+)?|
    [$€£]\s?\d+(?:[.,]\d+)?(?:\s*(?:/|per|a)\s*(?:month|year|week|mo|yr))?|
    (?:photo|image|video|audio)\s*\d+\s*(?:of|/)\s*\d+|
    (?:share|comment|follow|subscribe|sign\s+up|continue\s+reading|leave\s+a|read|watch|
    listen|download|skip|supported\s+by|advertisement|more\s+from|see\s+more|view)
    \b(?:\s+[\w'’-]+){0,5})$""",
    re.IGNORECASE | re.VERBOSE,
)
# A line linking to another story: "Read more: What do junior doctors earn?", "Related | …".
# It is no part of an appeal either: the story lines around it stay where they were.
_CROSS_LINK = re.compile(
    r"""(?:read\s+more|read\s+also|also\s+read|see\s+also|related(?:\s+(?:stories|articles|
    coverage|content|reading))?|more\s+on\s+this(?:\s+story)?|recommended\s+reading)
    \s*[:|»›]\s*\S(?:\S*+\s*+){0,24}""",
    re.IGNORECASE | re.VERBOSE,
)
# Phrases that, wherever they appear, are the site talking about itself; and a line (or a long
# paragraph's sentence) that opens by telling the reader to click or tap here, on the picture
# or link above or below, or to enlarge or see more, in the major European languages: it points
# at the page's own widgets. "Tap the Settings icon" in a how-to, "Click the link in these
# messages" in a story about fraud point at something else, and stay.
_STRONG_APPEAL = re.compile(
    r"""\b(?:support\s+(?:us|our\s+(?:work|journalism|reporting|newsroom|mission))|
    your\s+(?:support|contribution|donation|gift)|please\s+(?:consider\s+)?(?:support|donat|
    subscrib|give|contribut|chip\s+in|become)|make\s+a\s+(?:one-time\s+)?(?:contribution|
    donation|gift)|every\s+contribution|contribute\s+(?:today|now|monthly)|donate\s+(?:now|today)|
    become\s+a\s+(?:member|supporter|patron|paid\s+subscriber|subscriber)|ad[- ]?blocker|
    whitelist\s+(?:us|our)|
    subscribe\s+(?:now|today|for\s+(?:free|just|only|\$)|to\s+(?:our|the|my)\s+newsletter)|
    sign\s+up\s+(?:for|to)\s+(?:our|the|my)\b|sign\s+up\s+now|enter\s+your\s+email|
    (?:already|not)\s+a\s+(?:subscriber|member)|subscribers?[- ]only|free\s+articles?\s+(?:left|
    remaining|this\s+month)|(?:you(?:'|’)ve|you\s+have)\s+(?:read|reached|used)\s+(?:your|\d+|all)|
    (?:log|sign)\s*in\s+to\s+(?:continue|read|keep)|create\s+a\s+free\s+account|
    we\s+use\s+cookies|cookie\s+(?:policy|settings|preferences)|by\s+continuing\s+to\s+(?:use|
    browse)|accept\s+(?:all\s+)?cookies|all\s+rights\s+reserved|follow\s+us\s+(?:on|at)|
    # a reprint notice: "This copy is for your personal, non-commercial use only."
    your\s+(?:personal|private),?\s+non-?commercial\s+use|order\s+presentation-ready\s+copies|
    like\s+us\s+on|download\s+(?:our|the)\s+app|
    # an affiliate disclosure: "ZDNet may earn a commission from some of the products
    # featured", "When you buy through links on our site, we may earn an affiliate commission"
    # (the site or its links earning, not a story's "a dealer may earn a commission from the
    # lender", "Apple takes a commission on purchases made through the App Store", "creators
    # may earn an affiliate commission of 3%")
    (?:we|this\s+(?:site|page)|our\s+site)\s+(?:may|might|could)\s+(?:earn|receive|get|make)\s+
        (?:an?\s+)?(?:small\s+)?commission|
    commission\s+(?:from|on)\s+(?:some\s+of\s+)?(?:the\s+)?(?:products|items)\s+
        (?:featured|mentioned|linked)|
    (?:buy|purchase|shop)\s+(?:something\s+|products?\s+)?(?:through|via|using)\s+(?:the\s+)?
        (?:retail\s+|affiliate\s+)?links?\s+(?:on|in)\s+(?:our|this)\s+(?:site|page|article|post)|
    # the site sending its reader to its own coverage, as a sentence opens: "Follow our live
    # coverage of …", "For the latest, read our full coverage" (not a story's "readers who
    # follow our coverage said …")
    (?:^|(?<=[.!?…]\s))(?:[^,.!?;]{0,40},\s+)?
    (?:follow|read|watch|see|get|catch\s+up\s+(?:on|with))\s+(?:all\s+)?our\s+(?:(?:live|
        latest|full|complete|ongoing|continuing|special)\s+)*(?:coverage|updates|live\s+blog|
        blog)\b|thank\s+you\s+for\s+(?:reading|standing|
    supporting|your\s+support)|thanks\s+for\s+reading|help\s+us\s+(?:keep|continue|fund|
    stay)|reader[- ](?:funded|supported)|not\s+ready\s+to\s+(?:support|
    subscribe|donate)|remind\s+me\s+later|starting\s+(?:from|at)\s+(?:just|only)\s+[$€£]|
    share\s+this\s+(?:article|story|post)|listen\s+to\s+this\s+article|
    (?:recommended|more)\s+(?:for\s+you|stories)|(?:click|tap)\s+(?:here|to\s+(?:subscribe|
    sign\s+up|follow|watch|listen|download|join))|
    ^(?:click|tap|clique|clica|cliquez|clicca|klicken\s+sie|klicke|haga\s+clic|haz\s+clic)\s+
        (?:here|aqui|aquí|ici|qui|hier|below|above|
        (?:on\s+)?(?:the|this|these|an?)\s+(?:image|photo|picture|pic|link|button|banner|icon|
            thumbnail|gallery|video)s?\s+(?:above|below|to\s|for\s+(?:a\s+)?(?:larger|bigger|full))|
        to\s+(?:enlarge|expand|zoom|play|view|see|watch|read\s+more)|
        (?:na|no|nas|nos)\s+(?:imagem|foto|fotos|link|botão)\s+(?:acima|abaixo|ao\s+lado)|
        e\s+(?:saiba|veja|confira|conheça)|
        sur\s+(?:le|la|les|l['’])\s*(?:lien|image|photo|bouton)|
        auf\s+(?:den|das|die)\s+(?:link|bild|bilder|button)|
        en\s+(?:el|la)\s+(?:enlace|imagen|foto|botón)|sull['’]\s*immagine|sul\s+link)|
    (?:image|photo|picture)\s+(?:source|credit|caption)s?\s*[,:]|
    this\s+(?:article|story|content)\s+is\s+(?:for|available\s+to)\s+subscribers|
    (?:report|reporting)\s+by\s+[A-Z][\w.-]++(?:\s+[A-Z][\w.-]++){0,15}\s*;\s*editing\s+by|
    our\s+standards:|trust\s+principles|gift\s+this\s+article|save\s+to\s+read\s+later|
    a\s+small\s+favou?r\s+to\s+ask|keep\s+(?:our\s+)?(?:journalism|reporting)\s+(?:free|open)|
    (?:independent|quality)\s+journalism\s+(?:needs|costs|depends|relies|is\s+expensive))""",
    re.IGNORECASE | re.VERBOSE,
)
# Words that mark an appeal only when the line also speaks to the reader.
_WEAK_APPEAL = re.compile(
    r"\b(?:donat\w*|contribut\w*|subscri\w*|newsletter|journalism|membership|members|"
    r"cookies?|privacy\s+policy|terms\s+of\s+(?:use|service)|paywall|patreon|paypal|"
    r"inbox|sign\s+up|unsubscribe|ads|advertis\w*|premium)\b",
    re.IGNORECASE,
)
_HEADER = re.compile(
    r"""^(?:(?:a|an)\s+(?:message|note|letter|word)\s+from\s+.{2,60}?:?|
    dear\s+(?:readers?|friends?|subscribers?|supporters?|visitors?|members?)\b.{0,20}|
    (?:a\s+)?(?:note|message)\s+to\s+(?:our\s+)?readers:?|before\s+you\s+go.{0,20}|
    (?:one|a)\s+more\s+thing.{0,10}|why\s+(?:we|you\s+should)\s+(?:need|support|
    subscribe|donate).{0,40})$""",
    re.IGNORECASE | re.VERBOSE,
)
_PHOTO_AGENCIES = (
    r"AP|AFP|Reuters|TASS|Getty(?:\s+Images)?|EPA(?:-EFE)?|Shutterstock|Alamy|PA(?:\s+Wire)?|"
    r"Bloomberg|Xinhua|Anadolu(?:\s+Agency)?|Sputnik|RIA\s+Novosti|Kommersant|"
    r"AP\s+Photo|Reuters\s+Photo"
)
_CREDIT_AGENCIES = _PHOTO_AGENCIES + r"|The\s+[A-Z][\w ]{2,30}|[A-Z][\w.&' -]{1,30}"
_CAPTION = re.compile(
    rf"""(?:^|(?<=[.!?”"’)])\s)(?:
    (?:photo(?:graph)?|image|picture|pic|illustration|video|credit|source|pictured|above|top|
        main\s+image)\s*(?:by|:|/|\.\.\.|…)\s*\S.{{0,80}}|
    courtesy\s+(?:of\s+)?[A-Z][\w.&'’ -]{{1,50}}|
    [A-Z][\w.&'’ -]{{1,50}}?\s+via\s+(?:{_PHOTO_AGENCIES})|
    [A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){{1,3}},\s*(?:{_PHOTO_AGENCIES})|
    \((?:photo|image|picture|credit|source)s?(?:\s+by|\s+credit)?:?[^)]{{2,80}}\)|
    [A-Z][\w.&'’ -]{{1,50}}?\s*/\s*(?:{_CREDIT_AGENCIES})(?:\s+via\s+[\w ]{{2,30}})?|
    (?:{_CREDIT_AGENCIES})\s+(?:Photo|Images|Pictures)(?:\s*/\s*[\w .'-]{{2,40}})?
    )\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
# A caption ends on its picture's credit in brackets, after any word: "Protesters wore masks
# (Image: GETTY)", "Chairman Marcelo Claure (Credit: Getty Images)", "… in Hialeah, Fla. (AP
# Photo/Alan Diaz, File)": the word for the picture closes the bracket or leads to its credit
# (":", "/", "by", "courtesy of"). A sentence of the story that mentions a picture ends on a
# stop, or points at it: "(see image below)".
_TRAILING_CREDIT = re.compile(
    r"\((?:[\w.&'’-]+\s+){0,3}(?:photo(?:graph)?|image|picture|credit|pictured|courtesy)s?"
    r"(?:(?:\s*[:/©]|\s+(?:by|of|courtesy|credit)\b)[^()]{0,80})?\)\s*$",
    re.IGNORECASE,
)
# Or on the bare name of the agency or site that took it, after the caption's last stop: "A
# stock image of a woman holding a joint. Getty", "… for recreational use. Statista". Prose ends
# on a stop; a stop inside an abbreviation ("the U.S. Navy") follows a capital, not a word.
_BARE_CREDIT = re.compile(
    r"(?:(?<=[a-z0-9)]{2}[.!?])|(?<=[.!?][”\"’]))\s+[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,2}\s*$"
)
# A picture's copyright: "© John Brecher Needle poking skin …". The story names no rights.
_COPYRIGHT_SIGN = "©"
_CREDIT_LINE_WORDS = 40
# A byline's names are capitalised words, "&" or particles ("and", "de", "van"); under
# IGNORECASE the capitalised-word branch already covers every particle, and listing them again
# made "by Aa and and and … !" match in 2^n ways before failing. Runs of spaces are read once.
# A name in any script, set off from a numeric date, is a byline too ("by 山田太郎 ／ 2016.12.01").
_BYLINE = re.compile(
    r"""^(?:by(?:\s*+\.)?\s+[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|&))*\s*+[.,]?
    (?:\s*(?:and|&)\s+[A-Z][\w .'’-]{1,40})?|
    by\s+[^\W\d_][^/／|·•]{0,60}[/／|·•]\s*(?:\d{4}[./-]\d{1,2}[./-]\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})|
    (?:published|updated|last\s+updated|posted|first\s+published)\s*:?.{0,80}|
    \d{1,2}\s+\w+\s+\d{4}(?:,?\s+\d{1,2}[:.]\d{2}.{0,20})?|
    \w+\s+\d{1,2},\s+\d{4}(?:,?\s+\d{1,2}[:.]\d{2}.{0,20})?)$""",
    re.IGNORECASE | re.VERBOSE,
)
# "Support", "podcast", "app" are an appeal when the site speaks of its own ("we rely on your
# support", "listen to our podcast", "download our app"), not when a story advises its reader
# ("get support for the scary stuff", "record what you eat in a journal or app").
_SUPPORT = re.compile(r"\b(?:support|podcast|app)\b", re.IGNORECASE)
# … or, for an app or a podcast, when the line tells the reader to get it: "Get the app for
# iPhone", "Listen to the full interview on the podcast"
_GET_IT = re.compile(
    r"^(?:get|download|install|listen|subscribe|try)\b.*\b(?:app|podcast)\b", re.IGNORECASE
)
# "US" in capitals is the country, not the reader's "us".
_SITE_WORDS = r"[Ww]e|[Oo]ur|us|[Ww]e're|[Ww]e’re"
_SITE_VOICE = re.compile(rf"\b(?:{_SITE_WORDS})\b")
_READER_VOICE = re.compile(rf"\b(?:[Yy]ou|[Yy]our|[Yy]ours|[Yy]ou're|[Yy]ou’re|{_SITE_WORDS})\b")
_QUOTE_OPENING = re.compile(r"[“\"‘]")
_QUOTE_CLOSING = {"“": "”", '"': '"', "‘": "’"}
_TRAILING_UI = re.compile(
    r"(?<=[.!?”\"’])\s+(?:Read more|Continue reading|Advertisement|Share|Share this article)"
    r"\s*[.:…]*$",
    re.IGNORECASE,
)
# Links or headlines set side by side with bars ("Home | News | Sport", "Progressives oppose
# … | Senators call for … | Facebook gets …"): a menu or a list of other stories, which prose
# never writes; two bars make a list, one may be a headline's "Title | Site".
_LINK_LIST = re.compile(r"\s[|│¦]\s(?:.*\s)?[|│¦]\s")
_STOPPED = re.compile(r"[.!?]\s*$")  # a sentence's stop: "It happened on May 5, 2019."
_SENTENCE_END = re.compile(r"[.!?…:;”\"’)]\s*$")
_MAX_FRAGMENT_WORDS = 4
_MAX_BYLINE_CHARS = 120
_LONG_LINE_WORDS = 60
_FRAGMENT_RUN = 3


def without_dateline(sentence: str) -> str:
    """A sentence without a wire's dateline at its start ("WASHINGTON, Nov 30 (Reuters) - ",
    "LONDON, England (CNN) -- "): where and who filed it, no part of what it says, and what
    a summary line should not open with. The wire's name in brackets tells it anywhere."""
    return _WIRE_DATELINE.sub("", sentence, count=1) or sentence


def without_lead_dateline(sentence: str) -> str:
    """A story's first sentence without its dateline, the wire's or one with no wire
    ("SIOUX FALLS, S.D. – ", "Dekalb, Ill. — ", "VIENNA — "): a place in capitals of two
    words or six letters or more, or a place and its region ("DUBAI, United Arab Emirates —
    "; in mixed case only with a US state's abbreviation). Only a story's first sentence is
    read so ("UNICEF — The agency warned" or "NATO, Russia — Both sides" inside a story keep
    their subjects), and a short word in capitals and a dash alone, "PARIS — ", is left, as
    "NATO — Allies agreed" opens the same way."""
    return _PLACE_DATELINE.sub("", without_dateline(sentence), count=1) or sentence


# AP's abbreviations of US states and the postal codes ("Ill.", "S.D.", "NY")
_US_STATE = r"""(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|
    Miss|Mo|Mont|Neb|Nev|N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Okla|Ore|Pa|R\.I|S\.C|S\.D|Tenn|Vt|Va|
    Wash|W\.Va|Wis|Wyo)\.|[A-Z]{2}\b"""
_CAPITALS = r"[A-Z][A-Z.'’-]+"
# an upper-case place (a region or a date after it), then a wire's name in brackets
_WIRE_DATELINE = re.compile(
    rf"""^(?:{_CAPITALS}(?:\s+{_CAPITALS}){{0,3}}
        (?:,\s*[A-Z][A-Za-z.'’-]+(?:\s+[A-Z][A-Za-z.'’-]+){{0,2}})?
        (?:,\s*[A-Z][a-z]{{2,8}}\.?\s+\d{{1,2}}(?:,\s*\d{{4}})?)?\s*)?
    \((?:Reuters|AP|AFP|CNN|Bloomberg|UPI|dpa|Xinhua|AAP|PA|EFE|ANSA)\)\s*(?:[-–—]{{1,2}}|:)\s*
    (?=[A-Z0-9"“‘'])
    # … or the wire's name alone, opening the story with no dash ("(CNN)President Trump …")
    |^\((?:Reuters|AP|AFP|CNN|UPI|AAP)\)\s*(?=[A-Z][a-z])""",
    re.VERBOSE,
)
# with no wire: a place that cannot be an acronym, or a place and its region, then a dash
_PLACE_DATELINE = re.compile(
    rf"""^(?:[A-Z]{{6,}}|{_CAPITALS}(?:\s+{_CAPITALS}){{1,3}}
        |{_CAPITALS}(?:\s+{_CAPITALS}){{0,3}},\s*[A-Z][A-Za-z.'’-]+(?:\s+[A-Z][A-Za-z.'’-]+){{0,2}}
        |[A-Z][a-z]+(?:\s+[A-Z][a-z]+){{0,2}},\s*(?:{_US_STATE}))
    \s+(?:[–—]|--?)\s+(?=[A-Z0-9"“‘'])""",
    re.VERBOSE,
)


def without_figure_rows(text: str) -> str:
    """The text without the tables of figures inside it (a market report's prices, an
    election's results), as rows or as one cell a line: never a sentence to summarize, and a
    long table would make its article look like no prose at all. A line of figures on its
    own (a date, a score) stays: the cleaner reads the page's shape by such lines. Text that
    is nothing but a table is left as it is, to be judged as such."""
    lines = text.split("\n")
    table = _table_lines(lines)
    kept = [line for i, line in enumerate(lines) if i not in table]
    return "\n".join(kept) if table and any(line.strip() for line in kept) else text


# a table: a run of lines each a row of figures or a short cell ("Winner", "Candidate 1",
# "1037", "7.1%"), two in five or more of them rows of figures
_MIN_TABLE_LINES = 6
_MAX_CELL_WORDS = 4


def _table_lines(lines: list[str]) -> set[int]:
    figures = [_figures_row(line) for line in lines]  # (each line read once)
    cells = [
        figure or 0 < len(line.split()) <= _MAX_CELL_WORDS
        for figure, line in zip(figures, lines, strict=True)
    ]
    table: set[int] = set()
    start = 0
    while start < len(lines):
        end = start
        while end < len(lines) and cells[end]:
            end += 1
        run = range(start, end)
        if len(run) >= _MIN_TABLE_LINES and sum(figures[i] for i in run) * 5 >= 2 * len(run):
            table.update(run)
        start = end + 1
    return table


def _figures_row(line: str) -> bool:
    """A third or more of the line's visible characters are digits."""
    visible = len("".join(line.split()))  # (str.split drops what str.isspace calls a space)
    return visible > 0 and sum(map(str.isdigit, line)) * 3 >= visible


def clean_text(text: str, *, whole_page: bool = True) -> Cleaned:
    """Return the article without its wrapper, and the wrapper blocks that were taken out.

    ``whole_page``: the text may be a whole page's (a paste), so lines outside the article's
    runs of prose go; an extractor's output (``whole_page=False``) is judged line by line only.
    """
    paragraphs = _paragraphs(text)
    count = _word_counter()
    kinds = [[_classify_line(line, count) for line in para] for para in paragraphs]
    _mark_fragment_runs(paragraphs, kinds, count)
    _mark_captions_by_credits(paragraphs, kinds, count)
    keep = _decide(paragraphs, kinds, count)
    if whole_page:
        _keep_main_run(paragraphs, keep)

    kept_paragraphs: list[str] = []
    removed: list[str] = []
    gaps: list[int] = []
    gap = 0
    for para, keep_lines in zip(paragraphs, keep, strict=True):
        kept_lines: list[str] = []
        dropped: list[str] = []
        for line, keep_line in zip(para, keep_lines, strict=True):
            if keep_line and dropped:
                removed.append(" / ".join(dropped))  # one entry per contiguous run
                dropped = []
            if keep_line:
                stripped, appeals = _strip_inline_appeals(_TRAILING_UI.sub("", line), count)
                if stripped != line:
                    removed.extend(appeals or [line[len(stripped) :].strip()])
                if stripped:
                    kept_lines.append(stripped)
                    gaps.append(gap)
                    gap = 0
                else:
                    gap += 1
            else:
                dropped.append(line)
                gap += 1
        if dropped:
            removed.append(" / ".join(dropped))
        if kept_lines:
            kept_paragraphs.append("\n".join(kept_lines))
    return Cleaned(text="\n\n".join(kept_paragraphs), removed=tuple(removed), gaps=tuple(gaps))


def _keep_main_run(paragraphs: list[list[str]], keep: list[list[bool]]) -> None:
    """Drop every line outside the article's runs of prose (see ``_main_runs``)."""
    flat = [(p, i) for p, para in enumerate(paragraphs) for i in range(len(para))]
    alone = [len(paragraphs[p]) == 1 for p, _ in flat]
    inside = _main_runs([paragraphs[p][i] for p, i in flat], alone)
    if inside is None:
        return
    for n, (p, i) in enumerate(flat):
        if not inside[n]:
            keep[p][i] = False


def _word_counter() -> Callable[[str], int]:
    """Words in a line, each line counted once: every rule below asks for it."""
    counts: dict[str, int] = {}

    def count(line: str) -> int:
        if line not in counts:
            counts[line] = len(words(line))
        return counts[line]

    return count


def _strip_inline_appeals(line: str, count: Callable[[str], int]) -> tuple[str, list[str]]:
    """In a long paragraph, drop only a trailing credit and the sentences that are an appeal."""
    if count(line) <= _LONG_LINE_WORDS:
        return line, []
    kept: list[str] = []
    dropped: list[str] = []
    if caption := _CAPTION.search(line):
        dropped.append(caption.group(0).strip())
        line = line[: caption.start()].rstrip()
    if not _STRONG_APPEAL.search(line) and not _LINK_LIST.search(line):
        return line, dropped
    for sentence in split_sentences(line):
        unquoted = _unquoted(sentence)
        wrapper = _STRONG_APPEAL.search(unquoted) or _LINK_LIST.search(sentence)
        (dropped if wrapper else kept).append(sentence)
    return " ".join(kept), dropped


def _unquoted(line: str) -> str:
    """The line with each quotation (“…”, "…", or ‘…’ ending in punctuation) replaced by a space:
    words inside quotes are someone else's, not the site speaking to its reader.

    Written as one pass rather than the pattern “[^”]*”|"[^"]*"|‘[^’]*[.!?,]’, which rescans the
    rest of the line from every opening mark that is never closed. The next closing mark of each
    kind is remembered, so the line is read about once per kind of mark.
    """
    pieces: list[str] = []
    done = 0
    next_closing: dict[str, int] = {}
    for opening in _QUOTE_OPENING.finditer(line):
        start = opening.start()
        if start < done:
            continue  # inside a quotation already replaced
        mark = line[start]
        closing = _QUOTE_CLOSING[mark]
        end = next_closing.get(closing)
        if end is None or (end != -1 and end <= start):
            end = line.find(closing, start + 1)
            next_closing[closing] = end
        if end == -1:
            continue
        if mark == "‘" and (end < start + 2 or line[end - 1] not in ".!?,"):
            continue  # a single quote counts only around a quoted sentence, not an apostrophe
        pieces.append(line[done:start])
        pieces.append(" ")
        done = end + 1
    if not done:
        return line
    pieces.append(line[done:])
    return "".join(pieces)


def _paragraphs(text: str) -> list[list[str]]:
    paragraphs: list[list[str]] = []
    current: list[str] = []
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = " ".join(raw.split())
        if line:
            current.append(line)
        elif current:
            paragraphs.append(current)
            current = []
    if current:
        paragraphs.append(current)
    return paragraphs


def _classify_line(line: str, count_words: Callable[[str], int]) -> LineKind:
    bare = _bare(line)
    if (
        bare in _UI_WORDS
        or _UI_PATTERNS.match(bare)
        or not any(c.isalnum() for c in bare)
        or _CROSS_LINK.fullmatch(bare)
    ):
        return LineKind.UI
    unquoted = _unquoted(line)
    count = count_words(unquoted)
    if count > _LONG_LINE_WORDS:
        return LineKind.CONTENT  # a whole paragraph: judged sentence by sentence later
    if _HEADER.match(line.strip()):
        return LineKind.HEADER
    if len(line) < _MAX_BYLINE_CHARS and (
        _BYLINE.match(line.strip())
        # a page's time stamp: a date with its year and time and nothing else; a list's dated
        # entry ("June 1 – City, ST"), a timeline's "Monday, March 4" are the story's
        or _is_time_stamp(line)
    ):
        return LineKind.BYLINE
    if _CAPTION.search(line) or _TRAILING_CREDIT.search(line) or _BARE_CREDIT.search(line):
        return LineKind.CAPTION
    if _COPYRIGHT_SIGN in line and count <= _CREDIT_LINE_WORDS:
        return LineKind.CAPTION
    if _STRONG_APPEAL.search(unquoted):
        return LineKind.APPEAL
    if _WEAK_APPEAL.search(unquoted) and (_READER_VOICE.search(unquoted) or count <= 6):
        return LineKind.APPEAL
    if _SUPPORT.search(unquoted) and (_SITE_VOICE.search(unquoted) or count <= 6):
        return LineKind.APPEAL
    if _GET_IT.search(unquoted.strip()):
        return LineKind.APPEAL
    return LineKind.CONTENT


def _bare(line: str) -> str:
    """A line as its kind is judged: a menu's "• Related:" or "> Read more" is the same line
    to a reader as the bare words, so case and bullets or arrows around it do not count."""
    return line.strip().lower().strip("•·|–—-*>#").strip()


def _is_short_fragment(line: str, count: Callable[[str], int]) -> bool:
    """A button-sized line: "Give $5 monthly", "Not now"."""
    return count(line) <= 6 and not _SENTENCE_END.search(line)


def _is_fragment(line: str, count: Callable[[str], int]) -> bool:
    return count(line) <= _MAX_FRAGMENT_WORDS and not _SENTENCE_END.search(line)


def _mark_fragment_runs(
    paragraphs: list[list[str]], kinds: list[list[LineKind]], count: Callable[[str], int]
) -> None:
    """A run of short, unpunctuated lines is a menu or a button bar, not article text."""
    flat = [(p, i) for p, para in enumerate(paragraphs) for i in range(len(para))]
    run: list[tuple[int, int]] = []

    def close_run() -> None:
        if len(run) >= _FRAGMENT_RUN:
            for p, i in run:
                kinds[p][i] = LineKind.UI
        run.clear()

    for p, i in flat:
        line = paragraphs[p][i]
        kind = kinds[p][i]
        if kind is LineKind.UI or (kind is LineKind.CONTENT and _is_fragment(line, count)):
            run.append((p, i))
            continue
        close_run()
    close_run()


_BARE_CREDIT_WORDS = 10
_CAPTION_WORDS = 50
_CAPTION_BLOCK_LINES = 4


def _mark_captions_by_credits(
    paragraphs: list[list[str]], kinds: list[list[LineKind]], count: Callable[[str], int]
) -> None:
    """A picture's caption and its credit are printed together, with no blank line between
    them (a figure's caption block of a few lines), while a page's copy sets the story's
    paragraphs apart: the line just above or below a bare credit ("(Image: © TNG
    Collaboration)", "Getty Images") in such a block is the picture's caption, unless it is as
    long as a paragraph of the story. A text with no blank lines (an extractor's, one line a
    paragraph) has no such blocks."""
    if len(paragraphs) < 2:  # no blank line: its lines are the story's paragraphs, however few
        return
    for p, para in enumerate(paragraphs):
        if len(para) > _CAPTION_BLOCK_LINES:
            continue
        for i, line in enumerate(para):
            if kinds[p][i] is not LineKind.CAPTION or count(line) > _BARE_CREDIT_WORDS:
                continue
            for j in (i - 1, i + 1):
                if (
                    0 <= j < len(para)
                    and kinds[p][j] is LineKind.CONTENT
                    and count(para[j]) <= _CAPTION_WORDS
                ):
                    kinds[p][j] = LineKind.CAPTION


_WRAPPER = frozenset({LineKind.UI, LineKind.APPEAL, LineKind.HEADER, LineKind.CAPTION})


def _speaks_to_reader(line: str) -> bool:
    return bool(_READER_VOICE.search(_unquoted(line)))


def _decide(
    paragraphs: list[list[str]], kinds: list[list[LineKind]], count: Callable[[str], int]
) -> list[list[bool]]:
    """Which lines to keep: per line, then per paragraph, then an appeal's tail."""
    keep = [[kind is LineKind.CONTENT for kind in para_kinds] for para_kinds in kinds]
    for p, para_kinds in enumerate(kinds):
        sizes = [count(line) + 1 for line in paragraphs[p]]
        wrapper = sum(n for n, kind in zip(sizes, para_kinds, strict=True) if kind in _WRAPPER)
        mostly_wrapper = len(para_kinds) > 1 and wrapper * 2 >= sum(sizes)
        if LineKind.HEADER in para_kinds or mostly_wrapper:
            # A paragraph made mostly of wrapper is wrapper through and through; one that
            # opens an appeal loses the lines that speak to the reader.
            for i, line in enumerate(paragraphs[p]):
                if mostly_wrapper or _speaks_to_reader(line) or _is_short_fragment(line, count):
                    keep[p][i] = False
    _drop_appeal_tails(paragraphs, kinds, keep)
    _drop_sandwiched_lines(paragraphs, keep)
    return keep


def _drop_appeal_tails(
    paragraphs: list[list[str]], kinds: list[list[LineKind]], keep: list[list[bool]]
) -> None:
    """After "Dear readers," every paragraph that keeps speaking to the reader is the appeal."""
    in_appeal = False
    for p, para in enumerate(paragraphs):
        if LineKind.HEADER in kinds[p]:
            in_appeal = True
            continue
        if not in_appeal:
            continue
        all_wrapper = all(not k for k in keep[p])
        if all_wrapper or any(_speaks_to_reader(line) for line in para):
            keep[p] = [False] * len(para)
        else:
            in_appeal = False


def _drop_sandwiched_lines(paragraphs: list[list[str]], keep: list[list[bool]]) -> None:
    """A reader-facing line between two removed lines belongs to the same appeal."""
    flat = [(p, i) for p, para in enumerate(paragraphs) for i in range(len(para))]
    for n in range(1, len(flat) - 1):
        p, i = flat[n]
        (pb, ib), (pa, ia) = flat[n - 1], flat[n + 1]
        if (
            keep[p][i]
            and not keep[pb][ib]
            and not keep[pa][ia]
            and not _CROSS_LINK.fullmatch(_bare(paragraphs[pb][ib]))
            and not _CROSS_LINK.fullmatch(_bare(paragraphs[pa][ia]))
            and _speaks_to_reader(paragraphs[p][i])
        ):
            keep[p][i] = False


# -- the main run of prose (jusText's paragraph classes, then the densest stretch) --------------

_JUSTEXT_LANGUAGES = {
    "af": "Afrikaans", "ar": "Arabic", "bg": "Bulgarian", "bs": "Bosnian", "ca": "Catalan",
    "cs": "Czech", "cy": "Welsh", "da": "Danish", "de": "German", "el": "Greek",
    "en": "English", "eo": "Esperanto", "es": "Spanish", "et": "Estonian", "eu": "Basque",
    "fa": "Persian", "fi": "Finnish", "fr": "French", "ga": "Irish", "gl": "Galician",
    "he": "Hebrew", "hi": "Hindi", "hr": "Croatian", "hu": "Hungarian", "hy": "Armenian",
    "id": "Indonesian", "is": "Icelandic", "it": "Italian", "ka": "Georgian", "kk": "Kazakh",
    "ko": "Korean", "la": "Latin", "lt": "Lithuanian", "lv": "Latvian", "mk": "Macedonian",
    "ms": "Malay", "nb": "Norwegian_Bokmal", "nl": "Dutch", "nn": "Norwegian_Nynorsk",
    "no": "Norwegian_Bokmal", "pl": "Polish", "pt": "Portuguese", "ro": "Romanian",
    "ru": "Russian", "sk": "Slovak", "sl": "Slovenian", "sq": "Albanian", "sr": "Serbian",
    "sv": "Swedish", "sw": "Swahili", "ta": "Tamil", "te": "Telugu", "tl": "Tagalog",
    "tr": "Turkish", "uk": "Ukrainian", "ur": "Urdu", "vi": "Vietnamese",
}  # fmt: skip
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]")
_SENTENCE_MARK = re.compile(r"[.!?。！？]")
_UNSPACED_WIDTH = 3  # one CJK character carries about as much as three Latin letters
_MIN_STOPWORD_SHARE = 0.15  # under this over the whole text, the stop list is the wrong one
_PROSE_DENSITY = 0.3
_PAGE_FRAGMENT_SHARE = 0.5
_SENTENCE_DENSITY = 0.2
_RUN_SHARE = 0.3
_PROSE_LINE_WORDS = 10
_SHORT_COST = 25.0
_BAD_SHARE = 0.5
_LIST_HEADING_WORDS = 6  # a list's heading, or the bare link after an entry
_LIST_ENTRY = re.compile(r"\d")


@dataclass(slots=True)
class _Block:
    """A line as jusText's classifier reads a paragraph (duck-typed: no DOM behind it)."""

    text: str
    length: int
    density: float
    dom_path: str = "p"
    chars_count_in_links: int = 0
    heading: bool = False
    is_heading: bool = False
    cf_class: str = ""
    class_type: str = ""

    def __len__(self) -> int:
        return self.length

    def stopwords_density(self, _stoplist: object) -> float:
        return self.density

    def links_density(self) -> float:
        return 0.0


@functools.lru_cache(maxsize=8)
def _stoplist(language: str) -> frozenset[str]:
    name = _JUSTEXT_LANGUAGES.get(language)
    return frozenset(justext.get_stoplist(name)) if name else frozenset()


def _blocks(lines: list[str]) -> list[_Block]:
    """Each line's length and stop-word share, in the language the text is written in.

    Where no stop list fits (scripts without spaces, a language jusText does not know, a text
    the detector got wrong), a line that holds a sentence mark counts as prose instead.
    """
    # The language is read from the longest lines: a page's menus come first and say little.
    sample = "\n".join(sorted(lines, key=len, reverse=True))[:4000]
    stoplist = _stoplist(detect_language(sample))
    tokens = [line.lower().split() for line in lines]
    hits = [sum(word.strip(_STRIP) in stoplist for word in t) for t in tokens]
    # Whether the stop list fits is read from the lines long enough to be prose.
    total = sum(len(t) for t in tokens if len(t) >= _PROSE_LINE_WORDS)
    found = sum(n for t, n in zip(tokens, hits, strict=True) if len(t) >= _PROSE_LINE_WORDS)
    use_stoplist = bool(stoplist) and total > 0 and found >= _MIN_STOPWORD_SHARE * total
    blocks = []
    for line, t, n in zip(lines, tokens, hits, strict=True):
        unspaced = len(_UNSPACED.findall(line))
        length = len(line) + (_UNSPACED_WIDTH - 1) * unspaced
        if use_stoplist and not unspaced * 2 > len(line):
            density = n / len(t) if t else 0.0
        else:
            density = 0.4 if _SENTENCE_MARK.search(line[-3:]) else 0.0
        blocks.append(_Block(text=line, length=length, density=density))
    return blocks


_STRIP = "\"'“”‘’.,:;!?()[]«»—–-"


def _main_runs(lines: list[str], alone: list[bool]) -> bytearray | None:
    """The stretches of lines that hold the article: jusText's paragraph classes give each
    line a score (``_score``), and the stretches where good text outweighs the boilerplate
    around it (Kadane's maximum sums) that weigh at least a share of the heaviest one mark
    where the article starts and ends. Everything from the first to the last is kept (a
    table or a list inside the story costs as much as a menu, and must not split it); the
    menus, teasers and notices before and after fall outside."""
    blocks = _blocks(lines)
    justext.core.classify_paragraphs(blocks, frozenset())
    fragments = sum(b.cf_class == "short" and not _ends_sentence(b) for b in blocks)
    if fragments < _PAGE_FRAGMENT_SHARE * len(blocks):
        return None  # an extracted article, not a whole page's text: no menus to cut away
    runs = heavy_runs(_score(block) for block in blocks)
    if not runs:
        return None
    heaviest = max(weight for weight, _, _ in runs)
    kept = [(a, b) for weight, a, b in runs if weight >= _RUN_SHARE * heaviest]
    kept = _before_notice(blocks, kept, next(a for w, a, _ in runs if w == heaviest))
    start, end = _article_span(blocks, kept[0][0], kept[-1][1])
    end = _before_comments(blocks, alone, start, end)
    # Between the first run and the last, everything is the story's: its tables, its lists,
    # its short subheads and the runs too light to stand alone.
    inside = bytearray(len(blocks))
    inside[start:end] = b"\x01" * (end - start)
    if standfirst := _standfirst(blocks, start, end):
        inside[standfirst[0] : standfirst[1]] = bytes(standfirst[1] - standfirst[0])
    _drop_repeated_lines(lines, inside, start, end)
    return inside


_REPEATED_MIN_WORDS = 4


def _drop_repeated_lines(lines: list[str], inside: bytearray, start: int, end: int) -> None:
    """A line of the span also printed outside it (a teaser of the story in a menu or a box,
    the headline) or printed twice in a row (a photo's caption, once per picture size) is
    not the story's text. A line the story itself repeats (an interview's question put to
    each guest) stays, as all of its copies are in the span and apart."""
    outside = Counter(line for n, line in enumerate(lines) if not start <= n < end)
    for n in range(start, end):
        line = lines[n]
        if len(line.split()) < _REPEATED_MIN_WORDS:
            continue
        before = lines[n - 1] if n > 0 else None
        after = lines[n + 1] if n + 1 < len(lines) else None
        if outside[line] or line in (before, after):
            inside[n] = 0


# A page's date line: a month's name or abbreviation next to a day or a year, a numeric date
# (11/20/2019, 2019-11-19, 2016.12.01, 24.09.2018) or a clock time. Months are named in the
# major European languages, as pages print them ("24 сентября 2018", "22 de janeiro de 2018").
_MONTH_NAMES = re.findall(
    r"\w+",
    """januar februar märz juni juli oktober dezember janvier février avril
    juin juillet août septembre octobre novembre décembre enero febrero marzo abril junio
    julio agosto septiembre setiembre octubre noviembre diciembre janeiro fevereiro março maio
    junho julho setembro outubro novembro dezembro gennaio febbraio aprile maggio giugno luglio
    settembre ottobre dicembre января февраля марта апреля мая июня июля августа сентября
    октября ноября декабря январь февраль март апрель май июнь июль август сентябрь октябрь
    ноябрь декабрь""",
)
# … and those that are also English words or names, matched only as their languages write them:
# "11 mars 2019", "3 de mayo", "1er mai", "3. Mai", but not "The Mars 2020 mission", "Mayo Clinic"
_MONTH_NAMES_AS_WRITTEN = ("mars", "mayo", "mai", "Mai")
_MONTH = (
    r"(?:(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?:\.|\b)|"
    r"(?:" + "|".join(_MONTH_NAMES) + r")\b|"
    r"(?-i:(?:" + "|".join(_MONTH_NAMES_AS_WRITTEN) + r"))\b)"
)
_DATE = re.compile(
    rf"""\b(?:{_MONTH}\s+\d{{1,2}}\b|\d{{1,2}}(?:st|nd|rd|th|\.)?\s+(?:de\s+)?{_MONTH}|
    {_MONTH},?\s+(?:de\s+)?\d{{4}}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}|\d{{4}}-\d{{2}}-\d{{2}}|
    \d{{4}}\.\d{{1,2}}\.\d{{1,2}}\b|\d{{1,2}}\.\d{{1,2}}\.\d{{4}}\b|
    \d{{1,2}}[:.]\d{{2}}\s*(?:[ap]\.?m\b|gmt|utc|et|est|edt|bst|cet))""",
    re.IGNORECASE | re.VERBOSE,
)
_BY = re.compile(r"^by\b", re.IGNORECASE)
_BYLINE_WORDS = 16
_STANDFIRST_LINES = 3
_STANDFIRST_WORDS = 70
_STANDFIRST_SHARE = 0.2  # of the words after the byline: a lead before it weighs more


_DATE_WORDS = frozenset(
    re.findall(
        r"\w+",
        """jan january feb february mar march apr april may jun june jul july aug august sep sept
    september oct october nov november dec december mon monday tue tues tuesday wed wednesday
    thu thur thurs thursday fri friday sat saturday sun sunday am pm a m p gmt utc et est edt
    cst cdt pst pdt bst cet ist published updated posted last modified first on at st nd rd th
    date publish de às à a las um le el""",
    )
) | frozenset(name.lower() for name in (*_MONTH_NAMES, *_MONTH_NAMES_AS_WRITTEN))
_DATE_LINE_OTHER_WORDS = 2
# weekdays in the major European languages, as date lines print them ("segunda-feira", "lundi")
_WEEKDAYS = frozenset(
    re.findall(
        r"\w+",
        """montag dienstag mittwoch donnerstag freitag samstag sonntag lundi mardi mercredi jeudi
    vendredi samedi dimanche lunes martes miércoles jueves viernes sábado domingo segunda terça
    quarta quinta sexta feira lunedì martedì mercoledì giovedì venerdì sabato понедельник
    вторник среда четверг пятница суббота воскресенье""",
    )
)
_LABEL = re.compile(r"^[^\W\d_]+:\s*")


def _is_byline(line: str) -> bool:
    """The byline or date line under a headline: "By …", or a date with at most a couple of
    other words ("Updated 5:27 am CST, Wednesday, November 20, 2019")."""
    if len(line.split()) > _BYLINE_WORDS:
        return False
    return bool(_BY.match(line) or _BYLINE.match(line)) or _is_date_line(line)


def _is_time_stamp(line: str) -> bool:
    """ "segunda-feira, 22 de janeiro de 2018 às 0:13": a date, its year and a clock time,
    with no other word and no stop."""
    if _STOPPED.search(line) or not _YEAR.search(line) or not _CLOCK.search(line):
        return False
    return not _other_than_date(line) and bool(_DATE.search(line))


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_CLOCK = re.compile(r"\b\d{1,2}[:.h]\d{2}\b")


def _is_date_line(line: str) -> bool:
    """A date with at most a couple of other words: "Updated 5:27 am CST, Wednesday, November
    20, 2019", "segunda-feira, 22 de janeiro de 2018 às 0:13"."""
    if len(line.split()) > _BYLINE_WORDS:
        return False
    unlabelled = _LABEL.sub("", line)  # "Text: Jane Doe · 24 September 2018"
    other = _other_than_date(unlabelled)
    return len(other) <= _DATE_LINE_OTHER_WORDS and bool(_DATE.search(line))


def _other_than_date(text: str) -> list[str]:
    """The words of a line that are not a date's (months, weekdays, "updated", "at" …)."""
    words = re.findall(r"[^\W\d_]+", text.lower())
    return [w for w in words if w not in _DATE_WORDS and w not in _WEEKDAYS]


def _standfirst(blocks: list[_Block], start: int, end: int) -> tuple[int, int] | None:
    """The headline and standfirst that open the article's span above its byline, if any.

    Pages print the headline, then a sentence or two that sell the story (the standfirst),
    then "By …" and the date, then the article. The standfirst is written to draw the reader
    in, not part of the story, and the headline is shown apart: both go when a byline follows
    them within a few lines and nearly all of the span's text comes after it. A byline after
    the story (or an author's note) leaves everything, as most of the text comes before it,
    and so does one after the first long paragraph.
    """
    lines = [block.text for block in blocks]
    for n in range(start, end):
        if blocks[n].cf_class == "good" and len(lines[n].split()) > _STANDFIRST_WORDS:
            return None  # the story has begun: a date line after this is in the story
        if not _is_byline(lines[n]):
            continue
        first = n
        while (
            first > start
            and n - first < _STANDFIRST_LINES
            and len(lines[first - 1].split()) > 3
            and not _is_byline(lines[first - 1])
        ):
            first -= 1
        if first == n:
            continue  # a byline with no prose above it: nothing to drop, look further
        before = sum(len(line.split()) for line in lines[first:n])
        after = sum(len(line.split()) for line in lines[n + 1 : end])
        if before > _STANDFIRST_WORDS or before > _STANDFIRST_SHARE * after:
            return None
        return first, n + 1
    return None


# The site's copyright notice: "© 2019 …", "Copyright © 2019 …", "All rights reserved"; not a
# photo's credit ("Image copyright EPA", "© Jane Doe").
_NOTICE = re.compile(
    r"^(?:copyright\s*(?:©|\(c\))?\s*\d{4}|©\s*(?:copyright\s*)?\d{4})|all\s+rights\s+reserved",
    re.I,
)


def _before_notice(
    blocks: list[_Block], kept: list[tuple[int, int]], heaviest: int
) -> list[tuple[int, int]]:
    """The kept runs up to the first copyright notice after the heaviest run's start.

    A site prints its notice where its own content ends, so a run after it (the cards of
    other stories, each with a long standfirst) is not the article's, however heavy.
    """
    for n in range(heaviest, kept[-1][1]):
        if len(blocks[n].text) < _NOTICE_CHARS and _NOTICE.search(blocks[n].text):
            return [(a, min(b, n)) for a, b in kept if a < n]
    return kept


_NOTICE_CHARS = 200
# The heading a site puts over its readers' comments: "6 thoughts on “…”", "Leave a Reply",
# "Comments are closed."; and the bare "Comments" or "10 Comments", which is also a link in a
# share bar or between paragraphs, so it counts only above a commenter's dated header.
_COMMENTS_HEADING = re.compile(
    r"""^(?:\d+\s+(?:thoughts?|comments?|responses?|replies)\s+(?:on|to)\s+.{1,200}|
    (?:leave|post|add|write)\s+(?:a|your)\s+(?:reply|comment|response)|
    join\s+the\s+(?:discussion|conversation)|comments\s+are\s+closed)\s*[.:!]?$""",
    re.IGNORECASE | re.VERBOSE,
)
_COMMENTS_LABEL = re.compile(
    r"^(?:\d+\s+)?(?:comments?|responses?|replies|reader\s+comments)\s*:?$", re.IGNORECASE
)
_COMMENTER_LINES = 3  # a commenter's name, then the date (and time) of the comment


def _before_comments(blocks: list[_Block], alone: list[bool], start: int, end: int) -> int:
    """Where the span ends if the readers' comments follow the story inside it: at the first
    comments heading (a paragraph of its own, not a share bar's "Comments" button) after a
    paragraph of the story's prose. Comments are prose too, and often outweigh the story."""
    prose = False
    for n in range(start, end):
        text = blocks[n].text
        if alone[n] and prose:
            if _COMMENTS_HEADING.match(text):
                return n
            if _COMMENTS_LABEL.match(text) and any(
                _DATE.search(block.text) for block in blocks[n + 1 : n + 1 + _COMMENTER_LINES]
            ):
                return n
        prose = prose or _score(blocks[n]) > 0
    return end


def _article_span(blocks: list[_Block], first: int, last: int) -> tuple[int, int]:
    """Where the article starts and ends, from the first kept run's start and the last's end."""
    # The sentences that open or end the article without weighing in its favour (a dateline
    # lead full of names, a closing line) are still the story's.
    start, end = first, last
    while start > 0 and _score(blocks[start - 1]) >= 0 and _ends_sentence(blocks[start - 1]):
        start -= 1
    while end < len(blocks) and _score(blocks[end]) >= 0 and _ends_sentence(blocks[end]):
        end += 1
    # A list the article ends on (dates, numbered items, figures: each entry holds a number),
    # its heading and the bare link after each entry, is the article's too.
    n = end
    while n < len(blocks):
        if _is_list_entry(blocks[n].text):
            end = n = n + 1
        elif (
            len(blocks[n].text.split()) <= _LIST_HEADING_WORDS
            and n + 1 < len(blocks)
            and _is_list_entry(blocks[n + 1].text)
        ):
            n += 1
        else:
            break
    return start, end


def _is_list_entry(line: str) -> bool:
    return len(line.split()) >= 3 and bool(_LIST_ENTRY.search(line))


def _ends_paragraph(block: _Block) -> bool:
    """Running text ends on a stop, a colon before a list or quotation, or a symbol (an emoji);
    a teaser's standfirst stops on a bare word, a closing quote or a bracket."""
    last = block.text[-1]
    return _ends_sentence(block) or last in ":…" or not (last.isalnum() or last in _CLOSERS)


_CLOSERS = "\"'”’)]"


def _ends_sentence(block: _Block) -> bool:
    return bool(_SENTENCE_MARK.search(block.text[-3:]))


def _score(block: _Block) -> float:
    """What a line adds to the run it is in: prose (jusText's good and near-good: long
    enough, with the stop words of running text) its length; a short line that reads as a
    sentence nothing; a menu-sized line a fixed cost; a long line that is not prose (a list
    of names, figures, tags) part of its length."""
    sentence = _ends_sentence(block)
    if block.cf_class in ("good", "neargood"):
        return float(block.length) if _ends_paragraph(block) else 0.0
    if block.cf_class == "short":
        return 0.0 if sentence and block.density >= _PROSE_DENSITY else -_SHORT_COST
    if sentence and block.density >= _SENTENCE_DENSITY:
        return 0.0  # a sentence with fewer stop words than jusText asks (names, figures)
    return -_BAD_SHARE * block.length * (0.5 if sentence else 1.0)
