"""A local Telegram Bot API server: real HTTP on 127.0.0.1, for tests and ``python -m bot chat``.

The real Application talks to it through ``base_url`` exactly as it talks to Telegram. It
implements the methods Sift calls, keeps chats and messages, validates HTML as Telegram does
(allowed tags, nesting, 4,096 characters), and plays the user's side: a person (or a test) sends
messages, presses buttons and blocks the bot. It can also misbehave on request: 429 with
``retry_after``, 403 "bot was blocked by the user", and a global rate cap.

It runs in its own thread, so the bot's event loop and the server never wait on each other.

Webhooks work as Telegram documents them: after ``setWebhook`` the updates are POSTed as JSON to
the bot (with the secret header), ``getUpdates`` answers 409, and a failed POST is retried with
backoff, never dropped. Given several ``webhook_targets`` it spreads the POSTs over them
round-robin (or, ``by_chat``, each chat to one instance while that one is up, as a load balancer
hashing on the chat id does) and retries a target's failure on the next one, as a load balancer
in front of several instances would. It only ever connects to loopback addresses.
"""

from __future__ import annotations

import asyncio
import http.client
import itertools
import json
import re
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from html.parser import HTMLParser
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any
from urllib.parse import parse_qs, urlsplit

_JSON_FIELDS = frozenset(
    {
        "reply_markup",
        "reply_parameters",
        "link_preview_options",
        "commands",
        "allowed_updates",
        "entities",
        "scope",
    }
)
_INT_FIELDS = frozenset(
    {
        "chat_id",
        "message_id",
        "offset",
        "limit",
        "timeout",
        "reply_to_message_id",
        "max_connections",
    }
)
_ALLOWED_TAGS = frozenset(
    "b strong i em u ins s strike del a code pre tg-spoiler span blockquote tg-emoji".split()  # noqa: SIM905
)
MAX_TEXT = 4096
# Telegram allows 1-100 webhook connections (default 40); more threads than this buy a test
# nothing, so the pool is capped here and the cap documented.
MAX_DELIVERY_THREADS = 16
FIRST_RETRY_SECONDS = 0.1  # Telegram waits longer; a test wants the retry soon
MAX_RETRY_SECONDS = 2.0
WEBHOOK_TIMEOUT_SECONDS = 10.0
_LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1"})
_SECRET = re.compile(r"[A-Za-z0-9_-]{1,256}")
_CONFLICT = (
    "Conflict: can't use getUpdates method while webhook is active; "
    "use deleteWebhook to delete the webhook first"
)


class ApiError(Exception):
    def __init__(self, code: int, description: str, retry_after: int | None = None) -> None:
        super().__init__(description)
        self.code = code
        self.description = description
        self.retry_after = retry_after

    def payload(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "ok": False,
            "error_code": self.code,
            "description": self.description,
        }
        if self.retry_after is not None:
            body["parameters"] = {"retry_after": self.retry_after}
        return body


@dataclass
class SentMessage:
    """A message the bot sent (and its later edits), as a user would see it."""

    chat_id: int
    message_id: int
    html: str
    text: str
    reply_markup: dict[str, Any] | None = None
    reply_to: int | None = None
    edits: int = 0
    sent_at: float = field(default_factory=time.monotonic)  # when the server accepted it

    @property
    def buttons(self) -> list[tuple[str, str]]:
        """(label, callback data or URL) of every inline button, row by row."""
        rows = (self.reply_markup or {}).get("inline_keyboard", [])
        return [
            (button["text"], button.get("callback_data") or button.get("url", ""))
            for row in rows
            for button in row
        ]


@dataclass
class _Fault:
    method: str
    chat_id: int | None
    code: int
    description: str
    retry_after: int | None
    times: int


@dataclass(frozen=True)
class _Webhook:
    url: str
    secret_token: str | None
    allowed_updates: tuple[str, ...] | None
    max_connections: int


@dataclass
class _Target:
    """Where POSTs go: the webhook's own URL, or one instance behind the "load balancer"."""

    url: str
    retry_at: float = 0.0
    failures: int = 0


