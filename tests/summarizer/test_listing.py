"""A listicle's numbered headings, found in real-shaped text and nowhere else."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from summarizer import MAX_TEXT_CHARS, summarize_text
from summarizer.listing import numbered_items
from summarizer.models import Summary
from summarizer.render import render_html, render_text


def _read(data_dir: Path, name: str) -> str:
    return (data_dir / "listing" / name).read_text(encoding="utf-8")


def test_a_listicles_numbered_headings_are_its_items(data_dir: Path) -> None:
    items = numbered_items(_read(data_dir, "lisbon.txt"))
    assert len(items) == 10
    assert items[:2] == ("Ride Tram 28", "Eat pastéis de nata in Belém")
    assert items[-1] == "Cross the river to Cacilhas"


def test_numbered_headlines_with_nothing_between_them_are_a_box_not_items(
    data_dir: Path,
) -> None:
    assert numbered_items(_read(data_dir, "most-read.txt")) == ()


def test_numbered_points_written_as_sentences_are_read_as_sentences(data_dir: Path) -> None:
    assert numbered_items(_read(data_dir, "steps.txt")) == ()


def test_an_item_with_only_a_photo_or_a_price_under_it_does_not_end_the_list(
    data_dir: Path,
) -> None:
    summary = summarize_text(_read(data_dir, "gap.html"))
    assert len(summary.items) == 8
    assert summary.items[3:5] == ("Visit the Oceanarium", "Explore LX Factory")


def test_a_countdown_is_a_list_numbered_as_the_article_numbers_it(data_dir: Path) -> None:
    summary = summarize_text(_read(data_dir, "countdown.html"))
    assert summary.items[0] == "Explore LX Factory"  # "1." counting down, the top pick
    assert summary.items[-1] == "Ride Tram 28"  # "5.", where the article starts


def test_numbered_teasers_of_other_stories_after_a_pasted_story_are_not_its_list(
    data_dir: Path,
) -> None:
    summary = summarize_text(_read(data_dir, "story-then-most-read.txt"))
    assert summary.items == () and "bus lanes" in summary.title.lower()


def test_a_heading_in_the_list_is_not_also_a_summary_sentence(data_dir: Path) -> None:
    summary = summarize_text(_read(data_dir, "questions.txt"))
    assert "Where did the storm hit hardest?" in summary.items
    assert not set(summary.items) & {s.text for s in summary.summary}


def test_only_a_run_numbered_from_one_in_order_counts() -> None:
    prose = "This paragraph under the heading says what the heading is about, at length."
    text = "\n".join(f"{n}. Heading number {n}\n{prose}" for n in (1, 2, 4, 5))
    assert numbered_items(text) == ()
    text = "\n".join(f"{n}. Heading number {n}\n{prose}" for n in (2, 3, 4))  # not from 1
    assert numbered_items(text) == ()
    text = "\n".join(f"{n}. Heading number {n}\n{prose}" for n in (1, 2, 3, 1, 2))
    assert numbered_items(text) == ("Heading number 1", "Heading number 2", "Heading number 3")


@given(st.text(alphabet="1234. \nab:)", max_size=300))
def test_any_text_gives_items_in_order_without_their_numbers(text: str) -> None:
    items = numbered_items(text)
    assert items == () or len(items) >= 3
    assert all(item.strip() == item and item for item in items)


def test_the_answer_lists_a_listicles_items_under_its_summary(data_dir: Path) -> None:
    summary = summarize_text(_read(data_dir, "lisbon.txt"))
    assert len(summary.items) == 10
    answer = render_text(summary)
    assert "The list (10)\n1. Ride Tram 28\n2. Eat pastéis de nata in Belém" in answer
    assert answer.index("The list") > answer.index(summary.summary[-1].text)
    assert "<b>The list (10)</b>" in render_html(summary)[0]
    assert Summary.from_dict(summary.to_dict()) == summary


def test_an_article_without_a_list_shows_none(seed_text: str) -> None:
    summary = summarize_text(seed_text)
    assert summary.items == () and "The list" not in render_text(summary)


def test_a_long_list_shows_its_first_items_and_says_how_many_more(data_dir: Path) -> None:
    summary = summarize_text(_read(data_dir, "lisbon.txt"))
    long = Summary.from_dict({**summary.to_dict(), "items": [f"Thing {n}" for n in range(1, 41)]})
    answer = render_text(long)
    assert "15. Thing 15\n…and 25 more." in answer and "16. Thing 16" not in answer


@pytest.mark.parametrize("space", ["\u00a0", "  ", "\t"])
def test_spacing_as_pages_have_it_does_not_let_teasers_in_or_headings_twice(
    data_dir: Path, space: str
) -> None:
    story = _read(data_dir, "story-then-most-read.txt")
    spaced = story.replace("The city council voted", f"The city council{space}voted")
    assert summarize_text(spaced).items == ()
    questions = _read(data_dir, "questions.txt")
    spaced = questions.replace("Where did the storm", f"Where did{space}the storm")
    summary = summarize_text(spaced)
    assert "Where did the storm hit hardest?" in summary.items
    assert not set(summary.items) & {" ".join(s.text.split()) for s in summary.summary}


def test_a_paste_of_more_sentences_than_are_read_is_summarized() -> None:
    """A transcript past the engine's bound of sentences: its run of prose reaches past it."""
    talk = (
        "The mayor said vote {n} was close. A resident disliked plan {n}. Work on road {n} "
        "starts soon. Police gave no details of case {n}. Her lawyer wants hall {n} reopened."
    )
    paragraphs = (talk.format(n=n) for n in range(4_000))
    text = "A long transcript of the council meeting\n\n" + "\n\n".join(paragraphs)
    summary = summarize_text(text[:MAX_TEXT_CHARS])
    assert summary.summary and summary.items == ()


def test_a_heading_with_a_number_of_its_own_is_not_also_a_summary_sentence(
    data_dir: Path,
) -> None:
    text = _read(data_dir, "questions.txt").replace(
        "Where did the storm hit hardest?", "Did storm 2: Debi hit hardest?"
    )
    summary = summarize_text(text)
    assert "Did storm 2: Debi hit hardest?" in summary.items
    assert "Did storm 2: Debi hit hardest?" not in {s.text for s in summary.summary}


def test_a_closing_sentence_that_also_ends_an_earlier_section_keeps_the_list(
    data_dir: Path,
) -> None:
    summary = summarize_text(_read(data_dir, "repeated-closing.txt"))
    assert summary.items == (
        "Ride the old tram",
        "Climb to the castle",
        "Eat custard tarts",
        "Hear fado at night",
    )


def test_a_next_line_character_in_the_story_is_a_space_as_the_cleaner_reads_it(
    data_dir: Path,
) -> None:
    text = _read(data_dir, "lisbon.txt").replace(
        "sunniest capitals, and", "sunniest\x85capitals, and"
    )
    assert len(summarize_text(text).items) == 10
