"""Main text and metadata of a web page (trafilatura), or title and body of pasted text."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import islice
from urllib.parse import urlsplit

import trafilatura
from lxml import etree  # type: ignore[import-untyped]
from lxml.html import HtmlElement  # type: ignore[import-untyped]
from trafilatura.settings import Document
from trafilatura.utils import load_html

from summarizer.errors import ConsentWall, NotAnArticle, Paywalled
from summarizer.factcheck import FactCheck, from_json_ld
from summarizer.sentences import words
from summarizer.wrapping import unwrapped


@dataclass(frozen=True, slots=True)
class Article:
    text: str
    title: str | None = None
    author: str | None = None
    date: str | None = None
    language: str | None = None
    url: str | None = None
    # trafilatura chose the main text already: no page chrome around it to cut away
    extracted: bool = False
    # the page's ClaimReview data: the claims it fact-checks, with their ratings
    fact_checks: tuple[FactCheck, ...] = ()


_HTML_START = re.compile(r"^\s*(?:<!doctype\s+html|<html\b|<head\b|<body\b|<article\b)", re.I)
_PAYWALL = re.compile(
    r"subscribe to (?:continue|read)|(?:log|sign) ?in to (?:continue|read)|"
    r"this (?:article|content) is (?:for|only available to) (?:subscribers|members)|"
    r"already a subscriber\?|to continue reading,? (?:please )?(?:subscribe|log in|sign in)",
    re.I,
)
_TITLE_MAX_WORDS = 25
# Lines of pasted text that may hold a menu, the headline and a byline before the first
# paragraph; a run of lines of at most _MENU_MAX_WORDS words is a menu.
_HEAD_LINES = 12
_MENU_MAX_WORDS = 3
# The skip link pages put first for screen readers ("Skip to main content", "Jump to navigation").
_SKIP_LINK = re.compile(r"(?:skip|jump) to\b", re.I)
_PAYWALL_MAX_WORDS = 150
# A consent wall, served instead of the article to a reader without cookies, speaks to that
# reader of "your consent", "your preferences" and "our partners": an article about privacy
# law reports such words, it does not address them to its reader.
_CONSENT_WALL = re.compile(
    r"\b(?:your\s+(?:consent|preferences|personal\s+data|device|privacy\s+(?:settings|"
    r"choices)|choices)|(?:we|our)\s+and\s+our\s+(?:\d[\d,]*\s+)?(?:partners|vendors)|"
    r"our\s+(?:\d[\d,]*\s+)?(?:partners|vendors)|to\s+(?:refuse\s+)?consent(?:ing)?|"
    r"legitimate\s+interests?)\b",
    re.I,
)
_CONSENT_WALL_MAX_WORDS = 400
_CONSENT_WALL_MIN_PHRASES = 3


def _is_consent_wall(text: str) -> bool:
    """Three of its phrases, one of them about consent or partners (a how-to page may well
    speak of "your device" and "your privacy settings")."""
    if len(words(text)) >= _CONSENT_WALL_MAX_WORDS:
        return False
    phrases = {" ".join(m.group().lower().split()) for m in _CONSENT_WALL.finditer(text)}
    return len(phrases) >= _CONSENT_WALL_MIN_PHRASES and any(
        _CONSENT_WORD.search(phrase) for phrase in phrases
    )


_CONSENT_WORD = re.compile(r"consent|partners|vendors|legitimate")


def looks_like_html(text: str) -> bool:
    return bool(_HTML_START.match(text[:2000]))


def extract_html(html: str | bytes, url: str | None = None) -> Article:
    """The article in a page; trafilatura does the work, Sift only judges the result.

    The page is parsed once: Sift reads the headline candidates from the tree, then hands the
    same tree to trafilatura (which copies it before cleaning).
    """
    tree = load_html(html)
    checks: tuple[FactCheck, ...] = ()
    if tree is not None:
        checks = from_json_ld(tree.xpath("//script[@type='application/ld+json']/text()"))
        candidates = _page_titles(tree)
        _join_source_lines(tree)
        _set_aside_non_story(tree)
    else:
        candidates = _PageTitles()
    document = trafilatura.bare_extraction(
        tree if tree is not None else html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
    )
    if not isinstance(document, Document) or not (document.text or "").strip():
        raise NotAnArticle(f"trafilatura found no main text at {url}")
    text = document.text or ""
    if len(words(text)) < _PAYWALL_MAX_WORDS and _PAYWALL.search(text):
        raise Paywalled(f"paywall prompt in a short page at {url}")
    if _is_consent_wall(text):
        raise ConsentWall(f"a consent page instead of the article at {url}")
    title = _choose_title(
        candidates,
        fallback=document.title,
        sites=_site_keys([*candidates.site_names, document.sitename or ""], url),
    )
    return Article(
        text=_drop_leading_title(text, title),
        title=title,
        author=document.author or None,
        date=document.date or None,
        language=document.language or _html_lang(html),
        url=document.url or url,
        extracted=True,
        fact_checks=checks,
    )


# -- line breaks of the page's source ------------------------------------------------------------

# A line break inside a text of the HTML source, with the spaces around it (not a blank line).
_SOURCE_BREAK = re.compile(r"(?<=\S)[ \t\r]*\n[ \t\r]*(?=\S)")
# Where the source's line breaks are the text's own: preformatted elements, and those a style
# keeps the breaks of ("white-space: pre-line", as forums and comment boxes set), inline or in
# a style sheet by class.
_PREFORMATTED = frozenset({"pre", "textarea", "listing", "plaintext", "xmp"})
_KEEPS_BREAKS = re.compile(r"white-space\s*:\s*(?:pre|break-spaces)", re.I)
_CLASS_SELECTOR = re.compile(r"\.(-?[_a-zA-Z][\w-]*+)")


def _join_source_lines(tree: HtmlElement) -> None:
    """Join a sentence that the page's source wraps inside one text.

    A browser shows a line break of the source as a space; trafilatura keeps it in a text
    outside a paragraph (that of a ``<div>`` or a ``<span>``), and each line became a line of
    its own to the engine: "Photos\\n which were released …" was two fragments. Only a single
    break with words on both sides is joined: one where a text begins or ends is kept, as a
    page whose text sits between ``<br>`` tags and blocks is read by trafilatura's fallbacks
    by the source's breaks alone (a byline before ``<br><br>\\n`` and the story), and so is a
    blank line, which parts paragraphs where a style keeps the source's breaks.
    """
    classes = _classes_keeping_breaks(tree)
    inside = 0  # how many elements that keep their breaks are open around the walk
    for event, element in etree.iterwalk(tree, events=("start", "end")):
        keeps = _keeps_breaks(element, classes)
        if event == "start":
            inside += keeps
            if element.text and not inside and "\n" in element.text:
                element.text = _SOURCE_BREAK.sub(" ", element.text)
            continue
        inside -= keeps  # the tail is the parent's text
        if element.tail and not inside and "\n" in element.tail:
            element.tail = _SOURCE_BREAK.sub(" ", element.tail)


def _keeps_breaks(element: HtmlElement, classes: frozenset[str]) -> bool:
    if not isinstance(element.tag, str):
        return False
    if element.tag in _PREFORMATTED or _KEEPS_BREAKS.search(element.get("style", "")):
        return True
    return bool(classes) and not classes.isdisjoint(element.get("class", "").split())


def _classes_keeping_breaks(tree: HtmlElement) -> frozenset[str]:
    """The classes the page's style sheets give ``white-space: pre…`` (".post-body {
    white-space: pre-line }"), as most sites set it. Rules are read by their braces, one
    pass: a pattern for a rule would rescan a long text without braces from every start."""
    classes: set[str] = set()
    for style in tree.iter("style"):
        for rule in (style.text or "").split("}"):
            selectors, _, body = rule.rpartition("{")
            if _KEEPS_BREAKS.search(body):
                classes.update(_CLASS_SELECTOR.findall(selectors))
    return frozenset(classes)


# -- what is on the page but not in the story -----------------------------------------------------

_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
# Elements that render as a block: an empty one still ends the line of text before it.
_BLOCKS = frozenset({"div", "p", "section", "article", "header", "footer", "aside", "figure"})
_SENTENCE_END = re.compile(r"[.!…][\"'”’)]*$")
_STANDFIRST_MIN_WORDS = 6
# How far up from a text the element that holds it is looked for.
_NEAR = 4
# A hover card's trigger: a name or a term, not a sentence.
_TRIGGER_MIN_CHARS = 3
_TRIGGER_MAX_CHARS = 80
_MIDDLE_NAMES_CHARS = 30  # what a card's full name may add to its trigger
# A line of links: at least this many words, this share of them in links.
_LINE_MIN_WORDS = 3
_LINK_SHARE = 0.8
# The most nodes an element set apart may hold (a line of links, a caption, a teaser, a
# standfirst): each test reads no further, so none costs more on a huge page.
_SMALL_MAX_NODES = 40
_TEASER_MAX_PARAGRAPHS = 2
_CHROME_CLASS = re.compile(r"(?:^|[\s_-])(?:caption|credit|byline)s?(?:$|[\s_-])", re.I)
_NOTE_MAX_WORDS = 80


def _set_aside_non_story(tree: HtmlElement) -> None:
    """Take out, before trafilatura reads the page, what a reader sees as apart from the story
    but an extractor takes as part of it: the standfirst under the headline, the hover cards
    glued into a sentence, the teasers whose paragraphs are links; and make the empty blocks
    that separate lines of text separate them.

    Every test reads a bounded stretch of text or of ancestors, so a page of deeply nested
    elements costs time in proportion to its size, not to its size times its depth.
    """
    _drop_standfirst(tree)
    for paragraph in list(tree.iter("p")):
        triggers: dict[HtmlElement, str] = {}
        for element in [e for e in paragraph.iterdescendants() if isinstance(e.tag, str)]:
            if _repeats_its_trigger(element, triggers):
                _drop_card(element)
    # Each test below reads only the element and its ancestors, which no other line's removal
    # changes, so a pass's lines are all found first and taken out together.
    _drop_all(
        [
            line
            for line in tree.iter("p", "li")
            if _link_line(line) or (line.tag == "p" and _inside_link(line))
        ]
    )
    _drop_all([element for element in tree.iter() if _caption_or_byline(element)])
    for element in list(tree.iter(*_BLOCKS)):
        if _empty_separator(element):
            element.tag = "br"
            element.attrib.clear()


def _drop(element: HtmlElement) -> None:
    """Remove an element and what it holds, but not the text that follows it."""
    if element.getparent() is not None:
        element.drop_tree()


def _drop_all(elements: list[HtmlElement]) -> None:
    """``_drop`` each of these elements, with the text that follows each joined to the text
    before it once per parent: joined one removal at a time, that text was copied again for
    each (a page of 30,000 links with words between them took many seconds)."""
    dropped: dict[HtmlElement, set[HtmlElement]] = {}
    for element in elements:
        if (parent := element.getparent()) is not None:
            dropped.setdefault(parent, set()).add(element)
    for parent, gone in dropped.items():
        kept: HtmlElement | None = None  # the child whose tail the next words join; None: text
        pieces = [parent.text or ""]
        for child in list(parent):
            if child not in gone:
                _set_run(parent, kept, pieces)
                kept, pieces = child, [child.tail or ""]
                continue
            pieces.append(child.tail or "")
            child.tail = None
            parent.remove(child)
        _set_run(parent, kept, pieces)


def _set_run(parent: HtmlElement, child: HtmlElement | None, pieces: list[str]) -> None:
    """The text of ``parent`` (``child`` None) or the tail of ``child``, joined of ``pieces``;
    untouched when no removed element added to it."""
    if len(pieces) < 2:
        return
    text = "".join(pieces) or None
    if child is None:
        parent.text = text
    else:
        child.tail = text


def _drop_card(card: HtmlElement) -> None:
    """``_drop`` a hover card right after its trigger, whose tail is blank: white space after
    the card is not added to that blank, so a run of cards does not pile up the white space
    between them, copied again for each card (seconds for 12,000 cards). Words after it are."""
    before, parent = card.getprevious(), card.getparent()
    if before is None or parent is None:
        _drop(card)
        return
    gap, after = before.tail or "", card.tail or ""
    card.tail = None
    parent.remove(card)
    before.tail = (gap + after if after.strip() or not gap else gap) or None


def _leading_text(element: HtmlElement, limit: int) -> str:
    """The first ``limit`` characters or so of an element's text, white space collapsed."""
    pieces: list[str] = []
    size = 0
    for piece in element.itertext():
        pieces.append(piece)
        size += len(piece)
        if size > 2 * limit:
            break
    return " ".join("".join(pieces).split())[:limit]


