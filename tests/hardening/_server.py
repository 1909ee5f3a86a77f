"""A real HTTP/1.1 server on 127.0.0.1 (free port), started and shut down by the test that uses it.

Each request is answered by ``behave(handler, request)``, a function the test supplies; helpers
below write the usual answers and faults (close, reset, stall, truncate, HTML-200, drip, gzip).
Every request is recorded (method, path, query, headers, body) for the test to count.
"""

from __future__ import annotations

import contextlib
import gzip
import json
import socket
import struct
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

import attrs


@attrs.define
class Seen:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


Behave = Callable[["Handler", Seen], None]


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # or keep-alive clients wait ~40 ms a request on delayed ACKs
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        pass

    def _handle(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        split = urlsplit(self.path)
        seen = Seen(self.command, split.path, parse_qs(split.query), dict(self.headers.items()), body)
        with self.server.lock:
            self.server.seen.append(seen)
        self.server.behave(self, seen)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _handle

    # ---------------------------------------------------------------- answers
    def send_json(self, status: int, doc: Any, headers: dict[str, str] | None = None) -> None:
        self.send_bytes(status, json.dumps(doc).encode(), "application/json", headers)

    def send_bytes(self, status: int, body: bytes, content_type: str, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        try:
            self.wfile.write(body)
            self.wfile.flush()
        except OSError:  # the client gave up first (its read timeout): nothing to answer
            self.close_connection = True

    def close_now(self) -> None:
        """Read the request, answer nothing, close: the client sees the connection drop."""
        self.close_connection = True
        self.connection.shutdown(socket.SHUT_RDWR)

    def reset_now(self) -> None:
        """Close with RST (SO_LINGER 0): the client sees 'connection reset by peer'."""
        self.close_connection = True
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.connection.close()

    def stall(self, seconds: float) -> None:
        time.sleep(seconds)
        self.close_now()

    def truncate(self, status: int = 200) -> None:
        body = b'{"Result": "Success", "MessageID": "'
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body) + 50))
        self.end_headers()
        self.wfile.write(body)
        self.wfile.flush()
        self.close_now()

    def html_200(self) -> None:
        self.send_bytes(200, b"<html><body>Down for maintenance</body></html>", "text/html")

    def drip(self, every: float, total: float) -> None:
        """A 200 whose body arrives one byte every ``every`` seconds, for ``total`` seconds at most."""
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", "100000")
        self.end_headers()
        end = time.monotonic() + total
        try:
            while time.monotonic() < end and not self.server.stopping.is_set():
                self.wfile.write(b" ")
                self.wfile.flush()
                time.sleep(every)
        except OSError:
            pass
        self.close_connection = True

    def drip_headers(self, every: float, total: float) -> None:
        """A 200 whose *headers* arrive one byte every ``every`` seconds for ``total`` seconds, then
        the connection closes: each read is inside any read timeout, so a client without a per-call
        deadline waits it out and sees a dropped connection, not a timeout."""
        try:
            self.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-Pad: ")
            end = time.monotonic() + total
            while time.monotonic() < end and not self.server.stopping.is_set():
                self.wfile.write(b"x")
                self.wfile.flush()
                time.sleep(every)
        except OSError:
            pass
        self.close_now()

    def gzip_bomb(self, inflated: int) -> None:
        body = gzip.compress(b" " * inflated, compresslevel=9)
        self.send_bytes(200, body, "application/json", {"Content-Encoding": "gzip"})


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 256  # many concurrent async clients: no SYN dropped on a full backlog

    def __init__(self, behave: Behave) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.behave = behave
        self.seen: list[Seen] = []
        self.lock = threading.Lock()
        self.stopping = threading.Event()


@attrs.define
class Running:
    url: str
    server: _Server

    @property
    def seen(self) -> list[Seen]:
        with self.server.lock:
            return list(self.server.seen)


@contextmanager
def serve(behave: Behave) -> Iterator[Running]:
    """Run a server on a free loopback port for the duration of the block, then shut it down."""
    server = _Server(behave)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True)
    thread.start()
    try:
        yield Running(f"http://127.0.0.1:{server.server_address[1]}/api/v2.04", server)
    finally:
        server.stopping.set()
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def ok(handler: Handler, seen: Seen) -> None:
    """TNZ-shaped success for any call: the MessageID echoed from the body or the path."""
    message_id = "ID0"
    if seen.body:
        with contextlib.suppress(ValueError):
            message_id = seen.json().get("MessageData", {}).get("MessageID", message_id)
    elif "/status/" in seen.path:
        message_id = seen.path.rsplit("/", 1)[1]
    handler.send_json(200, {"Result": "Success", "MessageID": message_id})
