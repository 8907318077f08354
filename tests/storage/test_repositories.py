from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Sequence
from dataclasses import replace
from typing import Any

import pytest

from storage import Outcome, Storage, Subscribed, articles
from storage.database import Queries, Row
from summarizer.models import Sentence, Summary


def _summary(title: str, topics: tuple[str, ...] = ("ukraine",)) -> Summary:
    return Summary(
        title=title,
        url=None,
        language="en",
        summary=(Sentence(f"{title} happened."),),
        claims=(),
        topics=topics,
    )


async def _users(storage: Storage, *ids: int) -> None:
    for user_id in ids:
        await storage.users.seen(user_id, f"user{user_id}", None)


async def test_users_block_and_come_back(storage: Storage) -> None:
    await _users(storage, 1, 2)
    await storage.users.mark_blocked(2)
    assert await storage.users.counts() == (2, 1, 1)
    assert await storage.users.active_ids() == [1]
    await storage.users.seen(2, "user2", None)  # writing again means they unblocked Sift
    assert await storage.users.active_ids() == [1, 2]


async def test_a_new_zone_or_hour_and_the_day_marked_done_are_written_together(
    storage: Storage,
) -> None:
    await _users(storage, 1)
    await storage.users.set_mode(1, "digest", "08:00", last_digest_on="2026-12-04")
    user = await storage.users.get(1)
    assert user is not None and (user.digest_time, user.last_digest_on) == ("08:00", "2026-12-04")
    await storage.users.set_timezone(1, "Asia/Tokyo", last_digest_on="2026-12-05")
    user = await storage.users.get(1)
    assert user is not None and (user.timezone, user.last_digest_on) == (
        "Asia/Tokyo",
        "2026-12-05",
    )
    await storage.users.set_timezone(1, "Europe/Berlin")  # nothing to mark: the day stays
    await storage.users.set_mode(1, "digest")
    user = await storage.users.get(1)
    assert user is not None and (user.timezone, user.last_digest_on) == (
        "Europe/Berlin",
        "2026-12-05",
    )
    assert user.digest_time == "08:00"


async def test_the_topics_of_a_batch_of_readers_are_read_at_once(storage: Storage) -> None:
    await _users(storage, 1, 2, 3)
    await storage.subscriptions.add(1, "ukraine")
    await storage.subscriptions.add(1, "nuclear power")
    await storage.subscriptions.add(3, "dam")
    followed = await storage.subscriptions.topics_of_many([3, 1, 2])
    assert followed == {
        1: await storage.subscriptions.topics_of(1),
        2: [],
        3: ["dam"],
    }
    assert sorted(followed[1]) == ["nuclear power", "ukraine"]
    assert await storage.subscriptions.topics_of_many([]) == {}


async def test_subscriptions_toggle_and_fan_in(storage: Storage) -> None:
    await _users(storage, 1, 2, 3)
    assert await storage.subscriptions.toggle(1, "ukraine") is Subscribed.ADDED
    assert await storage.subscriptions.toggle(1, "ukraine") is Subscribed.ALREADY
    assert await storage.subscriptions.add(2, "ukraine") is Subscribed.ADDED
    assert await storage.subscriptions.add(2, "ukraine") is Subscribed.ALREADY
    await storage.subscriptions.add(3, "nuclear power")
    await storage.users.mark_blocked(3)
    assert await storage.subscriptions.subscribers_of(["ukraine", "nuclear power"]) == [2]
    assert await storage.subscriptions.counts_by_topic() == [("nuclear power", 1), ("ukraine", 1)]


async def test_an_article_is_stored_once_and_found_by_any_url(storage: Storage) -> None:
    await _users(storage, 1)
    first, created = await storage.articles.add(
        _summary("A"), content_hash="h1", canonical_url="https://a.example/x", urls=["u1"]
    )
    again, created_again = await storage.articles.add(
        _summary("A"), content_hash="h1", canonical_url="https://b.example/y", urls=["u2"]
    )
    assert created and not created_again and again.id == first.id
    found = await storage.articles.by_url("u2")
    assert found is not None and found.summary == _summary("A")
    assert [a.id for a in await storage.articles.since("2000-01-01", topic="ukraine")] == [
        first.id
    ]
    assert await storage.articles.since("2000-01-01", topic="sports") == []


