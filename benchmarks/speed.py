"""Time and memory of summarize_text on 2,000-word articles, on one core.

Run: python -m benchmarks.speed
Baselines in the same run: splitting alone (the floor) and raw sumy LexRank on the same text.
Target: Sift's p95 under 150 ms.
"""

from __future__ import annotations

import os

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # one core, before numpy loads
os.environ.setdefault("OMP_NUM_THREADS", "1")

import statistics
import time
import tracemalloc
from collections.abc import Callable

from sumy.summarizers.lex_rank import LexRankSummarizer

from benchmarks.common import print_table, summarization_rows
from summarizer import summarize_text
from summarizer.rank import make_sumy_summarizer, sumy_document
from summarizer.sentences import split_sentences

WORDS = 2000
ARTICLES = 60
ROUNDS = 3


def articles() -> list[str]:
    """2,000-word texts made of consecutive FRANK articles, cut at a sentence end."""
    texts: list[str] = []
    buffer: list[str] = []
    count = 0
    for row in summarization_rows("frank"):
        for sentence in split_sentences(row["article"]):
            buffer.append(sentence)
            count += len(sentence.split())
            if count >= WORDS:
                texts.append(" ".join(buffer))
                buffer, count = [], 0
                if len(texts) == ARTICLES:
                    return texts
    return texts


def raw_lexrank(text: str) -> object:
    return make_sumy_summarizer(LexRankSummarizer, "en")(sumy_document(split_sentences(text)), 3)


METHODS: dict[str, Callable[[str], object]] = {
    "Sift summarize_text": summarize_text,
    "split only (floor)": split_sentences,
    "raw sumy LexRank": raw_lexrank,
}


def main() -> None:
    texts = articles()
    for method in METHODS.values():
        method(texts[0])  # warm caches and lazy imports
    rows: list[list[object]] = []
    for name, method in METHODS.items():
        times: list[float] = []
        for _ in range(ROUNDS):
            for text in texts:
                started = time.perf_counter()
                method(text)
                times.append((time.perf_counter() - started) * 1000)
        tracemalloc.start()
        method(texts[1])
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        quantiles = statistics.quantiles(times, n=100)
        rows.append([name, quantiles[49], quantiles[94], max(times), peak / 2**20])
    print(f"{len(texts)} articles of ~{WORDS} words, {ROUNDS} rounds, one core\n")
    print_table(["method", "p50 ms", "p95 ms", "max ms", "peak MiB"], rows)


if __name__ == "__main__":
    main()
