"""Article-body extraction: Sift (trafilatura + Sift's cleaner) against trafilatura alone.

Run: python -m benchmarks.extraction
Scored with the upstream scorer shipped beside the data (token shingles, precision/recall/F1),
on the 181 pages of the Scrapinghub article-extraction benchmark.
"""

from __future__ import annotations

import gzip
import importlib.util
import json
import time
from collections.abc import Callable
from types import ModuleType

import trafilatura

from benchmarks.common import SHARED, print_table
from summarizer.clean import clean_text
from summarizer.errors import SummarizerError
from summarizer.extract import extract_html

DATA = SHARED / "extraction"


def upstream_scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "upstream_evaluate", DATA / "upstream-evaluate.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def trafilatura_alone(html: bytes, url: str) -> str:
    return trafilatura.extract(html, url=url) or ""


def sift(html: bytes, url: str) -> str:
    try:
        return clean_text(extract_html(html, url).text, whole_page=False).text
    except SummarizerError:
        return ""


def main() -> None:
    scorer = upstream_scorer()
    truth = json.loads((DATA / "ground-truth.json").read_text(encoding="utf-8"))
    pages = {
        key: gzip.decompress((DATA / "html" / f"{key}.html.gz").read_bytes()) for key in truth
    }
    methods: dict[str, Callable[[bytes, str], str]] = {
        "Sift (trafilatura + clean)": sift,
        "trafilatura alone": trafilatura_alone,
    }
    rows: list[list[object]] = []
    for name, method in methods.items():
        started = time.perf_counter()
        counts = [
            scorer.string_shingle_matching(
                true=truth[key]["articleBody"], pred=method(html, truth[key]["url"])
            )
            for key, html in pages.items()
        ]
        elapsed = (time.perf_counter() - started) * 1000 / len(pages)
        metrics = scorer.metrics_from_tp_fp_fns(counts)
        rows.append(
            [
                name,
                f"{metrics['precision']:.3f}",
                f"{metrics['recall']:.3f}",
                f"{metrics['f1']:.3f}",
                elapsed,
            ]
        )
    print(f"Article-body extraction on {len(pages)} pages (upstream scorer)\n")
    print_table(["method", "precision", "recall", "F1", "ms/page"], rows)


if __name__ == "__main__":
    main()
