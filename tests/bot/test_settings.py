from __future__ import annotations

from pathlib import Path

import pytest

from bot.settings import Settings, SettingsError


def test_defaults_need_nothing() -> None:
    settings = Settings.from_mapping({})
    assert settings.token is None and settings.database_url == "sqlite:///sift.db"
    assert settings.rate_limit_per_minute == 10 and not settings.allow_private_urls
    assert settings.messages_per_second == 30  # Telegram's cap for a bot


def test_values_are_parsed() -> None:
    settings = Settings.from_mapping(
        {
            "TELEGRAM_BOT_TOKEN": " 123:abc ",
            "ADMIN_IDS": "1, 42;7",
            "DATABASE_PATH": "/tmp/x.db",
            "LOG_LEVEL": "debug",
            "RATE_LIMIT_PER_MINUTE": "3",
            "ALLOW_PRIVATE_URLS": "yes",
            "MESSAGES_PER_SECOND": "1000",
        }
    )
    assert settings.token == "123:abc"
    assert settings.admin_ids == frozenset({1, 42, 7})
    assert settings.log_level == "DEBUG" and settings.rate_limit_per_minute == 3
    assert settings.allow_private_urls
    assert settings.messages_per_second == 1000  # paid broadcasts
    assert settings.database_url == "sqlite:////tmp/x.db"  # DATABASE_PATH, without a URL


def test_database_url_chooses_the_backend_and_wins_over_the_path() -> None:
    postgres = "postgresql://sift:secret@127.0.0.1:5432/sift"
    both = Settings.from_mapping({"DATABASE_URL": postgres, "DATABASE_PATH": "/tmp/x.db"})
    assert both.database_url == postgres
    sqlite = Settings.from_mapping({"DATABASE_URL": "sqlite:///data/sift.db"})
    assert sqlite.database_url == "sqlite:///data/sift.db"


@pytest.mark.parametrize(
    "url", ["mysql://sift:secret@db/sift", "sift.db", "sqlite:///", "sqlite://relative.db"]
)
def test_an_unknown_database_url_names_the_setting_and_hides_the_password(url: str) -> None:
    with pytest.raises(SettingsError, match="DATABASE_URL") as raised:
        Settings.from_mapping({"DATABASE_URL": url})
    assert "secret" not in str(raised.value)


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("ADMIN_IDS", "me"),
        ("LOG_LEVEL", "LOUD"),
        ("RATE_LIMIT_PER_MINUTE", "0"),
        ("ALLOW_PRIVATE_URLS", "maybe"),
        ("MESSAGES_PER_SECOND", "0"),
        ("MESSAGES_PER_SECOND", "1001"),
        ("MESSAGES_PER_SECOND", "fast"),
        ("PAGE_RECHECK_MINUTES", "-5"),
        ("PAGE_RECHECK_MINUTES", "1h"),
        ("PAGE_RECHECK_MINUTES", "٥"),
        ("PAGE_RECHECK_MINUTES", "99999999999999"),
        ("MAX_SUBSCRIPTIONS", "²"),
        ("MAX_SUBSCRIPTIONS", "3000000000"),  # past PostgreSQL's integers
        ("RATE_LIMIT_PER_MINUTE", "1" * 5000),  # past what int() reads
        ("ENGINE_WORKERS", "٣"),
    ],
)
def test_bad_values_name_the_setting(name: str, value: str) -> None:
    with pytest.raises(SettingsError, match=name):
        Settings.from_mapping({name: value})


def test_environment_wins_over_dotenv(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    env_file = tmp_path / ".env"
    env_file.write_text("TELEGRAM_BOT_TOKEN=from-file\nADMIN_IDS=5\n", encoding="utf-8")
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "from-env")
    monkeypatch.delenv("ADMIN_IDS", raising=False)
    settings = Settings.load(env_file)
    assert settings.token == "from-env" and settings.admin_ids == frozenset({5})


