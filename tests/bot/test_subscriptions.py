"""Topics, subscriptions and topic updates, end to end."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from bot import messages
from bot.services import Services
from tests.bot.conftest import Harness, settled, updates_handled
from tests.pages import PageServer, Route


def _services(sift: Harness) -> Services:
    services: Services = sift.app.bot_data["services"]
    return services


async def test_topics_keyboard_toggles_in_place(sift: Harness) -> None:
    sift.api.send_text(42, "/topics")
    (menu,) = await sift.api.replies(42, 1)
    assert ("Ukraine", "topic:+ukraine") in menu.buttons
    callback = sift.api.press(42, menu.message_id, "topic:+ukraine")
    await sift.api.until(
        lambda api: ("✅ Ukraine", "topic:-ukraine") in api.messages(42)[0].buttons
    )
    assert sift.api.callback_answer(callback)["text"] == "Following Ukraine"
    assert await _services(sift).storage.subscriptions.topics_of(42) == ["ukraine"]
    sift.api.press(42, menu.message_id, "topic:-ukraine")
    await sift.api.until(lambda api: ("Ukraine", "topic:+ukraine") in api.messages(42)[0].buttons)
    assert len(sift.api.messages(42)) == 1  # the same message was edited
    assert await _services(sift).storage.subscriptions.topics_of(42) == []


async def test_a_button_on_an_older_topics_keyboard_does_what_it_shows(sift: Harness) -> None:
    sift.api.send_text(42, "/topics")
    sift.api.send_text(42, "/topics")
    older, newer = await sift.api.replies(42, 2)
    sift.api.press(42, newer.message_id, "topic:+ukraine")
    await sift.api.until(
        lambda api: ("✅ Ukraine", "topic:-ukraine") in api.messages(42)[1].buttons
    )
    follow = sift.api.press(42, older.message_id, "topic:+ukraine")  # still shows "Ukraine"
    await sift.api.until(lambda api: api.callback_answer(follow) is not None)
    assert sift.api.callback_answer(follow)["text"] == "Following Ukraine"
    assert await _services(sift).storage.subscriptions.topics_of(42) == ["ukraine"]
    toggle = sift.api.press(42, older.message_id, "topic:ukraine")  # a keyboard of before
    await sift.api.until(lambda api: api.callback_answer(toggle) is not None)
    assert await _services(sift).storage.subscriptions.topics_of(42) == []


async def test_subscribe_unsubscribe_and_mysubs(sift: Harness) -> None:
    sift.api.send_text(42, "/subscribe Climate")
    sift.api.send_text(42, "/subscribe nuclear power")
    sift.api.send_text(42, "/subscribe climate")
    replies = await sift.api.replies(42, 3)
    assert "You now follow Climate & environment" in replies[0].text
    assert "You now follow nuclear power" in replies[1].text
    assert replies[2].text == "You already follow Climate & environment."
    sift.api.send_text(42, "/mysubs")
    assert "Climate & environment, nuclear power" in (await sift.api.replies(42, 4))[3].text
    sift.api.send_text(42, "/unsubscribe sports")
    assert "You don't follow Sports" in (await sift.api.replies(42, 5))[4].text
    sift.api.send_text(42, "/subscribe")
    assert "Tell me what to follow" in (await sift.api.replies(42, 6))[5].text


async def test_subscriber_gets_exactly_one_push_when_someone_else_summarizes(
    sift: Harness, pages: PageServer, data_dir: Path
) -> None:
    sift.api.send_text(7, "/subscribe crime")
    await sift.api.replies(7, 1)
    sift.api.send_text(8, "/subscribe crime")  # the sender, also subscribed: no push to them
    await sift.api.replies(8, 1)
    url = pages.add("/dam", Route((data_dir / "pages" / "article.html").read_bytes()))
    sift.api.send_text(8, url)
    await sift.api.replies(8, 2)
    (push,) = (await sift.api.replies(7, 2))[1:]
    assert push.text.startswith("🔔 New on") and "Crime & justice" in push.text.split("\n")[0]
    assert "Dam failure floods valley villages" in push.text
    sift.api.send_text(9, url + "#again")  # asked again by someone else: no second push
    await sift.api.replies(9, 1)
    await settled(sift)
    assert len(sift.api.messages(7)) == 2
    assert len(sift.api.messages(8)) == 2


async def test_digest_mode_holds_updates_until_the_digest(
    sift: Harness, pages: PageServer, data_dir: Path
) -> None:
    sift.api.send_text(7, "/subscribe crime")
    sift.api.send_text(7, "/mode digest 08:00")
    replies = await sift.api.replies(7, 2)
    assert "one digest a day at 08:00 (UTC)" in replies[1].text
    url = pages.add("/dam", Route((data_dir / "pages" / "article.html").read_bytes()))
    sift.api.send_text(8, url)
    await sift.api.replies(8, 1)
    services = _services(sift)
    await settled(sift)
    assert len(sift.api.messages(7)) == 2  # held, not pushed
    tomorrow = dt.datetime.now(dt.UTC) + dt.timedelta(days=1)
    early = tomorrow.replace(hour=7, minute=59)
    assert await services.send_due_digests(early) == 0
    on_time = early.replace(hour=8, minute=0)
    assert await services.send_due_digests(on_time) == 1
    digest = (await sift.api.replies(7, 3))[2]
    assert digest.text.startswith("🗞 Your Sift digest — 1 new article")
    assert (
        "Dam failure floods valley villages" in digest.text and "⚠️ 1 flagged claim" in digest.text
    )
    assert await services.send_due_digests(on_time.replace(hour=9)) == 0


async def test_the_first_digest_comes_at_the_next_digest_time_not_at_once(
    sift: Harness, pages: PageServer, data_dir: Path
) -> None:
    sift.api.send_text(7, "/subscribe crime")
    sift.api.send_text(7, "/mode digest 00:00")  # a time already past today
    await sift.api.replies(7, 2)
    url = pages.add("/dam", Route((data_dir / "pages" / "article.html").read_bytes()))
    sift.api.send_text(8, url)
    await sift.api.replies(8, 1)
    services = _services(sift)
    now = dt.datetime.now(dt.UTC)
    assert await services.send_due_digests(now) == 0
    next_time = (now + dt.timedelta(days=1)).replace(hour=0, minute=0)
    assert await services.send_due_digests(next_time) == 1


async def test_digest_hour_follows_the_users_time_zone(sift: Harness) -> None:
    sift.api.send_text(7, "/timezone Mars/Olympus")
    sift.api.send_text(7, "/timezone europe/berlin")  # as typed on a phone
    sift.api.send_text(7, "/timezone Asia/Tokyo")
    replies = await sift.api.replies(7, 3)
    assert "I don't know the time zone" in replies[0].text
    assert replies[1].text.startswith("🕗 Your time zone is now Europe/Berlin (UTC+0")
    assert replies[2].text == "🕗 Your time zone is now Asia/Tokyo (UTC+09:00 now)."
    user = await _services(sift).storage.users.get(7)
    assert user is not None and user.timezone == "Asia/Tokyo"


async def test_mode_usage_is_explained(sift: Harness) -> None:
    sift.api.send_text(7, "/mode sometimes")
    sift.api.send_text(7, "/mode digest 25:00")
    usage, bad_time = await sift.api.replies(7, 2)
    assert usage.html == messages.MODE_USAGE
    assert bad_time.text == "“25:00” isn't a time of day I can read. Use HH:MM, e.g. 08:00."


async def test_free_keyword_subscriptions_match_article_words(
    sift: Harness, pages: PageServer, data_dir: Path
) -> None:
    sift.api.send_text(7, "/subscribe rescue teams")
    sift.api.send_text(6, "/subscribe rescue dogs")
    await sift.api.replies(7, 1)
    await sift.api.replies(6, 1)
    url = pages.add("/dam", Route((data_dir / "pages" / "article.html").read_bytes()))
    sift.api.send_text(8, url)
    await sift.api.replies(8, 1)
    push = (await sift.api.replies(7, 2))[1]
    assert push.text.split("\n")[0] == "🔔 New on rescue teams"  # theirs, not the article's
    assert "Dam failure" in push.text
    await settled(sift)
    assert len(sift.api.messages(6)) == 1  # "dogs" is not in the article


async def test_a_topic_press_on_a_summary_leaves_its_buttons_alone(
    sift: Harness, seed_text: str
) -> None:
    sift.api.send_text(42, seed_text)
    (answer,) = await sift.api.replies(42, 1, timeout=30)
    buttons = answer.buttons
    press = sift.api.press(42, answer.message_id, "topic:ukraine")  # only a modified client
    await sift.api.until(lambda api: api.callback_answer(press) is not None)
    await settled(sift)
    assert sift.api.messages(42)[0].buttons == buttons


async def test_setting_digest_mode_again_does_not_put_off_a_digest_already_due(
    sift: Harness, pages: PageServer, data_dir: Path
) -> None:
    sift.api.send_text(7, "/subscribe crime")
    sift.api.send_text(7, "/mode digest 00:00")
    await sift.api.replies(7, 2)
    services = _services(sift)
    yesterday = (dt.datetime.now(dt.UTC) - dt.timedelta(days=1)).date().isoformat()
    await services.storage.users.set_last_digest(7, yesterday)  # today's is due, not yet sent
    url = pages.add("/dam", Route((data_dir / "pages" / "article.html").read_bytes()))
    sift.api.send_text(8, url)
    await sift.api.replies(8, 1)
    sift.api.send_text(7, "/mode digest")
    await sift.api.replies(7, 3)
    assert await services.send_due_digests(dt.datetime.now(dt.UTC)) == 1


async def test_moving_to_a_time_zone_past_the_digest_hour_waits_for_the_next_one(
    sift: Harness, pages: PageServer, data_dir: Path
) -> None:
    # 25 hours apart: the two zones never share a date, so the move always lands on a day
    # whose 00:00 has passed and whose digest has not been sent.
    sift.api.send_text(7, "/subscribe crime")
    sift.api.send_text(7, "/timezone Pacific/Pago_Pago")
    sift.api.send_text(7, "/mode digest 00:00")
    await sift.api.replies(7, 3)
    url = pages.add("/dam", Route((data_dir / "pages" / "article.html").read_bytes()))
    sift.api.send_text(8, url)
    await sift.api.replies(8, 1)
    services = _services(sift)
    sift.api.send_text(7, "/timezone Pacific/Kiritimati")
    assert (await sift.api.replies(7, 4))[3].text.endswith("Pacific/Kiritimati (UTC+14:00 now).")
    now = dt.datetime.now(dt.UTC)
    assert await services.send_due_digests(now) == 0
    assert await services.send_due_digests(now + dt.timedelta(days=1)) == 1


async def test_keywords_with_punctuation_or_wide_letters_follow_the_words_they_spell(
    sift: Harness, pages: PageServer, data_dir: Path
) -> None:
    spellings = {21: "Ukraine!", 22: "#Ukraine", 23: "rescue teams?", 24: "ＲＥＳＣＵＥ"}
    spellings[25] = "«dam,»"
    for user_id, spelling in spellings.items():
        sift.api.send_text(user_id, f"/subscribe {spelling}")
    confirmed = [(await sift.api.replies(u, 1))[0].text for u in spellings]
    assert confirmed[0].startswith("✅ You now follow Ukraine")  # the catalog topic
    assert confirmed[2].startswith("✅ You now follow rescue teams. ")
    assert confirmed[3].startswith("✅ You now follow rescue. ")
    assert confirmed[4].startswith("✅ You now follow dam. ")
    url = pages.add("/dam", Route((data_dir / "pages" / "article.html").read_bytes()))
    sift.api.send_text(8, url)
    await sift.api.replies(8, 1)
    # the dam article: rescue teams, no Ukraine; pushed in one batch, each headed with its
    # reader's own subscription
    for user_id, followed in ((23, "rescue teams"), (24, "rescue"), (25, "dam")):
        push = (await sift.api.replies(user_id, 2))[1]
        assert push.text.split("\n")[0] == f"🔔 New on {followed}", user_id
    sift.api.send_text(25, "/unsubscribe dam")
    assert (await sift.api.replies(25, 3))[2].text.startswith("You no longer follow dam")


async def test_a_subscription_stored_with_its_punctuation_can_still_be_dropped(
    sift: Harness,
) -> None:
    sift.api.send_text(26, "/start")
    await sift.api.replies(26, 1)
    await _services(sift).storage.subscriptions.add(26, "ukraine!", limit=50)
    sift.api.send_text(26, "/unsubscribe Ukraine!")
    assert (await sift.api.replies(26, 2))[1].text.startswith("You no longer follow ukraine!")


async def test_digest_times_in_any_digits_are_stored_in_ascii(sift: Harness) -> None:
    for typed, stored in (("٠٨:٣٠", "08:30"), ("０８：３０", "08:30"), ("08:0٥", "08:05")):
        count = len(sift.api.messages(7))
        sift.api.send_text(7, f"/mode digest {typed}")
        reply = (await sift.api.replies(7, count + 1))[-1]
        assert f"at {stored} (UTC)" in reply.text, typed
        user = await _services(sift).storage.users.get(7)
        assert user is not None and user.digest_time == stored


async def test_an_offset_from_utc_is_a_time_zone_and_every_zone_says_its_offset(
    sift: Harness,
) -> None:
    typed = ["UTC+5", "gmt-3", "UTC–2", "UTC+5:30", "Etc/GMT+5", "UTC+0", "/mode digest 08:00"]
    for count, zone in enumerate(typed, 1):
        sift.api.send_text(7, zone if zone.startswith("/") else f"/timezone {zone}")
        await sift.api.replies(7, count)  # one at a time: the last one stays set
    replies = [m.text for m in sift.api.messages(7)]
    summer = messages.FIXED_OFFSET_NOTE.strip()
    assert replies[0] == f"🕗 Your time zone is now UTC+5 (UTC+05:00 now). {summer}"
    assert replies[1] == f"🕗 Your time zone is now UTC-3 (UTC-03:00 now). {summer}"
    assert replies[2].startswith("🕗 Your time zone is now UTC-2 (UTC-02:00 now).")
    assert replies[3].startswith("An offset with minutes has no zone of its own")
    assert replies[4].startswith("🕗 Your time zone is now UTC-5 (UTC-05:00 now).")  # as meant
    assert replies[5] == "🕗 Your time zone is now UTC (UTC+00:00 now)."
    assert replies[6].endswith("at 08:00 (UTC).")
    sift.api.send_text(7, "/timezone UTC+5")
    await sift.api.replies(7, 8)
    sift.api.send_text(7, "/subscribe dam")
    await sift.api.replies(7, 9)
    sift.api.send_text(7, "/mysubs")
    mysubs = (await sift.api.replies(7, 10))[-1].text
    assert "(UTC+5)" in mysubs and "Etc/GMT" not in mysubs


async def test_zone_files_that_name_no_place_are_not_time_zones(sift: Harness) -> None:
    for name in ("localtime", "Factory", "posixrules"):
        count = len(sift.api.messages(7))
        sift.api.send_text(7, f"/timezone {name}")
        reply = (await sift.api.replies(7, count + 1))[-1]
        assert reply.text.startswith("I don't know the time zone"), name


async def test_a_double_tap_on_a_topic_is_answered_without_an_apology(sift: Harness) -> None:
    sift.api.send_text(42, "/topics")
    (menu,) = await sift.api.replies(42, 1)
    first = sift.api.press(42, menu.message_id, "topic:+ukraine")
    second = sift.api.press(42, menu.message_id, "topic:+ukraine")  # the same button again
    await sift.api.until(lambda api: api.callback_answer(second) is not None)
    assert sift.api.callback_answer(first)["text"] == "Following Ukraine"
    await updates_handled(sift)
    assert len(sift.api.messages(42)) == 1  # no "Sorry, something went wrong"
