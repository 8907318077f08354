"""Draw the sentences of the real claims sets (tests/data/claims/real-*.jsonl), reproducibly.

The existing real-dev set was used to shape the claim rules, so its scores flatter them; a set
drawn from articles real-dev never touched, with a fixed seed, gives an honest second opinion
(`fresh`). A third set (`tune`) comes from articles neither uses, so rules can be tuned on it
while real-fresh stays a check; half of it is real web pages (blogs, other outlets), because
CNN/DailyMail writing alone would teach the rules one house style. A fourth set (`tune2`) draws
again from the tune set's articles and pages, skipping the sentences real-tune already holds, so
rules tuned on real-tune can be tried on sentences they were not shaped by. A fifth set (`tune3`)
takes its CNN/DM half from the articles none of the other sets uses, whatever their source, and
its web half again from the same pages, skipping the sentences real-tune and real-tune2 hold.
A sixth set (`fresh2`) is a second check set, never tuned on: with no unused article left, it
draws from all the CNN/DM articles and the same pages, skipping every sentence another set holds.
A seventh (`tune4`) is drawn the same way, skipping real-fresh2's sentences too, for tuning.
An eighth (`fresh3`), a third check set drawn the same way after the rules of 2 December 2026,
skips every sentence the other sets hold; a ninth (`tune5`) skips real-fresh3's too, for tuning.
A tenth (`fresh4`), a fourth check set drawn the same way on 2 December 2026 (evening), and an
eleventh (`tune6`) that skips real-fresh4's sentences too, for tuning. A twelfth (`tune7`) and
a thirteenth (`tune8`), drawn on 3 December 2026 the same way, each skipping every earlier set's
sentences, are for tuning too: their first run shows errors no rule has yet been shaped by. A
fifth check set (`fresh5`) and a fourteenth (`tune9`), drawn the same way on the morning of
3 December 2026, skip every earlier set's sentences (and tune9 fresh5's). A fifteenth
(`tune10`), drawn the same way on 3 December 2026's last session, skips every earlier set's
sentences: its first run measures that session's rules on sentences none of them was shaped by.
A sixth check set (`fresh6`), drawn the same way at the start of 3 December 2026's fifth
session, skips every earlier set's sentences: never tuned on, it measures that session's rules.
Plain random sentences are mostly the writer's own narration, so half of each set is drawn from
sentences with a reporting cue, where the hard distinctions (claimed vs attributed) live.

    PYTHONPATH=. python -m benchmarks.sample_claims > sample.jsonl   # the unlabelled fresh draw
    PYTHONPATH=. python -m benchmarks.sample_claims --check          # labelled file still matches
    PYTHONPATH=. python -m benchmarks.sample_claims --set tune [--check]
    PYTHONPATH=. python -m benchmarks.sample_claims --set tune2 [--check]
    PYTHONPATH=. python -m benchmarks.sample_claims --set tune3 [--check]
    PYTHONPATH=. python -m benchmarks.sample_claims --set fresh2 [--check]
    PYTHONPATH=. python -m benchmarks.sample_claims --set tune4 [--check]
    PYTHONPATH=. python -m benchmarks.sample_claims --set fresh3 [--check]
    PYTHONPATH=. python -m benchmarks.sample_claims --set tune5 [--check]
    PYTHONPATH=. python -m benchmarks.sample_claims --set fresh4 [--check]
    PYTHONPATH=. python -m benchmarks.sample_claims --set tune6 [--check]
    PYTHONPATH=. python -m benchmarks.sample_claims --set tune7 [--check]
    PYTHONPATH=. python -m benchmarks.sample_claims --set tune8 [--check]
    PYTHONPATH=. python -m benchmarks.sample_claims --set fresh5 [--check]
    PYTHONPATH=. python -m benchmarks.sample_claims --set tune9 [--check]
    PYTHONPATH=. python -m benchmarks.sample_claims --set tune10 [--check]
    PYTHONPATH=. python -m benchmarks.sample_claims --set fresh6 [--check]

The later sets (tune11 to tune16, fresh7 to fresh9) are drawn the same way, each skipping every
earlier set's sentences; ``--set`` names each of them.

With the shared data's cued sentences spent, a tenth check set (`fresh10`) and a seventeenth
tuning set (`tune17`) come from another house altogether: the Lee corpus of 300 ABC (Australian
Broadcasting Corporation) news stories from 2001 and 2002, as gensim ships it for its tests
(``gensim/test/test_data/lee_background.cor``, copied to tests/data/claims/). fresh10 draws from
the even-numbered stories and tune17 from the odd ones, so no story feeds both.

    PYTHONPATH=. python -m benchmarks.sample_claims --set fresh10 [--check]
    PYTHONPATH=. python -m benchmarks.sample_claims --set tune17 [--check]

An eighteenth tuning set (`tune18`) draws again from the odd-numbered Lee stories, skipping
real-tune17's sentences. An eleventh check set (`fresh11`), drawn after the eleventh session's
last rule, takes the corpus's other 50 stories (``lee.cor``, the ones its authors had people
rate; gensim ships them Latin-1 encoded, stored here as UTF-8): half the usual size, as 50
short stories hold about 200 sentences.

    PYTHONPATH=. python -m benchmarks.sample_claims --set tune18 [--check]
    PYTHONPATH=. python -m benchmarks.sample_claims --set fresh11 [--check]

A third house, drawn on 4 December 2026 (twelfth session): 100 BBC News articles of 2004-2005
(the "BBC News Summary" set, CC0, 20 each of business, entertainment, politics, sport and tech,
as adamchristiansen/text-summarizer keeps them one sentence a line; stored in
tests/data/claims/bbc-news.jsonl with their paragraphs rejoined). A nineteenth tuning set
(`tune19`) draws from the odd-numbered articles of each topic and a twelfth check set
(`fresh12`) from the even-numbered ones, so no article feeds both. Fifty articles cannot give
300 sentences at three an article, and a BBC article is about 22 sentences long, so each of
these sets takes up to eight sentences an article. Even so the cued stratum runs short (123
and 127 of 150), so tune19 has 273 sentences and fresh12 277.

    PYTHONPATH=. python -m benchmarks.sample_claims --set tune19 [--check]
    PYTHONPATH=. python -m benchmarks.sample_claims --set fresh12 [--check]

A fourth house, drawn on 4 December 2026 (thirteenth session): 139 English Wikinews articles of
2019-2020 (CC BY 2.5, as vanatteveldt/wikinews keeps them, the 300-word news reports among them;
stored in tests/data/claims/wikinews.jsonl with their URLs). A twentieth tuning set (`tune20`)
draws from the odd-numbered articles and a thirteenth check set (`fresh13`) from the
even-numbered ones, up to five sentences an article (about 70 articles each, 20 sentences
long).

    PYTHONPATH=. python -m benchmarks.sample_claims --set tune20 [--check]
    PYTHONPATH=. python -m benchmarks.sample_claims --set fresh13 [--check]

A fifth house, drawn on 5 December 2026 (nineteenth session): 242 Reuters newswire stories of
February 1987 (the Reuters-21578 collection's first file, ``reut2-000.sgm``; stored in
tests/data/claims/reuters.jsonl), wire copy whose every other line hands a statement to a
company, an analyst, a trader or an unnamed source. A twenty-first tuning set (`tune21`) draws
from the odd-numbered stories and a fourteenth check set (`fresh14`) from the even-numbered
ones, at most three sentences a story.

    PYTHONPATH=. python -m benchmarks.sample_claims --set tune21 [--check]
    PYTHONPATH=. python -m benchmarks.sample_claims --set fresh14 [--check]

A sixth house, drawn on 5 December 2026 (twenty-second session): 182 Guardian articles of about
2012 to 2016 as the OneStopEnglish corpus keeps them (its "advanced" level, closest to the
original; stored in tests/data/claims/guardian-ose.jsonl), features and reports that quote
charities, reports, scientists and officials at length. A twenty-second tuning set (`tune22`)
draws from the odd-numbered articles and a fifteenth check set (`fresh15`) from the
even-numbered ones, at most four sentences an article.

    PYTHONPATH=. python -m benchmarks.sample_claims --set tune22 [--check]
    PYTHONPATH=. python -m benchmarks.sample_claims --set fresh15 [--check]

A twenty-third tuning set (`tune23`), drawn the same afternoon, takes the odd-numbered Guardian
articles again, skipping every sentence real-tune22 holds.

    PYTHONPATH=. python -m benchmarks.sample_claims --set tune23 [--check]

A seventh house, drawn on 5 December 2026 (twenty-third session): the 300 articles of BASIL
(Fan et al., EMNLP 2019; launchnlp/BASIL), US political news of 2010 to 2019 from Fox News,
HuffPost and The New York Times, one article from each outlet on each of 100 events (stored in
tests/data/claims/basil.jsonl). A twenty-fourth tuning set (`tune24`) draws from the events of
odd number and a sixteenth check set (`fresh16`) from the even ones, at most three sentences an
article.

    PYTHONPATH=. python -m benchmarks.sample_claims --set tune24 [--check]
    PYTHONPATH=. python -m benchmarks.sample_claims --set fresh16 [--check]

A twenty-fifth tuning set (`tune25`), drawn the same evening, takes the odd-numbered BASIL events
again, skipping every sentence real-tune24 holds.

    PYTHONPATH=. python -m benchmarks.sample_claims --set tune25 [--check]

An eighth house, drawn on 5 December 2026 (twenty-fourth session): the 446 news articles of the
Propaganda Techniques Corpus (SemEval-2020 Task 11; stored in tests/data/claims/ptc.jsonl),
mainstream and partisan English news of 2017 to 2019. A twenty-sixth tuning set (`tune26`) draws
from the articles of odd number and a seventeenth check set (`fresh17`) from the even ones, at
most three sentences an article.

    PYTHONPATH=. python -m benchmarks.sample_claims --set tune26 [--check]
    PYTHONPATH=. python -m benchmarks.sample_claims --set fresh17 [--check]

A twenty-seventh tuning set (`tune27`), drawn on 6 December 2026 (twenty-fifth session), takes
the odd-numbered PTC articles again, skipping every sentence real-tune26 holds: the house whose
check set scored lowest on speakers.

    PYTHONPATH=. python -m benchmarks.sample_claims --set tune27 [--check]

A twenty-eighth tuning set (`tune28`), drawn on 7 December 2026 (fortieth session), takes the
odd-numbered BASIL events a third time, skipping every sentence real-tune24 and real-tune25
hold: the house whose check set flagged the fewest of its claims (recall 0.59).

    PYTHONPATH=. python -m benchmarks.sample_claims --set tune28 [--check]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.common import ROOT, SHARED
from summarizer.language import detect_language
from summarizer.sentences import split_sentences

SEED = 20250607
SOURCES = frozenset({"frank", "summeval(bartscore)"})
TUNE_SEED = 20250714
TUNE_SOURCE = "realsumm(bartscore)"
TUNE2_SEED = 20261202
TUNE3_SEED = 20261203
FRESH2_SEED = 20261204
TUNE4_SEED = 20261205
FRESH3_SEED = 20261206
TUNE5_SEED = 20261207
FRESH4_SEED = 20261208
TUNE6_SEED = 20261209
TUNE7_SEED = 20261210
TUNE8_SEED = 20261211
FRESH5_SEED = 20261212
TUNE9_SEED = 20261213
TUNE10_SEED = 20261214
FRESH6_SEED = 20261215
TUNE11_SEED = 20261216
TUNE12_SEED = 20261217
TUNE13_SEED = 20261218
FRESH7_SEED = 20261219
FRESH8_SEED = 20261220
TUNE14_SEED = 20261221
FRESH9_SEED = 20261222
TUNE15_SEED = 20261223
TUNE16_SEED = 20261224
FRESH10_SEED = 20261225
TUNE17_SEED = 20261226
TUNE18_SEED = 20261227
FRESH11_SEED = 20261228
TUNE19_SEED = 20261229
FRESH12_SEED = 20261230
TUNE20_SEED = 20261231
FRESH13_SEED = 20270101
TUNE21_SEED = 20270102
FRESH14_SEED = 20270103
TUNE22_SEED = 20270104
FRESH15_SEED = 20270105
TUNE23_SEED = 20270106
TUNE24_SEED = 20270107
FRESH16_SEED = 20270108
TUNE25_SEED = 20270109
TUNE26_SEED = 20270110
FRESH17_SEED = 20270111
TUNE27_SEED = 20270112
TUNE28_SEED = 20270113
# Shorter page texts are mostly stubs, captions or listings rather than articles.
WEB_MIN_WORDS = 150
PER_STRATUM = 150
PER_ARTICLE = 3
PER_BBC_ARTICLE = 8
PER_WIKINEWS_ARTICLE = 5
PER_GUARDIAN_ARTICLE = 4
CONTEXT = 3
MIN_WORDS = 4

# Words a reporter uses to hand a statement to someone else; the stratum only needs to be rich in
# attributions and distance, so a broad net (with false hits such as "the storm claimed") is right.
CUE = re.compile(
    r"\b(said|says|told|according to|claim\w*|alleg\w*|report\w*|verif\w*|sources?\b"
    r"|believed|citing|suggest\w*|denied|accused|rumou?r\w*|evidence|confirm\w*)",
    re.IGNORECASE,
)

DEV = SHARED / "claims" / "real-dev.jsonl"
ARTICLES = SHARED / "summarization" / "cnndm-test-subset.jsonl"
WEB_PAGES = SHARED / "extraction" / "ground-truth.json"
FRESH = ROOT / "tests" / "data" / "claims" / "real-fresh.jsonl"
TUNE = ROOT / "tests" / "data" / "claims" / "real-tune.jsonl"
TUNE2 = ROOT / "tests" / "data" / "claims" / "real-tune2.jsonl"
TUNE3 = ROOT / "tests" / "data" / "claims" / "real-tune3.jsonl"
FRESH2 = ROOT / "tests" / "data" / "claims" / "real-fresh2.jsonl"
TUNE4 = ROOT / "tests" / "data" / "claims" / "real-tune4.jsonl"
FRESH3 = ROOT / "tests" / "data" / "claims" / "real-fresh3.jsonl"
TUNE5 = ROOT / "tests" / "data" / "claims" / "real-tune5.jsonl"
FRESH4 = ROOT / "tests" / "data" / "claims" / "real-fresh4.jsonl"
TUNE6 = ROOT / "tests" / "data" / "claims" / "real-tune6.jsonl"
TUNE7 = ROOT / "tests" / "data" / "claims" / "real-tune7.jsonl"
TUNE8 = ROOT / "tests" / "data" / "claims" / "real-tune8.jsonl"
FRESH5 = ROOT / "tests" / "data" / "claims" / "real-fresh5.jsonl"
TUNE9 = ROOT / "tests" / "data" / "claims" / "real-tune9.jsonl"
TUNE10 = ROOT / "tests" / "data" / "claims" / "real-tune10.jsonl"
FRESH6 = ROOT / "tests" / "data" / "claims" / "real-fresh6.jsonl"
TUNE11 = ROOT / "tests" / "data" / "claims" / "real-tune11.jsonl"
TUNE12 = ROOT / "tests" / "data" / "claims" / "real-tune12.jsonl"
TUNE13 = ROOT / "tests" / "data" / "claims" / "real-tune13.jsonl"
FRESH7 = ROOT / "tests" / "data" / "claims" / "real-fresh7.jsonl"
FRESH8 = ROOT / "tests" / "data" / "claims" / "real-fresh8.jsonl"
TUNE14 = ROOT / "tests" / "data" / "claims" / "real-tune14.jsonl"
FRESH9 = ROOT / "tests" / "data" / "claims" / "real-fresh9.jsonl"
TUNE15 = ROOT / "tests" / "data" / "claims" / "real-tune15.jsonl"
TUNE16 = ROOT / "tests" / "data" / "claims" / "real-tune16.jsonl"
FRESH10 = ROOT / "tests" / "data" / "claims" / "real-fresh10.jsonl"
TUNE17 = ROOT / "tests" / "data" / "claims" / "real-tune17.jsonl"
TUNE18 = ROOT / "tests" / "data" / "claims" / "real-tune18.jsonl"
FRESH11 = ROOT / "tests" / "data" / "claims" / "real-fresh11.jsonl"
TUNE19 = ROOT / "tests" / "data" / "claims" / "real-tune19.jsonl"
FRESH12 = ROOT / "tests" / "data" / "claims" / "real-fresh12.jsonl"
TUNE20 = ROOT / "tests" / "data" / "claims" / "real-tune20.jsonl"
FRESH13 = ROOT / "tests" / "data" / "claims" / "real-fresh13.jsonl"
TUNE21 = ROOT / "tests" / "data" / "claims" / "real-tune21.jsonl"
FRESH14 = ROOT / "tests" / "data" / "claims" / "real-fresh14.jsonl"
TUNE22 = ROOT / "tests" / "data" / "claims" / "real-tune22.jsonl"
FRESH15 = ROOT / "tests" / "data" / "claims" / "real-fresh15.jsonl"
TUNE23 = ROOT / "tests" / "data" / "claims" / "real-tune23.jsonl"
TUNE24 = ROOT / "tests" / "data" / "claims" / "real-tune24.jsonl"
FRESH16 = ROOT / "tests" / "data" / "claims" / "real-fresh16.jsonl"
TUNE25 = ROOT / "tests" / "data" / "claims" / "real-tune25.jsonl"
TUNE26 = ROOT / "tests" / "data" / "claims" / "real-tune26.jsonl"
FRESH17 = ROOT / "tests" / "data" / "claims" / "real-fresh17.jsonl"
TUNE27 = ROOT / "tests" / "data" / "claims" / "real-tune27.jsonl"
TUNE28 = ROOT / "tests" / "data" / "claims" / "real-tune28.jsonl"
# The Lee corpus (Lee, Pincombe & Welsh 2005): one ABC news story a line
LEE = ROOT / "tests" / "data" / "claims" / "lee_background.cor"
LEE_RATED = ROOT / "tests" / "data" / "claims" / "lee.cor"  # the 50 other stories
SAMPLED_FIELDS: tuple[str, ...] = ("article", "index", "context", "text", "stratum")
TUNE_FIELDS: tuple[str, ...] = (*SAMPLED_FIELDS, "source", "url")  # url: web rows only
LEE_FIELDS: tuple[str, ...] = (*SAMPLED_FIELDS, "source")
# BBC News articles, one JSON object a line: id ("bbc-<topic>-<number>"), title, text
BBC = ROOT / "tests" / "data" / "claims" / "bbc-news.jsonl"
# Wikinews articles, one JSON object a line: id ("wn-<year>-<row>"), url, date, title, text
WIKINEWS = ROOT / "tests" / "data" / "claims" / "wikinews.jsonl"
# Reuters-21578's first file: one JSON object a line: id ("reuters-<NEWID>"), date, title, text
REUTERS = ROOT / "tests" / "data" / "claims" / "reuters.jsonl"
# The OneStopEnglish corpus's Guardian articles: id ("guardian-ose-<n>"), title, text
GUARDIAN = ROOT / "tests" / "data" / "claims" / "guardian-ose.jsonl"
# BASIL's US political news (Fox News, HuffPost, The New York Times; three outlets an event):
# id ("basil-<outlet>-<event>"), outlet, date, title, url, text
BASIL = ROOT / "tests" / "data" / "claims" / "basil.jsonl"
# The Propaganda Techniques Corpus's news articles: id ("ptc-<number>"), split, title, text
PTC = ROOT / "tests" / "data" / "claims" / "ptc.jsonl"


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def _draw(
    articles: list[tuple[str, str]],
    rng: random.Random,
    per_stratum: int,
    exclude: frozenset[str] = frozenset(),
    per_article_cap: int = PER_ARTICLE,
) -> list[dict[str, Any]]:
    """``per_stratum`` random and ``per_stratum`` cued sentences of ``(id, text)`` articles, in
    article order then sentence order, so context reads naturally.

    Sentences whose text is in ``exclude`` are never drawn: another set already holds them (by
    text, so a stock line such as "Scroll down for video ." held from one article is not drawn
    from another either).
    """
    sentences: dict[str, list[str]] = {}
    candidates: list[tuple[str, int]] = []
    for article_id, text in articles:
        split = split_sentences(text)
        sentences[article_id] = split
        candidates.extend(
            (article_id, i)
            for i, sentence in enumerate(split)
            if len(sentence.split()) >= MIN_WORDS and sentence not in exclude
        )
    cued = [(article, i) for article, i in candidates if CUE.search(sentences[article][i])]

    taken: dict[tuple[str, int], str] = {}
    per_article: Counter[str] = Counter()
    for stratum, pool in (("random", candidates), ("cue", cued)):
        order = list(pool)
        rng.shuffle(order)
        drawn = 0
        for key in order:
            if drawn == per_stratum:
                break
            if key in taken or per_article[key[0]] == per_article_cap:
                continue
            taken[key] = stratum
            per_article[key[0]] += 1
            drawn += 1
        if drawn < per_stratum:
            # Few articles left: take what there is, but say so, since the counts will be off.
            print(
                f"only {drawn} of {per_stratum} {stratum} sentences to draw from "
                f"{len(articles)} articles",
                file=sys.stderr,
            )

    position = {article_id: n for n, (article_id, _text) in enumerate(articles)}
    rows = []
    for article, i in sorted(taken, key=lambda key: (position[key[0]], key[1])):
        split = sentences[article]
        rows.append(
            {
                "article": article,
                "index": i,
                "context": split[max(0, i - CONTEXT) : i],
                "text": split[i],
                "stratum": taken[(article, i)],
            }
        )
    return rows


def sample() -> list[dict[str, Any]]:
    """The real-fresh draw: CNN/DM articles that real-dev does not use."""
    used = {row["article"] for row in _read_jsonl(DEV)}
    articles = [
        (row["id"], row["article"])
        for row in _read_jsonl(ARTICLES)
        if row["source"] in SOURCES and row["id"] not in used
    ]
    return _draw(articles, random.Random(SEED), PER_STRATUM)


def article_texts() -> dict[str, str]:
    """Every article a real set's rows may name, by the id the row gives: the CNN/DM subset's
    articles and the ground-truth page texts."""
    texts = {row["id"]: row["article"] for row in _read_jsonl(ARTICLES)}
    pages = json.loads(WEB_PAGES.read_text(encoding="utf-8"))
    texts.update({key: page["articleBody"] for key, page in pages.items()})
    texts.update(_lee_stories())
    texts.update(_bbc_articles())
    texts.update(_wikinews_articles())
    texts.update(_reuters_stories())
    texts.update(_guardian_articles())
    texts.update(_basil_articles())
    texts.update(_ptc_articles())
    return texts


def _lee_stories() -> dict[str, str]:
    """The Lee corpus's stories by id ("lee-0", "lee-1", …: the line they are on; "lee50-0",
    … for the 50 other stories)."""
    stories: dict[str, str] = {}
    for prefix, path in (("lee", LEE), ("lee50", LEE_RATED)):
        lines = path.read_text(encoding="utf-8").splitlines()
        stories.update(
            {f"{prefix}-{n}": line.strip() for n, line in enumerate(lines) if line.strip()}
        )
    return stories


def _lee_half(parity: int) -> list[tuple[str, str]]:
    """The stories of lee_background.cor whose line number has the given parity."""
    return [
        (key, text)
        for key, text in _lee_stories().items()
        if key.startswith("lee-") and int(key[4:]) % 2 == parity
    ]


def _draw_house(
    source: str,
    seed: int,
    stories: list[tuple[str, str]],
    *,
    per_stratum: int = PER_STRATUM,
    held: frozenset[str] = frozenset(),
    per_article_cap: int = PER_ARTICLE,
) -> list[dict[str, Any]]:
    """``stories`` of another house (``source``) drawn as every set is, none of the ``held``
    sentences, each row tagged with its house."""
    rows = _draw(stories, random.Random(seed), per_stratum, held, per_article_cap)
    return [{**row, "source": source} for row in rows]


def _draw_lee(
    seed: int,
    stories: list[tuple[str, str]],
    per_stratum: int = PER_STRATUM,
    held: frozenset[str] = frozenset(),
) -> list[dict[str, Any]]:
    """Lee ``stories`` drawn as every set is, none of the ``held`` sentences."""
    return _draw_house("lee", seed, stories, per_stratum=per_stratum, held=held)


def sample_fresh10() -> list[dict[str, Any]]:
    """The real-fresh10 draw: a tenth check set, from the even-numbered Lee stories."""
    return _draw_lee(FRESH10_SEED, _lee_half(0))


def sample_tune17() -> list[dict[str, Any]]:
    """The real-tune17 draw: a tuning set, from the odd-numbered Lee stories."""
    return _draw_lee(TUNE17_SEED, _lee_half(1))


def sample_fresh11() -> list[dict[str, Any]]:
    """The real-fresh11 draw: an eleventh check set, from the Lee corpus's 50 other stories."""
    stories = [(key, text) for key, text in _lee_stories().items() if key.startswith("lee50-")]
    return _draw_lee(FRESH11_SEED, stories, PER_STRATUM // 2)


def sample_tune18() -> list[dict[str, Any]]:
    """The real-tune18 draw: the odd-numbered Lee stories again, none of real-tune17's
    sentences."""
    held = frozenset(row["text"] for row in _read_jsonl(TUNE17))
    return _draw_lee(TUNE18_SEED, _lee_half(1), held=held)


def _bbc_articles() -> dict[str, str]:
    """The BBC News articles' bodies by id, the headline left out as the other houses' texts
    leave it out."""
    return {row["id"]: row["text"] for row in _read_jsonl(BBC)}


def _draw_by_number(
    source: str, articles: dict[str, str], seed: int, parity: int, cap: int
) -> list[dict[str, Any]]:
    """A house's articles whose number (the id's last three digits) has the given parity,
    drawn as every set is but up to ``cap`` sentences an article: a house of about a hundred
    articles, halved so that no article feeds both a tuning and a check set, cannot give 300
    sentences at three an article."""
    halved = [(key, text) for key, text in articles.items() if int(key[-3:]) % 2 == parity]
    return _draw_house(source, seed, halved, per_article_cap=cap)


def _draw_bbc(seed: int, parity: int) -> list[dict[str, Any]]:
    """The BBC articles of the given parity, up to eight sentences an article."""
    return _draw_by_number("bbc", _bbc_articles(), seed, parity, PER_BBC_ARTICLE)


def sample_tune19() -> list[dict[str, Any]]:
    """The real-tune19 draw: a tuning set, from the odd-numbered BBC articles."""
    return _draw_bbc(TUNE19_SEED, 1)


def sample_fresh12() -> list[dict[str, Any]]:
    """The real-fresh12 draw: a twelfth check set, from the even-numbered BBC articles."""
    return _draw_bbc(FRESH12_SEED, 0)


def _wikinews_articles() -> dict[str, str]:
    """The Wikinews articles' bodies by id (paragraphs parted by blank lines, the headline left
    out as the other houses' texts leave it out)."""
    return {row["id"]: row["text"] for row in _read_jsonl(WIKINEWS)}


def _draw_wikinews(seed: int, parity: int) -> list[dict[str, Any]]:
    """The Wikinews articles of the given parity, up to five sentences an article."""
    return _draw_by_number("wikinews", _wikinews_articles(), seed, parity, PER_WIKINEWS_ARTICLE)


def sample_tune20() -> list[dict[str, Any]]:
    """The real-tune20 draw: a tuning set, from the odd-numbered Wikinews articles."""
    return _draw_wikinews(TUNE20_SEED, 1)


def sample_fresh13() -> list[dict[str, Any]]:
    """The real-fresh13 draw: a thirteenth check set, from the even-numbered Wikinews
    articles."""
    return _draw_wikinews(FRESH13_SEED, 0)


def _reuters_stories() -> dict[str, str]:
    """The Reuters stories' bodies by id (paragraphs parted by blank lines, the headline left
    out as the other houses' texts leave it out)."""
    return {row["id"]: row["text"] for row in _read_jsonl(REUTERS)}


def sample_tune21() -> list[dict[str, Any]]:
    """The real-tune21 draw: a tuning set, from the odd-numbered Reuters stories."""
    return _draw_by_number("reuters", _reuters_stories(), TUNE21_SEED, 1, PER_ARTICLE)


def sample_fresh14() -> list[dict[str, Any]]:
    """The real-fresh14 draw: a fourteenth check set, from the even-numbered Reuters
    stories."""
    return _draw_by_number("reuters", _reuters_stories(), FRESH14_SEED, 0, PER_ARTICLE)


def _guardian_articles() -> dict[str, str]:
    """The Guardian articles' bodies by id (paragraphs parted by blank lines; the corpus
    keeps no headline, only a topic label, which is left out)."""
    return {row["id"]: row["text"] for row in _read_jsonl(GUARDIAN)}


def sample_tune22() -> list[dict[str, Any]]:
    """The real-tune22 draw: a tuning set, from the odd-numbered Guardian articles."""
    return _draw_by_number("guardian", _guardian_articles(), TUNE22_SEED, 1, PER_GUARDIAN_ARTICLE)


def sample_fresh15() -> list[dict[str, Any]]:
    """The real-fresh15 draw: a fifteenth check set, from the even-numbered Guardian
    articles."""
    return _draw_by_number("guardian", _guardian_articles(), FRESH15_SEED, 0, PER_GUARDIAN_ARTICLE)


def sample_tune23() -> list[dict[str, Any]]:
    """The real-tune23 draw: the odd-numbered Guardian articles again, none of real-tune22's
    sentences."""
    held = frozenset(row["text"] for row in _read_jsonl(TUNE22))
    odd = [(key, text) for key, text in _guardian_articles().items() if int(key[-3:]) % 2 == 1]
    return _draw_house(
        "guardian", TUNE23_SEED, odd, held=held, per_article_cap=PER_GUARDIAN_ARTICLE
    )


def _basil_articles() -> dict[str, str]:
    """The BASIL articles' bodies by id (paragraphs parted by blank lines, the headline left
    out as the other houses' texts leave it out)."""
    return {row["id"]: row["text"] for row in _read_jsonl(BASIL)}


def sample_tune24() -> list[dict[str, Any]]:
    """The real-tune24 draw: a tuning set, from the BASIL events of odd number (all three
    outlets' articles on each, so no event feeds both this and the check set)."""
    return _draw_by_number("basil", _basil_articles(), TUNE24_SEED, 1, PER_ARTICLE)


def sample_fresh16() -> list[dict[str, Any]]:
    """The real-fresh16 draw: a sixteenth check set, from the BASIL events of even number."""
    return _draw_by_number("basil", _basil_articles(), FRESH16_SEED, 0, PER_ARTICLE)


def sample_tune25() -> list[dict[str, Any]]:
    """The real-tune25 draw: the BASIL events of odd number again, none of real-tune24's
    sentences."""
    held = frozenset(row["text"] for row in _read_jsonl(TUNE24))
    odd = [(key, text) for key, text in _basil_articles().items() if int(key[-3:]) % 2 == 1]
    return _draw_house("basil", TUNE25_SEED, odd, held=held)


def sample_tune28() -> list[dict[str, Any]]:
    """The real-tune28 draw: the BASIL events of odd number a third time, none of
    real-tune24's or real-tune25's sentences."""
    held = frozenset(row["text"] for path in (TUNE24, TUNE25) for row in _read_jsonl(path))
    odd = [(key, text) for key, text in _basil_articles().items() if int(key[-3:]) % 2 == 1]
    return _draw_house("basil", TUNE28_SEED, odd, held=held)


def _ptc_articles() -> dict[str, str]:
    """The PTC articles' bodies by id (paragraphs parted by blank lines, the headline left out
    as the other houses' texts leave it out)."""
    return {row["id"]: row["text"] for row in _read_jsonl(PTC)}


def sample_tune26() -> list[dict[str, Any]]:
    """The real-tune26 draw: a tuning set, from the PTC articles of odd number."""
    return _draw_by_number("ptc", _ptc_articles(), TUNE26_SEED, 1, PER_ARTICLE)


def sample_fresh17() -> list[dict[str, Any]]:
    """The real-fresh17 draw: a seventeenth check set, from the PTC articles of even number."""
    return _draw_by_number("ptc", _ptc_articles(), FRESH17_SEED, 0, PER_ARTICLE)


def sample_tune27() -> list[dict[str, Any]]:
    """The real-tune27 draw: the PTC articles of odd number again, none of real-tune26's
    sentences."""
    held = frozenset(row["text"] for row in _read_jsonl(TUNE26))
    odd = [(key, text) for key, text in _ptc_articles().items() if int(key[-3:]) % 2 == 1]
    return _draw_house("ptc", TUNE27_SEED, odd, held=held)


def _web_pages() -> list[tuple[str, str, str]]:
    """``(id, url, text)`` of the English ground-truth page texts long enough to be articles.

    The id is the page's key in ground-truth.json, the same key the extraction benchmark uses.
    """
    pages = json.loads(WEB_PAGES.read_text(encoding="utf-8"))
    return [
        (key, page["url"], page["articleBody"])
        for key, page in sorted(pages.items())
        if len((page.get("articleBody") or "").split()) >= WEB_MIN_WORDS
        and detect_language(page["articleBody"]) == "en"
    ]


def _used_articles(*paths: Path) -> set[str]:
    """The ``article`` ids the labelled sets at ``paths`` draw from."""
    return {row["article"] for path in paths for row in _read_jsonl(path)}


def _tune_articles() -> list[tuple[str, str]]:
    """The CNN/DM half of real-tune and real-tune2: realsumm articles neither real-dev nor
    real-fresh uses."""
    used = _used_articles(DEV, FRESH)
    return [
        (row["id"], row["article"])
        for row in _read_jsonl(ARTICLES)
        if row["source"] == TUNE_SOURCE and row["id"] not in used
    ]


def _draw_tune_sources(
    seed: int, cnndm: list[tuple[str, str]], exclude: frozenset[str] = frozenset()
) -> list[dict[str, Any]]:
    """Half the ``cnndm`` articles, half real web pages; each half has its own random and cue
    strata, so neither source crowds out the other."""
    rng = random.Random(seed)
    per_stratum = PER_STRATUM // 2
    rows = [{**row, "source": "cnndm"} for row in _draw(cnndm, rng, per_stratum, exclude)]
    pages = _web_pages()
    urls = {key: url for key, url, _text in pages}
    web = _draw([(key, text) for key, _url, text in pages], rng, per_stratum, exclude)
    rows.extend({**row, "source": "web", "url": urls[row["article"]]} for row in web)
    return rows


def sample_tune() -> list[dict[str, Any]]:
    """The real-tune draw."""
    return _draw_tune_sources(TUNE_SEED, _tune_articles())


def sample_tune2() -> list[dict[str, Any]]:
    """The real-tune2 draw: the same articles and pages as real-tune, none of its sentences."""
    held = frozenset(row["text"] for row in _read_jsonl(TUNE))
    return _draw_tune_sources(TUNE2_SEED, _tune_articles(), held)


def sample_tune3() -> list[dict[str, Any]]:
    """The real-tune3 draw: CNN/DM articles (any source) that no other set uses, so its news half
    is untouched by every rule tuned so far; web pages as before, none of real-tune's or
    real-tune2's sentences (the pages are shared, the sentences not)."""
    used = _used_articles(DEV, FRESH, TUNE, TUNE2)
    cnndm = [(row["id"], row["article"]) for row in _read_jsonl(ARTICLES) if row["id"] not in used]
    held = frozenset(row["text"] for path in (TUNE, TUNE2) for row in _read_jsonl(path))
    return _draw_tune_sources(TUNE3_SEED, cnndm, held)


# The sets in the order they were drawn: each draw from real-fresh2 on holds none of the
# sentences of the sets drawn before it.
_DRAWN_IN_ORDER = (
    DEV, FRESH, TUNE, TUNE2, TUNE3, FRESH2, TUNE4, FRESH3, TUNE5, FRESH4, TUNE6, TUNE7, TUNE8,
    FRESH5, TUNE9, TUNE10, FRESH6, TUNE11, TUNE12, TUNE13, FRESH7, FRESH8,
    TUNE14, FRESH9, TUNE15, TUNE16,
)  # fmt: skip


def _drawn_before(path: Path) -> tuple[Path, ...]:
    """The sets drawn before the one at ``path``, whose sentences its draw leaves out."""
    return _DRAWN_IN_ORDER[: _DRAWN_IN_ORDER.index(path)]


def _draw_unheld(seed: int, sets: tuple[Path, ...]) -> list[dict[str, Any]]:
    """Every CNN/DM article and web page, none of the sentences the labelled ``sets`` hold."""
    cnndm = [(row["id"], row["article"]) for row in _read_jsonl(ARTICLES)]
    held = frozenset(row["text"] for path in sets for row in _read_jsonl(path))
    return _draw_tune_sources(seed, cnndm, held)


def sample_fresh2() -> list[dict[str, Any]]:
    """The real-fresh2 draw: none of its sentences has shaped a rule."""
    return _draw_unheld(FRESH2_SEED, _drawn_before(FRESH2))


def sample_tune4() -> list[dict[str, Any]]:
    """The real-tune4 draw: as real-fresh2, and none of real-fresh2's sentences."""
    return _draw_unheld(TUNE4_SEED, _drawn_before(TUNE4))


def sample_fresh3() -> list[dict[str, Any]]:
    """The real-fresh3 draw: a third check set, none of any other set's sentences."""
    return _draw_unheld(FRESH3_SEED, _drawn_before(FRESH3))


def sample_tune5() -> list[dict[str, Any]]:
    """The real-tune5 draw: as real-fresh3, and none of real-fresh3's sentences."""
    return _draw_unheld(TUNE5_SEED, _drawn_before(TUNE5))


def sample_fresh4() -> list[dict[str, Any]]:
    """The real-fresh4 draw: a fourth check set, none of any other set's sentences."""
    return _draw_unheld(FRESH4_SEED, _drawn_before(FRESH4))


def sample_tune6() -> list[dict[str, Any]]:
    """The real-tune6 draw: as real-fresh4, and none of real-fresh4's sentences."""
    return _draw_unheld(TUNE6_SEED, _drawn_before(TUNE6))


def sample_tune7() -> list[dict[str, Any]]:
    """The real-tune7 draw: none of any earlier set's sentences."""
    return _draw_unheld(TUNE7_SEED, _drawn_before(TUNE7))


def sample_tune8() -> list[dict[str, Any]]:
    """The real-tune8 draw: as real-tune7, and none of real-tune7's sentences."""
    return _draw_unheld(TUNE8_SEED, _drawn_before(TUNE8))


def sample_fresh5() -> list[dict[str, Any]]:
    """The real-fresh5 draw: a fifth check set, none of any earlier set's sentences."""
    return _draw_unheld(FRESH5_SEED, _drawn_before(FRESH5))


def sample_tune9() -> list[dict[str, Any]]:
    """The real-tune9 draw: as real-fresh5, and none of real-fresh5's sentences."""
    return _draw_unheld(TUNE9_SEED, _drawn_before(TUNE9))


def sample_tune10() -> list[dict[str, Any]]:
    """The real-tune10 draw: none of any earlier set's sentences."""
    return _draw_unheld(TUNE10_SEED, _drawn_before(TUNE10))


def sample_fresh6() -> list[dict[str, Any]]:
    """The real-fresh6 draw: a sixth check set, none of any earlier set's sentences."""
    return _draw_unheld(FRESH6_SEED, _drawn_before(FRESH6))


def sample_tune11() -> list[dict[str, Any]]:
    """The real-tune11 draw: none of any earlier set's sentences."""
    return _draw_unheld(TUNE11_SEED, _drawn_before(TUNE11))


def sample_tune12() -> list[dict[str, Any]]:
    """The real-tune12 draw: as real-tune11, and none of real-tune11's sentences."""
    return _draw_unheld(TUNE12_SEED, _drawn_before(TUNE12))


def sample_tune13() -> list[dict[str, Any]]:
    """The real-tune13 draw: as real-tune12, and none of real-tune12's sentences."""
    return _draw_unheld(TUNE13_SEED, _drawn_before(TUNE13))


def sample_fresh7() -> list[dict[str, Any]]:
    """The real-fresh7 draw: a seventh check set, none of any earlier set's sentences."""
    return _draw_unheld(FRESH7_SEED, _drawn_before(FRESH7))


def sample_fresh8() -> list[dict[str, Any]]:
    """The real-fresh8 draw: an eighth check set, none of any earlier set's sentences."""
    return _draw_unheld(FRESH8_SEED, _drawn_before(FRESH8))


def sample_tune14() -> list[dict[str, Any]]:
    """The real-tune14 draw: none of any earlier set's sentences."""
    return _draw_unheld(TUNE14_SEED, _drawn_before(TUNE14))


def sample_fresh9() -> list[dict[str, Any]]:
    """The real-fresh9 draw: a ninth check set, none of any earlier set's sentences."""
    return _draw_unheld(FRESH9_SEED, _drawn_before(FRESH9))


def sample_tune15() -> list[dict[str, Any]]:
    """The real-tune15 draw: as real-fresh9, and none of real-fresh9's sentences."""
    return _draw_unheld(TUNE15_SEED, _drawn_before(TUNE15))


def sample_tune16() -> list[dict[str, Any]]:
    """The real-tune16 draw: none of any earlier set's sentences."""
    return _draw_unheld(TUNE16_SEED, _drawn_before(TUNE16))


def check(path: Path, drawn: list[dict[str, Any]], fields: tuple[str, ...], seed: int) -> int:
    """Non-zero when the labelled file no longer matches what the sampler draws."""
    if not path.exists():
        print(f"{path.name}: missing; write the draw there and label it")
        return 1
    labelled = _read_jsonl(path)
    mismatches = sum(
        1
        for got, want in zip(labelled, drawn, strict=False)
        if any(got.get(field) != want.get(field) for field in fields)
    )
    if len(labelled) != len(drawn) or mismatches:
        print(f"{path.name}: {len(labelled)} rows, sampler {len(drawn)}, {mismatches} differ")
        return 1
    print(f"{path.name}: {len(labelled)} rows match the sampler (seed {seed})")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true", help="compare with the labelled file")
    sets: dict[str, tuple[Callable[[], list[dict[str, Any]]], Path, tuple[str, ...], int]] = {
        "fresh": (sample, FRESH, SAMPLED_FIELDS, SEED),
        "tune": (sample_tune, TUNE, TUNE_FIELDS, TUNE_SEED),
        "tune2": (sample_tune2, TUNE2, TUNE_FIELDS, TUNE2_SEED),
        "tune3": (sample_tune3, TUNE3, TUNE_FIELDS, TUNE3_SEED),
        "fresh2": (sample_fresh2, FRESH2, TUNE_FIELDS, FRESH2_SEED),
        "tune4": (sample_tune4, TUNE4, TUNE_FIELDS, TUNE4_SEED),
        "fresh3": (sample_fresh3, FRESH3, TUNE_FIELDS, FRESH3_SEED),
        "tune5": (sample_tune5, TUNE5, TUNE_FIELDS, TUNE5_SEED),
        "fresh4": (sample_fresh4, FRESH4, TUNE_FIELDS, FRESH4_SEED),
        "tune6": (sample_tune6, TUNE6, TUNE_FIELDS, TUNE6_SEED),
        "tune7": (sample_tune7, TUNE7, TUNE_FIELDS, TUNE7_SEED),
        "tune8": (sample_tune8, TUNE8, TUNE_FIELDS, TUNE8_SEED),
        "fresh5": (sample_fresh5, FRESH5, TUNE_FIELDS, FRESH5_SEED),
        "tune9": (sample_tune9, TUNE9, TUNE_FIELDS, TUNE9_SEED),
        "tune10": (sample_tune10, TUNE10, TUNE_FIELDS, TUNE10_SEED),
        "fresh6": (sample_fresh6, FRESH6, TUNE_FIELDS, FRESH6_SEED),
        "tune11": (sample_tune11, TUNE11, TUNE_FIELDS, TUNE11_SEED),
        "tune12": (sample_tune12, TUNE12, TUNE_FIELDS, TUNE12_SEED),
        "tune13": (sample_tune13, TUNE13, TUNE_FIELDS, TUNE13_SEED),
        "fresh7": (sample_fresh7, FRESH7, TUNE_FIELDS, FRESH7_SEED),
        "fresh8": (sample_fresh8, FRESH8, TUNE_FIELDS, FRESH8_SEED),
        "tune14": (sample_tune14, TUNE14, TUNE_FIELDS, TUNE14_SEED),
        "fresh9": (sample_fresh9, FRESH9, TUNE_FIELDS, FRESH9_SEED),
        "tune15": (sample_tune15, TUNE15, TUNE_FIELDS, TUNE15_SEED),
        "tune16": (sample_tune16, TUNE16, TUNE_FIELDS, TUNE16_SEED),
        "fresh10": (sample_fresh10, FRESH10, LEE_FIELDS, FRESH10_SEED),
        "tune17": (sample_tune17, TUNE17, LEE_FIELDS, TUNE17_SEED),
        "tune18": (sample_tune18, TUNE18, LEE_FIELDS, TUNE18_SEED),
        "fresh11": (sample_fresh11, FRESH11, LEE_FIELDS, FRESH11_SEED),
        "tune19": (sample_tune19, TUNE19, LEE_FIELDS, TUNE19_SEED),
        "fresh12": (sample_fresh12, FRESH12, LEE_FIELDS, FRESH12_SEED),
        "tune20": (sample_tune20, TUNE20, LEE_FIELDS, TUNE20_SEED),
        "fresh13": (sample_fresh13, FRESH13, LEE_FIELDS, FRESH13_SEED),
        "tune21": (sample_tune21, TUNE21, LEE_FIELDS, TUNE21_SEED),
        "fresh14": (sample_fresh14, FRESH14, LEE_FIELDS, FRESH14_SEED),
        "tune22": (sample_tune22, TUNE22, LEE_FIELDS, TUNE22_SEED),
        "fresh15": (sample_fresh15, FRESH15, LEE_FIELDS, FRESH15_SEED),
        "tune23": (sample_tune23, TUNE23, LEE_FIELDS, TUNE23_SEED),
        "tune24": (sample_tune24, TUNE24, LEE_FIELDS, TUNE24_SEED),
        "fresh16": (sample_fresh16, FRESH16, LEE_FIELDS, FRESH16_SEED),
        "tune25": (sample_tune25, TUNE25, LEE_FIELDS, TUNE25_SEED),
        "tune26": (sample_tune26, TUNE26, LEE_FIELDS, TUNE26_SEED),
        "fresh17": (sample_fresh17, FRESH17, LEE_FIELDS, FRESH17_SEED),
        "tune27": (sample_tune27, TUNE27, LEE_FIELDS, TUNE27_SEED),
        "tune28": (sample_tune28, TUNE28, LEE_FIELDS, TUNE28_SEED),
    }
    parser.add_argument(
        "--set", choices=tuple(sets), default="fresh", help="which set (default: fresh)"
    )
    args = parser.parse_args()
    draw, path, fields, seed = sets[args.set]
    drawn = draw()
    if args.check:
        return check(path, drawn, fields, seed)
    for row in drawn:
        sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
