"""Webhook parsing and verification, checked against every webhook example in TNZ's own docs."""

from __future__ import annotations

import json
import re
import xml.dom.minidom
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from tnz_api.models import SMSReceivedWebhook, StatusWebhook

from tnz_ext._errors import ValidationError, WebhookParseError, WebhookVerificationError
from tnz_ext._webhooks import WebhookVerifier, parse_webhook, verify_webhook

SEED = Path(__file__).resolve().parents[1] / "fixtures" / "seeds" / "tnz-api-v2.04-reference.txt"
KEY = "ta8wr7ymd"
SENT = datetime(2024, 5, 1, 3, 51, 42, tzinfo=UTC)
STAMP = "2024-05-01T03:51:42.000Z"


@dataclass(frozen=True)
class SeedExample:
    line: int
    headers: dict[str, str]
    body: bytes

    @property
    def is_json(self) -> bool:
        return "json" in self.headers["Content-Type"]

    def expected(self) -> dict[str, str]:
        """The fields, read by a parser that has nothing to do with the code under test."""
        if self.is_json:
            data: dict[str, str] = json.loads(self.body)
            return data
        root = xml.dom.minidom.parseString(self.body).documentElement
        assert root is not None and root.tagName == "root"
        fields: dict[str, str] = {}
        for node in root.childNodes:
            if isinstance(node, xml.dom.minidom.Element):
                texts = [t.data for t in node.childNodes if isinstance(t, xml.dom.minidom.Text)]
                fields[node.tagName] = "".join(texts)
        return fields


def seed_examples() -> list[SeedExample]:
    """Each block after 'HTTP Headers:' in the docs: its Name="value" headers, then the body up to 'Copy code'."""
    lines = SEED.read_text(encoding="utf-8").splitlines()
    found: list[SeedExample] = []
    for i, line in enumerate(lines):
        if not line.startswith("HTTP Headers:"):
            continue
        headers: dict[str, str] = {}
        j, chunk = i, line.removeprefix("HTTP Headers:")
        while (match := re.fullmatch(r'\s*([A-Za-z-]+)="(.*)"\s*', chunk)) is not None:
            headers[match[1]] = match[2]
            j += 1
            chunk = lines[j]
        end = lines.index("Copy code", j)
        body = "\n".join(lines[j:end]).strip()
        found.append(SeedExample(i + 1, headers, body.encode()))
    return found


EXAMPLES = seed_examples()


def test_seed_holds_every_documented_webhook_example() -> None:
    assert len(EXAMPLES) == 6
    assert sum(e.is_json for e in EXAMPLES) == 3
    assert {e.headers["Content-Type"] for e in EXAMPLES} == {"application/json", "text/xml"}
    assert all(e.headers["Authorization"] == KEY and e.headers["X-Timestamp"] == STAMP for e in EXAMPLES)
    assert all(e.body[:1] in (b"{", b"<") for e in EXAMPLES)


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: f"line{e.line}-{e.headers['Content-Type']}")
def test_every_seed_example_parses_to_the_right_model(example: SeedExample) -> None:
    expected = example.expected()
    hook = parse_webhook(example.body, example.headers)
    received = expected["Type"] in {"SMSInbound", "SMSReply"} or expected["Status"] == "RECEIVED"
    assert type(hook) is (SMSReceivedWebhook if received else StatusWebhook)
    assert hook.to_dict() == expected
    assert hook.type_ == expected["Type"]
    assert hook.status == expected["Status"]
    assert hook.message_id == "1000000a-f002-4007-b00a-d00000000002"
    assert hook.message == expected["Message"]
    assert hook.version == expected["Version"]


def test_seed_values_in_detail() -> None:
    status_json, status_xml, reply_json, _, reply_xml, _ = (parse_webhook(e.body, e.headers) for e in EXAMPLES)
    for hook in (status_json, status_xml):
        assert isinstance(hook, StatusWebhook)
        assert (hook.type_, hook.status, hook.result, hook.message, hook.price) == (
            "SMS",
            "SUCCESS",
            "delivered",
            "",
            "0.10",
        )
        assert hook.received_id == ""
        assert hook.version == "2.04"
    assert isinstance(reply_json, SMSReceivedWebhook)
    assert reply_json.version == "2.04"
    assert isinstance(reply_xml, SMSReceivedWebhook)
    assert reply_xml.version == "2.04@domain.com"
    for hook in (reply_json, reply_xml):
        assert (hook.type_, hook.status, hook.message, hook.price) == ("SMSReply", "RECEIVED", "This is a reply.", "")
        assert hook.detail == "InputToNumber:021-000 001"


