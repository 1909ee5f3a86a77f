"""The receiver as an ASGI application (uvicorn, hypercorn, or mounted in Starlette/FastAPI/Django)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from tnz_ext.webhooks._receiver import Reply, WebhookReceiver

__all__ = ["ASGIWebhookApp"]

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]


class _Disconnected(Exception):
    """The client went away before the body arrived: nothing to answer."""


class ASGIWebhookApp:
    """``await app(scope, receive, send)``: answers every path of an HTTP scope."""

    def __init__(self, receiver: WebhookReceiver) -> None:
        self.receiver = receiver

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Serve one HTTP request, or the lifespan protocol (ASGI 3)."""
        if scope["type"] == "lifespan":
            await _lifespan(receive, send)
            return
        if scope["type"] != "http":
            raise RuntimeError(f"the TNZ webhook receiver serves HTTP, not {scope['type']!r}")
        headers: dict[str, str] = {}
        for name, value in scope.get("headers", ()):
            # First occurrence wins, so a second Authorization cannot replace the one checked.
            headers.setdefault(name.decode("latin-1").title(), value.decode("latin-1"))

        async def read(limit: int) -> bytes:
            body = bytearray()
            while True:
                message = await receive()
                if message["type"] == "http.disconnect":
                    raise _Disconnected
                body += message.get("body", b"")
                if len(body) > limit or not message.get("more_body", False):
                    return bytes(body)

        try:
            reply = await self.receiver.handle_async(str(scope.get("method", "")), headers, read)
        except _Disconnected:
            return
        await _send(send, reply)


async def _send(send: Send, reply: Reply) -> None:
    raw = [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in reply.headers]
    await send({"type": "http.response.start", "status": reply.status, "headers": raw})
    await send({"type": "http.response.body", "body": reply.body})


async def _lifespan(receive: Receive, send: Send) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return
