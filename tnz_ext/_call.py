"""A call described but not yet made, and the raw answer to one.

Operations are written once, as functions returning a ``Call``; the sync and async clients
only differ in how they execute it. The request body is built lazily with the client's
settings (default region, prefix allow-list, test mode...), so one operation serves every
client configuration.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import tzinfo
from types import ModuleType
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import attrs
import httpx

if TYPE_CHECKING:
    from ._reconcile import Reconciliation

__all__ = ["Call", "RawResponse", "Settings"]

T = TypeVar("T")


@attrs.frozen
class Settings:
    """What an operation may need from its client while building the request."""

    region: str = "NZ"
    allowed_prefixes: tuple[str, ...] | None = None
    test_mode: bool = False
    max_sms_parts: int = 3
    timezone: tzinfo | None = None  # the account's zone: aware datetimes are converted to it


@attrs.frozen
class Call(Generic[T]):
    module: ModuleType  # the generated endpoint module (its _get_kwargs knows method, URL, params)
    model: type[T]  # what a 200 parses into
    args: tuple[str, ...] = ()
    query: Mapping[str, Any] = attrs.field(factory=dict)
    body: Callable[[Settings], Any] | None = None
    message_id: str | None = None
    # False for sends and other calls a retry could repeat (a duplicate SMS is not undoable).
    idempotent: bool = True
    # Undocumented fields the caller asked to send as given (``extra_body=``): merged into the
    # validated wire body at ``extra_at`` ("MessageData" for sends, "" for the top level).
    extra_body: Mapping[str, Any] | None = None
    extra_at: str = ""


@attrs.frozen
class RawResponse(Generic[T]):
    """Everything about one answer: status, headers, body bytes, and the parsed model."""

    status_code: int
    headers: httpx.Headers
    content: bytes
    parsed: T
    message_id: str | None
    http_response: httpx.Response = attrs.field(repr=False)
    # Set when the send's own answer was lost and TNZ's status poll settled it (see ReconcilePolicy).
    reconciliation: Reconciliation | None = None
