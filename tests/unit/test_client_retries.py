"""Retries: what is retried (reads, idempotent actions, sends that provably never left), how long
the client waits (full-jitter backoff, bounded Retry-After), and what surfaces when it gives up.

Every request goes through a real httpx client whose transport is pytest-httpx's mock; sleeps are
recorded instead of slept.
"""

from __future__ import annotations

import asyncio
import email.utils
import json
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from pytest_httpx import HTTPXMock

import tnz_ext._client
import tnz_ext._retry
from tnz_ext import (
    DEFAULT_BASE_URL,
    AsyncTNZClient,
    RateLimitError,
    RetryPolicy,
    ServerError,
    TimeoutError,
    TNZClient,
    TNZError,
    TransportError,
)

TOKEN = "unit-test-token"
MESSAGE_ID = "ID123456"
NUMBER = "+64210000001"
STATUS_OK = {"Result": "Success", "MessageID": MESSAGE_ID}
ACTION_OK = {"Result": "Success", "MessageID": MESSAGE_ID}

Failure = int | type[httpx.TransportError]


# ---------------------------------------------------------------------------------------- helpers
@pytest.fixture(autouse=True)
def _no_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TNZ_AUTH_TOKEN", raising=False)
    monkeypatch.delenv("TNZ_BASE_URL", raising=False)


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Delays the client asked to sleep, sync or async; nothing actually sleeps."""
    delays: list[float] = []

    async def fake_async_sleep(delay: float) -> None:
        delays.append(delay)

    monkeypatch.setattr(tnz_ext._client.time, "sleep", delays.append)
    monkeypatch.setattr(asyncio, "sleep", fake_async_sleep)
    return delays


@pytest.fixture
def client() -> Iterator[TNZClient]:
    with TNZClient(auth_token=TOKEN, base_url=DEFAULT_BASE_URL, max_retries=2) as c:
        yield c


def make_client(**config: Any) -> TNZClient:
    return TNZClient(auth_token=TOKEN, base_url=DEFAULT_BASE_URL, **config)


def add_failure(httpx_mock: HTTPXMock, failure: Failure, headers: dict[str, str] | None = None) -> None:
    if isinstance(failure, int):
        body = {"Result": "Failed", "Message": f"HTTP {failure} from the mock"}
        httpx_mock.add_response(status_code=failure, json=body, headers=headers)
    else:
        httpx_mock.add_exception(failure(f"{failure.__name__} from the mock"))


def echo_send_ok(request: httpx.Request) -> httpx.Response:
    """A 200 SendResponse echoing the request's MessageID, as TNZ does."""
    return httpx.Response(200, json={"Result": "Success", "MessageID": sent_message_id(request)})


def sent_message_id(request: httpx.Request) -> str:
    return str(json.loads(request.content)["MessageData"]["MessageID"])


RETRYABLE: list[Failure] = [httpx.ConnectError, httpx.ReadTimeout, 429, 500, 502, 503, 504]
EXPECTED_ERROR: dict[Failure, type[TNZError]] = {
    httpx.ConnectError: TransportError,
    httpx.ReadTimeout: TimeoutError,
    429: RateLimitError,
    500: ServerError,
    502: ServerError,
    503: ServerError,
    504: ServerError,
}


def failure_id(failure: Failure) -> str:
    return str(failure) if isinstance(failure, int) else failure.__name__


# ---------------------------------------------------------------------------------------- reads (GET)
@pytest.mark.parametrize("failure", RETRYABLE, ids=failure_id)
def test_get_is_retried_then_succeeds(
    client: TNZClient, httpx_mock: HTTPXMock, sleeps: list[float], failure: Failure
) -> None:
    add_failure(httpx_mock, failure)
    add_failure(httpx_mock, failure)
    httpx_mock.add_response(json=STATUS_OK)

    result = client.reports.status(MESSAGE_ID)

    assert result.result == "Success"
    requests = httpx_mock.get_requests()
    assert len(requests) == 3
    assert all(r.method == "GET" and r.url == f"{DEFAULT_BASE_URL}/get/status/{MESSAGE_ID}" for r in requests)
    assert len(sleeps) == 2


