"""Texts the services compose: progress reports, previews and digests read naturally."""

from __future__ import annotations

from bot.services import progress_text, user_digest
from storage import StoredArticle
from summarizer.models import ClaimStatus, Sentence, Summary


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


def _article(number: int) -> StoredArticle:
    lines = (
        Sentence(f"Story {number} begins here.", ClaimStatus.NONE),
        Sentence(f"Story {number} goes on.", ClaimStatus.NONE),
    )
    summary = Summary(
        title=f"Story {number}",
        url=f"https://news.example/{number}",
        language="en",
        summary=lines,
        claims=(),
    )
    return StoredArticle(number, summary.url, summary, None, "2026-12-04T08:00:00+00:00")


def test_a_digest_of_many_articles_gives_the_first_in_full_then_titles_then_a_count() -> None:
    articles = [_article(n) for n in range(1, 61)]
    parts = user_digest(articles)
    text = "\n".join(parts)
    assert len(parts) == 1 and len(parts[0]) <= 4096
    assert text.startswith("🗞 <b>Your Sift digest</b> — 60 new articles")
    assert "Story 8 goes on." in text and "Story 9 begins" not in text
    assert '• <a href="https://news.example/9">Story 9</a>' in text
    assert '<a href="https://news.example/48">Story 48</a>' in text
    assert "Story 49<" not in text and text.endswith("…and 12 more articles.")


def test_a_short_digest_is_given_in_full() -> None:
    text = "\n".join(user_digest([_article(n) for n in range(1, 9)]))
    assert "Story 8 goes on." in text and "More" not in text and "…and" not in text
