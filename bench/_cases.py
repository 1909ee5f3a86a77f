"""What is measured: every case returns plain numbers; ``_report`` turns them into tables.

* throughput: SMS sends per second for each contender, interleaved round-robin (a slow minute
  on the machine hits every contender alike), median and min-max over the rounds;
* large payload: preparing a ~19 MB email (10 files) against bare base64 + json.dumps, time and
  tracemalloc peak;
* XML vs JSON: an SMS to 1,000 destinations, end to end, in each format;
* import: ``import tnz_ext`` and ``import httpx`` in fresh interpreters.
"""

from __future__ import annotations

import asyncio
import base64
import gc
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

TOKEN = "bench-token"
TEXT = "Hello, this is a test message from Department01. Thank you."  # the spec's SMS example
NUMBER = "+6421000001"
EMAIL = "john.doe@example.com"
CONCURRENCY = 64  # async requests in flight
LATENCY_MS = 20.0  # the simulated round trip of the latency case


@dataclass
class Sizes:
    """How much work each case does: ``full`` for ``make bench``, ``quick`` for the smoke test."""

    rounds: int
    sync: int  # requests per round, per synchronous contender
    peer: int  # requests per round for tnzapi (a new connection each: slower)
    async_: int  # requests per round, per asynchronous contender
    warmup: int
    large_files: int
    large_total: int  # bytes of file content in the large email
    large_reps: int
    xml_destinations: int
    xml_reps: int  # sends per format per round
    import_runs: int
    latency_rounds: int
    latency_async: int  # requests per round at LATENCY_MS, tnz_ext async
    latency_peer: int  # requests per round at LATENCY_MS, tnzapi
    matrix_rounds: int  # the async matrix (bench/_async.py): rounds,
    matrix_base: int  # requests per round with no added latency,
    matrix_waves: int  # and with latency: this many times the concurrency
    matrix_warm: bool  # warm up at the measured concurrency before every round (False: a token warm-up)

    @classmethod
    def full(cls) -> Sizes:
        return cls(
            rounds=7, sync=1000, peer=300, async_=700, warmup=100, large_files=10, large_total=14_000_000,
            large_reps=5, xml_destinations=1000, xml_reps=4, import_runs=7, latency_rounds=3, latency_async=640,
            latency_peer=50, matrix_rounds=3, matrix_base=1000, matrix_waves=10,
            matrix_warm=True,
        )  # fmt: skip

    @classmethod
    def quick(cls) -> Sizes:
        return cls(
            rounds=1, sync=5, peer=3, async_=8, warmup=2, large_files=10, large_total=200_000,
            large_reps=1, xml_destinations=20, xml_reps=1, import_runs=1, latency_rounds=1, latency_async=8,
            latency_peer=2, matrix_rounds=1, matrix_base=8, matrix_waves=1,
            matrix_warm=False,
        )  # fmt: skip


def _sms_json(message_id: str) -> dict[str, Any]:
    """The body tnz_ext sends for ``sms(TEXT, to=NUMBER)``: what every other contender sends too."""
    return {"MessageData": {"MessageID": message_id, "Message": TEXT, "Destinations": [{"Recipient": NUMBER}]}}


def _check(ok: bool, who: str) -> None:
    if not ok:
        raise RuntimeError(f"{who}: the loopback server did not answer Success")


# ---------------------------------------------------------------------------------------- contenders
class Runner:
    """Sends ``n`` SMS per ``run(n)`` call; ``close()`` at the end."""

    def run(self, n: int) -> None:
        raise NotImplementedError

    def close(self) -> None:
        pass


class RawHttpx(Runner):
    """The floor: a pooled httpx.Client posting the same JSON body (json=, parsed reply)."""

    def __init__(self, url: str) -> None:
        import httpx

        self._http = httpx.Client()
        self._url = url + "/send/sms"
        self._headers = {"Authorization": f"Basic {TOKEN}", "Accept": "application/json"}

    def run(self, n: int) -> None:
        for _ in range(n):
            response = self._http.post(self._url, json=_sms_json(str(uuid.uuid4())), headers=self._headers)
            response.raise_for_status()
            _check(response.json()["Result"] == "Success", "raw httpx")

    def close(self) -> None:
        self._http.close()


class ExtSync(Runner):
    def __init__(self, url: str, format: str = "json") -> None:
        from tnz_ext import TNZClient

        self._client = TNZClient(auth_token=TOKEN, base_url=url, format=format)

    def run(self, n: int) -> None:
        for _ in range(n):
            _check(self._client.messaging.sms(TEXT, to=NUMBER).result == "Success", "tnz_ext")

    def close(self) -> None:
        self._client.close()


