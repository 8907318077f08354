"""What the bot does, independent of which update asked for it.

Handlers translate chat into calls here; jobs call the same methods. Summaries are stored
once per article (canonical URL and content hash), new articles fan out to subscribers, pushes
and digests are sent with the duplicate guard in storage, and every 403 marks the user blocked.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import json
import logging
import re
import time
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import TypeVar
from zoneinfo import ZoneInfo

import httpx
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import TelegramError

from bot import callbacks, messages
from bot.delivery import DeliveryWorker, Rendered
from bot.engine import EnginePool
from bot.leadership import Leadership
from bot.settings import Settings
from storage import OutboxItem, Storage, StoredArticle
from summarizer import FetchPolicy, SummarizerError, Summary
from summarizer.fetch import fetch_page
from summarizer.keywords import article_tokens, mentions
from summarizer.render import flagged_count, pack_messages, render_html
from summarizer.topics import topic_by_slug
from summarizer.urls import canonical_url, without_tracking

log = logging.getLogger(__name__)
K = TypeVar("K")
V = TypeVar("V")

OUTBOX_SIGNAL = "outbox"
CANCEL_SIGNAL = "cancel:"  # + the broadcast's id: claimed rows of it are skipped
MAX_FAILED_READS = 10_000  # links whose last read failed, remembered (the oldest go first)
MAX_RENDERED = 256  # outbox messages kept rendered, per article and per broadcast
RATE_WINDOW = 60.0  # RATE_LIMIT_PER_MINUTE counts the requests of the last minute


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


def due_today(now: dt.datetime, timezone: str, at_time: str, last_on: str | None) -> str | None:
    """Today's date where ``timezone`` is, if a daily ``at_time`` ("HH:MM") has come and the
    job has not run today; else None. Run late (after a restart) rather than skip a day."""
    local = now.astimezone(ZoneInfo(timezone))
    today = local.date().isoformat()
    if last_on == today or local.strftime("%H:%M") < at_time:
        return None
    return today


def passed_today(now: dt.datetime, timezone: str, at_time: str) -> str | None:
    """Today's date where ``timezone`` is, if a daily ``at_time`` has already passed there:
    a daily job set up now counts as run today, so its first run is the next ``at_time``, not
    at once (``due_today`` catches up on a missed run only once one has been due)."""
    local = now.astimezone(ZoneInfo(timezone))
    return local.date().isoformat() if local.strftime("%H:%M") >= at_time else None


def topic_label(topic: str) -> str:
    found = topic_by_slug(topic)
    return found.label if found else topic


@dataclass
class Services:
    storage: Storage
    settings: Settings
    http: httpx.AsyncClient | None = None
    engine: EnginePool | None = None
    worker: DeliveryWorker | None = None
    # Set by the Application: which instance leads, and the line that signals it.
    leadership: Leadership | None = None
    progress_interval: float = 3.0
    _rendered: dict[tuple[str, int], Rendered | None] = field(default_factory=dict)
    # the push readers' subscriptions of the batch being sent (prepare_outbox; the one worker
    # renders one batch at a time, so the batch's own stand here until the next is prepared)
    _followed: dict[int, list[str]] = field(default_factory=dict)
    # article id -> when reading its page again last failed (time.monotonic()): a site that is
    # down is tried again after PAGE_RECHECK_MINUTES, not on every request, each of which
    # would wait out the fetch's time limit
    _failed_reads: dict[int, float] = field(default_factory=dict)
    # Pages being downloaded at once (each may hold up to 5 MB): more wait their turn.
    fetches: asyncio.Semaphore = field(default_factory=lambda: asyncio.Semaphore(32))

    # -- summaries ----------------------------------------------------------------------------

    async def summary_for_url(
        self, url: str, user_id: int | None, *, extra_topics: Sequence[str] = ()
    ) -> Answer:
        """A link summarized lately is answered from storage; one summarized longer ago than
        PAGE_RECHECK_MINUTES is read again, since pages change (a live blog, a corrected
        story), and answered from storage only if it cannot be read now."""
        key = canonical_url(url)
        stored = await self.storage.articles.by_url(key)
        if stored is not None and not self._due_for_recheck(stored):
            return await self._answered(stored, user_id, from_storage=True)
        try:
            summary = await self._summarize_page(url, extra_topics)
        except SummarizerError as error:
            if stored is None:
                raise
            log.info("could not read %s again (%s): answering from storage", key, error)
            _remember(self._failed_reads, stored.id, time.monotonic(), MAX_FAILED_READS)
            return await self._answered(stored, user_id, from_storage=True)
        if stored is not None:
            self._failed_reads.pop(stored.id, None)
        final = canonical_url(summary.url or url)
        if stored is None:
            return await self._store(summary, user_id, canonical=final, urls=[key, final])
        return await self._refetched(stored, summary, user_id, urls=[key, final])

    async def _summarize_page(self, url: str, extra_topics: Sequence[str]) -> Summary:
        policy = FetchPolicy(allow_private=self.settings.allow_private_urls)
        async with self.fetches:
            page = await fetch_page(url, policy, client=self.http)
        engine = self._engine()
        summary = await engine.summarize_page(page.text, url=page.url, is_html=page.is_html)
        return _with_topics(summary, extra_topics)

    def _due_for_recheck(self, article: StoredArticle) -> bool:
        """Whether a stored link's page is read again: once its summary is older than
        PAGE_RECHECK_MINUTES and, if the last try failed, that long after the try."""
        wait = dt.timedelta(minutes=self.settings.page_recheck_minutes)
        failed = self._failed_reads.get(article.id)
        if failed is not None and time.monotonic() - failed < wait.total_seconds():
            return False
        return article.age() >= wait

    async def _answered(
        self, article: StoredArticle, user_id: int | None, *, from_storage: bool
    ) -> Answer:
        """The answer to a requester, who from now on may open the article's claims."""
        if user_id is not None:
            await self.storage.deliveries.record_sent_to_requester(user_id, article.id)
        return Answer(article, from_storage=from_storage)

    async def _refetched(
        self, stored: StoredArticle, summary: Summary, user_id: int | None, *, urls: list[str]
    ) -> Answer:
        """The page read again: an unchanged one is the stored answer, now known current; a
        changed one replaces it. Never pushed again: those who follow its topics had the
        story, and the topics it was filed under (a feed's) stay with it."""
        summary = _with_topics(summary, stored.summary.topics)
        article = await self.storage.articles.refetched(
            stored.id, summary, content_hash=fingerprint(summary), urls=urls
        )
        return await self._answered(article, user_id, from_storage=False)

    async def summary_for_text(
        self,
        text: str,
        user_id: int | None,
        *,
        private: bool = True,
        extra_topics: Sequence[str] = (),
        url: str | None = None,
    ) -> Answer:
        """Pasted text is private to the person who pasted it: stored for them alone, never
        pushed or listed. Only text from a public source (a feed) passes ``private=False``,
        with the ``url`` of the story, if it has one, for readers to follow."""
        summary = _with_topics(await self._engine().summarize_text(text), extra_topics)
        if url is not None:
            summary = replace(summary, url=without_tracking(url))
        return await self._store(summary, user_id, canonical=None, urls=[], private=private)

    async def allow_summary(self, user_id: int, cost: int) -> bool:
        """The per-user request limit, counted in storage so that a user whose messages land
        on different instances still gets it once."""
        return await self.storage.ratelimits.allow(
            user_id, cost=cost, limit=self.settings.rate_limit_per_minute, window=RATE_WINDOW
        )

    def _engine(self) -> EnginePool:
        if self.engine is None:
            raise RuntimeError("Services.engine must be started before summarizing")
        return self.engine

    async def _store(
        self,
        summary: Summary,
        user_id: int | None,
        *,
        canonical: str | None,
        urls: Sequence[str],
        private: bool = False,
    ) -> Answer:
        article, created = await self.storage.articles.add(
            summary,
            content_hash=fingerprint(summary),
            canonical_url=canonical,
            urls=urls,
            submitted_by=user_id,
            private=private,
        )
        # "summarized 3 hours ago" of a private paste this user never had would tell them that
        # someone else pasted the same text
        seen = not created and (
            not article.is_private
            or (
                user_id is not None and await self.storage.deliveries.was_sent(user_id, article.id)
            )
        )
        if user_id is not None:
            await self.storage.deliveries.record_sent_to_requester(user_id, article.id)
        if created:
            await self.fan_out(article, exclude=user_id)
        return Answer(article, from_storage=seen)

    # -- topic updates ------------------------------------------------------------------------

    async def fan_out(self, article: StoredArticle, *, exclude: int | None) -> int:
        """Queue (or hold for the digest) a new public article for everyone following its
        topics or keywords it mentions (looked up through the keyword index)."""
        if article.is_private:
            return 0
        topics = list(article.summary.topics)
        text = _searchable(article.summary)
        filed = await self.storage.subscriptions.topics_indexed_under(article_tokens(text))
        topics.extend(t for t in filed if _mentioned(text, t))
        users = await self.storage.subscriptions.subscribers_of(topics)
        queued = await self.storage.deliveries.fan_out(article.id, users, exclude=exclude)
        if queued:
            await self.wake()
        return queued

    # -- digests ------------------------------------------------------------------------------

    async def send_due_digests(self, now: dt.datetime | None = None) -> int:
        """One digest a day per digest-mode user, at their hour in their time zone."""
        now = now or dt.datetime.now(dt.UTC)
        count = 0
        for user in await self.storage.users.in_digest_mode():
            today = due_today(now, user.timezone, user.digest_time, user.last_digest_on)
            if today is None:
                continue
            held = await self.storage.deliveries.held_for(user.id)
            if held:
                ref = int(today.replace("-", ""))
                payload = json.dumps(user_digest(held), ensure_ascii=False)
                await self.storage.deliveries.move_to_outbox(
                    user.id, [a.id for a in held], ref, payload
                )
                count += 1
            await self.storage.users.set_last_digest(user.id, today)
        if count:
            await self.wake()
        return count

    async def run_scheduled_digests(self, now: dt.datetime | None = None) -> int:
        """Daily digest broadcasts whose hour has come, once a day each."""
        now = now or dt.datetime.now(dt.UTC)
        started = 0
        for schedule in await self.storage.schedules.all():
            today = due_today(now, schedule.timezone, schedule.at_time, schedule.last_run_on)
            if today is None:
                continue
            if not await self.storage.schedules.ran(schedule.id, today):
                continue
            text = await self.admin_digest(schedule.topic)
            if text is None:
                continue
            draft = await self.storage.broadcasts.create_draft(
                schedule.admin_id, text, kind="digest", topic=schedule.topic
            )
            started += bool(await self.storage.broadcasts.start(draft.id))
        if started:
            await self.wake()
        return started

    async def admin_digest(self, topic: str | None) -> str | None:
        since = (dt.datetime.now(dt.UTC) - dt.timedelta(hours=24)).isoformat(timespec="seconds")
        if topic is None or topic_by_slug(topic) is not None:
            articles = await self.storage.articles.since(since, topic)
        else:  # keywords: the articles that mention them, as their subscribers' pushes were
            articles = [
                article
                for article in await self.storage.articles.since(since)
                if _follows(topic, article.summary.topics, _searchable(article.summary))
            ]
        if not articles:
            return None
        label = f" · {topic_label(topic)}" if topic else ""
        lines = [messages.ADMIN_DIGEST_HEADER.format(topic=messages.esc(label))]
        return "\n\n".join([*lines, *digest_items(articles)])

    # -- broadcasts ----------------------------------------------------------------------------

    async def start_broadcast(self, broadcast_id: int, chat_id: int, message_id: int) -> int:
        """Write one outbox row per recipient and let the worker send them; 0 if not a draft."""
        count = await self.storage.broadcasts.start(broadcast_id)
        if count:
            await self.storage.broadcasts.set_progress_message(broadcast_id, chat_id, message_id)
            await self.wake()
        return count

    async def cancel_broadcast(self, broadcast_id: int) -> bool:
        """Stop a run: queued rows are cancelled in storage, claimed ones by the worker."""
        cancelled = await self.storage.broadcasts.cancel(broadcast_id)
        if cancelled:
            await self._signal(f"{CANCEL_SIGNAL}{broadcast_id}")
        return cancelled

    async def settled_progress(self, broadcast_id: int, timeout: float = 15.0) -> dict[str, int]:
        """A stopped run's counts once the rows in flight when it stopped have gone or been
        withdrawn (read at once, they would give a count that is soon wrong)."""
        deadline = time.monotonic() + timeout
        while True:
            counts = await self.storage.broadcasts.progress(broadcast_id)
            if not counts.get("sending") or time.monotonic() >= deadline:
                return counts
            await asyncio.sleep(0.1)

    async def report_progress(self, bot: Bot, broadcast_id: int) -> None:
        """Edit the admin's confirmation message every few seconds until the run ends."""
        place = await self.storage.broadcasts.progress_message(broadcast_id)
        started = time.monotonic()
        first_sent: int | None = None
        last_text = ""
        while True:
            broadcast = await self.storage.broadcasts.get(broadcast_id)
            if broadcast is None:
                return
            counts = await self.storage.broadcasts.progress(broadcast_id)
            if broadcast.status == "sending":
                await self.storage.broadcasts.finish_if_done(broadcast_id)
            sent = counts.get("sent", 0)
            first_sent = sent if first_sent is None else first_sent
            elapsed = time.monotonic() - started
            rate = (sent - first_sent) / elapsed if elapsed > 0 else 0.0
            stopping = broadcast.status == "cancelled" and counts.get("sending")
            # (stopped with rows in flight: the final count waits until they are settled)
            text = progress_text("sending" if stopping else broadcast.status, counts, rate)
            if place is not None and text != last_text:
                try:
                    await bot.edit_message_text(text, chat_id=place[0], message_id=place[1])
                    last_text = text
                except TelegramError as error:
                    log.info("progress edit for broadcast %s failed: %s", broadcast_id, error)
            if broadcast.status == "done":
                return
            if broadcast.status == "cancelled" and not stopping:
                return
            await asyncio.sleep(self.progress_interval)

    # -- the outbox ---------------------------------------------------------------------------

    @property
    def is_leader(self) -> bool:
        """Whether this instance runs the outbox, feeds and digests (one instance: always)."""
        return self.leadership is None or self.leadership.is_leader

    async def wake(self) -> None:
        """New rows are in the outbox: the leader, wherever it runs, looks now."""
        await self._signal(OUTBOX_SIGNAL)

    def heard(self, signal: str) -> None:
        """A signal for the leader (this instance's own included); followers ignore them."""
        if self.worker is None or not self.is_leader:
            return
        if signal == OUTBOX_SIGNAL:
            self.worker.wake()
        elif signal.startswith(CANCEL_SIGNAL) and signal[len(CANCEL_SIGNAL) :].isdigit():
            self.worker.cancel_run(int(signal[len(CANCEL_SIGNAL) :]))

    async def _signal(self, signal: str) -> None:
        if self.leadership is None:
            self.heard(signal)
        else:
            await self.leadership.lease.signal(signal)

    async def prepare_outbox(self, items: Sequence[OutboxItem]) -> None:
        """Before a claimed batch is sent: its push readers' subscriptions, read at once."""
        self._followed = {}  # (a failed read leaves none: each push then asks on its own)
        readers = sorted({item.chat_id for item in items if item.kind == "push"})
        self._followed = await self.storage.subscriptions.topics_of_many(readers)

    async def render_outbox(self, item: OutboxItem) -> Rendered | None:
        """The messages for one outbox row (cached per article and per broadcast)."""
        if item.kind == "user_digest":
            return Rendered(json.loads(item.payload or "[]"))
        key = (item.kind, item.ref_id)
        if key not in self._rendered:
            _remember(self._rendered, key, await self._render(item), MAX_RENDERED)
        rendered = self._rendered[key]
        if not isinstance(rendered, _Push):
            return rendered
        return await self._headed_push(item.chat_id, rendered)

    async def _headed_push(self, user_id: int, push: _Push) -> Rendered:
        """A push says why it came: the reader's own topics and keywords it matches (one who
        follows "rooftops" is not told of "Climate & environment")."""
        followed = self._followed.get(user_id)
        if followed is None:
            followed = await self.storage.subscriptions.topics_of(user_id)
        matched = [t for t in followed if _follows(t, push.topics, push.text)]
        labels = ", ".join(topic_label(t) for t in matched) or push.labels or "your topics"
        header = messages.PUSH_HEADER.format(topics=messages.esc(labels))
        texts = list(push.texts)
        texts[0] = f"{header}\n\n{texts[0]}"
        return Rendered(texts, push.markup)

    async def _render(self, item: OutboxItem) -> Rendered | None:
        if item.kind == "push":
            article = await self.storage.articles.by_id(item.ref_id)
            if article is None:
                return None
            summary = article.summary
            rows = claims_rows(article)
            return _Push(
                texts=render_html(summary),
                markup=InlineKeyboardMarkup(rows).to_dict() if rows else None,
                topics=summary.topics,
                text=_searchable(summary),
                labels=", ".join(topic_label(t) for t in summary.topics if topic_by_slug(t)),
            )
        broadcast = await self.storage.broadcasts.get(item.ref_id)
        if broadcast is None:
            return None
        return Rendered(pack_messages(broadcast.text.split("\n")))


