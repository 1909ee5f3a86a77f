r"""Item 5: every spec pattern is checked with full-match semantics: Python's `$` also matches
before a final "\n", and its `\d` takes any Unicode digit; neither may let a value through."""

from __future__ import annotations

from typing import Any

import pytest
from hardening._server import Running
from hardening._support import Kind, invoke

from tnz_ext import ValidationError

TRAILING = ["\n", "\r\n", "\r", "\x00", " \n"]


@pytest.mark.parametrize(
    ("path", "args", "kwargs", "field"),
    [
        ("reports.status", ("ID1{}",), {}, "MessageID"),
        ("actions.abort", ("ID1{}",), {}, "MessageID"),
        ("messaging.sms", ("hi",), {"to": "+64210000001", "message_id": "ID1{}"}, "MessageData.MessageID"),
        ("actions.reschedule", ("ID1", "2030-01-01T10:00{}"), {}, "SendTime"),
        ("messaging.sms", ("hi",), {"to": "+64210000001", "webhook_callback_url": "https://x.example/h{}"}, None),
        ("reports.sms_received", (), {"date_from": "2030-01-01T10:00{}", "date_to": "2030-01-01T11:00"}, "dateFrom"),
        ("addressbook.contacts.get", ("C1{}",), {}, "ContactID"),
    ],
    ids=lambda v: str(v)[:30],
)
def test_trailing_newline_never_passes_a_pattern(
    kind: Kind, server: Running, path: str, args: tuple[Any, ...], kwargs: dict[str, Any], field: str | None
) -> None:
    for tail in TRAILING:
        bad_args = tuple(a.replace("{}", tail) if isinstance(a, str) else a for a in args)
        bad_kwargs = {k: v.replace("{}", tail) if isinstance(v, str) else v for k, v in kwargs.items()}
        with pytest.raises(ValidationError) as caught:
            invoke(kind, {"base_url": server.url}, path, *bad_args, **bad_kwargs)
        if field is not None:
            assert caught.value.field.endswith(field)
    assert server.seen == []


ARABIC_INDIC, FULLWIDTH, DOUBLE_STRUCK = (
    "\u0662\u0660\u0663\u0660",
    "\uff12\uff10\uff13\uff10",
    "\U0001d7da\U0001d7d8\U0001d7db\U0001d7d8",
)


@pytest.mark.parametrize("digits", [ARABIC_INDIC, FULLWIDTH, DOUBLE_STRUCK])
def test_non_ascii_digits_do_not_match_digit_patterns(kind: Kind, server: Running, digits: str) -> None:
    with pytest.raises(ValidationError):
        invoke(kind, {"base_url": server.url}, "actions.reschedule", "ID1", f"{digits}-01-01T10:00")
    assert server.seen == []
