"""Pasted text built to make a regular expression or a loop run away.

A Telegram message holds at most 4,096 characters, so these stay within that; longer inputs
arrive as links (test_links.py).
"""

from __future__ import annotations

import pytest

from tests.hostile.conftest import ENGINE_DEADLINE, Bot, answer_while_others_are_served

LIMIT = ENGINE_DEADLINE + 3.0


def _seed(data_dir_text: str, size: int) -> str:
    return data_dir_text[:size]


ATTACKS = {
    # Nested repetition in a byline pattern: "by A and and and ... !" (exponential before).
    "byline": lambda seed: seed[:2900] + "\nby Aa " + "and " * 40 + "!\n",
    # A word listed twice in an alternation, repeated: "repeatedly repeatedly ... said".
    "repeated-adverbs": lambda seed: (
        seed[:2000] + "\nOfficials " + "repeatedly " * 120 + "Zed said.\n"
    ),
    # A long run of one letter before a verification phrase.
    "long-word-note": lambda seed: seed[:2500] + "\nZ" + "a" * 1500 + " is unverified.\n",
    # Capital letters in a speech clause: a name chain with nothing to end it.
    "name-chain": lambda seed: seed[:500] + '\n"We will win," said ' + "A" * 3400 + "\n",
    # One line of dots and letters: a splitter that rescans the line at every full stop.
    "dots-on-one-line": lambda seed: seed[:300] + " " + "Aa. b b " * 460,
    # Quotes and brackets nested deeply, without closing.
    "nested-quotes": lambda seed: seed[:1500] + " " + '"(«[' * 600,
    # Many very short sentences.
    "tiny-sentences": lambda seed: "A. " * 1300,
    # Mixed scripts without spaces.
    "mixed-scripts": lambda seed: seed[:1000] + "日本語。Ab.Бв,ع" * 200,
}


@pytest.mark.parametrize("attack", list(ATTACKS), ids=list(ATTACKS))
async def test_a_runaway_paste_is_answered_and_stalls_nobody(
    bot: Bot, seed_text: str, attack: str
) -> None:
    text = ATTACKS[attack](seed_text)
    assert len(text) <= 4096
    await answer_while_others_are_served(bot, bot.new_user(), text, limit=LIMIT)
