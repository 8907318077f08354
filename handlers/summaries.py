"""Links and pasted articles in, summaries out; the buttons under a summary."""

from __future__ import annotations

import logging

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, MessageEntity, Update
from telegram.constants import ChatAction
from telegram.ext import ContextTypes

from bot import messages
from bot.services import Answer, claims_button, topic_label
from handlers.common import services_of
from summarizer import SummarizerError
from summarizer.render import claims_lines, render_html, render_lines_html
from summarizer.topics import topic_by_slug
from summarizer.urls import find_urls

log = logging.getLogger(__name__)
MAX_LINKS = 3


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


async def summarize_message(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Reply to a message with one summary per link, or summarize the pasted article."""
    message = update.effective_message
    user = update.effective_user
    assert message is not None and user is not None
    services = services_of(context)
    if not context.bot_data["rate_limiter"].allow(user.id):
        await message.reply_text(messages.RATE_LIMITED)
        return
    links = links_in(message)
    text = message.text or message.caption or ""
    if not links and len(text.split()) < messages.MIN_PASTED_WORDS:
        await message.reply_text(messages.SHORT_CHATTER)
        return
    if len(links) > MAX_LINKS:
        await message.reply_text(messages.TOO_MANY_LINKS.format(limit=MAX_LINKS))
    await message.reply_chat_action(ChatAction.TYPING)
    jobs = [services.summary_for_url(url, user.id) for url in links[:MAX_LINKS]] or [
        services.summary_for_text(text, user.id)
    ]
    for job in jobs:
        try:
            answer = await job
        except SummarizerError as error:
            log.info("could not summarize for %s: %s", user.id, error)
            await message.reply_text(messages.esc(error.user_message))
            continue
        await reply_with_summary(message, answer)


async def reply_with_summary(message: Message, answer: Answer) -> None:
    summary = answer.article.summary
    texts = render_html(summary)
    if answer.from_storage:
        texts[-1] += f"\n{messages.FROM_STORAGE_NOTE}"
    for index, text in enumerate(texts):
        markup = summary_keyboard(answer) if index == len(texts) - 1 else None
        await message.reply_text(text, reply_markup=markup, do_quote=index == 0)


def summary_keyboard(answer: Answer) -> InlineKeyboardMarkup:
    topics = [t for t in answer.article.summary.topics if topic_by_slug(t)][:3]
    rows = [
        [
            InlineKeyboardButton(
                messages.SUBSCRIBE_BUTTON.format(label=topic_label(topic)),
                callback_data=f"sub:{topic}",
            )
        ]
        for topic in topics
    ]
    rows.append([claims_button(answer.article.id)])
    return InlineKeyboardMarkup(rows)


async def show_claims(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """ "Full claims list": every sentence with a status, as new messages."""
    query = update.callback_query
    assert query is not None and query.data is not None
    article = await services_of(context).storage.articles.by_id(int(query.data.split(":")[1]))
    await query.answer()
    if article is None:
        await context.bot.send_message(query.from_user.id, messages.ARTICLE_GONE)
        return
    claims = article.summary.claims
    if not claims:
        await context.bot.send_message(query.from_user.id, messages.NO_CLAIMS)
        return
    header = messages.CLAIMS_HEADER.format(count=len(claims))
    texts = render_lines_html(claims_lines(claims))
    texts[0] = f"{header}\n\n{texts[0]}"
    for text in texts:
        await context.bot.send_message(query.from_user.id, text)


async def subscribe_from_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """ "Subscribe to <topic>" under a summary: subscribe and say so in a toast."""
    query = update.callback_query
    assert query is not None and query.data is not None
    topic = query.data.split(":", 1)[1]
    added = await services_of(context).storage.subscriptions.add(query.from_user.id, topic)
    label = topic_label(topic)
    template = messages.TOPIC_TOGGLED_ON if added else messages.ALREADY_SUBSCRIBED
    await query.answer(template.format(topic=label).replace("<b>", "").replace("</b>", ""))
