"""The real-page benchmark's two measuring instruments: the browser-copy renderer and the
"is this sentence in that text" matcher. Wrong instruments would make every figure wrong."""

from __future__ import annotations

from benchmarks.pages import TextIndex, judge, visible_text
from summarizer.extract import Article


def page(body: str) -> bytes:
    head = "<!doctype html><html><head><title>Tab title</title></head>"
    return f"{head}<body>{body}</body></html>".encode()


def test_paragraphs_and_headings_are_set_apart_by_an_empty_line() -> None:
    text = visible_text(page("<h1>Headline</h1><p>First paragraph.</p><p>Second one.</p>"))
    assert text == "Headline\n\nFirst paragraph.\n\nSecond one."


def test_other_blocks_and_line_breaks_end_a_line() -> None:
    text = visible_text(page("<nav><ul><li>Home</li><li>World</li></ul></nav><div>a<br>b</div>"))
    assert text == "Home\nWorld\na\nb"


def test_inline_text_runs_on_with_its_own_white_space_collapsed() -> None:
    text = visible_text(page("<p>One  <b>bold</b>\n  <a href='#'>link</a>, and <i>more</i>.</p>"))
    assert text == "One bold link, and more."


def test_what_a_browser_does_not_render_is_not_copied() -> None:
    body = (
        "<script>var x = 'script';</script><style>p {}</style><noscript>enable js</noscript>"
        "<template><p>template</p></template><!-- a comment --><p hidden>hidden attribute</p>"
        "<p style='display: none'>display none</p><p style='visibility:hidden'>invisible</p>"
        "<input type='hidden' value='token'><p>Shown.</p>"
    )
    assert visible_text(page(body)) == "Shown."


def test_a_skipped_element_keeps_the_text_that_follows_it() -> None:
    text = visible_text(page("<p>Before <script>x()</script>after.<!-- note --> End.</p>"))
    assert text == "Before after. End."


def test_a_closed_details_shows_only_its_summary() -> None:
    closed = visible_text(page("<details><summary>More</summary>Folded text</details>"))
    opened = visible_text(page("<details open><summary>More</summary>Folded text</details>"))
    assert (closed, opened) == ("More", "More\nFolded text")


def test_table_cells_are_tab_separated_and_rows_are_lines() -> None:
    text = visible_text(page("<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>"))
    assert text == "a\tb\nc"


def test_an_inline_style_can_make_a_span_a_block() -> None:
    text = visible_text(page("<div><span style='display:block'>Caption</span>Body text.</div>"))
    assert text == "Caption\nBody text."


def test_words_glued_only_by_markup_are_set_on_separate_lines_but_a_drop_cap_is_not() -> None:
    glued = "<a><strong>Storm Closes Schools</strong><em>Classes resume Monday.</em></a>"
    drop_cap = "<p><span class='dropcap'>T</span>he storm closed schools.</p>"
    assert visible_text(page(glued)) == "Storm Closes Schools\nClasses resume Monday."
    assert visible_text(page(drop_cap)) == "The storm closed schools."


def test_the_page_charset_is_honoured() -> None:
    html = "<html><head><meta charset='windows-1251'></head><body><p>Привет, мир.</p></body>"
    assert visible_text(html.encode("cp1251")) == "Привет, мир."


def test_deep_nesting_does_not_exhaust_the_stack() -> None:
    assert visible_text(page("<div>" * 1500 + "Deep." + "</div>" * 1500)) == "Deep."


ARTICLE = (
    "The council voted on Tuesday to close the bridge for repairs. Traffic will be diverted "
    "through the old town for six weeks, officials said, and buses will run every ten minutes."
)


def test_a_sentence_of_the_article_is_in_it_even_with_a_word_changed() -> None:
    index = TextIndex.of(ARTICLE)
    assert index.holds("The council voted on Tuesday to close the bridge for repairs.")
    assert index.holds("The council voted on Monday to close the bridge for repairs.")


def test_a_sentence_whose_words_are_scattered_across_the_article_is_not_in_it() -> None:
    index = TextIndex.of(ARTICLE)
    # Every word occurs in the article, but not within a stretch twice the sentence's length.
    assert not index.holds("The council said buses run every ten minutes on Tuesday.")
    assert not index.holds("Sign up for our newsletter to get the news every morning.")


def test_repeated_words_must_be_matched_as_often_as_they_occur() -> None:
    index = TextIndex.of("the cat sat on the mat")
    assert not index.holds("the the the the the cat")
    assert index.holds("the cat sat on the mat")


def test_text_written_without_spaces_is_matched_character_by_character() -> None:
    index = TextIndex.of("今回はそのKindleデスクトップアプリ Kindle for PC に関する話。")
    assert index.holds("今回はそのKindleデスクトップアプリKindle for PCに関する話。")
    assert not index.holds("今日は天気がとても良いので散歩に行きました。")


def test_a_tables_rows_are_counted_apart_from_what_the_cleaner_lost() -> None:
    # the engine takes a table of figures out before it cleans: its rows are no prose it lost
    rows = [
        f"{n} Driver Number{n} {5040 - n * 7} {n % 5} {n % 3} {17 - n} {27 - n}"
        for n in range(1, 9)
    ]
    text = "\n".join([ARTICLE, "", *rows, "", ARTICLE])
    truth = f"{ARTICLE}\n{rows[2]}"
    result = judge("page", truth, 1.0, "NotAnArticle", Article(text=text))
    assert result.in_figure_rows == [rows[2]]
    assert result.lost == []
