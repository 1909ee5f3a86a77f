"""Items 11, 22 and the webhook part of 4/12: JSON webhooks are as strict as XML (duplicate keys
and lone surrogates refused), TNZ's own retries (every 5 minutes for 24 hours, with the event's
X-Timestamp) are accepted by default, and ``webhook_key`` lets a receiver process each event once."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from tnz_ext import (
    DEFAULT_MAX_WEBHOOK_AGE,
    ValidationError,
    WebhookParseError,
    WebhookVerificationError,
    WebhookVerifier,
    parse_webhook,
    verify_webhook,
    webhook_key,
)

KEY = "webhook-key-1"
EVENT = datetime(2026, 1, 1, 12, 0, 0, tzinfo=UTC)
STAMP = "2026-01-01T12:00:00.000Z"
STATUS = {
    "Type": "SMS", "MessageID": "ID1", "Status": "SUCCESS", "Destination": "+64210000001",
    "SentTimeUTC": "2026-01-01 12:00:00", "Result": "delivered",
}  # fmt: skip
JSON_HEADERS = {"Content-Type": "application/json", "Authorization": KEY, "X-Timestamp": STAMP}


@pytest.mark.parametrize(
    "body",
    [
        b'{"Type": "SMS", "MessageID": "ID1", "Status": "SUCCESS", "Status": "FAILED"}',
        b'{"Type": "SMS", "MessageID": "ID1", "MessageID": "ID2", "Status": "SUCCESS"}',
        b'{"Type": "SMS", "MessageID": "ID1\\ud800", "Status": "SUCCESS"}',
        b'{"Type": "SMS", "MessageID": "ID1", "Status": "SUCCESS", "Message": "\\udfff x"}',
        b'{"Type": "SMS", "MessageID": "ID1", "Status": "SUCCESS", "\\ud800": "x"}',
        b'{"Type": "SMS", "MessageID": "ID1", "Status": "SUCCESS", "Price": NaN}',
    ],
)
def test_json_is_as_strict_as_xml(body: bytes) -> None:
    with pytest.raises(WebhookParseError):
        parse_webhook(body, JSON_HEADERS)
    with pytest.raises(WebhookParseError):
        WebhookVerifier(KEY).parse(body, JSON_HEADERS, now=EVENT)


def test_xml_refuses_the_same_duplicate() -> None:
    body = b"<root><Type>SMS</Type><MessageID>ID1</MessageID><Status>SUCCESS</Status><Status>FAILED</Status></root>"
    with pytest.raises(WebhookParseError):
        parse_webhook(body, {"Content-Type": "text/xml"})


@pytest.mark.parametrize("minutes_late", [0, 5, 60, 6 * 60, 23 * 60 + 55, 24 * 60])
def test_every_tnz_retry_is_accepted_by_default(minutes_late: int) -> None:
    now = EVENT + timedelta(minutes=minutes_late, seconds=3)
    WebhookVerifier(KEY).verify(JSON_HEADERS, now=now)
    verify_webhook(JSON_HEADERS, KEY, now=now)
    assert parse_webhook(json.dumps(STATUS).encode(), JSON_HEADERS).message_id == "ID1"


def test_far_older_deliveries_are_still_refused() -> None:
    assert DEFAULT_MAX_WEBHOOK_AGE >= 24 * 3600
    with pytest.raises(WebhookVerificationError):
        WebhookVerifier(KEY).verify(JSON_HEADERS, now=EVENT + timedelta(seconds=DEFAULT_MAX_WEBHOOK_AGE + 1))


def test_a_retried_webhook_has_the_same_key_and_other_events_do_not() -> None:
    body = json.dumps(STATUS).encode()
    first = parse_webhook(body, JSON_HEADERS)
    retry = WebhookVerifier(KEY).parse(body, JSON_HEADERS, now=EVENT + timedelta(hours=3))
    assert webhook_key(first) == webhook_key(retry)
    xml = (
        b"<root><Type>SMS</Type><MessageID>ID1</MessageID><Status>SUCCESS</Status><Destination>+64210000001"
        b"</Destination><SentTimeUTC>2026-01-01 12:00:00</SentTimeUTC><Result>delivered</Result></root>"
    )
    assert webhook_key(parse_webhook(xml, {"Content-Type": "text/xml"})) == webhook_key(first)  # same event, XML
    processed = {webhook_key(first)}
    for change in [{"Status": "FAILED"}, {"Destination": "+64210000002"}, {"MessageID": "ID2"}, {"Type": "Email"},
                   {"Result": "failed"}, {"SentTimeUTC": "2026-01-01 12:05:00"}]:  # fmt: skip
        other = parse_webhook(json.dumps({**STATUS, **change}).encode(), JSON_HEADERS)
        assert webhook_key(other) not in processed, change
        processed.add(webhook_key(other))
    received = {"Type": "SMSInbound", "Status": "RECEIVED", "MessageID": "ID1", "ReceivedID": "R1"}
    one = parse_webhook(json.dumps(received).encode(), JSON_HEADERS)
    two = parse_webhook(json.dumps({**received, "ReceivedID": "R2"}).encode(), JSON_HEADERS)
    assert webhook_key(one) != webhook_key(two)


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda: parse_webhook("text", {}), "body"),
        (lambda: parse_webhook(None, {}), "body"),
        (lambda: parse_webhook(b"{}", None), "headers"),
        (lambda: parse_webhook(b"{}", {}, max_bytes="10"), "max_bytes"),
        (lambda: parse_webhook(b"{}", {}, max_bytes=-1), "max_bytes"),
        (lambda: WebhookVerifier(KEY).verify(None), "headers"),
        (lambda: WebhookVerifier(KEY).verify(JSON_HEADERS, now="2026-01-01"), "now"),
        (lambda: webhook_key({"MessageID": "x"}), "webhook"),
        (lambda: webhook_key(None), "webhook"),
    ],
)
def test_wrong_types_in_the_webhook_api_are_validation_errors(call: Any, field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        call()
    assert caught.value.field == field


@pytest.mark.parametrize("value", [5, None, ["k"], b"\xff"], ids=repr)
def test_odd_header_values_are_verification_errors(value: Any) -> None:
    if value is None:
        headers: dict[str, Any] = {"X-Timestamp": STAMP}
    else:
        headers = {"Authorization": value, "X-Timestamp": STAMP}
    with pytest.raises(WebhookVerificationError):
        WebhookVerifier(KEY).verify(headers, now=EVENT)
    with pytest.raises(WebhookVerificationError):
        WebhookVerifier(KEY).verify({"Authorization": KEY, "X-Timestamp": value or 5}, now=EVENT)