def _drop_standfirst(tree: HtmlElement) -> None:
    """The sentence set as a subheading right under the headline is the standfirst (dek): a
    summary of the story written apart from it, which the story then tells again.

    It is the first text after the story's h1 when that text is an h2-h6 heading that reads
    as a sentence (a section heading is a phrase).
    """
    headings = list(islice(tree.iter("h1"), _MAX_HEADINGS))
    headings.sort(key=lambda heading: not _in_main(heading))
    if not headings:
        return
    following = headings[0].xpath("following::text()[normalize-space()][1]")
    if not following or following[0].getparent() is None:
        return
    holder = following[0].getparent()
    heading = next(
        (e for e in islice((holder, *holder.iterancestors()), _NEAR) if e.tag in _HEADINGS),
        None,
    )
    if heading is None:
        return
    nodes = _small_nodes(heading)
    if nodes is None or any(node.tag in _BLOCKS for node in nodes):
        return  # a heading left unclosed, which the parser makes hold the story's blocks
    text = _leading_text(heading, _TITLE_MAX_CHARS + 1)
    if (
        len(text) <= _TITLE_MAX_CHARS
        and len(words(text)) >= _STANDFIRST_MIN_WORDS
        and _SENTENCE_END.search(text)
    ):
        _drop(heading)


