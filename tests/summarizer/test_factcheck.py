from __future__ import annotations

import json
from pathlib import Path

import pytest

from summarizer import FetchPolicy, render_text, summarize_text, summarize_url
from summarizer.factcheck import FactCheck, flag_checked, from_json_ld, from_text
from summarizer.models import ClaimStatus, Sentence
from tests.pages import PageServer, Route
from tests.summarizer.hostile import GENEROUS_SECONDS, within

LOCAL = FetchPolicy(allow_private=True, timeout=5.0)
SHARK = (
    "A photograph shows a shark swimming on a flooded highway in Houston after Hurricane Harvey."
)


async def test_a_fact_check_page_flags_the_claim_it_rates_false(
    pages: PageServer, data_dir: Path
) -> None:
    body = (data_dir / "pages" / "fact-check.html").read_bytes()
    summary = await summarize_url(pages.add("/shark", Route(body=body)), policy=LOCAL)
    opening = summary.summary[0]
    assert opening.text == SHARK
    assert opening.status is ClaimStatus.UNVERIFIED
    assert opening.source == "Viral social media posts"
    answer = render_text(summary)
    assert "rated False by Example Checks" in answer
    assert summary.flagged_claims == (opening,)  # listed once, counted once


def test_a_pasted_fact_check_flags_its_labelled_claim(data_dir: Path) -> None:
    text = (data_dir / "pasted" / "fact-check.txt").read_text(encoding="utf-8")
    summary = summarize_text(text)
    claim = "Tesla recalled every Model Y vehicle sold in 2023 because the steering wheel can"
    rated = [s for s in summary.flagged_claims if claim in s.text]
    assert [(s.status, s.cue) for s in rated] == [(ClaimStatus.UNVERIFIED, "rated False")]
    assert "rated False" in render_text(summary)


def test_a_claim_no_sentence_states_is_listed_in_the_fact_checks_words() -> None:
    check = FactCheck("Drinking hot water cures the flu within a day.", "False", "Checks")
    story = [Sentence("The mayor opened the new bridge on Monday.")]
    kept, _, unstated = flag_checked(story, [check])
    assert kept == story
    assert [(s.text, s.status, s.cue) for s in unstated] == [
        (check.claim, ClaimStatus.UNVERIFIED, "rated False by Checks")
    ]


def test_the_sentence_stating_the_claim_is_flagged_not_a_shorter_one_denying_it(
    data_dir: Path,
) -> None:
    text = (data_dir / "pasted" / "fact-check-debunk-short.txt").read_text(encoding="utf-8")
    rated = [s for s in summarize_text(text).claims if s.cue == "rated False"]
    assert len(rated) == 1
    assert rated[0].text.startswith("A message forwarded thousands of times")


def test_a_box_the_page_repeats_is_one_claim(data_dir: Path) -> None:
    text = (data_dir / "pasted" / "fact-check-dup2.txt").read_text(encoding="utf-8")
    assert [s.text for s in summarize_text(text).claims if s.cue == "rated False"] == [
        "5G masts spread COVID-19"
    ]


def test_labelled_lines_with_a_verdict_that_disputes_nothing_flag_nothing(
    data_dir: Path,
) -> None:
    # a consumer column's "Claim:" and "Verdict: Paid in full", a court's "Liable"
    text = (data_dir / "pasted" / "fact-check-consumer.txt").read_text(encoding="utf-8")
    assert all(not (s.cue or "").startswith("rated") for s in summarize_text(text).claims)
    court = (
        "Fact check: the ruling\nClaim: The firm failed to inspect the bridge.\nVerdict: Liable"
    )
    assert [c.disputed for c in from_text(court)] == [False]


def test_a_lone_surrogate_in_a_review_is_no_character_the_answer_cannot_encode(
    data_dir: Path,
) -> None:
    # a script that cut its string inside a character ("\\ud83d"): the answer is encoded
    # (stored, rendered, sent) whole
    html = (data_dir / "pages" / "fact-check-surrogate.html").read_text(encoding="utf-8")
    summary = summarize_text(html)
    json.dumps(summary.to_dict(), ensure_ascii=False).encode("utf-8")
    render_text(summary).encode("utf-8")


def test_thousands_of_reviews_are_read_at_once() -> None:
    review = {"@type": "ClaimReview", "reviewRating": {"alternateName": "False"}}
    script = json.dumps(
        [{**review, "claimReviewed": f"Claim number {n} is true."} for n in range(1500)]
    )
    checks = within(GENEROUS_SECONDS, lambda: from_json_ld([script] * 40))
    assert len(checks) == 5


