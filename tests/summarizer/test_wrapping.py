from __future__ import annotations

import textwrap
from pathlib import Path

from summarizer import summarize_text
from summarizer.wrapping import unwrapped


def test_a_hard_wrapped_paste_gets_the_answer_of_the_same_text_unwrapped(data_dir: Path) -> None:
    # the seed article as an e-mail client quotes it: every line filled to 72 characters
    wrapped = (data_dir / "wrapped" / "pow-claims-72.txt").read_text(encoding="utf-8")
    pasted = (data_dir / "pow-claims-pasted.txt").read_text(encoding="utf-8")
    got, want = summarize_text(wrapped), summarize_text(pasted)
    assert got.title == want.title
    assert got.summary == want.summary
    assert got.claims == want.claims


def test_a_wrapped_paragraph_is_one_line_again() -> None:
    paragraph = (
        "Engineers worked through the night to restore supplies, the council said, and about"
        " 3,000 homes were still without power on Tuesday morning, according to the network"
        " operator Northern Powergrid, which said most would be reconnected by the evening."
    )
    text = "\n\n".join(textwrap.fill(paragraph, width) for width in (60, 72, 80))
    assert unwrapped(text) == "\n\n".join([paragraph] * 3)


def test_a_word_broken_by_its_own_hyphen_keeps_it_without_a_space() -> None:
    text = (
        "The ministry published a long-awaited report on the rail network's well-\n"
        "known problems on Monday, and officials said that the cost of the repairs\n"
        "would be shared between the regions and the national government budget."
    )
    assert "well-known problems" in unwrapped(text)


def test_a_browser_copy_is_left_as_it_is(data_dir: Path) -> None:
    # a line a paragraph, and short lines of menus and captions between them
    pasted = (data_dir / "pow-claims-pasted.txt").read_text(encoding="utf-8")
    assert unwrapped(pasted) == pasted


def test_lines_of_like_length_that_each_begin_anew_stay_lines() -> None:
    headlines = (
        "Video shows dramatic rescue of kidnapped girl from a car in Ohio\n"
        "Man arrested after seven trafficking victims found in his truck\n"
        "Jail guards charged with falsifying records on the night he died\n"
        "Safety officials urge the airline maker to redesign part on jets\n"
        "2019 iMac 4K   3.6GHz/8GB/1TB/555X   $1,349.00   save $50 today\n"
        "2019 iMac 5K   3.7GHz/8GB/2TB/580X   $2,099.00   save $100 today"
    )
    assert unwrapped(headlines) == headlines


def test_a_link_wider_than_the_lines_does_not_hide_their_width() -> None:
    text = (
        "With just two weekends of league action to play, and one in the\n"
        "Conference, it is crunch time for a number of clubs. Some are fighting\n"
        "for promotion and some against relegation, but this Saturday could see\n"
        "a number of ups and downs in English football this season, said one.\n"
        "https://www.example.com/sport/football/article-4021583/permutations-of-the-weekend.html"
    )
    lines = unwrapped(text).split("\n")
    assert lines[0].startswith("With just two weekends") and "one in the Conference," in lines[0]
