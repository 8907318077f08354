"""A real HTTP server on 127.0.0.1 that serves article pages and misbehaves on request.

Tests (and later the bot's end-to-end tests) fetch from it over real sockets instead of
mocking httpx, so redirects, streaming limits, time-outs and charsets are exercised for real.
"""

from __future__ import annotations

import threading
import time
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    headers: dict[str, str] = field(default_factory=lambda: {"Content-Type": "text/html"})
    chunks: Callable[[], Iterator[bytes]] | None = None  # streamed body, no Content-Length


@dataclass
class PageServer:
    base_url: str
    routes: dict[str, Route]
    hits: dict[str, int]
    not_modified: dict[str, int]
    # the last request's headers per path, names in lower case
    request_headers: dict[str, dict[str, str]] = field(default_factory=dict)

    def url(self, path: str) -> str:
        return f"{self.base_url}{path}"

    def add(self, path: str, route: Route) -> str:
        self.routes[path] = route
        return self.url(path)

    @property
    def address(self) -> str:
        """The server's "ip:port", as a fetch policy's ``allowed_addresses`` names it."""
        return self.base_url.removeprefix("http://")


@contextmanager
def serve_pages() -> Iterator[PageServer]:
    routes: dict[str, Route] = {}
    hits: dict[str, int] = {}
    not_modified: dict[str, int] = {}
    request_headers: dict[str, dict[str, str]] = {}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            hits[self.path] = hits.get(self.path, 0) + 1
            request_headers[self.path] = {k.lower(): v for k, v in self.headers.items()}
            route = routes.get(self.path)
            if route is None:
                self.send_error(404)
                return
            etag = route.headers.get("ETag")
            if etag and self.headers.get("If-None-Match") == etag:
                not_modified[self.path] = not_modified.get(self.path, 0) + 1
                self.send_response(304)
                self.send_header("ETag", etag)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self.send_response(route.status)
            for name, value in route.headers.items():
                self.send_header(name, value)
            if route.chunks is None:
                if "Content-Length" not in route.headers:  # a route may declare a lie
                    self.send_header("Content-Length", str(len(route.body)))
                self.end_headers()
                self.wfile.write(route.body)
                return
            self.end_headers()
            try:
                for chunk in route.chunks():
                    self.wfile.write(chunk)
                    self.wfile.flush()
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up, as it should

        def log_message(self, format: str, *args: object) -> None:
            pass

    class QuietServer(ThreadingHTTPServer):
        def handle_error(self, request: object, client_address: object) -> None:
            pass  # clients that hang up early (size and time limits) are expected here

    server = QuietServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield PageServer(
            f"http://127.0.0.1:{server.server_address[1]}",
            routes,
            hits,
            not_modified,
            request_headers,
        )
    finally:
        server.shutdown()
        server.server_close()


def slow_route(body: bytes, pause: float) -> Route:
    """A page that answers only after ``pause`` seconds (a slow site)."""

    def chunks() -> Iterator[bytes]:
        time.sleep(pause)
        yield body

    return Route(chunks=chunks)


def slow_chunks(first: bytes, pause: float) -> Callable[[], Iterator[bytes]]:
    def chunks() -> Iterator[bytes]:
        yield first
        time.sleep(pause)
        yield b"<p>too late</p>"

    return chunks


def endless_chunks(size: int = 64 * 1024) -> Callable[[], Iterator[bytes]]:
    def chunks() -> Iterator[bytes]:
        block = b"<p>" + b"x" * (size - 7) + b"</p>\n"
        for _ in range(10_000):
            yield block

    return chunks


def drip_chunks(piece: bytes, pause: float, count: int = 1_000) -> Callable[[], Iterator[bytes]]:
    """A body that never stalls long enough for a read time-out, yet never ends in time."""

    def chunks() -> Iterator[bytes]:
        for _ in range(count):
            yield piece
            time.sleep(pause)

    return chunks


def gzip_bytes(data: bytes) -> bytes:
    compressor = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    return compressor.compress(data) + compressor.flush()


def gzip_bomb(decoded_size: int) -> bytes:
    """``decoded_size`` zero bytes gzipped (about 1/1000 of that), built without holding them."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    block = bytes(1024 * 1024)
    parts = [compressor.compress(block) for _ in range(decoded_size // len(block))]
    parts.append(compressor.compress(bytes(decoded_size % len(block))))
    parts.append(compressor.flush())
    return b"".join(parts)


def empty_deflate_blocks(size: int = 64 * 1024) -> Callable[[], Iterator[bytes]]:
    """A gzip stream of empty blocks: it grows on the wire forever and decodes to nothing."""

    def chunks() -> Iterator[bytes]:
        compressor = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
        yield compressor.compress(b"<p>") + compressor.flush(zlib.Z_SYNC_FLUSH)
        empty = b"\x00\x00\x00\xff\xff"  # a stored block of length 0, after a byte boundary
        block = empty * (size // len(empty))
        for _ in range(10_000):
            yield block

    return chunks


def endless_gzip_chunks(size: int = 64 * 1024) -> Callable[[], Iterator[bytes]]:
    """A gzipped page that never ends, each piece flushed so it decodes as it arrives."""

    def chunks() -> Iterator[bytes]:
        compressor = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
        block = b"<p>" + b"words " * (size // 6) + b"</p>\n"
        for _ in range(10_000):
            yield compressor.compress(block) + compressor.flush(zlib.Z_SYNC_FLUSH)

    return chunks
