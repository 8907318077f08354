from __future__ import annotations

import ipaddress
import time
import tracemalloc
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

from summarizer import summarize_url
from summarizer.errors import (
    BlockedAddress,
    CorruptEncoding,
    FetchError,
    FetchTimeout,
    HTTPStatusError,
    InvalidURL,
    Paywalled,
    TooLarge,
    TooManyRedirects,
    UnsupportedContent,
    UnsupportedEncoding,
)
from summarizer.fetch import (
    ACCEPT_ENCODING,
    FetchPolicy,
    decode,
    embedded_ipv4,
    fetch_page,
    is_forbidden_address,
    new_client,
)
from tests.pages import (
    PageServer,
    Route,
    drip_chunks,
    empty_deflate_blocks,
    endless_chunks,
    endless_gzip_chunks,
    gzip_bomb,
    gzip_bytes,
    serve_pages,
    slow_chunks,
)

MIB = 1024 * 1024
HTML = "<html><body><p>Café, déjà vu: the dam held.</p></body></html>"
GZIP_HTML = {"Content-Type": "text/html", "Content-Encoding": "gzip"}


@pytest.fixture
def article_html(data_dir: Path) -> bytes:
    return (data_dir / "pages" / "article.html").read_bytes()


@pytest.fixture
def local(pages: PageServer) -> FetchPolicy:
    """Reaches exactly the test server; every other address is checked as in production."""
    return FetchPolicy(allowed_addresses=frozenset({pages.address}), timeout=5.0)


def encoded(body: bytes, encoding: str) -> Route:
    return Route(body, headers={"Content-Type": "text/html", "Content-Encoding": encoding})


async def test_a_page_is_fetched_and_summarized(
    pages: PageServer, local: FetchPolicy, article_html: bytes
) -> None:
    url = pages.add(
        "/news/dam", Route(article_html, headers={"Content-Type": "text/html; charset=utf-8"})
    )
    summary = await summarize_url(url, policy=local)
    assert summary.title == "Dam failure floods valley villages"
    assert summary.url == url
    assert summary.summary[0].text.startswith("A dam burst in the north")
    governor = next(s for s in summary.claims if "inspected in May" in s.text)
    assert governor.status == "unverified"
    assert "newsletter" not in " ".join(s.text for s in summary.summary).lower()


async def test_allow_private_still_reaches_a_local_server(
    pages: PageServer, article_html: bytes
) -> None:
    url = pages.add("/private", Route(article_html))
    page = await fetch_page(url, FetchPolicy(allow_private=True, timeout=5.0))
    assert page.is_html and pages.hits["/private"] == 1


async def test_redirects_are_followed_up_to_five(
    pages: PageServer, local: FetchPolicy, article_html: bytes
) -> None:
    pages.add("/final", Route(article_html))
    for n in range(5):
        target = "/final" if n == 4 else f"/hop{n + 1}"
        pages.add(f"/hop{n}", Route(status=302, headers={"Location": target}))
    page = await fetch_page(pages.url("/hop0"), local)
    assert page.url == pages.url("/final") and page.is_html


async def test_a_redirect_loop_is_refused(pages: PageServer, local: FetchPolicy) -> None:
    pages.add("/a", Route(status=301, headers={"Location": "/b"}))
    pages.add("/b", Route(status=301, headers={"Location": "/a"}))
    with pytest.raises(TooManyRedirects):
        await fetch_page(pages.url("/a"), local)


async def test_a_huge_body_is_stopped_while_streaming(
    pages: PageServer, local: FetchPolicy
) -> None:
    url = pages.add("/huge", Route(chunks=endless_chunks()))
    with pytest.raises(TooLarge):
        await fetch_page(url, local)
    with pytest.raises(TooLarge):  # and a declared Content-Length is refused before reading
        await fetch_page(pages.add("/big", Route(b"x" * 6_000_000)), local)


async def test_a_slow_body_times_out(pages: PageServer) -> None:
    url = pages.add("/slow", Route(chunks=slow_chunks(b"<html><body><p>start", 3.0)))
    with pytest.raises(FetchTimeout):
        await fetch_page(url, FetchPolicy(allowed_addresses=frozenset({pages.address}), timeout=1))


