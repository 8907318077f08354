"""The local Bot API server behaves like Telegram where Sift depends on it."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

from bot.local_api import LocalBotAPI


def _call(api: LocalBotAPI, method: str, **params: object) -> httpx.Response:
    return httpx.post(f"{api.base_url}{api.token}/{method}", data=params)


def test_html_is_validated_like_telegram(telegram: LocalBotAPI) -> None:
    telegram.add_user(5)
    ok = _call(
        telegram, "sendMessage", chat_id=5, text="<b>bold</b> &amp; fine", parse_mode="HTML"
    )
    assert ok.json()["result"]["text"] == "bold & fine"
    for bad in ("<b>open", "<div>no</div>", "<b><i>x</b></i>"):
        refused = _call(telegram, "sendMessage", chat_id=5, text=bad, parse_mode="HTML")
        assert (
            refused.status_code == 400 and "can't parse entities" in refused.json()["description"]
        )
    too_long = _call(telegram, "sendMessage", chat_id=5, text="x" * 4097)
    assert too_long.json()["description"] == "Bad Request: message is too long"


def test_unknown_chats_blocked_users_and_faults(telegram: LocalBotAPI) -> None:
    assert _call(telegram, "sendMessage", chat_id=99, text="hi").json()["error_code"] == 400
    telegram.add_user(5)
    telegram.block_silently(5)
    blocked = _call(telegram, "sendMessage", chat_id=5, text="hi").json()
    assert blocked == {
        "ok": False,
        "error_code": 403,
        "description": "Forbidden: bot was blocked by the user",
    }
    telegram.add_user(6)
    telegram.fail_next("sendMessage", chat_id=6, code=429, retry_after=3)
    limited = _call(telegram, "sendMessage", chat_id=6, text="hi").json()
    assert limited["parameters"] == {"retry_after": 3} and telegram.rejected_429 == 1
    assert _call(telegram, "sendMessage", chat_id=6, text="hi").json()["ok"]


def test_global_rate_cap(telegram: LocalBotAPI) -> None:
    capped = LocalBotAPI(max_messages_per_second=5).start()
    try:
        capped.add_user(5)
        results = [_call(capped, "sendMessage", chat_id=5, text="x").status_code for _ in range(8)]
        assert results.count(200) == 5 and results.count(429) == 3
    finally:
        capped.stop()


def test_long_polling_returns_when_an_update_arrives(telegram: LocalBotAPI) -> None:
    telegram.send_text(5, "😀 see https://example.com/ünï?a=1 now")  # the emoji is 2 UTF-16 units
    updates = _call(telegram, "getUpdates", offset=0, timeout=5).json()["result"]
    message = updates[0]["message"]
    assert message["entities"] == [{"type": "url", "offset": 7, "length": 27}]
    again = _call(telegram, "getUpdates", offset=updates[0]["update_id"] + 1, timeout=0)
    assert again.json()["result"] == []


def test_unknown_method_and_wrong_token(telegram: LocalBotAPI) -> None:
    assert _call(telegram, "sendRocket").status_code == 404
    assert httpx.post(f"{telegram.base_url}000:WRONG/getMe").status_code == 404


def test_pressing_a_button_needs_the_message(telegram: LocalBotAPI) -> None:
    with pytest.raises(KeyError):
        telegram.press(5, 1, "x")


class Receiver:
    """A real HTTP server standing in for the bot's webhook: records every POST it accepts."""

    def __init__(self, port: int = 0, *, failures: int = 0) -> None:
        self.received: list[tuple[str, dict[str, str], dict[str, object]]] = []
        self.failures = failures
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"]))
                if receiver.failures > 0:
                    receiver.failures -= 1
                    self.send_response(500)
                else:
                    receiver.received.append((self.path, dict(self.headers), json.loads(body)))
                    self.send_response(200)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    @property
    def port(self) -> int:
        return int(self.server.server_address[1])

    def url(self, path: str = "/hook") -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def texts(self) -> list[str]:
        return [str(body["message"]["text"]) for _, _, body in self.received]  # type: ignore[index]

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    server = Receiver()
    yield server
    server.close()


def _last_error(api: LocalBotAPI) -> str | None:
    error: str | None = api.webhook_info().get("last_error_message")
    return error


def _set_webhook(api: LocalBotAPI, url: str, **params: object) -> httpx.Response:
    return _call(api, "setWebhook", url=url, secret_token="s3cret", **params)


def test_webhook_posts_updates_with_the_secret_in_order(
    telegram: LocalBotAPI, receiver: Receiver
) -> None:
    assert _set_webhook(telegram, receiver.url(), allowed_updates=json.dumps(["message"])).json()[
        "result"
    ]
    for n in range(5):
        telegram.send_text(5, f"m{n}")
    telegram.add_user(6)
    telegram.block_bot(6)  # my_chat_member: not asked for, so never sent
    telegram.send_text(6, "other")
    telegram.wait_for(lambda api: api.webhook_info()["pending_update_count"] == 0)
    assert len(receiver.received) == 6
    assert [t for t in receiver.texts() if t != "other"] == [f"m{n}" for n in range(5)]
    path, headers, _ = receiver.received[0]
    assert path == "/hook" and headers["X-Telegram-Bot-Api-Secret-Token"] == "s3cret"
    assert headers["Content-Type"] == "application/json"
    info = _call(telegram, "getWebhookInfo").json()["result"]
    assert info["url"] == receiver.url() and info["pending_update_count"] == 0
    assert "last_error_message" not in info