def _small_nodes(element: HtmlElement) -> list[HtmlElement] | None:
    """The element and what it holds, if that is at most ``_SMALL_MAX_NODES`` nodes."""
    nodes = list(islice(element.iter(), _SMALL_MAX_NODES + 1))
    return nodes if len(nodes) <= _SMALL_MAX_NODES else None


def _inside_link(paragraph: HtmlElement) -> bool:
    """A paragraph that is part of a link: a teaser of another page, never the story's."""
    return any(
        parent.tag == "a" and _teaser_link(parent)
        for parent in islice(paragraph.iterancestors(), _NEAR)
    )


def _teaser_link(link: HtmlElement) -> bool:
    """A link small enough to be a teaser: a few paragraphs and nodes (real teasers hold one
    or two paragraphs in under 20 nodes). A link that holds more is most often one left
    unclosed, which the parser makes hold the rest of the page, the story with it."""
    nodes = _small_nodes(link)
    return nodes is not None and sum(node.tag == "p" for node in nodes) <= _TEASER_MAX_PARAGRAPHS


def _link_line(element: HtmlElement) -> bool:
    """A line that is (nearly) all link: another page's headline set in the story ("READ
    MORE: ..."), a related-links list. A story's paragraph links a few of its words, never all.

    Only small elements are read (a line of links is short), so the test stays bounded.
    """
    nodes = _small_nodes(element)
    if nodes is None:
        return False
    total = len(" ".join(element.itertext()).split())
    if total < _LINE_MIN_WORDS:
        return False
    linked = sum(len(node.text_content().split()) for node in nodes if node.tag == "a")
    return linked >= _LINK_SHARE * total


