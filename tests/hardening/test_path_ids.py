"""Item 1: an ID that goes into a URL path can never change the route ("." / ".." / "/" ...)."""

from __future__ import annotations

from typing import Any
from urllib.parse import unquote

import httpx
import pytest
from hardening._server import Running
from hardening._support import TOKEN, Kind, invoke
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tnz_ext import TNZClient, ValidationError

# Every operation with an ID in its path: (method path, args before the bad ID is substituted).
OPERATIONS = [
    ("addressbook.contacts.get", ("{}",)),
    ("addressbook.contacts.update", ("{}",), {"first_name": "A"}),
    ("addressbook.contacts.delete", ("{}",)),
    ("addressbook.groups.get", ("{}",)),
    ("addressbook.groups.update", ("{}",), {"group_name": "G"}),
    ("addressbook.groups.delete", ("{}",)),
    ("addressbook.contact_groups.list", ("{}",)),
    ("addressbook.contact_groups.get", ("{}", "G1")),
    ("addressbook.contact_groups.get", ("C1", "{}")),
    ("addressbook.contact_groups.add", ("{}", "G1")),
    ("addressbook.contact_groups.add", ("C1", "{}")),
    ("addressbook.contact_groups.remove", ("{}", "G1")),
    ("addressbook.contact_groups.remove", ("C1", "{}")),
    ("addressbook.group_contacts.list", ("{}",)),
    ("addressbook.group_contacts.get", ("{}", "C1")),
    ("addressbook.group_contacts.add", ("{}", "C1")),
    ("addressbook.group_contacts.add", ("G1", "{}")),
    ("addressbook.group_contacts.remove", ("{}", "C1")),
    ("addressbook.group_contacts.remove", ("G1", "{}")),
    ("reports.status", ("{}",)),
    ("reports.sms_reply", ("{}",)),
    ("actions.abort", ("{}",)),
    ("actions.resubmit", ("{}",)),
    ("actions.reschedule", ("{}", "2030-01-01T10:00")),
    ("actions.pacing", ("{}", 5)),
]
BAD_IDS = [
    ".",
    "..",
    "a/b",
    "../C1",
    "a\\b",
    "a?b",
    "a#b",
    "a%2Fb",
    "",
    " ",
    "a b",
    "a\n",
    "a\r\nX: y",
    "\x00",
    5,
    None,
]


def _args(template: tuple[Any, ...], bad: Any) -> tuple[Any, ...]:
    return tuple(bad if part == "{}" else part for part in template)


@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda op: f"{op[0]}{op[1]}")
def test_unsafe_path_id_is_refused_before_any_traffic(kind: Kind, server: Running, operation: tuple[Any, ...]) -> None:
    path, template, *rest = operation
    kwargs = rest[0] if rest else {}
    for bad in BAD_IDS:
        with pytest.raises(ValidationError) as caught:
            invoke(kind, {"base_url": server.url}, path, *_args(template, bad), **kwargs)
        assert caught.value.field in {"ContactID", "GroupID", "MessageID"}, bad
    assert server.seen == []


@pytest.mark.parametrize("good", ["C1", "17f2b37e-4706-41c8-8dcb-de90e24c2447", "My_Group.Code", "née"])
def test_ordinary_ids_reach_exactly_their_route(kind: Kind, server: Running, good: str) -> None:
    invoke(kind, {"base_url": server.url}, "addressbook.group_contacts.remove", good, "C1")
    [seen] = server.seen
    assert seen.method == "DELETE"
    assert seen.path.startswith("/api/v2.04/addressbook/group/")
    assert seen.path.endswith("/contact/C1")
    assert seen.path.count("/") == 7  # one segment for the ID, whatever it holds


# ---------------------------------------------------------------------------------------- property
# Any text at all as an ID: it is either refused before sending, or it reaches the server as
# exactly one path segment that decodes back to the ID - never another route.
ID_TEXT = st.text(
    alphabet=st.one_of(st.sampled_from("./\\?#%;= \t\r\n\x00\x7f"), st.characters(blacklist_categories=["Cs"])),
    min_size=0,
    max_size=12,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(contact_id=ID_TEXT)
def test_any_id_is_refused_or_stays_one_segment(server: Running, contact_id: str) -> None:
    before = len(server.seen)
    try:
        with httpx.Client() as http, TNZClient(auth_token=TOKEN, base_url=server.url, http_client=http) as client:
            client.addressbook.group_contacts.remove("G1", contact_id)
    except ValidationError as exc:
        assert exc.field == "ContactID"
        assert len(server.seen) == before
        return
    seen = server.seen[-1]
    assert len(server.seen) == before + 1
    prefix = "/api/v2.04/addressbook/group/G1/contact/"
    assert seen.method == "DELETE" and seen.path.startswith(prefix)
    segment = seen.path[len(prefix) :]
    assert "/" not in segment
    assert unquote(segment) == contact_id
    assert contact_id not in {".", ".."}
