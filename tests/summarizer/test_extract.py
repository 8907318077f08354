from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.errors import NotAnArticle, Paywalled
from summarizer.extract import Article, extract_html, looks_like_html, split_title
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


def _page(head: str, heading: str = "") -> str:
    """A small article page: the given <head>, a page header, and an article long enough."""
    paragraphs = "".join(
        f"<p>The river rose {n} metres overnight and the council opened the shelters early, "
        "as residents of the lower valley carried what they could to higher ground.</p>"
        for n in range(1, 6)
    )
    return (
        f"<html><head>{head}</head><body><header>{heading}</header>"
        f"<article>{paragraphs}</article></body></html>"
    )


def test_the_site_name_after_the_headline_is_dropped() -> None:
    html = _page(
        "<title>River floods the valley | Valley Times</title>"
        "<meta property='og:site_name' content='Valley Times'>"
    )
    assert extract_html(html, "https://valleytimes.example/a").title == "River floods the valley"


def test_the_site_name_and_slogan_before_the_headline_are_dropped() -> None:
    head = (
        "<title>Valley Times | The valley's favourite paper: BREAKING: River floods the valley"
        "</title><meta property='og:site_name' content=\"Valley Times | The valley's "
        'favourite paper">'
    )
    title = extract_html(_page(head), "https://valleytimes.example/a").title
    assert title == "BREAKING: River floods the valley"


def test_a_slogan_not_in_the_heading_is_dropped() -> None:
    html = _page(
        "<title>River floods the valley - Valley Times - Memories of the eighties</title>",
        "<h1>River floods the valley</h1>",
    )
    assert extract_html(html, "https://example.org/a").title == "River floods the valley"


def test_the_domain_name_is_a_site_name() -> None:
    html = _page("<title>River floods the valley – ValleyTimes.com</title>")
    assert extract_html(html, "https://www.valleytimes.com/a").title == "River floods the valley"


def test_a_title_that_is_only_the_site_name_gives_way_to_the_heading() -> None:
    html = _page(
        "<title>Valley Times</title><meta property='og:site_name' content='Valley Times'>",
        "<h1>River floods the valley</h1>",
    )
    assert extract_html(html, "https://example.org/a").title == "River floods the valley"


def test_a_title_sharing_no_word_with_the_storys_own_heading_gives_way_to_it() -> None:
    story = _page("<title>Example News</title>").replace(
        "<article>", "<article><h1>River floods the valley</h1>"
    )
    assert extract_html(story, "https://example.org/a").title == "River floods the valley"
    # a logo's h1 outside the story, or a title of this story, keeps the title
    logo = _page("<title>River floods the valley</title>", "<h1>Valley Times</h1>")
    assert extract_html(logo, "https://example.org/a").title == "River floods the valley"
    shared = _page("<title>Valley floods: live</title>").replace(
        "<article>", "<article><h1>Floods reach the valley towns</h1>"
    )
    assert extract_html(shared, "https://example.org/a").title == "Valley floods: live"
    # a section's heading does not replace a <title> that is a headline
    section = _page("<title>Storm hits coast: what we know - Example</title>").replace(
        "<article>", "<main><h1>Latest updates</h1></main><article>"
    )
    assert extract_html(section, "https://example.org/a").title == (
        "Storm hits coast: what we know"
    )
    # … nor a headline written without spaces, one "word" however long
    unspaced = _page("<title>嵐が海岸を直撃、数千人が避難 | 例新聞</title>").replace(
        "<article>", "<main><h1>最新ニュース</h1></main><article>"
    )
    assert str(extract_html(unspaced, "https://example.org/a").title).startswith("嵐が海岸を直撃")


def test_a_logo_heading_in_another_script_does_not_replace_the_headline() -> None:
    html = _page(
        "<title>강물이 계곡을 덮쳤다, 주민들 대피 - Gyegok Times</title>"
        "<meta property='og:site_name' content='계곡 타임스'>",
        "<header><h1>계곡 타임스</h1></header>",
    )
    assert extract_html(html, "https://gyegoktimes.example/a").title == (
        "강물이 계곡을 덮쳤다, 주민들 대피"
    )


def test_a_section_before_the_heading_is_dropped() -> None:
    html = _page(
        "<title>Opinion | River floods the valley - Valley Times</title>"
        "<meta property='og:title' content='Opinion | River floods the valley'>",
        "<h1>River floods the valley</h1>",
    )
    assert extract_html(html, "https://example.org/a").title == "River floods the valley"


