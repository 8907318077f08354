"""/start and /help: what Sift does, with an example; and a word for a command it lacks."""

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


async def unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A command Sift has no handler for gets a pointer to /help rather than silence; one
    addressed to another bot ("/help@OtherBot") is not Sift's to answer."""
    message = update.effective_message
    assert message is not None
    command = (message.text or "").split(maxsplit=1)[0]
    _, _, addressee = command.partition("@")
    if addressee and addressee.lower() != (context.bot.username or "").lower():
        return
    await message.reply_text(messages.UNKNOWN_COMMAND)
