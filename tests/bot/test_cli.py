from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from bot.__main__ import main
from tests.pages import PageServer, Route


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)  # no stray .env
    for name in ("TELEGRAM_BOT_TOKEN", "ALLOW_PRIVATE_URLS", "ADMIN_IDS"):
        monkeypatch.delenv(name, raising=False)


def test_summarize_a_file_prints_the_chat_message(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["summarize", str(data_dir / "pow-claims-pasted.txt")]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Russia-Backed Separatists Claim to Hold 8,000 Ukrainian POWs\n")
    assert "⚠️1 " in out and "Unverified claims" in out and "support us" not in out.lower()


def test_summarize_stdin_as_json_with_a_length(
    data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    text = (data_dir / "pow-claims-pasted.txt").read_text(encoding="utf-8")
    monkeypatch.setattr("sys.stdin", io.StringIO(text))
    assert main(["summarize", "-", "--json", "--sentences", "4"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data["summary"]) == 4 and data["claims"]


def test_summarize_a_url(
    pages: PageServer,
    data_dir: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("ALLOW_PRIVATE_URLS", "true")
    url = pages.add("/dam", Route((data_dir / "pages" / "article.html").read_bytes()))
    assert main(["summarize", url]) == 0
    assert capsys.readouterr().out.startswith("Dam failure floods valley villages\n")


def test_private_url_is_a_clear_error_by_default(
    pages: PageServer, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["summarize", pages.url("/x")]) == 1
    assert (
        capsys.readouterr().err
        == "error: I can't open links to private or local network addresses.\n"
    )


def test_missing_file_and_bad_length_are_usage_errors(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["summarize", "no-such-file.txt"]) == 2
    assert "no such file: no-such-file.txt" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_info:
        main(["summarize", "-", "--sentences", "0"])
    assert exit_info.value.code == 2


def test_without_a_token_the_bot_explains_what_to_do(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    err = capsys.readouterr().err
    assert "@BotFather" in err and "python -m bot summarize" in err


def test_a_bad_setting_is_named(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("ADMIN_IDS", "12,abc")
    assert main([]) == 2
    assert "ADMIN_IDS" in capsys.readouterr().err
