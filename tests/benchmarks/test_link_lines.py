"""The link-lines benchmark's instrument: the copy of a page with each inline element of its
running text on a line of its own. A copy broken elsewhere would measure the wrong thing."""

from __future__ import annotations

from benchmarks.link_lines import copies


def page(body: str) -> bytes:
    return f"<!doctype html><html><body>{body}</body></html>".encode()


def test_a_link_in_running_text_gets_a_line_of_its_own() -> None:
    text = copies(page("<p>Officials told <a href='#'>Reuters</a>, on Monday.</p>"))
    assert text["clean"] == "Officials told Reuters, on Monday."
    assert text["links"] == "Officials told\nReuters\n, on Monday."


def test_a_menus_links_and_emphasis_outside_the_mode_stay_as_they_were() -> None:
    body = "<ul><li><a href='#'>Home</a></li></ul><p>A <b>bold</b> <a href='#'>claim</a>.</p>"
    text = copies(page(body))
    assert text["links"] == "Home\n\nA bold\nclaim\n."
    assert text["links and emphasis"] == "Home\n\nA\nbold\nclaim\n."
