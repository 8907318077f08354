from __future__ import annotations

import ipaddress
from pathlib import Path

import pytest

from summarizer import summarize_url
from summarizer.errors import (
    BlockedAddress,
    FetchTimeout,
    HTTPStatusError,
    InvalidURL,
    Paywalled,
    TooLarge,
    TooManyRedirects,
    UnsupportedContent,
)
from summarizer.fetch import FetchPolicy, decode, fetch_page, is_forbidden_address, new_client
from tests.pages import PageServer, Route, endless_chunks, slow_chunks

LOCAL = FetchPolicy(allow_private=True, timeout=5.0)


@pytest.fixture
def article_html(data_dir: Path) -> bytes:
    return (data_dir / "pages" / "article.html").read_bytes()


async def test_a_page_is_fetched_and_summarized(pages: PageServer, article_html: bytes) -> None:
    url = pages.add(
        "/news/dam", Route(article_html, headers={"Content-Type": "text/html; charset=utf-8"})
    )
    summary = await summarize_url(url, policy=LOCAL)
    assert summary.title == "Dam failure floods valley villages"
    assert summary.url == url
    assert summary.summary[0].text.startswith("A dam burst in the north")
    governor = next(s for s in summary.claims if "inspected in May" in s.text)
    assert governor.status == "unverified"
    assert "newsletter" not in " ".join(s.text for s in summary.summary).lower()


async def test_redirects_are_followed_up_to_five(pages: PageServer, article_html: bytes) -> None:
    pages.add("/final", Route(article_html))
    for n in range(5):
        target = "/final" if n == 4 else f"/hop{n + 1}"
        pages.add(f"/hop{n}", Route(status=302, headers={"Location": target}))
    page = await fetch_page(pages.url("/hop0"), LOCAL)
    assert page.url == pages.url("/final") and page.is_html


async def test_a_redirect_loop_is_refused(pages: PageServer) -> None:
    pages.add("/a", Route(status=301, headers={"Location": "/b"}))
    pages.add("/b", Route(status=301, headers={"Location": "/a"}))
    with pytest.raises(TooManyRedirects):
        await fetch_page(pages.url("/a"), LOCAL)


async def test_a_huge_body_is_stopped_while_streaming(pages: PageServer) -> None:
    url = pages.add("/huge", Route(chunks=endless_chunks()))
    with pytest.raises(TooLarge):
        await fetch_page(url, LOCAL)
    with pytest.raises(TooLarge):  # and a declared Content-Length is refused before reading
        await fetch_page(pages.add("/big", Route(b"x" * 6_000_000)), LOCAL)


async def test_a_slow_body_times_out(pages: PageServer) -> None:
    url = pages.add("/slow", Route(chunks=slow_chunks(b"<html><body><p>start", 3.0)))
    with pytest.raises(FetchTimeout):
        await fetch_page(url, FetchPolicy(allow_private=True, timeout=1.0))


async def test_wrong_content_type_is_refused(pages: PageServer) -> None:
    url = pages.add("/photo", Route(b"\x89PNG\r\n", headers={"Content-Type": "image/png"}))
    with pytest.raises(UnsupportedContent):
        await fetch_page(url, LOCAL)


async def test_plain_text_is_accepted(pages: PageServer) -> None:
    url = pages.add("/a.txt", Route(b"Plain words.", headers={"Content-Type": "text/plain"}))
    page = await fetch_page(url, LOCAL)
    assert (page.content_type, page.text) == ("text/plain", "Plain words.")


async def test_charsets_are_decoded(pages: PageServer) -> None:
    latin = "<html><body><p>Café déjà vu – “quoted”</p></body></html>"
    url = pages.add(
        "/cp1252",
        Route(latin.encode("cp1252"), headers={"Content-Type": "text/html; charset=iso-8859-1"}),
    )
    assert "Café déjà vu – “quoted”" in (await fetch_page(url, LOCAL)).text
    meta = '<html><head><meta charset="koi8-r"></head><body>Привет</body></html>'
    url = pages.add("/koi8", Route(meta.encode("koi8-r"), headers={"Content-Type": "text/html"}))
    assert "Привет" in (await fetch_page(url, LOCAL)).text
    broken = "<html><body>Zürich naïve</body></html>".encode()
    url = pages.add(
        "/bogus", Route(broken, headers={"Content-Type": "text/html; charset=no-such-charset"})
    )
    assert "Zürich naïve" in (await fetch_page(url, LOCAL)).text


def test_mislabelled_and_invalid_bytes_still_decode() -> None:
    assert decode("naïve".encode(), "latin-1") == "naïve"  # UTF-8 sent as Latin-1
    assert decode(b"ok \xff\xfe bad", "utf-8").startswith("ok ")


async def test_error_statuses_have_clear_messages(pages: PageServer) -> None:
    with pytest.raises(HTTPStatusError) as missing:
        await fetch_page(pages.url("/nothing-here"), LOCAL)
    assert "404" in missing.value.user_message
    url = pages.add("/members", Route(status=402))
    with pytest.raises(Paywalled):
        await fetch_page(url, LOCAL)


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/",
        "http://localhost/",
        "http://10.1.2.3/",
        "http://192.168.0.1/",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]/",
        "http://[::ffff:127.0.0.1]/",
        "http://0.0.0.0/",
    ],
)
async def test_private_addresses_are_refused(url: str) -> None:
    with pytest.raises(BlockedAddress):
        await fetch_page(url)


async def test_a_redirect_to_a_private_address_is_refused_at_that_hop(pages: PageServer) -> None:
    # The first hop is allowed only because the policy permits it; the check runs per hop.
    url = pages.add(
        "/to-metadata", Route(status=302, headers={"Location": "http://169.254.169.254/"})
    )
    with pytest.raises(BlockedAddress):
        await fetch_page(url, FetchPolicy(allow_private=False))
    assert pages.hits.get("/to-metadata") is None  # refused before any request was sent


@pytest.mark.parametrize(
    "url", ["ftp://example.com/", "javascript:alert(1)", "not a url", "http://"]
)
async def test_non_http_urls_are_refused(url: str) -> None:
    with pytest.raises(InvalidURL):
        await fetch_page(url)


def test_public_addresses_are_allowed() -> None:
    assert not is_forbidden_address(ipaddress.ip_address("93.184.216.34"))
    assert is_forbidden_address(ipaddress.ip_address("fd00::1"))


async def test_the_shared_client_identifies_sift(pages: PageServer, article_html: bytes) -> None:
    url = pages.add("/ua", Route(article_html))
    async with new_client(LOCAL) as client:
        response = await client.get(url)
    assert "SiftBot" in response.request.headers["user-agent"]
    assert not client.follow_redirects  # every hop must go through the address check
