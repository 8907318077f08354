"""Fetch an article page safely: bounded in time, size, redirects and reachable addresses.

Anyone in a chat can make Sift open a URL, so the fetcher must not become a way into the
network it runs in (SSRF). Every hop's host is resolved here, every address it resolves to is
checked, and the request is then sent to the checked address itself (Host header and TLS SNI
keep the name), so a DNS answer cannot change between the check and the connection.
"""

from __future__ import annotations

import asyncio
import codecs
import ipaddress
import re
import socket
from dataclasses import dataclass
from email.message import Message

import charset_normalizer
import httpx

from summarizer.errors import (
    BlockedAddress,
    FetchError,
    FetchTimeout,
    HTTPStatusError,
    InvalidURL,
    Paywalled,
    TooLarge,
    TooManyRedirects,
    UnsupportedContent,
)

_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_TEXT_TYPES = frozenset({"text/plain"})
_PAGE_TYPES = _HTML_TYPES | _TEXT_TYPES
_FEED_TYPES = _PAGE_TYPES | frozenset(
    {
        "application/rss+xml",
        "application/atom+xml",
        "application/rdf+xml",
        "application/xml",
        "text/xml",
        "application/feed+json",
        "application/json",
    }
)
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)""", re.I)
_LOOKS_HTML = re.compile(
    rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)", re.I | re.S
)


@dataclass(frozen=True, slots=True)
class FetchPolicy:
    """Limits of one fetch. ``allow_private`` exists for tests against 127.0.0.1 only."""

    max_redirects: int = 5
    timeout: float = 10.0
    max_bytes: int = 5 * 1024 * 1024
    allow_private: bool = False
    user_agent: str = "Mozilla/5.0 (compatible; SiftBot/0.1; article summarizer)"


@dataclass(frozen=True, slots=True)
class FeedDocument:
    """A feed as fetched: ``not_modified`` when the server answered 304 to our validators."""

    url: str
    not_modified: bool
    text: str = ""
    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True, slots=True)
class _Download:
    url: str
    status: int
    content_type: str
    body: bytes
    headers: httpx.Headers


@dataclass(frozen=True, slots=True)
class Page:
    url: str
    content_type: str
    text: str

    @property
    def is_html(self) -> bool:
        return self.content_type in _HTML_TYPES


async def fetch_page(
    url: str, policy: FetchPolicy | None = None, *, client: httpx.AsyncClient | None = None
) -> Page:
    """Download ``url`` within ``policy``; every failure is a typed ``FetchError``."""
    download = await _guarded(url, policy, client, _PAGE_TYPES, {})
    charset = _header_charset(download.headers.get("content-type", ""))
    return Page(
        url=download.url, content_type=download.content_type, text=decode(download.body, charset)
    )


async def fetch_feed(
    url: str,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
    policy: FetchPolicy | None = None,
    client: httpx.AsyncClient | None = None,
) -> FeedDocument:
    """A conditional GET of an RSS/Atom feed, with every guard of ``fetch_page``."""
    headers = {
        "Accept": "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5"
    }
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    download = await _guarded(url, policy, client, _FEED_TYPES, headers)
    if download.status == 304:
        return FeedDocument(
            url=download.url, not_modified=True, etag=etag, last_modified=last_modified
        )
    charset = _header_charset(download.headers.get("content-type", ""))
    return FeedDocument(
        url=download.url,
        not_modified=False,
        text=decode(download.body, charset),
        etag=download.headers.get("etag"),
        last_modified=download.headers.get("last-modified"),
    )


async def _guarded(
    url: str,
    policy: FetchPolicy | None,
    client: httpx.AsyncClient | None,
    types: frozenset[str],
    headers: dict[str, str],
) -> _Download:
    policy = policy or FetchPolicy()
    try:
        async with asyncio.timeout(policy.timeout):
            if client is not None:
                return await _follow(url, policy, client, types, headers)
            async with new_client(policy) as own_client:
                return await _follow(url, policy, own_client, types, headers)
    except TimeoutError as error:
        raise FetchTimeout(f"{url}: no complete answer in {policy.timeout} s") from error
    except httpx.TimeoutException as error:
        raise FetchTimeout(f"{url}: {error!r}") from error
    except httpx.HTTPError as error:
        raise FetchError(f"{url}: {error!r}") from error


def new_client(policy: FetchPolicy | None = None) -> httpx.AsyncClient:
    """The client fetch_page expects: no automatic redirects (each hop is checked), no proxies
    from the environment (requests go to the checked address), Sift's User-Agent."""
    policy = policy or FetchPolicy()
    return httpx.AsyncClient(
        follow_redirects=False,
        timeout=policy.timeout,
        trust_env=False,
        headers={"User-Agent": policy.user_agent, "Accept": "text/html,text/plain;q=0.9"},
    )


async def _follow(
    url: str,
    policy: FetchPolicy,
    client: httpx.AsyncClient,
    types: frozenset[str],
    headers: dict[str, str],
) -> _Download:
    current = _parse(url)
    for _hop in range(policy.max_redirects + 1):
        request = await _pinned_request(current, policy, client, headers)
        response = await client.send(request, stream=True)
        try:
            if response.status_code in _REDIRECTS and "location" in response.headers:
                current = _parse(str(current.join(response.headers["location"])))
                continue
            if response.status_code == 304:
                return _Download(str(current), 304, "", b"", response.headers)
            _check_status(response, current)
            content_type = _content_type(response, types)
            body = await _read_limited(response, policy.max_bytes)
        finally:
            await response.aclose()
        content_type = _settle_type(content_type, body, current)
        return _Download(str(current), response.status_code, content_type, body, response.headers)
    raise TooManyRedirects(f"{url}: more than {policy.max_redirects} redirects")


