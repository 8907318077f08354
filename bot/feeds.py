"""Polling RSS/Atom feeds into topics: new entries are summarized, stored and pushed.

Each feed is fetched with a conditional GET (ETag / Last-Modified) through the same guarded
fetcher as user links, parsed by feedparser off the event loop, and isolated from the others:
a feed that fails, times out or serves garbage only backs off (interval × 2^errors, at most six
hours) and records its error. A new feed's existing entries are marked seen, not pushed, so
subscribers get what is new from then on, not a backlog. A burst of new entries is summarized
five at a time, a minute apart, so none is dropped and one feed cannot hog the poller.
"""

from __future__ import annotations

import asyncio
import calendar
import datetime as dt
import hashlib
import html
import logging
import time
from collections import Counter
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin

import feedparser

from bot.services import Services
from storage import Feed
from summarizer import FetchPolicy, SummarizerError
from summarizer.fetch import FeedDocument, fetch_feed

log = logging.getLogger(__name__)

MAX_NEW_PER_POLL = 5  # entries summarized per poll; a burst continues BURST_RETRY later
BURST_RETRY = 60.0
MAX_ENTRIES_READ = 200
FEED_TIMEOUT = 60.0
MAX_BACKOFF = 6 * 3600.0
STALE_AFTER = 24 * 3600.0  # an entry dated this long before the newest seen is no news
PARALLEL_FEEDS = 4


class NotAFeed(SummarizerError):
    user_message = "That address doesn't serve an RSS or Atom feed."


@dataclass(frozen=True, slots=True)
class Entry:
    key: str
    link: str | None
    content: str
    title: str = ""
    published: float | None = None  # seconds since the epoch, when the feed dates it
    aliases: tuple[str, ...] = ()  # other keys it may have been seen under


@dataclass(frozen=True, slots=True)
class Parsed:
    title: str | None
    entries: list[Entry]


@dataclass(frozen=True, slots=True)
class Checked:
    document: FeedDocument
    parsed: Parsed


def parse_feed(text: str, url: str | None = None) -> Parsed:
    """The newest entries (by their dates, else in feed order), each with a stable key (its
    id, else its link, else a hash of its title and content). A relative link is resolved
    against the feed's ``url`` ("/news/x"). An id that several entries share (a broken CMS
    gives them all one) keys none of them: their links do (and an entry keyed by its id is
    known by its link too, as it was while its id was shared)."""
    document: Any = feedparser.parse(text)
    if not document.entries and (document.bozo or not document.feed.get("title")):
        raise NotAFeed(f"not a feed: {document.get('bozo_exception')!r}")
    dated = _newest_first([(_published(raw), raw) for raw in document.entries])
    dated = dated[:MAX_ENTRIES_READ]
    ids = Counter(str(raw.get("id") or "") for _, raw in dated)
    entries: list[Entry] = []
    for published, raw in dated:
        raw_link = str(raw.get("link") or "").strip()
        joined = urljoin(url, raw_link) if url and raw_link else raw_link
        link = joined if joined.startswith(("http://", "https://")) else None  # not "urn:…"
        content = ""
        if raw.get("content"):
            content = str(raw["content"][0].get("value") or "")
        content = content or str(raw.get("summary") or "")
        title = _unescaped(str(raw.get("title") or ""))
        raw_id = str(raw.get("id") or "")
        hashed = hashlib.sha256(f"{title}|{content}".encode()).hexdigest()
        key = (raw_id if ids[raw_id] == 1 else "") or link or hashed
        # (keyed by its id, it may have been seen by its link while its id was shared; a
        # shared id is no alias: it would stand for every entry that carries it)
        aliases = (link,) if link and key == raw_id else ()
        entries.append(Entry(key, link, content, title, published, aliases))
    feed_title = document.feed.get("title")
    return Parsed(title=_unescaped(feed_title) if feed_title else None, entries=entries)


def _unescaped(title: str) -> str:
    """A title as a reader reads it: entities a CDATA section kept as written ("Caf&eacute;
    &amp; Co") are the characters they name."""
    return html.unescape(title) if "&" in title else title


def _dated_before(entry: Entry, moment: float) -> bool:
    return entry.published is not None and entry.published < moment


def _newest_first(dated: list[tuple[float | None, Any]]) -> list[tuple[float | None, Any]]:
    """A feed lists its newest entries first, or (some CMSs, podcasts) last: when every
    entry is dated, the dates say which; else the feed's own order stands."""
    if dated and all(published is not None for published, _ in dated):
        return sorted(dated, key=lambda pair: -(pair[0] or 0.0))
    return dated


def _published(raw: Any) -> float | None:
    stamp = raw.get("published_parsed") or raw.get("updated_parsed")
    return float(calendar.timegm(stamp)) if stamp else None


