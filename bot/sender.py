"""Bulk messages straight to the Bot API, through the same pacer as everything else.

python-telegram-bot builds a full ``Message`` object from every answer, which costs about
1 ms of CPU per message here (benchmarks/delivery.py): the whole budget a message has at
1,000 messages a second (paid broadcasts). Bulk sends need only "ok or which error", so this
client posts JSON over a keep-alive pool and reads just that, raising python-telegram-bot's own
error types so that the worker's rules stay the same. Interactive replies keep using
python-telegram-bot. Parse mode and link previews come from the Application's ``Defaults``.

The pool is small on purpose: httpcore scans every pooled connection for every queued request,
so eight connections (matching the worker's eight concurrent sends) beat sixty-four.
"""

from __future__ import annotations

import datetime as dt
import json
import warnings
from collections.abc import Callable
from typing import Any

import httpx
from telegram.error import (
    BadRequest,
    Conflict,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TimedOut,
)
from telegram.ext import Defaults
from telegram.warnings import PTBDeprecationWarning

from bot.delivery import Withdrawn
from bot.pacing import SiftRateLimiter

TELEGRAM = "https://api.telegram.org"


class BulkSender:
    def __init__(
        self,
        token: str,
        limiter: SiftRateLimiter,
        defaults: Defaults,
        *,
        base_url: str | None = None,
        pool_size: int = 8,
        timeout: float = 20.0,
    ) -> None:
        self.limiter = limiter
        self._defaults = _api_defaults(defaults)
        self._url = f"{(base_url or TELEGRAM).rstrip('/')}/bot{token}/"
        self._client = httpx.AsyncClient(
            timeout=timeout,
            limits=httpx.Limits(max_connections=pool_size, max_keepalive_connections=pool_size),
            trust_env=False,
        )

    async def send_message(
        self,
        chat_id: int,
        text: str,
        reply_markup: dict[str, Any] | None = None,
        *,
        withdrawn: Callable[[], bool] | None = None,
    ) -> None:
        payload: dict[str, Any] = {**self._defaults, "chat_id": chat_id, "text": text}
        if reply_markup is not None:
            payload["reply_markup"] = reply_markup
        body = json.dumps(payload, ensure_ascii=False).encode()

        def still_wanted() -> None:
            if withdrawn is not None and withdrawn():
                raise Withdrawn(f"to {chat_id}")

        async def post() -> Any:
            still_wanted()  # (asked again when the turn comes)
            return await self._post("sendMessage", body)

        still_wanted()  # (before waiting for a turn at all)
        await self.limiter.run(post, chat_id=chat_id, bulk=True)

    async def close(self) -> None:
        await self._client.aclose()

    async def _post(self, method: str, body: bytes) -> Any:
        try:
            response = await self._client.post(
                self._url + method, content=body, headers={"Content-Type": "application/json"}
            )
        except httpx.TimeoutException as error:
            raise TimedOut(f"{method} timed out") from error
        except httpx.HTTPError as error:
            raise NetworkError(f"{method}: {error!r}") from error
        try:
            answer = json.loads(response.content)
        except ValueError as error:
            raise NetworkError(f"{method}: HTTP {response.status_code}, not JSON") from error
        if answer.get("ok"):
            return answer.get("result")
        raise _error(answer, response.status_code)


def _api_defaults(defaults: Defaults) -> dict[str, Any]:
    """The Application's parse mode and link previews, as Bot API JSON, so that bulk messages
    look exactly like python-telegram-bot's."""
    fields: dict[str, Any] = {}
    if defaults.parse_mode is not None:
        fields["parse_mode"] = defaults.parse_mode
    if defaults.link_preview_options is not None:
        fields["link_preview_options"] = defaults.link_preview_options.to_dict()
    return fields


def _error(answer: dict[str, Any], status: int) -> Exception:
    """The same exception python-telegram-bot would raise for this answer."""
    description = str(answer.get("description") or f"HTTP {status}")
    code = int(answer.get("error_code") or status)
    retry_after = (answer.get("parameters") or {}).get("retry_after")
    if retry_after is not None:
        with warnings.catch_warnings():  # ptb's own constructor reads its deprecated attribute
            warnings.simplefilter("ignore", PTBDeprecationWarning)
            return RetryAfter(dt.timedelta(seconds=float(retry_after)))
    if code == 403:
        return Forbidden(description)
    if code == 400:
        return BadRequest(description)
    if code in (401, 404):
        return InvalidToken(description)
    if code == 409:
        return Conflict(description)
    return NetworkError(description)