def test_get_updates_conflicts_while_a_webhook_is_set(
    telegram: LocalBotAPI, receiver: Receiver
) -> None:
    _set_webhook(telegram, receiver.url())
    conflict = _call(telegram, "getUpdates", timeout=0)
    assert conflict.status_code == 409
    assert conflict.json()["description"].startswith(
        "Conflict: can't use getUpdates method while webhook is active"
    )
    assert _call(telegram, "deleteWebhook").json()["result"]
    assert _call(telegram, "getWebhookInfo").json()["result"]["url"] == ""
    telegram.send_text(5, "polled again")
    updates = _call(telegram, "getUpdates", timeout=5).json()["result"]
    assert updates[0]["message"]["text"] == "polled again"


def test_updates_wait_for_a_webhook_that_is_down_and_none_is_lost(telegram: LocalBotAPI) -> None:
    down = Receiver()
    port, url = down.port, down.url()
    down.close()
    _set_webhook(telegram, url, max_connections=3)
    for n in range(4):
        telegram.send_text(5 + n % 2, f"m{n}")
    assert telegram.wait_for(_last_error) == "Connection refused"
    assert telegram.webhook_info()["pending_update_count"] == 4
    up = Receiver(port, failures=2)  # and then it answers 500 twice
    try:
        telegram.wait_for(lambda api: api.webhook_info()["pending_update_count"] == 0)
        assert sorted(up.texts()) == ["m0", "m1", "m2", "m3"]
        assert [t for t in up.texts() if t in ("m0", "m2")] == ["m0", "m2"]  # one chat, in order
        assert telegram.webhook_info()["last_error_message"].startswith(
            "Wrong response from the webhook: 500"
        )
    finally:
        up.close()


def test_setting_the_same_webhook_again_keeps_pending_updates(telegram: LocalBotAPI) -> None:
    telegram.send_text(5, "waiting")
    url = "https://sift.example.org/hook"  # never contacted: not a loopback address
    for _ in range(3):  # three instances starting
        assert _set_webhook(telegram, url).json()["result"]
    assert "127.0.0.1 only" in telegram.wait_for(_last_error)
    assert telegram.webhook_info()["pending_update_count"] == 1
    _set_webhook(telegram, url, drop_pending_updates="true")
    assert telegram.webhook_info()["pending_update_count"] == 0


def test_bad_webhook_parameters_are_refused(telegram: LocalBotAPI) -> None:
    assert _call(telegram, "setWebhook", url="x", secret_token="a b").status_code == 400
    assert _call(telegram, "setWebhook", url="ftp://x/hook").status_code == 400
    assert _set_webhook(telegram, "http://127.0.0.1:1/h", max_connections=101).status_code == 400
    assert telegram.webhook_info()["url"] == ""


def test_updates_are_spread_over_targets_and_a_dead_one_is_skipped(
    receiver: Receiver,
) -> None:
    other = Receiver()
    dead = Receiver()
    dead_url = dead.url()
    dead.close()
    try:
        with LocalBotAPI(webhook_targets=[receiver.url(), other.url()]) as api:
            _set_webhook(api, "https://sift.example.org/hook")
            for n in range(6):
                api.send_text(n, f"m{n}")
            api.wait_for(lambda a: a.webhook_info()["pending_update_count"] == 0)
            assert len(receiver.received) == 3 and len(other.received) == 3
            api.spread_over([dead_url, other.url()])
            for n in range(6, 10):
                api.send_text(n, f"m{n}")
            api.wait_for(lambda a: a.webhook_info()["pending_update_count"] == 0)
            assert len(other.received) == 7
            assert api.webhook_info()["last_error_message"] == "Connection refused"
            assert sorted(receiver.texts() + other.texts()) == sorted(f"m{n}" for n in range(10))
    finally:
        other.close()


def test_spread_by_chat_keeps_each_chat_on_one_target(receiver: Receiver) -> None:
    other = Receiver()
    try:
        with LocalBotAPI(webhook_targets=[receiver.url(), other.url()]) as api:
            api.spread_over([receiver.url(), other.url()], by_chat=True)
            _set_webhook(api, "https://sift.example.org/hook")
            for n in range(12):
                api.send_text(n % 4, f"chat{n % 4}")
            api.wait_for(lambda a: a.webhook_info()["pending_update_count"] == 0)
            assert receiver.texts() and other.texts()
            assert not set(receiver.texts()) & set(other.texts())  # no chat on both
            assert len(receiver.texts()) + len(other.texts()) == 12
    finally:
        other.close()