def _caption_or_byline(element: HtmlElement) -> bool:
    """A caption, a photo credit or a byline, as the page itself names it (figcaption, or a
    class such as "caption", "image-credit", "byline"): about the story, not of it. Only short
    elements: a class name on a wrapper of the whole story must not take the story with it."""
    if element.tag != "figcaption" and not _CHROME_CLASS.search(element.get("class") or ""):
        return False
    return (
        _small_nodes(element) is not None
        and len(element.text_content().split()) <= _NOTE_MAX_WORDS
    )


def _repeats_its_trigger(element: HtmlElement, triggers: dict[HtmlElement, str]) -> bool:
    """A hover card: inside a paragraph, right after a link or a name, an element whose text
    starts with that name again (a profile card, a definition). No writer puts a name twice
    in a row, so the repeat is the card's, not the sentence's.

    ``triggers`` keeps what was read of each trigger: after a card is taken out, the next
    element has the same trigger before it, whose text no removal since has changed."""
    before = element.getprevious()
    if before is None or not isinstance(before.tag, str) or (before.tail or "").strip():
        return False
    if (trigger := triggers.get(before)) is None:
        trigger = triggers[before] = _leading_text(before, _TRIGGER_MAX_CHARS + 1)
    if not _TRIGGER_MIN_CHARS <= len(trigger) <= _TRIGGER_MAX_CHARS:
        return False
    text = _leading_text(element, len(trigger) + _MIDDLE_NAMES_CHARS)
    # The name again, not a longer word ("The" before "Thereafter …"); a card's next field may
    # follow it without a space ("Kristi NoemSouth Dakota governor …").
    if len(text) > len(trigger) and text.startswith(trigger):
        return not text[len(trigger)].islower()
    # … or the name in full, with middle names ("Kristi Noem" -> "Kristi Lynn Noem")
    words = trigger.split()
    if len(words) < 2:  # a first and a last name at least
        return False
    full = rf"{re.escape(words[0])}\s+(?:\S+\s+){{1,2}}{re.escape(words[-1])}(?![a-z])"
    return bool(re.match(full, text))


