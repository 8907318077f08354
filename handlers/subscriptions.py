"""Topics and how updates arrive: /topics, /subscribe, /unsubscribe, /mysubs, /mode, /timezone."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from telegram import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    MaybeInaccessibleMessage,
    Message,
    Update,
)
from telegram.error import BadRequest
from telegram.ext import ContextTypes

from bot import callbacks, messages
from bot.services import due_today, passed_today, topic_label
from handlers.common import command_text, services_of
from storage import Subscribed, User
from summarizer.keywords import index_word
from summarizer.topics import catalog

_TIME = re.compile(r"^(\d{1,2}):(\d\d)$")
_MAX_KEYWORD_WORDS = 5
_MAX_KEYWORD_CHARS = 50


def parse_clock(raw: str) -> str | None:
    """ "8:00" or "08:00" → "08:00"; None for anything that is not a time of day. Digits of
    any script ("٠٨:٣٠", full-width "０８：３０") are read as the numbers they are, and the time is
    stored in ASCII: digests compare it as text."""
    match = _TIME.match(unicodedata.normalize("NFKC", raw))
    if match is None:
        return None
    hours, minutes = int(match.group(1)), int(match.group(2))
    return f"{hours:02d}:{minutes:02d}" if hours < 24 and minutes < 60 else None


def how_updates_arrive(user: User | None) -> str:
    """ "as soon as they are summarized" or "in your daily digest at 08:00 (UTC)"."""
    if user is not None and user.mode == "digest":
        zone = messages.zone_label(user.timezone)
        return messages.HOW_DIGEST.format(time=user.digest_time, timezone=zone)
    return messages.HOW_INSTANT


def too_long_for_a_topic(words: str) -> bool:
    """More than a topic or a keyword subscription can hold: no command stores or echoes it."""
    return len(words.split()) > _MAX_KEYWORD_WORDS or len(words) > _MAX_KEYWORD_CHARS


def topic_from_words(words: str) -> str:
    """A catalog slug when the words name one ("Ukraine", "#Ukraine!"), else lower-case
    keywords as an article's words are matched: in compatibility form (full-width letters are
    letters), without the punctuation around each word ("Luhansk," is "luhansk"), which no
    article word would carry."""
    plain = unicodedata.normalize("NFKC", words).lower().split()
    wanted = " ".join(word for word in map(_without_punctuation_around, plain) if word)
    for topic in catalog():
        if wanted in (topic.slug, topic.label.lower()):
            return topic.slug
    return wanted


def _without_punctuation_around(word: str) -> str:
    start, end = 0, len(word)
    while start < end and unicodedata.category(word[start]).startswith("P"):
        start += 1
    while end > start and unicodedata.category(word[end - 1]).startswith("P"):
        end -= 1
    return word[start:end]


def topics_keyboard(subscribed: set[str]) -> InlineKeyboardMarkup:
    buttons = [
        InlineKeyboardButton(
            f"{'✅ ' if topic.slug in subscribed else ''}{topic.label}",
            callback_data=callbacks.encode(
                callbacks.TopicTap(topic.slug, follow=topic.slug not in subscribed)
            ),
        )
        for topic in catalog()
    ]
    return InlineKeyboardMarkup([buttons[i : i + 2] for i in range(0, len(buttons), 2)])


async def show_topics(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The catalog as buttons, with ✅ on the user's topics."""
    message, user = update.effective_message, update.effective_user
    assert message is not None and user is not None
    subscribed = set(await services_of(context).storage.subscriptions.topics_of(user.id))
    await message.reply_text(messages.TOPICS_HEADER, reply_markup=topics_keyboard(subscribed))


