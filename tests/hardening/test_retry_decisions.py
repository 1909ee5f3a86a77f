"""Items 19, 20, 21: a GET retries a 200 whose body does not parse; a 429 is retried even on a
send (an explicit refusal cannot duplicate); every send failure states ``request_sent`` and
carries the MessageID."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hardening._server import Handler, Seen, serve
from hardening._support import Kind, invoke

from tnz_ext import (
    MalformedResponseError,
    RateLimitError,
    RetryPolicy,
    ServerError,
    TimeoutError,
    TNZError,
    TransportError,
)

FAST = RetryPolicy(max_retries=3, backoff_initial=0.001, backoff_max=0.002, retry_after_max=0.01)
NZ = "+64210000001"


def _then_ok(first: list[Callable[[Handler], None]]) -> Callable[[Handler, Seen], None]:
    """Answer the first requests with the given faults, then success."""
    calls: list[int] = []

    def behave(handler: Handler, seen: Seen) -> None:
        calls.append(1)
        if len(calls) <= len(first):
            first[len(calls) - 1](handler)
        else:
            message_id = seen.path.rsplit("/", 1)[1] if not seen.body else seen.json()["MessageData"]["MessageID"]
            handler.send_json(200, {"Result": "Success", "MessageID": message_id})

    return behave


BAD_BODIES: list[Callable[[Handler], None]] = [
    Handler.html_200,
    lambda h: h.send_bytes(200, b'{"Result": "Succ', "application/json"),
    lambda h: h.send_bytes(200, b"", "application/json"),
    lambda h: h.send_bytes(200, b"[1, 2]", "application/json"),
    Handler.truncate,
]


@pytest.mark.parametrize("bad", BAD_BODIES, ids=["html", "cut-json", "empty", "array", "truncated"])
def test_get_retries_a_body_that_does_not_parse(kind: Kind, bad: Callable[[Handler], None]) -> None:
    with serve(_then_ok([bad, bad])) as server:
        status = invoke(kind, {"base_url": server.url, "retry_policy": FAST}, "reports.status", "ID7")
        assert status.message_id == "ID7"
        assert len(server.seen) == 3


@pytest.mark.parametrize("bad", BAD_BODIES, ids=["html", "cut-json", "empty", "array", "truncated"])
def test_send_does_not_retry_a_body_that_does_not_parse(kind: Kind, bad: Callable[[Handler], None]) -> None:
    with serve(_then_ok([bad])) as server, pytest.raises(TNZError) as caught:
        invoke(kind, {"base_url": server.url, "retry_policy": FAST}, "messaging.sms", "hi", to=NZ, message_id="M1")
    assert len(server.seen) == 1
    assert caught.value.message_id == "M1"  # type: ignore[attr-defined]
    assert caught.value.request_sent is True  # type: ignore[attr-defined]


def test_429_on_a_send_is_retried_honouring_retry_after(kind: Kind) -> None:
    def limited(h: Handler) -> None:
        h.send_json(429, {"Result": "Failed", "Message": "slow down"}, {"Retry-After": "0.005"})

    with serve(_then_ok([limited, limited])) as server:
        sent = invoke(kind, {"base_url": server.url, "retry_policy": FAST}, "messaging.sms", "hi", to=NZ)
        assert len(server.seen) == 3
        assert {s.json()["MessageData"]["MessageID"] for s in server.seen} == {sent.message_id}


def test_429_on_a_send_gives_up_after_the_retries_saying_it_was_refused(kind: Kind) -> None:
    def limited(h: Handler) -> None:
        h.send_json(429, {"Result": "Failed", "Message": "slow down"}, {"Retry-After": "0"})

    with serve(_then_ok([limited] * 10)) as server, pytest.raises(RateLimitError) as caught:
        invoke(kind, {"base_url": server.url, "retry_policy": FAST}, "messaging.sms", "hi", to=NZ, message_id="M2")
    assert len(server.seen) == FAST.max_retries + 1
    assert caught.value.message_id == "M2"
    assert caught.value.request_sent is True


FAULTS: dict[str, tuple[Callable[[Handler], None], type[TNZError]]] = {
    "500": (lambda h: h.send_json(500, {"Result": "Failed"}), ServerError),
    "502": (lambda h: h.send_bytes(502, b"<html>Bad gateway</html>", "text/html"), ServerError),
    "503": (lambda h: h.send_json(503, {"Result": "Failed"}), ServerError),
    "html-200": (Handler.html_200, MalformedResponseError),
    "truncated": (Handler.truncate, TransportError),
    "close": (Handler.close_now, TransportError),
    "reset": (Handler.reset_now, TransportError),
    "stall": (lambda h: h.stall(0.3), TimeoutError),
}


@pytest.mark.parametrize("fault", list(FAULTS))
def test_every_send_failure_states_request_sent_and_the_message_id(kind: Kind, fault: str) -> None:
    answer, error_cls = FAULTS[fault]
    config: dict[str, Any] = {"retry_policy": FAST, "timeout": 0.1}
    with serve(_then_ok([answer])) as server, pytest.raises(error_cls) as caught:
        invoke(kind, {**config, "base_url": server.url}, "messaging.sms", "hi", to=NZ, message_id="M3")
    error: Any = caught.value
    assert error.message_id == "M3"
    assert error.request_sent is True
    assert len(server.seen) == 1  # never re-sent: it may have been accepted


def test_validation_errors_say_nothing_was_sent(kind: Kind) -> None:
    with serve(_then_ok([])) as server, pytest.raises(TNZError) as caught:
        invoke(kind, {"base_url": server.url}, "messaging.sms", "hi", to="not a number")
    assert caught.value.request_sent is False  # type: ignore[attr-defined]
    assert server.seen == []