def test_the_claim_itself_is_flagged_not_a_longer_sentence_that_debunks_it() -> None:
    debunk = Sentence(
        "There is no evidence a photograph shows a shark swimming on a flooded highway in"
        " Houston, and experts said the image of the shark after Hurricane Harvey was doctored."
    )
    kept, _, _ = flag_checked([debunk, Sentence(SHARK)], [FactCheck(SHARK, "Fake")])
    assert [s.status for s in kept] == [ClaimStatus.NONE, ClaimStatus.UNVERIFIED]


def test_a_claim_rated_true_is_left_as_it_is() -> None:
    kept, _, unstated = flag_checked([Sentence(SHARK)], [FactCheck(SHARK, "Mostly True")])
    assert kept == [Sentence(SHARK)] and unstated == []


def test_claim_reviews_are_read_wherever_the_page_puts_them() -> None:
    review = {
        "@type": ["ClaimReview"],
        "claimReviewed": "  The moon  is made of cheese. ",
        "author": [{"name": "Checks"}],
        "reviewRating": {"name": "Pants on Fire"},
    }
    scripts = [
        "{not json",
        json.dumps({"@graph": [{"@type": "WebPage"}, {"mainEntity": review}]}),
        json.dumps([review]),  # the same review twice is one
        json.dumps({"@type": "ClaimReview", "claimReviewed": "No rating given."}),
        "[" * 100_000 + "]" * 100_000,  # nested past any depth read: skipped
    ]
    assert from_json_ld(scripts) == (
        FactCheck("The moon is made of cheese.", "Pants on Fire", "Checks"),
    )


def test_labelled_lines_need_a_rating_after_the_claim() -> None:
    assert from_text("Claim: The moon is made of cheese.\nRating: Mostly False.") == (
        FactCheck("The moon is made of cheese.", "Mostly False"),
    )
    # an insurance story's "claim:" with no verdict after it is no fact-check
    assert from_text("Claim: the policy covers flood damage to the ground floor.\nHe paid.") == ()


def test_a_claim_of_several_sentences_is_found_by_its_first() -> None:
    claim = (
        "U.S.-controlled bandit formations in the al-Tanf zone prevent the evacuation of"
        " civilians from the Rukban camp. The U.N. plan failed because of the American side."
    )
    story = [
        Sentence("The ministries issued a joint statement on Friday."),
        Sentence(
            "“U.S.-controlled bandit formations, operating in the al-Tanf zone, continue to"
            " prevent the evacuation of civilians from the Rukban camp,” it said."
        ),
    ]
    _, stating, unstated = flag_checked(story, [FactCheck(claim, "False")])
    assert stating == {1} and unstated == []


@pytest.mark.parametrize(
    ("page", "stating"),
    [
        # the claim denies ("no longer accept cash"); the correction does not: not it
        ("fact-check-afp-negation.html", "Facebook posts shared thousands of times claim"),
        # only a correction holds the claim's words: the claim is listed in the check's words
        ("fact-check-headline-only.html", "Drinking hot water every hour cures the flu"),
        # the same claim reviewed twice flags one sentence, once
        ("fact-check-two-reviews.html", "A photograph shows a shark swimming"),
    ],
)
def test_the_sentence_flagged_states_the_claim_and_never_corrects_it(
    data_dir: Path, page: str, stating: str
) -> None:
    summary = summarize_text((data_dir / "pages" / page).read_text(encoding="utf-8"))
    rated = [s.text for s in summary.claims if (s.cue or "").startswith("rated")]
    assert len(rated) == 1 and rated[0].startswith(stating)


def test_labels_on_lines_of_their_own_are_read(data_dir: Path) -> None:
    # "Claim" and "Rating" alone, each above its text, as Snopes sets them
    text = (data_dir / "pasted" / "fact-check-snopes-labels.txt").read_text(encoding="utf-8")
    assert [(c.claim[:30], c.rating) for c in from_text(text)] == [
        ("Tesla recalled every Model Y v", "False")
    ]


def test_a_verdict_that_explains_itself_is_rated_by_its_first_sentence() -> None:
    text = "Claim: Tesla recalled every Model Y sold.\nVerdict: False. Some were recalled."
    assert [c.rating for c in from_text(text)] == ["False"]


@pytest.mark.parametrize("verdict", ["Partly upheld by the ombudsman", "Wrong decision, says he"])
def test_everyday_verdicts_rate_nothing(data_dir: Path, verdict: str) -> None:
    (check,) = from_text(f"Claim: Rashford was onside when he scored.\nVerdict: {verdict}")
    assert not check.disputed
    text = (data_dir / "pasted" / "fact-check-ombudsman.txt").read_text(encoding="utf-8")
    assert all(not (s.cue or "").startswith("rated") for s in summarize_text(text).claims)