def _empty_separator(element: HtmlElement) -> bool:
    """An empty block between two runs of text: it breaks the line (trafilatura would glue
    the sentence before it to the one after it)."""
    if len(element) or (element.text or "").strip() or not (element.tail or "").strip():
        return False
    before = element.getprevious()
    if before is not None:
        return bool((before.tail or "").strip())
    parent = element.getparent()
    return parent is not None and bool((parent.text or "").strip())


def plain_article(text: str) -> Article:
    """Plain text's headline and body, its hard-wrapped paragraphs joined first: a wrapped
    headline or opening sentence is one line to ``split_title`` only once unwrapped."""
    return split_title(unwrapped(text))


def split_title(text: str) -> Article:
    """Pasted text: the first line that reads as a headline, before the first paragraph.

    A paste from a browser often starts with the page's menu ("Home", "News", a skip link)
    above the headline; those lines are passed over, and dropped with the headline, rather
    than one of them becoming the title. Only the first few lines are read, however long the
    text.
    """
    stripped = text.strip()
    lines = stripped.split("\n", _HEAD_LINES)
    previous_short = False
    for index, raw in enumerate(lines[:_HEAD_LINES]):
        line = raw.strip()
        if not line:
            continue
        count = len(words(line))
        if count > _TITLE_MAX_WORDS or _ends_in_punctuation(line):
            break  # the first paragraph: a headline comes before it
        short = count <= _MENU_MAX_WORDS
        menu = _SKIP_LINK.match(line) or (short and (previous_short or count < 2))
        previous_short = short
        if not menu and _reads_as_headline(line):
            rest = "\n".join(lines[index + 1 :]).strip()
            if rest:
                return Article(text=rest, title=line)
            break
    return Article(text=stripped)


def _reads_as_headline(line: str) -> bool:
    """Words rather than figures: a date or a price line above the headline is not one."""
    tokens = words(line)
    lettered = sum(1 for token in tokens if token[0].isalpha())
    return lettered >= 2 and 2 * lettered >= len(tokens)