async def test_a_body_that_drips_forever_times_out_as_a_whole(pages: PageServer) -> None:
    # Each byte comes well within any read time-out; only the limit on the whole fetch ends it.
    url = pages.add("/drip", Route(chunks=drip_chunks(b"<p>", 0.05)))
    started = time.monotonic()
    with pytest.raises(FetchTimeout):
        await fetch_page(url, FetchPolicy(allowed_addresses=frozenset({pages.address}), timeout=1))
    assert time.monotonic() - started < 5  # the drip lasts 50 s
    assert pages.hits["/drip"] == 1


async def test_wrong_content_type_is_refused(pages: PageServer, local: FetchPolicy) -> None:
    url = pages.add("/photo", Route(b"\x89PNG\r\n", headers={"Content-Type": "image/png"}))
    with pytest.raises(UnsupportedContent):
        await fetch_page(url, local)


async def test_a_body_of_empty_comments_without_a_type_is_sniffed_at_once(
    pages: PageServer, local: FetchPolicy
) -> None:
    """ "<!---->" repeated once made the HTML sniffer try 2^n splits, on the event loop."""
    body = b"<!---->" * 100 + b"<html><body><p>Hello.</p></body></html>"
    url = pages.add("/comments", Route(body, headers={"Content-Type": "application/octet-stream"}))
    started = time.monotonic()
    page = await fetch_page(url, local)
    assert time.monotonic() - started < 5.0
    assert page.content_type == "text/html"
    stray = b"<!---->" * 146 + b"plain"
    url = pages.add("/stray", Route(stray, headers={"Content-Type": "application/octet-stream"}))
    assert (await fetch_page(url, local)).content_type == "text/plain"


async def test_plain_text_is_accepted(pages: PageServer, local: FetchPolicy) -> None:
    url = pages.add("/a.txt", Route(b"Plain words.", headers={"Content-Type": "text/plain"}))
    page = await fetch_page(url, local)
    assert (page.content_type, page.text) == ("text/plain", "Plain words.")


async def test_an_html_document_served_as_plain_text_is_read_as_html(
    pages: PageServer, local: FetchPolicy, article_html: bytes
) -> None:
    # (its markup had been summarized as the article's text)
    url = pages.add("/mislabelled", Route(article_html, headers={"Content-Type": "text/plain"}))
    assert (await fetch_page(url, local)).content_type == "text/html"
    bom = pages.add(
        "/bom", Route(b"\xef\xbb\xbf" + article_html, headers={"Content-Type": "text/plain"})
    )
    assert (await fetch_page(bom, local)).content_type == "text/html"
    # (plain text that opens with a tag-like word is no HTML document: "<header>")
    notes = pages.add(
        "/notes", Route(b"<header> notes for the team", headers={"Content-Type": "text/plain"})
    )
    assert (await fetch_page(notes, local)).content_type == "text/plain"
    summary = await summarize_url(url, policy=local)
    assert summary.title == "Dam failure floods valley villages"
    assert "<" not in " ".join(s.text for s in summary.summary)


async def test_charsets_are_decoded(pages: PageServer, local: FetchPolicy) -> None:
    latin = "<html><body><p>Café déjà vu – “quoted”</p></body></html>"
    url = pages.add(
        "/cp1252",
        Route(latin.encode("cp1252"), headers={"Content-Type": "text/html; charset=iso-8859-1"}),
    )
    assert "Café déjà vu – “quoted”" in (await fetch_page(url, local)).text
    meta = '<html><head><meta charset="koi8-r"></head><body>Привет</body></html>'
    url = pages.add("/koi8", Route(meta.encode("koi8-r"), headers={"Content-Type": "text/html"}))
    assert "Привет" in (await fetch_page(url, local)).text
    broken = "<html><body>Zürich naïve</body></html>".encode()
    url = pages.add(
        "/bogus", Route(broken, headers={"Content-Type": "text/html; charset=no-such-charset"})
    )
    assert "Zürich naïve" in (await fetch_page(url, local)).text


