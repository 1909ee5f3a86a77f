"""The async matrix: SMS sends per second at 1/16/64/256 in flight, with no added latency and with
20 ms, for AsyncTNZClient on each transport against the raw clients under it, in one run.

Every contender posts the same JSON body and parses the answer. Contenders are interleaved round
by round (a slow moment on the machine hits each alike); each keeps its event loop and pooled
connections across rounds, and warms up at the measured concurrency before each measured round
(pooled connections left idle while the others run expire after 5 s). The server counts the TCP
connections it accepts, so each cell also says how many new connections a request cost after
warm-up (each would be a TLS handshake on the real API).
"""

from __future__ import annotations

import asyncio
import gc
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ._cases import NUMBER, TEXT, TOKEN, Runner, _check, _sms_json

CONCURRENCIES = (1, 16, 64, 256)
LATENCIES_MS = (0.0, 20.0)
HEADERS = {"Authorization": f"Basic {TOKEN}", "Accept": "application/json"}


class _Async(Runner):
    """``run(n)`` sends n requests with ``concurrency`` in flight, on one event loop kept for all rounds."""

    def __init__(self, url: str, concurrency: int) -> None:
        self.base = url
        self.url = url + "/send/sms"
        self.concurrency = concurrency
        self._loop = asyncio.new_event_loop()
        self._loop.run_until_complete(self._open())

    async def _open(self) -> None:
        pass

    async def _one(self) -> None:
        raise NotImplementedError

    async def _batch(self, n: int) -> None:
        gate = asyncio.Semaphore(self.concurrency)

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


class ExtAsync(_Async):
    transport = "auto"

    async def _open(self) -> None:
        from tnz_ext import AsyncTNZClient

        self._client = AsyncTNZClient(auth_token=TOKEN, base_url=self.base, transport=self.transport)  # type: ignore[arg-type]

    async def _one(self) -> None:
        _check((await self._client.messaging.sms(TEXT, to=NUMBER)).result == "Success", "tnz_ext async")

    async def _aclose(self) -> None:
        await self._client.aclose()


class ExtAsyncHttpx(ExtAsync):
    transport = "httpx"


class RawHttpxAsync(_Async):
    aiohttp = False

    async def _open(self) -> None:
        import httpx

        # A long pool timeout: at 256 in flight httpcore's pool makes requests wait well past its 5 s default.
        timeout = httpx.Timeout(60.0)
        if self.aiohttp:
            from httpx_aiohttp import AiohttpTransport

            self._http = httpx.AsyncClient(transport=AiohttpTransport(), timeout=timeout)
        else:
            self._http = httpx.AsyncClient(timeout=timeout)

    async def _one(self) -> None:
        response = await self._http.post(self.url, json=_sms_json(str(uuid.uuid4())), headers=HEADERS)
        response.raise_for_status()
        _check(response.json()["Result"] == "Success", "raw httpx async")

    async def _aclose(self) -> None:
        await self._http.aclose()


class RawHttpxOverAiohttp(RawHttpxAsync):
    aiohttp = True


class RawAiohttp(_Async):
    async def _open(self) -> None:
        import aiohttp

        self._session = aiohttp.ClientSession()

    async def _one(self) -> None:
        async with self._session.post(self.url, json=_sms_json(str(uuid.uuid4())), headers=HEADERS) as response:
            response.raise_for_status()
            _check((await response.json())["Result"] == "Success", "raw aiohttp")

    async def _aclose(self) -> None:
        await self._session.close()


class RawSync(Runner):
    """One sequential httpx.Client: the sync baseline (its concurrency is always 1)."""

    def __init__(self, url: str, concurrency: int) -> None:
        import httpx

        self._http = httpx.Client()
        self._url = url + "/send/sms"

    def run(self, n: int) -> None:
        for _ in range(n):
            response = self._http.post(self._url, json=_sms_json(str(uuid.uuid4())), headers=HEADERS)
            response.raise_for_status()
            _check(response.json()["Result"] == "Success", "raw httpx sync")

    def close(self) -> None:
        self._http.close()


