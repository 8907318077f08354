"""Texts the services compose from counts: progress reports and previews read naturally."""

from __future__ import annotations

from bot.services import progress_text


def test_progress_gives_counts_and_an_eta() -> None:
    text = progress_text("sending", {"sent": 60, "failed": 1, "blocked": 2, "queued": 1800}, 30.0)
    assert text == "📤 Sending… 60 sent, 1 failed, 2 blocked, 1800 remaining (about 1 min left)"


def test_progress_with_nothing_left_is_finishing_not_one_second_away() -> None:
    text = progress_text("sending", {"sent": 5, "sending": 0}, 30.0)
    assert text.endswith("0 remaining (finishing)")


def test_progress_before_any_rate_is_known() -> None:
    assert progress_text("sending", {"queued": 10}, 0.0).endswith("(estimating time left)")


def test_final_reports() -> None:
    done = progress_text("done", {"sent": 9, "blocked": 1}, 30.0)
    assert done == "✅ Done: 9 sent, 1 blocked, 0 failed."
    cancelled = progress_text("cancelled", {"sent": 3, "cancelled": 7}, 30.0)
    assert cancelled == "✖️ Cancelled: 3 sent before the stop, 7 not sent, 0 blocked, 0 failed."