def _clock(monkeypatch: pytest.MonkeyPatch, now: str) -> None:
    monkeypatch.setattr(articles, "utc_now", lambda: now)


async def test_a_page_read_again_replaces_its_summary_under_the_same_article(
    storage: Storage, monkeypatch: pytest.MonkeyPatch
) -> None:
    _clock(monkeypatch, "2026-12-01T08:00:00+00:00")
    first, _ = await storage.articles.add(
        _summary("A"), content_hash="h1", canonical_url="https://a.example/live", urls=["u1"]
    )
    _clock(monkeypatch, "2026-12-01T09:30:00+00:00")
    later = await storage.articles.refetched(
        first.id, _summary("A, later", ("sports",)), content_hash="h2", urls=["u1", "u2"]
    )
    assert later.id == first.id and later.created_at == first.created_at
    assert later.summary.title == "A, later" and later.fetched_at == "2026-12-01T09:30:00+00:00"
    assert await storage.articles.by_url("u2") == later == await storage.articles.by_url("u1")
    assert [a.id for a in await storage.articles.since("2000-01-01", topic="sports")] == [first.id]


async def test_a_page_read_again_as_another_stored_article_leads_its_links_there(
    storage: Storage, monkeypatch: pytest.MonkeyPatch
) -> None:
    await _users(storage, 7)
    _clock(monkeypatch, "2026-12-01T08:00:00+00:00")
    page, _ = await storage.articles.add(
        _summary("A"), content_hash="h1", canonical_url="https://a.example/live", urls=["u1"]
    )
    paste, _ = await storage.articles.add(
        _summary("B"), content_hash="h2", canonical_url=None, submitted_by=7, private=True
    )
    _clock(monkeypatch, "2026-12-01T09:30:00+00:00")
    now = await storage.articles.refetched(page.id, _summary("B"), content_hash="h2", urls=["u1"])
    # the page now shows what was pasted: the paste is public, and the link leads to it
    assert now.id == paste.id and not now.is_private
    assert now.fetched_at == "2026-12-01T09:30:00+00:00"
    assert await storage.articles.by_url("u1") == now
    assert await storage.articles.by_id(page.id) == page  # the old version, untouched


