"""Admin commands for RSS/Atom feeds: /addfeed, /feeds, /delfeed."""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import urlsplit, urlunsplit

from telegram import Update
from telegram.constants import ChatAction
from telegram.ext import ContextTypes

from bot import messages
from bot.feeds import FeedPoller
from bot.services import topic_label
from handlers.common import admin_only, reply_in_parts, services_of
from handlers.subscriptions import too_long_for_a_topic, topic_from_words
from storage import Feed, FeedRepository
from summarizer import SummarizerError

DEFAULT_INTERVAL = 900
MIN_INTERVAL, MAX_INTERVAL = 5 * 60, 24 * 3600  # kind to the feed's server, and still daily
INTERVAL_ARG = re.compile(r"(\d+)m(?:in)?", re.IGNORECASE)  # "30m" at the end


@admin_only
async def add_feed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/addfeed URL TOPIC [30m]: check that it is a feed, then follow it from now on."""
    message, user = update.effective_message, update.effective_user
    assert message is not None and user is not None
    args = [str(a) for a in (context.args or [])]
    url = feed_address(args[0]) if args else None
    if len(args) < 2 or url is None:
        await message.reply_text(messages.ADDFEED_USAGE)
        return
    interval = DEFAULT_INTERVAL
    every = INTERVAL_ARG.fullmatch(args[-1])
    if every is not None:
        interval = int(every.group(1)) * 60
        args = args[:-1]
        if not MIN_INTERVAL <= interval <= MAX_INTERVAL:
            await message.reply_text(messages.FEED_INTERVAL_RANGE)
            return
    if len(args) < 2:
        await message.reply_text(messages.ADDFEED_USAGE)
        return
    if too_long_for_a_topic(" ".join(args[1:])):
        await message.reply_text(messages.KEYWORDS_TOO_LONG)
        return
    topic = topic_from_words(" ".join(args[1:]))
    services = services_of(context)
    existing = await _followed(services.storage.feeds, url, args[0])
    if existing is not None:
        await message.reply_text(messages.FEED_EXISTS.format(id=existing.id))
        return
    await message.reply_chat_action(ChatAction.TYPING)
    poller = FeedPoller(services)
    try:
        checked = await poller.check(url)
    except SummarizerError as error:
        await message.reply_text(
            messages.FEED_BROKEN.format(reason=messages.esc(error.user_message))
        )
        return
    feed = await services.storage.feeds.add(url, topic, user.id, interval)
    if feed is None:  # added meanwhile by another press of the same command
        existing = await services.storage.feeds.find(url)
        if existing is not None:
            await message.reply_text(messages.FEED_EXISTS.format(id=existing.id))
        return
    await poller.adopt(feed, checked)  # the first look marks today's entries seen
    stored = await services.storage.feeds.get(feed.id)
    title = (stored.title if stored else None) or url
    await message.reply_text(
        messages.FEED_ADDED.format(
            title=messages.esc(_shortened(title)),
            id=feed.id,
            topic=messages.esc(topic_label(topic)),
            minutes=interval // 60,
        )
    )


async def _followed(feeds: FeedRepository, address: str, typed: str) -> Feed | None:
    """The feed at an address, or as typed (a feed followed before addresses were tidied
    may be stored with its #fragment or capitals)."""
    return await feeds.find(address) or (await feeds.find(typed) if typed != address else None)


def feed_address(typed: str) -> str | None:
    """The address a feed is followed by, if ``typed`` is an http(s) URL: scheme and host in
    lower case ("HTTP://Example.com" is a link too), no fragment (it never reaches the server,
    so "…/rss#top" is the same feed)."""
    try:
        parts = urlsplit(typed)
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not parts.hostname:
        return None
    userinfo, at, host = parts.netloc.rpartition("@")
    return urlunsplit((scheme, userinfo + at + host.lower(), parts.path, parts.query, ""))


@admin_only
async def list_feeds(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/feeds: every feed with its health."""
    message = update.effective_message
    assert message is not None
    feeds = await services_of(context).storage.feeds.all()
    if not feeds:
        await message.reply_text(messages.FEEDS_NONE)
        return
    lines = [messages.FEEDS_HEADER]
    for feed in feeds:
        if feed.error_count:
            state = messages.FEED_ERRORS.format(
                count=feed.error_count,
                plural=messages.plural(feed.error_count),
                error=messages.esc(feed.last_error or "?"),
            )
        elif feed.last_polled_at:
            when = dt.datetime.fromisoformat(feed.last_polled_at).strftime("%d %b %H:%M UTC")
            state = messages.FEED_OK.format(when=when)
        else:
            state = messages.FEED_NEW
        lines.append(
            messages.FEED_LINE.format(
                id=feed.id,
                title=messages.esc(_shortened(feed.title or feed.url)),
                topic=messages.esc(topic_label(feed.topic)),
                minutes=feed.interval_seconds // 60,
                state=state,
            )
        )
    await reply_in_parts(message, "\n".join(lines))


# A feed's title as a listing shows it: the feed names itself, and may do so at any length.
_MAX_TITLE_CHARS = 120


def _shortened(title: str) -> str:
    return title if len(title) <= _MAX_TITLE_CHARS else title[: _MAX_TITLE_CHARS - 1] + "…"


@admin_only
async def delete_feed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/delfeed ID_OR_URL."""
    message = update.effective_message
    assert message is not None
    key = " ".join(str(a) for a in (context.args or [])).strip()
    if not key:
        await message.reply_text(messages.DELFEED_USAGE)
        return
    feeds = services_of(context).storage.feeds
    feed = await _followed(feeds, feed_address(key) or key, key)
    if feed is None or not await feeds.remove(feed.id):
        await message.reply_text(messages.FEED_UNKNOWN.format(key=messages.esc(key)))
        return
    await message.reply_text(messages.FEED_REMOVED.format(id=feed.id))
