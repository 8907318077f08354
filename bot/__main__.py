"""The command line: ``python -m bot`` runs the bot; ``python -m bot summarize`` tries the engine.

Errors a user can cause end with a one-line message on stderr and a non-zero exit code, never a
traceback.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import AnyStr

from bot.app import run
from bot.chat import terminal_chat
from bot.settings import Settings, SettingsError
from summarizer import (
    MAX_TEXT_CHARS,
    FetchPolicy,
    SummarizerError,
    Summary,
    TooLarge,
    render_text,
    summarize_text,
)
from summarizer import summarize_url as engine_summarize_url
from summarizer.fetch import decode
from summarizer.language import known_languages

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
EXIT_USAGE = 2
EXIT_FAILED = 1

NO_TOKEN = """\
Sift needs a Telegram bot token to run as a bot.

  1. In Telegram, open @BotFather, send /newbot and follow the steps.
  2. Put the token in a .env file (see .env.example):  TELEGRAM_BOT_TOKEN=123456:ABC...
  3. Run the bot again.

No token? Chat with Sift right here, no Telegram account needed:
  python -m bot chat
or try the engine alone:
  python -m bot summarize https://example.com/article
  python -m bot summarize article.txt
  cat article.txt | python -m bot summarize -
"""


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        settings = Settings.load()
    except SettingsError as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_USAGE
    if args.command == "summarize":
        return _summarize(args, settings)
    if args.command == "chat":
        return _chat(settings)
    return _run_bot(settings)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m bot", description="Sift: article summaries with flagged claims."
    )
    commands = parser.add_subparsers(dest="command")
    summarize = commands.add_parser(
        "summarize", help="summarize a file, a URL or standard input and print the answer"
    )
    summarize.add_argument("source", help="a file path, an http(s) URL, or - for standard input")
    summarize.add_argument("--json", action="store_true", help="print the machine form")
    summarize.add_argument(
        "--sentences", type=_sentence_count, metavar="N", help="summary length (1-10)"
    )
    summarize.add_argument(
        "--language", type=_language_code, metavar="CODE", help="override language detection"
    )
    commands.add_parser(
        "chat", help="chat with the real bot in this terminal, through a local Bot API server"
    )
    return parser


def _language_code(raw: str) -> str:
    """An ISO 639-1 code, as language detection gives them ("en", "de", "zh")."""
    code = raw.strip().lower()
    if not (len(code) == 2 and code.isascii() and code.isalpha()):
        raise argparse.ArgumentTypeError("must be a two-letter language code such as en, de, zh")
    if code not in known_languages():
        raise argparse.ArgumentTypeError(f"{code!r} is no language Sift knows (en, de, zh, …)")
    return code


def _sentence_count(raw: str) -> int:
    # (ASCII digits only, as the settings read numbers: "５" is no count a user typed on purpose)
    if not (raw.isascii() and raw.isdigit()) or not 1 <= int(raw) <= 10:
        raise argparse.ArgumentTypeError("must be a whole number from 1 to 10")
    return int(raw)


def _summarize(args: argparse.Namespace, settings: Settings) -> int:
    source: str = args.source
    try:
        # (a scheme in any case is a link, as the chat reads one: "HTTP://…")
        if source.lower().startswith(("http://", "https://")):
            policy = FetchPolicy(allow_private=settings.allow_private_urls)
            summary = asyncio.run(
                engine_summarize_url(
                    source, max_sentences=args.sentences, language=args.language, policy=policy
                )
            )
        else:
            text = _read_source(source)
            summary = summarize_text(text, max_sentences=args.sentences, language=args.language)
    except _InputError as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except SummarizerError as error:
        print(f"error: {error.user_message}", file=sys.stderr)
        return EXIT_FAILED
    try:
        _print_summary(summary, as_json=args.json)
        sys.stdout.flush()
    except BrokenPipeError:
        # the reader went away ("| head -3"): no traceback; later writes (at exit) go nowhere
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_FAILED
    return 0


class _InputError(Exception):
    pass


# Bytes read at most: a text the engine takes (MAX_TEXT_CHARS) is at most four bytes a
# character, so one byte more is a text it would refuse; an endless pipe (``yes | …``) or a
# device is never read further than that.
MAX_INPUT_BYTES = 4 * MAX_TEXT_CHARS


def _read_source(source: str) -> str:
    """The text of a file, a pipe or standard input, read up to MAX_INPUT_BYTES and decoded as
    a page is (a byte-order mark, UTF-8, else the detected charset: a Latin-1 or Windows-1252
    file reads as written)."""
    if source == "-":
        stream = getattr(sys.stdin, "buffer", None)
        if stream is None:  # a text stream with no bytes under it
            return _within_limit(sys.stdin.read(MAX_TEXT_CHARS + 1), "standard input")
        return decode(_within_limit(stream.read(MAX_INPUT_BYTES + 1), "standard input"))
    path = Path(source)
    if not path.exists():
        raise _InputError(f"no such file: {source} (give a file, an http(s) URL, or -)")
    if path.is_dir():
        raise _InputError(f"{source} is a directory: give a file, an http(s) URL, or -")
    try:
        with path.open("rb") as file:
            return decode(_within_limit(file.read(MAX_INPUT_BYTES + 1), source))
    except OSError as error:
        raise _InputError(f"cannot read {source}: {error.strerror}") from error


def _within_limit(data: AnyStr, name: str) -> AnyStr:
    """The data, or TooLarge (what the engine says of a paste over its limit) when it holds
    more than the engine would take."""
    if len(data) > (MAX_TEXT_CHARS if isinstance(data, str) else MAX_INPUT_BYTES):
        raise TooLarge(f"{name}: over {MAX_TEXT_CHARS:,} characters")
    return data


def _print_summary(summary: Summary, *, as_json: bool) -> None:
    if as_json:
        print(json.dumps(summary.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(render_text(summary))


def _run_bot(settings: Settings) -> int:
    if not settings.token:
        print(NO_TOKEN, file=sys.stderr)
        return EXIT_USAGE
    logging.basicConfig(level=settings.log_level, format=LOG_FORMAT)
    logging.getLogger("httpx").setLevel(logging.WARNING)
    run(settings)
    return 0


def _chat(settings: Settings) -> int:
    logging.basicConfig(level=logging.WARNING, format=LOG_FORMAT)
    return asyncio.run(terminal_chat(settings))


if __name__ == "__main__":
    sys.exit(main())