@pytest.mark.parametrize("failure", RETRYABLE, ids=failure_id)
def test_get_gives_up_after_max_retries_plus_one(
    client: TNZClient, httpx_mock: HTTPXMock, sleeps: list[float], failure: Failure
) -> None:
    for _ in range(3):
        add_failure(httpx_mock, failure)

    with pytest.raises(EXPECTED_ERROR[failure]) as caught:
        client.reports.status(MESSAGE_ID)

    assert type(caught.value) is EXPECTED_ERROR[failure]
    assert caught.value.message_id == MESSAGE_ID
    assert MESSAGE_ID in str(caught.value)
    assert len(httpx_mock.get_requests()) == 3
    assert len(sleeps) == 2  # no sleep after the last attempt


def test_get_gives_up_on_connect_error_saying_nothing_was_sent(
    client: TNZClient, httpx_mock: HTTPXMock, sleeps: list[float]
) -> None:
    for _ in range(3):
        httpx_mock.add_exception(httpx.ConnectError("refused"))

    with pytest.raises(TransportError) as caught:
        client.reports.status(MESSAGE_ID)

    assert caught.value.request_sent is False
    assert isinstance(caught.value.__cause__, httpx.ConnectError)


def test_get_gives_up_on_read_timeout_saying_it_may_have_been_sent(
    client: TNZClient, httpx_mock: HTTPXMock, sleeps: list[float]
) -> None:
    for _ in range(3):
        httpx_mock.add_exception(httpx.ReadTimeout("slow"))

    with pytest.raises(TimeoutError) as caught:
        client.reports.status(MESSAGE_ID)

    assert caught.value.request_sent is True
    assert isinstance(caught.value, TransportError)


def test_rate_limit_error_after_giving_up_keeps_retry_after(
    client: TNZClient, httpx_mock: HTTPXMock, sleeps: list[float]
) -> None:
    for _ in range(3):
        add_failure(httpx_mock, 429, headers={"Retry-After": "2"})

    with pytest.raises(RateLimitError) as caught:
        client.reports.status(MESSAGE_ID)

    assert caught.value.retry_after == 2.0
    assert caught.value.status_code == 429
    assert sleeps == [2.0, 2.0]


def test_non_retryable_status_is_not_retried(client: TNZClient, httpx_mock: HTTPXMock, sleeps: list[float]) -> None:
    add_failure(httpx_mock, 400)

    with pytest.raises(TNZError):
        client.reports.status(MESSAGE_ID)

    assert len(httpx_mock.get_requests()) == 1
    assert sleeps == []


# ---------------------------------------------------------------------------------------- backoff
def test_backoff_is_full_jitter_within_bounds(httpx_mock: HTTPXMock, sleeps: list[float]) -> None:
    policy = RetryPolicy(max_retries=5, backoff_initial=0.5, backoff_max=3.0)
    for _ in range(5):
        add_failure(httpx_mock, 503)
    httpx_mock.add_response(json=STATUS_OK)

    with make_client(retry_policy=policy) as client:
        client.reports.status(MESSAGE_ID)

    assert len(sleeps) == 5
    for n, delay in enumerate(sleeps):
        assert 0.0 <= delay <= min(policy.backoff_max, policy.backoff_initial * 2**n)


def test_backoff_draws_from_zero_to_the_capped_exponential(
    httpx_mock: HTTPXMock, sleeps: list[float], monkeypatch: pytest.MonkeyPatch
) -> None:
    draws: list[tuple[float, float]] = []

    def top_of_range(a: float, b: float) -> float:
        draws.append((a, b))
        return b

    monkeypatch.setattr(tnz_ext._retry.random, "uniform", top_of_range)
    policy = RetryPolicy(max_retries=5, backoff_initial=0.5, backoff_max=3.0)
    for _ in range(3):
        httpx_mock.add_exception(httpx.ConnectError("refused"))
    for _ in range(2):
        add_failure(httpx_mock, 502)
    httpx_mock.add_response(json=STATUS_OK)

    with make_client(retry_policy=policy) as client:
        client.reports.status(MESSAGE_ID)

    assert draws == [(0.0, 0.5), (0.0, 1.0), (0.0, 2.0), (0.0, 3.0), (0.0, 3.0)]
    assert sleeps == [0.5, 1.0, 2.0, 3.0, 3.0]


