"""What every handler needs: the services, the sender, and the admin check."""

from __future__ import annotations

import logging
from collections.abc import Callable, Coroutine
from functools import wraps
from typing import Any

from telegram import InlineKeyboardMarkup, Message, Update
from telegram.constants import ChatType
from telegram.ext import ContextTypes

from bot import messages
from bot.services import Services
from summarizer.render import pack_messages

log = logging.getLogger(__name__)

Handler = Callable[[Update, ContextTypes.DEFAULT_TYPE], Coroutine[Any, Any, None]]


def services_of(context: ContextTypes.DEFAULT_TYPE) -> Services:
    services: Services = context.bot_data["services"]
    return services


async def remember_user(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Runs before every handler: a user who writes to Sift exists and has not blocked it.
    Only a private chat counts: a member who writes in a group has not started Sift (Telegram
    refuses its messages to them), nor unblocked it."""
    user, chat = update.effective_user, update.effective_chat
    if user is None or user.is_bot or update.my_chat_member is not None:
        return
    if chat is None or chat.type != ChatType.PRIVATE:
        return
    await services_of(context).storage.users.seen(user.id, user.first_name, user.username)


async def blocked_meanwhile(
    context: ContextTypes.DEFAULT_TYPE, chat_id: int, error: BaseException | None
) -> None:
    """A user who blocks Sift while it answers is an ordinary event, not a failure: the user
    is marked blocked (as a 403 on a push marks them), and no apology is tried."""
    log.info("chat %s refused an answer: %s", chat_id, error)
    await services_of(context).storage.users.mark_blocked(chat_id)


def admin_only(handler: Handler) -> Handler:
    """Non-admins get a short refusal and nothing else happens."""

    @wraps(handler)
    async def guarded(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        user = update.effective_user
        if user is None or user.id not in services_of(context).settings.admin_ids:
            if update.callback_query is not None:
                await update.callback_query.answer(messages.NOT_ALLOWED, show_alert=True)
            elif update.effective_message is not None:
                await update.effective_message.reply_text(messages.NOT_ALLOWED)
            return
        await handler(update, context)

    return guarded


def command_text(context: ContextTypes.DEFAULT_TYPE) -> str:
    """What follows the command, as one string ("/subscribe nuclear power" → "nuclear power")."""
    args: list[Any] = context.args or []
    return " ".join(str(a) for a in args).strip()


async def reply_in_parts(
    message: Message, text: str, *, reply_markup: InlineKeyboardMarkup | None = None
) -> None:
    """A listing or a preview as long as users, feeds and admins make it (fifty keyword
    subscriptions each, a feed's 5,000-character title, a full-length broadcast) in as many
    messages as it needs, ``reply_markup`` under the last: one message holds 4,096
    characters, and one too long is refused whole. Each line holds its own tags."""
    parts = pack_messages(text.split("\n"))
    for index, part in enumerate(parts):
        last = index == len(parts) - 1
        await message.reply_text(part, reply_markup=reply_markup if last else None)
