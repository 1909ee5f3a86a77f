"""Item 12: wrong types never escape as TypeError/AttributeError/KeyError/UnicodeEncodeError.
Every public entry point, given the wrong type, a lone surrogate or an absurd number in any
argument, raises a ValidationError naming a field - and nothing is sent."""

from __future__ import annotations

import io
from typing import Any

import pytest
from hardening._server import Running
from hardening._support import Kind, invoke

from tnz_ext import (
    Attachment,
    ValidationError,
    check_sms_length,
    contact,
    group,
    load_wav,
    recipient,
    sms_info,
    wav_base64,
)

NZ = "+64210000001"
WRONG: list[Any] = [None, 5, 2.5, b"bytes", ["list"], {"a": 1}, object(), "lone \ud800 surrogate", 10**5000]
WRONG_IDS = ["None", "int", "float", "bytes", "list", "dict", "object", "surrogate", "huge-int"]

# (operation, positional args, keyword args): each argument in turn gets each wrong value.
OPERATIONS: list[tuple[str, tuple[Any, ...], dict[str, Any]]] = [
    ("messaging.sms", ("hi",), {"to": NZ, "reference": "R"}),
    ("messaging.email", ("Subject",), {"to": "a@example.com", "message_plain": "x", "from_": "Me"}),
    ("messaging.fax", ([Attachment.from_bytes(b"%PDF", "a.pdf")],), {"to": NZ, "csid": "S"}),
    ("messaging.tts", ("hi",), {"to": NZ, "keypads": [{"Tone": 1}]}),
    ("actions.pacing", ("ID1", 5), {}),
    ("actions.reschedule", ("ID1", "2030-01-01T10:00"), {}),
    ("actions.resubmit", ("ID1",), {}),
    ("reports.status", ("ID1",), {}),
    ("reports.sms_received", (), {"time_period": 60}),
    ("addressbook.contacts.get", ("C1",), {}),
    ("addressbook.contacts.search", (), {"first_name": "A"}),
    ("addressbook.groups.create", ("Group",), {}),
    ("addressbook.group_contacts.add", ("G1", "C1"), {}),
]
# None is a documented "not given" for these.
NONE_OK = {"reference", "from_", "csid", "time_period", "first_name", "keypads", "message_plain"}


def _variants(args: tuple[Any, ...], kwargs: dict[str, Any], bad: Any) -> list[tuple[tuple[Any, ...], dict[str, Any]]]:
    out = []
    for index in range(len(args)):
        if type(args[index]) is not type(bad):  # same type as a good value: not a wrong type
            out.append(((*args[:index], bad, *args[index + 1 :]), kwargs))
    for key in kwargs:
        if (bad is None and key in NONE_OK) or type(kwargs[key]) is type(bad):
            continue
        out.append((args, {**kwargs, key: bad}))
    return out


@pytest.mark.parametrize("bad", WRONG, ids=WRONG_IDS)
@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda op: op[0])
def test_wrong_types_raise_validation_errors_only(
    kind: Kind, server: Running, operation: tuple[str, tuple[Any, ...], dict[str, Any]], bad: Any
) -> None:
    path, args, kwargs = operation
    for bad_args, bad_kwargs in _variants(args, kwargs, bad):
        with pytest.raises(ValidationError) as caught:
            invoke(kind, {"base_url": server.url}, path, *bad_args, **bad_kwargs)
        assert caught.value.field, (path, bad_args, bad_kwargs)
    assert server.seen == []


@pytest.mark.parametrize("bad", [None, 5, b"x", 2.5, ["x"]], ids=repr)
def test_helpers_raise_validation_errors_only(bad: Any) -> None:
    calls = [
        lambda: sms_info(bad),
        lambda: check_sms_length(bad),
        lambda: contact(bad),
        lambda: recipient(bad),
        lambda: group(bad),
        lambda: load_wav(bad, field="f"),
        lambda: wav_base64(bad, field="f"),
        lambda: Attachment.from_path(bad),
        lambda: Attachment.from_stream(bad, "a.pdf"),
        lambda: Attachment.from_bytes(b"x", bad),
    ]
    if type(bad) is not int:
        calls.append(lambda: check_sms_length("hi", max_parts=bad))
    if type(bad) is not bytes:
        calls.append(lambda: Attachment.from_bytes(bad, "a.pdf"))
    for call in calls:
        with pytest.raises(ValidationError):
            call()


def test_text_stream_is_refused_as_an_attachment() -> None:
    with pytest.raises(ValidationError):
        Attachment.from_stream(io.StringIO("text"), "a.txt")


@pytest.mark.parametrize("files", [[None], [5], [b"%PDF"], "a.pdf", 5, [object()]], ids=repr)
def test_files_of_the_wrong_type_are_refused(kind: Kind, server: Running, files: Any) -> None:
    with pytest.raises(ValidationError) as caught:
        invoke(kind, {"base_url": server.url}, "messaging.sms", "hi", to=NZ, files=files)
    assert caught.value.field.startswith("MessageData.Files")
    assert server.seen == []
