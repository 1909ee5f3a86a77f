"""When to retry, and how long to wait: the rules that make retries safe for a messaging API.

Reads and idempotent actions are retried on connection errors, timeouts, 429 and 5xx. A send
(or any non-idempotent call) is retried only when the request provably never left, as the
transport reported it (``_transport.may_have_been_sent``). Once bytes may have reached TNZ,
retrying could send the message twice, so the error surfaces with the MessageID instead.
"""

from __future__ import annotations

import email.utils
import random
from datetime import UTC, datetime

import attrs
import httpx

from ._config import check_int, check_seconds

__all__ = ["RETRYABLE_STATUSES", "RetryPolicy"]

RETRYABLE_STATUSES = frozenset({429, 500, 502, 503, 504})


def _count(instance: object, attribute: attrs.Attribute[int], value: object) -> None:
    check_int(attribute.name, value, minimum=0)


def _seconds(instance: object, attribute: attrs.Attribute[float], value: object) -> None:
    check_seconds(attribute.name, value)


@attrs.frozen
class RetryPolicy:
    """Exponential backoff with full jitter, honouring a (bounded) Retry-After.

    Checked when built (an int count, finite non-negative seconds), so a wrong policy fails at
    the call site, not after a request has gone out.
    """

    max_retries: int = attrs.field(default=2, validator=_count)
    backoff_initial: float = attrs.field(default=0.5, validator=_seconds)
    backoff_max: float = attrs.field(default=8.0, validator=_seconds)
    retry_after_max: float = attrs.field(default=60.0, validator=_seconds)

    def backoff(self, attempt: int) -> float:
        """Seconds to wait before retry number ``attempt + 1`` (full jitter)."""
        return random.uniform(0.0, min(self.backoff_max, self.backoff_initial * 2**attempt))

    def delay_for(self, attempt: int, response: httpx.Response | None) -> float:
        """Seconds to wait before retry number ``attempt + 1``: the server's Retry-After (capped), else backoff."""
        hint = retry_after(response) if response is not None else None
        if hint is not None:
            return min(hint, self.retry_after_max)
        return self.backoff(attempt)


def retry_after(response: httpx.Response) -> float | None:
    """Retry-After as seconds, from either its delta-seconds or its HTTP-date form."""
    value = response.headers.get("Retry-After")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())
