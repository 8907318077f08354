"""Telegram handlers: they translate between chat and Sift's services, nothing more.

All handlers are registered here, in one place, in the order they are tried.
"""

from __future__ import annotations

from telegram import Update
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot import callbacks
from handlers import admin, feeds, subscriptions, summaries, welcome
from handlers.common import remember_user
from handlers.errors import on_error
from handlers.membership import track_membership

__all__ = ["register"]


def register(application: Application) -> None:
    application.add_handler(TypeHandler(Update, remember_user), group=-1)
    # (an edited message is no new request: only the last handler reads it, to say so)
    private = filters.ChatType.PRIVATE & filters.UpdateType.MESSAGE
    commands = {
        "start": welcome.start,
        "help": welcome.start,
        "topics": subscriptions.show_topics,
        "subscribe": subscriptions.subscribe,
        "unsubscribe": subscriptions.unsubscribe,
        "mysubs": subscriptions.my_subscriptions,
        "mode": subscriptions.set_mode,
        "timezone": subscriptions.set_timezone,
        "broadcast": admin.broadcast,
        "broadcast_cancel": admin.cancel_broadcast,
        "digest": admin.digest,
        "stats": admin.stats,
        "schedule_digest": admin.schedule_digest,
        "addfeed": feeds.add_feed,
        "feeds": feeds.list_feeds,
        "delfeed": feeds.delete_feed,
    }
    for name, callback in commands.items():
        application.add_handler(CommandHandler(name, callback, filters=private))
    application.add_handler(MessageHandler(private & filters.COMMAND, welcome.unknown_command))
    # First: presses Sift cannot read. (ptb hands a press with empty data to any pattern, so
    # an empty press must be caught before the handlers that expect well-formed data.)
    application.add_handler(
        CallbackQueryHandler(summaries.expired_button, pattern=callbacks.unreadable)
    )
    buttons = {
        callbacks.TopicTap: subscriptions.toggle_topic,
        callbacks.SubscribeTap: summaries.subscribe_from_button,
        callbacks.ClaimsPage: summaries.show_claims,
        callbacks.BroadcastChoice: admin.confirm_broadcast,
    }
    for kind, on_press in buttons.items():
        application.add_handler(CallbackQueryHandler(on_press, pattern=callbacks.matches(kind)))
    application.add_handler(
        MessageHandler(
            private & (filters.TEXT | filters.CAPTION) & ~filters.COMMAND,
            summaries.summarize_message,
        )
    )
    application.add_handler(
        MessageHandler(
            filters.ChatType.PRIVATE & filters.UpdateType.EDITED_MESSAGE,
            summaries.edited_message,
        )
    )
    application.add_handler(ChatMemberHandler(track_membership, ChatMemberHandler.MY_CHAT_MEMBER))
    application.add_error_handler(on_error)