def test_retry_after_seconds_is_used_exactly(client: TNZClient, httpx_mock: HTTPXMock, sleeps: list[float]) -> None:
    add_failure(httpx_mock, 429, headers={"Retry-After": "3"})
    httpx_mock.add_response(json=STATUS_OK)

    client.reports.status(MESSAGE_ID)

    assert sleeps == [3.0]


def test_retry_after_on_a_503_is_honoured(client: TNZClient, httpx_mock: HTTPXMock, sleeps: list[float]) -> None:
    add_failure(httpx_mock, 503, headers={"Retry-After": "4"})
    httpx_mock.add_response(json=STATUS_OK)

    client.reports.status(MESSAGE_ID)

    assert sleeps == [4.0]


def test_retry_after_http_date(client: TNZClient, httpx_mock: HTTPXMock, sleeps: list[float]) -> None:
    when = datetime.now(UTC) + timedelta(seconds=30)
    add_failure(httpx_mock, 429, headers={"Retry-After": email.utils.format_datetime(when, usegmt=True)})
    httpx_mock.add_response(json=STATUS_OK)

    client.reports.status(MESSAGE_ID)

    # The date has one-second resolution: somewhere in (29, 30], minus however long the test took.
    assert len(sleeps) == 1
    assert 20.0 <= sleeps[0] <= 30.0


def test_retry_after_http_date_in_the_past_means_now(
    client: TNZClient, httpx_mock: HTTPXMock, sleeps: list[float]
) -> None:
    add_failure(httpx_mock, 503, headers={"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"})
    httpx_mock.add_response(json=STATUS_OK)

    client.reports.status(MESSAGE_ID)

    assert sleeps == [0.0]


def test_unparseable_retry_after_falls_back_to_backoff(
    client: TNZClient, httpx_mock: HTTPXMock, sleeps: list[float]
) -> None:
    add_failure(httpx_mock, 503, headers={"Retry-After": "soon, probably"})
    httpx_mock.add_response(json=STATUS_OK)

    client.reports.status(MESSAGE_ID)

    assert len(sleeps) == 1
    assert 0.0 <= sleeps[0] <= RetryPolicy().backoff_initial


def test_huge_retry_after_is_capped(client: TNZClient, httpx_mock: HTTPXMock, sleeps: list[float]) -> None:
    add_failure(httpx_mock, 429, headers={"Retry-After": "100000"})
    httpx_mock.add_response(json=STATUS_OK)

    client.reports.status(MESSAGE_ID)

    assert sleeps == [RetryPolicy().retry_after_max] == [60.0]


def test_retry_after_cap_is_configurable(httpx_mock: HTTPXMock, sleeps: list[float]) -> None:
    add_failure(httpx_mock, 503, headers={"Retry-After": "100000"})
    httpx_mock.add_response(json=STATUS_OK)

    with make_client(retry_policy=RetryPolicy(retry_after_max=5.0)) as client:
        client.reports.status(MESSAGE_ID)

    assert sleeps == [5.0]


# ---------------------------------------------------------------------------------------- sends (POST)
MAY_HAVE_ARRIVED: list[Failure] = [
    httpx.ReadTimeout,
    httpx.WriteTimeout,
    httpx.RemoteProtocolError,
    httpx.ReadError,
    500,
    503,
]  # 429 is not here: it is an explicit refusal, so a send is retried on it (tests/hardening)
SEND_ERROR: dict[Failure, type[TNZError]] = {
    httpx.ReadTimeout: TimeoutError,
    httpx.WriteTimeout: TimeoutError,
    httpx.RemoteProtocolError: TransportError,
    httpx.ReadError: TransportError,
    500: ServerError,
    503: ServerError,
    429: RateLimitError,
}


