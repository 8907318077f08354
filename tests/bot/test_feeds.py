"""Feeds into topics, and scheduled digest broadcasts, end to end."""

from __future__ import annotations

import asyncio
import datetime as dt
import time
from pathlib import Path

import pytest

from bot.feeds import FeedPoller, NotAFeed, parse_feed
from bot.services import Services
from tests.bot.conftest import ADMIN, Harness, settled
from tests.pages import PageServer, Route, endless_chunks


def rss(items: list[tuple[str, str]], title: str = "Valley News") -> bytes:
    entries = "".join(
        f"<item><title>{t}</title><link>{link}</link><guid>{link}</guid></item>"
        for t, link in items
    )
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>{title}</title>'
        f"<link>http://example.com/</link>{entries}</channel></rss>"
    ).encode()


def feed_route(body: bytes, etag: str) -> Route:
    return Route(body, headers={"Content-Type": "application/rss+xml", "ETag": etag})


def services_of(sift: Harness) -> Services:
    services: Services = sift.app.bot_data["services"]
    return services


async def _admin_and_subscriber(sift: Harness) -> None:
    for user_id, text in ((ADMIN, "/start"), (7, "/subscribe science")):
        sift.api.send_text(user_id, text)
        await sift.api.replies(user_id, 1)


async def test_a_feed_is_added_then_new_entries_reach_topic_subscribers(
    sift: Harness, pages: PageServer, data_dir: Path
) -> None:
    await _admin_and_subscriber(sift)
    old = pages.add("/old", Route(b"<html><body><p>old</p></body></html>"))
    feed_url = pages.add("/rss", feed_route(rss([("Old story", old)]), '"v1"'))
    sift.api.send_text(ADMIN, f"/addfeed {feed_url} science")
    added = (await sift.api.replies(ADMIN, 2))[1]
    assert added.text.startswith("📡 Added Valley News (#1) → Science")
    assert pages.hits.get("/old") is None  # the backlog is marked seen, not summarized

    fresh = pages.add("/dam", Route((data_dir / "pages" / "article.html").read_bytes()))
    pages.add("/rss", feed_route(rss([("Dam", fresh), ("Old story", old)]), '"v2"'))
    poller = FeedPoller(services_of(sift))
    feed = await services_of(sift).storage.feeds.get(1)
    assert feed is not None and await poller.poll(feed) == 1
    push = (await sift.api.replies(7, 2))[1]
    assert push.text.startswith("🔔 New on Science") and "Dam failure floods" in push.text

    feed = await services_of(sift).storage.feeds.get(1)
    assert feed is not None and feed.etag == '"v2"'
    assert await poller.poll(feed) == 0  # unchanged: the server answers 304
    assert pages.not_modified["/rss"] == 1
    await settled(sift)
    assert len(sift.api.messages(7)) == 2


async def test_a_broken_feed_never_stops_the_others(
    sift: Harness, pages: PageServer, data_dir: Path
) -> None:
    await _admin_and_subscriber(sift)
    storage = services_of(sift).storage
    good = await storage.feeds.add(pages.url("/good"), "science", ADMIN)
    broken = await storage.feeds.add(pages.url("/broken"), "science", ADMIN)
    huge = await storage.feeds.add(pages.url("/huge"), "science", ADMIN)
    garbage = await storage.feeds.add(pages.url("/garbage"), "science", ADMIN)
    assert good and broken and huge and garbage
    pages.add("/good", feed_route(rss([]), '"e"'))
    await FeedPoller(services_of(sift)).poll(good)  # first look
    dam = pages.add("/dam", Route((data_dir / "pages" / "article.html").read_bytes()))
    pages.add("/good", feed_route(rss([("Dam", dam)]), '"f"'))
    pages.add("/broken", Route(b"oops", status=500))
    pages.add(
        "/huge", Route(chunks=endless_chunks(), headers={"Content-Type": "application/rss+xml"})
    )
    pages.add("/garbage", Route(b"<html><body>no feed here</body></html>"))
    await storage.feeds.polled(good.id, next_poll_at=0, etag='"e"', last_modified=None, title=None)
    assert await FeedPoller(services_of(sift)).poll_due() == 1
    by_id = {f.id: f for f in await storage.feeds.all()}
    assert by_id[good.id].error_count == 0
    for bad in (broken, huge, garbage):
        assert by_id[bad.id].error_count == 1
        assert by_id[bad.id].next_poll_at > time.time() + 1000  # backing off
    assert "too large" in (by_id[huge.id].last_error or "")
    sift.api.send_text(ADMIN, "/feeds")
    listing = (await sift.api.replies(ADMIN, 2))[1]
    assert "⚠️ 1 failure in a row" in listing.text and "ok, checked" in listing.text


