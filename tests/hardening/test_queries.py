"""Item 8: query parameters are validated against the spec's parameter schemas, like bodies."""

from __future__ import annotations

from typing import Any

import pytest
from hardening._server import Running
from hardening._support import Kind, invoke

from tnz_ext import ValidationError

BAD_QUERIES: list[tuple[str, dict[str, Any], str]] = [
    ("reports.sms_received", {"time_period": 0}, "timePeriod"),
    ("reports.sms_received", {"time_period": -1}, "timePeriod"),
    ("reports.sms_received", {"time_period": "x"}, "timePeriod"),
    ("reports.sms_received", {"time_period": True}, "timePeriod"),
    ("reports.sms_received", {"time_period": 5.0}, "timePeriod"),
    ("reports.sms_received", {"date_from": "yesterday", "date_to": "2030-01-01T10:00"}, "dateFrom"),
    ("reports.sms_received", {"date_from": "2030-01-01T10:00", "date_to": 20300101}, "dateTo"),
    ("reports.sms_received", {"time_period": 60, "page": 0}, "page"),
    ("addressbook.contacts.list", {"page": 0}, "page"),
    ("addressbook.contacts.list", {"page": -5}, "page"),
    ("addressbook.contacts.list", {"page": "2"}, "page"),
    ("addressbook.contacts.list", {"records_per_page": 0}, "recordsPerPage"),
    ("addressbook.contacts.list", {"records_per_page": 1.5}, "recordsPerPage"),
    ("addressbook.groups.list", {"page": False}, "page"),
    ("addressbook.contacts.search", {"first_name": b"x"}, "FirstName"),
    ("addressbook.contacts.search", {"last_name": 5}, "LastName"),
    ("addressbook.contacts.search", {"company": "A\r\nB"}, "Company"),
    ("addressbook.contacts.search", {"email_address": "x\ud800"}, "EmailAddress"),
]


@pytest.mark.parametrize(("path", "query", "field"), BAD_QUERIES, ids=lambda v: repr(v)[:40])
def test_bad_query_values_are_refused_before_sending(
    kind: Kind, server: Running, path: str, query: dict[str, Any], field: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        invoke(kind, {"base_url": server.url}, path, **query)
    assert caught.value.field == field
    assert server.seen == []


def test_good_queries_are_sent_under_their_wire_names(kind: Kind, server: Running) -> None:
    invoke(kind, {"base_url": server.url}, "reports.sms_received", time_period=60, page=2, records_per_page=10)
    [seen] = server.seen
    assert seen.query == {"timePeriod": ["60"], "page": ["2"], "recordsPerPage": ["10"]}
