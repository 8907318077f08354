from __future__ import annotations

from summarizer import summarize_text
from summarizer.topics import catalog, tag_topics, title_entities


def test_seed_is_about_ukraine_russia_and_war(seed_text: str) -> None:
    assert summarize_text(seed_text).topics[:3] == ("ukraine", "russia", "war")


def test_catalog_has_the_product_topics() -> None:
    slugs = {t.slug for t in catalog()}
    assert {
        "ukraine",
        "russia",
        "economy",
        "technology",
        "climate",
        "science",
        "health",
        "politics",
        "sports",
    } <= slugs


def test_a_passing_mention_is_not_a_topic() -> None:
    text = (
        "The bakery opened a second shop on the high street. " * 5 + "It sells bread to Ukraine."
    )
    assert "ukraine" not in tag_topics(text, "Bakery opens second shop")


def test_names_in_a_title_case_headline_are_found_through_the_body() -> None:
    body = "Officials met Angela Merkel in Berlin on Friday. The talks with Merkel went well."
    assert title_entities("Angela Merkel Meets Officials In Berlin", body) == [
        "angela merkel",
        "berlin",
    ]