def test_mislabelled_and_invalid_bytes_still_decode() -> None:
    assert decode("naïve".encode(), "latin-1") == "naïve"  # UTF-8 sent as Latin-1
    assert decode(b"ok \xff\xfe bad", "utf-8").startswith("ok ")


async def test_error_statuses_have_clear_messages(pages: PageServer, local: FetchPolicy) -> None:
    with pytest.raises(HTTPStatusError) as missing:
        await fetch_page(pages.url("/nothing-here"), local)
    assert "404" in missing.value.user_message
    url = pages.add("/members", Route(status=402))
    with pytest.raises(Paywalled):
        await fetch_page(url, local)


# --- Content-Encoding: decoded here, in bounded steps -------------------------------------

ENCODERS: dict[str, Callable[[bytes], bytes]] = {"gzip": gzip_bytes, "deflate": zlib.compress}


async def test_every_advertised_encoding_is_decoded(pages: PageServer, local: FetchPolicy) -> None:
    body = HTML.encode() * 200
    for encoding in ACCEPT_ENCODING.split(", "):
        url = pages.add(f"/{encoding}", encoded(ENCODERS[encoding](body), encoding))
        assert (await fetch_page(url, local)).text == body.decode()


async def test_only_decodable_encodings_are_asked_for_even_by_a_client_that_offers_more(
    pages: PageServer, local: FetchPolicy
) -> None:
    url = pages.add("/ae", Route(HTML.encode()))
    async with httpx.AsyncClient(headers={"Accept-Encoding": "gzip, deflate, br, zstd"}) as greedy:
        await fetch_page(url, local, client=greedy)
    assert set(pages.request_headers["/ae"]["accept-encoding"].split(", ")) == set(ENCODERS)


@pytest.mark.parametrize(
    ("encoding", "encode"),
    [
        ("x-gzip", gzip_bytes),
        ("GZip", gzip_bytes),
        ("identity", lambda body: body),
        ("identity, gzip", gzip_bytes),
        ("deflate", zlib.compress),  # the zlib stream the standard names
        ("deflate", lambda body: zlib.compress(body, wbits=-zlib.MAX_WBITS)),  # bare, as IIS
        ("gzip", lambda body: gzip_bytes(body[:100]) + gzip_bytes(body[100:])),  # two members
        ("gzip", lambda body: gzip_bytes(body) + b"\x00" * 8),  # padding after the stream
    ],
)
async def test_encoded_pages_decode_to_their_text(
    pages: PageServer, local: FetchPolicy, encoding: str, encode: Callable[[bytes], bytes]
) -> None:
    body = HTML.encode() * 50
    url = pages.add("/encoded", encoded(encode(body), encoding))
    assert (await fetch_page(url, local)).text == body.decode()


async def test_a_page_streamed_in_gzip_pieces_decodes_as_it_arrives(
    pages: PageServer, local: FetchPolicy
) -> None:
    def few_pieces() -> Iterator[bytes]:
        for n, piece in enumerate(endless_gzip_chunks(1024)()):
            if n == 300:
                return
            yield piece

    url = pages.add("/stream", Route(chunks=few_pieces, headers=GZIP_HTML))
    text = (await fetch_page(url, local)).text
    assert text.count("<p>") == 300 and text.endswith("</p>\n")


async def test_an_empty_gzip_body_is_an_empty_page(pages: PageServer, local: FetchPolicy) -> None:
    assert (await fetch_page(pages.add("/empty", encoded(b"", "gzip")), local)).text == ""


@pytest.mark.parametrize("encoding", ["gzip, gzip", "deflate, gzip", "br", "compress", "zstd"])
async def test_stacked_and_unknown_encodings_are_refused_unread(
    pages: PageServer, local: FetchPolicy, encoding: str
) -> None:
    # "gzip, gzip" is how a 6.8 kB body once expanded to 8.4 GiB.
    url = pages.add("/stacked", encoded(gzip_bytes(gzip_bytes(HTML.encode())), encoding))
    with pytest.raises(UnsupportedEncoding) as refused:
        await fetch_page(url, local)
    assert "compressed in a way I can't read" in refused.value.user_message