async def test_addfeed_refuses_what_is_not_a_feed(sift: Harness, pages: PageServer) -> None:
    await _admin_and_subscriber(sift)
    url = pages.add("/page", Route(b"<html><body><p>Just a page.</p></body></html>"))
    sift.api.send_text(ADMIN, f"/addfeed {url} science")
    reply = (await sift.api.replies(ADMIN, 2))[1]
    assert (
        reply.text == "I couldn't add that feed: That address doesn't serve an RSS or Atom feed."
    )
    sift.api.send_text(7, f"/addfeed {url} science")
    assert (await sift.api.replies(7, 2))[
        1
    ].text == "Sorry, that command is only for Sift's admins."


def test_atom_entries_and_keys() -> None:
    atom = (
        '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>'
        "<entry><id>urn:1</id><title>One</title><summary>Text one</summary></entry>"
        '<entry><title>Two</title><link href="http://example.com/2"/></entry></feed>'
    )
    parsed = parse_feed(atom)
    assert parsed.title == "A"
    assert [(e.key, e.link) for e in parsed.entries] == [
        ("urn:1", None),
        ("http://example.com/2", "http://example.com/2"),
    ]
    with pytest.raises(NotAFeed):
        parse_feed("<html><body>nope</body></html>")


def test_titles_with_entities_kept_in_cdata_read_as_their_characters() -> None:
    rss = (
        '<?xml version="1.0"?><rss version="2.0"><channel>'
        "<title><![CDATA[Caf&eacute; &amp; Co &#8211; Daily]]></title>"
        "<item><title><![CDATA[Tea &amp; cake]]></title><guid>1</guid></item></channel></rss>"
    )
    parsed = parse_feed(rss)
    assert parsed.title == "Café & Co – Daily"
    assert parsed.entries[0].title == "Tea & cake"


async def test_a_scheduled_digest_goes_out_once_a_day(
    sift: Harness, pages: PageServer, data_dir: Path
) -> None:
    await _admin_and_subscriber(sift)
    sift.api.send_text(ADMIN, "/schedule_digest 08:00 crime")
    assert (
        "Every day at 08:00 (UTC), a digest goes to subscribers of Crime"
        in (await sift.api.replies(ADMIN, 2))[1].text
    )
    sift.api.send_text(7, "/subscribe crime")
    await sift.api.replies(7, 2)
    url = pages.add("/dam", Route((data_dir / "pages" / "article.html").read_bytes()))
    sift.api.send_text(ADMIN, url)
    await sift.api.replies(ADMIN, 3)
    await settled(sift)
    before = len(sift.api.messages(7))
    services = services_of(sift)
    # (set up after 08:00 it first runs tomorrow, before 08:00 today and tomorrow)
    early = (dt.datetime.now(dt.UTC) + dt.timedelta(days=1)).replace(hour=7, minute=0)
    assert await services.run_scheduled_digests(early) == 0
    assert await services.run_scheduled_digests(early.replace(hour=8)) == 1
    assert await services.run_scheduled_digests(early.replace(hour=9)) == 0
    await settled(sift)
    digest = sift.api.messages(7)[before]
    assert digest.text.startswith("🗞 Sift digest · Crime & justice")
    sift.api.send_text(ADMIN, "/schedule_digest off crime")
    assert "is off" in (await sift.api.replies(ADMIN, 4))[3].text
    sift.api.send_text(ADMIN, "/schedule_digest 8pm")
    assert (await sift.api.replies(ADMIN, 5))[4].text.startswith("“8pm” isn't a time of day")
    for stop in ("/schedule_digest 08:00 off", "/schedule_digest 08:00 OFF crime"):
        count = len(sift.api.messages(ADMIN))
        sift.api.send_text(ADMIN, stop)
        reply = (await sift.api.replies(ADMIN, count + 1))[-1]
        assert reply.text.startswith("To stop a daily digest, leave out its time"), stop
    assert await services.storage.schedules.all() == []