def _ends_in_punctuation(line: str) -> bool:
    """A stop, colon, semicolon or comma among the non-word characters that end the line.

    Read backwards from the end: the pattern [.!:;,]\\W*$ tried from every stop of a line of
    punctuation would read the rest of the line each time.
    """
    start = len(line)
    while start > 0 and not (line[start - 1].isalnum() or line[start - 1] == "_"):
        start -= 1
    return any(char in ".!:;," for char in line[start:])


def _drop_leading_title(text: str, title: str | None) -> str:
    if not title:
        return text
    first, _, rest = text.partition("\n")
    if first.strip().lower() == title.lower() and rest.strip():
        return rest
    return text


_LANG_ATTR = re.compile(rb"<html[^>]*\blang=[\"']?([a-zA-Z]{2})", re.I)


def _html_lang(html: str | bytes) -> str | None:
    head = html[:4000].encode() if isinstance(html, str) else html[:4000]
    match = _LANG_ATTR.search(head)
    return match.group(1).decode().lower() if match else None


@dataclass(slots=True)
class _PageTitles:
    """What a page says its headline is, in each of the places pages say it."""

    title: str = ""
    headings: list[str] = field(default_factory=list)
    main_headings: list[str] = field(default_factory=list)  # … of them, in <article>/<main>
    og_titles: list[str] = field(default_factory=list)
    site_names: list[str] = field(default_factory=list)


# Separators sites put between headline, section and site name; ": " only ever splits off a
# site name or slogan at an edge (a colon inside a headline stays, see _strip_site).
_SEPARATOR = re.compile(r"\s[|\-–—•»·]\s|\s::\s|:\s")
_TITLE_MAX_CHARS = 1000
_MAX_SEGMENTS = 12
_MAX_HEADINGS = 10
_MIN_HEADLINE_KEY = 6
_WORD = re.compile(r"\w+")
_SITE_NAME_WORDS = 3
_SITE_NAME_CHARS = 12  # of one run of letters: "Bloomberg", "Telegraph"; longer, a headline
_UNSPACED_TITLE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]{6}")
_GENERIC_HOST_LABELS = frozenset({"www", "m", "amp", "com", "co", "org", "net", "ac", "gov"})


def _text(value: object) -> str:
    return " ".join(str(value)[:_TITLE_MAX_CHARS].split())


def _page_titles(tree: HtmlElement) -> _PageTitles:
    """<title>, the h1s (those inside <article>/<main> first), og:/twitter:title, site names."""

    def meta(*names: str) -> list[str]:
        found = []
        for name in names:
            for attr in ("property", "name"):
                found += tree.xpath(f"//meta[@{attr}='{name}']/@content")
        return [text for text in map(_text, found) if text]

    title = next(iter(tree.xpath("//head/title/text()|//title/text()")), "")
    h1s = [(_in_main(h), _text(h.text_content())) for h in islice(tree.iter("h1"), _MAX_HEADINGS)]
    h1s.sort(key=lambda heading: not heading[0])  # stable: page order otherwise
    headings = [text for _, text in h1s]
    main = [text for in_main, text in h1s if in_main]
    return _PageTitles(
        title=_text(title),
        headings=[h for h in dict.fromkeys(headings) if h],
        main_headings=[h for h in dict.fromkeys(main) if h],
        og_titles=meta("og:title", "twitter:title"),
        site_names=meta("og:site_name"),
    )


def _in_main(element: HtmlElement) -> bool:
    """Inside <article> or <main>: the story's heading rather than the site's logo."""
    return any(
        parent.tag in ("article", "main") or parent.get("role") == "main"
        for parent in element.iterancestors()
    )


def _names_no_story(title: str) -> bool:
    """A <title> of a few words at most, as a site's or a section's name is ("Example News",
    "World"); a headline says more ("Storm hits coast: what we know"). A title in a script
    written without spaces is one "word" however long: its letters are counted instead."""
    words = _words_of(title)
    if len(words) <= 1 and len(_key(title)) > _SITE_NAME_CHARS:
        return False
    return len(words) <= _SITE_NAME_WORDS and not _UNSPACED_TITLE.search(title)