async def toggle_topic(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A tap on a topic button: follow or unfollow it as the button showed, redraw the same
    keyboard, confirm in a toast."""
    query = update.callback_query
    assert query is not None
    tap = callbacks.read(query, callbacks.TopicTap)
    topic, user_id = tap.slug, query.from_user.id
    services = services_of(context)
    subscriptions = services.storage.subscriptions
    limit = services.settings.max_subscriptions
    if tap.follow is False:
        await subscriptions.remove(user_id, topic)
        following = False
    else:
        add = subscriptions.add if tap.follow else subscriptions.toggle
        outcome = await add(user_id, topic, limit=limit)
        if outcome is Subscribed.FULL:
            toast = messages.SUBSCRIPTIONS_FULL_TOAST.format(limit=limit)
            await query.answer(toast, show_alert=True)
            return
        following = outcome is Subscribed.ADDED or bool(tap.follow)
    template = messages.TOPIC_TOGGLED_ON if following else messages.TOPIC_TOGGLED_OFF
    await query.answer(template.format(topic=topic_label(topic)))
    if not _shows_topics(query.message):
        return  # a topic press on another keyboard (only forged data makes one) redraws nothing
    subscribed = set(await subscriptions.topics_of(query.from_user.id))
    try:
        await query.edit_message_reply_markup(reply_markup=topics_keyboard(subscribed))
    except BadRequest as error:  # a double tap: the keyboard shows this already
        if "not modified" not in str(error).lower():
            raise


def _shows_topics(message: MaybeInaccessibleMessage | None) -> bool:
    """Whether the pressed message carries the topics keyboard (the one a press redraws)."""
    markup = message.reply_markup if isinstance(message, Message) else None
    return markup is not None and any(
        isinstance(callbacks.decode(button.callback_data), callbacks.TopicTap)
        for row in markup.inline_keyboard
        for button in row
    )


async def subscribe(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/subscribe TOPIC_OR_KEYWORDS."""
    message, user = update.effective_message, update.effective_user
    assert message is not None and user is not None
    words = command_text(context)
    if not words:
        await message.reply_text(messages.SUBSCRIBE_USAGE)
        return
    if too_long_for_a_topic(words):
        await message.reply_text(messages.KEYWORDS_TOO_LONG)
        return
    if not index_word(words):
        await message.reply_text(messages.KEYWORDS_NEED_A_WORD)
        return
    services = services_of(context)
    topic = topic_from_words(words)
    label = messages.esc(topic_label(topic))
    limit = services.settings.max_subscriptions
    outcome = await services.storage.subscriptions.add(user.id, topic, limit=limit)
    if outcome is Subscribed.ALREADY:
        await message.reply_text(messages.ALREADY_SUBSCRIBED.format(topic=label))
        return
    if outcome is Subscribed.FULL:
        await message.reply_text(messages.SUBSCRIPTIONS_FULL.format(limit=limit))
        return
    how = how_updates_arrive(await services.storage.users.get(user.id))
    await message.reply_text(messages.SUBSCRIBED.format(topic=label, how=how))


async def unsubscribe(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/unsubscribe TOPIC."""
    message, user = update.effective_message, update.effective_user
    assert message is not None and user is not None
    words = command_text(context)
    if not words:
        await message.reply_text(messages.UNSUBSCRIBE_USAGE)
        return
    if too_long_for_a_topic(words):
        await message.reply_text(messages.KEYWORDS_TOO_LONG)
        return
    subscriptions = services_of(context).storage.subscriptions
    topic = topic_from_words(words)
    removed = await subscriptions.remove(user.id, topic)
    if not removed:  # one stored as typed, before punctuation was dropped ("ukraine!")
        topic = " ".join(words.lower().split())
        removed = await subscriptions.remove(user.id, topic)
    label = messages.esc(topic_label(topic))
    template = messages.UNSUBSCRIBED if removed else messages.NOT_SUBSCRIBED
    await message.reply_text(template.format(topic=label))


async def my_subscriptions(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/mysubs: the user's topics and how updates reach them."""
    message, user = update.effective_message, update.effective_user
    assert message is not None and user is not None
    storage = services_of(context).storage
    topics = await storage.subscriptions.topics_of(user.id)
    if not topics:
        await message.reply_text(messages.MY_SUBS_NONE)
        return
    mode = how_updates_arrive(await storage.users.get(user.id))
    listed = ", ".join(messages.esc(topic_label(t)) for t in topics)
    await message.reply_text(messages.MY_SUBS.format(topics=listed, mode=mode))


async def set_mode(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/mode instant | /mode digest [HH:MM]."""
    message, user = update.effective_message, update.effective_user
    assert message is not None and user is not None
    args = [str(a).lower() for a in (context.args or [])]
    users = services_of(context).storage.users
    if args[:1] == ["instant"] and len(args) == 1:
        await users.set_mode(user.id, "instant")
        await message.reply_text(messages.MODE_SET_INSTANT)
        return
    if args[:1] == ["digest"] and len(args) <= 2:
        time = None
        if len(args) == 2:
            time = parse_clock(args[1])
            if time is None:
                await message.reply_text(messages.NOT_A_TIME.format(raw=messages.esc(args[1])))
                return
        was = await users.get(user.id)
        assert was is not None
        digest_time = time or was.digest_time
        skipped = _passed_hour_today(was, was.timezone, digest_time)
        await users.set_mode(user.id, "digest", time, last_digest_on=skipped)
        await message.reply_text(
            messages.MODE_SET_DIGEST.format(
                time=digest_time, timezone=messages.zone_label(was.timezone)
            )
        )
        return
    await message.reply_text(messages.MODE_USAGE)


async def set_timezone(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/timezone Area/City: when "08:00" is, for the digest."""
    message, user = update.effective_message, update.effective_user
    assert message is not None and user is not None
    typed = command_text(context)
    if not typed:
        await message.reply_text(messages.TIMEZONE_USAGE)
        return
    zone = _zone_named(typed)
    if zone is None:
        written = _UTC_OFFSET.fullmatch(_plain_minus(typed))
        if written and _has_minutes(written):
            await message.reply_text(messages.TIMEZONE_NEEDS_CITY)
        else:
            await message.reply_text(messages.TIMEZONE_UNKNOWN.format(zone=messages.esc(typed)))
        return
    users = services_of(context).storage.users
    was = await users.get(user.id)
    assert was is not None
    skipped = _passed_hour_today(was, zone, was.digest_time) if was.mode == "digest" else None
    await users.set_timezone(user.id, zone, last_digest_on=skipped)
    label, offset = messages.esc(messages.zone_label(zone)), _offset_now(zone)
    reply = messages.TIMEZONE_SET.format(zone=label, offset=offset)
    note = messages.FIXED_OFFSET_NOTE if messages.is_fixed_offset(zone) else ""
    await message.reply_text(reply + note)


def _plain_minus(typed: str) -> str:
    """An offset as typed, its minus sign plain (phones type "−" or "–")."""
    return typed.strip().replace("−", "-").replace("–", "-")


def _has_minutes(offset: re.Match[str]) -> bool:
    """An offset such as "UTC+5:30": no Etc zone has one; a city's name does."""
    return offset.group("minutes") not in (None, "00")


def _offset_now(zone: str) -> str:
    """The zone's offset from UTC now, "+05:30" or "-05:00" (which way "Etc/GMT+5" goes)."""
    raw = dt.datetime.now(ZoneInfo(zone)).strftime("%z")  # "+0530"
    return f"{raw[:3]}:{raw[3:5]}"


def _passed_hour_today(was: User, timezone: str, digest_time: str) -> str | None:
    """The local date to mark as this user's last digest when their digest is set up or moved
    to an hour that has passed today: it goes out at its next hour, not at once (the catch-up
    for a missed digest would take it for one); a digest already due and not yet sent still
    goes out (None)."""
    now = dt.datetime.now(dt.UTC)
    due = was.mode == "digest" and due_today(
        now, was.timezone, was.digest_time, was.last_digest_on
    )
    return None if due else passed_today(now, timezone, digest_time)


def _zone_named(name: str) -> str | None:
    """The IANA zone a user means, whatever the case they typed it in ("europe/berlin"), or
    the fixed offset they wrote ("UTC+5", "GMT-3" -> "Etc/GMT-5", "Etc/GMT+3": the Etc names
    count the other way, so a user should not have to)."""
    if offset := _UTC_OFFSET.fullmatch(_plain_minus(name)):
        hours = int(offset.group("hours"))
        if _has_minutes(offset) or hours > 14:
            return None  # (no Etc zone has minutes; a city's name does: "Asia/Kolkata")
        if hours == 0:
            return "UTC"
        name = f"Etc/GMT{'-' if offset.group('sign') == '+' else '+'}{hours}"
    zone = _zones_by_lower_name().get(name.strip().lower())
    if zone is None:
        return None
    try:
        ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        return None
    return zone


@cache
def _zones_by_lower_name() -> dict[str, str]:
    """The time zones the system knows, by lower-case name (a scan of the zone files: once)."""
    places = available_timezones() - _NOT_PLACES
    return {zone.lower(): zone for zone in places} | {"utc": "UTC"}


_UTC_OFFSET = re.compile(
    r"(?:UTC|GMT)\s*(?P<sign>[+-])\s*(?P<hours>\d{1,2})(?::?(?P<minutes>\d{2}))?", re.I
)

# zone files that name no place: the server's own zone, and tzdata's placeholders
_NOT_PLACES = {"localtime", "Factory", "posixrules"}
