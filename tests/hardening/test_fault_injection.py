"""Fault injection over 1,500 sends (500 sync, 500 on each async transport) and a status poll after each.

A real loopback server (started here, free port, shut down at the end) answers each request
with a seeded mix of faults - close, reset, stall, 500/502/503/429, truncated body, HTML-200 -
and counts on its side which MessageIDs it received. Whatever happens:

* 0 duplicates: no MessageID is taken by the server twice (only a 429, a refusal, may be retried);
* 0 failures without ``message_id`` and ``request_sent``;
* 0 status polls failed while retries were left;
* 0 token leaks in exceptions (str, repr, traceback, pickle) or in any log record.

The figures are printed and written to tests/.logs/fault-injection.txt.
"""

from __future__ import annotations

import asyncio
import collections
import io
import logging
import pickle
import random
import threading
import traceback
from pathlib import Path
from typing import Literal

import httpx
from hardening._server import Handler, Seen, serve

from tnz_ext import AsyncTNZClient, RetryPolicy, TNZClient, TNZError

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "fault-token-5b2e91"
SENDS_PER_CLIENT = 500
CONCURRENCY = 20
ASYNC_TRANSPORTS: tuple[Literal["httpx", "aiohttp"], ...] = ("httpx", "aiohttp")
POLICY = RetryPolicy(max_retries=3, backoff_initial=0.001, backoff_max=0.004, retry_after_max=0.01)
TIMEOUT = httpx.Timeout(2.0, read=0.05)  # a stall (0.1 s) is a read timeout; nothing sleeps longer
FAULTS = {  # share of requests (the rest succeed)
    "close": 0.04, "reset": 0.04, "stall": 0.02, "500": 0.04, "502": 0.03, "503": 0.03, "429": 0.04,
    "truncate": 0.03, "html-200": 0.03,
}  # fmt: skip


