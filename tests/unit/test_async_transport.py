"""AsyncTNZClient's transports: which one it picks and how to switch, the in-flight cap on httpx's
own pool, an injected client left as it is, and where "may have been sent" comes from."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from _fault_server import FaultServer

import tnz_ext._transport as transport_mod
from tnz_ext import TRANSPORT_ENV, AsyncTNZClient, TimeoutError, TNZClient, ValidationError
from tnz_ext._transport import DEFAULT_MAX_IN_FLIGHT, Wire, aiohttp_available, may_have_been_sent

TOKEN = "transport-test-token"
NUMBER = "+6421000001"


@pytest.fixture(scope="module")
def server() -> Iterator[FaultServer]:
    fault_server = FaultServer().start()
    try:
        yield fault_server
    finally:
        fault_server.stop()


@pytest.fixture(autouse=True)
def _no_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(TRANSPORT_ENV, raising=False)


# ---------------------------------------------------------------------------------------- choosing
async def test_auto_picks_aiohttp_when_the_extra_is_installed() -> None:
    async with AsyncTNZClient(auth_token=TOKEN) as client:
        assert client.transport == ("aiohttp" if aiohttp_available() else "httpx")


@pytest.mark.parametrize("value", ["httpx", "aiohttp"])
async def test_environment_switches_the_transport(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    if value == "aiohttp" and not aiohttp_available():
        pytest.skip("the aiohttp extra is not installed")
    monkeypatch.setenv(TRANSPORT_ENV, value)
    async with AsyncTNZClient(auth_token=TOKEN) as client:
        assert client.transport == value


async def test_the_argument_wins_over_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(TRANSPORT_ENV, "aiohttp")
    async with AsyncTNZClient(auth_token=TOKEN, transport="httpx") as client:
        assert client.transport == "httpx"


@pytest.mark.parametrize("bad", ["curl", "", "HTTPX", 1, None.__class__])
def test_unknown_transport_is_a_validation_error(bad: Any) -> None:
    with pytest.raises(ValidationError) as caught:
        AsyncTNZClient(auth_token=TOKEN, transport=bad)
    assert caught.value.field == "transport"


def test_unknown_transport_in_the_environment_is_a_validation_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(TRANSPORT_ENV, "requests")
    with pytest.raises(ValidationError, match=TRANSPORT_ENV):
        AsyncTNZClient(auth_token=TOKEN)


def test_aiohttp_without_the_extra_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(transport_mod, "aiohttp_available", lambda: False)
    with pytest.raises(ValidationError, match=r"tnz-sdk\[aiohttp\]"):
        AsyncTNZClient(auth_token=TOKEN, transport="aiohttp")
    monkeypatch.setenv(TRANSPORT_ENV, "auto")
    assert transport_mod.resolve_async_transport("auto") == "httpx"  # auto falls back quietly


@pytest.mark.parametrize("bad", [0, -1, True, 2.5, "16"])
def test_max_in_flight_must_be_a_positive_int(bad: Any) -> None:
    with pytest.raises(ValidationError) as caught:
        AsyncTNZClient(auth_token=TOKEN, max_in_flight=bad)
    assert caught.value.field == "max_in_flight"


# ---------------------------------------------------------------------------------------- the cap
@pytest.mark.parametrize(("cap", "expected"), [(None, DEFAULT_MAX_IN_FLIGHT), (3, 3)])
def test_httpx_transport_caps_requests_in_flight(server: FaultServer, cap: int | None, expected: int) -> None:
    server.reset(faults=["slow"] * 40)

    async def main() -> None:
        async with AsyncTNZClient(auth_token=TOKEN, base_url=server.url, transport="httpx", max_in_flight=cap) as c:
            results = await asyncio.gather(*(c.messaging.sms("hi", to=NUMBER) for _ in range(40)))
            assert all(r.result == "Success" for r in results)

    asyncio.run(main())
    state = server.set()
    assert state["max_in_flight"] == expected  # the server held exactly that many at once, never more
    assert state["accepts"] <= expected + 1  # one connection per slot (+ the control channel's)


def test_aiohttp_transport_is_not_capped_unless_asked(server: FaultServer) -> None:
    if not aiohttp_available():
        pytest.skip("the aiohttp extra is not installed")
    server.reset(faults=["slow"] * 40)

    async def main() -> None:
        async with AsyncTNZClient(auth_token=TOKEN, base_url=server.url, transport="aiohttp") as c:
            await asyncio.gather(*(c.messaging.sms("hi", to=NUMBER) for _ in range(40)))

    asyncio.run(main())
    assert server.set()["max_in_flight"] > DEFAULT_MAX_IN_FLIGHT


# ---------------------------------------------------------------------------------------- injected clients
def test_an_injected_clients_timeout_is_not_overridden(server: FaultServer) -> None:
    """The SDK's default read timeout is 30 s; the injected client's 0.2 s must be the one that fires."""
    server.reset(faults=["stall"])
    http = httpx.Client(timeout=httpx.Timeout(5.0, read=0.2))
    with (
        TNZClient(auth_token=TOKEN, base_url=server.url, http_client=http) as client,
        pytest.raises(TimeoutError) as caught,
    ):
        client.messaging.sms("hi", to=NUMBER)
    http.close()
    assert caught.value.request_sent is True


def test_an_injected_async_clients_timeout_is_not_overridden(server: FaultServer) -> None:
    server.reset(faults=["stall"])

    async def main() -> None:
        http = httpx.AsyncClient(timeout=httpx.Timeout(5.0, read=0.2))
        async with http, AsyncTNZClient(auth_token=TOKEN, base_url=server.url, http_client=http) as client:
            assert client.transport == "injected"
            with pytest.raises(TimeoutError) as caught:
                await client.messaging.sms("hi", to=NUMBER)
            assert caught.value.request_sent is True

    asyncio.run(main())


def test_the_sdk_timeout_applies_to_the_client_it_builds(server: FaultServer) -> None:
    server.reset(faults=["stall"])
    timeout = httpx.Timeout(5.0, read=0.2)
    with TNZClient(auth_token=TOKEN, base_url=server.url, timeout=timeout) as client, pytest.raises(TimeoutError):
        client.messaging.sms("hi", to=NUMBER)


def test_an_injected_httpx_aiohttp_client_never_reads_connect_timeout_as_not_sent(server: FaultServer) -> None:
    """Without the SDK's hooks, httpx-aiohttp's ConnectTimeout (the server read, then closed) is "sent"."""
    if not aiohttp_available():
        pytest.skip("the aiohttp extra is not installed")
    from httpx_aiohttp import AiohttpTransport

    server.reset(faults=["close_after_read"])

    async def main() -> None:
        http = httpx.AsyncClient(transport=AiohttpTransport())
        async with http, AsyncTNZClient(auth_token=TOKEN, base_url=server.url, http_client=http, max_retries=3) as c:
            with pytest.raises(TimeoutError) as caught:  # what httpx-aiohttp calls it
                await c.messaging.sms("hi", to=NUMBER)
            assert caught.value.request_sent is True
            assert isinstance(caught.value.__cause__, httpx.ConnectTimeout)

    asyncio.run(main())
    assert list(server.all_received().values()) == [1]


# ---------------------------------------------------------------------------------------- the rule
def _error(cls: type[httpx.RequestError], *, cause: BaseException | None, wire: Wire | None) -> httpx.RequestError:
    request = httpx.Request("POST", "https://example.invalid/send/sms", extensions={"tnz.wire": wire} if wire else {})
    exc = cls("boom", request=request)
    exc.__cause__ = cause
    return exc


class ForeignError(Exception):
    """Stands for another library's exception (its module is not httpcore)."""


