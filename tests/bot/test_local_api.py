"""The local Bot API server behaves like Telegram where Sift depends on it."""

from __future__ import annotations

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