async def test_a_scheduled_digest_run_by_two_instances_at_once_goes_out_once(
    sift: Harness, pages: PageServer, data_dir: Path
) -> None:
    """A leader hand-over can overlap a digest run (the old leader still in its job): the
    day's digest is claimed in storage, so only one of them broadcasts it."""
    await _admin_and_subscriber(sift)
    sift.api.send_text(ADMIN, "/schedule_digest 08:00")
    await sift.api.replies(ADMIN, 2)
    url = pages.add("/dam", Route((data_dir / "pages" / "article.html").read_bytes()))
    sift.api.send_text(ADMIN, url)
    await sift.api.replies(ADMIN, 3)
    await settled(sift)
    first, second = services_of(sift), sift.apps[-1].bot_data["services"]
    due = (dt.datetime.now(dt.UTC) + dt.timedelta(days=1)).replace(hour=8, minute=30)
    started = await asyncio.gather(
        first.run_scheduled_digests(due), second.run_scheduled_digests(due)
    )
    assert sum(started) == 1


async def test_a_burst_of_entries_is_summarized_over_several_polls_and_none_dropped(
    sift: Harness, pages: PageServer, data_dir: Path
) -> None:
    storage = services_of(sift).storage
    article = (data_dir / "pages" / "article.html").read_text()
    feed = await storage.feeds.add(pages.url("/rss"), "science", ADMIN)
    assert feed is not None
    pages.add("/rss", feed_route(rss([]), '"empty"'))
    poller = FeedPoller(services_of(sift))
    await poller.poll(feed)  # first look
    links = [
        pages.add(
            f"/story{n}", Route(article.replace("</body>", f"<p>Update {n}.</p></body>").encode())
        )
        for n in range(7)
    ]
    pages.add(
        "/rss", feed_route(rss([(f"Story {n}", link) for n, link in enumerate(links)]), '"7"')
    )

    feed = await storage.feeds.get(feed.id)
    assert feed is not None and await poller.poll(feed) == 5
    feed = await storage.feeds.get(feed.id)
    assert feed is not None and feed.etag is None  # the next fetch must see the whole feed
    assert feed.next_poll_at < time.time() + 120

    assert await poller.poll(feed) == 2
    feed = await storage.feeds.get(feed.id)
    assert feed is not None and feed.etag == '"7"'
    assert await poller.poll(feed) == 0
    assert all(pages.hits.get(f"/story{n}") == 1 for n in range(7))


async def test_delfeed_removes_a_feed_and_explains_mistakes(
    sift: Harness, pages: PageServer
) -> None:
    await _admin_and_subscriber(sift)
    feed = await services_of(sift).storage.feeds.add(pages.url("/rss"), "science", ADMIN)
    assert feed is not None
    for command, expected in (
        ("/delfeed", "Which feed? /delfeed 3 (see /feeds)."),
        ("/delfeed 99", "There is no feed 99. /feeds lists them."),
        ("/delfeed " + "9" * 23, f"There is no feed {'9' * 23}. /feeds lists them."),
        ("/delfeed ²", "There is no feed ². /feeds lists them."),
        (f"/delfeed {feed.id}", f"Removed feed #{feed.id}."),
        ("/feeds", "No feeds yet. /addfeed adds one."),
    ):
        count = len(sift.api.messages(ADMIN))
        sift.api.send_text(ADMIN, command)
        reply = (await sift.api.replies(ADMIN, count + 1))[-1]
        assert reply.text == expected, command
    assert await services_of(sift).storage.feeds.all() == []


