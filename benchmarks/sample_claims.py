"""Draw the sentences of the fresh claims set (tests/data/claims/real-fresh.jsonl), reproducibly.

The existing real-dev set was used to shape the claim rules, so its scores flatter them; a set
drawn from articles real-dev never touched, with a fixed seed, gives an honest second opinion.
Plain random sentences are mostly the writer's own narration, so half the set is drawn from
sentences with a reporting cue, where the hard distinctions (claimed vs attributed) live.

    PYTHONPATH=. python -m benchmarks.sample_claims > sample.jsonl   # the unlabelled sample
    PYTHONPATH=. python -m benchmarks.sample_claims --check          # labelled file still matches
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from benchmarks.common import ROOT, SHARED
from summarizer.sentences import split_sentences

SEED = 20250607
SOURCES = frozenset({"frank", "summeval(bartscore)"})
PER_STRATUM = 150
PER_ARTICLE = 3
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
FRESH = ROOT / "tests" / "data" / "claims" / "real-fresh.jsonl"
SAMPLED_FIELDS = ("article", "index", "context", "text", "stratum")


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def sample() -> list[dict[str, Any]]:
    """The sample, in article order then sentence order, so context reads naturally."""
    used = {row["article"] for row in _read_jsonl(DEV)}
    articles = [
        row for row in _read_jsonl(ARTICLES) if row["source"] in SOURCES and row["id"] not in used
    ]
    sentences: dict[str, list[str]] = {}
    candidates: list[tuple[str, int]] = []
    for row in articles:
        split = split_sentences(row["article"])
        sentences[row["id"]] = split
        candidates.extend(
            (row["id"], i) for i, text in enumerate(split) if len(text.split()) >= MIN_WORDS
        )
    cued = [(article, i) for article, i in candidates if CUE.search(sentences[article][i])]

    rng = random.Random(SEED)
    taken: dict[tuple[str, int], str] = {}
    per_article: Counter[str] = Counter()
    for stratum, pool in (("random", candidates), ("cue", cued)):
        order = list(pool)
        rng.shuffle(order)
        drawn = 0
        for key in order:
            if drawn == PER_STRATUM:
                break
            if key in taken or per_article[key[0]] == PER_ARTICLE:
                continue
            taken[key] = stratum
            per_article[key[0]] += 1
            drawn += 1

    position = {row["id"]: n for n, row in enumerate(articles)}
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


def check() -> int:
    """Non-zero when the labelled file no longer matches what the sampler draws."""
    labelled = _read_jsonl(FRESH)
    drawn = sample()
    mismatches = sum(
        1
        for got, want in zip(labelled, drawn, strict=False)
        if any(got.get(field) != want[field] for field in SAMPLED_FIELDS)
    )
    if len(labelled) != len(drawn) or mismatches:
        print(f"{FRESH.name}: {len(labelled)} rows, sampler {len(drawn)}, {mismatches} differ")
        return 1
    print(f"{FRESH.name}: {len(labelled)} rows match the sampler (seed {SEED})")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true", help="compare with real-fresh.jsonl")
    if parser.parse_args().check:
        return check()
    for row in sample():
        sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
