from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.__main__ import main
from summarizer import InvalidURL, TooLarge
from tests.pages import PageServer, Route

ROOT = Path(__file__).resolve().parents[2]


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


# (a scheme in capitals had been looked for as a file name)
@pytest.mark.parametrize("scheme", ["http://", "HTTP://"])
def test_summarize_a_url(
    scheme: str,
    pages: PageServer,
    data_dir: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("ALLOW_PRIVATE_URLS", "true")
    url = pages.add("/dam", Route((data_dir / "pages" / "article.html").read_bytes()))
    assert main(["summarize", url.replace("http://", scheme)]) == 0
    assert capsys.readouterr().out.startswith("Dam failure floods valley villages\n")


def test_a_port_no_socket_takes_is_a_clear_error(capsys: pytest.CaptureFixture[str]) -> None:
    # (it had raised an OverflowError traceback)
    assert main(["summarize", "http://8.8.8.8:99999/"]) == 1
    assert capsys.readouterr().err == f"error: {InvalidURL.port_message}\n"


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
    for count in ("0", "５"):  # (a full-width digit too, as the settings refuse it)
        with pytest.raises(SystemExit) as exit_info:
            main(["summarize", "-", "--sentences", count])
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


def test_a_file_in_another_charset_reads_as_written(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (data_dir / "pow-claims-pasted.txt").read_text(encoding="utf-8")
    latin = tmp_path / "latin.txt"
    latin.write_bytes(text.replace("Russia", "Russie déclarée").encode("cp1252", "replace"))
    assert main(["summarize", str(latin)]) == 0
    out = capsys.readouterr().out
    assert "Russie déclarée" in out and "\ufffd" not in out


def test_stdin_is_read_only_up_to_the_limit(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    endless = io.BufferedReader(io.BytesIO(b"The minister said the plan works. " * 60_000))
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(endless))
    assert main(["summarize", "-"]) == 1  # as the engine's own "too large"
    assert capsys.readouterr().err == f"error: {TooLarge.user_message}\n"
    assert endless.tell() <= 4 * 400_000 + 1 + io.DEFAULT_BUFFER_SIZE


@pytest.mark.parametrize(
    ("source", "message", "code"),
    [(".", "is a directory", 2), ("/dev/zero", "too large", 1)],
)
def test_a_directory_or_a_device_is_a_clear_error(
    source: str, message: str, code: int, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["summarize", source]) == code
    assert message in capsys.readouterr().err


def test_a_language_must_be_a_two_letter_code(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["summarize", str(data_dir / "pow-claims-pasted.txt"), "--language", "zz-top"])
    assert exit_info.value.code == 2
    assert "two-letter language code" in capsys.readouterr().err
    assert main(["summarize", str(data_dir / "pow-claims-pasted.txt"), "--language", "EN"]) == 0
    with pytest.raises(SystemExit) as exit_info:
        main(["summarize", str(data_dir / "pow-claims-pasted.txt"), "--language", "xx"])
    assert exit_info.value.code == 2
    assert "'xx' is no language Sift knows" in capsys.readouterr().err


def test_a_reader_that_stops_early_gets_no_traceback(data_dir: Path, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("TELEGRAM_BOT_TOKEN", "ADMIN_IDS")}
    env["PYTHONPATH"] = str(ROOT)
    command = [sys.executable, "-m", "bot", "summarize", str(data_dir / "pow-claims-pasted.txt")]
    with subprocess.Popen(
        command, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env
    ) as process:
        assert process.stdout is not None and process.stderr is not None
        process.stdout.close()  # gone before the answer is written, as "| head -1" may be
        errors = process.stderr.read().decode()
    assert process.returncode == 1 and errors == ""
