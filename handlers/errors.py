"""The error handler: the log gets the traceback, the user a short apology."""

from __future__ import annotations

import contextlib
import logging

from telegram import Update
from telegram.constants import ChatType
from telegram.error import Forbidden, TelegramError
from telegram.ext import ContextTypes

from bot import messages
from handlers.common import services_of

log = logging.getLogger(__name__)


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    if isinstance(context.error, Forbidden) and isinstance(update, Update):
        await _blocked_meanwhile(update, context)
        return
    log.error("error while handling an update", exc_info=context.error)
    if isinstance(update, Update) and update.callback_query is not None:
        with contextlib.suppress(TelegramError):  # already answered, or too old to answer
            await update.callback_query.answer(messages.SOMETHING_WENT_WRONG)
    if isinstance(update, Update) and update.effective_chat is not None:
        try:
            await context.bot.send_message(update.effective_chat.id, messages.SOMETHING_WENT_WRONG)
        except TelegramError as error:  # the apology cannot reach the chat either
            log.warning("could not apologise to chat %s: %s", update.effective_chat.id, error)


async def _blocked_meanwhile(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A user who blocks Sift while it answers is an ordinary event, not a failure: the user
    is marked blocked (as a 403 on a push marks them), and no apology is tried."""
    chat = update.effective_chat
    log.info("chat %s refused an answer: %s", chat.id if chat else None, context.error)
    if chat is not None and chat.type == ChatType.PRIVATE:
        await services_of(context).storage.users.mark_blocked(chat.id)