def test_a_colon_inside_a_headline_stays() -> None:
    html = _page(
        "<title>Flood: the valley counts the cost - Valley Times</title>"
        "<meta property='og:site_name' content='Valley Times'>"
    )
    assert extract_html(html, "https://example.org/a").title == "Flood: the valley counts the cost"


def test_pasted_menu_lines_before_the_headline_are_not_the_title() -> None:
    text = (
        "Skip to main content\nHome\nNews\nSport\n"
        "Dam failure floods valley villages\nA dam burst on Monday. Villages were flooded."
    )
    article = split_title(text)
    assert article.title == "Dam failure floods valley villages"
    assert article.text == "A dam burst on Monday. Villages were flooded."


def test_a_pasted_date_line_is_not_the_title() -> None:
    article = split_title("Home\n3 May 2024\nStorm hits the coast\nA storm hit the coast.")
    assert article.title == "Storm hits the coast"


def test_pasted_text_without_a_headline_keeps_its_first_lines() -> None:
    text = "Home\nNews\nA storm hit the coast on Monday.\nTrees fell."
    assert split_title(text) == Article(text=text)


def test_only_the_first_lines_of_a_paste_are_read_for_a_headline() -> None:
    text = "\n".join(["Home", "News"] * 20 + ["Storm hits the coast", "A storm hit."])
    assert split_title(text).title is None


def test_a_title_of_many_separators_is_judged_quickly() -> None:
    head = (
        f"<title>{'Valley | ' * 100_000}River floods</title>"
        f"<meta property='og:title' content='{'Flood: ' * 100_000}'>"
    )
    html = _page(head, "<h1>River floods</h1>" * 10)
    title = within(GENEROUS_SECONDS, lambda: extract_html(html, "https://example.org/a").title)
    assert title is not None and len(title) <= 1000  # what is read of a title is bounded


def _story(before: str = "", inside: str = "") -> str:
    """A story page: the headline, ``before`` between it and the story, and ``inside`` as the
    story's second paragraph."""
    paragraphs = [
        f"<p>The river rose {n} metres overnight and the council opened the shelters early, "
        "as residents of the lower valley carried what they could to higher ground.</p>"
        for n in range(1, 6)
    ]
    paragraphs.insert(1, inside)
    return (
        "<html><head><title>River floods the valley</title></head><body><article>"
        f"<header><h1>River floods the valley</h1>{before}</header>{''.join(paragraphs)}"
        "</article></body></html>"
    )


def test_the_standfirst_under_the_headline_is_not_story_text() -> None:
    dek = "<h2>Thousands left their homes as the water rose faster than forecast.</h2>"
    article = extract_html(_story(before=dek), "https://example.org/a")
    assert "faster than forecast" not in article.text
    assert article.text.startswith("The river rose 1 metres")


def test_a_section_heading_after_the_headline_stays() -> None:
    heading = "<h2>What the council did first</h2>"
    article = extract_html(_story(before=heading), "https://example.org/a")
    assert "What the council did first" in article.text


def test_a_hover_card_is_not_glued_into_the_sentence() -> None:
    card = (
        "<p>The mayor, <a href='/people/ann-lee'>Ann Lee</a><span class='card'><img src='a.jpg'>"
        "<a href='/people/ann-lee'>Ann Lee</a> <a href='/x'>Lee wins the vote on the new bridge"
        "</a> <a href='/people/ann-lee'>MORE</a></span>, said the shelters would stay open all "
        "week for anyone who needs them.</p>"
    )
    article = extract_html(_story(inside=card), "https://example.org/a")
    assert "The mayor, Ann Lee, said the shelters would stay open" in article.text
    assert "bridge" not in article.text


def test_a_hover_card_that_gives_the_name_in_full_is_not_glued_into_the_sentence() -> None:
    card = (
        "<p>Governor <a href='/people/ann-lee'>Ann Lee</a><span class='card'><img src='a.jpg'>"
        "<a href='/people/ann-lee'>Ann Maria Lee</a><a href='/x'>Lee wins the vote on the new "
        "bridge</a> <a href='/people/ann-lee'>MORE</a></span> (D) said the shelters would stay "
        "open all week for anyone who needs them.</p>"
    )
    article = extract_html(_story(inside=card), "https://example.org/a")
    assert "Governor Ann Lee (D) said the shelters would stay open" in article.text
    assert "bridge" not in article.text


