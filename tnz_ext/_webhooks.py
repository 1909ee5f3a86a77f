"""Receiving TNZ's webhooks: check they come from TNZ, then turn the body into a model.

TNZ POSTs status reports and received SMS to a URL of yours, as JSON or as XML (the sender's
``WebhookCallbackFormat``), with the webhook API key in ``Authorization`` and the send time in
``X-Timestamp``. Anyone who learns the URL can POST to it, so the key is compared in constant
time and stale or far-future timestamps are refused (a captured delivery cannot be replayed
later). Bodies are parsed defensively: a size cap before anything else, hardened XML, and a
shape check against the spec, because the generated ``from_dict`` trusts its input.
"""

from __future__ import annotations

import hmac
import json
import re
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any, Literal, TypeAlias

import attrs
from tnz_api.models import SMSReceivedWebhook, StatusWebhook

from tnz_ext import _xml
from tnz_ext._errors import ValidationError, WebhookParseError, WebhookVerificationError, XMLDecodeError

__all__ = [
    "DEFAULT_MAX_WEBHOOK_BYTES",
    "Webhook",
    "WebhookVerifier",
    "parse_webhook",
    "verify_webhook",
]

Webhook: TypeAlias = StatusWebhook | SMSReceivedWebhook

#: A webhook is about twenty short fields (well under 2 kB); 1 MB leaves room and still bounds
#: what an unauthenticated sender can make us hold.
DEFAULT_MAX_WEBHOOK_BYTES = 1_000_000

# TNZ's documented markers of a received SMS (Type SMSInbound/SMSReply, Status RECEIVED).
_RECEIVED_TYPES = frozenset({"SMSInbound", "SMSReply"})
_RECEIVED_STATUS = "RECEIVED"
_BOM = b"\xef\xbb\xbf"
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
    a body that is not bytes at all raises ``TypeError``.
    """
    if not isinstance(body, bytes | bytearray | memoryview):
        # A programming error (e.g. a framework's decoded text), not a bad delivery: not a 400.
        raise TypeError(f"webhook body must be bytes, not {type(body).__name__}")
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
        doc = json.loads(text, parse_constant=_no_constant)
    except (ValueError, RecursionError) as exc:
        raise WebhookParseError(f"webhook body is not valid JSON: {type(exc).__name__}: {exc}") from exc
    if not isinstance(doc, dict):
        raise WebhookParseError(f"webhook JSON body must be an object, not {type(doc).__name__}")
    return _build(doc)


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


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
    elif value is not None and (not isinstance(value, int | float) or value < 0):
        raise ValidationError(attribute.name, "must be a number of seconds >= 0")


@attrs.frozen
class WebhookVerifier:
    """Checks a webhook's ``Authorization`` key and ``X-Timestamp`` before its body is trusted.

    ``max_age=None`` turns the timestamp check off (for senders that send no X-Timestamp);
    ``max_future`` allows for clock skew between TNZ and this host. The key is kept out of
    ``repr`` and out of every error message, so logging either cannot leak it.
    """

    api_key: str = attrs.field(repr=False, validator=_check_limits)
    max_age: float | None = attrs.field(default=300.0, validator=_check_limits)
    max_future: float = attrs.field(default=60.0, validator=_check_limits)

    def verify(self, headers: Mapping[str, str], *, now: datetime | None = None) -> None:
        """Raise ``WebhookVerificationError`` unless the headers carry the key and a fresh timestamp."""
        received = _header(headers, "Authorization")
        if received is None:
            raise WebhookVerificationError("webhook has no Authorization header")
        # compare_digest on bytes: constant time whatever the content (on str it wants ASCII).
        if not hmac.compare_digest(_as_bytes(received), _as_bytes(self.api_key)):
            raise WebhookVerificationError("webhook Authorization header does not match the webhook API key")
        if self.max_age is None:
            return
        stamp = _header(headers, "X-Timestamp")
        if stamp is None:
            raise WebhookVerificationError("webhook has no X-Timestamp header")
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
    max_age: float | None = 300.0,
    max_future: float = 60.0,
    now: datetime | None = None,
) -> None:
    """One-off ``WebhookVerifier(api_key, max_age, max_future).verify(headers, now=now)``."""
    WebhookVerifier(api_key, max_age, max_future).verify(headers, now=now)


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
