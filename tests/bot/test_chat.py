"""``python -m bot chat`` as a person uses it: a real process, its stdin and stdout."""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


async def _read_until(stream: asyncio.StreamReader, marker: str, seen: list[str]) -> str:
    async with asyncio.timeout(30):
        while marker not in "".join(seen):
            chunk = await stream.read(4096)
            if not chunk:
                break
            seen.append(chunk.decode())
    return "".join(seen)


async def _start_chat(tmp_path: Path) -> asyncio.subprocess.Process:
    """``python -m bot chat`` as a person starts it: no token, its own directory."""
    env = {k: v for k, v in os.environ.items() if k not in ("TELEGRAM_BOT_TOKEN", "ADMIN_IDS")}
    env["PYTHONPATH"] = str(ROOT)
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "chat",
        cwd=tmp_path,
        env=env,
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
    )


async def test_terminal_chat_talks_to_the_real_bot(tmp_path: Path) -> None:
    process = await _start_chat(tmp_path)
    assert process.stdin is not None and process.stdout is not None
    seen: list[str] = []
    await _read_until(process.stdout, "Quit with /quit", seen)
    process.stdin.write(b"/topics\n")
    await process.stdin.drain()
    await _read_until(process.stdout, "[1] Ukraine", seen)
    process.stdin.write(b"!1\n")
    await process.stdin.drain()
    await _read_until(process.stdout, "(Following Ukraine)", seen)
    process.stdin.write(b"/stats\n")
    await process.stdin.drain()
    output = await _read_until(process.stdout, "Subscriptions:", seen)
    process.stdin.write(b"/quit\n")
    await process.stdin.drain()
    async with asyncio.timeout(30):
        assert await process.wait() == 0
    assert "Sift (edited) › Tap a topic" in output and "[1] ✅ Ukraine" in output
    assert "• Ukraine: 1" in "".join(seen)
    assert (tmp_path / "sift-chat.db").exists()


async def test_piped_input_is_answered_before_the_chat_ends(tmp_path: Path) -> None:
    """``… | python -m bot chat``: input ends at once, and the answers still come, the
    paste's too (it would wait for more parts), and "!²" is no button and no crash."""
    article = (ROOT / "tests" / "data" / "pow-claims-pasted.txt").read_text()
    paste = " ".join(article.split())[:3000]  # one line: one message, long enough to wait
    process = await _start_chat(tmp_path)
    assert process.stdin is not None and process.stdout is not None
    seen: list[str] = []
    await _read_until(process.stdout, "Quit with /quit", seen)
    process.stdin.write(b"!\xc2\xb2\n")  # "!²"
    await process.stdin.drain()
    await _read_until(process.stdout, "Sift ›", seen)
    async with asyncio.timeout(60):
        out, _ = await process.communicate(f"{paste}\n".encode())  # then the input ends
    assert process.returncode == 0
    output = "".join(seen) + out.decode()
    assert "Traceback" not in output
    assert "Unverified claims" in output
