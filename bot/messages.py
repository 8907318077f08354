"""Every text a chat user reads, in one place (wording, and later translation, live here).

Texts are Telegram HTML; anything interpolated from users or articles is escaped by the caller
through ``esc``.
"""

from __future__ import annotations

import datetime as dt
import html
import re

MIN_PASTED_WORDS = 80


def esc(text: str) -> str:
    return html.escape(text, quote=False)


WELCOME = (
    "👋 <b>Sift</b> summarizes news and flags the claims an article does not stand behind.\n\n"
    f"Send me a link, or paste an article's text (at least {MIN_PASTED_WORDS} words). "
    "I answer with a short summary: ⚠️ marks claims that are unverified or only claimed, and the "
    "<b>Unverified claims</b> list says who makes each one and why it is flagged.\n\n"
    "<b>Try it:</b> send a news link, e.g. <code>https://apnews.com/…</code>\n\n"
    "<b>Follow topics:</b> /topics to pick, /subscribe <i>topic or keywords</i>, /mysubs to "
    "see yours, /mode to get updates instantly or as a daily digest, /timezone for your clock.\n\n"
    "<b>Privacy:</b> text you paste stays yours: its summary is shown only to you, never pushed "
    "to others or put in digests. Summaries of links are shared: they may reach people who "
    "follow the article's topics."
)

ADMIN_HELP = (
    "\n\n<b>Admin:</b> /broadcast <i>text</i>, /broadcast_cancel, /digest [<i>topic</i>], "
    "/schedule_digest <i>HH:MM</i> [<i>topic</i>], /addfeed <i>url topic</i> [<i>60m</i>], "
    "/feeds, /delfeed, /stats"
)

COMMANDS = [
    ("start", "What Sift does"),
    ("help", "How to use Sift"),
    ("topics", "Pick topics to follow"),
    ("subscribe", "Follow a topic or keywords"),
    ("unsubscribe", "Stop following a topic"),
    ("mysubs", "Your topics and delivery mode"),
    ("mode", "Instant updates or a daily digest"),
    ("timezone", "Your time zone for the digest"),
]

LINK_FAILED = "{url}\n{reply}"  # an error for one of a message's links, under the link
UNKNOWN_COMMAND = "I don't know that command. /help lists what I can do."
SHORT_CHATTER = (
    "Send me a link to an article, or paste the article's text (at least "
    f"{MIN_PASTED_WORDS} words), and I'll summarize it. /help shows more."
)
TOO_COMPLEX = (
    "That article is too complex for me to summarize in time. "
    "Try pasting just the article's own text."
)
ENGINE_BUSY = "I'm summarizing a lot of articles right now. Please try again in a minute."
RATE_LIMITED = "You're sending a lot at once 🙂 Please wait a minute and try again."
SOMETHING_WENT_WRONG = "Sorry, something went wrong on my side. Please try again in a moment."
NOT_ALLOWED = "Sorry, that command is only for Sift's admins."
EDITS_NOT_READ = (
    "I read messages as they are sent, not their edits: send the corrected link or text as a "
    "new message."
)
PRIVATE_CHATS_ONLY = (
    "Hi! I summarize articles in private chats only, so I'm leaving this group. "
    "Open a chat with me and send me a link or an article's text."
)
FROM_STORAGE_NOTE = "<i>(summarized {age})</i>"  # an answer from storage says how old it is
TOO_MANY_LINKS = "I summarize up to {limit} links per message; I took the first {limit}."

SUBSCRIBE_BUTTON = "Subscribe to {label}"
CLAIMS_BUTTON = "Full claims list"
CLAIMS_HEADER = "<b>Flagged claims in this article</b> ({count})"
NO_CLAIMS = "This article has no flagged claims."
ARTICLE_GONE = "I can't find that article any more."
ARTICLE_CHANGED = (
    "This summary has been updated since this answer. Send the link again for the current one."
)
CLAIMS_MORE_BUTTON = "More claims ({page}/{pages})"
BUTTON_EXPIRED = "This button has expired. Send the article again for fresh buttons."

