"""Receive TNZ webhooks in any Python web stack: verified, parsed, deduplicated, typed.

``wsgi_app`` and ``asgi_app`` are complete, framework-neutral receivers; the adapters
``tnz_ext.webhooks.fastapi`` (FastAPI and Starlette), ``.flask`` and ``.django`` wire the same
receiver into those frameworks (install the extra of the same name). Each request is: verified
with your ``WebhookVerifier`` from the headers alone (401), size-capped (413), parsed from JSON
or XML into ``StatusWebhook``/``SMSReceivedWebhook`` (400), skipped with 200 if already
processed (the idempotency store), then handed to your callback: 200 once it returns, 500 if it
raises, so TNZ delivers again. Anything but POST gets 405.
"""

from __future__ import annotations

from collections.abc import Callable

from tnz_ext._webhooks import DEFAULT_MAX_WEBHOOK_BYTES, Webhook, WebhookVerifier
from tnz_ext.webhooks._asgi import ASGIWebhookApp
from tnz_ext.webhooks._receiver import (
    IdempotencyStore,
    MemoryStore,
    Reply,
    WebhookCallback,
    WebhookReceiver,
    webhook_key,
)
from tnz_ext.webhooks._wsgi import WSGIWebhookApp

__all__ = [
    "ASGIWebhookApp",
    "IdempotencyStore",
    "MemoryStore",
    "Reply",
    "WSGIWebhookApp",
    "WebhookCallback",
    "WebhookReceiver",
    "asgi_app",
    "webhook_key",
    "wsgi_app",
]


def wsgi_app(
    verifier: WebhookVerifier,
    on_webhook: Callable[[Webhook], object],
    *,
    store: IdempotencyStore | None = None,
    key: Callable[[Webhook], str] = webhook_key,
    max_bytes: int = DEFAULT_MAX_WEBHOOK_BYTES,
) -> WSGIWebhookApp:
    """A WSGI app calling ``on_webhook`` once per verified, new webhook (a plain function)."""
    return WSGIWebhookApp(WebhookReceiver(verifier, on_webhook, store=store, key=key, max_bytes=max_bytes))


def asgi_app(
    verifier: WebhookVerifier,
    on_webhook: Callable[[Webhook], object],
    *,
    store: IdempotencyStore | None = None,
    key: Callable[[Webhook], str] = webhook_key,
    max_bytes: int = DEFAULT_MAX_WEBHOOK_BYTES,
) -> ASGIWebhookApp:
    """An ASGI app calling ``on_webhook`` (``async def``, or a plain function run in a thread)."""
    return ASGIWebhookApp(WebhookReceiver(verifier, on_webhook, store=store, key=key, max_bytes=max_bytes))
