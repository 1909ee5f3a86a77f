"""The receiving logic shared by every server flavour (WSGI, ASGI, the framework adapters).

Order matters. The sender is verified from the headers alone, so a stranger's body is never
read; the size is capped before reading and again while reading; then the body is parsed into
the typed model; then it is claimed in the idempotency store, so a webhook already handled is
answered 200 without calling the callback twice; then the callback runs. TNZ retries any
non-2xx answer (every five minutes for 24 hours), so 200 goes out only after the callback
returned, and a failure gives 500 and frees the claim, so the retry is processed.
"""

from __future__ import annotations

import hashlib
import inspect
import json
import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable

from tnz_api.models import SMSReceivedWebhook

from tnz_ext._errors import ValidationError, WebhookParseError, WebhookVerificationError
from tnz_ext._webhooks import DEFAULT_MAX_WEBHOOK_BYTES, Webhook, WebhookVerifier, parse_webhook

__all__ = [
    "IdempotencyStore",
    "MemoryStore",
    "Reply",
    "WebhookCallback",
    "WebhookReceiver",
    "webhook_key",
]

logger = logging.getLogger("tnz_ext.webhooks")

#: The callback gets the typed webhook; it may be ``async def`` under the ASGI receiver.
WebhookCallback = Callable[[Webhook], object]

_REASONS = {
    200: "OK",
    400: "Bad Request",
    401: "Unauthorized",
    405: "Method Not Allowed",
    413: "Content Too Large",
    500: "Internal Server Error",
}
# The fields that tell one delivery from another; a retry of the same delivery repeats them.
_KEY_FIELDS = ("MessageID", "Type", "Status", "ReceivedID", "Destination")


def webhook_key(webhook: Webhook) -> str:
    """A stable key for "the same webhook again": MessageID, Type, Status, ReceivedID, Destination.

    A status report is one event per (message, destination, status). A received SMS is told
    apart by its ReceivedID; when that is missing, the whole body is the key, so two different
    replies are never merged into one (a merged reply would be silently lost).
    """
    data = webhook.to_dict()
    if isinstance(webhook, SMSReceivedWebhook) and not data.get("ReceivedID"):
        material = json.dumps(data, sort_keys=True, default=str)
    else:
        material = json.dumps([str(data.get(name, "")) for name in _KEY_FIELDS])
    return hashlib.sha256(material.encode("utf-8", "surrogatepass")).hexdigest()


@runtime_checkable
class IdempotencyStore(Protocol):
    """Where processed webhook keys live; share one (e.g. Redis ``SET NX``) across workers.

    ``add`` must be atomic: it returns False when the key was already there. ``discard``
    forgets a key whose callback failed, so TNZ's retry is processed.
    """

    def add(self, key: str) -> bool:
        """Record ``key``; False (and nothing changed) if it was already there."""
        ...

    def discard(self, key: str) -> None:
        """Forget ``key`` if present."""
        ...


class MemoryStore:
    """The default store: this process only, bounded, thread-safe.

    Keys are kept for ``ttl`` seconds (48 h: TNZ retries for 24 h) and at most ``max_keys`` of
    them (oldest dropped first), so a flood cannot grow it without limit. With several worker
    processes each has its own: use a shared store there.
    """

    def __init__(self, *, ttl: float = 48 * 3600.0, max_keys: int = 100_000) -> None:
        if not isinstance(ttl, int | float) or isinstance(ttl, bool) or not ttl > 0:
            raise ValidationError("ttl", "must be a number of seconds > 0")
        if not isinstance(max_keys, int) or isinstance(max_keys, bool) or max_keys < 1:
            raise ValidationError("max_keys", "must be an integer >= 1")
        self.ttl, self.max_keys = float(ttl), max_keys
        self._keys: OrderedDict[str, float] = OrderedDict()
        self._lock = threading.Lock()

    def add(self, key: str) -> bool:
        """Record ``key``; False if it is already recorded (and not expired)."""
        now = time.monotonic()
        with self._lock:
            # Oldest first: drop what expired, then, for a new key, what exceeds the bound.
            while self._keys:
                oldest, stamp = next(iter(self._keys.items()))
                if now - stamp < self.ttl:
                    break
                del self._keys[oldest]
            if key in self._keys:
                return False
            while len(self._keys) >= self.max_keys:
                self._keys.popitem(last=False)
            self._keys[key] = now
            return True

    def discard(self, key: str) -> None:
        """Forget ``key`` (its callback failed), so the next delivery is processed."""
        with self._lock:
            self._keys.pop(key, None)

    def __contains__(self, key: object) -> bool:
        with self._lock:
            return key in self._keys

    def __len__(self) -> int:
        with self._lock:
            return len(self._keys)


@dataclass(frozen=True)
class Reply:
    """What to answer: status, headers and a short plain-text body (never the key or the body)."""

    status: int
    headers: tuple[tuple[str, str], ...]
    body: bytes
    webhook: Webhook | None = None
    duplicate: bool = False

    @classmethod
    def of(
        cls, status: int, extra: tuple[tuple[str, str], ...] = (), webhook: Webhook | None = None, **kw: Any
    ) -> Reply:
        """The reply for ``status`` with its plain-text reason as the body."""
        body = f"{_REASONS[status]}\n".encode()
        headers = (("Content-Type", "text/plain; charset=utf-8"), ("Content-Length", str(len(body))), *extra)
        return cls(status, headers, body, webhook, **kw)

    @property
    def status_line(self) -> str:
        """``"200 OK"``: the form WSGI's ``start_response`` wants."""
        return f"{self.status} {_REASONS[self.status]}"


