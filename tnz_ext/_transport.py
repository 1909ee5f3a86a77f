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

AsyncTNZClient picks its transport here: its own aiohttp session, driven directly, when the
``aiohttp`` extra is installed (httpcore's async pool hands one idle connection to several
waiters and churns connections under load, several times slower; httpx's client machinery plus
the httpx-aiohttp adapter would cost more per request than aiohttp itself), httpx's own otherwise.
``transport="httpx"`` or the environment variable ``TNZ_ASYNC_TRANSPORT=httpx`` switches back.
On httpx's own transport the client caps the requests it has in flight (``max_in_flight``, default 16) below the pool's
keep-alive size (20), which keeps the pool from closing and reopening connections.
"""

from __future__ import annotations

import builtins
import contextvars
import importlib.util
import os
import time
import urllib.request
from collections.abc import AsyncIterator, Callable
from typing import TYPE_CHECKING, Any, Literal, TypeVar

import httpcore
import httpx

from ._errors import ValidationError

if TYPE_CHECKING:
    import aiohttp

__all__ = [
    "DEFAULT_MAX_IN_FLIGHT",
    "TRANSPORT_ENV",
    "AiohttpWire",
    "AsyncTransportName",
    "ResponseTooLarge",
    "Wire",
    "async_http_client",
    "declared_too_large",
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
    return importlib.util.find_spec("aiohttp") is not None


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


def declared_too_large(headers: httpx.Headers, max_bytes: int) -> bool:
    """A Content-Length over the cap (on a body that is not compressed: a compressed one is
    measured as it is decoded): refused before a byte of the body is read."""
    declared = headers.get("Content-Length", "")
    return declared.isdigit() and int(declared) > max_bytes and "Content-Encoding" not in headers


class ResponseTooLarge(Exception):
    """The body grew past the cap while being read (the response is kept, unread beyond it)."""

    def __init__(self, response: httpx.Response) -> None:
        super().__init__("response over max_response_bytes")
        self.response = response


def _map_aiohttp(exc: BaseException, request: httpx.Request) -> httpx.TransportError | None:
    """What aiohttp saw, in httpx's terms. The class only names the failure: whether the request
    was sent is read from the Wire, never from this mapping."""
    import aiohttp

    mapped: type[httpx.TransportError]
    if isinstance(exc, aiohttp.ConnectionTimeoutError):  # connect/sock_connect: before any byte
        mapped = httpx.ConnectTimeout
    elif isinstance(exc, aiohttp.ServerTimeoutError | builtins.TimeoutError):  # sock_read
        mapped = httpx.ReadTimeout
    elif isinstance(exc, aiohttp.ClientConnectorError):
        mapped = httpx.ConnectError
    elif isinstance(exc, aiohttp.InvalidURL):
        mapped = httpx.UnsupportedProtocol
    elif isinstance(exc, aiohttp.ClientOSError):
        mapped = httpx.ReadError
    elif isinstance(exc, aiohttp.ClientError):  # disconnected, bad payload, unparseable answer...
        mapped = httpx.RemoteProtocolError
    else:
        return None
    new = mapped(str(exc) or type(exc).__name__, request=request)
    new.__cause__ = exc
    return new


class _AlreadyRead(httpx.AsyncByteStream):
    """The stream of a response whose body the direct path has read already (into ``_content``)."""

    async def __aiter__(self) -> AsyncIterator[bytes]:
        return
        yield b""


_READ = _AlreadyRead()


class AiohttpWire:
    """The ``aiohttp`` extra's path: the SDK's own aiohttp session, driven directly.

    httpx's client machinery (request building, auth flow, redirects, hooks, streaming wrappers)
    and an httpx-to-aiohttp adapter cost more per request than aiohttp itself; with many
    requests in flight that is the difference between the wire's speed and half of it. So
    AsyncTNZClient hands the request it built straight to aiohttp and gets back an
    ``httpx.Response`` with the body already read (decoded, capped at ``max_bytes``): errors,
    retries and results are the same objects on both transports.

    The session is created on first use (aiohttp wants a running event loop). Its connector marks
    the request's Wire as written as soon as it holds a connection for it (aiohttp writes at
    once): failing to get one (refused, DNS, pool timeout) is the only "not sent".
    """

    def __init__(self, *, https: bool, max_in_flight: int | None) -> None:
        self._https = https
        self._session: aiohttp.ClientSession | None = None
        import asyncio  # only async clients need it

        self._gate = asyncio.Semaphore(max_in_flight) if max_in_flight else None
        self._timeouts: dict[tuple[Any, ...], Any] = {}
        self.closed = False

    def _open(self) -> aiohttp.ClientSession:
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

        # httpx's default pool size and keep-alive expiry, so both transports pool alike; its CA
        # bundle (certifi) too, loaded only for an https base URL.
        ssl: Any = httpx.create_ssl_context() if self._https else True
        connector = WireConnector(ssl=ssl, limit=100, keepalive_timeout=5.0)
        # No cookie jar: TNZ sets none, and a jar costs a lookup per request.
        self._session = aiohttp.ClientSession(connector=connector, cookie_jar=aiohttp.DummyCookieJar())
        return self._session

    def _timeout(self, request: httpx.Request) -> Any:
        t = request.extensions.get("timeout") or {}
        key = (t.get("connect"), t.get("read"), t.get("pool"))
        timeout = self._timeouts.get(key)
        if timeout is None:
            import aiohttp

            # As httpx-aiohttp maps them: pool wait -> connect, connect -> sock_connect, read -> sock_read.
            timeout = aiohttp.ClientTimeout(total=None, connect=key[2], sock_connect=key[0], sock_read=key[1])
            if len(self._timeouts) < 64:  # a handful of distinct values, unless a deadline cuts them
                self._timeouts[key] = timeout
        return timeout

    async def send(self, request: httpx.Request, headers: dict[str, str], max_bytes: int) -> httpx.Response:
        """POST/GET ``request`` with ``headers`` (the request's own plus the secret ones, which
        the request object never holds) and read the answer whole, up to ``max_bytes`` decoded."""
        if self.closed:
            raise RuntimeError("Cannot send a request, as the client has been closed.")
        session = self._session or self._open()
        wire = request.extensions.get(WIRE_KEY)
        token = _CURRENT.set(wire if isinstance(wire, Wire) else None)
        gate = self._gate
        if gate is not None:
            await gate.acquire()
        try:
            async with session.request(
                request.method, str(request.url), data=request.content or None, headers=headers,
                allow_redirects=False, timeout=self._timeout(request),
            ) as answer:  # fmt: skip
                # Given a stream that is not a ByteStream, httpx does not run the (empty) body
                # through its decoders; the body read below is set as the response's content.
                response = httpx.Response(
                    answer.status, headers=answer.raw_headers, request=request, stream=_READ,
                    extensions={"http_version": b"HTTP/1.1", "reason_phrase": (answer.reason or "").encode()},
                )  # fmt: skip
                if declared_too_large(response.headers, max_bytes):
                    raise ResponseTooLarge(response)
                content = answer.content
                parts, size = [], 0
                while chunk := await content.readany():  # decoded chunks: a gzip bomb stops at the cap
                    size += len(chunk)
                    if size > max_bytes:
                        raise ResponseTooLarge(response)
                    parts.append(chunk)
                response._content = parts[0] if len(parts) == 1 else b"".join(parts)
                response.is_stream_consumed = response.is_closed = True
                return response
        except ResponseTooLarge:
            raise
        except Exception as exc:
            mapped = _map_aiohttp(exc, request)
            if mapped is None:
                raise
            raise mapped from exc
        finally:
            _CURRENT.reset(token)
            if gate is not None:
                gate.release()

    async def aclose(self) -> None:
        self.closed = True
        if self._session is not None:
            await self._session.close()


class _AiohttpAdapter(httpx.AsyncBaseTransport):
    """The same session behind the client's ``httpx.AsyncClient`` (for anything that goes
    through httpx rather than the direct path), so there is one pool."""

    def __init__(self, wire: AiohttpWire, max_bytes: int) -> None:
        self._wire, self._max = wire, max_bytes

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            response = await self._wire.send(request, dict(request.headers), self._max)
        except ResponseTooLarge as exc:
            raise httpx.DecodingError("response over max_response_bytes", request=request) from exc
        return httpx.Response(
            response.status_code, headers=[(k, v) for k, v in response.headers.raw if k.lower() != b"content-encoding"],
            content=response.content, request=request, extensions=response.extensions,
        )  # fmt: skip

    async def aclose(self) -> None:
        await self._wire.aclose()


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
    """Wraps httpx's own transport: caps the requests in flight below the pool's keep-alive size."""

    def __init__(self, inner: httpx.AsyncBaseTransport, *, max_in_flight: int | None) -> None:
        self._inner = inner
        import asyncio  # only async clients need it

        self._gate = asyncio.Semaphore(max_in_flight) if max_in_flight else None

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        gate = self._gate
        if gate is None:
            return await self._inner.handle_async_request(request)
        await gate.acquire()
        try:
            response = await self._inner.handle_async_request(request)
        except BaseException:
            gate.release()
            raise
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


# ---------------------------------------------------------------------------------------- sync deadline
#: The monotonic time the current call must end by, set by TNZClient around each attempt.
DEADLINE: contextvars.ContextVar[float | None] = contextvars.ContextVar("tnz_deadline", default=None)


def _left(timeout: float | None) -> float | None:
    """``timeout`` cut to the time left before the call's deadline (at least a millisecond, so a
    passed deadline fails the next read at once rather than blocking)."""
    deadline = DEADLINE.get()
    if deadline is None:
        return timeout
    left = max(0.001, deadline - time.monotonic())
    return left if timeout is None or timeout > left else timeout


class _DeadlineStream(httpcore.NetworkStream):
    """A socket whose every read and write is cut to the time left before the call's deadline.

    httpx's timeouts are per read: a server dripping its response *headers* a byte at a time,
    each inside the read timeout, would otherwise hold a sync call open far past its deadline
    (the body is read in chunks, and the client checks the deadline between them)."""

    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _left(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _left(timeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        return _DeadlineStream(self._inner.start_tls(ssl_context, server_hostname, _left(timeout)))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _DeadlineBackend(httpcore.NetworkBackend):
    def __init__(self, inner: httpcore.NetworkBackend) -> None:
        self._inner = inner

    def connect_tcp(
        self, host: str, port: int, timeout: float | None = None, local_address: str | None = None,
        socket_options: Any = None,
    ) -> httpcore.NetworkStream:  # fmt: skip
        stream = self._inner.connect_tcp(host, port, _left(timeout), local_address, socket_options)
        return _DeadlineStream(stream)

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Any = None
    ) -> httpcore.NetworkStream:
        return _DeadlineStream(self._inner.connect_unix_socket(path, _left(timeout), socket_options))

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


def _bound_by_deadline(transport: object) -> None:
    # httpx 0.28 / httpcore 1.0 (pinned) keep the pool's backend here; elsewhere, per-read timeouts only.
    pool = getattr(transport, "_pool", None)
    backend = getattr(pool, "_network_backend", None)
    if isinstance(backend, httpcore.NetworkBackend):
        pool._network_backend = _DeadlineBackend(backend)  # type: ignore[union-attr]


def sync_http_client(*, timeout: httpx.Timeout) -> tuple[httpx.Client, httpx.HTTPTransport | None]:
    """The httpx.Client TNZClient owns, its sockets bound by each call's deadline, and the
    transport under it, which TNZClient drives directly.

    httpx.Client.send (auth flow, redirects, cookies, hooks, a timer per response) costs about a
    third of a request on loopback; the SDK's own client uses none of it. With a proxy set in the
    environment the client is built as usual and used as usual: httpx picks the route per URL.
    """
    if urllib.request.getproxies():
        client = httpx.Client(timeout=timeout)
        _bound_by_deadline(getattr(client, "_transport", None))
        return _without_cookies(client), None
    transport = httpx.HTTPTransport()  # what httpx.Client builds by default
    _bound_by_deadline(transport)
    return _without_cookies(httpx.Client(timeout=timeout, transport=transport)), transport


def async_http_client(
    *, timeout: httpx.Timeout, transport: str | None, max_in_flight: int | None, base_url: str, max_bytes: int
) -> tuple[httpx.AsyncClient, Literal["httpx", "aiohttp"], AiohttpWire | None]:
    """The httpx.AsyncClient AsyncTNZClient owns, and on the aiohttp extra the direct path under it."""
    kind = resolve_async_transport(transport)
    if kind == "aiohttp":
        wire = AiohttpWire(https=base_url.lower().startswith("https:"), max_in_flight=max_in_flight)
        http = httpx.AsyncClient(timeout=timeout, transport=_AiohttpAdapter(wire, max_bytes))
        return _without_cookies(http), kind, wire
    cap = DEFAULT_MAX_IN_FLIGHT if max_in_flight is None else max_in_flight
    sdk = _SDKTransport(httpx.AsyncHTTPTransport(), max_in_flight=cap)
    return _without_cookies(httpx.AsyncClient(timeout=timeout, transport=sdk)), kind, None