class Generated(Runner):
    """The generated client on its own: models built by hand, ``send_sms.sync_detailed``."""

    def __init__(self, url: str) -> None:
        from tnz_api import AuthenticatedClient

        self._client = AuthenticatedClient(base_url=url, token=TOKEN, prefix="Basic")

    def run(self, n: int) -> None:
        from tnz_api.api.messaging import send_sms
        from tnz_api.models import Destination, SendResponse, SMSMessageData, SMSRequest

        for _ in range(n):
            body = SMSRequest(
                message_data=SMSMessageData(
                    message_id=str(uuid.uuid4()), message=TEXT, destinations=[Destination(recipient=NUMBER)]
                )
            )
            parsed = send_sms.sync_detailed(client=self._client, body=body).parsed
            _check(isinstance(parsed, SendResponse) and parsed.result == "Success", "generated")

    def close(self) -> None:
        self._client.get_httpx_client().close()


class TnzApi(Runner):
    """TNZ's own library, its v2.04 layer: ``TNZAPI(...).Messaging.SMS.SendMessage`` (requests.post)."""

    def __init__(self, url: str) -> None:
        import tnzapi  # type: ignore[import-untyped]
        from tnzapi import _config

        _config.__APIURL__ = url  # read by every request object it creates
        self._client = tnzapi.TNZAPI(AuthToken=TOKEN)

    def run(self, n: int) -> None:
        client = self._client
        for _ in range(n):
            result = client.Messaging.SMS.SendMessage(
                MessageID=str(uuid.uuid4()), MessageText=TEXT, Recipients=[NUMBER]
            )
            _check(result.Result == "Success", "tnzapi")


class _AsyncRunner(Runner):
    """Runs its coroutine on one event loop kept for all rounds (pooled connections belong to it)."""

    def __init__(self) -> None:
        self._loop = asyncio.new_event_loop()

    async def _one(self) -> None:
        raise NotImplementedError

    async def _batch(self, n: int) -> None:
        gate = asyncio.Semaphore(CONCURRENCY)

        async def one() -> None:
            async with gate:
                await self._one()

        await asyncio.gather(*(one() for _ in range(n)))

    def run(self, n: int) -> None:
        self._loop.run_until_complete(self._batch(n))

    async def _aclose(self) -> None:
        pass

    def close(self) -> None:
        self._loop.run_until_complete(self._aclose())
        self._loop.close()


class ExtAsync(_AsyncRunner):
    def __init__(self, url: str) -> None:
        from tnz_ext import AsyncTNZClient

        super().__init__()
        self._client = AsyncTNZClient(auth_token=TOKEN, base_url=url)

    async def _one(self) -> None:
        _check((await self._client.messaging.sms(TEXT, to=NUMBER)).result == "Success", "tnz_ext async")

    async def _aclose(self) -> None:
        await self._client.aclose()


class RawAsyncHttpx(_AsyncRunner):
    def __init__(self, url: str) -> None:
        import httpx

        super().__init__()
        self._http = httpx.AsyncClient()
        self._url = url + "/send/sms"
        self._headers = {"Authorization": f"Basic {TOKEN}", "Accept": "application/json"}

    async def _one(self) -> None:
        response = await self._http.post(self._url, json=_sms_json(str(uuid.uuid4())), headers=self._headers)
        response.raise_for_status()
        _check(response.json()["Result"] == "Success", "raw httpx async")

    async def _aclose(self) -> None:
        await self._http.aclose()


@dataclass(frozen=True)
class Contender:
    key: str
    label: str
    make: Callable[[str], Runner]
    size: str  # which Sizes field says how many requests a round


CONTENDERS = [
    Contender("raw", "raw httpx.Client.post (the floor)", RawHttpx, "sync"),
    Contender("ext", "tnz_ext TNZClient.messaging.sms", ExtSync, "sync"),
    Contender("generated", "generated tnz_api send_sms.sync_detailed", Generated, "sync"),
    Contender("raw_async", f"raw httpx.AsyncClient.post ({CONCURRENCY} in flight)", RawAsyncHttpx, "async_"),
    Contender("ext_async", f"tnz_ext AsyncTNZClient ({CONCURRENCY} in flight)", ExtAsync, "async_"),
    Contender("tnzapi", "tnzapi 2.4.2.0 SMS.SendMessage (requests.post)", TnzApi, "peer"),
]


@dataclass
class Throughput:
    rates: dict[str, list[float]] = field(default_factory=dict)  # requests/second per round
    counts: dict[str, int] = field(default_factory=dict)
    missing: dict[str, str] = field(default_factory=dict)  # key -> why it did not run


