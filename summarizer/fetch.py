"""Fetch an article page safely: bounded in time, size, redirects and reachable addresses.

Anyone in a chat can make Sift open a URL, so the fetcher must not become a way into the
network it runs in (SSRF). Every hop's host is resolved here, every address it resolves to is
checked, and the request is then sent to the checked address itself (Host header and TLS SNI
keep the name), so a DNS answer cannot change between the check and the connection.

Nor may a URL make it run out of memory or hold the event loop every chat shares: the body is
read undecoded and inflated here in small steps, so a few kilobytes of gzip cannot expand past
the size limit in one call (httpx's own decoder inflates a whole network chunk at once).
"""

from __future__ import annotations

import asyncio
import codecs
import ipaddress
import re
import socket
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from email.message import Message
from typing import Protocol

import charset_normalizer
import httpx

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
# Possessive: "<!---->" repeated would otherwise be split into comments in 2^n ways (this runs
# on the event loop, for every page without a usable Content-Type).
_LOOKS_HTML = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*+(?:<!--.*?-->\s*+)*+<(?:!doctype\s+html|html|head|body)(?=[\s>/])",
    re.I | re.S,
)


@dataclass(frozen=True, slots=True)
class FetchPolicy:
    """Limits of one fetch.

    ``max_bytes`` holds both the body as sent and the body it decodes to. ``timeout`` covers
    the whole fetch, every hop and every byte, so a server that drips cannot keep it open.
    ``allowed_addresses`` lets a test reach exactly its own server ("127.0.0.1:8080",
    "[::1]:8080"), while every other address, on every hop, is still checked;
    ``allow_private`` turns the address check off altogether (a bot run on a private network).
    """

    max_redirects: int = 5
    timeout: float = 10.0
    max_bytes: int = 5 * 1024 * 1024
    allow_private: bool = False
    user_agent: str = "Mozilla/5.0 (compatible; SiftBot/0.1; article summarizer)"
    allowed_addresses: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        for entry in self.allowed_addresses:
            if _canonical_endpoint(entry) != entry:
                raise ValueError(
                    f"allowed address {entry!r} is not an 'ip:port' pair in canonical form "
                    f"(expected {_canonical_endpoint(entry) or '127.0.0.1:8080 or [::1]:8080'})"
                )

    def admits(self, address: ipaddress.IPv4Address | ipaddress.IPv6Address, port: int) -> bool:
        """Whether a fetch may connect to ``address`` on ``port``."""
        return (
            self.allow_private
            or _endpoint(address, port) in self.allowed_addresses
            or not is_forbidden_address(address)
        )


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
    from the environment (requests go to the checked address), Sift's User-Agent, and only
    the content encodings this module decodes itself."""
    policy = policy or FetchPolicy()
    return httpx.AsyncClient(
        follow_redirects=False,
        timeout=policy.timeout,
        trust_env=False,
        headers={
            "User-Agent": policy.user_agent,
            "Accept": "text/html,text/plain;q=0.9",
            "Accept-Encoding": ACCEPT_ENCODING,
        },
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
            body = await _read_body(response, current, policy.max_bytes)
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
    if parsed.port is not None and not 0 < parsed.port < 65536:
        # (httpx parses any number; the socket would fail with an OverflowError)
        raise InvalidURL(f"port out of range: {url!r}", user_message=InvalidURL.port_message)
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
        # A shared client may advertise more (httpx adds br or zstd when their packages are
        # installed); the server must only use an encoding this module can inflate in steps.
        headers={**headers, "Accept-Encoding": ACCEPT_ENCODING, "Host": host_header},
        extensions=extensions,
    )


async def _checked_address(url: httpx.URL, policy: FetchPolicy) -> str:
    """Resolve the host and refuse it if any address is one Sift must not reach."""
    port = url.port or (443 if url.scheme == "https" else 80)
    literal = _ip_literal(url.host)
    addresses = [literal] if literal is not None else await _resolve(url.host, port)
    refused = [a for a in addresses if not policy.admits(a, port)]
    if refused:
        raise BlockedAddress(f"{url.host} port {port} resolves to forbidden {refused[0]}")
    addresses.sort(key=lambda a: a.version)  # IPv4 first: the common case that works
    return str(addresses[0])


def _ip_literal(host: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    """The address a host written as an IP literal names, checked without any lookup."""
    try:
        return ipaddress.ip_address(host.partition("%")[0])
    except ValueError:
        return None


async def _resolve(host: str, port: int) -> list[ipaddress.IPv4Address | ipaddress.IPv6Address]:
    try:
        infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as error:
        raise FetchError(
            f"cannot resolve {host}: {error}",
            user_message="I couldn't find that website. Check the link for typos.",
        ) from error
    addresses = [ipaddress.ip_address(str(info[4][0]).split("%")[0]) for info in infos]
    if not addresses:
        raise FetchError(f"{host} has no addresses")
    return addresses


def _endpoint(address: ipaddress.IPv4Address | ipaddress.IPv6Address, port: int) -> str:
    return f"{address}:{port}" if address.version == 4 else f"[{address}]:{port}"


def _canonical_endpoint(entry: str) -> str | None:
    host, _, port = entry.rpartition(":")
    address = _ip_literal(host.removeprefix("[").removesuffix("]"))
    if address is None or not port.isdigit() or not 0 < int(port) < 65536:
        return None
    return _endpoint(address, int(port))


# IPv6 addresses that are nothing but an IPv4 address in their low 32 bits: IPv4-mapped,
# IPv4-compatible (deprecated; it includes :: and ::1), IPv4-translated (SIIT) and the NAT64
# well-known prefix. Such an address reaches exactly what its IPv4 address reaches.
_IPV4_IN_LOW_BITS = tuple(
    ipaddress.IPv6Network(block)
    for block in ("::ffff:0:0/96", "::/96", "::ffff:0:0:0/96", "64:ff9b::/96")
)
# Global unicast is 2000::/3; everything else in IPv6 (unique-local, link- and site-local,
# multicast, the NAT64 local-use 64:ff9b:1::/48, discard, SRv6 ...) is refused outright.
_GLOBAL_UNICAST = ipaddress.IPv6Network("2000::/3")
# Inside it, the blocks IANA's special-purpose registry marks as not globally reachable
# (IETF protocol assignments, documentation). Python's own tables differ between patch
# releases (3.11.7 calls 64:ff9b:1::1 and fec0::1 global), so Sift keeps its own.
_NOT_GLOBAL_V6 = tuple(
    ipaddress.IPv6Network(block) for block in ("2001::/23", "2001:db8::/32", "3fff::/20")
)
# Teredo lies inside 2001::/23 but, like 6to4 (2002::/16), reaches whatever the IPv4
# addresses it carries reach, so those decide.
_TEREDO = ipaddress.IPv6Network("2001::/32")
_NOT_GLOBAL_V4 = tuple(
    ipaddress.IPv4Network(block)
    for block in ("192.0.0.0/24", "192.88.99.0/24")  # missing from some Python releases
)
_ISATAP = 0x0000_5EFE  # an interface identifier of [00|02]00:5efe:<IPv4> (RFC 5214)


def is_forbidden_address(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """Private, loopback, link-local, multicast, reserved or unspecified: not the internet.

    An IPv6 address may carry an IPv4 address inside it (mapped, compatible, NAT64, 6to4,
    Teredo, ISATAP) and reach it through a translator or tunnel, so each IPv4 address inside
    is judged as well, and any one that is not global refuses the whole address.
    """
    if isinstance(address, ipaddress.IPv4Address):
        return _forbidden_ipv4(address)
    if any(_forbidden_ipv4(inner) for inner in embedded_ipv4(address)):
        return True
    if any(address in block for block in _IPV4_IN_LOW_BITS):
        return False  # nothing but the IPv4 address it carries, which is global
    if address not in _GLOBAL_UNICAST:
        return True
    return address not in _TEREDO and any(address in block for block in _NOT_GLOBAL_V6)


def embedded_ipv4(address: ipaddress.IPv6Address) -> list[ipaddress.IPv4Address]:
    """Every IPv4 address an IPv6 address carries and could be translated or tunnelled to."""
    low_bits = ipaddress.IPv4Address(int(address) & 0xFFFF_FFFF)
    found: list[ipaddress.IPv4Address] = []
    if any(address in block for block in _IPV4_IN_LOW_BITS):
        found.append(low_bits)
    if address.sixtofour is not None:  # 2002:AABB:CCDD::/48 carries AA.BB.CC.DD
        found.append(address.sixtofour)
    if address.teredo is not None:  # (server, client); ipaddress undoes the client's XOR
        found.extend(address.teredo)
    if (int(address) >> 32) & 0xFDFF_FFFF == _ISATAP:
        found.append(low_bits)
    return found


def _forbidden_ipv4(address: ipaddress.IPv4Address) -> bool:
    return (
        not address.is_global
        or address.is_multicast
        or any(address in block for block in _NOT_GLOBAL_V4)
    )


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
    """Trust a declared type, except a page served as plain text that opens as an HTML
    document does (a misconfigured server: its markup is no article text); otherwise sniff
    the body."""
    if declared == "text/plain" and _LOOKS_HTML.match(body[:1024]):
        return "text/html"
    if declared is not None and declared != "application/octet-stream":
        return declared
    if _LOOKS_HTML.match(body[:1024]):
        return "text/html"
    if b"\x00" not in body[:4096]:
        return "text/plain"
    raise UnsupportedContent(f"{url}: binary body without a content type")


async def _read_body(response: httpx.Response, url: httpx.URL, max_bytes: int) -> bytes:
    """The decoded body, refused as soon as the bytes sent or the bytes they decode to pass
    ``max_bytes``.

    The sent bytes are capped too, because a stream can grow forever while decoding to
    nothing (empty deflate blocks). Decoding never produces more than the budget left plus
    one byte, in steps of at most ``_STEP``, and other tasks run between steps.
    """
    decoder = _decoder_for(response, url)
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise _too_large(url, f"Content-Length {declared}", max_bytes)
    pieces: list[bytes] = []
    sent = size = 0
    try:
        async for chunk in response.aiter_raw():
            sent += len(chunk)
            if sent > max_bytes:
                raise _too_large(url, f"over {max_bytes} bytes sent", max_bytes)
            for piece in decoder.decode(chunk, limit=max_bytes - size + 1):
                size += len(piece)
                if size > max_bytes:
                    raise _too_large(url, f"decodes to over {max_bytes} bytes", max_bytes)
                pieces.append(piece)
                await asyncio.sleep(0)
    except zlib.error as error:
        raise CorruptEncoding(f"{url}: {error}") from error
    return b"".join(pieces)


def _too_large(url: httpx.URL, detail: str, max_bytes: int) -> TooLarge:
    return TooLarge(
        f"{url}: {detail}",
        user_message=f"That page is too large for me (over {max_bytes / 1024**2:g} MB).",
    )


# Most bytes one inflate call produces: well under a millisecond of work, so the event loop
# is never held long whatever the compression ratio.
_STEP = 64 * 1024
_GZIP_WBITS = 16 + zlib.MAX_WBITS


class _Decoder(Protocol):
    def decode(self, data: bytes, *, limit: int) -> Iterator[bytes]:
        """Decoded pieces of ``data``, at most ``limit`` bytes in all; zlib.error if corrupt."""
        ...


class _Identity:
    def decode(self, data: bytes, *, limit: int) -> Iterator[bytes]:
        if data:
            yield data[:limit]


class _Inflater:
    """gzip (RFC 1952, members one after another) or deflate, which servers send either as
    the zlib stream the standard names (RFC 1950) or as a bare deflate stream (RFC 1951)."""

    def __init__(self, *, gzip: bool) -> None:
        self._gzip = gzip
        self._stream = zlib.decompressobj(_GZIP_WBITS) if gzip else None
        self._head = b""  # deflate: the first bytes, until they tell zlib from bare deflate
        self._next_member = False  # gzip: a member ended, and no output from another yet
        self._ended = False  # what follows the end of the stream is ignored

    def decode(self, data: bytes, *, limit: int) -> Iterator[bytes]:
        stream = self._stream
        if stream is None:
            self._head += data
            if len(self._head) < 2:
                return
            data, self._head = self._head, b""
            stream = zlib.decompressobj(zlib.MAX_WBITS if _zlib_header(data) else -zlib.MAX_WBITS)
        pending, produced, full = data, 0, False
        while (pending or full) and not self._ended and produced < limit:
            step = min(_STEP, limit - produced)  # never 0: to zlib that means no limit
            try:
                piece = stream.decompress(pending, step)
            except zlib.error:
                if not self._next_member:
                    raise
                self._ended = True  # junk after a complete member, ignored as browsers do
                return
            produced += len(piece)
            full = len(piece) == step  # more output may be waiting without more input
            if stream.eof:
                pending, full = stream.unused_data, False
                if self._gzip:
                    stream, self._next_member = zlib.decompressobj(_GZIP_WBITS), True
                else:
                    self._ended = True
            else:
                pending = stream.unconsumed_tail
                self._next_member = self._next_member and not piece
            self._stream = stream
            if piece:
                yield piece
        self._stream = stream


def _zlib_header(data: bytes) -> bool:
    """Whether a deflate body starts with a zlib header (RFC 1950 section 2.2)."""
    return data[0] & 0x0F == zlib.DEFLATED and (data[0] << 8 | data[1]) % 31 == 0


_CODINGS: dict[str, Callable[[], _Decoder]] = {
    "gzip": lambda: _Inflater(gzip=True),
    "deflate": lambda: _Inflater(gzip=False),
}
# br is not here: neither brotli nor brotlicffi is installed, and a decoder is only added
# once its output per call can be bounded like zlib's max_length.
ACCEPT_ENCODING = ", ".join(_CODINGS)
_ALIASES = {"x-gzip": "gzip"}


def _decoder_for(response: httpx.Response, url: httpx.URL) -> _Decoder:
    """One decoder for the body, or a refusal: an encoding Sift did not ask for, or encodings
    stacked on one another (each layer multiplies a bomb's ratio), is no page to read."""
    codings = [
        _ALIASES.get(coding, coding)
        for coding in (
            c.strip().lower()
            for c in response.headers.get_list("content-encoding", split_commas=True)
        )
        if coding and coding != "identity"
    ]
    if not codings:
        return _Identity()
    if len(codings) > 1:
        raise UnsupportedEncoding(f"{url}: stacked content encodings {', '.join(codings)}")
    decoder = _CODINGS.get(codings[0])
    if decoder is None:
        raise UnsupportedEncoding(f"{url}: content encoding {codings[0]!r}")
    return decoder()


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
    if "cp1252" in candidates:  # mislabelled UTF-8 is far commoner than the reverse
        if _is_utf8_with_non_ascii(body):
            candidates.insert(0, "utf-8")
        elif (mostly := _mostly_utf8(body)) is not None:
            return mostly
    for candidate in [*candidates, "utf-8"]:
        if candidate is None:
            continue
        try:
            return body.decode(candidate)
        except UnicodeDecodeError:
            continue
    if "cp1252" not in candidates and (mostly := _mostly_utf8(body)) is not None:
        return mostly  # (with a cp1252 label it was tried above)
    best = charset_normalizer.from_bytes(body[:200_000]).best()
    if best is not None and best.encoding:
        return body.decode(best.encoding, errors="replace")
    return body.decode("utf-8", errors="replace")


# Invalid sequences in text that is otherwise UTF-8 (a Windows dash pasted in, a character cut
# in half at the end): at most one in this many characters, it is UTF-8 with a flaw, not
# another charset (detection read such a file as Mac Latin-2: "Müller’s" -> "M√ľller‚Äôs").
_UTF8_FLAWS_PER_CHAR = 1 / 200


def _mostly_utf8(body: bytes) -> str | None:
    """The text as UTF-8 with its few invalid sequences replaced, when it has real multi-byte
    characters and the flaws are rare; else None."""
    text = body.decode("utf-8", errors="replace")
    flaws = text.count("\ufffd")
    multibyte = sum(1 for char in text if ord(char) > 0x7F) - flaws
    if multibyte and flaws <= max(1, len(text) * _UTF8_FLAWS_PER_CHAR) and flaws < multibyte:
        return text
    return None


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
