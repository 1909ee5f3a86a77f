"""Never a duplicate send, on every transport: a real loopback server fails on purpose and counts,
server-side, every send it read. The same cases run on TNZClient, AsyncTNZClient over httpx's own
transport and AsyncTNZClient over the aiohttp extra's transport.

Then reconciliation: each ambiguous case (the answer lost after the request was read, a read
timeout, a 5xx, an HTML or truncated 200) ends known by asking the server's status endpoint, a
message the server has is never sent again, and with ``ReconcilePolicy(resend=True)`` one it never
got is sent once more with the same MessageID.
"""

from __future__ import annotations

import asyncio
import logging
import random
import socket
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from _fault_server import NOT_RECORDED, FaultServer

from tnz_ext import (
    AsyncTNZClient,
    MalformedResponseError,
    RateLimitError,
    RawResponse,
    ReconcilePolicy,
    ServerError,
    TimeoutError,
    TNZClient,
    TNZError,
    TransportError,
    ValidationError,
)
from tnz_ext._transport import aiohttp_available

TOKEN = "fault-test-token"
NUMBER = "+6421000001"
KINDS = ["sync", "async-httpx", "async-aiohttp"]
# Fast enough for a test suite; the read timeout is what a stalled server costs.
TIMEOUT = httpx.Timeout(2.0, read=0.3)
FAST = ReconcilePolicy(resend=True, settle=0.2, not_found_polls=2, backoff_initial=0.01, backoff_max=0.05, deadline=5)
EXPECTED: dict[str, type[TNZError]] = {
    "close_before_read": TransportError,
    "close_after_read": TransportError,
    "reset_after_read": TransportError,
    "stall": TimeoutError,
    "500": ServerError,
    "502": ServerError,
    "503_unreceived": ServerError,
    "truncated": TransportError,
    "html200": MalformedResponseError,
}
AMBIGUOUS = list(EXPECTED)


@pytest.fixture(scope="module")
def server() -> Iterator[FaultServer]:
    fault_server = FaultServer().start()
    try:
        yield fault_server
    finally:
        fault_server.stop()


@pytest.fixture(autouse=True)
def _clean(server: FaultServer, monkeypatch: pytest.MonkeyPatch) -> None:
    server.reset()
    monkeypatch.delenv("TNZ_ASYNC_TRANSPORT", raising=False)


def _skip_missing(kind: str) -> None:
    if kind == "async-aiohttp" and not aiohttp_available():
        pytest.skip("the aiohttp extra is not installed")


def run(kind: str, url: str, sends: list[str | None], **config: Any) -> list[RawResponse[Any] | TNZError]:
    """Send one SMS per entry (its MessageID, or a fresh one) on one client; results or errors, in order."""
    _skip_missing(kind)
    config = {"auth_token": TOKEN, "base_url": url, "timeout": TIMEOUT, **config}
    ids = [mid or uuid.uuid4().hex for mid in sends]
    out: list[RawResponse[Any] | TNZError] = []
    if kind == "sync":
        with TNZClient(**config) as client:
            for mid in ids:
                try:
                    out.append(client.messaging.sms.raw("hello", to=NUMBER, message_id=mid))
                except TNZError as exc:
                    out.append(exc)
        return out

    async def main() -> None:
        transport = kind.removeprefix("async-")
        async with AsyncTNZClient(transport=transport, **config) as client:
            assert client.transport == transport
            for mid in ids:
                try:
                    out.append(await client.messaging.sms.raw("hello", to=NUMBER, message_id=mid))
                except TNZError as exc:
                    out.append(exc)

    asyncio.run(main())
    return out


def mid_of(result: RawResponse[Any] | TNZError) -> str:
    found = result.message_id
    assert isinstance(found, str)
    return found