def _parse(url: str) -> httpx.URL:
    try:
        parsed = httpx.URL(url.strip())
    except (httpx.InvalidURL, TypeError, ValueError) as error:
        raise InvalidURL(f"unparsable URL {url!r}") from error
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise InvalidURL(f"not an http(s) URL: {url!r}")
    return parsed


async def _pinned_request(
    url: httpx.URL, policy: FetchPolicy, client: httpx.AsyncClient, headers: dict[str, str]
) -> httpx.Request:
    address = await _checked_address(url, policy)
    host_header = url.host if url.port is None else f"{url.host}:{url.port}"
    extensions = {"sni_hostname": url.host} if url.scheme == "https" else {}
    return client.build_request(
        "GET",
        url.copy_with(host=address),
        headers={**headers, "Host": host_header},
        extensions=extensions,
    )


async def _checked_address(url: httpx.URL, policy: FetchPolicy) -> str:
    """Resolve the host and refuse it if any address is one Sift must not reach."""
    port = url.port or (443 if url.scheme == "https" else 80)
    try:
        infos = await asyncio.get_running_loop().getaddrinfo(
            url.host, port, type=socket.SOCK_STREAM
        )
    except (socket.gaierror, UnicodeError) as error:
        raise FetchError(
            f"cannot resolve {url.host}: {error}",
            user_message="I couldn't find that website. Check the link for typos.",
        ) from error
    addresses = [ipaddress.ip_address(str(info[4][0]).split("%")[0]) for info in infos]
    if not addresses:
        raise FetchError(f"{url.host} has no addresses")
    blocked = [a for a in addresses if is_forbidden_address(a)]
    if blocked and not policy.allow_private:
        raise BlockedAddress(f"{url.host} resolves to forbidden {blocked[0]}")
    addresses.sort(key=lambda a: a.version)  # IPv4 first: the common case that works
    return str(addresses[0])


def is_forbidden_address(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """Private, loopback, link-local, multicast, reserved or unspecified: not the internet."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return not address.is_global or address.is_multicast


def _check_status(response: httpx.Response, url: httpx.URL) -> None:
    status = response.status_code
    if status < 400:
        return
    if status in (401, 402):
        raise Paywalled(f"{url}: HTTP {status}")
    if status in (404, 410):
        raise HTTPStatusError(
            f"{url}: HTTP {status}", user_message="That page doesn't exist (the site says 404)."
        )
    raise HTTPStatusError(
        f"{url}: HTTP {status}",
        user_message=f"The site answered with an error (HTTP {status}). Try again later, "
        "or paste the article's text.",
    )


def _content_type(response: httpx.Response, types: frozenset[str]) -> str | None:
    header = response.headers.get("content-type")
    if not header:
        return None
    main = header.split(";")[0].strip().lower()
    if main in types or main == "application/octet-stream":
        return main
    raise UnsupportedContent(f"{response.url}: content type {main!r}")


def _settle_type(declared: str | None, body: bytes, url: httpx.URL) -> str:
    """Trust a declared type; otherwise sniff the body."""
    if declared is not None and declared != "application/octet-stream":
        return declared
    if _LOOKS_HTML.match(body[:1024]):
        return "text/html"
    if b"\x00" not in body[:4096]:
        return "text/plain"
    raise UnsupportedContent(f"{url}: binary body without a content type")


async def _read_limited(response: httpx.Response, max_bytes: int) -> bytes:
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise TooLarge(
            f"{response.url}: Content-Length {declared}",
            user_message="That page is too large for me (over 5 MB).",
        )
    chunks: list[bytes] = []
    size = 0
    async for chunk in response.aiter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise TooLarge(
                f"{response.url}: body over {max_bytes} bytes",
                user_message="That page is too large for me (over 5 MB).",
            )
        chunks.append(chunk)
    return b"".join(chunks)


def _header_charset(content_type: str) -> str | None:
    if not content_type:
        return None
    message = Message()
    message["content-type"] = content_type
    charset = message.get_param("charset")
    return charset if isinstance(charset, str) else None


def decode(body: bytes, declared: str | None = None) -> str:
    """Bytes to text: BOM, then the declared or <meta> charset, then UTF-8, then detection."""
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if body.startswith(bom):
            return body.decode(encoding, errors="replace")
    meta = _META_CHARSET.search(body[:4096])
    labels = [declared, meta.group(1).decode("ascii", "ignore") if meta else None]
    candidates: list[str | None] = [_known_encoding(label) for label in labels]
    if "cp1252" in candidates and _is_utf8_with_non_ascii(body):
        candidates.insert(0, "utf-8")  # mislabelled UTF-8 is far commoner than the reverse
    for candidate in [*candidates, "utf-8"]:
        if candidate is None:
            continue
        try:
            return body.decode(candidate)
        except UnicodeDecodeError:
            continue
    best = charset_normalizer.from_bytes(body[:200_000]).best()
    if best is not None and best.encoding:
        return body.decode(best.encoding, errors="replace")
    return body.decode("utf-8", errors="replace")


def _is_utf8_with_non_ascii(body: bytes) -> bool:
    if body.isascii():
        return False
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _known_encoding(name: str | None) -> str | None:
    if not name:
        return None
    try:
        encoding = codecs.lookup(name.strip().strip("\"'")).name
    except LookupError:
        return None
    # As browsers do (WHATWG): a page labelled Latin-1 is in fact Windows-1252.
    return "cp1252" if encoding in ("latin-1", "iso8859-1", "ascii") else encoding