async def test_a_corrupt_gzip_body_is_refused(pages: PageServer, local: FetchPolicy) -> None:
    body = bytearray(gzip_bytes(HTML.encode() * 50))
    body[20:40] = b"\xff" * 20
    with pytest.raises(CorruptEncoding) as refused:
        await fetch_page(pages.add("/corrupt", encoded(bytes(body), "gzip")), local)
    assert "damaged" in refused.value.user_message


async def test_the_size_limit_holds_the_decoded_page(
    pages: PageServer, local: FetchPolicy
) -> None:
    body = (HTML.encode() * 2000)[:100_000]
    url = pages.add("/limit", encoded(gzip_bytes(body), "gzip"))
    exact = FetchPolicy(allowed_addresses=local.allowed_addresses, max_bytes=100_000)
    assert len((await fetch_page(url, exact)).text.encode()) == 100_000
    one_less = FetchPolicy(allowed_addresses=local.allowed_addresses, max_bytes=99_999)
    with pytest.raises(TooLarge) as refused:
        await fetch_page(url, one_less)
    assert "too large" in refused.value.user_message


async def test_a_gzip_bomb_is_refused_quickly_and_in_little_memory(
    pages: PageServer, local: FetchPolicy
) -> None:
    # 100 MiB of zeros in about 100 kB, with a true Content-Length: only the inflated size lies.
    # Inflating it a network read at a time held 64 MiB at once; a step holds 64 KiB.
    url = pages.add("/bomb", encoded(gzip_bomb(100 * MIB), "gzip"))
    tracemalloc.start()
    started = time.monotonic()
    try:
        with pytest.raises(TooLarge):
            await fetch_page(url, local)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 32 * MIB  # the 5 MB limit, joined once, and slack
    assert time.monotonic() - started < 5


async def test_an_endless_gzipped_body_stops_at_the_limit(
    pages: PageServer, local: FetchPolicy
) -> None:
    url = pages.add("/endless", Route(chunks=endless_gzip_chunks(), headers=GZIP_HTML))
    with pytest.raises(TooLarge):
        await fetch_page(url, local)


async def test_a_body_that_grows_without_decoding_to_anything_stops_at_the_limit(
    pages: PageServer, local: FetchPolicy
) -> None:
    # Empty deflate blocks: the bytes sent are capped, not only the bytes they decode to.
    url = pages.add("/empty", Route(chunks=empty_deflate_blocks(), headers=GZIP_HTML))
    with pytest.raises(TooLarge):
        await fetch_page(url, local)


async def test_a_body_longer_than_its_content_length_is_cut_there(
    pages: PageServer, local: FetchPolicy
) -> None:
    url = pages.add(
        "/short",
        Route(
            b"Plain words. " + b"x" * 100_000,
            headers={"Content-Type": "text/plain", "Content-Length": "12"},
        ),
    )
    assert (await fetch_page(url, local)).text == "Plain words."


async def test_a_body_shorter_than_its_content_length_is_an_error_not_a_hang(
    pages: PageServer, local: FetchPolicy
) -> None:
    url = pages.add(
        "/cut",
        Route(b"Plain words.", headers={"Content-Type": "text/plain", "Content-Length": "4000"}),
    )
    with pytest.raises(FetchError):
        await fetch_page(url, local)


# --- Addresses: no way into the network Sift runs in ---------------------------------------

PUBLIC = [
    "8.8.8.8",
    "1.1.1.1",
    "93.184.216.34",
    "2606:4700::1111",
    "2001:4860:4860::8888",
    "2a00:1450:4001:82b::200e",
    "::ffff:8.8.8.8",  # IPv4-mapped, of a public address
    "64:ff9b::808:808",  # NAT64 of a public address (DNS64 answers like this)
    "2002:808:808::1",  # 6to4 of a public address
    "2001:0:4136:e378:8000:63bf:f7f7:f7f7",  # Teredo: server 65.54.227.120, client 8.8.8.8
    "2001:4860:1::5efe:808:808",  # ISATAP interface of a public address
]

