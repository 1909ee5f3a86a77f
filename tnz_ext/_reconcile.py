"""Reconciliation: turn a send whose answer was lost into a known outcome, by asking TNZ.

A send is *ambiguous* when its request may have reached TNZ but no usable answer came back: the
connection dropped after the request went out, a read timed out, TNZ answered 5xx, or a 200 did
not parse (HTML, cut short). Every send carries a MessageID, so ``GET /get/status/{MessageID}``
can tell whether TNZ has it.

What counts as an answer:

* **received** - any status answer that parses with ``Result: Success`` (whatever the message's
  own Status: Pending, Unknown, Completed...). TNZ has the message; it is never sent again.
* **not found** - TNZ's own failure answer (a parsed body with ``Result: Failed``, HTTP 400/404
  or 200) whose message says "not found". One such answer is not proof: TNZ may still be taking
  in a request that was in flight when the connection broke, or its status index may lag. So
  **not received** needs ``not_found_polls`` not-found answers *in a row* (default 3), the last
  of them at least ``settle`` seconds (default 60) after the failure. Any other answer in between
  (a timeout, a 5xx, a 429, an HTML page, an unrelated error) breaks the streak.
* **unknown** - neither by ``deadline`` (default 300 s), or TNZ refused the token (401).

Only a client configured with ``ReconcilePolicy(resend=True)`` sends a not-received message
again: once, with the same MessageID and body. A message TNZ may have is never sent again, and a
re-send that fails is not reconciled a second time (its error surfaces, carrying the outcome).
"not received" is an inference from TNZ's answers over a bounded window - TNZ documents no
stronger guarantee - which is why re-sending is an opt-in.
"""

from __future__ import annotations

import math
import random
import time
from typing import TYPE_CHECKING, Any, Literal, TypeVar

import attrs
from tnz_api.models import SendResponse, StatusResponse

from . import _operations as ops
from ._call import Call, RawResponse
from ._errors import (
    APIError,
    AuthenticationError,
    MalformedResponseError,
    ServerError,
    TNZError,
    TransportError,
    ValidationError,
)

if TYPE_CHECKING:
    from ._client import AsyncTNZClient, TNZClient

__all__ = ["Outcome", "ReconcilePolicy", "Reconciliation", "is_ambiguous"]

T = TypeVar("T")
Outcome = Literal["received", "not_received", "unknown"]