class FeedPoller:
    def __init__(self, services: Services) -> None:
        self.services = services

    @property
    def policy(self) -> FetchPolicy:
        return FetchPolicy(allow_private=self.services.settings.allow_private_urls)

    async def check(self, url: str) -> Checked:
        """Fetch and parse once: is this a feed at all? (/addfeed then ``adopt``s the answer,
        so a new feed costs its server one request, and the admin one wait.)"""
        document = await fetch_feed(url, policy=self.policy, client=self.services.http)
        parsed = await asyncio.to_thread(parse_feed, document.text, document.url)
        return Checked(document, parsed)

    async def adopt(self, feed: Feed, checked: Checked) -> None:
        """A new feed's first look, from the fetch that ``check`` made: its entries are seen."""
        await self._take(feed, checked.document, checked.parsed)

    async def poll_due(self, now: float | None = None) -> int:
        """Poll every feed that is due; one failing feed never stops the others."""
        now = time.time() if now is None else now
        feeds = await self.services.storage.feeds.due(now)
        semaphore = asyncio.Semaphore(PARALLEL_FEEDS)

        async def guarded(feed: Feed) -> int:
            async with semaphore:
                try:
                    async with asyncio.timeout(FEED_TIMEOUT):
                        return await self.poll(feed)
                except Exception as error:  # any failure of one feed is that feed's alone
                    await self._failed(feed, error)
                    return 0

        return sum(await asyncio.gather(*(guarded(feed) for feed in feeds)))

    async def poll(self, feed: Feed) -> int:
        """One feed: returns how many new entries became articles."""
        feeds = self.services.storage.feeds
        document = await fetch_feed(
            feed.url,
            etag=feed.etag,
            last_modified=feed.last_modified,
            policy=self.policy,
            client=self.services.http,
        )
        if document.not_modified:
            await feeds.polled(
                feed.id,
                next_poll_at=time.time() + feed.interval_seconds,
                etag=feed.etag,
                last_modified=feed.last_modified,
                title=None,
            )
            return 0
        parsed = await asyncio.to_thread(parse_feed, document.text, document.url)
        return await self._take(feed, document, parsed)

    async def _take(self, feed: Feed, document: FeedDocument, parsed: Parsed) -> int:
        """Summarize what is new in a fetched feed (on the first look: mark it all seen)."""
        feeds = self.services.storage.feeds
        next_poll = time.time() + feed.interval_seconds
        etag, last_modified = document.etag, document.last_modified
        by_key = {entry.key: entry for entry in parsed.entries}
        every_key = [k for entry in parsed.entries for k in (entry.key, *entry.aliases)]
        unseen = set(await feeds.unseen(feed.id, every_key))
        new_keys = [
            entry.key
            for entry in parsed.entries
            if all(k in unseen for k in (entry.key, *entry.aliases))
        ]
        created = 0
        if feed.last_polled_at is None:  # first look: today's backlog is not news
            await feeds.mark_seen(feed.id, [(key, None) for key in new_keys])
        else:
            # nor is an entry dated a day before the newest one already seen (or, with none
            # dated, before the last look): it only now has a key of its own, or a place
            # among the newest (measured from the entries, a feed back after an outage keeps
            # its new stories)
            fresh = set(new_keys)
            seen_dates = [
                e.published for e in parsed.entries if e.key not in fresh and e.published
            ]
            looked = dt.datetime.fromisoformat(feed.last_polled_at).timestamp()
            cutoff = (max(seen_dates) if seen_dates else looked) - STALE_AFTER
            stale = {k for k in new_keys if _dated_before(by_key[k], cutoff)}
            await feeds.mark_seen(feed.id, [(key, None) for key in stale])
            new_keys = [key for key in new_keys if key not in stale]
            for key in new_keys[:MAX_NEW_PER_POLL]:
                article_id = await self._summarize(feed, by_key[key])
                created += article_id is not None
                await feeds.mark_seen(feed.id, [(key, article_id)])
            if len(new_keys) > MAX_NEW_PER_POLL:  # a burst: the rest soon, with a full fetch
                next_poll = time.time() + BURST_RETRY
                etag, last_modified = None, None
        await feeds.polled(
            feed.id,
            next_poll_at=next_poll,
            etag=etag,
            last_modified=last_modified,
            title=parsed.title,
        )
        return created

    async def _summarize(self, feed: Feed, entry: Entry) -> int | None:
        topics = (feed.topic,)
        if entry.link:
            try:
                answer = await self.services.summary_for_url(entry.link, None, extra_topics=topics)
                return answer.article.id
            except SummarizerError as error:
                log.info(
                    "feed %s entry %s: link failed (%s), using its text", feed.id, entry.key, error
                )
        if not entry.content:
            return None
        title = html.escape(entry.title)
        try:
            answer = await self.services.summary_for_text(
                f"<html><head><title>{title}</title></head><body>{entry.content}</body></html>",
                None,
                private=False,
                extra_topics=topics,
                url=entry.link,  # (a link that failed still leads to the story)
            )
        except SummarizerError as error:
            log.info("feed %s entry %s skipped: %s", feed.id, entry.key, error)
            return None
        return answer.article.id

    async def _failed(self, feed: Feed, error: BaseException) -> None:
        backoff = min(feed.interval_seconds * 2.0 ** (feed.error_count + 1), MAX_BACKOFF)
        message = getattr(error, "user_message", None) or f"{type(error).__name__}: {error}"
        log.warning(
            "feed %s (%s) failed: %r; next try in %.0f s", feed.id, feed.url, error, backoff
        )
        await self.services.storage.feeds.failed(feed.id, message, time.time() + backoff)