async def test_addfeed_takes_an_interval_within_bounds(sift: Harness, pages: PageServer) -> None:
    await _admin_and_subscriber(sift)
    feed_url = pages.add("/rss", feed_route(rss([]), '"v1"'))
    sift.api.send_text(ADMIN, f"/addfeed {feed_url} science 2m")
    refused = (await sift.api.replies(ADMIN, 2))[1]
    assert refused.text == "Check a feed every 5 to 1440 minutes (e.g. 60m)."
    sift.api.send_text(ADMIN, f"/addfeed {feed_url} nuclear power 60m")
    added = (await sift.api.replies(ADMIN, 3))[2]
    assert "I check it every 60 minutes" in added.text
    (feed,) = await services_of(sift).storage.feeds.all()
    assert feed.interval_seconds == 3600 and feed.topic == "nuclear power"
    assert feed.next_poll_at > time.time() + 3000
    sift.api.send_text(ADMIN, "/feeds")
    listing = (await sift.api.replies(ADMIN, 4))[3]
    assert "every 60 min" in listing.text


async def test_a_feed_with_a_very_long_title_is_listed_shortened(
    sift: Harness, pages: PageServer
) -> None:
    await _admin_and_subscriber(sift)
    feed_url = pages.add("/rss", feed_route(rss([], title="Valley " * 800), '"v1"'))
    sift.api.send_text(ADMIN, f"/addfeed {feed_url} science")
    added = (await sift.api.replies(ADMIN, 2, timeout=20))[1]
    assert added.text.startswith("📡") and "…" in added.text and len(added.text) < 400
    sift.api.send_text(ADMIN, "/feeds")
    listing = (await sift.api.replies(ADMIN, 3))[2]
    assert listing.text.startswith("Feeds") and "…" in listing.text


async def test_a_topic_too_long_to_store_is_refused_by_every_command(
    sift: Harness, pages: PageServer
) -> None:
    await _admin_and_subscriber(sift)
    long_topic = "x" * 4000
    feed_url = pages.add("/rss", feed_route(rss([]), '"v1"'))
    commands = [
        f"/schedule_digest 08:00 {long_topic}",
        f"/digest {long_topic}",
        f"/addfeed {feed_url} {long_topic}",
        f"/unsubscribe {long_topic}",
    ]
    for index, command in enumerate(commands, start=2):
        sift.api.send_text(ADMIN, command)
        reply = (await sift.api.replies(ADMIN, index))[-1]
        assert reply.text == "Keep it short: up to 5 words and 50 characters.", command
    assert await services_of(sift).storage.schedules.all() == []
    assert await services_of(sift).storage.feeds.all() == []


async def test_a_digest_scheduled_after_its_time_first_goes_out_the_next_day(
    sift: Harness, pages: PageServer, data_dir: Path
) -> None:
    await _admin_and_subscriber(sift)
    sift.api.send_text(ADMIN, "/schedule_digest 00:00")  # a time already past today
    await sift.api.replies(ADMIN, 2)
    url = pages.add("/dam", Route((data_dir / "pages" / "article.html").read_bytes()))
    sift.api.send_text(ADMIN, url)
    await sift.api.replies(ADMIN, 3)
    services = services_of(sift)
    now = dt.datetime.now(dt.UTC)
    assert await services.run_scheduled_digests(now) == 0
    next_time = (now + dt.timedelta(days=1)).replace(hour=0, minute=0)
    assert await services.run_scheduled_digests(next_time) == 1