@dataclass
class _State:
    updates: list[dict[str, Any]] = field(default_factory=list)
    messages: dict[tuple[int, int], SentMessage] = field(default_factory=dict)
    # The same messages by chat, in the order sent: a test waiting on one chat must not sort
    # every chat's messages at each wake-up while holding the lock the bot's sends need.
    by_chat: dict[int, list[SentMessage]] = field(default_factory=dict)
    log: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    known_chats: dict[int, dict[str, Any]] = field(default_factory=dict)
    left_chats: set[int] = field(default_factory=set)
    actions: list[tuple[int, str]] = field(default_factory=list)  # ("typing", …) per chat
    blocked: set[int] = field(default_factory=set)
    faults: list[_Fault] = field(default_factory=list)
    commands: list[dict[str, str]] = field(default_factory=list)
    callback_answers: dict[str, dict[str, Any]] = field(default_factory=dict)
    send_times: deque[float] = field(default_factory=deque)
    rejected_429: int = 0
    webhook: _Webhook | None = None
    webhook_generation: int = 0
    in_flight: set[int] = field(default_factory=set)
    last_error_date: int | None = None
    last_error_message: str | None = None
    delivered: list[tuple[str, int]] = field(default_factory=list)


class LocalBotAPI:
    """Start with ``with LocalBotAPI() as api:``; point ptb at ``api.base_url``."""

    BOT_ID = 777000

    def __init__(
        self,
        token: str = "123456:LOCAL-TEST-TOKEN",
        *,
        bot_username: str = "sift_bot",
        port: int = 0,
        max_messages_per_second: float | None = None,
        webhook_targets: Sequence[str] | None = None,
    ) -> None:
        self.token = token
        self.bot_username = bot_username
        self.max_messages_per_second = max_messages_per_second
        self._port = port
        self._state = _State()
        self._lock = threading.Condition()
        self._update_ids = itertools.count(1)
        self._message_ids: dict[int, itertools.count[int]] = {}
        self._callback_ids = itertools.count(1)
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._targets = [_Target(url) for url in webhook_targets or ()]
        self._next_target = 0
        self._by_chat = False
        self._direct: _Target | None = None
        self._deliverers: list[threading.Thread] = []
        self._stopping = False

    # -- life cycle -------------------------------------------------------------------------

    def start(self) -> LocalBotAPI:
        api = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # answers go out at once, not after a delayed ACK

            def do_POST(self) -> None:
                api._serve(self)

            def do_GET(self) -> None:
                api._serve(self)

            def log_message(self, format: str, *args: object) -> None:
                pass

        class Server(ThreadingHTTPServer):
            daemon_threads = True

            def handle_error(self, request: object, client_address: object) -> None:
                pass  # a client that went away mid-answer (shutdown, time-out)

        self._server = Server(("127.0.0.1", self._port), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        with self._lock:
            self._stopping = True
            self._lock.notify_all()
        for thread in self._deliverers:
            thread.join(timeout=WEBHOOK_TIMEOUT_SECONDS)
        self._deliverers.clear()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> LocalBotAPI:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    @property
    def port(self) -> int:
        assert self._server is not None, "start() first"
        return int(self._server.server_address[1])

    @property
    def base_url(self) -> str:
        """What ptb's ``ApplicationBuilder.base_url`` takes (the token is appended to it)."""
        return f"http://127.0.0.1:{self.port}/bot"

    def spread_over(self, targets: Sequence[str], *, by_chat: bool = False) -> None:
        """Deliver webhook POSTs to these instance URLs instead of the webhook's own URL, as a
        load balancer does; an empty list delivers to the webhook's URL again. ``by_chat``
        sends each chat's updates to one instance while it is up, so they are also handled in
        order (round-robin hands a chat's quick second message to another instance, which may
        finish it first)."""
        with self._lock:
            self._targets = [_Target(url) for url in targets]
            self._next_target = 0
            self._by_chat = by_chat
            self._lock.notify_all()

    # -- the user's side --------------------------------------------------------------------

    def add_user(
        self, user_id: int, first_name: str = "User", username: str | None = None
    ) -> None:
        """Make a private chat exist (as if the user had pressed Start long ago)."""
        with self._lock:
            self._state.known_chats[user_id] = _user(user_id, first_name, username)

    def send_text(
        self,
        user_id: int,
        text: str,
        *,
        first_name: str = "User",
        username: str | None = None,
        forward_from_chat: str | None = None,
        formatting: list[dict[str, Any]] | None = None,
    ) -> int:
        """The user writes to the bot; returns the new message's id. ``formatting``: the
        entities a Telegram app sends for bold, links and the like (offsets in UTF-16 units)."""
        user = _user(user_id, first_name, username)
        with self._lock:
            self._state.known_chats[user_id] = user
            self._state.blocked.discard(user_id)
            message_id = self._next_message_id(user_id)
            message: dict[str, Any] = {
                "message_id": message_id,
                "date": int(time.time()),
                "chat": _private_chat(user),
                "from": user,
                "text": text,
            }
            if entities := _text_entities(text, formatting or ()):
                message["entities"] = entities
            if forward_from_chat:
                message["forward_origin"] = {
                    "type": "channel",
                    "date": int(time.time()),
                    "chat": {"id": -1001, "type": "channel", "title": forward_from_chat},
                    "message_id": 1,
                }
            self._push_update({"message": message})
        return message_id

    def edit_text(self, user_id: int, message_id: int, text: str) -> None:
        """The user edits a message they sent: the bot gets an edited_message update."""
        with self._lock:
            user = self._state.known_chats.get(user_id) or _user(user_id, "User", None)
            message: dict[str, Any] = {
                "message_id": message_id,
                "date": int(time.time()) - 1,
                "edit_date": int(time.time()),
                "chat": _private_chat(user),
                "from": user,
                "text": text,
            }
            if entities := _text_entities(text):
                message["entities"] = entities
            self._push_update({"edited_message": message})

    def press(self, user_id: int, message_id: int, data: str) -> str:
        """The user taps an inline button under one of the bot's messages."""
        with self._lock:
            sent = self._state.messages.get((user_id, message_id))
            if sent is None:
                raise KeyError(f"no message {message_id} in chat {user_id}")
            callback_id = str(next(self._callback_ids))
            user = self._state.known_chats.get(user_id) or _user(user_id, "User", None)
            self._push_update(
                {
                    "callback_query": {
                        "id": callback_id,
                        "from": user,
                        "chat_instance": str(user_id),
                        "data": data,
                        "message": self._message_payload(sent),
                    }
                }
            )
        return callback_id

    def block_bot(self, user_id: int) -> None:
        """The user blocks the bot: later sends get 403, and the bot is told (my_chat_member)."""
        with self._lock:
            self._state.blocked.add(user_id)
            user = self._state.known_chats.get(user_id) or _user(user_id, "User", None)
            kicked = {"status": "kicked", "until_date": 0}
            self._push_update(self._bot_membership(_private_chat(user), user, "member", kicked))

    def add_to_group(self, user_id: int, group_id: int, title: str = "Group") -> None:
        """A user adds the bot to a group (a negative id, as Telegram's): the bot is told."""
        group = {"id": group_id, "type": "supergroup", "title": title}
        with self._lock:
            self._state.known_chats[group_id] = group
            user = self._state.known_chats.get(user_id) or _user(user_id, "User", None)
            self._push_update(self._bot_membership(group, user, "left", {"status": "member"}))

    def _bot_membership(
        self, chat: dict[str, Any], by: dict[str, Any], was: str, now: dict[str, Any]
    ) -> dict[str, Any]:
        """The my_chat_member update telling the bot its status in ``chat`` changed."""
        return {
            "my_chat_member": {
                "chat": chat,
                "from": by,
                "date": int(time.time()),
                "old_chat_member": {"status": was, "user": self._bot_user()},
                "new_chat_member": {**now, "user": self._bot_user()},
            }
        }

    def send_group_text(self, user_id: int, group_id: int, text: str) -> int:
        """A member writes in a group the bot is in (who has no private chat with it)."""
        with self._lock:
            group = self._state.known_chats[group_id]
            message_id = self._next_message_id(group_id)
            message: dict[str, Any] = {
                "message_id": message_id,
                "date": int(time.time()),
                "chat": group,
                "from": _user(user_id, "Member", None),
                "text": text,
            }
            if entities := _text_entities(text):
                message["entities"] = entities
            self._push_update({"message": message})
        return message_id

    def actions(self, chat_id: int) -> list[str]:
        """The chat actions ("typing") the bot showed in a chat, in order."""
        with self._lock:
            return [action for chat, action in self._state.actions if chat == chat_id]

    def left(self, chat_id: int) -> bool:
        """Whether the bot has left that chat (leaveChat)."""
        with self._lock:
            return chat_id in self._state.left_chats

    def block_silently(self, user_id: int) -> None:
        """Blocked without the bot being told: it learns from a 403 when it next writes."""
        with self._lock:
            self._state.blocked.add(user_id)

    # -- what the bot did -------------------------------------------------------------------

    def messages(self, chat_id: int | None = None) -> list[SentMessage]:
        with self._lock:
            if chat_id is not None:
                return list(self._state.by_chat.get(chat_id, ()))
            return [m for _, m in sorted(self._state.messages.items())]

    def undelivered_updates(self) -> int:
        """Updates the bot has not yet confirmed it received (by a later getUpdates offset)."""
        with self._lock:
            return len(self._state.updates)

    def message_count(self) -> int:
        """How many messages the bot has sent in all (cheap: for polling loops)."""
        with self._lock:
            return len(self._state.messages)

    def calls(self, method: str | None = None) -> list[tuple[str, dict[str, Any]]]:
        with self._lock:
            return [(m, p) for m, p in self._state.log if method is None or m == method]

    def callback_answer(self, callback_id: str) -> dict[str, Any] | None:
        with self._lock:
            return self._state.callback_answers.get(callback_id)

    @property
    def commands(self) -> list[dict[str, str]]:
        with self._lock:
            return list(self._state.commands)

    @property
    def rejected_429(self) -> int:
        with self._lock:
            return self._state.rejected_429

    def webhook_info(self) -> dict[str, Any]:
        """What ``getWebhookInfo`` answers."""
        with self._lock:
            return self._webhook_info({})

    def deliveries(self) -> list[tuple[str, int]]:
        """(target URL, update_id) of every webhook POST the bot accepted, in order."""
        with self._lock:
            return list(self._state.delivered)

    def wait_for(
        self,
        predicate: Callable[[LocalBotAPI], Any],
        timeout: float = 10.0,
    ) -> Any:
        """Block until ``predicate(self)`` is truthy (checked after every bot call)."""
        deadline = time.monotonic() + timeout
        with self._lock:
            while True:
                self._lock.release()
                try:
                    result = predicate(self)
                finally:
                    self._lock.acquire()
                if result:
                    return result
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError("the bot did not do what was expected in time")
                self._lock.wait(min(remaining, 0.2))

    def wait_for_messages(
        self, chat_id: int, count: int, timeout: float = 10.0
    ) -> list[SentMessage]:
        def enough(api: LocalBotAPI) -> list[SentMessage] | None:
            found = api.messages(chat_id)
            return found if len(found) >= count else None

        result: list[SentMessage] = self.wait_for(enough, timeout)
        return result

    async def until(self, predicate: Callable[[LocalBotAPI], Any], timeout: float = 10.0) -> Any:
        """``wait_for`` for code that runs on the bot's own event loop (it must not block)."""
        deadline = time.monotonic() + timeout
        while True:
            result = predicate(self)
            if result:
                return result
            if time.monotonic() > deadline:
                raise TimeoutError("the bot did not do what was expected in time")
            await asyncio.sleep(0.02)

    async def replies(self, chat_id: int, count: int, timeout: float = 10.0) -> list[SentMessage]:
        """The first ``count`` messages the bot sent to a chat, once there are that many."""

        def enough(api: LocalBotAPI) -> list[SentMessage] | None:
            found = api.messages(chat_id)
            return found[:count] if len(found) >= count else None

        result: list[SentMessage] = await self.until(enough, timeout)
        return result

    # -- faults -----------------------------------------------------------------------------

    def fail_next(
        self,
        method: str,
        *,
        chat_id: int | None = None,
        code: int = 429,
        retry_after: int | None = 1,
        description: str | None = None,
        times: int = 1,
    ) -> None:
        default = {
            429: f"Too Many Requests: retry after {retry_after}",
            403: "Forbidden: bot was blocked by the user",
            400: "Bad Request: chat not found",
        }.get(code, "Internal Server Error")
        with self._lock:
            self._state.faults.append(
                _Fault(
                    method,
                    chat_id,
                    code,
                    description or default,
                    retry_after if code == 429 else None,
                    times,
                )
            )

    # -- HTTP -------------------------------------------------------------------------------

    def _serve(self, request: BaseHTTPRequestHandler) -> None:
        prefix = f"/bot{self.token}/"
        path = request.path.split("?")[0]
        try:
            if not path.startswith(prefix):
                raise ApiError(404, "Not Found")
            method = path[len(prefix) :]
            params = _decode_params(request)
            result = self._call(method, params)
            status, body = 200, {"ok": True, "result": result}
        except ApiError as error:
            status, body = error.code, error.payload()
        data = json.dumps(body).encode()
        head = (
            f"HTTP/1.1 {status} {'OK' if status == 200 else 'Error'}\r\n"
            f"Content-Type: application/json\r\nContent-Length: {len(data)}\r\n\r\n"
        )
        request.wfile.write(head.encode() + data)  # one write: one segment

    def _call(self, method: str, params: dict[str, Any]) -> Any:
        if method == "getUpdates":
            return self._get_updates(params)
        with self._lock:
            try:
                self._state.log.append((method, params))
                self._inject_fault(method, params)
                handler = self._methods().get(method)
                if handler is None:
                    raise ApiError(404, "Not Found: method not found")
                return handler(params)
            finally:
                self._lock.notify_all()

    def _methods(self) -> dict[str, Callable[[dict[str, Any]], Any]]:
        return {
            "getMe": lambda _: self._bot_user(),
            "setWebhook": self._set_webhook,
            "deleteWebhook": self._delete_webhook,
            "getWebhookInfo": self._webhook_info,
            "setMyCommands": self._set_my_commands,
            "getMyCommands": lambda _: self._state.commands,
            "deleteMyCommands": lambda _: True,
            "sendMessage": self._send_message,
            "editMessageText": self._edit_message_text,
            "editMessageReplyMarkup": self._edit_reply_markup,
            "answerCallbackQuery": self._answer_callback,
            "sendChatAction": self._chat_action,
            "leaveChat": self._leave_chat,
            "close": lambda _: True,
            "logOut": lambda _: True,
        }

    def _inject_fault(self, method: str, params: dict[str, Any]) -> None:
        chat_id = params.get("chat_id")
        for fault in self._state.faults:
            if fault.method == method and fault.chat_id in (None, chat_id) and fault.times > 0:
                fault.times -= 1
                if fault.code == 429:
                    self._state.rejected_429 += 1
                raise ApiError(fault.code, fault.description, fault.retry_after)
        if method in ("sendMessage", "editMessageText") and chat_id in self._state.blocked:
            raise ApiError(403, "Forbidden: bot was blocked by the user")
        if method == "sendMessage" and self.max_messages_per_second:
            self._enforce_rate()

    def _enforce_rate(self) -> None:
        now = time.monotonic()
        window = self._state.send_times
        while window and now - window[0] >= 1.0:
            window.popleft()
        assert self.max_messages_per_second is not None
        if len(window) >= self.max_messages_per_second:
            self._state.rejected_429 += 1
            raise ApiError(429, "Too Many Requests: retry after 1", retry_after=1)
        window.append(now)

    def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(params.get("offset") or 0)
        limit = int(params.get("limit") or 100)
        wait = float(params.get("timeout") or 0)
        deadline = time.monotonic() + wait
        with self._lock:
            if self._state.webhook is not None:
                raise ApiError(409, _CONFLICT)
            self._state.updates = [u for u in self._state.updates if u["update_id"] >= offset]
            while not self._state.updates and self._server is not None:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    break
                self._lock.wait(remaining)
            if self._state.webhook is not None:
                return []  # set while this call waited: the updates go to the webhook now
            allowed = params.get("allowed_updates")
            return [
                u
                for u in self._state.updates[:limit]
                if not allowed or any(key in u for key in allowed)
            ]

    # -- webhooks ---------------------------------------------------------------------------

    def _set_webhook(self, params: dict[str, Any]) -> bool:
        url = str(params.get("url") or "")
        if not url:
            return self._delete_webhook(params)
        if urlsplit(url).scheme not in ("http", "https"):
            raise ApiError(400, "Bad Request: bad webhook: invalid webhook URL specified")
        secret = params.get("secret_token") or None
        if secret is not None and not _SECRET.fullmatch(str(secret)):
            raise ApiError(400, "Bad Request: secret token contains unallowed characters")
        connections = int(params.get("max_connections") or 40)
        if not 1 <= connections <= 100:
            raise ApiError(400, "Bad Request: bad webhook: max_connections must be 1-100")
        allowed = params.get("allowed_updates")
        webhook = _Webhook(url, secret, tuple(allowed) if allowed else None, connections)
        if _truthy(params.get("drop_pending_updates")):
            self._state.updates.clear()
        if webhook != self._state.webhook:  # the same webhook again changes nothing
            self._state.webhook = webhook
            self._state.webhook_generation += 1
            self._start_deliverers(webhook, self._state.webhook_generation)
        return True

    def _delete_webhook(self, params: dict[str, Any]) -> bool:
        if _truthy(params.get("drop_pending_updates")):
            self._state.updates.clear()
        if self._state.webhook is not None:
            self._state.webhook = None
            self._state.webhook_generation += 1
        return True

    def _webhook_info(self, _: dict[str, Any]) -> dict[str, Any]:
        webhook = self._state.webhook
        info: dict[str, Any] = {
            "url": webhook.url if webhook else "",
            "has_custom_certificate": False,
            "pending_update_count": len(self._state.updates),
        }
        if webhook is not None:
            info["max_connections"] = webhook.max_connections
            if webhook.allowed_updates:
                info["allowed_updates"] = list(webhook.allowed_updates)
        if self._state.last_error_message:
            info["last_error_date"] = self._state.last_error_date
            info["last_error_message"] = self._state.last_error_message
        return info

    def _start_deliverers(self, webhook: _Webhook, generation: int) -> None:
        self._deliverers = [t for t in self._deliverers if t.is_alive()]
        for number in range(min(webhook.max_connections, MAX_DELIVERY_THREADS)):
            thread = threading.Thread(
                target=self._deliver,
                args=(generation,),
                name=f"webhook-delivery-{generation}-{number}",
                daemon=True,
            )
            self._deliverers.append(thread)
            thread.start()

    def _deliver(self, generation: int) -> None:
        """One of the webhook's connections: POST the next due update, until the webhook
        changes or the server stops."""
        with self._lock:
            while not self._stopping and self._state.webhook_generation == generation:
                webhook = self._state.webhook
                assert webhook is not None
                picked = self._next_delivery(webhook)
                if isinstance(picked, float):
                    self._lock.wait(picked)
                    continue
                update, target = picked
                self._state.in_flight.add(update["update_id"])
                self._lock.release()
                try:
                    error = _post(target.url, update, webhook.secret_token)
                finally:
                    self._lock.acquire()
                    self._state.in_flight.discard(update["update_id"])
                self._delivered(update, target, error)
                self._lock.notify_all()

    def _next_delivery(self, webhook: _Webhook) -> tuple[dict[str, Any], _Target] | float:
        """The oldest update whose chat has no earlier update still undelivered (so a chat's
        updates arrive in order even over several connections), and a target that is up; or
        how long to wait before looking again."""
        allowed = webhook.allowed_updates
        if allowed:  # Telegram never sends the kinds the bot did not ask for
            self._state.updates = [
                u for u in self._state.updates if any(key in u for key in allowed)
            ]
        busy_chats: set[object] = set()
        candidate = None
        for update in self._state.updates:
            chat = _chat_key(update)
            if chat not in busy_chats and update["update_id"] not in self._state.in_flight:
                candidate = update
                break
            busy_chats.add(chat)
        if candidate is None:
            return 1.0
        targets = self._targets or [self._direct_target(webhook)]
        now = time.monotonic()
        chat = _chat_key(candidate)
        first = abs(hash(chat)) % len(targets) if self._by_chat else self._next_target
        for step in range(len(targets)):
            target = targets[(first + step) % len(targets)]
            if target.retry_at <= now:
                if not self._by_chat:
                    self._next_target = (first + step + 1) % len(targets)
                return candidate, target
        return max(0.01, min(t.retry_at for t in targets) - now)

    def _direct_target(self, webhook: _Webhook) -> _Target:
        if self._direct is None or self._direct.url != webhook.url:
            self._direct = _Target(webhook.url)
        return self._direct

    def _delivered(self, update: dict[str, Any], target: _Target, error: str | None) -> None:
        if error is None:
            target.failures, target.retry_at = 0, 0.0
            self._state.updates = [
                u for u in self._state.updates if u["update_id"] != update["update_id"]
            ]
            self._state.delivered.append((target.url, update["update_id"]))
            return
        target.failures += 1
        delay = min(MAX_RETRY_SECONDS, FIRST_RETRY_SECONDS * 2 ** (target.failures - 1))
        target.retry_at = time.monotonic() + delay
        self._state.last_error_date = int(time.time())
        self._state.last_error_message = error

    def _set_my_commands(self, params: dict[str, Any]) -> bool:
        self._state.commands = list(params.get("commands") or [])
        return True

    def _chat(self, params: dict[str, Any]) -> int:
        chat_id = params.get("chat_id")
        if not isinstance(chat_id, int) or chat_id not in self._state.known_chats:
            raise ApiError(400, "Bad Request: chat not found")
        return chat_id

    def _leave_chat(self, params: dict[str, Any]) -> bool:
        chat_id = self._chat(params)
        if chat_id > 0:
            raise ApiError(400, "Bad Request: can't leave a private chat")
        self._state.left_chats.add(chat_id)
        return True

    def _send_message(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = self._chat(params)
        if chat_id in self._state.left_chats:
            raise ApiError(403, "Forbidden: bot is not a member of the supergroup chat")
        source, text = _checked_text(params)
        reply = params.get("reply_parameters") or {}
        sent = SentMessage(
            chat_id=chat_id,
            message_id=self._next_message_id(chat_id),
            html=source,
            text=text,
            reply_markup=params.get("reply_markup"),
            reply_to=reply.get("message_id") or params.get("reply_to_message_id"),
        )
        self._state.messages[(chat_id, sent.message_id)] = sent
        self._state.by_chat.setdefault(chat_id, []).append(sent)
        return self._message_payload(sent)

    def _message_to_edit(self, params: dict[str, Any]) -> SentMessage:
        chat_id = self._chat(params)
        sent = self._state.messages.get((chat_id, int(params.get("message_id") or 0)))
        if sent is None:
            raise ApiError(400, "Bad Request: message to edit not found")
        return sent

    def _edit_message_text(self, params: dict[str, Any]) -> dict[str, Any]:
        sent = self._message_to_edit(params)
        source, text = _checked_text(params)
        markup = params.get("reply_markup")
        if source == sent.html and markup == sent.reply_markup:
            raise ApiError(
                400,
                "Bad Request: message is not modified: specified new message content and reply "
                "markup are exactly the same as a current content and reply markup of the message",
            )
        sent.html, sent.text, sent.reply_markup = source, text, markup
        sent.edits += 1
        return self._message_payload(sent)

    def _edit_reply_markup(self, params: dict[str, Any]) -> dict[str, Any]:
        sent = self._message_to_edit(params)
        if params.get("reply_markup") == sent.reply_markup:
            raise ApiError(
                400,
                "Bad Request: message is not modified: specified new message content and reply "
                "markup are exactly the same as a current content and reply markup of the message",
            )
        sent.reply_markup = params.get("reply_markup")
        sent.edits += 1
        return self._message_payload(sent)

    def _answer_callback(self, params: dict[str, Any]) -> bool:
        self._state.callback_answers[str(params.get("callback_query_id"))] = params
        return True

    def _chat_action(self, params: dict[str, Any]) -> bool:
        self._state.actions.append((self._chat(params), str(params.get("action"))))
        return True

    def _push_update(self, body: dict[str, Any]) -> None:
        self._state.updates.append({"update_id": next(self._update_ids), **body})
        self._lock.notify_all()

    def _next_message_id(self, chat_id: int) -> int:
        counter = self._message_ids.setdefault(chat_id, itertools.count(1))
        return next(counter)

    def _bot_user(self) -> dict[str, Any]:
        return {
            "id": self.BOT_ID,
            "is_bot": True,
            "first_name": "Sift",
            "username": self.bot_username,
            "can_join_groups": False,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
        }

    def _message_payload(self, sent: SentMessage) -> dict[str, Any]:
        known = self._state.known_chats.get(sent.chat_id) or _user(sent.chat_id, "User", None)
        payload: dict[str, Any] = {
            "message_id": sent.message_id,
            "date": int(time.time()),
            "chat": known if "type" in known else _private_chat(known),
            "from": self._bot_user(),
            "text": sent.text,
        }
        if sent.reply_markup:
            payload["reply_markup"] = sent.reply_markup
        return payload


def _truthy(value: object) -> bool:
    return value is True or str(value).lower() in ("true", "1")


def _chat_key(update: dict[str, Any]) -> object:
    """The chat an update belongs to; updates of one chat are delivered one at a time."""
    for key, body in update.items():
        if key != "update_id" and isinstance(body, dict):
            chat = body.get("chat") or (body.get("message") or {}).get("chat") or {}
            return chat.get("id") or (body.get("from") or {}).get("id") or update["update_id"]
    return update["update_id"]


def _post(url: str, update: dict[str, Any], secret: str | None) -> str | None:
    """POST one update as Telegram does; None when the bot took it, else the error as
    getWebhookInfo reports it."""
    parts = urlsplit(url)
    if parts.hostname not in _LOOPBACK:
        return "the local Bot API server delivers to 127.0.0.1 only"
    if parts.scheme != "http":
        return "the local Bot API server delivers over plain http only"
    headers = {"Content-Type": "application/json"}  # exactly this: ptb refuses anything else
    if secret:
        headers["X-Telegram-Bot-Api-Secret-Token"] = secret
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    connection = http.client.HTTPConnection(
        parts.hostname, parts.port or 80, timeout=WEBHOOK_TIMEOUT_SECONDS
    )
    try:
        connection.request("POST", path, json.dumps(update).encode(), headers)
        response = connection.getresponse()
        response.read()
    except (OSError, http.client.HTTPException) as error:
        return "Connection refused" if isinstance(error, ConnectionRefusedError) else str(error)
    finally:
        connection.close()
    if not 200 <= response.status < 300:
        return f"Wrong response from the webhook: {response.status} {response.reason}"
    return None


def _user(user_id: int, first_name: str, username: str | None) -> dict[str, Any]:
    user: dict[str, Any] = {"id": user_id, "is_bot": False, "first_name": first_name}
    if username:
        user["username"] = username
    return user


def _private_chat(user: dict[str, Any]) -> dict[str, Any]:
    chat = {"id": user["id"], "type": "private", "first_name": user["first_name"]}
    if "username" in user:
        chat["username"] = user["username"]
    return chat


def _decode_params(request: BaseHTTPRequestHandler) -> dict[str, Any]:
    length = int(request.headers.get("Content-Length") or 0)
    body = request.rfile.read(length) if length else b""
    content_type = request.headers.get("Content-Type", "")
    raw: dict[str, str] = {}
    if "?" in request.path:
        raw.update({k: v[-1] for k, v in parse_qs(request.path.split("?", 1)[1]).items()})
    if content_type.startswith("application/json") and body:
        return dict(json.loads(body))
    if body:
        raw.update({k: v[-1] for k, v in parse_qs(body.decode("utf-8")).items()})
    return {key: _decode_value(key, value) for key, value in raw.items()}


def _decode_value(key: str, value: str) -> Any:
    if key in _JSON_FIELDS:
        return json.loads(value)
    if key in _INT_FIELDS:
        try:
            return int(value)
        except ValueError:
            return value
    return value


class _TelegramHTML(HTMLParser):
    """Telegram's HTML: a few tags, properly nested; anything else is a parse error."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _ALLOWED_TAGS:
            raise ApiError(
                400, f"Bad Request: can't parse entities: unsupported start tag {tag!r}"
            )
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            raise ApiError(
                400,
                f"Bad Request: can't parse entities: can't find end tag corresponding to {tag}",
            )
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def _checked_text(params: dict[str, Any]) -> tuple[str, str]:
    source = str(params.get("text") or "")
    if params.get("parse_mode", "").upper() == "HTML":
        parser = _TelegramHTML()
        parser.feed(source)
        parser.close()
        if parser.stack:
            raise ApiError(400, "Bad Request: can't parse entities: unclosed start tag")
        text = "".join(parser.parts)
    else:
        text = source
    if not text.strip():
        raise ApiError(400, "Bad Request: message text is empty")
    if len(text) > MAX_TEXT:
        raise ApiError(400, "Bad Request: message is too long")
    return source, text


def plain(messages: Iterable[SentMessage]) -> str:
    """The texts of messages as a user reads them, for assertions and the terminal chat."""
    return "\n---\n".join(m.text for m in messages)


_URL = re.compile(r"https?://[^\s<>\"'“”]+[^\s<>\"'“”.,;:!?)\]]")


def _text_entities(text: str, formatting: Iterable[dict[str, Any]] = ()) -> list[dict[str, Any]]:
    """The entities a Telegram app sends with a text: a leading command, the links, and any
    formatting, in order."""
    entities = _url_entities(text)
    if text.startswith("/"):
        command = text.split(maxsplit=1)[0]
        entities.append({"type": "bot_command", "offset": 0, "length": len(command)})
    entities.extend(formatting)
    return sorted(entities, key=lambda e: int(e["offset"]))


def _url_entities(text: str) -> list[dict[str, Any]]:
    """Telegram marks links in a user's text; offsets count UTF-16 code units."""
    return [
        {
            "type": "url",
            "offset": len(text[: m.start()].encode("utf-16-le")) // 2,
            "length": len(m.group(0).encode("utf-16-le")) // 2,
        }
        for m in _URL.finditer(text)
    ]
