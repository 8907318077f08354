from __future__ import annotations

from pathlib import Path

from summarizer import summarize_text
from summarizer.extract import plain_article
from summarizer.inline_breaks import rejoined
from summarizer.wrapping import unwrapped
from tests.summarizer.hostile import GENEROUS_SECONDS, within


def test_a_paste_with_links_on_lines_of_their_own_gets_the_clean_copys_answer(
    data_dir: Path,
) -> None:
    # every link's text on a line of its own: most lines short, so it was refused outright
    broken = (data_dir / "link-lines" / "tram-broken.txt").read_text(encoding="utf-8")
    clean = (data_dir / "link-lines" / "tram-clean.txt").read_text(encoding="utf-8")
    got, want = summarize_text(broken), summarize_text(clean)
    assert got.title == want.title == "Council approves new tram line after decade of delays"
    assert got.summary == want.summary


def test_a_sentence_broken_around_links_is_one_line_again() -> None:
    text = (
        "Tram line approved\n\n"
        "Officials told\nReuters\nthat the plan, first reported by\nThe Guardian\n"
        ", would cost $2bn.\n\nThe council met on Tuesday."
    )
    assert rejoined(text) == (
        "Tram line approved\n\n"
        "Officials told Reuters that the plan, first reported by The Guardian, would cost $2bn."
        "\n\nThe council met on Tuesday."
    )


def test_pieces_are_joined_with_a_space_only_where_words_meet() -> None:
    pieces = {
        "He bought 30 of\nBoeing\n's jets, officials said.": "30 of Boeing's jets",
        "Legal by 2016—\nColorado\nand Oregon, the study found.": "2016—Colorado",
        "The rover (\nVIPER\n) will fly in 2022, the agency said.": "rover (VIPER) will",
        'The fund, the report said, "\nlost money\n" and more in the year.': '"lost money" and',
        "The plan was called\n“Jewels”\nby the designers of the show.": "called “Jewels” by",
        "It was towering\nStarship vehicle\n— and it is due to land next year.": "vehicle — and",
    }
    for text, joined in pieces.items():
        lines = rejoined(f"Headline\n\n{text}").split("\n")
        assert len(lines) == 3 and joined in lines[2], text


def test_a_break_after_a_sentence_or_before_a_capital_that_begins_one_is_kept() -> None:
    text = (
        "The council approved the plan on Tuesday.\n"
        "construction will start next spring, the mayor said.\n"
        "Residents welcomed the decision after years of campaigning for it\n"
        "The opposition said the budget was unrealistic."
    )
    assert rejoined(text) == text


def test_menus_lists_and_tags_keep_a_line_an_item() -> None:
    menu = "home page\nworld\nU.S.\npolitics\nnew york\nbusiness\nopinion\ntech\nscience."
    listed = (
        "The rules forbid any comment that:\n"
        "contains insults or threats to other users;\n"
        "promotes hatred and discrimination on racial or ethnic grounds;\n"
        "is part of an organised action involving large volumes of content."
    )
    tags = "Filed under\nGovernment and politics\n,\nGeneral news\n,\nSocial media"
    social = "Follow Us\ntwitter\ninstagram\nemail\nfacebook\nMeg James is a reporter here."
    for text in (menu, listed, tags, social):
        assert rejoined(text) == text


def test_verse_keeps_its_lines() -> None:
    text = (
        "It opens with the lines:\n\n"
        "and the low sun leaning into the hedgerows of the shire,\n"
        "as if the light itself was listening for a name,\n"
        "and the fields laid out like psalms beneath the choir,\n"
        "the river turning over in its sleep again.\n"
    )
    assert rejoined(text) == text


def test_a_name_written_in_lower_case_begins_no_continuation() -> None:
    text = "Apple results beat forecasts\niPhone sales rose 5%, the company said on Tuesday."
    assert rejoined(text) == text


def test_a_headline_or_a_byline_stays_above_a_first_paragraph_that_begins_with_a_link() -> None:
    headline = "Storm Arwen hits the north\nMet Office\nsaid on Tuesday that winds would ease."
    assert rejoined(headline).split("\n") == [
        "Storm Arwen hits the north",
        "Met Office said on Tuesday that winds would ease.",
    ]
    assert plain_article(headline).title == "Storm Arwen hits the north"
    byline = (
        "Storm Arwen: power cuts go on\n"
        "By Jane Smith\n"
        "The city council said on Tuesday that a\n"
        "new tram line\n"
        "would be built."
    )
    assert rejoined(byline).split("\n") == [
        "Storm Arwen: power cuts go on",
        "By Jane Smith",
        "The city council said on Tuesday that a new tram line would be built.",
    ]


def test_a_browser_copy_and_a_wrapped_text_are_left_to_their_own_reading(data_dir: Path) -> None:
    pasted = (data_dir / "pow-claims-pasted.txt").read_text(encoding="utf-8")
    assert rejoined(pasted) == pasted
    wrapped = (data_dir / "wrapped" / "poem-wrapped.txt").read_text(encoding="utf-8")
    assert rejoined(unwrapped(wrapped)) == unwrapped(wrapped)


def test_a_text_of_two_hundred_thousand_short_lines_is_read_in_linear_time() -> None:
    sentence = ["the cat sat"] * 999 + ["on the mat."]
    text = "\n".join(sentence * 200)
    joined = within(GENEROUS_SECONDS, lambda: rejoined(text))
    assert joined.startswith(f"{' '.join(sentence)}\n{' '.join(sentence)}\n")
    assert joined.endswith("\n".join(sentence))  # past what the engine reads: as it came