async def test_addfeed_fetches_the_feed_once_and_knows_it_again_by_any_spelling(
    sift: Harness, pages: PageServer
) -> None:
    await _admin_and_subscriber(sift)
    feed_url = pages.add("/rss", feed_route(rss([("Old", pages.url("/old"))]), '"v1"'))
    shouted = feed_url.replace("http://", "HTTP://")
    sift.api.send_text(ADMIN, f"/addfeed {shouted}#latest science")
    added = (await sift.api.replies(ADMIN, 2))[1]
    assert added.text.startswith("📡 Added Valley News (#1) → Science")
    assert pages.hits["/rss"] == 1  # checked and first looked at in one request
    (feed,) = await services_of(sift).storage.feeds.all()
    assert feed.url == feed_url and feed.title == "Valley News" and feed.etag == '"v1"'
    assert feed.last_polled_at is not None
    for again in (f"{feed_url}#top", shouted):
        count = len(sift.api.messages(ADMIN))
        sift.api.send_text(ADMIN, f"/addfeed {again} science")
        assert (await sift.api.replies(ADMIN, count + 1))[-1].text == (
            "That feed is already followed (#1)."
        )
    count = len(sift.api.messages(ADMIN))
    sift.api.send_text(ADMIN, f"/delfeed {shouted}#top")
    assert (await sift.api.replies(ADMIN, count + 1))[-1].text == "Removed feed #1."


async def test_addfeed_refuses_an_interval_of_any_length_out_of_bounds(
    sift: Harness, pages: PageServer
) -> None:
    await _admin_and_subscriber(sift)
    feed_url = pages.add("/rss", feed_route(rss([]), '"v1"'))
    for interval in ("99999m", "0000001440000m", "9" * 60 + "m"):
        count = len(sift.api.messages(ADMIN))
        sift.api.send_text(ADMIN, f"/addfeed {feed_url} science {interval}")
        refused = (await sift.api.replies(ADMIN, count + 1))[-1]
        assert refused.text == "Check a feed every 5 to 1440 minutes (e.g. 60m).", interval
    assert await services_of(sift).storage.feeds.all() == []
    assert "/rss" not in pages.hits


async def test_a_feed_stored_as_typed_before_addresses_were_tidied_is_still_found(
    sift: Harness, pages: PageServer
) -> None:
    await _admin_and_subscriber(sift)
    typed = pages.url("/rss") + "#top"
    feed = await services_of(sift).storage.feeds.add(typed, "science", ADMIN)
    assert feed is not None
    sift.api.send_text(ADMIN, f"/addfeed {typed} science")
    assert (await sift.api.replies(ADMIN, 2))[
        1
    ].text == f"That feed is already followed (#{feed.id})."
    sift.api.send_text(ADMIN, f"/delfeed {typed}")
    assert (await sift.api.replies(ADMIN, 3))[2].text == f"Removed feed #{feed.id}."


def _item(title: str, link: str, guid: str, extra: str = "") -> str:
    return f"<item><title>{title}</title><link>{link}</link><guid>{guid}</guid>{extra}</item>"


def _channel(items: list[str]) -> bytes:
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Valley News</title>'
        f"<link>http://example.com/</link>{''.join(items)}</channel></rss>"
    ).encode()


async def _add_then_poll(sift: Harness, pages: PageServer, first: bytes, then: bytes) -> int:
    """/addfeed with ``first`` served, then one poll with ``then``: entries summarized."""
    await _admin_and_subscriber(sift)
    url = pages.add("/rss", feed_route(first, '"v1"'))
    sift.api.send_text(ADMIN, f"/addfeed {url} science")
    assert (await sift.api.replies(ADMIN, 2))[1].text.startswith("📡 Added")
    pages.add("/rss", feed_route(then, '"v2"'))
    feed = await services_of(sift).storage.feeds.get(1)
    assert feed is not None
    return await FeedPoller(services_of(sift)).poll(feed)


async def test_entries_with_relative_links_or_one_shared_id_are_each_summarized(
    sift: Harness, pages: PageServer, data_dir: Path
) -> None:
    article = (data_dir / "pages" / "article.html").read_bytes()
    pages.add("/news/dam", Route(article))
    pages.add("/news/dam2", Route(article.replace(b"Dam failure", b"Second dam failure")))
    shared = "http://example.com/"  # a broken CMS gives every entry this id
    last_week = (dt.datetime.now(dt.UTC) - dt.timedelta(days=7)).strftime(
        "%a, %d %b %Y %H:%M:%S +0000"
    )
    old = _item("Old", "/news/old", shared, f"<pubDate>{last_week}</pubDate>")
    then = [_item("Dam", "/news/dam", shared), _item("Dam 2", "/news/dam2", shared), old]
    assert await _add_then_poll(sift, pages, _channel([old]), _channel(then)) == 2
    assert pages.hits.get("/news/dam") == 1 and pages.hits.get("/news/dam2") == 1
    assert "/news/old" not in pages.hits  # with a key of its own now, it is still old news


