"""examples.webhook_receiver served by wsgiref on loopback, driven by real HTTP requests."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, make_server

import httpx
import pytest
from tnz_api.models import SMSReceivedWebhook, StatusWebhook

from examples.webhook_receiver import make_app
from tnz_ext._webhooks import WebhookVerifier

KEY = "ta8wr7ymd"
MAX_BYTES = 4096
STATUS_JSON = {
    "Version": "2.04",
    "Sender": "application@domain.com",
    "APIKey": KEY,
    "Type": "SMS",
    "Destination": "+6421000001",
    "MessageID": "1000000a-f002-4007-b00a-d00000000002",
    "Status": "SUCCESS",
    "Result": "delivered",
    "Message": "",
    "Price": "0.10",
}
REPLY_XML = b"""<?xml version="1.0" encoding="UTF-8" ?>
<root>
  <Version>2.04@domain.com</Version>
  <Type>SMSReply</Type>
  <MessageID>1000000a-f002-4007-b00a-d00000000002</MessageID>
  <Status>RECEIVED</Status>
  <Result>RECEIVED</Result>
  <Message>This is a reply.</Message>
  <Price></Price>
</root>"""


class QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


class Receiver:
    def __init__(self, base_url: str, received: list[StatusWebhook | SMSReceivedWebhook]) -> None:
        self.base_url = base_url
        self.received = received
        self.client = httpx.Client(base_url=base_url, timeout=10)


@pytest.fixture(scope="module")
def receiver() -> Iterator[Receiver]:
    received: list[StatusWebhook | SMSReceivedWebhook] = []

    def on_webhook(hook: StatusWebhook | SMSReceivedWebhook) -> None:
        if hook.message_id == "boom":
            raise RuntimeError("handler failed")
        received.append(hook)

    app = make_app(WebhookVerifier(KEY), on_webhook, max_bytes=MAX_BYTES)
    server = make_server("127.0.0.1", 0, app, handler_class=QuietHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    r = Receiver(f"http://127.0.0.1:{server.server_port}", received)
    try:
        yield r
    finally:
        r.client.close()
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture(autouse=True)
def _fresh(receiver: Receiver) -> None:
    receiver.received.clear()


def now_stamp(offset: float = 0) -> str:
    moment = datetime.now(UTC) + timedelta(seconds=offset)
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def headers(content_type: str = "application/json", key: str = KEY, stamp: str | None = None) -> dict[str, str]:
    return {
        "Content-Type": content_type,
        "Authorization": key,
        "X-Timestamp": stamp if stamp is not None else now_stamp(),
        "X-Sender": "application@domain.com",
    }


def test_verified_json_is_accepted_and_delivered(receiver: Receiver) -> None:
    response = receiver.client.post("/", content=json.dumps(STATUS_JSON), headers=headers())
    assert response.status_code == 200
    assert len(receiver.received) == 1
    hook = receiver.received[0]
    assert isinstance(hook, StatusWebhook)
    assert hook.to_dict() == STATUS_JSON


def test_verified_xml_is_accepted_and_delivered(receiver: Receiver) -> None:
    response = receiver.client.post("/webhook", content=REPLY_XML, headers=headers("text/xml"))
    assert response.status_code == 200
    [hook] = receiver.received
    assert isinstance(hook, SMSReceivedWebhook)
    assert hook.version == "2.04@domain.com"
    assert hook.message == "This is a reply."


def test_wrong_key_is_401_and_not_delivered(receiver: Receiver) -> None:
    response = receiver.client.post("/", content=json.dumps(STATUS_JSON), headers=headers(key="wrong"))
    assert response.status_code == 401
    assert KEY not in response.text
    assert receiver.received == []


def test_missing_key_is_401(receiver: Receiver) -> None:
    response = receiver.client.post(
        "/", content=REPLY_XML, headers={"Content-Type": "text/xml", "X-Timestamp": now_stamp()}
    )
    assert response.status_code == 401


def test_stale_timestamp_is_401(receiver: Receiver) -> None:
    response = receiver.client.post("/", content=json.dumps(STATUS_JSON), headers=headers(stamp=now_stamp(-26 * 3600)))
    assert response.status_code == 401  # older than TNZ's 24 h of retries (default max_age 25 h)
    assert receiver.received == []


def test_garbage_with_right_key_is_400(receiver: Receiver) -> None:
    for body in (b"garbage", b"{not json", b"<root><Type>SMS</Type>", b"[1]", b'{"Type": 5}'):
        response = receiver.client.post("/", content=body, headers=headers())
        assert response.status_code == 400, body
    assert receiver.received == []


def test_get_is_405(receiver: Receiver) -> None:
    response = receiver.client.get("/", headers=headers())
    assert response.status_code == 405
    assert response.headers["Allow"] == "POST"


def test_body_over_the_cap_is_413(receiver: Receiver) -> None:
    body = json.dumps({**STATUS_JSON, "Detail": "x" * MAX_BYTES}).encode()
    response = receiver.client.post("/", content=body, headers=headers())
    assert response.status_code == 413
    assert receiver.received == []


def test_handler_failure_is_500_so_tnz_retries(receiver: Receiver) -> None:
    body = json.dumps({**STATUS_JSON, "MessageID": "boom"})
    response = receiver.client.post("/", content=body, headers=headers())
    assert response.status_code == 500
