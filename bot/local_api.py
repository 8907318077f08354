"""A local Telegram Bot API server: real HTTP on 127.0.0.1, for tests and ``python -m bot chat``.

The real Application talks to it through ``base_url`` exactly as it talks to Telegram. It
implements the methods Sift calls, keeps chats and messages, validates HTML as Telegram does
(allowed tags, nesting, 4,096 characters), and plays the user's side: a person (or a test) sends
messages, presses buttons and blocks the bot. It can also misbehave on request: 429 with
``retry_after``, 403 "bot was blocked by the user", and a global rate cap.

It runs in its own thread, so the bot's event loop and the server never wait on each other.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import re
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any
from urllib.parse import parse_qs

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
    {"chat_id", "message_id", "offset", "limit", "timeout", "reply_to_message_id"}
)
_ALLOWED_TAGS = frozenset(
    "b strong i em u ins s strike del a code pre tg-spoiler span blockquote tg-emoji".split()  # noqa: SIM905
)
MAX_TEXT = 4096


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


@dataclass
class _State:
    updates: list[dict[str, Any]] = field(default_factory=list)
    messages: dict[tuple[int, int], SentMessage] = field(default_factory=dict)
    log: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    known_chats: dict[int, dict[str, Any]] = field(default_factory=dict)
    blocked: set[int] = field(default_factory=set)
    faults: list[_Fault] = field(default_factory=list)
    commands: list[dict[str, str]] = field(default_factory=list)
    callback_answers: dict[str, dict[str, Any]] = field(default_factory=dict)
    send_times: deque[float] = field(default_factory=deque)
    rejected_429: int = 0


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
            self._lock.notify_all()
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
    ) -> int:
        """The user writes to the bot; returns the new message's id."""
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
            entities = _url_entities(text)
            if text.startswith("/"):
                command = text.split(maxsplit=1)[0]
                entities.insert(0, {"type": "bot_command", "offset": 0, "length": len(command)})
            if entities:
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
            self._push_update(
                {
                    "my_chat_member": {
                        "chat": _private_chat(user),
                        "from": user,
                        "date": int(time.time()),
                        "old_chat_member": {"status": "member", "user": self._bot_user()},
                        "new_chat_member": {
                            "status": "kicked",
                            "user": self._bot_user(),
                            "until_date": 0,
                        },
                    }
                }
            )

    def block_silently(self, user_id: int) -> None:
        """Blocked without the bot being told: it learns from a 403 when it next writes."""
        with self._lock:
            self._state.blocked.add(user_id)

    # -- what the bot did -------------------------------------------------------------------

    def messages(self, chat_id: int | None = None) -> list[SentMessage]:
        with self._lock:
            return [
                m
                for (chat, _), m in sorted(self._state.messages.items())
                if chat_id is None or chat == chat_id
            ]

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
            "deleteWebhook": lambda _: True,
            "setMyCommands": self._set_my_commands,
            "getMyCommands": lambda _: self._state.commands,
            "deleteMyCommands": lambda _: True,
            "sendMessage": self._send_message,
            "editMessageText": self._edit_message_text,
            "editMessageReplyMarkup": self._edit_reply_markup,
            "answerCallbackQuery": self._answer_callback,
            "sendChatAction": self._chat_action,
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
            self._state.updates = [u for u in self._state.updates if u["update_id"] >= offset]
            while not self._state.updates and self._server is not None:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    break
                self._lock.wait(remaining)
            allowed = params.get("allowed_updates")
            return [
                u
                for u in self._state.updates[:limit]
                if not allowed or any(key in u for key in allowed)
            ]

    def _set_my_commands(self, params: dict[str, Any]) -> bool:
        self._state.commands = list(params.get("commands") or [])
        return True

    def _chat(self, params: dict[str, Any]) -> int:
        chat_id = params.get("chat_id")
        if not isinstance(chat_id, int) or chat_id not in self._state.known_chats:
            raise ApiError(400, "Bad Request: chat not found")
        return chat_id

    def _send_message(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = self._chat(params)
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
        sent.reply_markup = params.get("reply_markup")
        sent.edits += 1
        return self._message_payload(sent)

    def _answer_callback(self, params: dict[str, Any]) -> bool:
        self._state.callback_answers[str(params.get("callback_query_id"))] = params
        return True

    def _chat_action(self, params: dict[str, Any]) -> bool:
        self._chat(params)
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
        user = self._state.known_chats.get(sent.chat_id) or _user(sent.chat_id, "User", None)
        payload: dict[str, Any] = {
            "message_id": sent.message_id,
            "date": int(time.time()),
            "chat": _private_chat(user),
            "from": self._bot_user(),
            "text": sent.text,
        }
        if sent.reply_markup:
            payload["reply_markup"] = sent.reply_markup
        return payload


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