def test_a_word_that_only_begins_like_the_link_before_it_is_no_hover_card() -> None:
    line = (
        "<p>The council met <a href='/the'>The</a><em>Thereafter the shelters stayed open all "
        "week</em> for anyone who needed them.</p>"
    )
    article = extract_html(_story(inside=line), "https://example.org/a")
    assert "Thereafter the shelters stayed open" in article.text


def test_a_paragraph_that_is_a_link_is_a_teaser_not_story_text() -> None:
    teaser = (
        "<ul><li><a href='/other'><p>Night mode is a setting that takes advantage of the new "
        "camera in the latest phones to brighten photos.</p></a></li></ul>"
    )
    article = extract_html(_story(inside=teaser), "https://example.org/a")
    assert "Night mode" not in article.text


def test_an_empty_block_between_two_sentences_ends_the_first() -> None:
    sentences = [
        f"The river rose {n} metres overnight and the council opened the shelters early, as "
        "residents of the lower valley carried what they could to higher ground."
        for n in range(1, 4)
    ]
    story = "<div class='fake-br'></div>".join(sentences)
    html = f"<html><body><h1>River floods</h1><article><div>{story}</div></article></body></html>"
    article = extract_html(html, "https://example.org/a")
    assert article.text.split("\n") == sentences


def test_deeply_nested_inline_elements_are_read_quickly() -> None:
    depth = 20_000
    nested = "<p>" + "<b>Ann</b><span>Ann " * depth + "x" + "</span>" * depth + "</p>"
    html = _story(inside=nested)
    within(GENEROUS_SECONDS, lambda: extract_html(html, "https://example.org/a"))


def test_a_line_that_is_all_link_is_another_story_not_this_one() -> None:
    related = (
        "<p><strong>READ MORE: <a href='/other'>Second river bursts its banks as the rain goes "
        "on</a></strong></p>"
    )
    article = extract_html(_story(inside=related), "https://example.org/a")
    assert "Second river" not in article.text


def test_a_paragraph_with_links_in_it_stays() -> None:
    linked = (
        "<p>The <a href='/council'>council</a> said the <a href='/shelters'>shelters</a> would "
        "stay open all week for anyone who needs them.</p>"
    )
    article = extract_html(_story(inside=linked), "https://example.org/a")
    assert "would stay open all week" in article.text


def test_a_caption_inside_a_paragraph_is_not_story_text() -> None:
    captioned = (
        "<p><span class='image'><img src='a.jpg'><span class='caption'>The flooded main street "
        "of the lower valley on Tuesday morning.</span></span>The council said the shelters "
        "would stay open all week for anyone who needs them.</p>"
    )
    article = extract_html(_story(inside=captioned), "https://example.org/a")
    assert "main street" not in article.text
    assert "The council said the shelters would stay open" in article.text


def test_many_lines_of_links_with_words_between_them_are_read_quickly() -> None:
    """Each line taken out leaves the words after it to the text before: joined one by one,
    that text was copied again for every line (seconds for a page of a megabyte)."""
    lines = "<p><a href='/x'>Second river bursts</a></p>and the rain goes on " * 30_000
    html = _story(inside=f"<div>{lines}</div>")
    article = within(GENEROUS_SECONDS, lambda: extract_html(html, "https://example.org/a"))
    assert "Second river" not in article.text


def test_many_captions_with_words_between_them_are_read_quickly() -> None:
    captions = "<figcaption>The flooded street</figcaption>and the rain goes on " * 30_000
    html = _story(inside=f"<div>{captions}</div>")
    article = within(GENEROUS_SECONDS, lambda: extract_html(html, "https://example.org/a"))
    assert "flooded street" not in article.text


def test_a_run_of_hover_cards_after_one_name_is_read_quickly() -> None:
    """Cards that follow one another after one trigger: the white space after each was piled
    onto the trigger's, and the trigger read again for each (two seconds for 65 kB)."""
    cards = ("<span>Ann Lee card</span>" + " " * 50) * 12_000
    html = _story(inside=f"<p><a href='/p'>Ann Lee</a>{cards}, said the mayor.</p>")
    within(GENEROUS_SECONDS, lambda: extract_html(html, "https://example.org/a"))
    emptied = "<p><a href='/p'>" + "<i></i>" * 5_000 + "Ann Lee</a>"
    html = _story(inside=emptied + "<span>Ann Lee card</span>" * 5_000 + ", said the mayor.</p>")
    article = within(GENEROUS_SECONDS, lambda: extract_html(html, "https://example.org/a"))
    assert "card" not in article.text


