"""tnz_ext.webhooks: the same scenarios through every way of serving the receiver.

The WSGI app over a real socket (wsgiref), the ASGI app over a real socket (uvicorn), and the
framework adapters through each framework's own test client (Starlette/FastAPI TestClient,
Flask test_client, Django test Client with CSRF checks on).
"""

from __future__ import annotations

import json
import socket
import sys
import threading
import time
import types
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, make_server

import httpx
import pytest
from tnz_api.models import SMSReceivedWebhook, StatusWebhook

from tnz_ext import ValidationError, Webhook, WebhookVerifier
from tnz_ext.webhooks import (
    ASGIWebhookApp,
    MemoryStore,
    WebhookReceiver,
    WSGIWebhookApp,
    asgi_app,
    webhook_key,
    wsgi_app,
)

KEY = "ta8wr7ymd"
MAX_BYTES = 4096
PATH = "/tnz/webhook"
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
  <ReceivedID>55555</ReceivedID>
  <Status>RECEIVED</Status>
  <Result>RECEIVED</Result>
  <Message>This is a reply.</Message>
  <Price></Price>
</root>"""

Post = Callable[[str, bytes, dict[str, str]], tuple[int, dict[str, str]]]


@dataclass
class Sink:
    """The user's callback: records webhooks; fails for MessageID 'boom' while `failing` is set."""

    received: list[Webhook] = field(default_factory=list)
    failing: bool = True

    def __call__(self, webhook: Webhook) -> None:
        if webhook.message_id == "boom" and self.failing:
            raise RuntimeError("handler failed")
        self.received.append(webhook)


class AsyncSink(Sink):
    async def __call__(self, webhook: Webhook) -> None:  # type: ignore[override]
        super().__call__(webhook)


def _receiver(sink: Sink) -> WebhookReceiver:
    return WebhookReceiver(WebhookVerifier(KEY, max_age=300), sink, max_bytes=MAX_BYTES)


class QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


def _http_poster(base_url: str) -> tuple[Post, httpx.Client]:
    client = httpx.Client(base_url=base_url, timeout=10)

    def post(method: str, content: bytes, headers: dict[str, str]) -> tuple[int, dict[str, str]]:
        response = client.request(method, PATH, content=content or None, headers=headers)
        return response.status_code, dict(response.headers)

    return post, client


