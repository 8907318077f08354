"""Learn that a user blocked (or unblocked) Sift, from my_chat_member updates."""

from __future__ import annotations

from telegram import ChatMember, Update
from telegram.ext import ContextTypes

from handlers.common import services_of


async def track_membership(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A private chat's "kicked" status means the user blocked the bot."""
    change = update.my_chat_member
    if change is None or change.chat.type != "private":
        return
    users = services_of(context).storage.users
    blocked = change.new_chat_member.status in (ChatMember.BANNED, ChatMember.LEFT)
    await users.seen(change.from_user.id, change.from_user.first_name, change.from_user.username)
    if blocked:
        await users.mark_blocked(change.from_user.id)