class WebhookReceiver:
    """Verify, parse, deduplicate and dispatch TNZ webhooks; the servers call ``handle``.

    ``on_webhook`` gets a ``StatusWebhook`` or ``SMSReceivedWebhook``; whatever it raises turns
    into a 500 (logged on ``tnz_ext.webhooks``), so TNZ delivers again later.
    """

    def __init__(
        self,
        verifier: WebhookVerifier,
        on_webhook: WebhookCallback,
        *,
        store: IdempotencyStore | None = None,
        key: Callable[[Webhook], str] = webhook_key,
        max_bytes: int = DEFAULT_MAX_WEBHOOK_BYTES,
    ) -> None:
        if not isinstance(verifier, WebhookVerifier):
            raise ValidationError("verifier", f"must be a WebhookVerifier, not {type(verifier).__name__}")
        if not callable(on_webhook):
            raise ValidationError("on_webhook", "must be callable")
        if store is not None and not isinstance(store, IdempotencyStore):
            raise ValidationError("store", "must have add(key) -> bool and discard(key)")
        if not isinstance(max_bytes, int) or isinstance(max_bytes, bool) or max_bytes < 1:
            raise ValidationError("max_bytes", "must be an integer >= 1")
        self.verifier = verifier
        self.on_webhook = on_webhook
        self.store: IdempotencyStore = store if store is not None else MemoryStore()
        self.key = key
        self.max_bytes = max_bytes

    @property
    def is_async(self) -> bool:
        """Whether ``on_webhook`` is ``async def`` (then only the ASGI receiver can call it)."""
        return inspect.iscoroutinefunction(self.on_webhook) or inspect.iscoroutinefunction(
            getattr(self.on_webhook, "__call__", None)  # noqa: B004 (a callable object's async __call__)
        )

    # ------------------------------------------------------------------ steps

    def _before_body(self, method: str, headers: Mapping[str, str], content_length: str | None) -> Reply | int:
        """A reply when the request is refused from its headers, else how many bytes to read."""
        if method.upper() != "POST":
            return Reply.of(405, (("Allow", "POST"),))
        try:
            # Headers only: a stranger's body is never read or parsed.
            self.verifier.verify(headers)
        except WebhookVerificationError:
            return Reply.of(401)
        if content_length is None or content_length.strip() == "":
            return self.max_bytes + 1  # no length given (chunked): read up to the cap plus one
        try:
            length = int(content_length)
        except ValueError:
            return Reply.of(400)
        if length < 0:
            return Reply.of(400)
        if length > self.max_bytes:
            return Reply.of(413)
        return length

    def _parse(self, body: bytes, headers: Mapping[str, str]) -> Reply | tuple[Webhook, str]:
        if len(body) > self.max_bytes:
            return Reply.of(413)
        try:
            webhook = parse_webhook(body, headers, max_bytes=self.max_bytes)
        except WebhookParseError:
            return Reply.of(400)
        key = self.key(webhook)
        if not self.store.add(key):
            logger.info("duplicate TNZ webhook skipped (MessageID %s)", webhook.to_dict().get("MessageID"))
            return Reply.of(200, webhook=webhook, duplicate=True)
        return webhook, key

    def _failed(self, webhook: Webhook, key: str) -> Reply:
        self.store.discard(key)
        logger.exception(
            "TNZ webhook callback failed (MessageID %s); answering 500 so TNZ retries",
            webhook.to_dict().get("MessageID"),
        )
        return Reply.of(500, webhook=webhook)

    # ------------------------------------------------------------------ entry points

    def handle(self, method: str, headers: Mapping[str, str], read: Callable[[int], bytes]) -> Reply:
        """One request, synchronously: ``read(n)`` returns the body, at most n bytes."""
        if self.is_async:
            raise TypeError("an async on_webhook needs the ASGI receiver (handle_async)")
        first = self._before_body(method, headers, _header(headers, "Content-Length"))
        if isinstance(first, Reply):
            return first
        parsed = self._parse(read(first), headers)
        if isinstance(parsed, Reply):
            return parsed
        webhook, key = parsed
        try:
            self.on_webhook(webhook)
        except Exception:
            return self._failed(webhook, key)
        return Reply.of(200, webhook=webhook)

    async def handle_async(
        self, method: str, headers: Mapping[str, str], read: Callable[[int], Awaitable[bytes]]
    ) -> Reply:
        """One request from an event loop: an async callback is awaited, a sync one runs in a thread."""
        import asyncio

        first = self._before_body(method, headers, _header(headers, "Content-Length"))
        if isinstance(first, Reply):
            return first
        parsed = self._parse(await read(first), headers)
        if isinstance(parsed, Reply):
            return parsed
        webhook, key = parsed
        try:
            if self.is_async:
                result = self.on_webhook(webhook)
                if inspect.isawaitable(result):
                    await result
            else:
                # A blocking callback (database, queue) must not stall the server's event loop.
                await asyncio.to_thread(self.on_webhook, webhook)
        except Exception:
            return self._failed(webhook, key)
        return Reply.of(200, webhook=webhook)


def _header(headers: Mapping[str, str], name: str) -> str | None:
    value = headers.get(name)
    if value is not None:
        return value
    wanted = name.lower()
    return next((v for k, v in headers.items() if k.lower() == wanted), None)
