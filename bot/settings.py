"""Settings from the environment (and a .env file): one place, validated once at start."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from dotenv import dotenv_values

from storage.database import dialect_of

MAX_RECHECK_MINUTES = 1_000_000  # about two years: in effect, never read a stored link again
# the largest counts taken (SQL integers are 32-bit on PostgreSQL; workers and memory as a
# machine has them)
MAX_COUNTS = {
    "RATE_LIMIT_PER_MINUTE": 100_000,
    "ENGINE_WORKERS": 256,
    "ENGINE_MEMORY_MB": 1_048_576,
    "MAX_SUBSCRIPTIONS": 100_000,
}


class SettingsError(ValueError):
    """A setting is present but wrong; the message names it and says what is expected."""


@dataclass(frozen=True, slots=True)
class Settings:
    token: str | None = None
    admin_ids: frozenset[int] = field(default_factory=frozenset)
    # postgresql://… or sqlite:///path; without DATABASE_URL, DATABASE_PATH (a SQLite file).
    database_url: str = "sqlite:///sift.db"
    log_level: str = "INFO"
    rate_limit_per_minute: int = 10
    bot_api_base_url: str | None = None
    allow_private_urls: bool = False
    messages_per_second: float = 30.0
    engine_workers: int = field(default_factory=lambda: os.cpu_count() or 1)
    engine_deadline_seconds: float = 5.0
    engine_memory_mb: int = 768
    max_subscriptions: int = 50
    page_recheck_minutes: int = 60  # 0: a link's page is read again every time it is sent
    webhook_url: str | None = None  # set: Telegram posts updates here instead of being polled
    webhook_listen: tuple[str, int] = ("127.0.0.1", 8080)
    webhook_secret: str | None = None

    @classmethod
    def load(cls, env_file: Path | None = Path(".env")) -> Settings:
        """The process environment wins over .env, as operators expect."""
        values: dict[str, str | None] = {}
        if env_file is not None and env_file.is_file():
            values.update(dotenv_values(env_file))
        values.update(os.environ)
        return cls.from_mapping(values)

    @classmethod
    def from_mapping(cls, env: Mapping[str, str | None]) -> Settings:
        def get(name: str) -> str | None:
            value = env.get(name)
            return value.strip() if value and value.strip() else None

        return cls(
            token=get("TELEGRAM_BOT_TOKEN"),
            admin_ids=_ids(get("ADMIN_IDS")),
            database_url=_database_url(get("DATABASE_URL"), get("DATABASE_PATH")),
            log_level=_log_level(get("LOG_LEVEL") or "INFO"),
            rate_limit_per_minute=_positive_int(
                "RATE_LIMIT_PER_MINUTE", get("RATE_LIMIT_PER_MINUTE"), 10
            ),
            bot_api_base_url=get("BOT_API_BASE_URL"),
            allow_private_urls=_flag("ALLOW_PRIVATE_URLS", get("ALLOW_PRIVATE_URLS")),
            messages_per_second=_rate(get("MESSAGES_PER_SECOND")),
            engine_workers=_positive_int(
                "ENGINE_WORKERS", get("ENGINE_WORKERS"), os.cpu_count() or 1
            ),
            engine_deadline_seconds=_seconds(
                "ENGINE_DEADLINE_SECONDS", get("ENGINE_DEADLINE_SECONDS"), 5.0
            ),
            engine_memory_mb=_positive_int("ENGINE_MEMORY_MB", get("ENGINE_MEMORY_MB"), 768),
            max_subscriptions=_positive_int("MAX_SUBSCRIPTIONS", get("MAX_SUBSCRIPTIONS"), 50),
            page_recheck_minutes=_whole_number(
                "PAGE_RECHECK_MINUTES",
                get("PAGE_RECHECK_MINUTES"),
                60,
                at_most=MAX_RECHECK_MINUTES,
            ),
            **_webhook(
                get("WEBHOOK_URL"),
                get("WEBHOOK_LISTEN"),
                get("WEBHOOK_SECRET"),
                self_hosted=get("BOT_API_BASE_URL") is not None,
            ),
        )


def _ids(raw: str | None) -> frozenset[int]:
    if not raw:
        return frozenset()
    ids: set[int] = set()
    for raw_part in raw.replace(";", ",").split(","):
        part = raw_part.strip()
        if not part:
            continue
        if not part.lstrip("-").isdigit():
            raise SettingsError(f"ADMIN_IDS must be numeric Telegram user ids, got {part!r}")
        ids.add(int(part))
    return frozenset(ids)


def _database_url(url: str | None, path: str | None) -> str:
    if url is None:
        return f"sqlite:///{path or 'sift.db'}"
    try:
        dialect_of(url)
    except ValueError:
        raise SettingsError(
            "DATABASE_URL must be postgresql://user:password@host:port/name or "
            f"sqlite:///path/to/file.db, got {url.split('@')[-1]!r}"
        ) from None
    return url


def _log_level(raw: str) -> str:
    level = raw.upper()
    if level not in {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}:
        raise SettingsError(f"LOG_LEVEL must be DEBUG, INFO, WARNING or ERROR, got {raw!r}")
    return level


def _positive_int(name: str, raw: str | None, default: int) -> int:
    """A count: at least 1, and at most what the database's 32-bit integers and the machine
    hold (MAX_COUNTS; a larger one would fail every request that stores or compares it)."""
    return _whole_number(name, raw, default, at_least=1, at_most=MAX_COUNTS[name])


def _whole_number(
    name: str, raw: str | None, default: int, *, at_least: int = 0, at_most: int
) -> int:
    """A count or a number of minutes, in ASCII digits ("²" or "٥" would pass isdigit() and
    then fail int(), or mean something else to the operator than to Python)."""
    if raw is None:
        return default
    digits = raw.isdecimal() and raw.isascii() and len(raw) <= len(str(at_most))
    value = int(raw) if digits else None
    if value is None or not at_least <= value <= at_most:
        raise SettingsError(
            f"{name} must be a whole number from {at_least} to {at_most}, got {raw[:40]!r}"
        )
    return value


def _rate(raw: str | None) -> float:
    """Telegram's cap is about 30 a second; paid broadcasts allow up to 1,000."""
    return _number("MESSAGES_PER_SECOND", raw, 30.0, at_most=1000, unit="")


