"""Admin commands: /broadcast and /digest (preview, then confirm), /stats."""

from __future__ import annotations

import datetime as dt
import re

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.ext import ContextTypes

from bot import callbacks, messages
from bot.services import due_today, passed_today, topic_label
from handlers.common import admin_only, command_text, reply_in_parts, services_of
from handlers.subscriptions import parse_clock, too_long_for_a_topic, topic_from_words
from storage import BroadcastRepository, row_id
from summarizer.render import MAX_MESSAGE_CHARS


def confirm_keyboard(broadcast_id: int) -> InlineKeyboardMarkup:
    send = callbacks.encode(callbacks.BroadcastChoice("send", broadcast_id))
    cancel = callbacks.encode(callbacks.BroadcastChoice("cancel", broadcast_id))
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(messages.CONFIRM_BUTTON, callback_data=send),
                InlineKeyboardButton(messages.CANCEL_BUTTON, callback_data=cancel),
            ]
        ]
    )


@admin_only
async def broadcast(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/broadcast TEXT: show a preview with Send / Cancel buttons."""
    message, user = update.effective_message, update.effective_user
    assert message is not None and user is not None
    text = broadcast_html(message)
    if not text:
        await message.reply_text(messages.BROADCAST_USAGE)
        return
    storage = services_of(context).storage
    draft = await storage.broadcasts.create_draft(user.id, text)
    count = len(await storage.users.active_ids())
    preview = messages.BROADCAST_PREVIEW.format(
        count=count, audience=f"active user{messages.plural(count)}", text=text
    )
    await reply_preview(message, preview, draft.id)


_COMMAND = re.compile(r"\A/\w+(?:@\w+)?\s*")
# the preview's header goes with the text in the first message
_PREVIEW_HEADER_ROOM = 200


def broadcast_html(message: Message) -> str:
    """What follows /broadcast, as the admin wrote it: on the same line or the next, with the
    bold, links and other formatting Telegram's apps send alongside the text. Formatting is
    kept when the message fits in one Telegram message; a longer one goes out in parts, cut
    between lines, where a tag left open would be refused, so it goes out as plain text."""
    html = _COMMAND.sub("", message.text_html or "", count=1).strip()
    if len(html) <= MAX_MESSAGE_CHARS - _PREVIEW_HEADER_ROOM:
        return html
    return messages.esc(_COMMAND.sub("", message.text or "", count=1).strip())


@admin_only
async def digest(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/digest [TOPIC]: the last 24 hours as a digest, previewed before it goes out."""
    message, user = update.effective_message, update.effective_user
    assert message is not None and user is not None
    words = command_text(context)
    if too_long_for_a_topic(words):
        await message.reply_text(messages.KEYWORDS_TOO_LONG)
        return
    topic = topic_from_words(words) if words else None
    services = services_of(context)
    text = await services.admin_digest(topic)
    label = f" on {topic_label(topic)}" if topic else ""
    if text is None:
        await message.reply_text(messages.ADMIN_DIGEST_EMPTY.format(topic=messages.esc(label)))
        return
    draft = await services.storage.broadcasts.create_draft(
        user.id, text, kind="digest", topic=topic
    )
    if topic:
        count = len(await services.storage.subscriptions.subscribers_of([topic]))
        audience = f"subscriber{messages.plural(count)} of {messages.esc(topic_label(topic))}"
    else:
        count = len(await services.storage.users.active_ids())
        audience = f"active user{messages.plural(count)}"
    preview = messages.BROADCAST_PREVIEW.format(count=count, audience=audience, text=text)
    await reply_preview(message, preview, draft.id)


async def reply_preview(message: Message, preview: str, draft_id: int) -> None:
    """A preview as long as the message it shows goes out in as many messages as that one
    will (a full-length broadcast and its header do not fit in one), the buttons under the
    last."""
    await reply_in_parts(message, preview, reply_markup=confirm_keyboard(draft_id))


@admin_only
async def confirm_broadcast(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Send or Cancel under a preview."""
    query = update.callback_query
    assert query is not None
    choice = callbacks.read(query, callbacks.BroadcastChoice)
    broadcast_id = choice.broadcast_id
    services = services_of(context)
    if choice.action == "cancel":
        if await services.storage.broadcasts.cancel_draft(broadcast_id):
            await query.answer()
            await query.edit_message_text(messages.BROADCAST_CANCELLED)
        elif await services.cancel_broadcast(broadcast_id):
            # pressed after Send (a double tap): the run stops, and its report, this very
            # message, ends with what was sent and what was not
            await query.answer(messages.BROADCAST_STOPPING)
        else:
            await query.answer(messages.BROADCAST_GONE)
        return
    assert query.message is not None
    count = await services.start_broadcast(
        broadcast_id, query.message.chat.id, query.message.message_id
    )
    if count == 0:
        await query.answer(messages.BROADCAST_GONE)  # a late second tap: the report stays
        return
    await query.answer()
    await query.edit_message_text(
        messages.BROADCAST_SENDING.format(count=count, plural=messages.plural(count))
    )
    context.application.create_task(services.report_progress(context.bot, broadcast_id))


@admin_only
async def cancel_broadcast(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/broadcast_cancel [ID]: stop a running broadcast (the latest one if no id is given)."""
    message, user = update.effective_message, update.effective_user
    assert message is not None and user is not None
    broadcasts = services_of(context).storage.broadcasts
    running = await broadcasts.sending()
    raw = command_text(context)
    typed = row_id(raw) if raw else None
    if raw and typed is None:  # (not an id: words, "²", more digits than an id holds)
        await message.reply_text(messages.BROADCAST_CANCEL_USAGE)
        return
    if not raw and not running and await _cancel_newest_draft(broadcasts, user.id):
        await message.reply_text(messages.BROADCAST_CANCELLED)
        return
    wanted = typed if raw else (running[-1].id if running else None)
    if wanted is None or not await services_of(context).cancel_broadcast(wanted):
        await message.reply_text(messages.BROADCAST_CANCEL_NONE)
        return
    progress = await services_of(context).settled_progress(wanted)
    await message.reply_text(
        messages.BROADCAST_CANCELLED_RUN.format(
            sent=progress.get("sent", 0),
            skipped=progress.get("cancelled", 0),
            blocked=progress.get("blocked", 0),
            failed=progress.get("failed", 0),
        )
    )


async def _cancel_newest_draft(broadcasts: BroadcastRepository, admin_id: int) -> bool:
    """With nothing running, the stop is for the admin's last preview: its Send may be
    pressed and waiting behind the admin's own request, which the stop overtakes."""
    draft = await broadcasts.newest_draft(admin_id)
    return draft is not None and await broadcasts.cancel_draft(draft.id)


@admin_only
async def schedule_digest(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/schedule_digest HH:MM [TOPIC] | off [TOPIC] | (nothing: list them)."""
    message, user = update.effective_message, update.effective_user
    assert message is not None and user is not None
    services = services_of(context)
    args = [str(a) for a in (context.args or [])]
    if not args:
        schedules = await services.storage.schedules.all()
        if not schedules:
            await message.reply_text(messages.SCHEDULE_USAGE)
            return
        lines = [messages.SCHEDULES_HEADER] + [
            messages.SCHEDULE_LINE.format(
                time=s.at_time,
                timezone=messages.zone_label(s.timezone),
                audience=_audience(s.topic),
            )
            for s in schedules
        ]
        await reply_in_parts(message, "\n".join(lines))
        return
    if too_long_for_a_topic(" ".join(args[1:])):
        await message.reply_text(messages.KEYWORDS_TOO_LONG)
        return
    topic = topic_from_words(" ".join(args[1:])) if len(args) > 1 else None
    if args[0].lower() == "off":
        removed = await services.storage.schedules.remove(topic)
        template = messages.SCHEDULE_OFF if removed else messages.SCHEDULE_NONE
        await message.reply_text(template.format(audience=_audience(topic)))
        return
    at_time = parse_clock(args[0])
    if at_time is None:
        await message.reply_text(messages.NOT_A_TIME.format(raw=messages.esc(args[0])))
        return
    if args[1:2] and args[1].lower() == "off":  # "07:00 off": a stop, not a topic "off"
        await message.reply_text(messages.SCHEDULE_OFF_HOW)
        return
    stored = await services.storage.users.get(user.id)
    timezone = stored.timezone if stored else "UTC"
    now = dt.datetime.now(dt.UTC)
    # (a run of the old schedule already due, not yet made, still goes out at the new time)
    due = any(
        old.topic == topic and due_today(now, old.timezone, old.at_time, old.last_run_on)
        for old in await services.storage.schedules.all()
    )
    ran_on = None if due else passed_today(now, timezone, at_time)
    await services.storage.schedules.set(user.id, topic, at_time, timezone, ran_on=ran_on)
    await message.reply_text(
        messages.SCHEDULE_SET.format(
            time=at_time, timezone=messages.zone_label(timezone), audience=_audience(topic)
        )
    )


def _audience(topic: str | None) -> str:
    if topic is None:
        return "all active users"
    return f"subscribers of {messages.esc(topic_label(topic))}"


@admin_only
async def stats(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/stats: users, articles, deliveries, subscriptions per topic."""
    message = update.effective_message
    assert message is not None
    storage = services_of(context).storage
    users, active, blocked = await storage.users.counts()
    deliveries = await storage.deliveries.counts()
    per_topic = await storage.subscriptions.counts_by_topic()
    runs = []
    for run in await storage.broadcasts.latest():
        counts = await storage.broadcasts.progress(run.id)
        runs.append(
            messages.RUN_LINE.format(
                id=run.id,
                kind=run.kind,
                topic=f" ({messages.esc(topic_label(run.topic))})" if run.topic else "",
                status=run.status,
                sent=counts.get("sent", 0),
                blocked=counts.get("blocked", 0),
                failed=counts.get("failed", 0),
            )
        )
    last_runs = "\n\n" + messages.LAST_RUNS.format(runs="\n".join(runs)) if runs else ""
    await reply_in_parts(
        message,
        messages.STATS.format(
            users=users,
            active=active,
            blocked=blocked,
            articles=await storage.articles.count(),
            deliveries=", ".join(f"{k} {v}" for k, v in sorted(deliveries.items())) or "none",
            subscriptions="\n".join(f"• {messages.esc(topic_label(t))}: {n}" for t, n in per_topic)
            or "none",
        )
        + last_runs,
    )