FORBIDDEN = [
    # IPv4
    "127.0.0.1",
    "10.1.2.3",
    "172.16.0.1",
    "192.168.1.1",
    "169.254.169.254",  # cloud metadata
    "100.64.0.1",  # carrier-grade NAT
    "0.0.0.0",
    "255.255.255.255",
    "224.0.0.1",
    "240.0.0.1",
    "198.18.0.1",
    "192.0.2.1",
    "192.0.0.8",
    # IPv6 itself
    "::1",
    "::",
    "fe80::1",
    "fc00::1",
    "fd00::1",
    "fec0::1",  # site-local, deprecated
    "ff02::1",
    "ff0e::1",  # global-scope multicast
    "2001:db8::1",
    "3fff::1",
    "5f00::1",
    "100::1",
    "2001:2::1",
    # IPv6 that carries a private IPv4 address
    "::ffff:127.0.0.1",  # IPv4-mapped
    "::ffff:10.0.0.1",
    "::127.0.0.1",  # IPv4-compatible
    "::10.0.0.1",
    "::169.254.169.254",
    "::ffff:0:127.0.0.1",  # IPv4-translated
    "64:ff9b::7f00:1",  # NAT64 well-known prefix
    "64:ff9b::a9fe:a9fe",
    "64:ff9b:1::7f00:1",  # NAT64 local-use prefix
    "64:ff9b:1::808:808",  # ... refused whatever it carries: a translator of this network
    "2002:7f00:1::",  # 6to4
    "2002:a01:203::1",
    "2002:a9fe:a9fe::1",
    "2001:0:4136:e378:8000:63bf:80ff:fffe",  # Teredo, client 127.0.0.1
    "2001:0:a00:1:8000:63bf:f7f7:f7f7",  # Teredo, server 10.0.0.1
    "2001:4860:1::5efe:a01:203",  # ISATAP, 10.1.2.3
    "2001:4860:1::200:5efe:7f00:1",  # ISATAP, 127.0.0.1
]


@pytest.mark.parametrize("address", PUBLIC)
def test_public_addresses_are_allowed(address: str) -> None:
    assert not is_forbidden_address(ipaddress.ip_address(address))


@pytest.mark.parametrize("address", FORBIDDEN)
def test_private_addresses_in_every_form_are_forbidden(address: str) -> None:
    assert is_forbidden_address(ipaddress.ip_address(address))


def test_the_ipv4_address_inside_each_ipv6_form_is_found() -> None:
    def inside(address: str) -> list[str]:
        return [str(a) for a in embedded_ipv4(ipaddress.IPv6Address(address))]

    assert inside("::ffff:127.0.0.1") == ["127.0.0.1"]
    assert inside("::127.0.0.1") == ["127.0.0.1"]
    assert inside("64:ff9b::7f00:1") == ["127.0.0.1"]
    assert inside("2002:7f00:1::") == ["127.0.0.1"]
    assert inside("2001:0:4136:e378:8000:63bf:80ff:fffe") == ["65.54.227.120", "127.0.0.1"]
    assert inside("2001:4860:1::200:5efe:7f00:1") == ["127.0.0.1"]
    assert inside("2606:4700::1111") == []


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
        "http://2130706433/",  # 127.0.0.1 as one number
        "http://0x7f.1/",
        "http://127.1/",
        "http://[::127.0.0.1]/",
        "http://[64:ff9b::7f00:1]/",
        "http://[2002:7f00:1::]/",
        "http://[fe80::1%25eth0]/",
    ],
)
async def test_private_addresses_are_refused(url: str) -> None:
    with pytest.raises(BlockedAddress):
        await fetch_page(url)


@pytest.mark.parametrize(
    "host",
    [
        "[::ffff:127.0.0.1]",
        "[::ffff:7f00:1]",
        "[::127.0.0.1]",
        "[::ffff:0:127.0.0.1]",
        "[64:ff9b::7f00:1]",
        "[64:ff9b:1::7f00:1]",
        "[2002:7f00:1::]",
        "[2001:0:4136:e378:8000:63bf:80ff:fffe]",
    ],
)
async def test_the_test_server_in_ipv6_clothing_is_refused_before_connecting(
    pages: PageServer, local: FetchPolicy, host: str
) -> None:
    # The policy admits 127.0.0.1 on this port, and nothing that merely wraps it.
    port = pages.address.rpartition(":")[2]
    pages.add("/page", Route(HTML.encode()))
    with pytest.raises(BlockedAddress):
        await fetch_page(f"http://{host}:{port}/page", local)
    assert pages.hits == {}