@pytest.mark.parametrize("failure", MAY_HAVE_ARRIVED, ids=failure_id)
def test_send_is_not_retried_once_it_may_have_arrived(
    client: TNZClient, httpx_mock: HTTPXMock, sleeps: list[float], failure: Failure
) -> None:
    add_failure(httpx_mock, failure, headers={"Retry-After": "1"} if failure == 429 else None)

    with pytest.raises(SEND_ERROR[failure]) as caught:
        client.messaging.sms("Hello", to=NUMBER)

    error = caught.value
    assert type(error) is SEND_ERROR[failure]
    [request] = httpx_mock.get_requests()
    assert request.method == "POST"
    assert request.url == f"{DEFAULT_BASE_URL}/send/sms"
    sent_id = sent_message_id(request)
    assert uuid.UUID(sent_id).version == 4
    assert error.message_id == sent_id
    assert sent_id in str(error)
    if isinstance(error, TransportError):
        assert error.request_sent is True
        assert "check its status" in str(error)
    assert sleeps == []


def test_send_not_retried_keeps_the_callers_message_id(
    client: TNZClient, httpx_mock: HTTPXMock, sleeps: list[float]
) -> None:
    httpx_mock.add_exception(httpx.ReadTimeout("slow"))

    with pytest.raises(TimeoutError) as caught:
        client.messaging.sms("Hello", to=NUMBER, message_id="Mine-001")

    [request] = httpx_mock.get_requests()
    assert sent_message_id(request) == "Mine-001"
    assert caught.value.message_id == "Mine-001"


NEVER_LEFT: list[type[httpx.TransportError]] = [httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout]


@pytest.mark.parametrize("exc", NEVER_LEFT, ids=failure_id)
def test_send_is_retried_when_it_never_left(
    client: TNZClient, httpx_mock: HTTPXMock, sleeps: list[float], exc: type[httpx.TransportError]
) -> None:
    httpx_mock.add_exception(exc("never connected"))
    httpx_mock.add_exception(exc("never connected"))
    httpx_mock.add_callback(echo_send_ok)

    result = client.messaging.sms("Hello", to=NUMBER)

    requests = httpx_mock.get_requests()
    assert len(requests) == 3
    assert len({r.content for r in requests}) == 1  # byte-identical: the same message, never a new one
    assert len({sent_message_id(r) for r in requests}) == 1
    assert result.message_id == sent_message_id(requests[0])
    assert len(sleeps) == 2


def test_send_gives_up_on_connect_error_saying_nothing_was_sent(
    client: TNZClient, httpx_mock: HTTPXMock, sleeps: list[float]
) -> None:
    for _ in range(3):
        httpx_mock.add_exception(httpx.ConnectError("refused"))

    with pytest.raises(TransportError) as caught:
        client.messaging.sms("Hello", to=NUMBER)

    requests = httpx_mock.get_requests()
    assert len(requests) == 3
    assert caught.value.request_sent is False
    assert caught.value.message_id == sent_message_id(requests[0])
    assert "check its status" not in str(caught.value)


def test_send_connect_error_then_read_timeout_stops_at_the_timeout(
    client: TNZClient, httpx_mock: HTTPXMock, sleeps: list[float]
) -> None:
    httpx_mock.add_exception(httpx.ConnectError("refused"))
    httpx_mock.add_exception(httpx.ReadTimeout("slow"))

    with pytest.raises(TimeoutError) as caught:
        client.messaging.sms("Hello", to=NUMBER)

    requests = httpx_mock.get_requests()
    assert len(requests) == 2
    assert requests[0].content == requests[1].content
    assert caught.value.request_sent is True
    assert len(sleeps) == 1


# ---------------------------------------------------------------------------------------- actions
def test_resubmit_is_not_retried_on_503(client: TNZClient, httpx_mock: HTTPXMock, sleeps: list[float]) -> None:
    add_failure(httpx_mock, 503)

    with pytest.raises(ServerError) as caught:
        client.actions.resubmit(MESSAGE_ID)

    [request] = httpx_mock.get_requests()
    assert request.method == "PATCH"
    assert request.url == f"{DEFAULT_BASE_URL}/set/resubmit/{MESSAGE_ID}"
    assert caught.value.message_id == MESSAGE_ID
    assert sleeps == []