def test_a_link_left_unclosed_before_the_story_does_not_take_the_story() -> None:
    """The parser makes a link left open hold the rest of the page, story and all: a link
    that holds the story's paragraphs is no teaser."""
    html = _story().replace("<article>", "<a href='/'>Home<article>")
    article = extract_html(html, "https://example.org/a")
    assert all(f"The river rose {n} metres" in article.text for n in range(1, 6))


def test_a_standfirst_heading_left_unclosed_does_not_take_the_story() -> None:
    """The parser makes a heading left open hold the blocks after it: a heading that holds
    the story's paragraphs is no standfirst."""
    dek = "<h2>Thousands left their homes as the water rose faster than forecast.<div>"
    html = _story(before=dek).replace("</header>", "").replace("</article>", "</div></article>")
    article = extract_html(html, "https://example.org/a")
    assert all(f"The river rose {n} metres" in article.text for n in range(1, 6))


def test_a_sentence_the_pages_source_wraps_is_one_line() -> None:
    # a browser shows the source's line breaks inside a text as spaces; trafilatura kept them
    # in a <div>'s text, and the engine read each as a sentence's end
    story = (
        "The storm hit the city on Monday night and left\n    thousands of homes without power,"
        "\n    according to the local council. Photos\n    which were released by the fire"
        " service show roofs torn off in the northern suburbs. Engineers worked through the"
        " night to restore supplies, the council said."
    )
    html = f"<html><body><div class='story'>{story}</div></body></html>"
    text = extract_html(html, "https://news.example.com/storm").text
    assert "left thousands of homes without power, according to the local council." in text
    assert "Photos which were released by the fire service" in text


def test_a_line_the_pages_source_ends_before_a_break_tag_stays_a_line() -> None:
    # a byline and its tags, then <br><br> and the story (the shape of a real page, whose
    # text trafilatura reads by the source's line breaks): the byline is no part of the story
    html = (
        '<html><body><div class="col-md-9">\n    <p class="title">\nAmbulance depot broken'
        ' into overnight    </p>\n    <small class="text-muted"><b>05/10/2018</b> - Published'
        ' by: Clara Borba - Category: <a href="/c/19">Health</a> - Tags: <a href="/t/a">'
        'ambulance</a>\n<a href="/t/b"> break-in</a>\n<a href="/t/c"> cars</a>\n</small>'
        '<br><br>\n<img src="/a.jpg"><img src="/b.jpg">The home-care team of the ambulance'
        " service reported this morning that two of its five cars had been broken into. The"
        " cars were left without their batteries and with marks of vandalism. A police report"
        " was filed and officers went to the depot to examine the damage. Patients booked for"
        " this morning are being given new appointments. The health department expects the"
        " service to be back to normal by this afternoon.<br>\n<br>\n<br>\n</div></body></html>"
    )
    text = extract_html(html, "https://news.example.com/depot").text
    story = next(line for line in text.splitlines() if "home-care team" in line)
    assert "Tags" not in story


def test_a_text_whose_style_keeps_its_line_breaks_keeps_its_lines(data_dir: Path) -> None:
    # a body in <div style="white-space: pre-line">: its heading and list lines are lines
    html = (data_dir / "pages" / "pre-line-body.html").read_text(encoding="utf-8")
    lines = extract_html(html, "https://news.example.com/lanes").text.splitlines()
    assert "Key changes" in lines
    assert "A 20mph limit on all residential streets" in lines


def test_a_blank_line_in_a_pages_source_still_parts_its_paragraphs() -> None:
    story = (
        "The council voted on Tuesday night to build protected cycle lanes across the city"
        " centre.\n\nKey changes\n\nThe plan was approved by 31 votes to 17 after a long debate"
        " that ran past midnight, and work on the lanes should begin in the spring."
    )
    html = f"<html><body><div class='story'>{story}</div></body></html>"
    text = extract_html(html, "https://news.example.com/lanes").text
    assert "Key changes The plan" not in text


def test_a_class_whose_style_sheet_keeps_line_breaks_keeps_its_lines(data_dir: Path) -> None:
    # the same body, "white-space: pre-line" set for its class in a <style> sheet
    html = (data_dir / "pages" / "pre-line-class.html").read_text(encoding="utf-8")
    lines = extract_html(html, "https://news.example.com/lanes").text.splitlines()
    assert "Key changes" in lines
