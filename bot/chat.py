"""``python -m bot chat``: talk to the real bot from a terminal, no Telegram account needed.

The project's local Bot API server plays Telegram; the real Application polls it as it would
poll Telegram. You are user 1, an admin. Lines pasted together are sent as one message, so an
article can be pasted whole; ``!N`` presses button N under the bot's latest message.
"""

from __future__ import annotations

import asyncio
import re
import select
import sys
from dataclasses import replace
from pathlib import Path
from typing import TextIO

from telegram.ext import Application

from bot.app import running
from bot.local_api import LocalBotAPI, SentMessage
from bot.settings import Settings
from storage.database import dialect_of, sqlite_path, sqlite_url

USER_ID = 1
PASTE_GAP_SECONDS = 0.25
BANNER = """\
Sift — local chat. You are user {user} (admin). The bot is real; Telegram is simulated.
Send a link, paste an article, or try /help, /topics, /stats. Press a button with !1, !2, ...
Quit with /quit or Ctrl-D. Data is kept in {db}.
"""


def chat_settings(settings: Settings, api: LocalBotAPI) -> Settings:
    """The local chat keeps its own SQLite file (next to the bot's when that is SQLite too)."""
    url = settings.database_url
    path = sqlite_path(url) if dialect_of(url) == "sqlite" else Path("sift.db")
    return replace(
        settings,
        token=api.token,
        bot_api_base_url=f"http://127.0.0.1:{api.port}",
        admin_ids=settings.admin_ids | {USER_ID},
        database_url=sqlite_url(path.with_name(f"{path.stem}-chat.db")),
        webhook_url=None,  # the local server is polled, whatever the bot's own mode
    )


async def terminal_chat(
    settings: Settings, stdin: TextIO = sys.stdin, stdout: TextIO = sys.stdout
) -> int:
    with LocalBotAPI() as api:
        local = chat_settings(settings, api)
        shown = _Shown(api, stdout)
        printer: asyncio.Task[None] | None = None
        try:
            async with running(local) as application:
                stdout.write(BANNER.format(user=USER_ID, db=sqlite_path(local.database_url)))
                stdout.flush()
                printer = asyncio.create_task(shown.keep_printing())
                await _read_user(api, stdin, stdout)
                # input ended (Ctrl-D, /quit, the end of a pipe): the answers under way are
                # printed, and leaving ``running`` answers a paste still waiting for parts
                await all_handled(api, application, timeout=ANSWER_WAIT_SECONDS)
        finally:
            if printer is not None:
                printer.cancel()
            shown.print_new()
    return 0


ANSWER_WAIT_SECONDS = 60.0


async def all_handled(api: LocalBotAPI, application: Application, timeout: float) -> bool:
    """Wait until the bot has received and handled every update sent so far; False if
    ``timeout`` passed first."""
    try:
        async with asyncio.timeout(timeout):
            while (
                api.undelivered_updates()
                or application.update_queue.qsize()
                or application.update_processor.current_concurrent_updates
            ):
                await asyncio.sleep(0.05)
    except TimeoutError:
        return False
    return True


async def _read_user(api: LocalBotAPI, stdin: TextIO, stdout: TextIO) -> None:
    while True:
        text = await asyncio.to_thread(_read_message, stdin)
        if text is None or text.strip() in ("/quit", "/exit"):
            return
        if not text.strip():
            continue
        if re.fullmatch(r"!\d+", text.strip(), re.ASCII):  # (not "!²": a digit, no number)
            _press(api, int(text.strip()[1:]), stdout)
            continue
        api.send_text(USER_ID, text, first_name="You")


def _read_message(stdin: TextIO) -> str | None:
    """One line, plus every line that arrives right after it (a paste)."""
    first = stdin.readline()
    if not first:
        return None
    lines = [first]
    while _more_waiting(stdin):
        line = stdin.readline()
        if not line:
            break
        lines.append(line)
    return "".join(lines).rstrip("\n")


def _more_waiting(stdin: TextIO) -> bool:
    try:
        ready, _, _ = select.select([stdin], [], [], PASTE_GAP_SECONDS)
    except (ValueError, OSError, TypeError):
        return False  # not a real file (tests with StringIO): one line is one message
    return bool(ready)


def _press(api: LocalBotAPI, number: int, stdout: TextIO) -> None:
    with_buttons = [m for m in api.messages(USER_ID) if m.buttons]
    if not with_buttons or not 1 <= number <= len(with_buttons[-1].buttons):
        stdout.write("(no such button)\n")
        stdout.flush()
        return
    latest = with_buttons[-1]
    _label, data = latest.buttons[number - 1]
    api.press(USER_ID, latest.message_id, data)


class _Shown:
    """What of the bot's messages (and edits, and button answers) the terminal has shown."""

    def __init__(self, api: LocalBotAPI, stdout: TextIO) -> None:
        self.api, self.stdout = api, stdout
        self.edits: dict[int, int] = {}
        self.answered: set[str] = set()

    async def keep_printing(self) -> None:
        while True:
            self.print_new()
            await asyncio.sleep(0.05)

    def print_new(self) -> None:
        for message in self.api.messages(USER_ID):
            if self.edits.get(message.message_id) == message.edits:
                continue
            edited = message.message_id in self.edits
            self.edits[message.message_id] = message.edits
            self.stdout.write(format_message(message, edited=edited))
        for _method, params in self.api.calls("answerCallbackQuery"):
            key = str(params.get("callback_query_id"))
            if key not in self.answered:
                self.answered.add(key)
                if params.get("text"):
                    self.stdout.write(f"  ({params['text']})\n")
        self.stdout.flush()


def format_message(message: SentMessage, *, edited: bool = False) -> str:
    label = "Sift (edited)" if edited else "Sift"
    lines = [f"\n{label} › {message.text}"]
    if message.buttons:
        lines.append(
            "   " + "   ".join(f"[{n}] {t}" for n, (t, _) in enumerate(message.buttons, 1))
        )
    return "\n".join(lines) + "\n"