def throughput(
    url: str, sizes: Sizes, log: Callable[[str], None], *, only: set[str] | None = None, rounds: int | None = None,
    counts: dict[str, int] | None = None, warmup: int | None = None,
) -> Throughput:  # fmt: skip
    """Requests/second of each contender (``only`` some), ``rounds`` times, round-robin."""
    out = Throughput()
    runners: dict[str, Runner] = {}
    contenders = [c for c in CONTENDERS if only is None or c.key in only]
    rounds = sizes.rounds if rounds is None else rounds
    for c in contenders:
        try:
            runners[c.key] = c.make(url)
        except ImportError as exc:
            out.missing[c.key] = f"not installed (no module {exc.name!r})"
            continue
        runners[c.key].run(sizes.warmup if warmup is None else warmup)  # connections, caches, lazy imports
        out.counts[c.key] = (counts or {}).get(c.key) or getattr(sizes, c.size)
        out.rates[c.key] = []
    try:
        for number in range(rounds):
            for c in contenders:
                if c.key not in runners:
                    continue
                n = out.counts[c.key]
                gc.collect()
                start = time.perf_counter()
                runners[c.key].run(n)
                out.rates[c.key].append(n / (time.perf_counter() - start))
            log(f"  throughput round {number + 1}/{rounds} done")
    finally:
        for runner in runners.values():
            runner.close()
    return out


def with_latency(kind: str, sizes: Sizes, log: Callable[[str], None]) -> Throughput:
    """tnz_ext async against tnzapi when every answer takes LATENCY_MS, as over a real network."""
    from ._server import LoopbackServer

    with LoopbackServer(kind, latency_ms=LATENCY_MS) as server:
        return throughput(
            server.url, sizes, log, only={"ext_async", "tnzapi"}, rounds=sizes.latency_rounds,
            counts={"ext_async": sizes.latency_async, "tnzapi": sizes.latency_peer}, warmup=2,
        )  # fmt: skip


# ---------------------------------------------------------------------------------------- large payload
@dataclass
class Large:
    body_bytes: int
    file_bytes: int
    files: int
    ext_seconds: list[float]
    bare_seconds: list[float]
    ext_peak: int  # tracemalloc peak growth while preparing, bytes
    bare_peak: int
    send_seconds: float  # the whole email through TNZClient to the loopback server


def _bare_email(paths: list[Path], message_id: str) -> bytes:
    """What a hand-written client does: read, base64, one json.dumps, encode."""
    files = [{"Name": p.name, "Data": base64.b64encode(p.read_bytes()).decode("ascii")} for p in paths]
    data = {
        "MessageData": {
            "MessageID": message_id, "EmailSubject": "Invoices", "Destinations": [{"Recipient": EMAIL}],
            "MessagePlain": "Your invoices are attached.", "Files": files,
        }
    }  # fmt: skip
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _peak(fn: Callable[[], Any]) -> tuple[int, int]:
    """(tracemalloc peak growth over the start, size of what fn returned)."""
    gc.collect()
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        tracemalloc.reset_peak()
        result = fn()
        peak = tracemalloc.get_traced_memory()[1] - base
    finally:
        tracemalloc.stop()
    return peak, len(result)


def large_payload(url: str, sizes: Sizes, log: Callable[[str], None]) -> Large:
    from tnz_ext import TNZClient
    from tnz_ext import _operations as ops

    with tempfile.TemporaryDirectory(prefix="tnz-bench-") as tmp:
        each = sizes.large_total // sizes.large_files
        paths = []
        for index in range(sizes.large_files):
            path = Path(tmp) / f"invoice-{index:02d}.bin"
            path.write_bytes(os.urandom(each))
            paths.append(path)
        with TNZClient(auth_token=TOKEN, base_url=url) as client:

            def ext() -> bytes:
                call = ops.email(
                    "Invoices", to=EMAIL, message_plain="Your invoices are attached.", files=[str(p) for p in paths]
                )
                content = client._prepare(call).content
                assert content is not None
                return content

            def bare() -> bytes:
                return _bare_email(paths, str(uuid.uuid4()))

            ext(), bare()  # warm: page cache, lazy imports
            ext_times: list[float] = []
            bare_times: list[float] = []
            for _ in range(sizes.large_reps):
                for fn, times in ((ext, ext_times), (bare, bare_times)):
                    gc.collect()
                    start = time.perf_counter()
                    fn()
                    times.append(time.perf_counter() - start)
            ext_peak, body_bytes = _peak(ext)
            bare_peak, _ = _peak(bare)
            start = time.perf_counter()
            result = client.messaging.email(
                "Invoices", to=EMAIL, message_plain="Your invoices are attached.", files=[str(p) for p in paths]
            )
            send_seconds = time.perf_counter() - start
            _check(result.result == "Success", "tnz_ext email")
    log("  large payload done")
    return Large(
        body_bytes=body_bytes, file_bytes=each * sizes.large_files, files=sizes.large_files,
        ext_seconds=ext_times, bare_seconds=bare_times, ext_peak=ext_peak, bare_peak=bare_peak,
        send_seconds=send_seconds,
    )  # fmt: skip


