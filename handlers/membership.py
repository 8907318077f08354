"""Learn that a user blocked (or unblocked) Sift, from my_chat_member updates."""

from __future__ import annotations

import contextlib

from telegram import ChatMember, ChatMemberUpdated, Update
from telegram.constants import ChatType
from telegram.error import TelegramError
from telegram.ext import ContextTypes

from bot import messages
from handlers.common import services_of


async def track_membership(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A private chat's "kicked" status means the user blocked the bot; added to a group or
    a channel, Sift says where it works and leaves (it answers in private chats only)."""
    change = update.my_chat_member
    if change is None:
        return
    if change.chat.type != ChatType.PRIVATE:
        await _leave(change, context)
        return
    users = services_of(context).storage.users
    blocked = change.new_chat_member.status in (ChatMember.BANNED, ChatMember.LEFT)
    await users.seen(change.from_user.id, change.from_user.first_name, change.from_user.username)
    if blocked:
        await users.mark_blocked(change.from_user.id)


async def _leave(change: ChatMemberUpdated, context: ContextTypes.DEFAULT_TYPE) -> None:
    if change.new_chat_member.status in (ChatMember.LEFT, ChatMember.BANNED):
        return  # removed: nothing to say (added in any role, restricted too, it leaves)
    with contextlib.suppress(TelegramError):  # a channel may not let it post
        await context.bot.send_message(change.chat.id, messages.PRIVATE_CHATS_ONLY)
    with contextlib.suppress(TelegramError):
        await context.bot.leave_chat(change.chat.id)
