"""Grid-search the ranker's weights on the dev rows (never on the FRANK test rows).

Run: python -m benchmarks.tune_rank  — prints the best settings by ROUGE-1 + ROUGE-Lsum.
"""

from __future__ import annotations

import itertools
from dataclasses import replace
from typing import Any

from rouge_score import rouge_scorer
from sumy.summarizers.lex_rank import LexRankSummarizer

from benchmarks.common import print_table, summarization_rows
from benchmarks.rouge import SENTENCES, reference
from summarizer.clean import clean_text
from summarizer.rank import (
    DEFAULT_WEIGHTS,
    _normalised,
    choose_sentences,
    score_sentences,
    sumy_ratings,
)
from summarizer.sentences import split_sentences

GRID: dict[str, list[Any]] = {
    "position_decay": [0.2, 0.35, 0.5, 0.8],
    "centrality": [0.2, 0.45, 0.7, 1.0],
    "redundancy": [0.4, 0.5, 0.6],
    "long_words": [40, 55, 70],
}


def main() -> None:
    scorer = rouge_scorer.RougeScorer(["rouge1", "rougeLsum"], use_stemmer=True)
    cases = []
    for row in summarization_rows("dev"):
        sentences = split_sentences(clean_text(row["article"]).text)
        centrality = _normalised(sumy_ratings(LexRankSummarizer, sentences, "en"))
        cases.append((sentences, centrality, reference(row["highlights"])))
    results = []
    for values in itertools.product(*GRID.values()):
        weights = replace(DEFAULT_WEIGHTS, **dict(zip(GRID, values, strict=True)))
        r1 = rl = 0.0
        for sentences, centrality, ref in cases:
            scores = score_sentences(sentences, weights=weights, centrality=centrality)
            chosen = choose_sentences(sentences, scores, SENTENCES, weights=weights)
            got = scorer.score(ref, "\n".join(sentences[i] for i in chosen))
            r1 += got["rouge1"].fmeasure
            rl += got["rougeLsum"].fmeasure
        results.append([*values, 100 * r1 / len(cases), 100 * rl / len(cases)])
    results.sort(key=lambda r: -(r[-1] + r[-2]))
    print_table([*GRID, "ROUGE-1", "ROUGE-Lsum"], results[:10])


if __name__ == "__main__":
    main()