class FaultServer:
    """Decides each answer from a seeded RNG and keeps the server-side counts."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.lock = threading.Lock()
        self.taken: collections.Counter[str] = collections.Counter()  # POSTs the server may have acted on
        self.refused: collections.Counter[str] = collections.Counter()  # POSTs answered 429
        self.polls: collections.Counter[str] = collections.Counter()  # GETs per MessageID
        self.injected: collections.Counter[str] = collections.Counter()

    def _pick(self) -> str:
        with self.lock:
            roll = self.rng.random()
        for name, share in FAULTS.items():
            if roll < share:
                return name
            roll -= share
        return "ok"

    def __call__(self, handler: Handler, seen: Seen) -> None:
        is_send = seen.method == "POST"
        message_id = seen.json()["MessageData"]["MessageID"] if is_send else seen.path.rsplit("/", 1)[1]
        fault = self._pick()
        with self.lock:
            self.injected[f"{seen.method} {fault}"] += 1
            if not is_send:
                self.polls[message_id] += 1
            elif fault == "429":
                self.refused[message_id] += 1
            else:
                self.taken[message_id] += 1
        echo = seen.headers.get("Authorization", "")  # a careless gateway echoing the credentials
        if fault == "ok":
            handler.send_json(200, {"Result": "Success", "MessageID": message_id, "Status": "Completed"})
        elif fault == "close":
            handler.close_now()
        elif fault == "reset":
            handler.reset_now()
        elif fault == "stall":
            handler.stall(0.1)
        elif fault == "429":
            handler.send_json(429, {"Result": "Failed", "Message": f"slow down {echo}"}, {"Retry-After": "0"})
        elif fault in {"500", "503"}:
            handler.send_json(int(fault), {"Result": "Failed", "Message": f"rejected {echo}\r\nX-Evil: 1"})
        elif fault == "502":
            handler.send_bytes(502, f"<html>Bad gateway {echo}</html>".encode(), "text/html")
        elif fault == "truncate":
            handler.truncate()
        else:
            handler.html_200()


class Tally:
    def __init__(self) -> None:
        self.sends_ok = 0
        self.send_failures: collections.Counter[str] = collections.Counter()
        self.polls_ok = 0
        self.poll_failures: list[tuple[str, TNZError]] = []
        self.without_ids: list[TNZError] = []
        self.leaks: list[str] = []
        self.errors: list[TNZError] = []

    def failed_send(self, error: TNZError) -> None:
        self.send_failures[type(error).__name__] += 1
        self.errors.append(error)
        if not getattr(error, "message_id", None) or not isinstance(getattr(error, "request_sent", None), bool):
            self.without_ids.append(error)

    def failed_poll(self, message_id: str, error: TNZError) -> None:
        self.poll_failures.append((message_id, error))
        self.errors.append(error)
        if not getattr(error, "message_id", None) or not isinstance(getattr(error, "request_sent", None), bool):
            self.without_ids.append(error)


def _leaks(error: BaseException) -> list[str]:
    found = []
    views = {
        "str": str(error), "repr": repr(error), "traceback": "".join(traceback.format_exception(error)),
        "pickle": pickle.dumps(error).decode("latin-1"),
    }  # fmt: skip
    response = getattr(error, "response", None)
    if response is not None:
        views["response.request"] = str(dict(response.request.headers))
    cause = error.__cause__
    if cause is not None and getattr(cause, "_request", None) is not None:
        views["cause.request"] = str(dict(cause.request.headers))  # type: ignore[attr-defined]
    for name, text in views.items():
        if TOKEN in text:
            found.append(f"{type(error).__name__} {name}")
    return found


def _run_sync(url: str, tally: Tally) -> None:
    with TNZClient(auth_token=TOKEN, base_url=url, retry_policy=POLICY, timeout=TIMEOUT) as client:
        for n in range(SENDS_PER_CLIENT):
            message_id = f"S{n:05d}"
            try:
                client.messaging.sms("Hello", to="+64210000001", message_id=message_id)
                tally.sends_ok += 1
            except TNZError as error:
                tally.failed_send(error)
            try:
                client.reports.status(message_id)
                tally.polls_ok += 1
            except TNZError as error:
                tally.failed_poll(message_id, error)


async def _run_async(url: str, tally: Tally, transport: Literal["httpx", "aiohttp"]) -> None:
    async with AsyncTNZClient(
        auth_token=TOKEN, base_url=url, retry_policy=POLICY, timeout=TIMEOUT, transport=transport
    ) as client:
        gate = asyncio.Semaphore(CONCURRENCY)

        async def one(n: int) -> None:
            message_id = f"{transport[0].upper()}{n:05d}"
            async with gate:
                try:
                    await client.messaging.sms("Hello", to="+64210000001", message_id=message_id)
                    tally.sends_ok += 1
                except TNZError as error:
                    tally.failed_send(error)
                try:
                    await client.reports.status(message_id)
                    tally.polls_ok += 1
                except TNZError as error:
                    tally.failed_poll(message_id, error)

        await asyncio.gather(*(one(n) for n in range(SENDS_PER_CLIENT)))


def test_fault_injection_keeps_every_promise() -> None:
    log = io.StringIO()
    handler = logging.StreamHandler(log)
    handler.setLevel(logging.DEBUG)
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    faults = FaultServer(seed=20261201)
    tally = Tally()
    try:
        with serve(faults) as server:
            _run_sync(server.url, tally)
            for transport in ASYNC_TRANSPORTS:
                asyncio.run(_run_async(server.url, tally, transport))
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)

    sends = SENDS_PER_CLIENT * (1 + len(ASYNC_TRANSPORTS))
    duplicates = sorted(mid for mid, count in faults.taken.items() if count > 1)
    attempts = POLICY.max_retries + 1
    with_retries_left = [(mid, e) for mid, e in tally.poll_failures if faults.polls[mid] < attempts]
    leaks = [leak for error in tally.errors for leak in _leaks(error)]
    log_leaks = log.getvalue().count(TOKEN)
    retried_429 = sum(1 for mid, count in faults.refused.items() if count and faults.taken[mid] + count > 1)
    figures = [
        f"sends: {sends} ({SENDS_PER_CLIENT} sync, {SENDS_PER_CLIENT} async on each of httpx's and aiohttp's "
        f"transports, {CONCURRENCY} in flight), "
        f"polls: {sends}, requests seen by the server: {sum(faults.injected.values())}",
        "faults injected: " + ", ".join(f"{k}={v}" for k, v in sorted(faults.injected.items()) if not k.endswith("ok")),
        f"sends ok: {tally.sends_ok}, send failures: {dict(sorted(tally.send_failures.items()))}",
        f"sends retried after a 429 (refusals, never taken): {retried_429}",
        f"polls ok: {tally.polls_ok}, polls failed after all {attempts} attempts: "
        f"{len(tally.poll_failures) - len(with_retries_left)}",
        f"duplicates (a MessageID taken twice by the server): {len(duplicates)}",
        f"failures without message_id and request_sent: {len(tally.without_ids)}",
        f"status polls failed with retries left: {len(with_retries_left)}",
        f"token leaks: {len(leaks)} in exceptions, {log_leaks} in {log.getvalue().count(chr(10))} log lines",
    ]
    report = "\n".join(figures)
    print("\n" + report)
    out = ROOT / "tests" / ".logs" / "fault-injection.txt"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(report + "\n", encoding="utf-8")

    # Not vacuous: every fault hit sends and polls alike, and most calls still got through.
    for fault in FAULTS:
        assert faults.injected[f"POST {fault}"] > 0, fault
        assert faults.injected[f"GET {fault}"] > 0, fault
    assert sum(faults.taken.values()) >= sends - sum(faults.refused.values())
    assert tally.sends_ok + sum(tally.send_failures.values()) == sends
    assert tally.polls_ok + len(tally.poll_failures) == sends
    assert tally.sends_ok > sends // 2
    # The promises.
    assert duplicates == []
    assert tally.without_ids == []
    assert with_retries_left == []
    assert leaks == []
    assert log_leaks == 0
