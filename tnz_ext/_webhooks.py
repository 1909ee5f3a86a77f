"""Receiving TNZ's webhooks: check they come from TNZ, then turn the body into a model.

TNZ POSTs status reports and received SMS to a URL of yours, as JSON or as XML (the sender's
``WebhookCallbackFormat``), with the webhook API key in ``Authorization`` and the send time in
``X-Timestamp``. Anyone who learns the URL can POST to it, so the key is compared in constant
time and stale or far-future timestamps are refused (a captured delivery cannot be replayed
later). Bodies are parsed defensively: a size cap before anything else, hardened XML, and a
shape check against the spec, because the generated ``from_dict`` trusts its input.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any, Literal, TypeAlias

import attrs
from tnz_api.models import SMSReceivedWebhook, StatusWebhook

from tnz_ext import _xml
from tnz_ext._config import check_int, check_seconds
from tnz_ext._errors import ValidationError, WebhookParseError, WebhookVerificationError, XMLDecodeError

__all__ = [
    "DEFAULT_MAX_WEBHOOK_AGE",
    "DEFAULT_MAX_WEBHOOK_BYTES",
    "Webhook",
    "WebhookVerifier",
    "parse_webhook",
    "verify_webhook",
    "webhook_key",
]

Webhook: TypeAlias = StatusWebhook | SMSReceivedWebhook

#: A webhook is about twenty short fields (well under 2 kB); 1 MB leaves room and still bounds
#: what an unauthenticated sender can make us hold.
DEFAULT_MAX_WEBHOOK_BYTES = 1_000_000

#: TNZ retries a failed webhook every five minutes for 24 hours, and X-Timestamp is the event's
#: time, so a retry can arrive up to a day late: accept 24 h plus an hour of margin. Replays
#: inside that window are what ``webhook_key`` is for.
DEFAULT_MAX_WEBHOOK_AGE = 25 * 3600.0

# TNZ's documented markers of a received SMS (Type SMSInbound/SMSReply, Status RECEIVED).
_RECEIVED_TYPES = frozenset({"SMSInbound", "SMSReply"})
_RECEIVED_STATUS = "RECEIVED"
_BOM = b"\xef\xbb\xbf"
_SURROGATE = re.compile("[\ud800-\udfff]")
_WHITESPACE = b" \t\r\n"
# RFC 3339 date-time (an offset is mandatory, unlike ISO 8601 in general).
_RFC3339 = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt ][0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]{1,9})?(?:[Zz]|[+-][0-9]{2}:[0-9]{2})"
)


def _header(headers: Mapping[str, str], name: str) -> str | None:
    """Case-insensitive lookup that also works on a plain dict (HTTP header names are case-insensitive)."""
    value = headers.get(name)
    if value is not None:
        return value
    wanted = name.lower()
    for key, candidate in headers.items():
        if key.lower() == wanted:
            return candidate
    return None


# ------------------------------------------------------------------------------------------ parsing


def parse_webhook(
    body: bytes, headers: Mapping[str, str], *, max_bytes: int = DEFAULT_MAX_WEBHOOK_BYTES
) -> StatusWebhook | SMSReceivedWebhook:
    """The webhook body as ``SMSReceivedWebhook`` (Type SMSInbound/SMSReply or Status RECEIVED) or ``StatusWebhook``.

    JSON or XML is decided by the body's first character when it is ``{`` or ``<`` (a sender's
    Content-Type can be wrong: TNZ's own examples send XML as ``text/xml``), otherwise by the
    Content-Type. Does not verify the sender: call ``WebhookVerifier.verify`` (or use
    ``WebhookVerifier.parse``) first. Any problem with the body raises ``WebhookParseError``;
    a body that is not bytes at all raises ``ValidationError`` (a programming error, not a 400).
    """
    if not isinstance(body, bytes | bytearray | memoryview):
        # A programming error (e.g. a framework's decoded text), not a bad delivery: not a 400.
        raise ValidationError("body", f"webhook body must be bytes, not {type(body).__name__}", limit="bytes")
    check_int("max_bytes", max_bytes, minimum=1)
    _check_headers(headers)
    size = body.nbytes if isinstance(body, memoryview) else len(body)
    if size > max_bytes:
        raise WebhookParseError(f"webhook body is {size} bytes, over the {max_bytes}-byte limit")
    data = bytes(body)
    kind = _sniff(data) or _declared(_header(headers, "Content-Type"))
    if kind is None:
        raise WebhookParseError("webhook body is neither JSON nor XML")
    try:
        return _parse_json(data) if kind == "json" else _parse_xml(data, max_bytes)
    except WebhookParseError:
        raise
    except XMLDecodeError as exc:
        raise WebhookParseError(f"webhook XML body: {exc}") from exc
    except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
        raise WebhookParseError(f"webhook body does not fit the webhook schema: {type(exc).__name__}") from exc


def _check_headers(headers: object) -> None:
    if not isinstance(headers, Mapping):
        raise ValidationError("headers", f"must be a mapping of header names to values, not {type(headers).__name__}")


def _sniff(data: bytes) -> Literal["json", "xml"] | None:
    start = data[len(_BOM) :] if data.startswith(_BOM) else data
    first = start.lstrip(_WHITESPACE)[:1]
    if first == b"{":
        return "json"
    if first == b"<":
        return "xml"
    return None


def _declared(content_type: str | None) -> Literal["json", "xml"] | None:
    media = (content_type or "").split(";", 1)[0].strip().lower()
    if media.endswith(("/json", "+json")):
        return "json"
    if media.endswith(("/xml", "+xml")):
        return "xml"
    return None


def _parse_json(data: bytes) -> Webhook:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise WebhookParseError(f"webhook body is not valid UTF-8 (byte {exc.start})") from exc
    try:
        doc = json.loads(text, parse_constant=_no_constant, object_pairs_hook=_no_duplicates)
    except (ValueError, RecursionError) as exc:
        raise WebhookParseError(f"webhook body is not valid JSON: {type(exc).__name__}: {exc}") from exc
    if not isinstance(doc, dict):
        raise WebhookParseError(f"webhook JSON body must be an object, not {type(doc).__name__}")
    return _build(doc)


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """As strict as the XML path: a key given twice (which one wins?) or a lone surrogate escape
    ("\\ud800", not Unicode text) refuses the document."""
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise ValueError(f"duplicate key {key!r}")
        for text in (key, value):
            if isinstance(text, str) and not text.isascii() and _SURROGATE.search(text):
                raise ValueError("a lone surrogate escape (not Unicode text)")
        out[key] = value
    return out


def _parse_xml(data: bytes, max_bytes: int) -> Webhook:
    root = _xml.parse(data, max_bytes=max_bytes)
    # Which model applies depends on Type/Status, so read the document once leniently with one
    # schema, and again with the other only if the dispatch picks it.
    probe = _xml.decode_dict(root, SMSReceivedWebhook, require=False)
    model_cls = _model_for(probe)
    return _build(probe if model_cls is SMSReceivedWebhook else _xml.decode_dict(root, model_cls, require=False))


def _model_for(doc: Mapping[str, Any]) -> type[Webhook]:
    kind, status = doc.get("Type"), doc.get("Status")
    if (isinstance(kind, str) and kind in _RECEIVED_TYPES) or status == _RECEIVED_STATUS:
        return SMSReceivedWebhook
    return StatusWebhook


def _build(doc: dict[str, Any]) -> Webhook:
    model_cls = _model_for(doc)
    problem = _xml.shape_error(doc, model_cls)
    if problem is not None:
        raise WebhookParseError(f"webhook body does not fit {model_cls.__name__}: {problem}")
    return model_cls.from_dict(doc)


# ------------------------------------------------------------------------------------------ verification


def _check_limits(instance: WebhookVerifier, attribute: attrs.Attribute[Any], value: object) -> None:
    if attribute.name == "api_key":
        if not isinstance(value, str) or not value:
            # An empty key would accept a request with an empty Authorization header.
            raise ValidationError("api_key", "must be a non-empty string")
    else:  # NaN, inf, a negative or a str would switch the replay protection off: refused
        check_seconds(attribute.name, value, allow_none=attribute.name == "max_age")


@attrs.frozen
class WebhookVerifier:
    """Checks a webhook's ``Authorization`` key and ``X-Timestamp`` before its body is trusted.

    ``max_age`` defaults to 25 hours, because TNZ retries a failed delivery every five minutes
    for 24 hours with the original X-Timestamp; de-duplicate retries with ``webhook_key``.
    ``max_age=None`` turns the timestamp check off (for senders that send no X-Timestamp);
    ``max_future`` allows for clock skew between TNZ and this host. The key is kept out of
    ``repr`` and out of every error message, so logging either cannot leak it.
    """

    api_key: str = attrs.field(repr=False, validator=_check_limits)
    max_age: float | None = attrs.field(default=DEFAULT_MAX_WEBHOOK_AGE, validator=_check_limits)
    max_future: float = attrs.field(default=60.0, validator=_check_limits)

    def verify(self, headers: Mapping[str, str], *, now: datetime | None = None) -> None:
        """Raise ``WebhookVerificationError`` unless the headers carry the key and a fresh timestamp."""
        if not isinstance(headers, Mapping):
            raise ValidationError(
                "headers", f"must be a mapping of header names to values, not {type(headers).__name__}"
            )
        if now is not None and not isinstance(now, datetime):
            raise ValidationError("now", f"must be a datetime, not {type(now).__name__}")
        received = _header(headers, "Authorization")
        if received is None:
            raise WebhookVerificationError("webhook has no Authorization header")
        if not isinstance(received, str | bytes):
            raise WebhookVerificationError("webhook Authorization header is not text")
        # compare_digest on bytes: constant time whatever the content (on str it wants ASCII).
        if not hmac.compare_digest(_as_bytes(received), _as_bytes(self.api_key)):
            raise WebhookVerificationError("webhook Authorization header does not match the webhook API key")
        if self.max_age is None:
            return
        stamp = _header(headers, "X-Timestamp")
        if stamp is None:
            raise WebhookVerificationError("webhook has no X-Timestamp header")
        if not isinstance(stamp, str | bytes):
            raise WebhookVerificationError("webhook X-Timestamp is not text")
        sent = _parse_rfc3339(stamp.decode("latin-1") if isinstance(stamp, bytes) else stamp)
        if sent is None:
            raise WebhookVerificationError("webhook X-Timestamp is not an RFC 3339 date-time")
        current = now if now is not None else datetime.now(UTC)
        if current.tzinfo is None:
            current = current.replace(tzinfo=UTC)
        age = (current - sent).total_seconds()
        if age > self.max_age:
            raise WebhookVerificationError(f"webhook is {age:.0f} s old, over the {self.max_age:g} s limit")
        if -age > self.max_future:
            raise WebhookVerificationError(
                f"webhook X-Timestamp is {-age:.0f} s in the future, over the {self.max_future:g} s allowance"
            )

    def parse(
        self,
        body: bytes,
        headers: Mapping[str, str],
        now: datetime | None = None,
        *,
        max_bytes: int = DEFAULT_MAX_WEBHOOK_BYTES,
    ) -> StatusWebhook | SMSReceivedWebhook:
        """``verify`` then ``parse_webhook``: the body is not looked at unless the sender checks out."""
        self.verify(headers, now=now)
        return parse_webhook(body, headers, max_bytes=max_bytes)


def verify_webhook(
    headers: Mapping[str, str],
    api_key: str,
    *,
    max_age: float | None = DEFAULT_MAX_WEBHOOK_AGE,
    max_future: float = 60.0,
    now: datetime | None = None,
) -> None:
    """One-off ``WebhookVerifier(api_key, max_age, max_future).verify(headers, now=now)``."""
    WebhookVerifier(api_key, max_age, max_future).verify(headers, now=now)


def webhook_key(webhook: StatusWebhook | SMSReceivedWebhook) -> str:
    """A stable key for one event: TNZ re-delivers a failed webhook unchanged for up to 24 hours,
    so a receiver that stores the keys it has processed handles each event once.

    Built from Type, MessageID, Status, ReceivedID, Destination, the event's UTC time and
    Result: two reports differ in at least one of them, a retry of the same report in none.
    """
    if not isinstance(webhook, StatusWebhook | SMSReceivedWebhook):
        raise ValidationError("webhook", f"expected a parsed webhook, got {type(webhook).__name__}")
    wire = webhook.to_dict()
    parts = [wire.get(name) for name in _KEY_FIELDS]
    text = json.dumps(parts, ensure_ascii=True, separators=(",", ":"), default=str)
    return hashlib.sha256(text.encode("ascii")).hexdigest()


_KEY_FIELDS = ("Type", "MessageID", "Status", "ReceivedID", "Destination", "SentTimeUTC", "Result")


def _as_bytes(value: str | bytes) -> bytes:
    # Some servers hand header values over as bytes; surrogatepass so odd text cannot raise.
    return value if isinstance(value, bytes) else str(value).encode("utf-8", "surrogatepass")


def _parse_rfc3339(value: str) -> datetime | None:
    text = value.strip()
    if not _RFC3339.fullmatch(text):
        return None
    text = text.replace("t", "T").replace("z", "+00:00").replace("Z", "+00:00")
    try:
        return datetime.fromisoformat(text)
    except ValueError:  # e.g. month 13 or a leap second
        return None