def test_engine_and_subscription_limits_are_read_and_checked() -> None:
    settings = Settings.from_mapping(
        {
            "ENGINE_WORKERS": "3",
            "ENGINE_DEADLINE_SECONDS": "2.5",
            "ENGINE_MEMORY_MB": "512",
            "MAX_SUBSCRIPTIONS": "20",
        }
    )
    assert (settings.engine_workers, settings.engine_deadline_seconds) == (3, 2.5)
    assert (settings.engine_memory_mb, settings.max_subscriptions) == (512, 20)
    defaults = Settings.from_mapping({})
    assert defaults.engine_deadline_seconds == 5.0 and defaults.max_subscriptions == 50
    for name, raw in [("ENGINE_DEADLINE_SECONDS", "0"), ("ENGINE_WORKERS", "-1")]:
        with pytest.raises(SettingsError, match=name):
            Settings.from_mapping({name: raw})


def test_long_polling_is_the_default_and_a_webhook_is_read() -> None:
    defaults = Settings.from_mapping({"WEBHOOK_SECRET": ""})
    assert defaults.webhook_url is None and defaults.webhook_listen == ("127.0.0.1", 8080)
    settings = Settings.from_mapping(
        {
            "WEBHOOK_URL": "https://sift.example.org/telegram/hook",
            "WEBHOOK_LISTEN": "0.0.0.0:8443",
            "WEBHOOK_SECRET": "s3cret_-" + "x" * 248,
        }
    )
    assert settings.webhook_url == "https://sift.example.org/telegram/hook"
    assert (
        settings.webhook_listen == ("0.0.0.0", 8443) and len(settings.webhook_secret or "") == 256
    )
    ipv6 = Settings.from_mapping({"WEBHOOK_LISTEN": "[::1]:9000"})
    assert ipv6.webhook_listen == ("::1", 9000)


def test_plain_http_webhook_only_with_a_self_hosted_bot_api() -> None:
    plain = {"WEBHOOK_URL": "http://127.0.0.1:8080/hook", "WEBHOOK_SECRET": "abc"}
    with pytest.raises(SettingsError, match="WEBHOOK_URL must be an https"):
        Settings.from_mapping(plain)
    local = Settings.from_mapping({**plain, "BOT_API_BASE_URL": "http://127.0.0.1:8081"})
    assert local.webhook_url == "http://127.0.0.1:8080/hook"


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"WEBHOOK_URL": "https://sift.example.org/hook"}, "WEBHOOK_SECRET is required"),
        ({"WEBHOOK_URL": "sift.example.org/hook", "WEBHOOK_SECRET": "a"}, "WEBHOOK_URL"),
        ({"WEBHOOK_URL": "https://[::1/hook", "WEBHOOK_SECRET": "a"}, "WEBHOOK_URL"),
        ({"WEBHOOK_SECRET": "has space"}, "WEBHOOK_SECRET must be 1-256"),
        ({"WEBHOOK_SECRET": "é"}, "WEBHOOK_SECRET must be 1-256"),
        ({"WEBHOOK_SECRET": "x" * 257}, "WEBHOOK_SECRET must be 1-256"),
        ({"WEBHOOK_LISTEN": "8080"}, "WEBHOOK_LISTEN must be host:port"),
        ({"WEBHOOK_LISTEN": "127.0.0.1:0"}, "WEBHOOK_LISTEN"),
        ({"WEBHOOK_LISTEN": "127.0.0.1:http"}, "WEBHOOK_LISTEN"),
    ],
)
def test_bad_webhook_settings_are_named(env: dict[str, str], message: str) -> None:
    with pytest.raises(SettingsError, match=message):
        Settings.from_mapping(env)


def test_page_recheck_time_may_be_zero_to_read_a_link_every_time() -> None:
    assert Settings.from_mapping({}).page_recheck_minutes == 60
    assert Settings.from_mapping({"PAGE_RECHECK_MINUTES": "0"}).page_recheck_minutes == 0
    assert Settings.from_mapping({"PAGE_RECHECK_MINUTES": "15"}).page_recheck_minutes == 15
    never = Settings.from_mapping({"PAGE_RECHECK_MINUTES": "1000000"})  # about two years
    assert never.page_recheck_minutes == 1_000_000