async def test_a_link_to_what_was_pasted_long_ago_is_as_old_as_the_link(
    storage: Storage, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The age an answer shows is of the page's reading, never of someone's paste."""
    await _users(storage, 7)
    _clock(monkeypatch, "2026-01-01T08:00:00+00:00")
    await storage.articles.add(
        _summary("B"), content_hash="h2", canonical_url=None, submitted_by=7, private=True
    )
    _clock(monkeypatch, "2026-12-01T09:30:00+00:00")
    public, _ = await storage.articles.add(
        _summary("B"), content_hash="h2", canonical_url="https://b.example/x", urls=["u2"]
    )
    assert public.fetched_at == "2026-12-01T09:30:00+00:00"


async def test_a_write_on_a_unique_key_stored_first_is_told_apart(storage: Storage) -> None:
    await storage.articles.add(_summary("A"), content_hash="h1", canonical_url=None)
    db = storage.db
    try:
        await db.write(
            """INSERT INTO articles (content_hash, summary_json, created_at, is_private)
               VALUES ('h1', '{}', '2026-12-01', 0)"""
        )
    except Exception as error:  # (each backend's own class)
        assert db.is_unique_violation(error)
    else:
        raise AssertionError("the same content hash was stored twice")
    assert not db.is_unique_violation(ValueError("UNIQUE"))


async def test_two_pages_read_again_as_the_same_new_content_end_on_one_article(
    storage: Storage, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each looks for the content, finds none, and writes it: the second write meets the
    first's on the unique content hash, and runs once more (PostgreSQL, where two writers
    run at once; SQLite has one writer at a time)."""
    if storage.db.dialect != "postgresql":
        pytest.skip("SQLite has one writer: its transactions never interleave")
    a, _ = await storage.articles.add(_summary("A"), content_hash="h1", canonical_url="u/a")
    b, _ = await storage.articles.add(_summary("B"), content_hash="h2", canonical_url="u/b")
    real = storage.db.transaction
    looked = 0
    both_looked = asyncio.Event()

    @contextlib.asynccontextmanager
    async def transaction() -> AsyncIterator[Queries]:
        async with real() as queries:
            plain = queries.fetch_one

            async def fetch_one(sql: str, params: Sequence[Any] = ()) -> Row | None:
                nonlocal looked
                row = await plain(sql, params)
                if sql.startswith("SELECT id FROM articles WHERE content_hash") and looked < 2:
                    looked += 1
                    if looked == 2:
                        both_looked.set()
                    await asyncio.wait_for(both_looked.wait(), 5)
                return row

            monkeypatch.setattr(queries, "fetch_one", fetch_one)
            yield queries

    monkeypatch.setattr(storage.db, "transaction", transaction)
    first, second = await asyncio.gather(
        storage.articles.refetched(a.id, _summary("N"), content_hash="hN", urls=["ua"]),
        storage.articles.refetched(b.id, _summary("N"), content_hash="hN", urls=["ub"]),
    )
    assert first.id == second.id
    assert await storage.articles.by_url("ua") == await storage.articles.by_url("ub")


async def test_fan_out_skips_sender_blocked_and_repeats_and_holds_for_digest(
    storage: Storage,
) -> None:
    await _users(storage, 1, 2, 3, 4)
    await storage.users.set_mode(3, "digest", "08:00")
    await storage.users.mark_blocked(4)
    article, _ = await storage.articles.add(_summary("A"), content_hash="h", canonical_url=None)
    assert await storage.deliveries.fan_out(article.id, [1, 2, 3, 4], exclude=1) == 2
    assert await storage.deliveries.fan_out(article.id, [1, 2, 3, 4], exclude=1) == 0
    (push,) = await storage.outbox.claim_due(10)
    assert (push.kind, push.ref_id, push.chat_id) == ("push", article.id, 2)
    assert [a.id for a in await storage.deliveries.held_for(3)] == [article.id]
    await storage.outbox.record([Outcome(push, "sent", 1)])
    assert await storage.deliveries.counts() == {"sent": 1, "held": 1}


async def test_broadcast_rows_are_written_once_for_active_users(storage: Storage) -> None:
    await _users(storage, 1, 2, 3)
    await storage.users.mark_blocked(3)
    await storage.subscriptions.add(2, "sports")
    draft = await storage.broadcasts.create_draft(1, "Hello")
    assert await storage.broadcasts.start(draft.id) == 2
    assert await storage.broadcasts.start(draft.id) == 0  # not a draft any more
    digest = await storage.broadcasts.create_draft(1, "Digest", kind="digest", topic="sports")
    assert await storage.broadcasts.start(digest.id) == 1
    rows = await storage.outbox.claim_due(10)
    assert [(r.kind, r.chat_id) for r in rows] == [
        ("broadcast", 1),
        ("broadcast", 2),
        ("digest", 2),
    ]
    await storage.outbox.record([Outcome(rows[0], "sent", 1), Outcome(rows[1], "blocked", 0)])
    assert await storage.broadcasts.progress(draft.id) == {"sent": 1, "blocked": 1}
    assert await storage.broadcasts.finish_if_done(draft.id)
    assert not await storage.broadcasts.finish_if_done(digest.id)  # one row still in flight
    assert [b.id for b in await storage.broadcasts.sending()] == [digest.id]


async def test_outbox_recovers_rows_in_flight_and_retries_later(storage: Storage) -> None:
    await _users(storage, 1, 2)
    draft = await storage.broadcasts.create_draft(1, "Hello")
    await storage.broadcasts.start(draft.id)
    first, second = await storage.outbox.claim_due(10)
    assert await storage.outbox.claim_due(10) == []  # claimed rows are not claimed twice
    assert await storage.outbox.recover_in_flight() == 2  # as after a crash
    first, second = await storage.outbox.claim_due(10)
    await storage.outbox.record([Outcome(first, "retry", 0, "timed out", not_before=2e9)])
    await storage.outbox.record([Outcome(second, "failed", 0, "Bad Request: nope")])
    assert await storage.outbox.claim_due(10, now=1e9) == []  # backing off
    (again,) = await storage.outbox.claim_due(10, now=3e9)
    assert again.attempts == 1
    assert await storage.outbox.counts() == {"sending": 1, "failed": 1}


async def test_blocked_user_gets_nothing_more(storage: Storage) -> None:
    await _users(storage, 1, 2)
    for text in ("one", "two"):
        draft = await storage.broadcasts.create_draft(1, text)
        await storage.broadcasts.start(draft.id)
    rows = await storage.outbox.claim_due(1)
    assert rows[0].chat_id == 1
    await storage.outbox.record([Outcome(rows[0], "blocked", 0, "Forbidden")])
    user = await storage.users.get(1)
    assert user is not None and user.is_blocked
    remaining = await storage.outbox.claim_due(10)
    assert [r.chat_id for r in remaining] == [2, 2]


async def test_cancel_stops_queued_rows(storage: Storage) -> None:
    await _users(storage, 1, 2, 3)
    draft = await storage.broadcasts.create_draft(1, "Hello")
    await storage.broadcasts.start(draft.id)
    await storage.outbox.claim_due(1)
    assert await storage.broadcasts.cancel(draft.id)
    assert await storage.broadcasts.progress(draft.id) == {"sending": 1, "cancelled": 2}


async def test_recovery_does_not_revive_a_cancelled_broadcast(storage: Storage) -> None:
    await _users(storage, 1, 2)
    draft = await storage.broadcasts.create_draft(1, "Hello")
    await storage.broadcasts.start(draft.id)
    await storage.outbox.claim_due(10)  # in flight when the process dies …
    await storage.broadcasts.cancel(draft.id)  # … after the admin cancelled
    await storage.outbox.recover_in_flight()
    assert await storage.outbox.claim_due(10) == []
    assert await storage.broadcasts.progress(draft.id) == {"cancelled": 2}


async def test_subscriptions_stop_at_the_cap_and_say_so(storage: Storage) -> None:
    await _users(storage, 1)
    for n in range(3):
        assert await storage.subscriptions.add(1, f"topic {n}", limit=3) is Subscribed.ADDED
    assert await storage.subscriptions.add(1, "one more", limit=3) is Subscribed.FULL
    assert await storage.subscriptions.add(1, "topic 0", limit=3) is Subscribed.ALREADY
    assert await storage.subscriptions.toggle(1, "one more", limit=3) is Subscribed.FULL
    assert len(await storage.subscriptions.topics_of(1)) == 3


async def test_keyword_subscriptions_are_found_through_their_index_word(storage: Storage) -> None:
    await _users(storage, 1, 2)
    await storage.subscriptions.add(1, "nuclear power")
    await storage.subscriptions.add(2, "covid-19 vaccine")
    assert await storage.subscriptions.topics_indexed_under(["nuclear", "energy"]) == [
        "nuclear power"
    ]
    assert await storage.subscriptions.topics_indexed_under(["vaccine"]) == ["covid-19 vaccine"]
    assert await storage.subscriptions.topics_indexed_under(["power"]) == []
    assert await storage.subscriptions.topics_indexed_under([]) == []


async def test_pasted_articles_stay_private_until_the_same_content_comes_by_link(
    storage: Storage,
) -> None:
    await _users(storage, 1)
    memo = _summary("Confidential memo")
    private, created = await storage.articles.add(
        memo, content_hash="h1", canonical_url=None, submitted_by=1, private=True
    )
    assert created and private.is_private
    assert await storage.articles.since("2000-01-01") == []
    linked = replace(memo, url="https://example.com/memo")
    public, published = await storage.articles.add(
        linked, content_hash="h1", canonical_url="https://example.com/memo", urls=["u"]
    )
    assert published and public.id == private.id and not public.is_private
    assert [a.id for a in await storage.articles.since("2000-01-01")] == [private.id]
    # … and carries the link the paste had not
    assert public.summary.url == "https://example.com/memo"
    assert await storage.articles.by_url("u") == public


async def test_private_articles_are_never_fanned_out(storage: Storage) -> None:
    await _users(storage, 1, 2)
    article, _ = await storage.articles.add(
        _summary("Memo"), content_hash="h2", canonical_url=None, submitted_by=1, private=True
    )
    assert await storage.deliveries.fan_out(article.id, [2], exclude=1) == 0
    assert not await storage.deliveries.was_sent(2, article.id)
    await storage.deliveries.record_sent_to_requester(1, article.id)
    assert await storage.deliveries.was_sent(1, article.id)
