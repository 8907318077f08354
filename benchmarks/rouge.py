"""ROUGE-1/2/L of Sift against Lead-3 and raw sumy (LexRank, TextRank, LSA), all at 3 sentences.

Run: python -m benchmarks.rouge [--dev]
The FRANK rows (250 original-text CNN/DM articles) are the test set; --dev scores the other
193 rows, on which Sift's weights were tuned.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable, Sequence

from rouge_score import rouge_scorer
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.summarizers.lsa import LsaSummarizer
from sumy.summarizers.text_rank import TextRankSummarizer

from benchmarks.common import print_table, summarization_rows
from summarizer import summarize_text
from summarizer.rank import make_sumy_summarizer, sumy_document
from summarizer.sentences import split_sentences

SENTENCES = 3
Method = Callable[[str], list[str]]


def lead3(article: str) -> list[str]:
    return split_sentences(article)[:SENTENCES]


def raw_sumy(algorithm: type) -> Method:
    def run(article: str) -> list[str]:
        summarizer = make_sumy_summarizer(algorithm, "en")
        document = sumy_document(split_sentences(article))
        return [str(s) for s in summarizer(document, SENTENCES)]

    return run


def sift(article: str) -> list[str]:
    return [s.text for s in summarize_text(article, max_sentences=SENTENCES).summary]


METHODS: dict[str, Method] = {
    "Sift": sift,
    "Lead-3": lead3,
    "sumy LexRank": raw_sumy(LexRankSummarizer),
    "sumy TextRank": raw_sumy(TextRankSummarizer),
    "sumy LSA": raw_sumy(LsaSummarizer),
}


def reference(highlights: str) -> str:
    """The highlights are PTB-tokenised with " . " between sentences: one per line for Lsum."""
    parts = [p.strip() for p in re.split(r"\s\.\s|\s\.$", highlights) if p.strip()]
    return "\n".join(parts)


def evaluate(rows: Sequence[dict[str, str]], methods: dict[str, Method]) -> list[list[object]]:
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True)
    table: list[list[object]] = []
    for name, method in methods.items():
        totals = {"rouge1": 0.0, "rouge2": 0.0, "rougeLsum": 0.0}
        for row in rows:
            prediction = "\n".join(method(row["article"]))
            scores = scorer.score(reference(row["highlights"]), prediction)
            for key in totals:
                totals[key] += scores[key].fmeasure
        n = len(rows)
        table.append([name, *(100 * totals[k] / n for k in totals)])
    return table


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dev", action="store_true", help="score the tuning rows instead")
    args = parser.parse_args()
    rows = list(summarization_rows("dev" if args.dev else "frank"))
    print(f"ROUGE F1 x100 on {len(rows)} CNN/DM articles, {SENTENCES} sentences each\n")
    print_table(["method", "ROUGE-1", "ROUGE-2", "ROUGE-Lsum"], evaluate(rows, METHODS))


if __name__ == "__main__":
    main()