@pytest.mark.parametrize("example", [EXAMPLES[0], EXAMPLES[1]], ids=["json", "xml"])
@pytest.mark.parametrize("content_type", ["text/xml", "application/json", "text/plain", None])
def test_content_type_that_lies_or_is_missing_still_parses(example: SeedExample, content_type: str | None) -> None:
    headers = {} if content_type is None else {"Content-Type": content_type}
    assert parse_webhook(example.body, headers).to_dict() == example.expected()


def test_leading_whitespace_and_bom() -> None:
    for example in EXAMPLES[:2]:
        body = b"\xef\xbb\xbf \r\n\t" + example.body
        assert parse_webhook(body, example.headers).to_dict() == example.expected()


def test_headers_are_case_insensitive() -> None:
    example = EXAMPLES[1]
    lower = {k.lower(): v for k, v in example.headers.items()}
    verifier = WebhookVerifier(KEY)
    assert verifier.parse(example.body, lower, now=SENT).to_dict() == example.expected()
    assert verifier.parse(example.body, httpx.Headers(lower), now=SENT).to_dict() == example.expected()


@pytest.mark.parametrize(
    ("doc", "model"),
    [
        ({"Type": "SMSInbound", "Status": "RECEIVED"}, SMSReceivedWebhook),
        ({"Type": "SMSReply", "Status": "RECEIVED", "MessageID": "m"}, SMSReceivedWebhook),
        ({"Type": "SMS", "Status": "RECEIVED", "MessageID": "m"}, SMSReceivedWebhook),
        ({"Type": "Email", "Status": "FAILED", "MessageID": "m"}, StatusWebhook),
        ({"Type": "Voice", "Status": "UPDATED", "MessageID": "m", "Extra": "kept"}, StatusWebhook),
    ],
)
def test_dispatch(doc: dict[str, str], model: type) -> None:
    assert type(parse_webhook(json.dumps(doc).encode(), {})) is model
    root = "".join(f"<{k}>{v}</{k}>" for k, v in doc.items())
    assert type(parse_webhook(f"<root>{root}</root>".encode(), {"Content-Type": "text/xml"})) is model


@pytest.mark.parametrize(
    ("body", "needle"),
    [
        (b"", "not valid JSON"),
        (b"hello", "not valid JSON"),
        (b"[1, 2]", "must be an object"),
        (b'{"Type": "SMS", "Status": "SUCCESS"', "not valid JSON"),
        (b'{"Type": "SMS", "Status": "SUCCESS", "MessageID": NaN}', "not valid JSON"),
        (b'{"Type": 5, "Status": "SUCCESS", "MessageID": "m"}', "Type: expected string"),
        (b'{"Type": "SMS", "Status": "SUCCESS", "MessageID": ["m"]}', "MessageID: expected string"),
        (b'{"Type": "SMS", "Status": "SUCCESS"}', "missing required MessageID"),
        (b'{"Type": "SMS", "Status": "SUCCESS", "MessageID": "\xff"}', "not valid UTF-8"),
        (b"<root><Type>SMS</Type><Status>SUCCESS</Status></root>", "MessageID"),
        (b"<root><Type>SMS</Type>", "malformed XML"),
        (b"[" * 200_000, "not valid JSON"),
        (b'{"a":' * 200_000, "not valid JSON"),
    ],
)
def test_bad_bodies_raise_webhook_parse_error(body: bytes, needle: str) -> None:
    with pytest.raises(WebhookParseError, match=needle):
        parse_webhook(body, {"Content-Type": "application/json" if body[:1] != b"<" else "text/xml"})


@pytest.mark.parametrize("body", [b"", b"hello", b"   ", b"\xff\xfe<"])
@pytest.mark.parametrize("content_type", [None, "text/plain", "application/octet-stream"])
def test_neither_json_nor_xml(body: bytes, content_type: str | None) -> None:
    with pytest.raises(WebhookParseError, match="neither JSON nor XML"):
        parse_webhook(body, {} if content_type is None else {"Content-Type": content_type})


def test_size_cap_is_checked_before_parsing() -> None:
    body = EXAMPLES[0].body + b" " * 1_000_000
    with pytest.raises(WebhookParseError, match="over the 1000000-byte limit"):
        parse_webhook(body, EXAMPLES[0].headers)
    with pytest.raises(WebhookParseError, match="over the 10-byte limit"):
        parse_webhook(b"not even json", {}, max_bytes=10)


# ------------------------------------------------------------------------------------------ verification


def headers(key: str | None = KEY, stamp: str | None = STAMP) -> dict[str, str]:
    out = {"Content-Type": "application/json", "X-Sender": "application@domain.com"}
    if key is not None:
        out["Authorization"] = key
    if stamp is not None:
        out["X-Timestamp"] = stamp
    return out


def assert_no_secret(exc: BaseException, *secrets: str) -> None:
    for secret in (KEY, *secrets):
        assert secret not in str(exc)
        assert secret not in repr(exc)


