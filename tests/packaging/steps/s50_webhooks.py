"""Step: a webhook through the installed WSGI receiver (real socket) and ASGI receiver (in-process)."""

import asyncio
import json
import os
import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, make_server

import httpx
from tnz_api.models import SMSReceivedWebhook, StatusWebhook

import tnz_ext.webhooks
from tnz_ext import Webhook, WebhookVerifier
from tnz_ext.webhooks import asgi_app, wsgi_app

site = Path(os.environ["TNZ_SITE_PACKAGES"])
assert site in Path(tnz_ext.webhooks.__file__).parents, tnz_ext.webhooks.__file__

KEY = "wheel-webhook-key"
STATUS = json.dumps({"Type": "SMS", "MessageID": "ID1", "Status": "SUCCESS", "Destination": "+6421000001"}).encode()
REPLY = b"<root><Type>SMSReply</Type><Status>RECEIVED</Status><MessageID>ID1</MessageID><Message>Yes</Message></root>"


def headers(content_type: str, key: str = KEY) -> dict[str, str]:
    return {"Content-Type": content_type, "Authorization": key, "X-Timestamp": datetime.now(UTC).isoformat()}


class Quiet(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


received: list[Webhook] = []
server = make_server("127.0.0.1", 0, wsgi_app(WebhookVerifier(KEY), received.append), handler_class=Quiet)
thread = threading.Thread(target=server.serve_forever, daemon=True)
thread.start()
try:
    with httpx.Client(base_url=f"http://127.0.0.1:{server.server_port}", timeout=10) as http:
        assert http.post("/", content=STATUS, headers=headers("application/json")).status_code == 200
        assert http.post("/", content=STATUS, headers=headers("application/json")).status_code == 200  # again
        assert http.post("/", content=REPLY, headers=headers("text/xml")).status_code == 200
        assert http.post("/", content=REPLY, headers=headers("text/xml", "wrong")).status_code == 401
finally:
    server.shutdown()
    server.server_close()
    thread.join(timeout=10)
assert [type(w) for w in received] == [StatusWebhook, SMSReceivedWebhook], received  # the repeat was skipped

got: list[Webhook] = []


async def on_webhook(webhook: Webhook) -> None:
    got.append(webhook)


async def deliver(app: Any, body: bytes, hdrs: dict[str, str]) -> int:
    scope = {
        "type": "http",
        "method": "POST",
        "path": "/tnz/webhook",
        "headers": [(k.lower().encode(), v.encode()) for k, v in hdrs.items()],
    }
    chunks = [
        {"type": "http.request", "body": body[:10], "more_body": True},
        {"type": "http.request", "body": body[10:]},
    ]
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return chunks.pop(0)

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    await app(scope, receive, send)
    assert sent[1]["type"] == "http.response.body"
    return int(sent[0]["status"])


async def main() -> None:
    app = asgi_app(WebhookVerifier(KEY), on_webhook)
    assert await deliver(app, STATUS, headers("application/json")) == 200
    assert await deliver(app, REPLY, headers("application/xml")) == 200
    assert await deliver(app, REPLY, headers("application/xml")) == 200
    assert await deliver(app, b"garbage", headers("application/json")) == 400


asyncio.run(main())
assert [type(w) for w in got] == [StatusWebhook, SMSReceivedWebhook], got
print("webhooks ok")
