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
    for width in (60, 72, 80):
        text = "\n\n".join([textwrap.fill(paragraph, width)] * 2)
        assert unwrapped(text) == f"{paragraph}\n\n{paragraph}"


def test_a_word_broken_by_its_own_hyphen_keeps_it_without_a_space() -> None:
    text = (
        "The ministry published a long-awaited report on the rail network's well-\n"
        "known problems on Monday, and officials said that the cost of the repairs\n"
        "would be shared between the regions and the national government budget."
    )
    assert "well-known problems" in unwrapped(text)


def test_a_word_a_pdf_hyphenated_at_a_line_end_is_joined_as_the_text_writes_it() -> None:
    text = (
        "Prices rose faster than economists had expected in March, as the infla-\n"
        "tion rate reached its highest level in a decade, and the so-called core\n"
        "measure, which leaves out food and energy, rose as well. A struc-\n"
        "tured review of the figures, which the statistics office calls its so-\n"
        "called core inflation, found that the structure of prices had changed."
    )
    joined = unwrapped(text)
    assert "\n" not in joined
    # written whole elsewhere, or a word of the same family is ("structure"); written with
    # its hyphen on one line elsewhere, the hyphen stays (two letters alone would drop it)
    assert "the inflation rate" in joined
    assert "A structured review" in joined
    assert "its so-called core inflation" in joined


def test_a_word_broken_between_syllables_is_joined_and_a_compound_keeps_its_hyphen() -> None:
    # none of these words is written elsewhere: their shape tells them apart
    text = (
        "The report, published after a long delay, found that the latest develop-\n"
        "ments had left both delegations where they were before the failed sum-\n"
        "mit in the spring, with a dispute over the border that the envoys had ne-\n"
        "gotiated for years, and a sum of money whose fate had long been well-\n"
        "known but was still withheld by one side, while a rising mood of anti-\n"
        "American feeling in the capital kept both sides from the deal that long-\n"
        "awaited investors had hoped for, officials in the two countries said."
    )
    joined = unwrapped(text)
    assert "\n" not in joined
    for word in ("developments", "summit", "negotiated"):  # an ending, a double, two letters
        assert f" {word} " in joined
    for compound in ("well-known", "anti-American", "long-awaited"):
        assert f" {compound} " in joined


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
        "Weekend permutations\n\n"
        "With just two weekends of league action to play, and one in the\n"
        "Conference, it is crunch time for a number of clubs. Some are fighting\n"
        "for promotion and some against relegation, but this Saturday could see\n"
        "a number of ups and downs in English football this season, said one.\n"
        "https://www.example.com/sport/football/article-4021583/permutations-of-the-weekend.html"
    )
    lines = unwrapped(text).split("\n")
    assert lines[2].startswith("With just two weekends") and "one in the Conference," in lines[2]


def test_a_headline_set_right_above_its_wrapped_paragraph_stays_the_headline(
    data_dir: Path,
) -> None:
    text = (data_dir / "wrapped" / "headline-noblank.txt").read_text(encoding="utf-8")
    summary = summarize_text(text)
    assert summary.title == (
        "Storm Arwen: thousands still without power as amber wind warning issued"
    )
    assert summary.summary[0].text.startswith("Engineers worked through the night")


def test_a_wrapped_list_keeps_an_item_a_line(data_dir: Path) -> None:
    text = (data_dir / "wrapped" / "listicle2.txt").read_text(encoding="utf-8")
    lines = unwrapped(text).splitlines()
    assert [line for line in lines if line[:2] in ("1.", "2.", "3.", "4.")] == [
        "1. Ride Tram 28",
        "2. Visit the Belem Tower",
        "3. Eat a custard tart",
        "4. Watch the sunset from a viewpoint",
    ]


def test_verse_in_wrapped_prose_keeps_its_lines(data_dir: Path) -> None:
    text = (data_dir / "wrapped" / "poem-wrapped.txt").read_text(encoding="utf-8")
    lines = unwrapped(text).splitlines()
    assert "and the low sun leaning into the hedgerows of the shire," in lines
    assert "as if the light itself was listening for a name," in lines
    assert any(
        line.startswith("The poet laureate, Simon Armitage, has written")
        and line.endswith("on Saturday morning.")
        for line in lines
    )


def test_a_pdf_copy_with_a_running_header_is_unwrapped_around_it(data_dir: Path) -> None:
    text = (data_dir / "wrapped" / "pdf.txt").read_text(encoding="utf-8")
    lines = unwrapped(text).splitlines()
    assert lines[0].startswith("Britain's economy shrank") and lines[0].endswith("this year.")
    assert any("after a 0.1% fall in the previous three months" in line for line in lines)


def test_items_a_channel_digest_bullets_with_an_emoji_stay_items(data_dir: Path) -> None:
    text = (data_dir / "wrapped" / "channel-digest.txt").read_text(encoding="utf-8")
    items = [line for line in unwrapped(text).splitlines() if line.startswith("🔴")]
    assert len(items) == text.count("🔴")


def test_a_double_hyphen_dash_that_a_wrap_puts_first_is_no_list_item() -> None:
    text = (
        "The minister said the plan, which had been drafted over three months by\n"
        "officials from four departments and the Treasury's own economists in a\n"
        "hurry, was ready and had been approved by the cabinet in the morning\n"
        "-- though not by all of it -- and that it would be published on Monday.\n"
    )
    assert unwrapped(text).count("\n") == 1


def test_a_compound_of_a_prefix_initials_or_a_short_head_keeps_its_hyphen() -> None:
    # joined, they would read as other words ("resigned", "USled", "taxfree", "exwife")
    text = (
        "The striker who scored twice in the final on Saturday has re-\n"
        "signed for the club until 2028, the manager said, and his ex-\n"
        "wife, a lawyer who works in the city, backed the plan of a US-\n"
        "led group of investors for a new stadium in the city's tax-\n"
        "free zone by the river, which the council's small group of\n"
        "members opposed, while the many young buyers of homes near\n"
        "the ground were told that the new stadium would lift prices."
    )
    joined = unwrapped(text)
    assert "\n" not in joined
    for compound in ("re-signed", "ex-wife", "US-led", "tax-free"):
        assert f" {compound}" in joined