@pytest.mark.parametrize(
    "target",
    ["http://10.1.2.3/", "http://169.254.169.254/latest/", "http://[::ffff:127.0.0.1]:{port}/"],
)
async def test_a_redirect_to_a_private_address_is_refused_at_that_hop(
    pages: PageServer, local: FetchPolicy, target: str
) -> None:
    port = pages.address.rpartition(":")[2]
    url = pages.add("/jump", Route(status=302, headers={"Location": target.format(port=port)}))
    pages.add("/", Route(HTML.encode()))
    with pytest.raises(BlockedAddress):
        await fetch_page(url, local)
    assert pages.hits == {"/jump": 1}  # the first hop was served; the second never sent


async def test_a_redirect_to_another_local_port_is_refused_at_that_hop(
    pages: PageServer, local: FetchPolicy
) -> None:
    with serve_pages() as other:  # a second service on the same host, not admitted
        target = other.add("/admin", Route(HTML.encode()))
        url = pages.add("/jump", Route(status=302, headers={"Location": target}))
        with pytest.raises(BlockedAddress):
            await fetch_page(url, local)
        assert pages.hits == {"/jump": 1} and other.hits == {}
        both = FetchPolicy(allowed_addresses=frozenset({pages.address, other.address}))
        assert (await fetch_page(url, both)).url == target  # the same chain, both admitted


@pytest.mark.parametrize("entry", ["localhost:80", "127.0.0.1", "::1:80", "127.0.0.1:0", "[::1]"])
def test_allowed_addresses_must_be_exact_ip_and_port(entry: str) -> None:
    with pytest.raises(ValueError, match="ip:port"):
        FetchPolicy(allowed_addresses=frozenset({entry}))


@pytest.mark.parametrize(
    "url",
    [
        "ftp://example.com/",
        "javascript:alert(1)",
        "not a url",
        "http://",
        # (a port no socket takes: httpx parses it, and connecting raised OverflowError)
        "http://8.8.8.8:99999/",
        "https://1.1.1.1:70000/abc",
        "http://example.com:0/",
    ],
)
async def test_non_http_urls_are_refused(url: str) -> None:
    with pytest.raises(InvalidURL):
        await fetch_page(url)


async def test_the_shared_client_identifies_sift(
    pages: PageServer, local: FetchPolicy, article_html: bytes
) -> None:
    url = pages.add("/ua", Route(article_html))
    async with new_client(local) as client:
        response = await client.get(url)
    assert "SiftBot" in response.request.headers["user-agent"]
    assert response.request.headers["accept-encoding"] == ACCEPT_ENCODING
    assert not client.follow_redirects  # every hop must go through the address check


def test_utf8_with_a_rare_flaw_stays_utf8(data_dir: Path) -> None:
    """A Windows dash pasted into a UTF-8 file, or a character cut in half at its end: the
    rest is still read as UTF-8, not as whatever charset detection guesses."""
    seed = (
        (data_dir / "pow-claims-pasted.txt")
        .read_text(encoding="utf-8")
        .replace("Russia", "Müller")
    )
    body = seed.encode()
    flawed = body[:1500] + b"\x96" + body[1500:3000] + "’".encode()[:2]
    text = decode(flawed)
    assert "Müller" in text and "×" in text and text.count("\ufffd") == 2
    assert decode("déclaré, façade".encode("cp1252")) == "déclaré, façade"  # not UTF-8 at all


def test_utf8_labelled_latin1_with_a_rare_flaw_stays_utf8() -> None:
    """A server's wrong ISO-8859-1 label on a UTF-8 page with one stray Windows byte."""
    body = ("Müller’s report said the figures were right. " * 40).encode()
    flawed = body[:900] + b"\x96" + body[900:]
    for label in ("iso-8859-1", "windows-1252"):
        assert "Müller’s report" in decode(flawed, label)