# ---------------------------------------------------------------------------------------- no duplicates
@pytest.mark.parametrize("fault", AMBIGUOUS)
@pytest.mark.parametrize("kind", KINDS)
def test_an_ambiguous_failure_is_never_resent(server: FaultServer, kind: str, fault: str) -> None:
    """One good send (a kept-alive connection), the faulty one on it, then another good one."""
    first, second, third = uuid.uuid4().hex, uuid.uuid4().hex, uuid.uuid4().hex
    server.set(faults=["__clean__", fault])
    results = run(kind, server.url, [first, second, third])

    ok1, failed, ok3 = results
    assert isinstance(ok1, RawResponse) and isinstance(ok3, RawResponse)
    assert type(failed) is EXPECTED[fault], failed
    assert failed.message_id == second
    assert getattr(failed, "request_sent", True) is True
    assert failed.reconciliation is None  # no policy: the caller decides
    assert TOKEN not in str(failed) and TOKEN not in repr(failed)
    received = server.all_received()
    assert received.get(second, 0) == (0 if fault in NOT_RECORDED else 1)
    assert received[first] == received[third] == 1
    assert max(received.values()) == 1


@pytest.mark.parametrize("kind", KINDS)
def test_read_then_close_on_a_fresh_connection_is_sent_and_not_retried(server: FaultServer, kind: str) -> None:
    """The case httpx-aiohttp reports as httpx.ConnectTimeout: the server read the request, then closed."""
    server.set(faults=["close_after_read"])
    [failed] = run(kind, server.url, [None], max_retries=3)

    assert isinstance(failed, TransportError) and not isinstance(failed, TimeoutError)
    assert failed.request_sent is True
    assert server.received(mid_of(failed)) == 1


