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
import hashlib
import logging
import time
from dataclasses import dataclass
from typing import Any

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
PARALLEL_FEEDS = 4


class NotAFeed(SummarizerError):
    user_message = "That address doesn't serve an RSS or Atom feed."


@dataclass(frozen=True, slots=True)
class Entry:
    key: str
    link: str | None
    content: str


@dataclass(frozen=True, slots=True)
class Parsed:
    title: str | None
    entries: list[Entry]


@dataclass(frozen=True, slots=True)
class Checked:
    document: FeedDocument
    parsed: Parsed


def parse_feed(text: str) -> Parsed:
    """Entries in feed order, each with a stable key (id, else link, else a content hash)."""
    document: Any = feedparser.parse(text)
    if not document.entries and (document.bozo or not document.feed.get("title")):
        raise NotAFeed(f"not a feed: {document.get('bozo_exception')!r}")
    entries: list[Entry] = []
    for raw in document.entries[:MAX_ENTRIES_READ]:
        raw_link = str(raw.get("link") or "")
        link = raw_link if raw_link.startswith(("http://", "https://")) else None  # not "urn:…"
        content = ""
        if raw.get("content"):
            content = str(raw["content"][0].get("value") or "")
        content = content or str(raw.get("summary") or "")
        key = (
            raw.get("id")
            or link
            or hashlib.sha256(f"{raw.get('title', '')}|{content}".encode()).hexdigest()
        )
        entries.append(Entry(key=str(key), link=link, content=content))
    return Parsed(title=document.feed.get("title"), entries=entries)


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
        return Checked(document, await asyncio.to_thread(parse_feed, document.text))

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
        return await self._take(feed, document, await asyncio.to_thread(parse_feed, document.text))

    async def _take(self, feed: Feed, document: FeedDocument, parsed: Parsed) -> int:
        """Summarize what is new in a fetched feed (on the first look: mark it all seen)."""
        feeds = self.services.storage.feeds
        next_poll = time.time() + feed.interval_seconds
        etag, last_modified = document.etag, document.last_modified
        by_key = {entry.key: entry for entry in parsed.entries}
        new_keys = await feeds.unseen(feed.id, list(by_key))
        created = 0
        if feed.last_polled_at is None:  # first look: today's backlog is not news
            await feeds.mark_seen(feed.id, [(key, None) for key in new_keys])
        else:
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
        try:
            answer = await self.services.summary_for_text(
                f"<html><body>{entry.content}</body></html>",
                None,
                private=False,
                extra_topics=topics,
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
