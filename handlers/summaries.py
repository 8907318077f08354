"""Links and pasted articles in, summaries out; the buttons under a summary."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, MessageEntity, Update
from telegram.constants import ChatAction
from telegram.error import Forbidden, TelegramError
from telegram.ext import Application, ContextTypes

from bot import callbacks, messages
from bot.services import Answer, claims_rows, claims_version, topic_label
from handlers.common import blocked_meanwhile, services_of
from storage import Subscribed
from summarizer import MAX_TEXT_CHARS, SummarizerError, TooLarge
from summarizer.render import (
    MAX_MESSAGE_CHARS,
    flagged_count,
    render_claims_page,
    render_html,
)
from summarizer.sentences import ends_as_sentence, words
from summarizer.topics import topic_by_slug
from summarizer.urls import find_urls

log = logging.getLogger(__name__)
MAX_LINKS = 3
# Telegram's apps send a paste longer than one message holds as several messages, back to
# back, each but the last at least half the limit long: Telegram Desktop cuts at the last
# paragraph or sentence break past the middle, other apps at the limit. A plain pasted message
# that long may be the first part: the parts are read whole once one shorter than that (the
# last) has come, or none has for PASTE_QUIET_SECONDS.
TELEGRAM_MESSAGE_CHARS = 4_096
PASTE_PART_CHARS = TELEGRAM_MESSAGE_CHARS // 2
PASTE_QUIET_SECONDS = 1.5


@dataclass
class _Paste:
    """A paste arriving in parts: the message the answer replies to, and the parts so far."""

    first: Message
    user_id: int
    parts: list[str]
    # answered already (too large): the parts still arriving are swallowed, not a new paste
    answered: bool = False

    def text(self) -> str:
        """The parts joined as they were cut: at the limit (maybe inside a word) with nothing;
        at a line break (Desktop cuts at the last one past the middle, when there is one)
        or after a sentence's end with a line break; elsewhere with a space."""
        joined = self.parts[0]
        for before, part in pairwise(self.parts):
            if len(before) >= TELEGRAM_MESSAGE_CHARS:
                joined += part
            elif "\n" in before[PASTE_PART_CHARS:] or ends_as_sentence(before):
                joined += "\n" + part
            else:
                joined += " " + part
        return joined


def links_in(message: Message) -> list[str]:
    """Links Telegram marked in the message (text or caption), then any it missed."""
    entities = message.parse_entities([MessageEntity.URL, MessageEntity.TEXT_LINK])
    entities |= message.parse_caption_entities([MessageEntity.URL, MessageEntity.TEXT_LINK])
    found = [
        e.url if e.type == MessageEntity.TEXT_LINK and e.url else t for e, t in entities.items()
    ]
    found = [u if u.lower().startswith("http") else f"https://{u}" for u in found]
    found += find_urls(message.text or message.caption or "")
    return list(dict.fromkeys(found))


def is_pasted_article(text: str) -> bool:
    """An article's worth of words besides its links: the user pasted an article that
    mentions links, and wants that text summarized, not the pages it links to. Words as
    spaces part them, or, in lines of prose, as the engine counts them (a Chinese or
    Japanese character is one): a line of Chinese comment above a link is no article."""
    prose = " ".join(word for word in text.split() if not find_urls(word))
    if len(prose.split()) >= messages.MIN_PASTED_WORDS:
        return True
    lines = [line for line in text.splitlines() if _has_prose(line)]
    return len(lines) >= 2 and len(words(prose)) >= messages.MIN_PASTED_WORDS


def _has_prose(text: str) -> bool:
    """A word in ``text`` that is not a link."""
    return any(not find_urls(word) for word in text.split())


