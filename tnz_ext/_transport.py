"""The HTTP transports under the clients, and what each one says happened on the wire.

Whether a failed send may have reached TNZ decides whether it can be retried, so it is taken
from the wire, not from an exception's class: every request carries a ``Wire`` record that the
transport fills in as it goes. httpcore (httpx's own transport) reports through its public
``trace`` request extension; aiohttp (the ``aiohttp`` extra) through its connector, which the SDK
subclasses to note when a request gets a connection.
A request counts as written as soon as the transport *starts* writing it (or, on aiohttp, as soon
as it holds a connection for it): a write that fails half-way may still have delivered the
request, so "not sent" means provably not a byte.

When no hook reported anything (a transport the SDK did not build, such as a test mock or a
user's own client), only httpx's connection-phase errors count as "never sent", and only when
httpx raised them itself or translated them from httpcore: httpx-aiohttp, for one, reports a
server that read the request and then closed the connection as ``httpx.ConnectTimeout``.

AsyncTNZClient picks its transport here: httpx-aiohttp's when the ``aiohttp`` extra is installed
(httpcore's async pool hands one idle connection to several waiters and churns connections
under load, several times slower), httpx's own otherwise. ``transport="httpx"`` or the
environment variable ``TNZ_ASYNC_TRANSPORT=httpx`` switches back. On httpx's own transport the
client caps the requests it has in flight (``max_in_flight``, default 16) below the pool's
keep-alive size (20), which keeps the pool from closing and reopening connections.
"""

from __future__ import annotations

import asyncio
import contextvars
import importlib.util
import os
from collections.abc import AsyncIterator, Callable
from typing import TYPE_CHECKING, Any, Literal, TypeVar

import httpx

from ._errors import ValidationError

if TYPE_CHECKING:
    import aiohttp

__all__ = [
    "DEFAULT_MAX_IN_FLIGHT",
    "TRANSPORT_ENV",
    "AsyncTransportName",
    "Wire",
    "async_http_client",
    "may_have_been_sent",
    "resolve_async_transport",
    "sync_http_client",
    "wire_extensions",
]

C = TypeVar("C", httpx.Client, httpx.AsyncClient)
AsyncTransportName = Literal["auto", "httpx", "aiohttp"]
TRANSPORT_ENV = "TNZ_ASYNC_TRANSPORT"
# httpx's default pool keeps 20 idle connections; staying below it keeps every connection alive.
DEFAULT_MAX_IN_FLIGHT = 16
WIRE_KEY = "tnz.wire"


class Wire:
    """What the transport reported for one attempt: did it get that far, did it start writing."""

    __slots__ = ("observed", "written")

    def __init__(self) -> None:
        self.observed = False  # a hook fired: the fields below are knowledge, not defaults
        self.written = False  # the transport started writing the request (or held a connection for it)

    def _note(self, event: str) -> None:
        self.observed = True
        if "send_request" in event:  # httpcore: http11/http2 .send_request_headers/.send_request_body
            self.written = True

    def trace(self, event: str, info: dict[str, Any]) -> None:
        self._note(event)

    async def atrace(self, event: str, info: dict[str, Any]) -> None:
        self._note(event)


def wire_extensions(*, is_async: bool) -> dict[str, Any]:
    """Request extensions carrying a fresh ``Wire`` and the httpcore trace hook that fills it."""
    wire = Wire()
    return {WIRE_KEY: wire, "trace": wire.atrace if is_async else wire.trace}


# httpx raises these (or maps them from httpcore) only before any byte of the request was written.
_CONNECT_PHASE = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.UnsupportedProtocol)


def may_have_been_sent(exc: httpx.RequestError) -> bool:
    """True unless the SDK knows that no byte of the request left: when in doubt, it may have."""
    try:
        wire = exc.request.extensions.get(WIRE_KEY)
    except RuntimeError:  # raised without its request: nothing known about the wire
        wire = None
    if isinstance(wire, Wire) and wire.observed:
        return wire.written
    if not isinstance(exc, _CONNECT_PHASE):
        return True
    cause = exc.__cause__
    # Translated from another library (httpx-aiohttp's ConnectTimeout...): its meaning is not httpx's.
    return cause is not None and not type(cause).__module__.startswith("httpcore")


# ---------------------------------------------------------------------------------------- async transport
def aiohttp_available() -> bool:
    return importlib.util.find_spec("httpx_aiohttp") is not None and importlib.util.find_spec("aiohttp") is not None


def resolve_async_transport(transport: str | None) -> Literal["httpx", "aiohttp"]:
    """The transport AsyncTNZClient builds: the argument, else TNZ_ASYNC_TRANSPORT, else the fastest installed."""
    chosen = transport if transport not in (None, "auto") else os.environ.get(TRANSPORT_ENV) or "auto"
    if chosen == "auto":
        return "aiohttp" if aiohttp_available() else "httpx"
    if chosen == "httpx":
        return "httpx"
    if chosen == "aiohttp":
        if not aiohttp_available():
            raise ValidationError("transport", "'aiohttp' needs the aiohttp extra: pip install 'tnz-sdk[aiohttp]'")
        return "aiohttp"
    raise ValidationError(
        "transport", f"must be 'auto', 'httpx' or 'aiohttp' (argument or ${TRANSPORT_ENV}), not {chosen!r}"
    )


_CURRENT: contextvars.ContextVar[Wire | None] = contextvars.ContextVar("tnz_wire", default=None)