def _shared_words(one: str, other: str) -> bool:
    """Whether a heading and a <title> have a word in common: one that has is a version of
    the same headline, however the site shortened or padded it."""
    return bool(_words_of(one) & _words_of(other))


def _words_of(text: str) -> set[str]:
    return set(_WORD.findall(text.casefold()))


def _key(text: str) -> str:
    """Letters and digits only, casefolded: quotes, dashes and spacing differ between copies."""
    return "".join(char for char in text.casefold() if char.isalnum())


def _site_keys(names: list[str], url: str | None) -> frozenset[str]:
    """Keys of the site's names: as stated (and each segment of a 'Name | Slogan' statement),
    and the domain's name ('linknaija' and 'linknaija.com' for www.linknaija.com)."""
    keys = set()
    for name in names:
        keys.add(_key(name))
        keys.update(_key(part) for part in _SEPARATOR.split(name[:_TITLE_MAX_CHARS]))
    host = (urlsplit(url).hostname or "") if url else ""
    labels = host.lower().split(".")
    if labels and labels[0] in _GENERIC_HOST_LABELS:
        labels = labels[1:]
    keys.add(_key(".".join(labels)))
    keys.update(_key(label) for label in labels[:-1] if label not in _GENERIC_HOST_LABELS)
    keys.discard("")
    return frozenset(keys)


def _segments(title: str) -> list[tuple[int, int]]:
    """(start, end) of each separator-delimited segment of a title."""
    bounds, start = [], 0
    for separator in _SEPARATOR.finditer(title):
        bounds.append((start, separator.start()))
        start = separator.end()
    bounds.append((start, len(title)))
    return bounds


def _runs(title: str) -> set[str]:
    """Keys of every run of adjacent segments: the headline is one of them when a section or
    site name pads it on either side. A title of many segments is only compared whole."""
    bounds = _segments(title)
    if len(bounds) > _MAX_SEGMENTS:
        return {_key(title)}
    return {
        _key(title[bounds[i][0] : bounds[j][1]])
        for i in range(len(bounds))
        for j in range(i, len(bounds))
    }


def _strip_site(title: str, sites: frozenset[str]) -> str:
    """The title without the segments at its edges that are the site's name or slogan."""
    bounds = _segments(title)
    first, last = 0, len(bounds) - 1
    while first < last and _key(title[slice(*bounds[first])]) in sites:
        first += 1
    while last > first and _key(title[slice(*bounds[last])]) in sites:
        last -= 1
    return title[bounds[first][0] : bounds[last][1]].strip()


def _choose_title(page: _PageTitles, fallback: str | None, sites: frozenset[str]) -> str | None:
    """The headline, never the site's name when the page has a real headline.

    A heading or og:title that is itself a run of segments of <title> is the headline with the
    padding already gone, and the visible heading is preferred; otherwise the first of
    og:title, <title> and trafilatura's title that has more than the site name once the site's
    segments are stripped from its edges; a heading is the last resort, as a site's logo is
    often the page's only h1, except the story's own (in <article> or <main>) against a
    <title> that is only a short name sharing no word with it.
    """

    def headline(text: str) -> bool:
        key = _key(text)
        return len(key) >= _MIN_HEADLINE_KEY and key not in sites

    runs = _runs(page.title) if page.title else set()
    for stated in [*page.headings, *page.og_titles]:
        candidate = _strip_site(stated, sites)
        if headline(candidate) and _key(candidate) in runs:
            return candidate
    og_keys = {_key(og) for og in page.og_titles}
    for heading in page.headings:
        if headline(heading) and _key(heading) in og_keys:
            return heading
    if not page.og_titles and _names_no_story(_strip_site(page.title, sites)):
        # the story's own heading, when <title> is a name of a few words that shares none
        # with it ("Example News"): that names the site or a section, not this story
        for heading in page.main_headings:
            if headline(heading) and not _shared_words(heading, page.title):
                return heading
    for candidate in [*page.og_titles, page.title, _text(fallback or "")]:
        stripped = _strip_site(candidate, sites)
        if headline(stripped):
            return stripped
    return next((heading for heading in page.headings if headline(heading)), None)
