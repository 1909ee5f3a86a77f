"""Item 9: empty or ambiguous destinations are refused: every destination names exactly one of
Recipient, ContactID, GroupID or GroupCode."""

from __future__ import annotations

from typing import Any

import pytest
from hardening._server import Running
from hardening._support import Kind, invoke

from tnz_ext import ValidationError, contact, group, recipient

NZ = "+64210000001"
BAD_TO: list[Any] = [
    {},
    {"Recipient": None},
    {"Recipient": ""},
    {"Attention": "Only a name"},
    {"Recipient": NZ, "ContactID": "C1"},
    {"Recipient": NZ, "ContactID": "C1", "GroupCode": "G"},
    {"GroupID": "G1", "GroupCode": "G"},
    [],
    [NZ, {}],
    None,
    5,
    b"+64210000001",
]


@pytest.mark.parametrize("to", BAD_TO, ids=repr)
def test_empty_or_ambiguous_destinations_are_refused(kind: Kind, server: Running, to: Any) -> None:
    with pytest.raises(ValidationError) as caught:
        invoke(kind, {"base_url": server.url}, "messaging.sms", "hi", to=to)
    assert caught.value.field.startswith("MessageData.Destinations")
    assert server.seen == []


@pytest.mark.parametrize(
    "make", [lambda: contact(""), lambda: contact(None), lambda: contact(" "), lambda: group(""),
             lambda: group(code=""), lambda: group(), lambda: group("G", code="C"), lambda: recipient(None),
             lambda: recipient(""), lambda: recipient(5)],
)  # fmt: skip
def test_helpers_refuse_empty_ids(make: Any) -> None:
    with pytest.raises(ValidationError):
        make()


def test_one_identity_each_is_sent(kind: Kind, server: Running) -> None:
    to = [NZ, contact("C1"), group("G1"), group(code="CODE"), {"Recipient": "021 000 0002", "Attention": "Bo"}]
    invoke(kind, {"base_url": server.url}, "messaging.sms", "hi", to=to)
    [seen] = server.seen
    assert seen.json()["MessageData"]["Destinations"] == [
        {"Recipient": NZ}, {"ContactID": "C1"}, {"GroupID": "G1"}, {"GroupCode": "CODE"},
        {"Recipient": "+64210000002", "Attention": "Bo"},
    ]  # fmt: skip