def _aiohttp_session_factory() -> Callable[[], aiohttp.ClientSession]:
    """A ClientSession built lazily (aiohttp wants a running loop) whose connector fills the Wire.

    aiohttp writes a request as soon as it holds a connection for it, so holding one is where the
    request may start to leave; failing to get one (refused, DNS, pool timeout) means it did not.
    A connector hook costs one call per request, where trace signals would cost eight.
    """
    import aiohttp

    class WireConnector(aiohttp.TCPConnector):
        async def connect(self, req: Any, traces: Any, timeout: Any) -> Any:
            wire = _CURRENT.get()
            if wire is not None:
                wire.observed = True
            connection = await super().connect(req, traces, timeout)
            if wire is not None:
                wire.written = True
            return connection

    def make() -> aiohttp.ClientSession:
        # httpx's default pool size and keep-alive expiry, so both transports pool alike.
        connector = WireConnector(ssl=httpx.create_ssl_context(), limit=100, keepalive_timeout=5.0)
        return aiohttp.ClientSession(connector=connector)

    return make


def _remap_aiohttp(exc: httpx.TransportError, request: httpx.Request) -> httpx.TransportError:
    """httpx-aiohttp's mapping, corrected: what aiohttp saw, in httpx's terms (the class only names the
    failure; whether the request was sent comes from the Wire)."""
    import aiohttp

    cause = exc.__cause__
    mapped: type[httpx.TransportError]
    if isinstance(cause, aiohttp.ConnectionTimeoutError):
        mapped = httpx.ConnectTimeout
    elif isinstance(cause, aiohttp.ServerTimeoutError):  # sock_read
        mapped = httpx.ReadTimeout
    elif isinstance(cause, aiohttp.ClientConnectorError):
        mapped = httpx.ConnectError
    elif isinstance(cause, aiohttp.ServerDisconnectedError | aiohttp.ClientPayloadError):
        mapped = httpx.RemoteProtocolError
    elif isinstance(cause, aiohttp.ClientOSError):
        mapped = httpx.ReadError
    else:
        return exc
    if type(exc) is mapped:
        return exc
    new = mapped(str(exc) or type(cause).__name__, request=request)
    new.__cause__ = cause
    return new


class _ReleasingStream(httpx.AsyncByteStream):
    """The response body; closing it frees the in-flight slot its request held."""

    def __init__(self, stream: httpx.AsyncByteStream, release: Callable[[], None]) -> None:
        self._stream, self._release = stream, release

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._stream:
            yield chunk

    async def aclose(self) -> None:
        release, self._release = self._release, _noop
        try:
            await self._stream.aclose()
        finally:
            release()


def _noop() -> None:
    pass


class _SDKTransport(httpx.AsyncBaseTransport):
    """Wraps the real transport: sets the current Wire for aiohttp's hooks, caps requests in flight,
    and names aiohttp's failures correctly."""

    def __init__(self, inner: httpx.AsyncBaseTransport, *, aiohttp: bool, max_in_flight: int | None) -> None:
        self._inner = inner
        self._aiohttp = aiohttp
        self._gate = asyncio.Semaphore(max_in_flight) if max_in_flight else None

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        wire = request.extensions.get(WIRE_KEY)
        token = _CURRENT.set(wire if isinstance(wire, Wire) else None)
        gate = self._gate
        try:
            if gate is not None:
                await gate.acquire()
            response = await self._inner.handle_async_request(request)
        except httpx.TransportError as exc:
            if gate is not None:
                gate.release()
            remapped = _remap_aiohttp(exc, request) if self._aiohttp else exc
            if remapped is exc:
                raise
            raise remapped from exc.__cause__
        except BaseException:
            if gate is not None:
                gate.release()
            raise
        finally:
            _CURRENT.reset(token)
        if gate is not None:
            assert isinstance(response.stream, httpx.AsyncByteStream)
            response.stream = _ReleasingStream(response.stream, gate.release)
        return response

    async def aclose(self) -> None:
        await self._inner.aclose()


class _NoCookies(httpx.Cookies):
    """TNZ's API sets no cookies, yet httpx builds two urllib objects per response to look for
    some: about a tenth of a send's time. The clients the SDK builds skip that."""

    def extract_cookies(self, response: httpx.Response) -> None:
        pass


def _without_cookies(client: C) -> C:
    if isinstance(getattr(client, "_cookies", None), httpx.Cookies):  # where httpx 0.2x keeps them
        client._cookies = _NoCookies()
    return client


def sync_http_client(*, timeout: httpx.Timeout) -> httpx.Client:
    """The httpx.Client TNZClient owns."""
    return _without_cookies(httpx.Client(timeout=timeout))


def async_http_client(
    *, timeout: httpx.Timeout, transport: str | None, max_in_flight: int | None
) -> tuple[httpx.AsyncClient, Literal["httpx", "aiohttp"]]:
    """The httpx.AsyncClient AsyncTNZClient owns, over the chosen transport."""
    kind = resolve_async_transport(transport)
    inner: httpx.AsyncBaseTransport
    if kind == "aiohttp":
        from httpx_aiohttp import AiohttpTransport

        inner = AiohttpTransport(client=_aiohttp_session_factory())
        cap = max_in_flight
    else:
        inner = httpx.AsyncHTTPTransport()
        cap = DEFAULT_MAX_IN_FLIGHT if max_in_flight is None else max_in_flight
    sdk = _SDKTransport(inner, aiohttp=kind == "aiohttp", max_in_flight=cap)
    return _without_cookies(httpx.AsyncClient(timeout=timeout, transport=sdk)), kind
