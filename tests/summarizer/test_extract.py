from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.errors import NotAnArticle, Paywalled
from summarizer.extract import extract_html, looks_like_html, split_title
from tests.summarizer.hostile import GENEROUS_SECONDS, within


def test_page_text_and_metadata(data_dir: Path) -> None:
    html = (data_dir / "pages" / "article.html").read_text(encoding="utf-8")
    article = extract_html(html, "https://news.example.com/dam")
    assert article.title == "Dam failure floods valley villages"  # " | Example News" dropped
    assert article.language == "en"
    assert article.text.startswith("A dam burst")  # the headline is not repeated in the body
    assert "Home" not in article.text.split("\n")[0]


def test_short_page_with_a_subscribe_prompt_is_paywalled() -> None:
    html = (
        "<html><body><article><h1>Big scoop</h1><p>The first lines of a story that goes on.</p>"
        "<p>Subscribe to continue reading. Already a subscriber? Log in.</p>"
        "</article></body></html>"
    )
    with pytest.raises(Paywalled):
        extract_html(html)


def test_page_without_text_is_not_an_article() -> None:
    with pytest.raises(NotAnArticle):
        extract_html("<html><body><img src='cat.png'></body></html>")


def test_pasted_headline_is_split_off() -> None:
    article = split_title("Storm Hits Coast\nA storm hit the coast on Monday. Trees fell.")
    assert article.title == "Storm Hits Coast"
    assert article.text == "A storm hit the coast on Monday. Trees fell."
    assert split_title("A storm hit the coast on Monday.\nTrees fell.").title is None


def test_html_is_recognised() -> None:
    assert looks_like_html("<!DOCTYPE html><html>")
    assert not looks_like_html("The <b> tag is bold.")


def test_a_first_line_of_punctuation_is_judged_quickly() -> None:
    text = ".," * 150_000 + " a b\nThe body of the article follows here."
    article = within(GENEROUS_SECONDS, lambda: split_title(text))
    assert article.title is not None and article.title.endswith(", a b")
    assert split_title("A first line that ends: ”\nThe body follows.").title is None