def _wsgi_socket(sink: Sink) -> Iterator[Post]:
    server = make_server("127.0.0.1", 0, WSGIWebhookApp(_receiver(sink)), handler_class=QuietHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    post, client = _http_poster(f"http://127.0.0.1:{server.server_port}")
    try:
        yield post
    finally:
        client.close()
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


def _asgi_socket(sink: Sink) -> Iterator[Post]:
    import uvicorn

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(ASGIWebhookApp(_receiver(sink)), log_level="warning", lifespan="on")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        assert thread.is_alive(), "uvicorn stopped"
        time.sleep(0.02)
    post, client = _http_poster(f"http://127.0.0.1:{port}")
    try:
        yield post
    finally:
        client.close()
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


def _fastapi(sink: Sink) -> Iterator[Post]:
    import warnings

    from fastapi import FastAPI

    with warnings.catch_warnings():  # Starlette 1.10 nudges towards "httpx2"; httpx is what we ship with
        warnings.simplefilter("ignore")
        from starlette.testclient import TestClient

    from tnz_ext.webhooks.fastapi import endpoint

    app = FastAPI()
    app.add_api_route(PATH, endpoint(_receiver(sink)), methods=["POST"], include_in_schema=False)
    with TestClient(app) as client:

        def post(method: str, content: bytes, headers: dict[str, str]) -> tuple[int, dict[str, str]]:
            response = client.request(method, PATH, content=content or None, headers=headers)
            return response.status_code, dict(response.headers)

        yield post


def _flask(sink: Sink) -> Iterator[Post]:
    from flask import Flask

    from tnz_ext.webhooks.flask import view

    app = Flask("tnz_webhook_test")
    app.add_url_rule(PATH, view_func=view(_receiver(sink)), methods=["POST"])
    client = app.test_client()

    def post(method: str, content: bytes, headers: dict[str, str]) -> tuple[int, dict[str, str]]:
        response = client.open(PATH, method=method, data=content, headers=headers)
        return response.status_code, dict(response.headers)

    yield post


def _django(sink: Sink) -> Iterator[Post]:
    import django
    from django.conf import settings
    from django.test import Client
    from django.urls import clear_url_caches, path

    from tnz_ext.webhooks.django import view

    urls = types.ModuleType("tnz_webhook_test_urls")
    urls.urlpatterns = [path(PATH.lstrip("/"), view(_receiver(sink)))]  # type: ignore[attr-defined]
    sys.modules[urls.__name__] = urls
    if not settings.configured:
        settings.configure(
            DEBUG=False,
            SECRET_KEY="tnz-webhook-tests",
            ALLOWED_HOSTS=["testserver"],
            ROOT_URLCONF=urls.__name__,
            MIDDLEWARE=["django.middleware.common.CommonMiddleware", "django.middleware.csrf.CsrfViewMiddleware"],
            INSTALLED_APPS=[],
            DATABASES={},
        )
        django.setup()
    clear_url_caches()
    client = Client(enforce_csrf_checks=True)  # the view must be CSRF-exempt to receive anything

    def post(method: str, content: bytes, headers: dict[str, str]) -> tuple[int, dict[str, str]]:
        content_type = headers.pop("Content-Type", "application/octet-stream")
        response = client.generic(method, PATH, data=content, content_type=content_type, headers=headers)
        return response.status_code, dict(response.headers)

    yield post


SERVERS: dict[str, tuple[Callable[[Sink], Iterator[Post]], type[Sink]]] = {
    "wsgi-socket": (_wsgi_socket, Sink),
    "asgi-socket-async-callback": (_asgi_socket, AsyncSink),
    "asgi-socket-sync-callback": (_asgi_socket, Sink),
    "fastapi": (_fastapi, AsyncSink),
    "flask": (_flask, Sink),
    "django": (_django, Sink),
}


@pytest.fixture(scope="module", params=list(SERVERS))
def served(request: pytest.FixtureRequest) -> Iterator[tuple[Post, Sink]]:
    start, sink_cls = SERVERS[request.param]
    sink = sink_cls()
    generator = start(sink)
    post = next(generator)
    try:
        yield post, sink
    finally:
        generator.close()


@pytest.fixture
def server(served: tuple[Post, Sink]) -> tuple[Post, Sink]:
    post, sink = served
    sink.received.clear()
    sink.failing = True
    return post, sink


def now_stamp(offset: float = 0) -> str:
    moment = datetime.now(UTC) + timedelta(seconds=offset)
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def headers(content_type: str = "application/json", key: str | None = KEY, stamp: str | None = None) -> dict[str, str]:
    out = {"Content-Type": content_type, "X-Timestamp": stamp if stamp is not None else now_stamp()}
    if key is not None:
        out["Authorization"] = key
    return out


def _unique(**changes: Any) -> bytes:
    """A status webhook no other test sent (the store remembers processed ones)."""
    body = {**STATUS_JSON, "MessageID": f"ID-{time.monotonic_ns()}", **changes}
    return json.dumps(body).encode()


def test_verified_json_is_delivered_typed(server: tuple[Post, Sink]) -> None:
    post, sink = server
    body = _unique()
    status, _ = post("POST", body, headers())
    assert status == 200
    [hook] = sink.received
    assert isinstance(hook, StatusWebhook)
    assert hook.to_dict() == json.loads(body)


def test_verified_xml_is_delivered_typed(server: tuple[Post, Sink]) -> None:
    post, sink = server
    body = REPLY_XML.replace(b"55555", str(time.monotonic_ns()).encode())
    status, _ = post("POST", body, headers("text/xml"))
    assert status == 200
    [hook] = sink.received
    assert isinstance(hook, SMSReceivedWebhook)
    assert hook.message == "This is a reply."


def test_a_redelivered_webhook_is_acknowledged_but_processed_once(server: tuple[Post, Sink]) -> None:
    post, sink = server
    body = _unique()
    assert post("POST", body, headers())[0] == 200
    assert post("POST", body, headers())[0] == 200
    assert len(sink.received) == 1
    # A different status of the same message is a new event.
    assert post("POST", body.replace(b'"SUCCESS"', b'"FAILED"'), headers())[0] == 200
    assert [h.status for h in sink.received] == ["SUCCESS", "FAILED"]


def test_callback_failure_is_500_and_the_retry_is_processed(server: tuple[Post, Sink]) -> None:
    post, sink = server
    body = json.dumps({**STATUS_JSON, "MessageID": "boom", "Destination": f"+64{time.monotonic_ns() % 10**9}"})
    assert post("POST", body.encode(), headers())[0] == 500
    assert sink.received == []
    sink.failing = False  # TNZ retries five minutes later, and the handler works again
    assert post("POST", body.encode(), headers())[0] == 200
    assert len(sink.received) == 1


@pytest.mark.parametrize(
    "hdrs",
    [
        pytest.param(lambda: headers(key="wrong"), id="wrong key"),
        pytest.param(lambda: headers(key=None), id="no key"),
        pytest.param(lambda: headers(stamp=now_stamp(-3600)), id="stale timestamp"),
        pytest.param(lambda: headers(stamp="yesterday"), id="bad timestamp"),
    ],
)
def test_unverified_is_401_and_not_delivered(server: tuple[Post, Sink], hdrs: Callable[[], dict[str, str]]) -> None:
    post, sink = server
    status, _ = post("POST", _unique(), hdrs())
    assert status == 401
    assert sink.received == []


@pytest.mark.parametrize("body", [b"garbage", b"{not json", b"<root><Type>SMS</Type>", b"[1]", b'{"Type": 5}', b""])
def test_garbage_with_the_right_key_is_400(server: tuple[Post, Sink], body: bytes) -> None:
    post, sink = server
    assert post("POST", body, headers())[0] == 400
    assert sink.received == []


def test_get_is_405(server: tuple[Post, Sink]) -> None:
    post, _ = server
    status, answer = post("GET", b"", headers())
    assert status == 405
    assert "POST" in {k.lower(): v for k, v in answer.items()}["allow"]


def test_body_over_the_cap_is_413(server: tuple[Post, Sink]) -> None:
    post, sink = server
    status, _ = post("POST", _unique(Detail="x" * MAX_BYTES), headers())
    assert status == 413
    assert sink.received == []


# ---------------------------------------------------------------------------------- the pieces


def test_webhook_key_tells_events_apart_and_retries_alike() -> None:
    from tnz_ext import parse_webhook

    def key(**changes: Any) -> str:
        return webhook_key(parse_webhook(json.dumps({**STATUS_JSON, **changes}).encode(), {}))

    assert key() == key()
    assert key() == key(Price="0.20", Result="other text")  # not part of the event's identity
    assert len({key(), key(Status="FAILED"), key(Destination="+6421000002"), key(MessageID="X")}) == 4
    # Two replies without ReceivedID are never merged (that would lose one).
    reply = {"Type": "SMSReply", "Status": "RECEIVED", "MessageID": "M1"}
    assert key(**reply, Message="Yes") != key(**reply, Message="No")


def test_memory_store_is_bounded_and_forgets_after_ttl() -> None:
    store = MemoryStore(max_keys=3)
    assert [store.add(k) for k in "abca"] == [True, True, True, False]
    assert store.add("d") is True
    assert len(store) == 3
    assert "a" not in store  # the oldest went first
    short = MemoryStore(ttl=0.001)
    assert short.add("k")
    time.sleep(0.01)
    assert short.add("k")  # expired, so a new delivery again
    for bad in ({"ttl": 0}, {"ttl": float("nan")}, {"max_keys": 0}, {"max_keys": True}):
        with pytest.raises(ValidationError):
            MemoryStore(**bad)


def test_receiver_refuses_bad_configuration() -> None:
    with pytest.raises(ValidationError, match="verifier"):
        WebhookReceiver("key", print)  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="on_webhook"):
        WebhookReceiver(WebhookVerifier(KEY), "print")  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="store"):
        WebhookReceiver(WebhookVerifier(KEY), print, store=[])  # type: ignore[arg-type]

    async def handler(webhook: Webhook) -> None:
        pass

    with pytest.raises(TypeError, match="ASGI"):
        wsgi_app(WebhookVerifier(KEY), handler)
    assert isinstance(asgi_app(WebhookVerifier(KEY), handler), ASGIWebhookApp)


def test_example_script_serves_the_package_receiver(tmp_path: Path) -> None:
    import os
    import signal
    import subprocess

    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "TNZ_WEBHOOK_API_KEY": KEY, "PYTHONPATH": str(root)}
    process = subprocess.Popen(
        [sys.executable, "-m", "examples.webhook_receiver", str(port)],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert process.stdout is not None
        assert "listening" in process.stdout.readline()
        response = httpx.post(f"http://127.0.0.1:{port}/", content=_unique(), headers=headers(), timeout=10)
        assert response.status_code == 200
        assert "StatusWebhook" in process.stdout.readline()
    finally:
        # SIGTERM, not SIGINT: a shell's background job (make test &) starts with SIGINT ignored.
        os.kill(process.pid, signal.SIGTERM)
        process.wait(timeout=10)
