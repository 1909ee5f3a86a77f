"""Responses shaped as TNZ's own library reads them parse into the generated models with nothing
dropped, and surface through tnz_ext: the error reason in ``str(exc)`` for both error shapes, one
``contact_id`` on a created contact, paging fields and the status/SMS-reply pagers.

Shapes (see openapi/DECISIONS-evidence.md): tnzapi 2.4.2.0 reads ``ErrorMessage`` as a list of
strings (``core/dtos/error_dto.py:9``) on any ``Result != "Success"``, whatever the HTTP status
(``api/messaging/responses/message_api_result.py:42``); the v3.00 spec's 400 example gives it as
a bare string; seed 001 shows ``Message``. Contacts carry ``ContactID`` and ``RecipDepartment``
(``api/addressbook/contacts/dtos/contact_model.py:10,20``); status and SMS reply carry
``TotalRecords/RecordsPerPage/PageCount/Page``, ``Timezone`` and ``Price`` (``status_dto.py``,
``sms_reply_dto.py``), SMS received the paging fields (``sms_received_dto.py:10-13``); the
v3.00 ``Price`` is ``[string, null]``.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from pytest_httpx import HTTPXMock
from tnz_api import models as m

from tnz_ext import APIError, AsyncTNZClient, BadRequestError, NotFoundError, TNZClient

BASE = "https://api.tnz.co.nz/api/v2.04"
MID = "ID123456"
CID = "AAAAAAAA-BBBB-BBBB-CCCC-DDDDDDDDDDDD"
GID = "BBBBBBBB-CCCC-DDDD-EEEE-FFFFFFFFFFFF"

ERROR_LIST = {"Result": "Failed", "MessageID": MID, "ErrorMessage": ["Missing Sender"]}  # S000:576, LIB error_dto
ERROR_TWO = {"Result": "Failed", "MessageID": MID, "ErrorMessage": ["Missing Sender", "Empty Destination(s)"]}
ERROR_STRING = {"Result": "Failed", "ErrorMessage": "Missing or empty field"}  # v3.00 400BadRequest example
ERROR_S001 = {"Result": "Failed", "MessageID": MID, "Message": "Message not found"}  # S001:552-554

CONTACT = {  # S000:902-932 as tnzapi's ContactModel reads it (ContactID, RecipDepartment)
    "ContactID": CID, "Owner": "COM\\EXAMPLE\\TEST", "Created": "2023-12-01T12:00:00",
    "CreatedUTC": "2023-12-01T00:00:00", "Updated": "2023-12-01T12:00:00", "UpdatedUTC": "2023-12-01T00:00:00",
    "Timezone": "New Zealand", "Attention": "Person Attention", "Title": "Ms", "Company": "TNZ Group LTD.",
    "RecipDepartment": "Sales Dept.", "FirstName": "First", "LastName": "Last", "Position": "Sales Represent",
    "StreetAddress": "123 ABC st.", "Suburb": "My Suburb", "City": "Auckland", "State": "AKL",
    "Country": "New Zealand", "Postcode": "1234", "MainPhone": "092223333", "AltPhone1": "093334444",
    "AltPhone2": "094445555", "DirectPhone": "094445555", "MobilePhone": "0211144489", "FaxNumber": "093334444",
    "EmailAddress": "person1@example.com", "WebAddress": "https://www.tnz.co.nz", "Custom1": "Custom Value",
    "Custom2": "", "Custom3": "", "Custom4": "", "ViewBy": "Account", "EditBy": "Account",
}  # fmt: skip
CONTACT_S000 = {**{k: v for k, v in CONTACT.items() if k not in ("ContactID", "RecipDepartment")}}
CONTACT_S000 |= {"ID": CID, "CompanyDepartment": "Sales Dept."}  # S000:902, 912

PAGING = {"TotalRecords": 3, "RecordsPerPage": 2, "PageCount": 2, "Page": 1}


def _recipient(destination: str, **extra: Any) -> dict[str, Any]:
    return {
        "Type": "SMS", "DestSeq": "00000001", "Destination": destination, "ContactID": "", "Status": "SUCCESS",
        "Result": "delivered", "SentTimeLocal": "2024-05-01 15:51:42", "SentTimeUTC": "2024-05-01 03:51:42",
        "SentTimeUTC_RFC3339": "2024-05-01T03:51:42.000Z", "Attention": "", "Company": "", "Custom1": "",
        "RemoteID": "", "Price": None, **extra,
    }  # fmt: skip


def _status(recipients: list[dict[str, Any]], **paging: Any) -> dict[str, Any]:
    return {
        "Result": "Success", "MessageID": MID, "Status": "Completed", "JobNum": "10AB20CE", "Account": "102030",
        "SubAccount": "", "Department": "", "Reference": "", "CreatedTimeLocal": "2024-05-01 15:51:42",
        "CreatedTimeUTC": "2024-05-01 03:51:42", "CreatedTimeUTC_RFC3339": "2024-05-01T03:51:42.000Z",
        "DelayedTimeLocal": "2024-05-01 15:51:42", "DelayedTimeUTC": "2024-05-01 03:51:42",
        "DelayedTimeUTC_RFC3339": "2024-05-01T03:51:42.000Z", "Timezone": "New Zealand", "Count": 3,
        "Complete": 3, "Success": 3, "Failed": 0, "Price": None, **PAGING, **paging, "Recipients": recipients,
    }  # fmt: skip


REPLY = {
    "ReceivedID": "5000000a-f002-4007-b00a-d00000000001", "ReceivedTimeLocal": "2024-05-01 15:51:42",
    "ReceivedTimeUTC": "2024-05-01 03:51:42", "ReceivedTimeUTC_RFC3339": "2024-05-01T03:51:42.000Z",
    "Timezone": "New Zealand", "From": "+6421000001", "MessageText": "This is a reply back from the mobile phone.",
}  # fmt: skip
RECEIVED = {
    "ReceivedID": "5000000a-f002-4007-b00a-d00000000001", "MessageID": "1000000a-f002-4007-b00a-d00000000002",
    "JobNum": "10C7B9A0", "SubAccount": "SubAccount01", "Department": "Department01",
    "ReceivedTimeLocal": "2023-09-01 14:02:03", "ReceivedTimeUTC": "2023-09-01 02:02:03",
    "ReceivedTimeUTC_RFC3339": "2023-09-01T02:02:03.000Z", "From": "+6421000001", "ContactID": "",
    "MessageText": "This is a reply back from the mobile phone.", "Timezone": "New Zealand", "Version": "v2.04",
}  # fmt: skip
GROUP = {  # S000:1205-1210, tnzapi group_model.py:10-16, v3.00 Group_Detail
    "GroupID": GID, "GroupCode": "Test_Group", "GroupName": "Test Group", "SubAccount": "SubAccount01",
    "Department": "Department01", "ViewEditBy": "Account", "Owner": "COM\\EXAMPLE\\TEST", "AccessControl": "Limited",
    "CreatedTimeLocal": "2025-05-29 05:11:03", "CreatedTimeUTC": "2025-05-29 17:11:03",
    "CreatedTimeUTC_RFC3339": "2025-05-29T17:11:03.000Z", "Timezone": "New Zealand",
}  # fmt: skip

# (case id, model, body, fields the spec must declare: (model of the object, path to it, wire key))
Declared = tuple[type[Any], tuple[str, ...], str]
TOP = ("TotalRecords", "RecordsPerPage", "PageCount", "Page")
SHAPES: list[tuple[str, type[Any], dict[str, Any], list[Declared]]] = [
    ("ErrorMessage list", m.ErrorResponse, ERROR_LIST, [(m.ErrorResponse, (), "ErrorMessage")]),
    ("ErrorMessage string (v3.00)", m.ErrorResponse, ERROR_STRING, [(m.ErrorResponse, (), "ErrorMessage")]),
    ("Message (S001)", m.ErrorResponse, ERROR_S001, [(m.ErrorResponse, (), "Message")]),
    (
        "action Failed + ErrorMessage",
        m.ActionResponse,
        {**ERROR_LIST, "Action": "Abort"},
        [(m.ErrorResponse, (), "ErrorMessage")],  # a 200 Result=Failed is read as the error shape too
    ),
    ("send Failed + ErrorMessage", m.SendResponse, ERROR_LIST, [(m.ErrorResponse, (), "ErrorMessage")]),
    (
        "contact ContactID/RecipDepartment",
        m.ContactResponse,
        {"Result": "Success", "Contact": CONTACT},
        [(m.ContactModel, ("Contact",), k) for k in ("ContactID", "RecipDepartment", "Timezone")],
    ),
    ("contact ID/CompanyDepartment (S000)", m.ContactResponse, {"Result": "Success", "Contact": CONTACT_S000}, []),
    (
        "contact list",
        m.ContactListResponse,
        {"Result": "Success", **PAGING, "Contacts": [CONTACT]},
        [(m.ContactListResponse, (), k) for k in TOP],
    ),
    (
        "status paging/Timezone/Price null",
        m.StatusResponse,
        _status([_recipient("+6421000001")]),
        [(m.StatusResponse, (), k) for k in (*TOP, "Timezone", "Price")],
    ),
    (
        "sms reply paging/Timezone/Price null",
        m.SMSReplyResponse,
        _status([_recipient("+6421000001", MessageText="Hello", SMSReplies=[REPLY])]),
        [(m.SMSReplyResponse, (), k) for k in (*TOP, "Timezone", "Price")],
    ),
    (
        "sms received paging",
        m.SMSReceivedResponse,
        {"Result": "Success", **PAGING, "Messages": [RECEIVED]},
        [(m.SMSReceivedResponse, (), k) for k in TOP],
    ),
    (
        "group AccessControl/CreatedTime*/Timezone",
        m.GroupResponse,
        {"Result": "Success", "Group": GROUP},
        [
            (m.GroupModel, ("Group",), k)
            for k in ("GroupCode", "AccessControl", "CreatedTimeLocal", "CreatedTimeUTC", "CreatedTimeUTC_RFC3339")
        ]
        + [(m.GroupModel, ("Group",), "Timezone")],
    ),
    (
        "contact's groups",
        m.ContactGroupListResponse,
        {"Result": "Success", **PAGING, "Contact": CONTACT, "Groups": [GROUP]},
        [(m.ContactModel, ("Contact",), "ContactID"), (m.ContactGroupListResponse, (), "PageCount")],
    ),
]


@pytest.mark.parametrize(("model", "body", "declared"), [s[1:] for s in SHAPES], ids=[s[0] for s in SHAPES])
def test_shape_parses_with_nothing_dropped(model: type[Any], body: dict[str, Any], declared: list[Declared]) -> None:
    parsed = model.from_dict(copy.deepcopy(body))
    assert parsed.to_dict() == body
    for owner, path, key in declared:
        obj = body
        for step in path:
            obj = obj[step]
        extra = owner.from_dict(copy.deepcopy(obj)).additional_properties
        assert key not in extra, f"{owner.__name__}.{key} is not declared in the spec (kept only as an extra)"


# ---------------------------------------------------------------------------------------- errors through tnz_ext
@pytest.fixture
def client() -> Any:
    with TNZClient(auth_token="compat-token", base_url=BASE, max_retries=0) as c:
        yield c


ERROR_CASES = [
    ("400 ErrorMessage list", 400, ERROR_LIST, ["Missing Sender"]),
    ("400 ErrorMessage string", 400, ERROR_STRING, ["Missing or empty field"]),
    ("400 Message (S001)", 400, ERROR_S001, ["Message not found"]),
    ("400 two reasons", 400, ERROR_TWO, ["Missing Sender", "Empty Destination(s)"]),
    ("200 Result=Failed ErrorMessage list", 200, ERROR_LIST, ["Missing Sender"]),
    ("200 Result=Failed ErrorMessage string", 200, ERROR_STRING, ["Missing or empty field"]),
    ("200 Result=Failed two reasons", 200, ERROR_TWO, ["Missing Sender", "Empty Destination(s)"]),
    ("404 ErrorMessage list (v3.00 404RecordNotFound)", 404, ERROR_LIST, ["Missing Sender"]),
]


@pytest.mark.parametrize(("status", "body", "reasons"), [c[1:] for c in ERROR_CASES], ids=[c[0] for c in ERROR_CASES])
def test_every_error_shape_surfaces_its_reason(
    client: TNZClient, httpx_mock: HTTPXMock, status: int, body: dict[str, Any], reasons: list[str]
) -> None:
    httpx_mock.add_response(status_code=status, json=body)
    with pytest.raises(APIError) as caught:
        client.messaging.sms("Hello", to="+6421000001", message_id=MID)
    error = caught.value
    assert isinstance(error, NotFoundError if status == 404 else BadRequestError)
    assert error.errors == reasons
    assert error.api_message is not None and reasons[0] in error.api_message
    for reason in reasons:
        assert reason in str(error)
    assert error.message_id == MID


def test_an_action_answered_failed_keeps_its_reason(client: TNZClient, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json={**ERROR_LIST, "Action": "Abort", "ErrorMessage": ["Message not found"]})
    with pytest.raises(BadRequestError) as caught:
        client.actions.abort(MID)
    assert caught.value.errors == ["Message not found"]
    assert "Message not found" in str(caught.value)


# ---------------------------------------------------------------------------------------- contacts through tnz_ext
def test_a_created_contact_exposes_its_contact_id_for_update_and_delete(
    client: TNZClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(
        method="POST", url=f"{BASE}/addressbook/contact", json={"Result": "Success", "Contact": CONTACT}
    )
    httpx_mock.add_response(
        method="PATCH", url=f"{BASE}/addressbook/contact/{CID}", json={"Result": "Success", "Contact": CONTACT}
    )
    httpx_mock.add_response(
        method="DELETE", url=f"{BASE}/addressbook/contact/{CID}", json={"Result": "Success", "Contact": CONTACT}
    )
    created = client.addressbook.contacts.create(first_name="First", last_name="Last", mobile_phone="+6421000001")
    assert isinstance(created.contact, m.ContactModel)
    contact_id = created.contact.contact_id
    assert contact_id == CID
    assert created.contact.recip_department == "Sales Dept."
    client.addressbook.contacts.update(contact_id, attention="Test Attention")
    client.addressbook.contacts.delete(contact_id)
    assert [(r.method, r.url.path) for r in httpx_mock.get_requests()][1:] == [
        ("PATCH", f"/api/v2.04/addressbook/contact/{CID}"),
        ("DELETE", f"/api/v2.04/addressbook/contact/{CID}"),
    ]


def test_a_contact_read_with_seed_000s_id_also_exposes_contact_id(client: TNZClient, httpx_mock: HTTPXMock) -> None:
    """S000:902 calls the identifier ``ID``; whichever name TNZ uses, a user gets one ``contact_id``."""
    httpx_mock.add_response(
        url=f"{BASE}/addressbook/contact/{CID}", json={"Result": "Success", "Contact": CONTACT_S000}
    )
    httpx_mock.add_response(
        url=f"{BASE}/addressbook/contact/list",
        json={"Result": "Success", **PAGING, "PageCount": 1, "Contacts": [CONTACT_S000, CONTACT]},
    )
    assert client.addressbook.contacts.get(CID).contact.contact_id == CID
    assert [c.contact_id for c in client.addressbook.contacts.list().contacts] == [CID, CID]


# ---------------------------------------------------------------------------------------- poll results through tnz_ext
def test_status_result_carries_paging_timezone_and_null_price(client: TNZClient, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json=_status([_recipient("+6421000001")], PageCount=1))
    result = client.reports.status(MID)
    assert (result.total_records, result.records_per_page, result.page_count, result.page) == (3, 2, 1, 1)
    assert result.timezone == "New Zealand"
    assert result.price is None
    assert result.recipients[0].price is None


def _page_of(request: httpx.Request) -> int:
    return int(request.url.params.get("page") or 1)


def _paged(pages: dict[int, dict[str, Any]]) -> Callable[[httpx.Request], httpx.Response]:
    def respond(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=pages[_page_of(request)])

    return respond


STATUS_PAGES = {
    1: _status([_recipient("+6421000001"), _recipient("+6421000002")], Page=1, PageCount=2),
    2: _status([_recipient("+6421000003")], Page=2, PageCount=2),
}
REPLY_PAGES = {
    1: _status([_recipient("+6421000001", SMSReplies=[REPLY]), _recipient("+6421000002")], Page=1, PageCount=2),
    2: _status([_recipient("+6421000003", SMSReplies=[REPLY, REPLY])], Page=2, PageCount=2),
}


def _walked(httpx_mock: HTTPXMock) -> list[int]:
    requests = httpx_mock.get_requests()
    assert all(r.url.path.endswith(f"/{MID}") for r in requests)
    return [_page_of(r) for r in requests]


def test_iter_status_walks_every_page(client: TNZClient, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_callback(_paged(STATUS_PAGES), is_reusable=True)
    destinations = [r.destination for r in client.reports.iter_status(MID)]
    assert destinations == ["+6421000001", "+6421000002", "+6421000003"]
    assert _walked(httpx_mock) == [1, 2]


def test_iter_sms_reply_walks_every_page(client: TNZClient, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_callback(_paged(REPLY_PAGES), is_reusable=True)
    recipients = list(client.reports.iter_sms_reply(MID))
    assert [r.destination for r in recipients] == ["+6421000001", "+6421000002", "+6421000003"]
    assert [len(r.sms_replies) if isinstance(r.sms_replies, list) else 0 for r in recipients] == [1, 0, 2]
    assert _walked(httpx_mock) == [1, 2]


async def test_async_iter_status_and_sms_reply_walk_every_page(httpx_mock: HTTPXMock) -> None:
    status_url = re.compile(re.escape(f"{BASE}/get/status/{MID}") + r"(\?.*)?")
    reply_url = re.compile(re.escape(f"{BASE}/get/sms/reply/{MID}") + r"(\?.*)?")
    httpx_mock.add_callback(_paged(STATUS_PAGES), url=status_url, is_reusable=True)
    httpx_mock.add_callback(_paged(REPLY_PAGES), url=reply_url, is_reusable=True)
    async with AsyncTNZClient(auth_token="compat-token", base_url=BASE, max_retries=0) as client:
        status = [r.destination async for r in client.reports.iter_status(MID)]
        replies = [r.destination async for r in client.reports.iter_sms_reply(MID)]
    assert status == replies == ["+6421000001", "+6421000002", "+6421000003"]
