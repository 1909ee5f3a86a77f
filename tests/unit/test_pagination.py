"""Pagers walk every page: by PageCount when the list has paging fields, else until a short page."""

from __future__ import annotations

import httpx
from pytest_httpx import HTTPXMock

from tnz_ext import AsyncTNZClient, TNZClient

BASE = "https://api.tnz.co.nz/api/v2.04"


def _contacts_page(page: int, page_count: int, ids: list[str]) -> dict[str, object]:
    return {
        "Result": "Success", "TotalRecords": 5, "RecordsPerPage": 2, "PageCount": page_count, "Page": page,
        "Contacts": [{"ID": i, "FirstName": f"n{i}"} for i in ids],
    }  # fmt: skip


def _add_contact_pages(httpx_mock: HTTPXMock) -> None:
    for page, ids in ((1, ["a", "b"]), (2, ["c", "d"]), (3, ["e"])):
        httpx_mock.add_response(
            url=f"{BASE}/addressbook/contact/list?page={page}&recordsPerPage=2", json=_contacts_page(page, 3, ids)
        )


def _pages_requested(httpx_mock: HTTPXMock) -> list[str | None]:
    return [httpx.URL(str(r.url)).params.get("page") for r in httpx_mock.get_requests()]


def test_sync_iter_walks_every_page_by_page_count(httpx_mock: HTTPXMock) -> None:
    _add_contact_pages(httpx_mock)
    with TNZClient(auth_token="t", base_url=BASE) as client:
        ids = [c.id for c in client.addressbook.contacts.iter(records_per_page=2)]
    assert ids == ["a", "b", "c", "d", "e"]
    assert _pages_requested(httpx_mock) == ["1", "2", "3"]


async def test_async_iter_walks_every_page_by_page_count(httpx_mock: HTTPXMock) -> None:
    _add_contact_pages(httpx_mock)
    async with AsyncTNZClient(auth_token="t", base_url=BASE) as client:
        ids = [c.id async for c in client.addressbook.contacts.iter(records_per_page=2)]
    assert ids == ["a", "b", "c", "d", "e"]


def test_iter_starts_at_the_given_page(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(
        url=f"{BASE}/addressbook/contact/list?page=3&recordsPerPage=2", json=_contacts_page(3, 3, ["e"])
    )
    with TNZClient(auth_token="t", base_url=BASE) as client:
        assert [c.id for c in client.addressbook.contacts.iter(page=3, records_per_page=2)] == ["e"]


def test_sms_received_has_no_paging_fields_so_a_short_page_ends_it(httpx_mock: HTTPXMock) -> None:
    def page(n: int, count: int) -> dict[str, object]:
        return {"Result": "Success", "Messages": [{"ReceivedID": f"{n}-{i}"} for i in range(count)]}

    url = f"{BASE}/get/sms/received?timePeriod=60&page={{}}&recordsPerPage=3"
    httpx_mock.add_response(url=url.format(1), json=page(1, 3))
    httpx_mock.add_response(url=url.format(2), json=page(2, 3))
    httpx_mock.add_response(url=url.format(3), json=page(3, 1))
    with TNZClient(auth_token="t", base_url=BASE) as client:
        got = [m.received_id for m in client.reports.iter_sms_received(time_period=60, records_per_page=3)]
    assert got == ["1-0", "1-1", "1-2", "2-0", "2-1", "2-2", "3-0"]


def test_an_empty_page_ends_iteration(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json={"Result": "Success", "Messages": []})
    with TNZClient(auth_token="t", base_url=BASE) as client:
        assert list(client.reports.iter_sms_received(time_period=60)) == []
    assert len(httpx_mock.get_requests()) == 1
