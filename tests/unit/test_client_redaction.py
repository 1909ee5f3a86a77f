"""The auth token never leaks: not in the client's repr, not in any error, not in any log record
(every logger at DEBUG, during retried requests), not in a RawResponse's repr.
"""

from __future__ import annotations

import asyncio
import logging
import traceback
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from pytest_httpx import HTTPXMock

import tnz_ext._client
from tnz_ext import DEFAULT_BASE_URL, APIError, AsyncTNZClient, TNZClient, TNZError, TransportError, ValidationError

TOKEN = "SECRET-TOKEN-123"
MESSAGE_ID = "ID123456"
NUMBER = "+64210000001"
OK = {"Result": "Success", "MessageID": MESSAGE_ID}


@pytest.fixture(autouse=True)
def _no_env_no_sleep(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TNZ_AUTH_TOKEN", raising=False)
    monkeypatch.delenv("TNZ_BASE_URL", raising=False)

    async def no_async_sleep(delay: float) -> None:
        return None

    monkeypatch.setattr(tnz_ext._client.time, "sleep", lambda delay: None)
    monkeypatch.setattr(asyncio, "sleep", no_async_sleep)


@pytest.fixture
def client() -> Iterator[TNZClient]:
    with TNZClient(auth_token=TOKEN, base_url=DEFAULT_BASE_URL, max_retries=2) as c:
        yield c


@pytest.fixture
def debug_logs(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    caplog.set_level(logging.DEBUG)
    for name in ("tnz_ext", "httpx", "httpcore", "pytest_httpx"):
        caplog.set_level(logging.DEBUG, logger=name)
    return caplog


def assert_no_token(*texts: str) -> None:
    for text in texts:
        assert TOKEN not in text


def assert_error_clean(error: BaseException) -> None:
    """Everything a caller might print or log about an error, chained causes included."""
    assert_no_token(
        repr(error),
        str(error),
        repr(error.args),
        "".join(traceback.format_exception(error)),
    )
    response = getattr(error, "response", None)
    if response is not None:
        headers = repr(response.request.headers)
        assert "[secure]" in headers  # httpx masks Authorization in its repr
        assert_no_token(repr(response), repr(response.headers), headers, str(response.request.headers))


def assert_logs_clean(caplog: pytest.LogCaptureFixture) -> None:
    for record in caplog.records:
        assert_no_token(record.getMessage(), repr(record.args), repr(record.__dict__))
    assert_no_token(caplog.text)


# ---------------------------------------------------------------------------------------- the client
@pytest.mark.parametrize("client_cls", [TNZClient, AsyncTNZClient])
def test_client_repr_and_str_hide_the_token(client_cls: type[Any]) -> None:
    client = client_cls(auth_token=TOKEN, base_url=DEFAULT_BASE_URL)
    assert_no_token(repr(client), str(client), repr(client.messaging), repr(client.retry), repr(client.settings))
    assert DEFAULT_BASE_URL in repr(client)


def test_client_from_environment_hides_the_token(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TNZ_AUTH_TOKEN", TOKEN)
    with TNZClient() as client:
        assert_no_token(repr(client), str(client))


# ---------------------------------------------------------------------------------------- API errors
@pytest.mark.parametrize("status", [400, 401, 404, 429, 500, 418])
def test_api_errors_hide_the_token(
    client: TNZClient, httpx_mock: HTTPXMock, debug_logs: pytest.LogCaptureFixture, status: int
) -> None:
    for _ in range(3 if status == 429 else 1):  # a 429 is retried, even on a send
        httpx_mock.add_response(status_code=status, json={"Result": "Failed", "Message": "Nope", "MessageID": "X"})

    with pytest.raises(APIError) as caught:
        client.messaging.sms("Hello", to=NUMBER)

    assert caught.value.response is not None
    assert_error_clean(caught.value)
    assert_logs_clean(debug_logs)


def test_malformed_response_error_hides_the_token(client: TNZClient, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(html="<html>oops</html>", is_reusable=True)  # a GET retries a bad body

    with pytest.raises(APIError) as caught:
        client.reports.status(MESSAGE_ID)

    assert_error_clean(caught.value)


def test_errors_after_retries_hide_the_token(
    client: TNZClient, httpx_mock: HTTPXMock, debug_logs: pytest.LogCaptureFixture
) -> None:
    for _ in range(3):
        httpx_mock.add_response(status_code=503, json={"Result": "Failed"}, headers={"Retry-After": "1"})

    with pytest.raises(APIError) as caught:
        client.reports.status(MESSAGE_ID)

    assert_error_clean(caught.value)
    assert_logs_clean(debug_logs)


# ---------------------------------------------------------------------------------------- transport errors
TRANSPORT: list[type[httpx.TransportError]] = [
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.ReadTimeout,
    httpx.WriteTimeout,
    httpx.PoolTimeout,
    httpx.ReadError,
    httpx.RemoteProtocolError,
]


@pytest.mark.parametrize("exc", TRANSPORT, ids=lambda e: e.__name__)
@pytest.mark.parametrize("kind", ["get", "send"])
def test_transport_errors_hide_the_token(
    client: TNZClient,
    httpx_mock: HTTPXMock,
    debug_logs: pytest.LogCaptureFixture,
    exc: type[httpx.TransportError],
    kind: str,
) -> None:
    for _ in range(3):
        httpx_mock.add_exception(exc("network trouble"), is_optional=True)

    with pytest.raises(TransportError) as caught:
        if kind == "get":
            client.reports.status(MESSAGE_ID)
        else:
            client.messaging.sms("Hello", to=NUMBER)

    assert_error_clean(caught.value)
    cause = caught.value.__cause__
    assert isinstance(cause, httpx.TransportError)
    assert "[secure]" in repr(cause.request.headers)
    assert_no_token(repr(cause.request.headers), repr(cause.request))
    assert_logs_clean(debug_logs)


# ---------------------------------------------------------------------------------------- validation errors
VALIDATION: dict[str, Callable[[TNZClient], Any]] = {
    "bad-number": lambda c: c.messaging.sms("Hello", to="12"),
    "bad-email": lambda c: c.messaging.email("Hi", to="not-an-email"),
    "long-reference": lambda c: c.messaging.sms("Hello", to=NUMBER, reference="x" * 81),
    "long-message-id": lambda c: c.reports.status("x" * 41),
    "http-callback": lambda c: c.messaging.sms("Hello", to=NUMBER, webhook_callback_url="http://example.com/hook"),
    "not-wav": lambda c: c.messaging.voice(b"not a wav", to=NUMBER),
    "date-range": lambda c: c.reports.sms_received(date_from="2024-01-01 00:00:00"),
}


@pytest.mark.parametrize("call", VALIDATION.values(), ids=VALIDATION.keys())
def test_validation_errors_hide_the_token(
    client: TNZClient, httpx_mock: HTTPXMock, debug_logs: pytest.LogCaptureFixture, call: Callable[[TNZClient], Any]
) -> None:
    with pytest.raises(ValidationError) as caught:
        call(client)

    assert_error_clean(caught.value)
    assert_logs_clean(debug_logs)
    assert httpx_mock.get_requests() == []


def test_missing_token_error_hides_nothing_it_should_not() -> None:
    with pytest.raises(ValidationError) as caught:
        TNZClient(auth_token="")
    assert_error_clean(caught.value)


# ---------------------------------------------------------------------------------------- logs and raw responses
def test_logs_of_retried_requests_hide_the_token(
    client: TNZClient, httpx_mock: HTTPXMock, debug_logs: pytest.LogCaptureFixture
) -> None:
    httpx_mock.add_response(status_code=503, json={"Result": "Failed"})
    httpx_mock.add_exception(httpx.ReadTimeout("slow"))
    httpx_mock.add_response(json=OK)
    httpx_mock.add_exception(httpx.ConnectError("refused"))
    httpx_mock.add_response(json=OK)

    client.reports.status(MESSAGE_ID)
    client.messaging.sms("Hello", to=NUMBER)

    assert len(httpx_mock.get_requests()) == 5
    loggers = {record.name for record in debug_logs.records}
    assert "tnz_ext" in loggers  # the retries were logged...
    # ...and so was each answer (by the SDK: its own client drives httpx's transport directly,
    # past the client method that writes httpx's "HTTP Request" line)
    assert sum("-> HTTP 200" in record.getMessage() for record in debug_logs.records) == 2
    assert sum("retrying" in record.getMessage() for record in debug_logs.records) == 3
    assert_logs_clean(debug_logs)


async def test_async_logs_and_errors_hide_the_token(
    httpx_mock: HTTPXMock, debug_logs: pytest.LogCaptureFixture
) -> None:
    httpx_mock.add_exception(httpx.ConnectError("refused"))
    httpx_mock.add_response(json=OK)
    httpx_mock.add_response(status_code=401, json={"Result": "Failed", "Message": "Bad token"})

    async with AsyncTNZClient(auth_token=TOKEN, base_url=DEFAULT_BASE_URL) as client:
        await client.reports.status(MESSAGE_ID)
        with pytest.raises(TNZError) as caught:
            await client.messaging.sms("Hello", to=NUMBER)
        assert_no_token(repr(client))

    assert_error_clean(caught.value)
    assert_logs_clean(debug_logs)


def test_raw_response_repr_hides_the_token(client: TNZClient, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json=OK)

    raw = client.reports.status.raw(MESSAGE_ID)

    assert_no_token(repr(raw), str(raw), repr(raw.http_response), repr(raw.headers))
    request_headers = repr(raw.http_response.request.headers)
    assert "[secure]" in request_headers
    assert_no_token(request_headers)
    # The token is really sent (so the checks above are not vacuous), and redacted once sent.
    assert httpx_mock.get_requests()[0].headers["Authorization"] == f"Basic {TOKEN}"
    assert raw.http_response.request.headers["Authorization"] == "[redacted]"
