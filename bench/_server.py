"""The loopback "wire": a tiny HTTP/1.1 server that answers every request with TNZ's send response.

It runs in its own process (so it never competes for the clients' GIL), binds 127.0.0.1 on a free
port, keeps connections alive, sets TCP_NODELAY on every accepted socket (without it keep-alive
clients stall on delayed ACKs), reads and discards each request body in full and answers
``{"Result":"Success","MessageID":...}`` - or the XML form when the request's Accept asks for XML.

Two implementations, same behaviour:

* ``asyncio`` (default): one event loop; cheap per request, so the client under test, not the
  server, is what the numbers measure.
* ``threading``: ``http.server.ThreadingHTTPServer`` (one thread per connection); slower per
  request, kept for comparison (``python -m bench --server threading``).

``GET /__accepts`` answers ``{"accepts": N}``: the TCP connections accepted so far, not counting
these queries themselves (each comes on a connection of its own), so the harness can report new
connections per request.

``--latency-ms`` delays every answer (a simulated network round trip; connections themselves are
still instant, which flatters clients that open one per request).

Run as ``python -m bench._server [--kind asyncio|threading] [--latency-ms N]``: it prints the port on the first
line of stdout and serves until it is terminated (``LoopbackServer`` does all of that).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import http.server
import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from types import TracebackType

MESSAGE_ID = "AAAAAAAA-BBBB-BBBB-CCCC-DDDDDDDDDDDD"
JSON_BODY = b'{"Result":"Success","MessageID":"' + MESSAGE_ID.encode() + b'"}'
XML_BODY = b"<root><Result>Success</Result><MessageID>" + MESSAGE_ID.encode() + b"</MessageID></root>"


def _response(xml: bool, close: bool) -> bytes:
    body, media = (XML_BODY, b"application/xml; charset=utf-8") if xml else (JSON_BODY, b"application/json")
    return (
        b"HTTP/1.1 200 OK\r\nContent-Type: " + media + b"\r\nContent-Length: " + str(len(body)).encode()
        + (b"\r\nConnection: close" if close else b"") + b"\r\n\r\n" + body
    )  # fmt: skip


_ANSWERS = {(xml, close): _response(xml, close) for xml in (False, True) for close in (False, True)}


# ---------------------------------------------------------------------------------------- asyncio
class _Counter:
    accepts = 0  # TCP connections accepted
    queries = 0  # of which /__accepts queries


def _stats_answer() -> bytes:
    _Counter.queries += 1
    body = b'{"accepts":' + str(_Counter.accepts - _Counter.queries).encode() + b"}"
    return (
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + str(len(body)).encode()
        + b"\r\nConnection: close\r\n\r\n" + body
    )  # fmt: skip


class _Protocol(asyncio.Protocol):
    """HTTP/1.1 with Content-Length or chunked bodies; pipelining-safe; the body is counted, not kept."""

    latency = 0.0  # seconds before each answer (a simulated network round trip), set by main()

    def __init__(self) -> None:
        self._buf = bytearray()
        self._remaining = 0  # body bytes still to discard (Content-Length)
        self._chunked = False
        self._pending: tuple[bool, bool] | None = None  # (xml, close) of the request being read
        self._transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self._transport = transport
        _Counter.accepts += 1
        sock = transport.get_extra_info("socket")
        if sock is not None:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def data_received(self, data: bytes) -> None:
        if self._remaining and not self._buf:  # the common large-body case: discard without copying
            if len(data) <= self._remaining:
                self._remaining -= len(data)
                if self._remaining == 0:
                    self._answer()
                return
            data = data[self._remaining :]
            self._remaining = 0
            self._answer()
        self._buf += data
        self._drain()

    def _drain(self) -> None:
        buf = self._buf
        while self._transport is not None and not self._transport.is_closing():
            if self._remaining:
                take = min(self._remaining, len(buf))
                del buf[:take]
                self._remaining -= take
                if self._remaining:
                    return
                self._answer()
                continue
            if self._chunked:
                if not self._skip_chunk():
                    return
                continue
            end = buf.find(b"\r\n\r\n")
            if end < 0:
                return
            head = bytes(buf[:end]).decode("latin-1")
            del buf[: end + 4]
            lines = head.split("\r\n")
            if lines[0].startswith("GET /__accepts "):
                self._transport.write(_stats_answer())
                self._transport.close()
                return
            version = lines[0].rsplit(" ", 1)[-1]
            headers = {}
            for line in lines[1:]:
                name, _, value = line.partition(":")
                headers[name.strip().lower()] = value.strip()
            connection = headers.get("connection", "").lower()
            close = connection == "close" or (version == "HTTP/1.0" and connection != "keep-alive")
            self._pending = ("xml" in headers.get("accept", "").lower(), close)
            if "chunked" in headers.get("transfer-encoding", "").lower():
                self._chunked = True
                continue
            self._remaining = int(headers.get("content-length", "0") or 0)
            if not self._remaining:
                self._answer()

    def _skip_chunk(self) -> bool:
        buf = self._buf
        line_end = buf.find(b"\r\n")
        if line_end < 0:
            return False
        size = int(bytes(buf[:line_end]).split(b";")[0], 16)
        if size == 0:  # last chunk, then (no) trailers and the final CRLF
            end = buf.find(b"\r\n\r\n", line_end)
            if end < 0:
                return False
            del buf[: end + 4]
            self._chunked = False
            self._answer()
            return True
        if len(buf) < line_end + 2 + size + 2:
            return False
        del buf[: line_end + 2 + size + 2]
        return True

    def _answer(self) -> None:
        assert self._transport is not None and self._pending is not None
        answer, self._pending = self._pending, None
        if self.latency:
            asyncio.get_running_loop().call_later(self.latency, self._send, answer)
        else:
            self._send(answer)

    def _send(self, answer: tuple[bool, bool]) -> None:
        if self._transport is None or self._transport.is_closing():
            return
        self._transport.write(_ANSWERS[answer])
        if answer[1]:
            self._transport.close()

    def connection_lost(self, exc: Exception | None) -> None:
        self._transport = None


async def _serve_asyncio(sock: socket.socket) -> None:
    loop = asyncio.get_running_loop()
    server = await loop.create_server(_Protocol, sock=sock, backlog=1024)
    stop = asyncio.Event()
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    async with server:
        await stop.wait()


# ---------------------------------------------------------------------------------------- threading
class _Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # StreamRequestHandler.setup() sets TCP_NODELAY

    latency = 0.0

    def setup(self) -> None:
        _Counter.accepts += 1  # threads: the GIL makes += on a class attribute racy only in theory
        super().setup()

    def _reply(self) -> None:
        if self.path == "/__accepts":
            self.close_connection = True
            self.wfile.write(_stats_answer())
            return
        if self.latency:
            time.sleep(self.latency)
        length = int(self.headers.get("Content-Length") or 0)
        while length:
            length -= len(self.rfile.read(min(length, 1 << 20)))
        if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
            while True:
                size = int(self.rfile.readline().split(b";")[0], 16)
                self.rfile.read(size + 2)
                if size == 0:
                    break
        xml = "xml" in (self.headers.get("Accept") or "").lower()
        body = XML_BODY if xml else JSON_BODY
        self.send_response(200)
        self.send_header("Content-Type", "application/xml; charset=utf-8" if xml else "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _reply

    def log_message(self, format: str, *args: object) -> None:  # quiet
        pass


def _serve_threading(sock: socket.socket) -> None:
    server = http.server.ThreadingHTTPServer(sock.getsockname(), _Handler, bind_and_activate=False)
    server.socket.close()
    server.socket = sock
    server.daemon_threads = True
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    server.serve_forever()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--kind", choices=["asyncio", "threading"], default="asyncio")
    parser.add_argument("--latency-ms", type=float, default=0.0, help="delay before every answer")
    args = parser.parse_args(argv)
    _Protocol.latency = _Handler.latency = args.latency_ms / 1000
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    sock.listen(1024)
    print(sock.getsockname()[1], flush=True)
    if args.kind == "asyncio":
        asyncio.run(_serve_asyncio(sock))
    else:
        _serve_threading(sock)


# ---------------------------------------------------------------------------------------- harness side
class LoopbackServer:
    """Start the server in a child process; ``url`` is its base URL; stopped by PID on exit."""

    def __init__(self, kind: str = "asyncio", latency_ms: float = 0.0) -> None:
        self.kind = kind
        self.latency_ms = latency_ms
        self._proc: subprocess.Popen[str] | None = None
        self.port = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc is not None else None

    def start(self) -> LoopbackServer:
        root = Path(__file__).resolve().parents[1]
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(root), os.environ.get("PYTHONPATH")]))}
        self._proc = subprocess.Popen(
            [sys.executable, "-m", "bench._server", "--kind", self.kind, "--latency-ms", str(self.latency_ms)],
            stdout=subprocess.PIPE, text=True, cwd=root, env=env,
        )  # fmt: skip
        assert self._proc.stdout is not None
        line = self._proc.stdout.readline()
        if not line.strip().isdigit():
            self.stop()
            raise RuntimeError(f"the loopback server did not start (got {line!r})")
        self.port = int(line)
        return self

    def accepts(self) -> int:
        """TCP connections the server has accepted so far (its own queries not counted)."""
        with socket.create_connection(("127.0.0.1", self.port), timeout=5) as sock:
            sock.sendall(b"GET /__accepts HTTP/1.1\r\nHost: bench\r\nConnection: close\r\n\r\n")
            data = b""
            while chunk := sock.recv(4096):
                data += chunk
        return int(json.loads(data.split(b"\r\n\r\n", 1)[1])["accepts"])

    def stop(self) -> None:
        proc, self._proc = self._proc, None
        if proc is None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.kill(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
        if proc.stdout is not None:
            proc.stdout.close()

    def __enter__(self) -> LoopbackServer:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()


if __name__ == "__main__":
    main()