TOPICS_HEADER = "Tap a topic to follow or unfollow it. ✅ marks the ones you follow."
SUBSCRIBED = "✅ You now follow <b>{topic}</b>. New articles about it will reach you {how}."
ALREADY_SUBSCRIBED = "You already follow <b>{topic}</b>."
UNSUBSCRIBED = "You no longer follow <b>{topic}</b>."
NOT_SUBSCRIBED = "You don't follow <b>{topic}</b>. /mysubs shows what you follow."
SUBSCRIBE_USAGE = (
    "Tell me what to follow: <code>/subscribe ukraine</code> or "
    "<code>/subscribe nuclear power</code>. /topics shows the catalog."
)
UNSUBSCRIBE_USAGE = "Tell me what to stop following: <code>/unsubscribe ukraine</code>."
KEYWORDS_TOO_LONG = "Keep it short: up to 5 words and 50 characters."
KEYWORDS_NEED_A_WORD = "Follow a word or a name, e.g. <code>/subscribe nuclear power</code>."
SUBSCRIPTIONS_FULL = (
    "You already follow {limit} topics, the most I keep for one person. "
    "/mysubs lists them; /unsubscribe one to make room."
)
SUBSCRIPTIONS_FULL_TOAST = "You follow {limit} topics, the most I keep. Unfollow one first."
MY_SUBS = "<b>You follow:</b> {topics}\n<b>Delivery:</b> {mode}"
MY_SUBS_NONE = "You don't follow any topics yet. /topics lets you pick some."
TOPIC_TOGGLED_ON = "Following {topic}"
TOPIC_TOGGLED_OFF = "Stopped following {topic}"
HOW_INSTANT = "as soon as they are summarized"
HOW_DIGEST = "in your daily digest at {time} ({timezone})"
MODE_USAGE = (
    "Choose how updates reach you: <code>/mode instant</code>, or <code>/mode digest</code> "
    "for one message a day (<code>/mode digest 08:00</code> picks the hour)."
)
NOT_A_TIME = "“{raw}” isn't a time of day I can read. Use HH:MM, e.g. <code>08:00</code>."
MODE_SET_INSTANT = "⚡ You'll get new articles on your topics as soon as they arrive."
MODE_SET_DIGEST = "🗞 You'll get one digest a day at <b>{time}</b> ({timezone})."
TIMEZONE_USAGE = (
    "Tell me your time zone, e.g. <code>/timezone Europe/Berlin</code>, "
    "<code>/timezone America/New_York</code> or <code>/timezone UTC+5</code>."
)
TIMEZONE_UNKNOWN = "I don't know the time zone <b>{zone}</b>. Try e.g. <code>Europe/London</code>."
TIMEZONE_SET = "🕗 Your time zone is now <b>{zone}</b> (UTC{offset} now)."
FIXED_OFFSET_NOTE = " A fixed offset does not follow summer time: your city's zone does."
TIMEZONE_NEEDS_CITY = (
    "An offset with minutes has no zone of its own: send your city's, e.g. "
    "<code>/timezone Asia/Kolkata</code> or <code>/timezone America/St_Johns</code>."
)

PUSH_HEADER = "🔔 <b>New on {topics}</b>"
DIGEST_HEADER = "🗞 <b>Your Sift digest</b> — {count} new article{plural}"
DIGEST_ITEM = "<b>{title}</b>\n{lines}{flags}"
DIGEST_FLAGS = "\n⚠️ {count} flagged claim{plural}"
DIGEST_MORE = "<b>More</b>"
DIGEST_LEFT = "…and {count} more article{plural}."
ADMIN_DIGEST_HEADER = "🗞 <b>Sift digest{topic}</b> — the last 24 hours"
ADMIN_DIGEST_EMPTY = "Nothing was summarized{topic} in the last 24 hours, so there is no digest."

BROADCAST_USAGE = "Write the message after the command: <code>/broadcast Hello everyone</code>."
BROADCAST_PREVIEW = "📣 <b>Preview</b> — this goes to {count} {audience}:\n\n{text}"
CONFIRM_BUTTON = "✅ Send"
CANCEL_BUTTON = "✖️ Cancel"
BROADCAST_STOPPING = "Stopping it: the report above will say what went out."
BROADCAST_SENDING = "📤 Sending to {count} user{plural}…"
BROADCAST_DONE = "✅ Done: {sent} sent, {blocked} blocked, {failed} failed."
BROADCAST_PROGRESS = (
    "📤 Sending… {sent} sent, {failed} failed, {blocked} blocked, {remaining} remaining ({eta})"
)
BROADCAST_CANCELLED_RUN = (
    "✖️ Cancelled: {sent} sent before the stop, {skipped} not sent, {blocked} blocked, "
    "{failed} failed."
)
BROADCAST_CANCEL_NONE = "There is no broadcast running."
BROADCAST_CANCEL_USAGE = "Which one? <code>/broadcast_cancel 12</code> (see /stats)."
ETA_UNKNOWN = "estimating time left"
ETA_FINISHING = "finishing"
LAST_RUNS = "<b>Last runs:</b>\n{runs}"
RUN_LINE = "• #{id} {kind}{topic} — {status}: {sent} sent, {blocked} blocked, {failed} failed"


def plural(count: int) -> str:
    """The "s" of "3 articles" (English needs nothing more here)."""
    return "" if count == 1 else "s"