async def summarize_message(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Reply to a message with one summary per link, or summarize the pasted article.

    Each link counts against the user's rate limit, and a message's links are fetched at the
    same time (answered in order): a flood of slow links is refused early instead of queueing
    minutes of work behind the user's later messages.
    """
    message = update.effective_message
    user = update.effective_user
    assert message is not None and user is not None
    services = services_of(context)
    text = message.text or message.caption or ""
    plain = _may_be_part_of_a_paste(message)
    if plain and await _continues_a_paste(context, message, user.id):
        return
    links = [] if is_pasted_article(text) else links_in(message)
    if not links and len(words(text)) < messages.MIN_PASTED_WORDS:
        await message.reply_text(messages.SHORT_CHATTER)  # (costs no request: nothing to do)
        return
    if not await services.allow_summary(user.id, cost=max(1, len(links[:MAX_LINKS]))):
        await message.reply_text(messages.RATE_LIMITED)
        if not links and plain and len(text) >= PASTE_PART_CHARS:
            # refused with its first part: the rest of the paste is neither refused once a
            # part nor, once the limit has room, read from its middle as an article
            _wait_for_parts(context, _Paste(message, user.id, [text], answered=True))
        return
    if not links and plain and len(text) >= PASTE_PART_CHARS:
        await message.reply_chat_action(ChatAction.TYPING)
        _wait_for_parts(context, _Paste(message, user.id, [text]))
        return
    if len(links) > MAX_LINKS:
        await message.reply_text(messages.TOO_MANY_LINKS.format(limit=MAX_LINKS))
    await message.reply_chat_action(ChatAction.TYPING)
    jobs = [services.summary_for_url(url, user.id) for url in links[:MAX_LINKS]] or [
        services.summary_for_text(text, user.id)
    ]
    tasks = [asyncio.ensure_future(job) for job in jobs]
    try:
        for index, task in enumerate(tasks):
            try:
                answer = await task
            except SummarizerError as error:
                log.info("could not summarize for %s: %s", user.id, error)
                reply = messages.esc(error.user_message)
                if len(tasks) > 1:  # which of the links it was
                    reply = messages.LINK_FAILED.format(
                        url=messages.esc(links[index]), reply=reply
                    )
                await message.reply_text(reply, do_quote=len(tasks) > 1)
                continue
            await reply_with_summary(message, answer)
    finally:
        for task in tasks:
            task.cancel()


def _paste_job(chat_id: int, user_id: int) -> str:
    return f"paste:{chat_id}:{user_id}"


def _may_be_part_of_a_paste(message: Message) -> bool:
    """Text the user typed or pasted: not a forwarded post (several long ones forwarded at
    once are several articles), not a caption, not links alone (a link sent right after a
    paste is a request of its own)."""
    text = message.text
    return text is not None and message.forward_origin is None and _has_prose(text)


async def _continues_a_paste(
    context: ContextTypes.DEFAULT_TYPE, message: Message, user_id: int
) -> bool:
    """Whether the message is the next part of a paste still arriving; the last part (a short
    one) has the paste read at once, a long one waits for more."""
    assert context.job_queue is not None
    waiting = context.job_queue.get_jobs_by_name(_paste_job(message.chat_id, user_id))
    if not waiting or not isinstance(paste := waiting[0].data, _Paste):
        return False
    for job in waiting:
        job.schedule_removal()
    if paste.answered:  # the rest of a paste refused as too large
        _wait_for_parts(context, paste)
        return True
    paste.parts.append(message.text or "")
    if sum(map(len, paste.parts)) > MAX_TEXT_CHARS:
        paste.answered = True
        await message.reply_text(messages.esc(TooLarge.user_message))
        _wait_for_parts(context, paste)
    elif len(paste.parts[-1]) < PASTE_PART_CHARS:
        await _answer_paste(context, paste)
    else:
        _wait_for_parts(context, paste)
    return True


def _wait_for_parts(context: ContextTypes.DEFAULT_TYPE, paste: _Paste) -> None:
    assert context.job_queue is not None
    name = _paste_job(paste.first.chat_id, paste.user_id)
    _waiting(context.bot_data)[name] = paste
    context.job_queue.run_once(
        _paste_complete,
        PASTE_QUIET_SECONDS,
        data=paste,
        name=name,
        job_kwargs={"misfire_grace_time": None},  # late, on a busy loop, is still answered
    )


def _waiting(bot_data: dict[Any, Any]) -> dict[str, _Paste]:
    """The pastes waiting for their parts, by job name: a stop answers them (a job not yet
    run when the job queue stops is dropped, and with it a paste Telegram was told was
    received)."""
    waiting: dict[str, _Paste] = bot_data.setdefault("pastes waiting for parts", {})
    return waiting


async def answer_waiting_pastes(
    application: Application[Any, Any, Any, Any, Any, Any], timeout: float = 30.0
) -> None:
    """At a stop: every paste still waiting for parts is read as it is, and answered, all at
    once and for at most ``timeout`` seconds; one that fails is logged, not the stop's end."""
    context = ContextTypes.DEFAULT_TYPE(application)
    waiting = _waiting(application.bot_data)
    pending = [paste for paste in waiting.values() if not paste.answered]
    waiting.clear()
    if not pending:
        return
    try:
        async with asyncio.timeout(timeout):
            outcomes = await asyncio.gather(
                *(_answer_paste(context, paste) for paste in pending), return_exceptions=True
            )
    except TimeoutError:
        log.warning("stopped before %d waiting paste(s) were answered", len(pending))
        return
    for paste, outcome in zip(pending, outcomes, strict=True):
        if isinstance(outcome, Exception):
            log.error("could not answer %s's paste at the stop", paste.user_id, exc_info=outcome)


async def _paste_complete(context: ContextTypes.DEFAULT_TYPE) -> None:
    assert context.job is not None and isinstance(context.job.data, _Paste)
    paste = context.job.data
    if paste.answered:  # the rest of a paste refused: swallowed, and no longer waiting
        _done_waiting(context.bot_data, paste)
    else:
        await _answer_paste(context, paste)


def _done_waiting(bot_data: dict[Any, Any], paste: _Paste) -> None:
    name = _paste_job(paste.first.chat_id, paste.user_id)
    if _waiting(bot_data).get(name) is paste:
        del _waiting(bot_data)[name]


async def _answer_paste(context: ContextTypes.DEFAULT_TYPE, paste: _Paste) -> None:
    """The parts of a paste, read as the one article they are, answered under the first. (A
    job has no update for the error handler to answer, so an unexpected error is answered
    here, and a user who blocked Sift meanwhile is marked here.)"""
    paste.answered = True  # (once: by its last part, its quiet time, or a stop)
    _done_waiting(context.bot_data, paste)
    try:
        await _summarize_paste(context, paste)
    except Forbidden as error:
        await blocked_meanwhile(context, paste.first.chat_id, error)


async def _summarize_paste(context: ContextTypes.DEFAULT_TYPE, paste: _Paste) -> None:
    message = paste.first
    try:
        with contextlib.suppress(TelegramError):  # "typing…" is no reason to give up
            await message.reply_chat_action(ChatAction.TYPING)
        answer = await services_of(context).summary_for_text(paste.text(), paste.user_id)
    except SummarizerError as error:
        log.info("could not summarize for %s: %s", paste.user_id, error)
        await message.reply_text(messages.esc(error.user_message))
        return
    except Exception:
        log.exception("could not summarize a paste in parts for %s", paste.user_id)
        await message.reply_text(messages.SOMETHING_WENT_WRONG)
        return
    await reply_with_summary(message, answer)


async def edited_message(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """An edit is not read as a new request (an answer already given would be answered
    again); the user, who may have just corrected a link, is told to send it anew."""
    message = update.effective_message
    assert message is not None
    await message.reply_text(messages.EDITS_NOT_READ, do_quote=True)


async def reply_with_summary(message: Message, answer: Answer) -> None:
    summary = answer.article.summary
    texts = render_html(summary)
    if answer.from_storage:
        age = messages.age_in_words(answer.article.age())
        note = f"\n{messages.FROM_STORAGE_NOTE.format(age=age)}"
        if len(texts[-1]) + len(note) <= MAX_MESSAGE_CHARS:
            texts[-1] += note
    for index, text in enumerate(texts):
        markup = summary_keyboard(answer) if index == len(texts) - 1 else None
        await message.reply_text(text, reply_markup=markup, do_quote=index == 0)


def summary_keyboard(answer: Answer) -> InlineKeyboardMarkup | None:
    topics = [t for t in answer.article.summary.topics if topic_by_slug(t)][:3]
    rows = [
        [
            InlineKeyboardButton(
                messages.SUBSCRIBE_BUTTON.format(label=topic_label(topic)),
                callback_data=callbacks.encode(callbacks.SubscribeTap(topic)),
            )
        ]
        for topic in topics
    ]
    rows += claims_rows(answer.article)
    return InlineKeyboardMarkup(rows) if rows else None


async def show_claims(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """ "Full claims list": one page of the article's flagged claims, with a button to the next
    page. Only someone who received the article may open it: the id in a button is no secret,
    and pasted articles are private."""
    query = update.callback_query
    assert query is not None
    wanted = callbacks.read(query, callbacks.ClaimsPage)
    storage = services_of(context).storage
    article = None
    if await storage.deliveries.was_sent(query.from_user.id, wanted.article_id):
        article = await storage.articles.by_id(wanted.article_id)
    if article is None:
        await query.answer(messages.ARTICLE_GONE, show_alert=True)
        return
    if wanted.version and wanted.version != claims_version(article):
        await query.answer(messages.ARTICLE_CHANGED, show_alert=True)
        return
    await query.answer()
    texts, pages = render_claims_page(article.summary.claims, wanted.page)
    if not texts:
        await context.bot.send_message(query.from_user.id, messages.NO_CLAIMS)
        return
    page = min(wanted.page, pages - 1)
    if page == 0:
        header = messages.CLAIMS_HEADER.format(count=flagged_count(article.summary))
        texts[0] = f"{header}\n\n{texts[0]}"
    markup = None
    if page + 1 < pages:
        more = messages.CLAIMS_MORE_BUTTON.format(page=page + 2, pages=pages)
        data = callbacks.encode(callbacks.ClaimsPage(article.id, page + 1, wanted.version))
        markup = InlineKeyboardMarkup([[InlineKeyboardButton(more, callback_data=data)]])
    for index, text in enumerate(texts):
        last = index == len(texts) - 1
        await context.bot.send_message(
            query.from_user.id, text, reply_markup=markup if last else None
        )


async def subscribe_from_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """ "Subscribe to <topic>" under a summary: subscribe and say so in a toast."""
    query = update.callback_query
    assert query is not None
    topic = callbacks.read(query, callbacks.SubscribeTap).slug
    services = services_of(context)
    outcome = await services.storage.subscriptions.add(
        query.from_user.id, topic, limit=services.settings.max_subscriptions
    )
    label = topic_label(topic)
    template = {
        Subscribed.ADDED: messages.TOPIC_TOGGLED_ON,
        Subscribed.ALREADY: messages.ALREADY_SUBSCRIBED,
        Subscribed.FULL: messages.SUBSCRIPTIONS_FULL,
    }[outcome]
    text = template.format(topic=label, limit=services.settings.max_subscriptions)
    await query.answer(
        text.replace("<b>", "").replace("</b>", ""), show_alert=outcome is Subscribed.FULL
    )


async def expired_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Any press Sift cannot read (an old keyboard, or forged data) gets a short answer, so the
    user's client stops spinning and nothing half-parsed reaches a handler."""
    query = update.callback_query
    assert query is not None
    await query.answer(messages.BUTTON_EXPIRED)