# ---------------------------------------------------------------------------------------- XML vs JSON
@dataclass
class XmlVsJson:
    destinations: int
    json_seconds: list[float]
    xml_seconds: list[float]
    json_body: int
    xml_body: int
    missing: str | None = None


def xml_vs_json(url: str, sizes: Sizes, log: Callable[[str], None]) -> XmlVsJson:
    from tnz_ext import TNZClient
    from tnz_ext import _operations as ops

    numbers = [f"+6421{1_000_000 + i}" for i in range(sizes.xml_destinations)]
    try:
        from tnz_ext._xml import decode, encode  # noqa: F401 - XML mode needs both
    except ImportError as exc:
        return XmlVsJson(sizes.xml_destinations, [], [], 0, 0, missing=f"not available ({exc})")
    clients = {f: TNZClient(auth_token=TOKEN, base_url=url, format=f) for f in ("json", "xml")}
    times: dict[str, list[float]] = {"json": [], "xml": []}
    try:
        for client in clients.values():  # warm: phone number metadata, XML schema compilation
            client.messaging.sms(TEXT, to=numbers)
        for _ in range(sizes.rounds):
            for fmt, client in clients.items():
                for _ in range(sizes.xml_reps):
                    gc.collect()
                    start = time.perf_counter()
                    result = client.messaging.sms(TEXT, to=numbers)
                    times[fmt].append(time.perf_counter() - start)
                    _check(result.result == "Success", f"tnz_ext {fmt}")
        body = {f: c._prepare(ops.sms(TEXT, to=numbers)).content or b"" for f, c in clients.items()}
    finally:
        for client in clients.values():
            client.close()
    log("  XML vs JSON done")
    return XmlVsJson(sizes.xml_destinations, times["json"], times["xml"], len(body["json"]), len(body["xml"]))


# ---------------------------------------------------------------------------------------- import time
@dataclass
class Imports:
    cached: dict[str, list[float]]  # IMPORT_CASES label -> seconds, bytecode cached (the normal case)
    uncached: dict[str, list[float]]  # compiled from source every time (PYTHONDONTWRITEBYTECODE)


# Row label -> the statement timed in a fresh interpreter. `import tnz_ext` is lazy (names resolve
# on first use), so the second row is what a program really pays before its first call; httpx is
# the floor under both (in the dev venv httpx also imports rich, click and pygments through
# httpx._main because they are installed: httpx's own behaviour, not ours).
IMPORT_CASES = {
    "import tnz_ext": "import tnz_ext",
    "from tnz_ext import TNZClient": "from tnz_ext import TNZClient",
    "import httpx": "import httpx",
}

_IMPORT_SNIPPET = "import time; t = time.perf_counter(); {0}; print(time.perf_counter() - t)"


def _import_seconds(statement: str, env: dict[str, str]) -> float:
    out = subprocess.run(
        [sys.executable, "-c", _IMPORT_SNIPPET.format(statement)], env=env, check=True, capture_output=True, text=True
    )
    return float(out.stdout.strip().splitlines()[-1])


def import_times(sizes: Sizes, log: Callable[[str], None]) -> Imports:
    with tempfile.TemporaryDirectory(prefix="tnz-bench-pyc-") as cache, tempfile.TemporaryDirectory() as empty:
        # Bytecode goes to a private cache (never next to the sources); the first run fills it.
        base = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "PYTHONPYCACHEPREFIX")}
        warm = {**base, "PYTHONPYCACHEPREFIX": cache}
        cold = {**base, "PYTHONPYCACHEPREFIX": empty, "PYTHONDONTWRITEBYTECODE": "1"}
        for statement in IMPORT_CASES.values():
            _import_seconds(statement, warm)
        cached: dict[str, list[float]] = {label: [] for label in IMPORT_CASES}
        uncached: dict[str, list[float]] = {label: [] for label in IMPORT_CASES}
        for _ in range(sizes.import_runs):  # interleaved, so a burst of load hits every row alike
            for label, statement in IMPORT_CASES.items():
                cached[label].append(_import_seconds(statement, warm))
        for _ in range(max(1, sizes.import_runs // 2)):
            for label, statement in IMPORT_CASES.items():
                uncached[label].append(_import_seconds(statement, cold))
    log("  import times done")
    return Imports(cached, uncached)


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")
