from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.clean import clean_text

WRAPPERS = sorted((Path(__file__).parent.parent / "data" / "wrappers").glob("*.txt"))
SEED_WRAPPER = [
    "Enjoying ad-free content?",
    "Support us",
    "A Message from The Moscow Times",
    "Dear readers",
    "please support us monthly",
    "We are facing unprecedented challenges",
    "Once",
    "Monthly",
    "Annual",
    "Continue",
    "Remind me later",
    "Read more",
    "Russian Defence Ministry / TASS",
]


def _sample(path: Path) -> tuple[str, list[str], list[str]]:
    text, _, rest = path.read_text(encoding="utf-8").partition("=== KEEP\n")
    keep, _, drop = rest.partition("=== DROP\n")
    return text, keep.strip().splitlines(), drop.strip().splitlines()


def test_seed_wrapper_is_removed_and_reported(seed_text: str) -> None:
    cleaned = clean_text(seed_text)
    lines = cleaned.text.splitlines()
    for phrase in SEED_WRAPPER:
        assert not any(line.strip() == phrase or phrase + " " in line for line in lines), phrase
    removed = " ".join(cleaned.removed)
    assert "please support us monthly" in removed
    assert "Enjoying ad-free content?" in removed


def test_seed_article_survives_whole(seed_text: str) -> None:
    cleaned = clean_text(seed_text).text
    assert cleaned.startswith("Russia-Backed Separatists Claim to Hold 8,000 Ukrainian POWs")
    assert "His claims could not be independently verified." in cleaned
    assert "The total figure now is somewhere about 8,000." in cleaned
    assert cleaned.rstrip().endswith("in the run-up to the invasion of Ukraine.")


@pytest.mark.parametrize("path", WRAPPERS, ids=lambda p: p.stem)
def test_other_sites_wrappers_are_removed(path: Path) -> None:
    text, keep, drop = _sample(path)
    cleaned = clean_text(text)
    for sentence in keep:
        assert sentence in cleaned.text, f"article text lost: {sentence}"
    for phrase in drop:
        assert phrase not in cleaned.text, f"wrapper kept: {phrase}"
        assert any(phrase in r for r in cleaned.removed), f"not reported: {phrase}"


def test_there_are_at_least_ten_other_wrapper_styles() -> None:
    assert len(WRAPPERS) >= 10


def test_article_about_donations_is_not_mistaken_for_an_appeal() -> None:
    text = (
        "Charity donations fell by 12 percent last year, the Charities Aid Foundation said.\n\n"
        "The foundation's chief executive said households had less to give as prices rose.\n\n"
        "Newsletter subscriptions to charity updates also fell, the report found."
    )
    assert clean_text(text).text == text


def test_quoted_speech_addressed_to_you_is_kept() -> None:
    text = (
        "The mayor spoke outside city hall on Tuesday.\n"
        "“We need your support to rebuild,” she told residents.\n"
        "The council will vote on the plan next week."
    )
    assert clean_text(text).text == text


def test_long_paragraph_loses_only_its_appeal_sentence() -> None:
    body = " ".join(f"Officials counted {n} new cases in the region on Monday." for n in range(8))
    text = f"{body} Subscribe now for unlimited access to our reporting."
    cleaned = clean_text(text)
    assert cleaned.text == body
    assert cleaned.removed == ("Subscribe now for unlimited access to our reporting.",)
