"""FastAPI and Starlette: an endpoint for the receiver (``pip install "<this package>[fastapi]"``).

    from fastapi import FastAPI
    from tnz_ext import WebhookVerifier
    from tnz_ext.webhooks import WebhookReceiver
    from tnz_ext.webhooks.fastapi import endpoint

    receiver = WebhookReceiver(WebhookVerifier(api_key="..."), on_webhook=handle)
    app = FastAPI()
    app.add_api_route("/tnz/webhook", endpoint(receiver), methods=["POST"], include_in_schema=False)
    # Starlette: Route("/tnz/webhook", endpoint(receiver), methods=["POST"])

``on_webhook`` may be ``async def``; a plain function runs in a worker thread.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from starlette.requests import Request
from starlette.responses import Response

from tnz_ext.webhooks._receiver import WebhookReceiver

__all__ = ["endpoint"]


def endpoint(receiver: WebhookReceiver) -> Callable[[Request], Awaitable[Response]]:
    """A Starlette/FastAPI endpoint ``async (request) -> Response`` serving ``receiver``."""

    async def tnz_webhook(request: Request) -> Response:
        async def read(limit: int) -> bytes:
            body = bytearray()
            async for chunk in request.stream():
                body += chunk
                if len(body) > limit:
                    break
            return bytes(body)

        reply = await receiver.handle_async(request.method, request.headers, read)
        headers = {k: v for k, v in reply.headers if k.lower() not in ("content-type", "content-length")}
        return Response(reply.body, status_code=reply.status, headers=headers, media_type="text/plain")

    return tnz_webhook
