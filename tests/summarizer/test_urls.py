from __future__ import annotations

from summarizer import summarize_page
from summarizer.urls import canonical_url, find_urls, without_tracking


def test_one_story_one_canonical_url() -> None:
    same = [
        "https://www.Example.com/news/story/?utm_source=tg&utm_medium=social#comments",
        "https://example.com/news/story",
        "HTTPS://example.com:443/news//story/?fbclid=abc",
    ]
    assert {canonical_url(u) for u in same} == {"https://example.com/news/story"}


def test_meaningful_query_parameters_stay_sorted() -> None:
    assert canonical_url("http://a.example/p?id=2&b=1&utm_x=3") == "http://a.example/p?b=1&id=2"
    assert canonical_url("http://a.example:8080/") == "http://a.example:8080/"


def test_links_are_found_in_text() -> None:
    text = "Read https://a.example/x, and (www.b.example/y). Again: https://a.example/x."
    assert find_urls(text) == ["https://a.example/x", "https://www.b.example/y"]


def test_the_link_an_answer_shows_carries_no_ones_tracking_tags() -> None:
    shared = "https://www.Example.com/news/story/?id=7&utm_source=twitter&fbclid=IwAR1#top"
    assert without_tracking(shared) == "https://www.Example.com/news/story/?id=7#top"
    assert without_tracking("https://example.com/a") == "https://example.com/a"
    paragraphs = "".join(
        f"<p>The council met on Tuesday to approve plan number {n} for the new bridge, which "
        f"residents have asked for since the old one closed in the spring floods.</p>"
        for n in range(8)
    )
    head = "<head><title>Bridge plan approved</title></head>"
    html = f"<html>{head}<body>{paragraphs}</body></html>"
    summary = summarize_page(html, url=shared, is_html=True)
    assert summary.url == "https://www.Example.com/news/story/?id=7#top"


def test_a_link_with_no_tracking_tag_is_left_as_written() -> None:
    for url in ("https://example.com/?123456", "https://example.com/?s=bridge&ids=1,2"):
        assert without_tracking(url) == url
    assert without_tracking("https://e.com/a?s=x&utm_medium=tg") == "https://e.com/a?s=x"


def test_a_link_with_a_port_out_of_range_still_has_a_canonical_form() -> None:
    # (urlsplit raises on such a port only when asked for it: the chat handler's lookup
    # must not fail for the message's other links)
    assert canonical_url("https://1.1.1.1:70000/abc") == "https://1.1.1.1:70000/abc"
    assert canonical_url("http://Example.com:99999/a/") == "http://example.com:99999/a"