@pytest.mark.parametrize("cls", [httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.ReadTimeout])
def test_the_wire_decides_when_a_hook_reported(cls: type[httpx.RequestError]) -> None:
    written, untouched = Wire(), Wire()
    written.trace("http11.send_request_headers.started", {})
    untouched.trace("connection.connect_tcp.started", {})
    assert may_have_been_sent(_error(cls, cause=None, wire=written)) is True
    assert may_have_been_sent(_error(cls, cause=None, wire=untouched)) is False


@pytest.mark.parametrize("cls", [httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout])
def test_without_a_hook_only_httpx_own_connection_errors_are_not_sent(cls: type[httpx.RequestError]) -> None:
    import httpcore

    assert may_have_been_sent(_error(cls, cause=None, wire=None)) is False
    assert may_have_been_sent(_error(cls, cause=httpcore.ConnectError("x"), wire=None)) is False
    assert may_have_been_sent(_error(cls, cause=ForeignError("x"), wire=None)) is True
    assert may_have_been_sent(_error(cls, cause=None, wire=Wire())) is False  # a Wire no hook touched


@pytest.mark.parametrize("cls", [httpx.ReadTimeout, httpx.ReadError, httpx.RemoteProtocolError, httpx.WriteError])
def test_without_a_hook_anything_else_may_have_been_sent(cls: type[httpx.RequestError]) -> None:
    assert may_have_been_sent(_error(cls, cause=None, wire=None)) is True


def test_an_exception_without_its_request_may_have_been_sent() -> None:
    assert may_have_been_sent(httpx.ReadError("no request attached")) is True
    assert may_have_been_sent(httpx.ConnectError("no request attached")) is False


@pytest.mark.parametrize("variable", ["HTTPS_PROXY", "HTTP_PROXY", "ALL_PROXY", "https_proxy"])
def test_a_proxy_in_the_environment_keeps_the_sync_client_on_httpx_routing(
    monkeypatch: pytest.MonkeyPatch, variable: str
) -> None:
    """TNZClient drives its own transport directly, past httpx's per-URL routing, only when no
    proxy is configured: with one, requests go through httpx.Client.send and its proxy mounts."""
    from tnz_ext import TNZClient

    for name in ("HTTPS_PROXY", "HTTP_PROXY", "ALL_PROXY", "https_proxy", "http_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    with TNZClient(auth_token="t", base_url="http://127.0.0.1:9") as direct:
        assert isinstance(direct._direct, httpx.HTTPTransport)
    monkeypatch.setenv(variable, "http://127.0.0.1:3128")
    with TNZClient(auth_token="t", base_url="http://127.0.0.1:9") as routed:
        assert routed._direct is None
        assert routed._http._mounts  # httpx mounted the proxy from the environment
