"""Links to pages built to exhaust time, memory or the answer's length."""

from __future__ import annotations

import gzip
import random

from tests.hostile.conftest import (
    ENGINE_DEADLINE,
    FETCH_TIMEOUT,
    Bot,
    answer_while_others_are_served,
)
from tests.pages import Route

LIMIT = FETCH_TIMEOUT + ENGINE_DEADLINE + 3.0
TEXT = {"Content-Type": "text/plain; charset=utf-8"}


def _page(bot: Bot, path: str, body: bytes, headers: dict[str, str] | None = None) -> str:
    return bot.pages.add(path, Route(body, headers=headers or TEXT))


async def _attack(bot: Bot, url: str) -> str:
    answer = await answer_while_others_are_served(bot, bot.new_user(), url, limit=LIMIT)
    return "\n".join(m.text for m in answer)


async def test_capital_letters_in_a_speech_clause(bot: Bot, seed_text: str) -> None:
    body = (seed_text + '\n"We will win," said ' + "A" * 50_000 + ".\n").encode()
    await _attack(bot, _page(bot, "/capitals", body))


async def test_a_quarter_megabyte_of_short_tokens(bot: Bot, seed_text: str) -> None:
    body = (seed_text + "\n" + "Aa. b b " * 31_400).encode()
    await _attack(bot, _page(bot, "/tokens", body))


async def test_one_line_of_a_hundred_thousand_characters(bot: Bot) -> None:
    words = [random.Random(1).choice(["Ab.", "cd", "Ef", "gh.", "I", "j."]) for _ in range(30_000)]
    await _attack(bot, _page(bot, "/line", " ".join(words).encode()))


async def test_mixed_scripts_without_spaces(bot: Bot) -> None:
    body = ("日本語の文章。Ab.Бв,ع" * 16_000).encode()
    await _attack(bot, _page(bot, "/scripts", body))


async def test_four_hundred_thousand_characters_of_real_text(bot: Bot, seed_text: str) -> None:
    body = "\n\n".join(
        seed_text.replace("Miroshnik", f"Miroshnik{n}") for n in range(140)
    ).encode()
    assert len(body) > 400_000
    await _attack(bot, _page(bot, "/long-real", body))


async def test_a_five_megabyte_text_page(bot: Bot, seed_text: str) -> None:
    body = (seed_text * 1_700).encode()[: 5 * 1024 * 1024 - 1000]
    await _attack(bot, _page(bot, "/huge", body))


async def test_random_bytes(bot: Bot) -> None:
    body = random.Random(2).randbytes(200_000)
    await _attack(bot, _page(bot, "/random", body, {"Content-Type": "text/plain"}))


async def test_a_gzip_bomb(bot: Bot) -> None:
    body = gzip.compress(b"<p>" + b"a" * 50_000_000 + b"</p>", compresslevel=9)
    headers = {"Content-Type": "text/html", "Content-Encoding": "gzip"}
    text = await _attack(bot, _page(bot, "/bomb", body, headers))
    assert "too large" in text


async def test_a_doubly_gzipped_bomb(bot: Bot) -> None:
    inner = gzip.compress(b"a" * 200_000_000, compresslevel=9)
    body = gzip.compress(inner, compresslevel=9)
    headers = {"Content-Type": "text/html", "Content-Encoding": "gzip, gzip"}
    await _attack(bot, _page(bot, "/bomb2", body, headers))


async def test_a_redirect_to_an_eight_thousand_character_url(bot: Bot, seed_text: str) -> None:
    long_path = "/" + "x" * 8_000
    _page(bot, long_path, seed_text.encode())
    bot.pages.add("/to-long", Route(status=302, headers={"Location": bot.pages.url(long_path)}))
    text = await _attack(bot, bot.pages.url("/to-long"))
    assert "Miroshnik" in text


async def test_a_page_full_of_claims_is_answered_in_a_few_messages(
    bot: Bot, seed_text: str
) -> None:
    sentences = [
        f"Officials in district {n} claimed, without evidence, that {n} soldiers had "
        "surrendered, a figure that could not be independently verified."
        for n in range(2_800)
    ]
    body = (seed_text + "\n\n" + "\n\n".join(sentences)).encode()
    assert len(body) > 390_000
    await _attack(bot, _page(bot, "/claims", body))