@dataclass(frozen=True)
class _Push(Rendered):
    """An article's push as every reader gets it, and what it matches: the header that
    names each reader's own topics is added per reader."""

    topics: tuple[str, ...] = ()
    text: str = ""  # lower-case, as keywords are matched
    labels: str = ""  # the article's catalog topics, for a reader whose match is gone


def _follows(topic: str, tagged: Sequence[str], text: str) -> bool:
    """Whether a subscription to ``topic`` follows an article tagged ``tagged`` whose
    searchable text is ``text``: the digests of a topic list what its pushes carried."""
    return topic in tagged or _mentioned(text, topic)


def _mentioned(text: str, topic: str) -> bool:
    """A keyword subscription that an article's text mentions (a catalog topic is tagged)."""
    return topic_by_slug(topic) is None and mentions(text, topic)


def claims_version(article: StoredArticle) -> str:
    """The version of an article a claims button is made for (a page read again since has
    other claims, numbered otherwise, than the answer the button is under)."""
    return article.content_hash[:8]


def claims_rows(article: StoredArticle) -> list[list[InlineKeyboardButton]]:
    """The "Full claims list" button, for an article with a claim to list (under one with none
    it could only say so, and under a non-English one the answer says flags cover English)."""
    if not flagged_count(article.summary):
        return []
    data = callbacks.encode(callbacks.ClaimsPage(article.id, 0, claims_version(article)))
    return [[InlineKeyboardButton(messages.CLAIMS_BUTTON, callback_data=data)]]


