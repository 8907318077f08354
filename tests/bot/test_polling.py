"""``python -m bot`` with a token: long polling against a Bot API server, as in production."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from pathlib import Path

from bot.local_api import LocalBotAPI

ROOT = Path(__file__).resolve().parents[2]


async def test_the_bot_process_answers_and_stops_cleanly(
    tmp_path: Path, telegram: LocalBotAPI, database_url: str
) -> None:
    env = dict(os.environ)
    env.update(
        PYTHONPATH=str(ROOT),
        TELEGRAM_BOT_TOKEN=telegram.token,
        BOT_API_BASE_URL=f"http://127.0.0.1:{telegram.port}",
        DATABASE_URL=database_url,
        LOG_LEVEL="WARNING",
    )
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", cwd=tmp_path, env=env, stderr=asyncio.subprocess.PIPE
    )
    try:
        telegram.send_text(5, "/help")
        (reply,) = await telegram.replies(5, 1, timeout=30)
        assert "summarizes news" in reply.text
    finally:
        process.send_signal(signal.SIGINT)
        async with asyncio.timeout(30):
            code = await process.wait()
    assert code == 0
