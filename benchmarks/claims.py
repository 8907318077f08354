"""Claim-status precision and recall on the labelled passages in tests/data/claims/.

Run: python -m benchmarks.claims [--errors]
"""

from __future__ import annotations

import argparse

from benchmarks.common import ROOT, print_table
from summarizer.claims import classify_sentences
from summarizer.evaluation import Passage, predict, read_labelled, scores

CLAIMS = ROOT / "tests" / "data" / "claims"
SETS = {
    "development (rules tuned on it)": "labelled.txt",
    "held-out (never tuned on)": "heldout.txt",
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--errors", action="store_true", help="list the misclassified sentences")
    args = parser.parse_args()
    for name, filename in SETS.items():
        passages = read_labelled(CLAIMS / filename)
        pairs = predict(passages)
        print(f"{name}: {len(pairs)} sentences in {len(passages)} passages\n")
        rows = [
            [s.label, f"{s.precision:.2f}", f"{s.recall:.2f}", f"{s.f1:.2f}", s.support]
            for s in scores(pairs)
        ]
        print_table(["status", "precision", "recall", "F1", "sentences"], rows)
        print()
        if args.errors:
            _print_errors(passages)


def _print_errors(passages: list[Passage]) -> None:
    for passage in passages:
        predicted = classify_sentences([text for _, text in passage])
        for (gold, text), got in zip(passage, predicted, strict=True):
            if gold is not got.status:
                print(f"  {gold} -> {got.status}: {text}")
    print()


if __name__ == "__main__":
    main()