def _seconds(name: str, raw: str | None, default: float) -> float:
    return _number(name, raw, default, at_most=600, unit="seconds ")


def _number(name: str, raw: str | None, default: float, *, at_most: float, unit: str) -> float:
    if raw is None:
        return default
    try:
        value = float(raw)
    except ValueError:
        value = 0.0
    if not 0 < value <= at_most:
        raise SettingsError(f"{name} must be {unit}above 0 and at most {at_most:g}, got {raw!r}")
    return value


def _flag(name: str, raw: str | None) -> bool:
    if raw is None:
        return False
    lowered = raw.lower()
    if lowered in {"1", "true", "yes", "on"}:
        return True
    if lowered in {"0", "false", "no", "off"}:
        return False
    raise SettingsError(f"{name} must be true or false, got {raw!r}")


_SECRET = re.compile(r"[A-Za-z0-9_-]{1,256}")


def _webhook(
    url: str | None, listen: str | None, secret: str | None, *, self_hosted: bool
) -> dict[str, Any]:
    """Telegram posts only to https; a self-hosted Bot API server (BOT_API_BASE_URL) also
    accepts http, which is how the tests and a private deployment run without certificates."""
    if secret is not None and not _SECRET.fullmatch(secret):
        raise SettingsError("WEBHOOK_SECRET must be 1-256 characters of A-Z a-z 0-9 _ -")
    host, _, port = (listen or "127.0.0.1:8080").rpartition(":")
    if not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise SettingsError(f"WEBHOOK_LISTEN must be host:port, got {listen!r}")
    bound = {"webhook_listen": (host.strip("[]"), int(port))}
    if url is None:
        return bound
    try:
        parts = urlsplit(url)
    except ValueError:  # a malformed [IPv6] host
        parts = urlsplit("")
    schemes = ("https", "http") if self_hosted else ("https",)
    if parts.scheme not in schemes or not parts.hostname:
        raise SettingsError(f"WEBHOOK_URL must be an https:// URL, got {url!r}")
    if secret is None:
        raise SettingsError(
            "WEBHOOK_SECRET is required with WEBHOOK_URL (1-256 of A-Z a-z 0-9 _ -)"
        )
    return {**bound, "webhook_url": url, "webhook_secret": secret}
