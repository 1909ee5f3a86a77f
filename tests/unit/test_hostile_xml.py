"""Hostile and broken XML against ``decode`` and ``parse_webhook``: refused, cheaply, and offline.

Every payload must raise the documented error (XMLDecodeError from ``decode``,
WebhookParseError from ``parse_webhook``), within a small memory budget, and without the
parser fetching anything: the external-entity cases point at a real HTTP server on loopback
that records every request it gets.
"""

from __future__ import annotations

import http.server
import threading
import tracemalloc
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from tnz_api.models import SMSRequest, StatusWebhook

from tnz_ext._errors import WebhookParseError, XMLDecodeError
from tnz_ext._webhooks import parse_webhook
from tnz_ext._xml import decode, encode

MEMORY_BUDGET = 5 * 1024 * 1024
FIELDS = "<Type>SMS</Type><MessageID>m</MessageID><Status>SUCCESS</Status>"


class Recorder(http.server.BaseHTTPRequestHandler):
    hits: list[str]

    def _record(self) -> None:
        self.hits.append(f"{self.command} {self.path}")
        body = b'<!ENTITY leaked "yes">'
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = do_HEAD = _record

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def loopback() -> Iterator[tuple[int, list[str]]]:
    hits: list[str] = []
    handler = type("BoundRecorder", (Recorder,), {"hits": hits})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.server_address[1], hits
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def billion_laughs() -> bytes:
    levels = ['<!ENTITY lol0 "lol">'] + [f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)]
    dtd = f"<!DOCTYPE root [{''.join(levels)}]>"
    return f'<?xml version="1.0"?>{dtd}<root>{FIELDS}<Message>&lol9;</Message></root>'.encode()


def quadratic_blowup() -> bytes:
    entity = "a" * 50_000
    return f'<!DOCTYPE root [<!ENTITY a "{entity}">]><root>{FIELDS}<Message>{"&a;" * 20_000}</Message></root>'.encode()


def xxe(url: str) -> bytes:
    dtd = f'<!DOCTYPE root [<!ENTITY xxe SYSTEM "{url}">]>'
    return f'<?xml version="1.0"?>{dtd}<root>{FIELDS}<Message>&xxe;</Message></root>'.encode()


def deeply_nested(depth: int = 100_000) -> bytes:
    return f"<root>{FIELDS}".encode() + b"<a>" * depth + b"</a>" * depth + b"</root>"


Entry = Callable[[bytes], Any]


def via_decode(body: bytes) -> Any:
    return decode(body, StatusWebhook)


def via_webhook(body: bytes) -> Any:
    return parse_webhook(body, {"Content-Type": "text/xml"})


ENTRIES = [
    pytest.param(via_decode, XMLDecodeError, id="decode"),
    pytest.param(via_webhook, WebhookParseError, id="webhook"),
]


def refused(entry: Entry, error: type[Exception], body: bytes, match: str | None = None) -> Exception:
    """Run ``entry`` under tracemalloc; it must raise ``error`` and stay within the memory budget."""
    tracemalloc.start()
    try:
        with pytest.raises(error, match=match) as info:
            entry(body)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < MEMORY_BUDGET, f"peak {peak} bytes"
    return info.value


@pytest.mark.parametrize(("entry", "error"), ENTRIES)
@pytest.mark.parametrize(
    ("payload", "match"),
    [
        pytest.param(billion_laughs(), "DTDForbidden", id="billion-laughs"),
        pytest.param(quadratic_blowup(), "DTDForbidden", id="quadratic-blowup"),
        pytest.param(xxe("file:///etc/passwd"), "DTDForbidden", id="xxe-file"),
        pytest.param(b"<!DOCTYPE root><root>" + FIELDS.encode() + b"</root>", "DTDForbidden", id="bare-dtd"),
        pytest.param(b'<!DOCTYPE root PUBLIC "x" "file:///etc/passwd"><root/>', "DTDForbidden", id="external-dtd"),
        pytest.param(deeply_nested(), "nested more than", id="deeply-nested"),
    ],
)
def test_bombs_and_entities_are_refused_within_budget(
    entry: Entry, error: type[Exception], payload: bytes, match: str
) -> None:
    exc = refused(entry, error, payload, match)
    assert "root:" not in str(exc)  # nothing of /etc/passwd made it into the message