@pytest.mark.parametrize("kind", KINDS)
def test_a_refused_connection_is_retried_as_never_sent(
    server: FaultServer, kind: str, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    import asyncio

    import tnz_ext._client

    async def no_sleep(delay: float) -> None:
        pass

    monkeypatch.setattr(tnz_ext._client.time, "sleep", lambda delay: None)
    monkeypatch.setattr(asyncio, "sleep", no_sleep)
    with socket.socket() as closed:  # a port nothing listens on
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    caplog.set_level(logging.INFO, logger="tnz_ext")

    [failed] = run(kind, f"http://127.0.0.1:{port}", [None], max_retries=2)

    assert isinstance(failed, TransportError)
    assert failed.request_sent is False
    assert len([r for r in caplog.records if r.getMessage().startswith("retrying POST")]) == 2


@pytest.mark.parametrize("kind", KINDS)
def test_429_on_a_send_never_duplicates(server: FaultServer, kind: str) -> None:
    server.set(faults=["429"])
    [result] = run(kind, server.url, [None])

    # Whether a 429 is retried is the retry policy's call; either way the server has it at most once.
    assert isinstance(result, RawResponse | RateLimitError)
    assert server.received(mid_of(result)) == (1 if isinstance(result, RawResponse) else 0)


# ---------------------------------------------------------------------------------------- reconciliation
@pytest.mark.parametrize("fault", sorted(set(AMBIGUOUS) - NOT_RECORDED))
@pytest.mark.parametrize("kind", KINDS)
def test_reconciled_a_message_the_server_has_is_never_resent(server: FaultServer, kind: str, fault: str) -> None:
    [result] = _run_faulted(server, kind, fault, FAST)

    assert isinstance(result, RawResponse), result
    assert result.reconciliation is not None
    assert result.reconciliation.outcome == "received"
    assert result.reconciliation.resent is False
    assert result.reconciliation.status is not None and result.reconciliation.status.message_id == result.message_id
    assert result.parsed.result == "Success" and result.parsed.message_id == result.message_id
    assert server.received(mid_of(result)) == 1


def _run_faulted(
    server: FaultServer, kind: str, fault: str, policy: ReconcilePolicy, **change: Any
) -> list[RawResponse[Any] | TNZError]:
    """One send under ``fault``; status polls are not retried inside a call (each answer counts once)."""
    server.set(faults=[fault], **change)
    return run(kind, server.url, [None], reconcile=policy, max_retries=0)


@pytest.mark.parametrize("fault", sorted(NOT_RECORDED - {"429"}))
@pytest.mark.parametrize("kind", KINDS)
def test_reconciled_a_message_the_server_never_got_is_resent_once(server: FaultServer, kind: str, fault: str) -> None:
    [result] = _run_faulted(server, kind, fault, FAST)

    assert isinstance(result, RawResponse), result
    assert result.reconciliation is not None
    assert result.reconciliation.outcome == "not_received"
    assert result.reconciliation.resent is True
    assert result.reconciliation.polls >= FAST.not_found_polls
    assert server.received(mid_of(result)) == 1  # the re-send, with the same MessageID


@pytest.mark.parametrize("kind", KINDS)
def test_without_the_opt_in_a_message_never_received_is_reported_not_resent(server: FaultServer, kind: str) -> None:
    policy = ReconcilePolicy(settle=0.1, not_found_polls=2, backoff_initial=0.01, backoff_max=0.05)
    [result] = _run_faulted(server, kind, "close_before_read", policy)

    assert isinstance(result, TransportError) and result.request_sent is True
    assert result.reconciliation is not None
    assert result.reconciliation.outcome == "not_received"
    assert result.reconciliation.resent is False
    assert server.received(mid_of(result)) == 0


@pytest.mark.parametrize("kind", KINDS)
def test_a_lagging_status_index_does_not_cause_a_resend(server: FaultServer, kind: str) -> None:
    """The server has the message but says "not found" for a while: settle outlasts the lag."""
    policy = ReconcilePolicy(resend=True, settle=0.5, not_found_polls=2, backoff_initial=0.02, backoff_max=0.1)
    [result] = _run_faulted(server, kind, "close_after_read", policy, status_lag=0.3)

    assert isinstance(result, RawResponse), result
    assert result.reconciliation is not None and result.reconciliation.outcome == "received"
    assert server.received(mid_of(result)) == 1


@pytest.mark.parametrize("kind", KINDS)
def test_inconclusive_status_answers_break_the_not_found_streak(server: FaultServer, kind: str) -> None:
    policy = ReconcilePolicy(resend=True, settle=0.0, not_found_polls=2, backoff_initial=0.01, backoff_max=0.02)
    # not found, an HTML page (proves nothing), a 500, then not found twice in a row
    status_faults = ["pass", "html200", "pass", "500", "pass", "pass"]
    [result] = _run_faulted(server, kind, "close_before_read", policy, status_faults=status_faults)

    assert isinstance(result, RawResponse) and result.reconciliation is not None
    assert result.reconciliation.outcome == "not_received"
    assert result.reconciliation.polls == len(status_faults)
    assert server.received(mid_of(result)) == 1


@pytest.mark.parametrize("kind", KINDS)
def test_a_status_endpoint_that_never_answers_leaves_the_outcome_unknown(server: FaultServer, kind: str) -> None:
    policy = ReconcilePolicy(resend=True, settle=0.0, backoff_initial=0.01, backoff_max=0.02, deadline=0.4)
    [result] = _run_faulted(server, kind, "503_unreceived", policy, status_faults=["html200"] * 500)

    assert isinstance(result, ServerError)
    assert result.reconciliation is not None and result.reconciliation.outcome == "unknown"
    assert result.reconciliation.resent is False
    assert server.received(mid_of(result)) == 0  # "unknown" never re-sends


@pytest.mark.parametrize("kind", KINDS)
def test_a_failed_resend_is_not_reconciled_again(server: FaultServer, kind: str) -> None:
    server.set(faults=["close_before_read"])  # the re-send meets the same fault
    [result] = _run_faulted(server, kind, "close_before_read", FAST)

    assert isinstance(result, TransportError)
    assert result.reconciliation is not None
    assert result.reconciliation.outcome == "not_received" and result.reconciliation.resent is True
    assert server.received(mid_of(result)) == 0


def test_reconcile_call_sync(server: FaultServer) -> None:
    policy = ReconcilePolicy(settle=0.05, not_found_polls=2, backoff_initial=0.01, backoff_max=0.02)
    [ok] = run("sync", server.url, [None])
    with TNZClient(auth_token=TOKEN, base_url=server.url, timeout=TIMEOUT) as client:
        known = client.reconcile(mid_of(ok), policy=policy)
        unknown_id = uuid.uuid4().hex
        missing = client.reconcile(unknown_id, policy=policy)
        with pytest.raises(ValidationError):
            client.reconcile("..", policy=policy)
        with pytest.raises(ValidationError):
            client.reconcile(42, policy=policy)  # type: ignore[arg-type]

    assert known.outcome == "received" and known.polls == 1 and known.message_id == mid_of(ok)
    assert missing.outcome == "not_received" and missing.polls >= 2 and missing.elapsed >= 0.05
    assert server.received(unknown_id) == 0


@pytest.mark.parametrize("transport", ["httpx", "aiohttp"])
async def test_reconcile_call_async(server: FaultServer, transport: str) -> None:
    _skip_missing(f"async-{transport}")
    policy = ReconcilePolicy(settle=0.05, not_found_polls=2, backoff_initial=0.01, backoff_max=0.02)
    async with AsyncTNZClient(auth_token=TOKEN, base_url=server.url, transport=transport) as client:  # type: ignore[arg-type]
        sent = await client.messaging.sms("hello", to=NUMBER)
        assert isinstance(sent.message_id, str)
        known = await client.reconcile(sent.message_id, policy=policy)
        missing = await client.reconcile(uuid.uuid4().hex, policy=policy)

    assert known.outcome == "received"
    assert missing.outcome == "not_received"


@pytest.mark.parametrize(
    "bad",
    [
        {"settle": -1},
        {"settle": float("nan")},
        {"deadline": 0},
        {"not_found_polls": 0},
        {"not_found_polls": 2.5},
        {"resend": "yes"},
        {"backoff_initial": "1"},
    ],
)
def test_bad_policy_is_a_validation_error(bad: dict[str, Any]) -> None:
    with pytest.raises(ValidationError) as caught:
        ReconcilePolicy(**bad)
    assert next(iter(bad)) in caught.value.field


@pytest.mark.parametrize("client_cls", [TNZClient, AsyncTNZClient])
def test_reconcile_option_must_be_a_policy(client_cls: type[Any]) -> None:
    with pytest.raises(ValidationError) as caught:
        client_cls(auth_token=TOKEN, reconcile={"resend": True})
    assert caught.value.field == "reconcile"


# ---------------------------------------------------------------------------------------- fault injection
@pytest.mark.parametrize("kind", KINDS)
def test_fault_injection_ends_every_ambiguous_send_known_without_duplicates(server: FaultServer, kind: str) -> None:
    """Many sends, a third of them faulted at random: 0 duplicates, every ambiguous send ends known."""
    rng = random.Random(13)
    sends = 60
    faults = [rng.choice(AMBIGUOUS) if rng.random() < 0.33 else "__clean__" for _ in range(sends)]
    server.set(faults=faults)

    results = run(kind, server.url, [None] * sends, reconcile=FAST)

    received = server.all_received()
    assert max(received.values()) == 1  # never a duplicate
    ambiguous = [f for f in faults if f != "__clean__"]
    reconciled = [r for r in results if isinstance(r, RawResponse) and r.reconciliation is not None]
    errors = [r for r in results if isinstance(r, TNZError)]
    assert not errors, errors
    assert len(reconciled) == len(ambiguous)
    assert all(received[mid_of(r)] == 1 for r in results)  # every message reached the server exactly once