def test_resubmit_is_not_retried_after_a_read_timeout(
    client: TNZClient, httpx_mock: HTTPXMock, sleeps: list[float]
) -> None:
    httpx_mock.add_exception(httpx.ReadTimeout("slow"))

    with pytest.raises(TimeoutError) as caught:
        client.actions.resubmit(MESSAGE_ID, send_time="2030-12-31T23:00")

    assert len(httpx_mock.get_requests()) == 1
    assert caught.value.request_sent is True
    assert caught.value.message_id == MESSAGE_ID


def test_resubmit_is_retried_when_it_never_left(client: TNZClient, httpx_mock: HTTPXMock, sleeps: list[float]) -> None:
    httpx_mock.add_exception(httpx.ConnectError("refused"))
    httpx_mock.add_response(json=ACTION_OK)

    assert client.actions.resubmit(MESSAGE_ID).result == "Success"
    assert len(httpx_mock.get_requests()) == 2


@pytest.mark.parametrize(
    ("name", "args", "method", "path"),
    [
        ("abort", (MESSAGE_ID,), "PATCH", "/set/abort/"),
        ("reschedule", (MESSAGE_ID, "2030-12-31T23:00"), "PATCH", "/set/reschedule/"),
        ("pacing", (MESSAGE_ID, 2), "PATCH", "/set/pacing/"),
    ],
)
def test_idempotent_actions_are_retried_on_503(
    client: TNZClient,
    httpx_mock: HTTPXMock,
    sleeps: list[float],
    name: str,
    args: tuple[Any, ...],
    method: str,
    path: str,
) -> None:
    add_failure(httpx_mock, 503)
    add_failure(httpx_mock, 503)
    httpx_mock.add_response(json=ACTION_OK)

    result = getattr(client.actions, name)(*args)

    assert result.result == "Success"
    requests = httpx_mock.get_requests()
    assert len(requests) == 3
    assert {r.method for r in requests} == {method}
    assert {r.url.path for r in requests} == {f"/api/v2.04{path}{MESSAGE_ID}"}
    assert len({r.content for r in requests}) == 1
    assert len(sleeps) == 2


def test_idempotent_action_is_retried_after_a_read_timeout(
    client: TNZClient, httpx_mock: HTTPXMock, sleeps: list[float]
) -> None:
    httpx_mock.add_exception(httpx.ReadTimeout("slow"))
    httpx_mock.add_response(json=ACTION_OK)

    assert client.actions.abort(MESSAGE_ID).result == "Success"
    assert len(httpx_mock.get_requests()) == 2


# ---------------------------------------------------------------------------------------- max_retries=0
@pytest.mark.parametrize("failure", [503, httpx.ConnectError, httpx.ReadTimeout], ids=failure_id)
@pytest.mark.parametrize("how", ["max_retries", "retry_policy"])
def test_max_retries_zero_means_one_attempt(
    httpx_mock: HTTPXMock, sleeps: list[float], failure: Failure, how: str
) -> None:
    config: dict[str, Any] = (
        {"max_retries": 0} if how == "max_retries" else {"retry_policy": RetryPolicy(max_retries=0)}
    )
    add_failure(httpx_mock, failure)

    with make_client(**config) as client, pytest.raises(EXPECTED_ERROR[failure]):
        client.reports.status(MESSAGE_ID)

    assert len(httpx_mock.get_requests()) == 1
    assert sleeps == []


def test_max_retries_zero_send_on_connect_error_is_one_attempt(httpx_mock: HTTPXMock, sleeps: list[float]) -> None:
    httpx_mock.add_exception(httpx.ConnectError("refused"))

    with make_client(max_retries=0) as client, pytest.raises(TransportError) as caught:
        client.messaging.sms("Hello", to=NUMBER)

    assert len(httpx_mock.get_requests()) == 1
    assert caught.value.request_sent is False