def progress_text(status: str, counts: dict[str, int], rate: float) -> str:
    sent, failed, blocked = (
        counts.get("sent", 0),
        counts.get("failed", 0),
        counts.get("blocked", 0),
    )
    remaining = counts.get("queued", 0) + counts.get("sending", 0)
    if status == "cancelled":
        return messages.BROADCAST_CANCELLED_RUN.format(
            sent=sent, blocked=blocked, failed=failed, skipped=counts.get("cancelled", 0)
        )
    if status == "done":
        return messages.BROADCAST_DONE.format(sent=sent, blocked=blocked, failed=failed)
    if remaining == 0:
        eta = messages.ETA_FINISHING
    else:
        eta = messages.eta(remaining / rate) if rate > 0 else messages.ETA_UNKNOWN
    return messages.BROADCAST_PROGRESS.format(
        sent=sent, blocked=blocked, failed=failed, remaining=remaining, eta=eta
    )


# A digest is read in one sitting: the first articles with two lines each, the next by title
# only, and past that a count (a user whose keywords match hundreds of articles a day gets two
# messages, not a dozen).
DIGEST_IN_FULL = 8
DIGEST_BY_TITLE = 40


def user_digest(articles: Sequence[StoredArticle]) -> list[str]:
    count = len(articles)
    header = messages.DIGEST_HEADER.format(count=count, plural=messages.plural(count))
    return pack_messages("\n\n".join([header, *digest_items(articles)]).split("\n"))