@pytest.mark.parametrize(("entry", "error"), ENTRIES)
def test_external_references_never_reach_the_network(
    entry: Entry, error: type[Exception], loopback: tuple[int, list[str]]
) -> None:
    port, hits = loopback
    base = f"http://127.0.0.1:{port}"
    payloads = [
        xxe(f"{base}/entity"),
        f'<!DOCTYPE root [<!ENTITY % ext SYSTEM "{base}/param"> %ext;]><root>{FIELDS}</root>'.encode(),
        f'<!DOCTYPE root SYSTEM "{base}/dtd"><root>{FIELDS}</root>'.encode(),
    ]
    for body in payloads:
        refused(entry, error, body, "DTDForbidden")
    # XInclude is not processed at all: the element is unknown, ignored, and fetches nothing.
    xinclude = f'<root xmlns:xi="http://www.w3.org/2001/XInclude">{FIELDS}<xi:include href="{base}/xi"/></root>'
    entry(xinclude.encode())
    assert hits == []
    # The server was listening the whole time: a real request does get recorded.
    assert httpx.get(f"{base}/probe").status_code == 200
    assert hits == ["GET /probe"]
    hits.clear()


@pytest.mark.parametrize(
    ("entry", "error"),
    [
        pytest.param(lambda body: decode(body, StatusWebhook, max_bytes=1_000_000), XMLDecodeError, id="decode"),
        pytest.param(via_webhook, WebhookParseError, id="webhook"),
    ],
)
def test_size_cap_is_checked_before_parsing(entry: Entry, error: type[Exception]) -> None:
    hostile = billion_laughs() + b" " * 1_000_000
    # The message names the size limit, not the DTD: the parser never saw the body.
    refused(entry, error, hostile, "over the 1000000-byte limit")


def test_decode_size_cap_default_and_explicit() -> None:
    body = b"<root>" + FIELDS.encode() + b"</root>"
    decode(body, StatusWebhook, max_bytes=len(body))
    with pytest.raises(XMLDecodeError, match="over the"):
        decode(body, StatusWebhook, max_bytes=len(body) - 1)
    with pytest.raises(XMLDecodeError, match="over the 20971520-byte limit"):
        decode(b" " * (20 * 1024 * 1024 + 1), StatusWebhook)
    with pytest.raises(WebhookParseError, match="over the 10-byte limit"):
        parse_webhook(body, {}, max_bytes=10)


@pytest.mark.parametrize(("entry", "error"), ENTRIES)
@pytest.mark.parametrize(
    "payload",
    [
        pytest.param(b"<root><Type>\xff</Type></root>", id="invalid-byte"),
        pytest.param(b"<root><Type>\xc3</Type></root>", id="cut-sequence"),
        pytest.param(b"<root><Type>\xed\xa0\x80</Type></root>", id="encoded-surrogate"),
        pytest.param(
            '<?xml version="1.0" encoding="ISO-8859-1"?><root><Type>é</Type></root>'.encode("latin-1"), id="latin1"
        ),
        pytest.param("<root><Type>SMS</Type></root>".encode("utf-16"), id="utf16"),
    ],
)
def test_invalid_utf8_is_refused(entry: Entry, error: type[Exception], payload: bytes) -> None:
    refused(entry, error, payload, "UTF-8|JSON nor XML")


@pytest.mark.parametrize(("entry", "error"), ENTRIES)
def test_every_truncation_is_refused(entry: Entry, error: type[Exception]) -> None:
    body = b"<root>" + FIELDS.encode() + b"<Message>a &amp; b</Message></root>"
    entry(body)
    for cut in range(1, len(body)):
        with pytest.raises(error):
            entry(body[:cut])


def test_truncated_request_document_is_refused() -> None:
    body = encode(
        SMSRequest.from_dict({"MessageData": {"Message": "hi", "Destinations": [{"Recipient": "+6421000001"}]}})
    )
    for cut in range(1, len(body), 3):
        with pytest.raises(XMLDecodeError):
            decode(body[:cut], SMSRequest)


@pytest.mark.parametrize(("entry", "error"), ENTRIES)
@pytest.mark.parametrize(
    "payload",
    [
        pytest.param(b"<root>" + FIELDS.encode() + b"</root><second/>", id="two-roots"),
        pytest.param(b"<root>" + FIELDS.encode() + b"</wrong>", id="mismatched-tag"),
        pytest.param(b"<root><Type>a\x00b</Type></root>", id="nul"),
        pytest.param(b"<root><Type>&undefined;</Type></root>", id="undefined-entity"),
        pytest.param(b"<root a='1' a='2'/>", id="duplicate-attribute"),
        pytest.param(b"<1root/>", id="bad-name"),
    ],
)
def test_malformed_documents_are_refused(entry: Entry, error: type[Exception], payload: bytes) -> None:
    refused(entry, error, payload)
