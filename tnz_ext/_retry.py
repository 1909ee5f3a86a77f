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

__all__ = ["RETRYABLE_STATUSES", "RetryPolicy"]

RETRYABLE_STATUSES = frozenset({429, 500, 502, 503, 504})


@attrs.frozen
class RetryPolicy:
    """Exponential backoff with full jitter, honouring a (bounded) Retry-After."""

    max_retries: int = 2
    backoff_initial: float = 0.5
    backoff_max: float = 8.0
    retry_after_max: float = 60.0

    def backoff(self, attempt: int) -> float:
        """Seconds to wait before retry number ``attempt + 1`` (full jitter)."""
        return random.uniform(0.0, min(self.backoff_max, self.backoff_initial * 2**attempt))

    def delay_for(self, attempt: int, response: httpx.Response | None) -> float:
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
