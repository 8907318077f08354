"""Where the shared benchmark data lives, and small helpers every benchmark prints with."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def shared_data() -> Path:
    """The shared data directory, also from a git worktree nested deeper than the main checkout.

    SIFT_SHARED_DATA wins; otherwise the nearest ancestor of the project that holds
    ``shared/data`` (the main checkout's sibling, or a worktree's grand-parent's).
    """
    if configured := os.environ.get("SIFT_SHARED_DATA"):
        return Path(configured)
    for parent in ROOT.parents:
        if (parent / "shared" / "data").is_dir():
            return parent / "shared" / "data"
    return ROOT.parent / "shared" / "data"


SHARED = shared_data()


def summarization_rows(source: str = "frank") -> Iterator[dict[str, Any]]:
    """Rows of the CNN/DM subset: "frank" (original text, the test set) or "dev" (the rest)."""
    path = SHARED / "summarization" / "cnndm-test-subset.jsonl"
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            is_frank = row["source"] == "frank"
            if (source == "frank") == is_frank:
                yield row


def print_table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    """A Markdown table, so the figures can be pasted into the README as they are."""
    cells = [[str(h) for h in headers]] + [[_cell(v) for v in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    for n, row in enumerate(cells):
        print("| " + " | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) + " |")
        if n == 0:
            print("|" + "|".join("-" * (w + 2) for w in widths) + "|")


def _cell(value: object) -> str:
    return f"{value:.2f}" if isinstance(value, float) else str(value)
