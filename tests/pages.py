"""A real HTTP server on 127.0.0.1 that serves article pages and misbehaves on request.

Tests (and later the bot's end-to-end tests) fetch from it over real sockets instead of
mocking httpx, so redirects, streaming limits, time-outs and charsets are exercised for real.
"""

from __future__ import annotations

import threading
import time
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

    def url(self, path: str) -> str:
        return f"{self.base_url}{path}"

    def add(self, path: str, route: Route) -> str:
        self.routes[path] = route
        return self.url(path)


@contextmanager
def serve_pages() -> Iterator[PageServer]:
    routes: dict[str, Route] = {}
    hits: dict[str, int] = {}
    not_modified: dict[str, int] = {}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            hits[self.path] = hits.get(self.path, 0) + 1
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
            f"http://127.0.0.1:{server.server_address[1]}", routes, hits, not_modified
        )
    finally:
        server.shutdown()
        server.server_close()


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
