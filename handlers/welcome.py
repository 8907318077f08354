"""/start and /help: what Sift does, with an example."""

from __future__ import annotations

from telegram import Update
from telegram.ext import ContextTypes

from bot import messages
from handlers.common import services_of


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Greet the user and explain Sift in one message."""
    assert update.effective_message is not None and update.effective_user is not None
    text = messages.WELCOME
    if update.effective_user.id in services_of(context).settings.admin_ids:
        text += messages.ADMIN_HELP
    await update.effective_message.reply_text(text)