# ---------------------------------------------------------------------------------------- async
@pytest.mark.parametrize("failure", [httpx.ConnectError, httpx.ReadTimeout, 429, 503], ids=failure_id)
async def test_async_get_is_retried_then_succeeds(httpx_mock: HTTPXMock, sleeps: list[float], failure: Failure) -> None:
    add_failure(httpx_mock, failure)
    add_failure(httpx_mock, failure)
    httpx_mock.add_response(json=STATUS_OK)

    async with AsyncTNZClient(auth_token=TOKEN, base_url=DEFAULT_BASE_URL, max_retries=2) as client:
        result = await client.reports.status(MESSAGE_ID)

    assert result.result == "Success"
    assert len(httpx_mock.get_requests()) == 3
    assert len(sleeps) == 2


async def test_async_get_gives_up_after_max_retries_plus_one(httpx_mock: HTTPXMock, sleeps: list[float]) -> None:
    for _ in range(3):
        add_failure(httpx_mock, 500)

    async with AsyncTNZClient(auth_token=TOKEN, base_url=DEFAULT_BASE_URL, max_retries=2) as client:
        with pytest.raises(ServerError) as caught:
            await client.reports.status(MESSAGE_ID)

    assert caught.value.message_id == MESSAGE_ID
    assert len(httpx_mock.get_requests()) == 3


async def test_async_retry_after_is_used_exactly(httpx_mock: HTTPXMock, sleeps: list[float]) -> None:
    add_failure(httpx_mock, 429, headers={"Retry-After": "3"})
    httpx_mock.add_response(json=STATUS_OK)

    async with AsyncTNZClient(auth_token=TOKEN, base_url=DEFAULT_BASE_URL) as client:
        await client.reports.status(MESSAGE_ID)

    assert sleeps == [3.0]


@pytest.mark.parametrize("failure", MAY_HAVE_ARRIVED, ids=failure_id)
async def test_async_send_is_not_retried_once_it_may_have_arrived(
    httpx_mock: HTTPXMock, sleeps: list[float], failure: Failure
) -> None:
    add_failure(httpx_mock, failure)

    async with AsyncTNZClient(auth_token=TOKEN, base_url=DEFAULT_BASE_URL) as client:
        with pytest.raises(SEND_ERROR[failure]) as caught:
            await client.messaging.sms("Hello", to=NUMBER)

    [request] = httpx_mock.get_requests()
    assert caught.value.message_id == sent_message_id(request)
    if isinstance(caught.value, TransportError):
        assert caught.value.request_sent is True
        assert "check its status" in str(caught.value)
    assert sleeps == []


@pytest.mark.parametrize("exc", NEVER_LEFT, ids=failure_id)
async def test_async_send_is_retried_when_it_never_left(
    httpx_mock: HTTPXMock, sleeps: list[float], exc: type[httpx.TransportError]
) -> None:
    httpx_mock.add_exception(exc("never connected"))
    httpx_mock.add_callback(echo_send_ok)

    async with AsyncTNZClient(auth_token=TOKEN, base_url=DEFAULT_BASE_URL) as client:
        result = await client.messaging.sms("Hello", to=NUMBER)

    requests = httpx_mock.get_requests()
    assert len(requests) == 2
    assert requests[0].content == requests[1].content
    assert result.message_id == sent_message_id(requests[0])
    assert len(sleeps) == 1


async def test_async_resubmit_is_not_retried_but_abort_is(httpx_mock: HTTPXMock, sleeps: list[float]) -> None:
    add_failure(httpx_mock, 503)
    add_failure(httpx_mock, 503)
    httpx_mock.add_response(json=ACTION_OK)

    async with AsyncTNZClient(auth_token=TOKEN, base_url=DEFAULT_BASE_URL) as client:
        with pytest.raises(ServerError):
            await client.actions.resubmit(MESSAGE_ID)
        assert len(httpx_mock.get_requests()) == 1
        assert (await client.actions.abort(MESSAGE_ID)).result == "Success"

    assert len(httpx_mock.get_requests()) == 3