def digest_items(articles: Sequence[StoredArticle]) -> list[str]:
    """The digest's body: one block per article in full, then one block of titles."""
    items = [_digest_item(article) for article in articles[:DIGEST_IN_FULL]]
    by_title = articles[DIGEST_IN_FULL : DIGEST_IN_FULL + DIGEST_BY_TITLE]
    if by_title:
        titles = [messages.DIGEST_MORE] + [f"• {_digest_title(a)}" for a in by_title]
        left = len(articles) - DIGEST_IN_FULL - len(by_title)
        if left:
            titles.append(messages.DIGEST_LEFT.format(count=left, plural=messages.plural(left)))
        items.append("\n".join(titles))
    return items


def _digest_item(article: StoredArticle) -> str:
    summary = article.summary
    lines = "\n".join(messages.esc(s.text) for s in summary.summary[:2])
    flagged = flagged_count(summary)
    flags = (
        messages.DIGEST_FLAGS.format(count=flagged, plural=messages.plural(flagged))
        if flagged
        else ""
    )
    return messages.DIGEST_ITEM.format(title=_digest_title(article), lines=lines, flags=flags)


def _digest_title(article: StoredArticle) -> str:
    summary = article.summary
    title = messages.esc(summary.title or summary.url or "Untitled")
    if summary.url:
        title = f'<a href="{messages.esc(summary.url)}">{title}</a>'
    return title


def _remember(memory: dict[K, V], key: K, value: V, limit: int) -> None:
    """Keep ``value`` under ``key``, forgetting the oldest entry past ``limit``: a long-running
    process's memory of pages and messages must not grow without end."""
    memory[key] = value
    if len(memory) > limit:
        memory.pop(next(iter(memory)))


def _with_topics(summary: Summary, extra: Sequence[str]) -> Summary:
    """A feed's topic joins the ones the tagger found, so its subscribers get the entry."""
    if not extra:
        return summary
    return replace(summary, topics=tuple(dict.fromkeys((*extra, *summary.topics))))


def _searchable(summary: Summary) -> str:
    parts = [
        summary.title or "",
        *(s.text for s in summary.summary),
        *(s.text for s in summary.claims),
    ]
    return " ".join(parts).lower()