def test_right_key_and_fresh_timestamp_pass() -> None:
    verifier = WebhookVerifier(KEY)
    verifier.verify(headers(), now=SENT)
    verifier.verify(headers(), now=SENT + timedelta(seconds=299))
    verifier.verify(headers(), now=SENT - timedelta(seconds=59))
    verifier.verify(headers(stamp="2024-05-01T15:51:42+12:00"), now=SENT)
    verify_webhook(headers(), KEY, now=SENT)


@pytest.mark.parametrize("wrong", ["ta8wr7ymX", "", "ta8wr7ymd ", "Basic ta8wr7ymd", "TA8WR7YMD", "ключ"])
def test_wrong_key_is_rejected_without_echoing_either_value(wrong: str) -> None:
    with pytest.raises(WebhookVerificationError, match="does not match") as info:
        WebhookVerifier(KEY).verify(headers(key=wrong), now=SENT)
    assert_no_secret(info.value, *([wrong] if len(wrong) > 3 else []))


def test_missing_key_is_rejected() -> None:
    with pytest.raises(WebhookVerificationError, match="no Authorization header") as info:
        WebhookVerifier(KEY).verify(headers(key=None), now=SENT)
    assert_no_secret(info.value)


def test_stale_timestamp_is_rejected() -> None:
    with pytest.raises(WebhookVerificationError, match="301 s old") as info:
        WebhookVerifier(KEY, max_age=300).verify(headers(), now=SENT + timedelta(seconds=301))
    assert_no_secret(info.value)
    with pytest.raises(WebhookVerificationError):
        verify_webhook(headers(), KEY, max_age=10, now=SENT + timedelta(seconds=11))
    # Against the real clock, the docs' 2024 timestamp is long stale.
    with pytest.raises(WebhookVerificationError):
        WebhookVerifier(KEY).verify(headers())


def test_future_timestamp_is_rejected() -> None:
    with pytest.raises(WebhookVerificationError, match="in the future") as info:
        WebhookVerifier(KEY).verify(headers(), now=SENT - timedelta(seconds=61))
    assert_no_secret(info.value)
    WebhookVerifier(KEY, max_future=120).verify(headers(), now=SENT - timedelta(seconds=61))


def test_missing_timestamp_is_rejected_only_when_max_age_is_set() -> None:
    with pytest.raises(WebhookVerificationError, match="no X-Timestamp"):
        WebhookVerifier(KEY).verify(headers(stamp=None), now=SENT)
    WebhookVerifier(KEY, max_age=None).verify(headers(stamp=None))
    WebhookVerifier(KEY, max_age=None).verify(headers(stamp="garbage"))


@pytest.mark.parametrize(
    "stamp", ["garbage", "2024-05-01T03:51:42", "2024-05-01", "2024-13-01T03:51:42Z", "1714535502"]
)
def test_unparseable_timestamp_is_rejected(stamp: str) -> None:
    with pytest.raises(WebhookVerificationError, match="not an RFC 3339") as info:
        WebhookVerifier(KEY).verify(headers(stamp=stamp), now=SENT)
    assert_no_secret(info.value)


def test_key_never_shows_in_repr_or_str() -> None:
    verifier = WebhookVerifier(KEY, max_age=120)
    assert KEY not in repr(verifier)
    assert KEY not in str(verifier)
    assert "max_age=120" in repr(verifier)


def test_parse_verifies_before_parsing() -> None:
    verifier = WebhookVerifier(KEY)
    with pytest.raises(WebhookVerificationError):
        verifier.parse(b"garbage", headers(key="nope"), now=SENT)
    with pytest.raises(WebhookParseError):
        verifier.parse(b"garbage", headers(), now=SENT)
    example = EXAMPLES[4]
    hook = verifier.parse(example.body, example.headers, now=SENT + timedelta(seconds=5))
    assert isinstance(hook, SMSReceivedWebhook)


@pytest.mark.parametrize(
    "kwargs", [{"api_key": ""}, {"api_key": KEY, "max_age": -1}, {"api_key": KEY, "max_future": -5}]
)
def test_nonsense_configuration_is_refused(kwargs: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        WebhookVerifier(**kwargs)  # type: ignore[arg-type]


def test_header_values_given_as_bytes_are_understood() -> None:
    raw: dict[str, object] = {"Authorization": KEY.encode(), "X-Timestamp": STAMP.encode()}
    WebhookVerifier(KEY).verify(raw, now=SENT)  # type: ignore[arg-type]
    raw["Authorization"] = b"nope"
    with pytest.raises(WebhookVerificationError):
        WebhookVerifier(KEY).verify(raw, now=SENT)  # type: ignore[arg-type]


def test_a_body_that_is_not_bytes_is_a_programming_error() -> None:
    with pytest.raises(ValidationError):
        parse_webhook(EXAMPLES[0].body.decode(), {})  # type: ignore[arg-type]