async def test_a_new_entry_at_the_end_of_a_long_oldest_first_feed_is_summarized(
    sift: Harness, pages: PageServer, data_dir: Path
) -> None:
    pages.add("/new", Route((data_dir / "pages" / "article.html").read_bytes()))
    start = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)

    def dated(n: int, link: str) -> str:
        when = (start + dt.timedelta(hours=n)).strftime("%a, %d %b %Y %H:%M:%S +0000")
        return _item(f"Story {n}", link, f"id-{n}", f"<pubDate>{when}</pubDate>")

    now = dt.datetime.now(dt.UTC)
    hours_to_now = int((now - start).total_seconds() // 3600)
    old = [dated(n, f"/old/{n}") for n in range(hours_to_now - 250, hours_to_now)]
    then = [*old[1:], dated(hours_to_now, "/new")]
    assert await _add_then_poll(sift, pages, _channel(old), _channel(then)) == 1
    assert pages.hits.get("/new") == 1 and not any(p.startswith("/old") for p in pages.hits)


async def test_an_entry_without_a_link_is_pushed_with_its_title(
    sift: Harness, pages: PageServer
) -> None:
    paragraphs = "".join(
        f"&lt;p&gt;{p}&lt;/p&gt;"
        for p in (
            "Perth and Kinross Council has approved plans for a new £42 million road bridge "
            "over the River Tay, ending more than a decade of debate over the crossing.",
            "Councillors voted 24 to 14 in favour of the scheme at a meeting on Thursday, after "
            "a five-hour debate in which opponents warned about the cost to taxpayers.",
            "Council leader Grant Laing said the bridge would transform journeys for thousands "
            "of people every day and cut congestion in the city centre by a third.",
            "Construction is expected to begin next spring, subject to final approval of the "
            "detailed design by the planning committee.",
        )
    )
    entry = (
        "<item><title>Tay bridge &amp; road plan approved</title><guid>x2</guid>"
        f"<description>{paragraphs}</description></item>"
    )
    first = _channel(
        ["<item><title>Old</title><guid>x1</guid><description>old</description></item>"]
    )
    sift.api.send_text(7, "/subscribe bridge")
    await sift.api.replies(7, 1)
    assert await _add_then_poll(sift, pages, first, _channel([entry])) == 1
    push = (await sift.api.replies(7, 3))[-1]
    assert "Tay bridge & road plan approved" in push.text.split("\n\n")[1]


def test_an_entry_without_a_link_gets_none_and_keeps_its_own_id() -> None:
    feed = _channel(['<item><title>T</title><guid isPermaLink="false">x2</guid></item>'])
    (entry,) = parse_feed(feed.decode(), "https://news.example/feeds/rss").entries
    assert entry.link is None and entry.key == "x2"


async def test_stories_published_while_a_feed_was_down_are_still_news(
    sift: Harness, pages: PageServer, data_dir: Path
) -> None:
    pages.add("/during", Route((data_dir / "pages" / "article.html").read_bytes()))

    def day(days_ago: int) -> str:
        when = dt.datetime.now(dt.UTC) - dt.timedelta(days=days_ago)
        return f"<pubDate>{when.strftime('%a, %d %b %Y %H:%M:%S +0000')}</pubDate>"

    before = _item("Before", "/before", "b1", day(3))
    during = _item("During", "/during", "d1", day(2))  # the feed failed for two days since
    assert await _add_then_poll(sift, pages, _channel([before]), _channel([during, before])) == 1
    assert pages.hits.get("/during") == 1
