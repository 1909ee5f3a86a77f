"""Item 6: email/fax header fields - the spec's `format: email` is enforced, and CR/LF (or any
control character) is refused in Subject, From, CSID, attachment names and every other
single-line field; attachment names are bare file names."""

from __future__ import annotations

from typing import Any

import pytest
from hardening._server import Running
from hardening._support import Kind, invoke

from tnz_ext import Attachment, ValidationError

TO = "person@example.com"
EMAIL_FIELDS = ["smtp_from", "reply_to", "cc_email", "report_to", "from_email"]
BAD_EMAILS = ["not-an-address", "a@b", "a@b.com\n", "a@b.com\r\nBcc: x@y.com", "a b@c.com", "@b.com", "a@", 5]


@pytest.mark.parametrize("option", EMAIL_FIELDS)
def test_email_format_is_enforced(kind: Kind, server: Running, option: str) -> None:
    for bad in BAD_EMAILS:
        with pytest.raises(ValidationError):
            invoke(kind, {"base_url": server.url}, "messaging.email", "Hi", to=TO, message_plain="x", **{option: bad})
    assert server.seen == []


def test_sms_email_reply_is_an_email(kind: Kind, server: Running) -> None:
    for bad in BAD_EMAILS:
        with pytest.raises(ValidationError):
            invoke(kind, {"base_url": server.url}, "messaging.sms", "hi", to="+64210000001", sms_email_reply=bad)
    assert server.seen == []


@pytest.mark.parametrize("crlf", ["\n", "\r", "\r\nBcc: evil@example.com", "\x00", "\x1b[31m"], ids=repr)
def test_control_characters_are_refused_in_header_fields(kind: Kind, server: Running, crlf: str) -> None:
    cases: list[tuple[str, tuple[Any, ...], dict[str, Any]]] = [
        ("messaging.email", (f"Subject{crlf}",), {"to": TO, "message_plain": "x"}),
        ("messaging.email", ("Subject",), {"to": TO, "message_plain": "x", "from_": f"Name{crlf}"}),
        ("messaging.email", ("Subject",), {"to": TO, "message_plain": "x", "reference": f"R{crlf}"}),
        ("messaging.fax", ([Attachment.from_bytes(b"%PDF", "a.pdf")],), {"to": "+6495005000", "csid": f"S{crlf}"}),
    ]
    for path, args, kwargs in cases:
        with pytest.raises(ValidationError):
            invoke(kind, {"base_url": server.url}, path, *args, **kwargs)
    assert server.seen == []


@pytest.mark.parametrize(
    "name", ["../../etc/passwd", "a/b.pdf", "a\\b.pdf", ".", "..", "a\r\n.pdf", "a\n.pdf", "", " ", None, 5], ids=repr
)
def test_attachment_names_are_bare_single_line_file_names(name: Any) -> None:
    with pytest.raises(ValidationError):
        Attachment.from_bytes(b"%PDF", name)


def test_multiline_text_stays_allowed(kind: Kind, server: Running) -> None:
    invoke(kind, {"base_url": server.url}, "messaging.email", "Subject", to=TO, message_plain="line 1\r\nline 2\n")
    [seen] = server.seen
    assert seen.json()["MessageData"]["MessagePlain"] == "line 1\r\nline 2\n"
