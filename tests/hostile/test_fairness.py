"""One user's flood never delays another user's reply."""

from __future__ import annotations

from tests.hostile.conftest import Bot, assert_start_is_quick
from tests.pages import Route, slow_chunks


async def test_a_flood_of_slow_links_from_one_user_delays_nobody_else(
    bot: Bot, seed_text: str
) -> None:
    slow = Route(
        headers={"Content-Type": "text/plain"},
        chunks=slow_chunks(seed_text.encode(), pause=3.0),
    )
    urls = [bot.pages.add(f"/slow/{n}", slow) for n in range(60)]
    flooder = bot.new_user()
    for n in range(20):
        bot.api.send_text(flooder, " ".join(urls[3 * n : 3 * n + 3]))
    for _ in range(5):
        await assert_start_is_quick(bot)


async def test_a_flood_of_commands_from_one_user_delays_nobody_else(bot: Bot) -> None:
    flooder = bot.new_user()
    for _ in range(300):
        bot.api.send_text(flooder, "/topics")
    await assert_start_is_quick(bot)


async def test_subscriptions_are_capped_and_mysubs_still_fits(bot: Bot) -> None:
    user = bot.new_user()
    for n in range(60):
        bot.api.send_text(user, f"/subscribe keyword{n} with several words here")
    replies = await bot.api.replies(user, 60, timeout=60)
    assert sum("You now follow" in r.text for r in replies) == 50
    assert "the most I keep" in replies[-1].text
    bot.api.send_text(user, "/mysubs")
    (listing,) = (await bot.api.replies(user, 61, timeout=30))[60:]
    assert "keyword49" in listing.text


async def test_a_crowd_pasting_at_once_delays_nobody_elses_start(bot: Bot, seed_text: str) -> None:
    """20 articles at once: the summaries run in the workers, so a /start is answered at once.
    (The crowd stays under Telegram's 30 messages a second: past that, every reply, a /start's
    too, waits for the global cap, which is Telegram's rule, not the engine's.)"""
    crowd = [bot.new_user() for _ in range(20)]
    for user in crowd:
        bot.api.send_text(user, seed_text.replace("Miroshnik", f"Miroshnik {user}"))
    for _ in range(3):
        await assert_start_is_quick(bot)
    for user in crowd:
        (answer,) = await bot.api.replies(user, 1, timeout=60)
        assert "Miroshnik" in answer.text or "try again in a minute" in answer.text