def eta(seconds: float) -> str:
    """ "about 3 min left" — rounded the way people say it."""
    if seconds < 60:
        return f"about {max(1, round(seconds))} s left"
    if seconds < 3600:
        return f"about {round(seconds / 60)} min left"
    return f"about {seconds / 3600:.1f} h left"


BROADCAST_CANCELLED = "✖️ Cancelled. Nothing was sent."
BROADCAST_GONE = "That broadcast was already sent or cancelled."
STATS = (
    "<b>Users:</b> {users} ({active} active, {blocked} blocked)\n"
    "<b>Articles:</b> {articles}\n"
    "<b>Deliveries:</b> {deliveries}\n"
    "<b>Subscriptions:</b>\n{subscriptions}"
)

ADDFEED_USAGE = (
    "Give the feed's address and a topic: "
    "<code>/addfeed https://example.com/rss.xml climate</code>. "
    "It is checked every 15 minutes; end with e.g. <code>60m</code> for another interval."
)
FEED_INTERVAL_RANGE = "Check a feed every 5 to 1440 minutes (e.g. <code>60m</code>)."
FEED_ADDED = (
    "📡 Added <b>{title}</b> (#{id}) → <b>{topic}</b>. I check it every {minutes} minutes and "
    "post new items from now on."
)
FEED_EXISTS = "That feed is already followed (#{id})."
FEED_BROKEN = "I couldn't add that feed: {reason}"
FEEDS_NONE = "No feeds yet. /addfeed adds one."
FEEDS_HEADER = "<b>Feeds</b>"
FEED_LINE = "• #{id} {title} → {topic}, every {minutes} min — {state}"
FEED_OK = "ok, checked {when}"
FEED_NEW = "not checked yet"
FEED_ERRORS = "⚠️ {count} failure{plural} in a row: {error}"
DELFEED_USAGE = "Which feed? <code>/delfeed 3</code> (see /feeds)."
FEED_REMOVED = "Removed feed #{id}."
FEED_UNKNOWN = "There is no feed {key}. /feeds lists them."

SCHEDULE_USAGE = (
    "<code>/schedule_digest 08:00</code> sends everyone a digest of the last 24 hours every day "
    "at 08:00 (UTC, or your /timezone); add a topic for its subscribers only: "
    "<code>/schedule_digest 18:30 climate</code>. "
    "<code>/schedule_digest off [topic]</code> stops it."
)
SCHEDULE_SET = "🗓 Every day at {time} ({timezone}), a digest goes to {audience}."
SCHEDULE_OFF = "🗓 The daily digest for {audience} is off."
SCHEDULE_OFF_HOW = (
    "To stop a daily digest, leave out its time: <code>/schedule_digest off</code>, or "
    "<code>/schedule_digest off climate</code> for a topic's."
)
SCHEDULE_NONE = "There was no daily digest for {audience}."
SCHEDULES_HEADER = "<b>Daily digests:</b>"
SCHEDULE_LINE = "• {time} ({timezone}) → {audience}"


def age_in_words(age: dt.timedelta) -> str:
    """How long ago, as a reader says it: "just now", "5 minutes ago", "3 hours ago", "2 days
    ago" (to the unit that matters; the exact time would need the reader's time zone)."""
    minutes = int(age.total_seconds() // 60)
    if minutes < 1:
        return "just now"
    for size, unit in ((60 * 24, "day"), (60, "hour"), (1, "minute")):
        if minutes >= size:
            count = minutes // size
            return f"{count} {unit}{'' if count == 1 else 's'} ago"
    raise AssertionError("unreachable")


_FIXED_OFFSET = re.compile(r"Etc/GMT(?P<sign>[+-])(?P<hours>\d{1,2})")


def zone_label(zone: str) -> str:
    """A zone as a user reads it: tzdata's fixed offsets count the other way round from what
    they mean ("Etc/GMT-5" is UTC+5), so they are shown as what they mean."""
    fixed = _FIXED_OFFSET.fullmatch(zone)
    if fixed is None:
        return zone
    if int(fixed.group("hours")) == 0:
        return "UTC"
    return f"UTC{'-' if fixed.group('sign') == '+' else '+'}{fixed.group('hours')}"


def is_fixed_offset(zone: str) -> bool:
    """A zone that keeps one offset all year though its name suggests a place's time: tzdata's
    Etc/GMT±N and the old EST, MST and HST (not UTC itself, which no one mistakes)."""
    return zone in _FIXED_ZONES or (
        _FIXED_OFFSET.fullmatch(zone) is not None and zone_label(zone) != "UTC"
    )


_FIXED_ZONES = frozenset({"EST", "MST", "HST"})