@dataclass(frozen=True)
class AsyncContender:
    key: str
    label: str
    make: Callable[[str, int], Runner]


ASYNC_CONTENDERS = [
    AsyncContender("ext", "tnz_ext AsyncTNZClient (default: aiohttp extra installed)", ExtAsync),
    AsyncContender("ext_httpx", 'tnz_ext AsyncTNZClient(transport="httpx")', ExtAsyncHttpx),
    AsyncContender("raw_httpx_aiohttp", "raw httpx.AsyncClient over httpx-aiohttp", RawHttpxOverAiohttp),
    AsyncContender("raw_aiohttp", "raw aiohttp.ClientSession", RawAiohttp),
    AsyncContender("raw_httpx", "raw httpx.AsyncClient", RawHttpxAsync),
    AsyncContender("raw_sync", "raw httpx.Client, sequential", RawSync),
]


@dataclass
class Cell:
    rates: list[float] = field(default_factory=list)
    requests: int = 0  # measured requests, all rounds
    new_connections: int = 0  # accepted by the server during the measured rounds
    cpu_us: list[float] = field(default_factory=list)  # client CPU (this process) per request, each round

    @property
    def per_request(self) -> float:
        return self.new_connections / self.requests if self.requests else float("nan")


@dataclass
class AsyncMatrix:
    rounds: int
    counts: dict[tuple[float, int], int] = field(default_factory=dict)  # (latency, concurrency) -> n per round
    cells: dict[tuple[float, int, str], Cell] = field(default_factory=dict)  # (latency, concurrency, key)
    missing: dict[str, str] = field(default_factory=dict)


def _requests(latency_ms: float, concurrency: int, base: int, waves: int) -> int:
    if latency_ms == 0:
        return base
    return max(concurrency * waves, 2 * waves)


def async_matrix(
    kind: str, rounds: int, base: int, waves: int, log: Callable[[str], Any], *, warm: bool = True
) -> AsyncMatrix:
    """Every contender at every concurrency, with and without latency."""
    from ._server import LoopbackServer

    out = AsyncMatrix(rounds)
    for latency_ms in LATENCIES_MS:
        with LoopbackServer(kind, latency_ms=latency_ms) as server:
            for concurrency in CONCURRENCIES:
                n = _requests(latency_ms, concurrency, base, waves)
                out.counts[latency_ms, concurrency] = n
                runners: dict[str, Runner] = {}
                contenders = [c for c in ASYNC_CONTENDERS if c.key != "raw_sync" or concurrency == 1]
                try:
                    for c in contenders:
                        try:
                            runners[c.key] = c.make(server.url, concurrency)
                        except ImportError as exc:
                            out.missing[c.key] = f"not installed (no module {exc.name!r})"
                            continue
                        # Warm-up: connections, lazy imports.
                        runners[c.key].run(max(concurrency, min(n, 64)) if warm else 2)
                        out.cells[latency_ms, concurrency, c.key] = Cell()
                    for _ in range(rounds):
                        for key, runner in runners.items():
                            cell = out.cells[latency_ms, concurrency, key]
                            # Idle pooled connections expire (5 s) while the others run: warm up again,
                            # three waves, so every pooled connection is used (or replaced) before measuring.
                            if warm:
                                runner.run(3 * max(concurrency, 16))
                            gc.collect()
                            before = server.accepts()
                            cpu = time.process_time()
                            start = time.perf_counter()
                            runner.run(n)
                            cell.rates.append(n / (time.perf_counter() - start))
                            cell.cpu_us.append((time.process_time() - cpu) / n * 1e6)
                            cell.new_connections += server.accepts() - before
                            cell.requests += n
                finally:
                    for runner in runners.values():
                        runner.close()
                log(f"  async matrix: {latency_ms:.0f} ms, {concurrency} in flight done")
    return out