def _positive(name: str, *, allow_zero: bool = False) -> Any:
    def check(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
        ok = (
            isinstance(value, int | float)
            and not isinstance(value, bool)
            and math.isfinite(value)
            and (value >= 0 if allow_zero else value > 0)
        )
        if not ok:
            raise ValidationError(
                f"ReconcilePolicy.{name}", f"must be a finite number {'>= 0' if allow_zero else '> 0'}, not {value!r}"
            )

    return check


def _count(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise ValidationError("ReconcilePolicy.not_found_polls", f"must be an int >= 1, not {value!r}")


def _flag(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, bool):
        raise ValidationError("ReconcilePolicy.resend", f"must be True or False, not {value!r}")


@attrs.frozen
class ReconcilePolicy:
    """How long and how often to ask TNZ about an ambiguous send, and whether to re-send.

    ``resend``: send a message TNZ reliably does not have once more, with the same MessageID.
    ``settle``: seconds after the failure before "not found" can mean "not received".
    ``not_found_polls``: consecutive not-found answers needed (the last one after ``settle``).
    ``deadline``: seconds after which the outcome stays "unknown".
    ``backoff_initial``/``backoff_max``: seconds between polls, doubling, with jitter.
    """

    resend: bool = attrs.field(default=False, validator=_flag)
    settle: float = attrs.field(default=60.0, validator=_positive("settle", allow_zero=True))
    not_found_polls: int = attrs.field(default=3, validator=_count)
    deadline: float = attrs.field(default=300.0, validator=_positive("deadline"))
    backoff_initial: float = attrs.field(default=1.0, validator=_positive("backoff_initial"))
    backoff_max: float = attrs.field(default=15.0, validator=_positive("backoff_max"))

    def delay(self, poll: int) -> float:
        """Seconds to wait before status poll number ``poll`` (0-based): exponential, capped, with
        jitter so many clients reconciling at once do not poll in step."""
        return float(min(self.backoff_max, self.backoff_initial * 2**poll) * random.uniform(0.5, 1.0))


@attrs.frozen
class Reconciliation:
    """The known outcome of a send whose answer was lost.

    ``outcome``: "received" (TNZ has it), "not_received" (TNZ reliably does not), "unknown".
    ``status``: TNZ's status answer when received. ``polls``: status calls made.
    ``resent``: the message was sent again (only with ``ReconcilePolicy(resend=True)``).
    """

    message_id: str
    outcome: Outcome
    polls: int
    elapsed: float
    status: StatusResponse | None = None
    resent: bool = False


def is_ambiguous(exc: BaseException) -> bool:
    """A send failure after which TNZ may or may not have the message."""
    if not isinstance(exc, TNZError) or getattr(exc, "request_sent", True) is False:
        return False
    return isinstance(exc, TransportError | ServerError | MalformedResponseError)


def _not_found(exc: APIError) -> bool:
    """TNZ's own "no such message" answer (a parsed body saying Failed), not a proxy's 404 page."""
    return exc.result == "Failed" and "not found" in (exc.api_message or "").lower()


class _Poll:
    """The state of one reconciliation: fed each status answer, says when the outcome is known."""

    def __init__(self, message_id: str, policy: ReconcilePolicy, started: float) -> None:
        self.message_id, self.policy, self.started = message_id, policy, started
        self.polls = 0
        self.streak = 0

    def answer(self, status: StatusResponse | None, error: Exception | None, now: float) -> Reconciliation | None:
        self.polls += 1
        if status is not None:
            return self.done("received", now, status)
        if isinstance(error, APIError) and _not_found(error):
            self.streak += 1
            if self.streak >= self.policy.not_found_polls and now - self.started >= self.policy.settle:
                return self.done("not_received", now)
            return None
        self.streak = 0  # anything else proves nothing, and breaks the run of not-found answers
        if isinstance(error, AuthenticationError):
            return self.done("unknown", now)
        return None

    def wait(self, now: float) -> float | None:
        """Seconds to sleep before the next poll, or None when the deadline has passed."""
        left = self.started + self.policy.deadline - now
        if left <= 0:
            return None
        delay = self.policy.delay(self.polls - 1)
        if self.streak and now + delay < self.started + self.policy.settle:
            # Not-found so far: the next answer that can settle it comes after `settle`.
            delay = max(delay, min(self.started + self.policy.settle - now, self.policy.backoff_max))
        return min(delay, left)

    def done(self, outcome: Outcome, now: float, status: StatusResponse | None = None) -> Reconciliation:
        return Reconciliation(self.message_id, outcome, self.polls, now - self.started, status)


def _status_call(message_id: object) -> Call[StatusResponse]:
    if not isinstance(message_id, str):
        raise ValidationError("message_id", f"must be a str, not {type(message_id).__name__}")
    return ops.status(message_id)


_Answer = tuple["RawResponse[StatusResponse] | None", "TNZError | None"]


def _ask_sync(client: TNZClient, call: Call[StatusResponse]) -> _Answer:
    try:
        return client._execute(call), None
    except ValidationError:
        raise
    except TNZError as exc:
        return None, exc


async def _ask_async(client: AsyncTNZClient, call: Call[StatusResponse]) -> _Answer:
    try:
        return await client._execute(call), None
    except ValidationError:
        raise
    except TNZError as exc:
        return None, exc


def reconcile_sync(
    client: TNZClient, message_id: str, policy: ReconcilePolicy, *, started: float | None = None
) -> tuple[Reconciliation, RawResponse[StatusResponse] | None]:
    call = _status_call(message_id)
    poll = _Poll(message_id, policy, time.monotonic() if started is None else started)
    while True:
        raw, error = _ask_sync(client, call)
        now = time.monotonic()
        known = poll.answer(raw.parsed if raw is not None else None, error, now)
        if known is not None:
            return known, raw
        delay = poll.wait(now)
        if delay is None:
            return poll.done("unknown", now), None
        time.sleep(delay)


async def reconcile_async(
    client: AsyncTNZClient, message_id: str, policy: ReconcilePolicy, *, started: float | None = None
) -> tuple[Reconciliation, RawResponse[StatusResponse] | None]:
    call = _status_call(message_id)
    poll = _Poll(message_id, policy, time.monotonic() if started is None else started)
    while True:
        raw, error = await _ask_async(client, call)
        now = time.monotonic()
        known = poll.answer(raw.parsed if raw is not None else None, error, now)
        if known is not None:
            return known, raw
        delay = poll.wait(now)
        if delay is None:
            return poll.done("unknown", now), None
        import asyncio

        await asyncio.sleep(delay)


def _reconcilable(call: Call[Any], policy: ReconcilePolicy | None) -> bool:
    return policy is not None and not call.idempotent and call.message_id is not None and call.model is SendResponse


def _received(call: Call[T], known: Reconciliation, status: RawResponse[StatusResponse] | None) -> RawResponse[T]:
    """The send's result, rebuilt from what TNZ said about the message: Success with its MessageID
    (all TNZ's send answer holds); the status call's own answer stays on ``http_response``."""
    assert status is not None
    parsed = call.model.from_dict({"Result": "Success", "MessageID": known.message_id})  # type: ignore[attr-defined]
    return RawResponse(
        status.status_code, status.headers, status.content, parsed, known.message_id, status.http_response,
        reconciliation=known,
    )  # fmt: skip


def _attach(exc: TNZError, known: Reconciliation) -> TNZError:
    exc.reconciliation = known
    return exc


def execute_sync(client: TNZClient, call: Call[T], policy: ReconcilePolicy | None) -> RawResponse[T]:
    """Run ``call``; if it is a send that failed ambiguously, reconcile (and maybe re-send once)."""
    if policy is None or not _reconcilable(call, policy):
        return client._execute(call)
    try:
        return client._execute(call)
    except TNZError as exc:
        if not is_ambiguous(exc):
            raise
        failure = exc
    assert call.message_id is not None
    known, status = reconcile_sync(client, call.message_id, policy, started=time.monotonic())
    if known.outcome == "received":
        return _received(call, known, status)
    if known.outcome == "not_received" and policy.resend:
        known = attrs.evolve(known, resent=True)
        try:
            return attrs.evolve(client._execute(call), reconciliation=known)
        except TNZError as again:
            raise _attach(again, known) from failure
    raise _attach(failure, known)


async def execute_async(client: AsyncTNZClient, call: Call[T], policy: ReconcilePolicy | None) -> RawResponse[T]:
    """Run ``call``; if it is a send that failed ambiguously, reconcile (and maybe re-send once)."""
    if policy is None or not _reconcilable(call, policy):
        return await client._execute(call)
    try:
        return await client._execute(call)
    except TNZError as exc:
        if not is_ambiguous(exc):
            raise
        failure = exc
    assert call.message_id is not None
    known, status = await reconcile_async(client, call.message_id, policy, started=time.monotonic())
    if known.outcome == "received":
        return _received(call, known, status)
    if known.outcome == "not_received" and policy.resend:
        known = attrs.evolve(known, resent=True)
        try:
            return attrs.evolve(await client._execute(call), reconciliation=known)
        except TNZError as again:
            raise _attach(again, known) from failure
    raise _attach(failure, known)
