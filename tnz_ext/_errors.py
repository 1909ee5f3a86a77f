"""One exception hierarchy for everything tnz_ext raises.

Callers catch ``TNZError`` for "anything went wrong", or a precise subclass. Every error
raised after a request may have left the machine carries the MessageID, so a caller can
reconcile with the status poll instead of guessing whether a message went out. No message
built here ever includes the auth token.
"""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import httpx

    from ._reconcile import Reconciliation

__all__ = [
    "APIError",
    "AuthenticationError",
    "BadRequestError",
    "MalformedResponseError",
    "NotFoundError",
    "RateLimitError",
    "ServerError",
    "TNZError",
    "TimeoutError",
    "TransportError",
    "ValidationError",
    "WebhookError",
    "WebhookParseError",
    "WebhookVerificationError",
    "XMLDecodeError",
]


class TNZError(Exception):
    """Base class of every error tnz_ext raises."""

    # What TNZ's status poll said about a send whose answer was lost, when the client reconciled it.
    reconciliation: Reconciliation | None = None


class ValidationError(TNZError, ValueError):
    """Bad input, found before anything was sent: nothing left the machine.

    ``field`` names the offending field (e.g. ``MessageData.CSID``) and ``limit`` the documented
    limit it broke, when there is one.
    """

    #: Nothing was sent: found before any network traffic.
    request_sent = False

    def __init__(self, field: str, message: str, *, limit: object | None = None) -> None:
        self.field = field
        self.limit = limit
        super().__init__(f"{field}: {message}")


class APIError(TNZError):
    """The server answered, and the answer is a failure.

    Keeps what a caller needs to act on it: the HTTP status, TNZ's ``Result``, its reasons, the
    MessageID the call was about, and the raw ``httpx.Response``.

    TNZ words its reasons two ways: its v2.04 reference shows one ``Message`` string, while its
    libraries (and v3.00) read an ``ErrorMessage`` list. ``errors`` holds every reason from either,
    in order; ``api_message`` joins them into one readable line (None when TNZ gave none).
    The raw ``httpx.Response`` keeps its request with the Authorization header redacted.
    ``request_sent`` is always True: the server answered, so the request reached it. For
    400/401/404/429 TNZ refused it; after a 5xx or a malformed answer to a send, the message may
    have been accepted: check its status by ``message_id`` before sending again.
    """

    request_sent = True

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        result: str | None = None,
        api_message: str | None = None,
        message_id: str | None = None,
        response: httpx.Response | None = None,
        errors: Sequence[str] = (),
    ) -> None:
        self.status_code = status_code
        self.result = result
        self.errors: list[str] = list(errors) if errors else ([api_message] if api_message else [])
        self.api_message = api_message if api_message is not None else ("; ".join(self.errors) or None)
        self.message_id = message_id
        self.response = response
        super().__init__(message)

    def __str__(self) -> str:
        base = super().__str__()
        return f"{base} (HTTP {self.status_code}, MessageID={self.message_id})" if self.message_id else base


class BadRequestError(APIError):
    """400, or a 200 whose body says ``Result: Failed``: TNZ rejected the call's variables."""


class AuthenticationError(APIError):
    """401: the auth token is missing, wrong or revoked."""


class NotFoundError(APIError):
    """404: no such resource (or a wrong base URL)."""


class RateLimitError(APIError):
    """429: slow down. ``retry_after`` is the server's hint in seconds, when it gave one."""

    retry_after: float | None = None


class ServerError(APIError):
    """5xx: TNZ's side failed. For a send, the message may or may not have been accepted."""


class MalformedResponseError(APIError):
    """The server answered with a body that is not what the spec describes (HTML, truncated...)."""


class TransportError(TNZError):
    """The network failed. ``request_sent`` says whether the request may have reached TNZ.

    When ``request_sent`` is True a send may have been accepted: check its status with
    ``message_id`` before sending again.
    """

    def __init__(self, message: str, *, message_id: str | None = None, request_sent: bool = True) -> None:
        self.message_id = message_id
        self.request_sent = request_sent
        super().__init__(message)

    def __str__(self) -> str:
        base = super().__str__()
        return f"{base} (MessageID={self.message_id})" if self.message_id else base


class TimeoutError(TransportError, builtins.TimeoutError):
    """The request timed out (connect, read, write or pool)."""


class XMLDecodeError(TNZError, ValueError):
    """An XML document was malformed, hostile (DTD, entities) or too large."""


class WebhookError(TNZError):
    """Base class of webhook failures."""


class WebhookVerificationError(WebhookError):
    """The webhook's Authorization key or timestamp did not check out: do not trust the body."""


class WebhookParseError(WebhookError, ValueError):
    """The webhook body could not be parsed into a webhook model."""
