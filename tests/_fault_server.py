"""A loopback TNZ that fails on purpose, and knows which MessageIDs it received.

Run as a script (``FaultServer`` does it): it binds 127.0.0.1 on a free port, prints the port,
and serves HTTP/1.1 with keep-alive until SIGTERM. Sends (``POST /send/...``) are read in full
and their MessageID recorded - except under the faults that stand for a server that never took
the request in - then answered, or not, as the next queued fault says:

* ``close_before_read`` - close without reading the body (not recorded);
* ``close_after_read`` - record, then close without answering (what httpx-aiohttp calls a
  ConnectTimeout); ``reset_after_read`` - record, then reset (RST);
* ``stall`` - record, never answer;
* ``500`` (JSON), ``502`` (HTML) - record, answer 5xx; ``503_unreceived`` - answer 503, not recorded;
* ``429`` - answer 429 with Retry-After: 0, not recorded;
* ``truncated`` - record, answer 200 cut short; ``html200`` - record, answer a 200 HTML page;
* ``slow`` - record, answer after 50 ms (``max_in_flight`` is the most sends it held at once).

``GET /get/status/{MessageID}`` answers like TNZ: 200 Success for a recorded MessageID (once
``status_lag`` seconds have passed since it was recorded), else 400 ``Message not found``;
queued ``status_faults`` ("500", "html200", "close"; "pass" answers normally) go first. A queued
send fault "__clean__" lets one send through untouched. ``/__control`` reads (GET) or sets
(POST) the state; it is the tests' side channel, never the SDK's.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import signal
import socket
import struct
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import httpx

SEND_FAULTS = (
    "close_before_read", "close_after_read", "reset_after_read", "stall", "500", "502", "503_unreceived", "429",
    "truncated", "html200",
)  # fmt: skip
NOT_RECORDED = {"close_before_read", "503_unreceived", "429"}


class _State:
    def __init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        self.received: Counter[str] = Counter()
        self.received_at: dict[str, float] = {}
        self.faults: list[str] = []
        self.status_faults: list[str] = []
        self.status_lag = 0.0
        self.status_polls = 0
        self.accepts = 0
        self.in_flight = 0
        self.max_in_flight = 0


STATE = _State()


def _answer(status: int, body: bytes, media: str = "application/json", extra: str = "") -> bytes:
    reason = {200: "OK", 400: "Bad Request", 429: "Too Many Requests", 500: "Internal Server Error"}.get(
        status, "Error"
    )
    head = f"HTTP/1.1 {status} {reason}\r\nContent-Type: {media}\r\nContent-Length: {len(body)}\r\n{extra}\r\n"
    return head.encode() + body


def _json(status: int, data: dict[str, Any]) -> bytes:
    return _answer(status, json.dumps(data).encode())


def _reset(writer: asyncio.StreamWriter) -> None:
    sock = writer.get_extra_info("socket")
    if sock is not None:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    writer.transport.abort()


async def _handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    STATE.accepts += 1
    sock = writer.get_extra_info("socket")
    if sock is not None:
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    try:
        while True:
            try:
                head = await reader.readuntil(b"\r\n\r\n")
            except (asyncio.IncompleteReadError, ConnectionError):
                return
            lines = head.decode("latin-1").split("\r\n")
            method, path, _ = lines[0].split(" ", 2)
            headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:] if line)}
            length = int(headers.get("content-length", "0") or 0)
            if not await _route(method, path, length, reader, writer):
                return
    finally:
        with contextlib.suppress(Exception):
            writer.close()


async def _route(
    method: str, path: str, length: int, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
) -> bool:
    """Answer one request; False when the connection is to be dropped."""
    if path.startswith("/__control"):
        body = await reader.readexactly(length)
        if method == "POST":
            change = json.loads(body or b"{}")
            if change.get("reset"):
                STATE.reset()
            STATE.faults += change.get("faults", [])
            STATE.status_faults += change.get("status_faults", [])
            STATE.status_lag = float(change.get("status_lag", STATE.status_lag))
        state = {
            "received": STATE.received, "accepts": STATE.accepts, "status_polls": STATE.status_polls,
            "max_in_flight": STATE.max_in_flight,
        }  # fmt: skip
        writer.write(_json(200, state))
        await writer.drain()
        return True
    if method == "POST" and "/send/" in path:
        return await _send(length, reader, writer)
    if method == "GET" and "/get/status/" in path:
        await reader.readexactly(length)
        return await _status(path.rsplit("/", 1)[-1], writer)
    await reader.readexactly(length)
    writer.write(_json(404, {"Result": "Failed", "Message": "no such route on the fault server"}))
    await writer.drain()
    return True


async def _send(length: int, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> bool:
    fault = STATE.faults.pop(0) if STATE.faults else None
    fault = None if fault == "__clean__" else fault
    if fault == "close_before_read":
        _reset(writer)  # unread data: the kernel would reset anyway
        return False
    body = await reader.readexactly(length)
    message_id = str(json.loads(body)["MessageData"]["MessageID"])
    if fault not in NOT_RECORDED:
        STATE.received[message_id] += 1
        STATE.received_at.setdefault(message_id, time.monotonic())
    ok = json.dumps({"Result": "Success", "MessageID": message_id}).encode()
    if fault is None:
        writer.write(_answer(200, ok))
    elif fault == "close_after_read":
        return False
    elif fault == "reset_after_read":
        _reset(writer)
        return False
    elif fault == "stall":
        await reader.read()  # until the client gives up and closes
        return False
    elif fault == "500":
        writer.write(_json(500, {"Result": "Failed", "Message": "Internal server error"}))
    elif fault == "502":
        writer.write(_answer(502, b"<html><body>Bad gateway</body></html>", "text/html"))
    elif fault == "503_unreceived":
        writer.write(_answer(503, b"<html><body>Service unavailable</body></html>", "text/html"))
    elif fault == "429":
        writer.write(_answer(429, b'{"Result":"Failed","Message":"Too many requests"}', extra="Retry-After: 0\r\n"))
    elif fault == "truncated":
        answer = _answer(200, ok)
        writer.write(answer[: len(answer) - len(ok) // 2])
        await writer.drain()
        return False
    elif fault == "html200":
        writer.write(_answer(200, b"<html><body>Down for maintenance</body></html>", "text/html"))
    elif fault == "slow":
        STATE.in_flight += 1
        STATE.max_in_flight = max(STATE.max_in_flight, STATE.in_flight)
        await asyncio.sleep(0.05)
        STATE.in_flight -= 1
        writer.write(_answer(200, ok))
    else:
        raise ValueError(f"unknown fault {fault!r}")
    await writer.drain()
    return True


async def _status(message_id: str, writer: asyncio.StreamWriter) -> bool:
    STATE.status_polls += 1
    fault = STATE.status_faults.pop(0) if STATE.status_faults else None
    if fault == "500":
        writer.write(_json(500, {"Result": "Failed", "Message": "Internal server error"}))
    elif fault == "html200":
        writer.write(_answer(200, b"<html>maintenance</html>", "text/html"))
    elif fault == "close":
        return False
    elif message_id in STATE.received and time.monotonic() - STATE.received_at[message_id] >= STATE.status_lag:
        writer.write(_json(200, {"Result": "Success", "MessageID": message_id, "Status": "Pending", "Count": 1}))
    else:
        writer.write(_json(400, {"Result": "Failed", "MessageID": message_id, "Message": "Message not found"}))
    await writer.drain()
    return True


async def _serve(sock: socket.socket) -> None:
    server = await asyncio.start_server(_handle, sock=sock)
    stop = asyncio.Event()
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, stop.set)
    async with server:
        await stop.wait()


def main() -> None:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    sock.listen(256)
    print(sock.getsockname()[1], flush=True)
    asyncio.run(_serve(sock))


# ---------------------------------------------------------------------------------------- test side
class FaultServer:
    """Runs this file in a child process; stopped by PID."""

    def __init__(self) -> None:
        self._proc: subprocess.Popen[str] | None = None
        self.url = ""

    def start(self) -> FaultServer:
        self._proc = subprocess.Popen(
            [sys.executable, str(Path(__file__).resolve())], stdout=subprocess.PIPE, text=True
        )
        assert self._proc.stdout is not None
        port = self._proc.stdout.readline().strip()
        if not port.isdigit():
            self.stop()
            raise RuntimeError(f"the fault server did not start (got {port!r})")
        self.url = f"http://127.0.0.1:{port}"
        self._control = httpx.Client(base_url=self.url, timeout=5)
        return self

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
        self._control.close()

    def set(self, **change: Any) -> dict[str, Any]:
        data: dict[str, Any] = self._control.post("/__control", json=change).json()
        return data

    def reset(self, **change: Any) -> None:
        self.set(reset=True, **change)

    def received(self, message_id: str) -> int:
        return int(self.set()["received"].get(message_id, 0))

    def all_received(self) -> dict[str, int]:
        return dict(self.set()["received"])


if __name__ == "__main__":
    main()
