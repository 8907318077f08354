"""Updates from different chats run concurrently; one chat's updates run in order.

A summary takes seconds, so users must not wait for each other; but a user who sends
"/subscribe climate" and then "/mysubs" expects the answers in that order.

A stop has no order to keep: an admin's /broadcast_cancel or Cancel press runs at once, not
behind the summary the admin asked for just before (every second it waits, a broadcast
reaches dozens more users).

An update first waits for its chat's turn and only then for one of the shared slots: waiting
the other way round, a user who sends twenty slow links at once would park twenty updates on
the shared slots and every other user would queue behind them.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Awaitable
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor

from bot import callbacks

_UNBOUNDED = 2**31 - 1


class PerChatOrderedProcessor(BaseUpdateProcessor):
    """ptb takes its slot before ``do_process_update`` is called, so the base class is given
    room for every update and the real limit on concurrent updates is taken here, after the
    chat's lock."""

    def __init__(self, max_concurrent_updates: int) -> None:
        super().__init__(_UNBOUNDED)
        self._slots = asyncio.Semaphore(max_concurrent_updates)
        self._locks: dict[int, asyncio.Lock] = {}
        self._waiting: dict[int, int] = {}

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        chat = update.effective_chat if isinstance(update, Update) else None
        if chat is None or _stops_a_broadcast(update):
            async with self._slots:
                await coroutine
            return
        lock = self._locks.setdefault(chat.id, asyncio.Lock())
        self._waiting[chat.id] = self._waiting.get(chat.id, 0) + 1
        try:
            async with lock, self._slots:
                await coroutine
        finally:
            self._waiting[chat.id] -= 1
            if not self._waiting[chat.id]:  # forget idle chats: memory stays bounded
                del self._waiting[chat.id]
                del self._locks[chat.id]

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        pass


def _stops_a_broadcast(update: object) -> bool:
    if not isinstance(update, Update):
        return False
    if update.callback_query is not None:
        choice = callbacks.decode(update.callback_query.data)
        return isinstance(choice, callbacks.BroadcastChoice) and choice.action == "cancel"
    text = update.message.text if update.message is not None else None
    return text is not None and _CANCEL_COMMAND.match(text) is not None


_CANCEL_COMMAND = re.compile(r"/broadcast_cancel(?:@\w+)?(?:\s|$)")
