"""What the bot does, independent of which update asked for it.

Handlers translate chat into calls here; jobs call the same methods. Summaries are stored
once per article (canonical URL and content hash), new articles fan out to subscribers, pushes
and digests are sent with the duplicate guard in storage, and every 403 marks the user blocked.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

import httpx
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import BadRequest, Forbidden, TelegramError

from bot import messages
from bot.settings import Settings
from storage import Storage, StoredArticle
from summarizer import FetchPolicy, Summary, summarize_text, summarize_url
from summarizer.claims import flagged_statements
from summarizer.render import pack_messages, render_html
from summarizer.topics import catalog, topic_by_slug
from summarizer.urls import canonical_url

log = logging.getLogger(__name__)

_GONE = ("chat not found", "user is deactivated", "bot was blocked", "bot was kicked")


@dataclass(frozen=True, slots=True)
class Answer:
    article: StoredArticle
    from_storage: bool


def fingerprint(summary: Summary) -> str:
    """Same cleaned article, same summary: the content hash that catches re-posted copies."""
    parts = [
        summary.title or "",
        *(s.text for s in summary.summary),
        *(s.text for s in summary.claims),
    ]
    normal = re.sub(r"\W+", " ", "\n".join(parts).lower()).strip()
    return hashlib.sha256(f"{normal}|{summary.stats.words}".encode()).hexdigest()


def topic_label(topic: str) -> str:
    found = topic_by_slug(topic)
    return found.label if found else topic


def is_gone(error: TelegramError) -> bool:
    """403s and "chat not found": the user cannot be reached until they write again."""
    text = str(error).lower()
    return isinstance(error, Forbidden) or any(reason in text for reason in _GONE)


@dataclass
class Services:
    storage: Storage
    settings: Settings
    http: httpx.AsyncClient | None = None
    _push_lock: asyncio.Lock = field(default_factory=asyncio.Lock)

    # -- summaries ----------------------------------------------------------------------------

    async def summary_for_url(self, url: str, user_id: int) -> Answer:
        key = canonical_url(url)
        stored = await self.storage.articles.by_url(key)
        if stored is not None:
            await self.storage.deliveries.record_sent_to_requester(user_id, stored.id)
            return Answer(stored, from_storage=True)
        policy = FetchPolicy(allow_private=self.settings.allow_private_urls)
        summary = await summarize_url(url, policy=policy, client=self.http)
        final = canonical_url(summary.url or url)
        return await self._store(summary, user_id, canonical=final, urls=[key, final])

    async def summary_for_text(self, text: str, user_id: int) -> Answer:
        summary = await asyncio.to_thread(summarize_text, text)
        return await self._store(summary, user_id, canonical=None, urls=[])

    async def _store(
        self, summary: Summary, user_id: int, *, canonical: str | None, urls: Sequence[str]
    ) -> Answer:
        article, created = await self.storage.articles.add(
            summary,
            content_hash=fingerprint(summary),
            canonical_url=canonical,
            urls=urls,
            submitted_by=user_id,
        )
        await self.storage.deliveries.record_sent_to_requester(user_id, article.id)
        if created:
            await self.fan_out(article, exclude=user_id)
        return Answer(article, from_storage=not created)

    # -- topic updates ------------------------------------------------------------------------

    async def fan_out(self, article: StoredArticle, *, exclude: int | None) -> int:
        """Queue (or hold for the digest) a new article for everyone following its topics."""
        topics = list(article.summary.topics)
        text = _searchable(article.summary)
        catalog_slugs = {t.slug for t in catalog()}
        for topic in await self.storage.subscriptions.distinct_topics():
            if topic not in catalog_slugs and _mentions(text, topic):
                topics.append(topic)
        users = await self.storage.subscriptions.subscribers_of(topics)
        return await self.storage.deliveries.fan_out(article.id, users, exclude=exclude)

    async def push_queued(self, bot: Bot) -> int:
        """Send every queued topic update; one sender at a time, so nobody gets one twice."""
        sent = 0
        async with self._push_lock:
            while batch := await self.storage.deliveries.queued(limit=50):
                for user_id, article_id in batch:
                    sent += await self._push_one(bot, user_id, article_id)
        return sent

    async def _push_one(self, bot: Bot, user_id: int, article_id: int) -> int:
        article = await self.storage.articles.by_id(article_id)
        if article is None:
            return 0
        subscribed = set(await self.storage.subscriptions.topics_of(user_id))
        matching = [t for t in article.summary.topics if t in subscribed] or sorted(subscribed)[:1]
        header = messages.PUSH_HEADER.format(
            topics=messages.esc(", ".join(topic_label(t) for t in matching) or "your topics")
        )
        texts = render_html(article.summary)
        texts[0] = f"{header}\n\n{texts[0]}"
        if await self.send(bot, user_id, texts, claims_button_for=article.id):
            await self.storage.deliveries.mark_sent(user_id, [article_id])
            return 1
        await self.storage.deliveries.mark_failed(user_id, article_id, "not delivered")
        return 0

    # -- digests ------------------------------------------------------------------------------

    async def send_due_digests(self, bot: Bot, now: dt.datetime | None = None) -> int:
        """One digest a day per digest-mode user, at their hour in their time zone."""
        now = now or dt.datetime.now(dt.UTC)
        count = 0
        for user in await self.storage.users.in_digest_mode():
            local = now.astimezone(ZoneInfo(user.timezone))
            today = local.date().isoformat()
            if user.last_digest_on == today or local.strftime("%H:%M") < user.digest_time:
                continue
            held = await self.storage.deliveries.held_for(user.id)
            if held and await self.send(bot, user.id, user_digest(held)):
                await self.storage.deliveries.mark_sent(user.id, [a.id for a in held])
                count += 1
            await self.storage.users.set_last_digest(user.id, today)
        return count

    async def admin_digest(self, topic: str | None) -> str | None:
        since = (dt.datetime.now(dt.UTC) - dt.timedelta(hours=24)).isoformat(timespec="seconds")
        articles = await self.storage.articles.since(since, topic)
        if not articles:
            return None
        label = f" · {topic_label(topic)}" if topic else ""
        lines = [messages.ADMIN_DIGEST_HEADER.format(topic=messages.esc(label))]
        lines.extend(_digest_item(article) for article in articles)
        return "\n\n".join(lines)

    # -- broadcasts ---------------------------------------------------------------------------

    async def run_broadcast(self, bot: Bot, broadcast_id: int) -> dict[str, int]:
        """Send a started broadcast to its queued recipients; resumable after a restart."""
        broadcast = await self.storage.broadcasts.get(broadcast_id)
        if broadcast is None:
            return {}
        texts = pack_messages(broadcast.text.split("\n"))
        while batch := await self.storage.broadcasts.queued_recipients(broadcast_id, limit=50):
            current = await self.storage.broadcasts.get(broadcast_id)
            if current is None or current.status != "sending":
                break
            for user_id in batch:
                outcome = await self._send_outcome(bot, user_id, texts)
                await self.storage.broadcasts.mark_recipient(broadcast_id, user_id, outcome)
        await self.storage.broadcasts.finish(broadcast_id)
        return await self.storage.broadcasts.progress(broadcast_id)

    # -- sending ------------------------------------------------------------------------------

    async def send(
        self,
        bot: Bot,
        chat_id: int,
        texts: Sequence[str],
        *,
        claims_button_for: int | None = None,
    ) -> bool:
        return await self._send_outcome(bot, chat_id, texts, claims_button_for) == "sent"

    async def _send_outcome(
        self, bot: Bot, chat_id: int, texts: Sequence[str], claims_button_for: int | None = None
    ) -> str:
        try:
            for index, text in enumerate(texts):
                markup = None
                if claims_button_for is not None and index == len(texts) - 1:
                    markup = InlineKeyboardMarkup([[claims_button(claims_button_for)]])
                await bot.send_message(chat_id, text, reply_markup=markup)
        except TelegramError as error:
            if is_gone(error):
                log.info("user %s is gone (%s): marking blocked", chat_id, error)
                await self.storage.users.mark_blocked(chat_id)
                return "blocked"
            if isinstance(error, BadRequest):
                log.error("message to %s refused: %s", chat_id, error)
            else:
                log.warning("message to %s failed: %s", chat_id, error)
            return "failed"
        return "sent"


def claims_button(article_id: int) -> InlineKeyboardButton:
    return InlineKeyboardButton(messages.CLAIMS_BUTTON, callback_data=f"claims:{article_id}")


def user_digest(articles: Sequence[StoredArticle]) -> list[str]:
    plural = "" if len(articles) == 1 else "s"
    lines = [messages.DIGEST_HEADER.format(count=len(articles), plural=plural)]
    lines.extend(_digest_item(article) for article in articles)
    return pack_messages("\n\n".join(lines).split("\n"))


def _digest_item(article: StoredArticle) -> str:
    summary = article.summary
    title = messages.esc(summary.title or summary.url or "Untitled")
    if summary.url:
        title = f'<a href="{messages.esc(summary.url)}">{title}</a>'
    lines = "\n".join(messages.esc(s.text) for s in summary.summary[:2])
    flagged = len(flagged_statements(summary.claims))
    flags = (
        messages.DIGEST_FLAGS.format(count=flagged, plural="" if flagged == 1 else "s")
        if flagged
        else ""
    )
    return messages.DIGEST_ITEM.format(title=title, lines=lines, flags=flags)


def _searchable(summary: Summary) -> str:
    parts = [
        summary.title or "",
        *(s.text for s in summary.summary),
        *(s.text for s in summary.claims),
    ]
    return " ".join(parts).lower()


def _mentions(text: str, keywords: str) -> bool:
    """Free-keyword subscriptions match when every word appears (as a word) in the article."""
    return all(re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text) for word in keywords.split())
