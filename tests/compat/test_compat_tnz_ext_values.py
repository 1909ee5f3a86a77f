"""No documented value from any source is refused by tnz_ext before sending, and Prism serving our
spec accepts what tnz_ext then sends. Each row names its source (S001 = seed 001, S000 = seed 000,
LIB = tnzapi 2.4.2.0, V3 = the v3.00 spec, NET = the .NET library; see
openapi/DECISIONS-evidence.md). Typo protection stays: an undocumented keyword is a
ValidationError before any traffic, and ``extra_body=`` sends undocumented fields as given.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NamedTuple

import pytest
from pytest_httpx import HTTPXMock

from tnz_ext import TNZClient, ValidationError, group
from tnz_ext.testing import PrismMock

MID = "ID123456"
CID = "AAAAAAAA-BBBB-BBBB-CCCC-DDDDDDDDDDDD"
GID = "BBBBBBBB-CCCC-DDDD-EEEE-FFFFFFFFFFFF"
PHONE = "+6495005000"
MOBILE = "+6421000001"
NAIVE = dt.datetime(2024, 8, 1, 10, 0)
AWARE = dt.datetime(2024, 8, 1, 10, 0, tzinfo=dt.UTC)


class Row(NamedTuple):
    source: str
    target: str  # "messaging.tts": the namespace path and method on the client
    args: tuple[Any, ...]
    kwargs: dict[str, Any]


def tts(source: str, **kwargs: Any) -> Row:
    return Row(source, "messaging.tts", ("Hello, this is a call.",), {"to": PHONE, **kwargs})


def sms(source: str, **kwargs: Any) -> Row:
    return Row(source, "messaging.sms", ("Hello, this is a test.",), {"to": MOBILE, **kwargs})


def voice(source: str, **kwargs: Any) -> Row:
    return Row(source, "messaging.voice", ("WAV",), {"to": PHONE, **kwargs})


def fax(source: str, **kwargs: Any) -> Row:
    return Row(source, "messaging.fax", ("PDF",), {"to": PHONE, **kwargs})


ROWS = [
    # 4. TTS voices
    tts("S000:452 LIB default voice English-NewZealand@Female1", voice="English-NewZealand@Female1"),
    tts("S001:475 voice Female1", voice="Female1"),
    tts("S001:475 voice Emma", voice="Emma"),
    tts("NET Enums.cs voice French-Canadian@Male1", voice="French-Canadian@Male1"),
    voice("LIB voice_api_request_dto.py:20 voice on a WAV call", voice="English-NewZealand@Female1"),
    # 9. MessageID blank, numbers without +
    sms('S000:102 message_id "" (the API generates one)', message_id=""),
    tts("S000:533 caller_id 6495005000", caller_id="6495005000"),
    voice("S001:396 caller_id +6495005000", caller_id="+6495005000"),
    sms("S001:247 from_number 6421000001", from_number="6421000001"),
    tts("V3 /tts keypad RouteNumber 6421000001", keypads=[{"Tone": 1, "RouteNumber": "6421000001"}]),
    # 9. fax to the address book
    fax("S000:252 fax to a GroupID", to=[group(GID)]),
    fax("S001:194 fax to a GroupCode", to=[group(code="My_Address_Book_Group")]),
    # 3 and 9. keypads
    tts("V3 /tts keypad Tone 0 PlaySection WrongKey", keypads=[{"Tone": 0, "PlaySection": "WrongKey"}]),
    tts("S001:462-465 keypad Tone 9 Play PlaySection Main", keypads=[{"Tone": 9, "Play": "Hi", "PlaySection": "Main"}]),
    voice("V3 /voice keypad Tone 0 PlaySection AnswerPhone", keypads=[{"Tone": 0, "PlaySection": "AnswerPhone"}]),
    voice("S000:413 voice keypad PlayFile (a WAV path, C:\\Message.wav)", keypads=[{"Tone": 1, "PlayFile": "WAV"}]),
    # 5. date-times: strings in both documented forms, and datetime objects
    sms("S000:104 send_time 2024-08-01 10:00", send_time="2024-08-01 10:00"),
    sms("S000:601 send_time 2024-08-01 10:00:00", send_time="2024-08-01 10:00:00"),
    sms("S001:177 send_time 2022-12-31T23:00", send_time="2022-12-31T23:00"),
    sms("issue 9 send_time naive datetime (account's local time)", send_time=NAIVE),
    Row("S000:585 reschedule 2023-08-12 12:00:00", "actions.reschedule", (MID, "2023-08-12 12:00:00"), {}),
    Row("S001:586 reschedule 2021-12-31T23:00", "actions.reschedule", (MID, "2021-12-31T23:00"), {}),
    Row("issue 9 reschedule datetime", "actions.reschedule", (MID, NAIVE), {}),
    Row("S000:563 resubmit 2023-08-10 09:00", "actions.resubmit", (MID,), {"send_time": "2023-08-10 09:00"}),
    Row("issue 9 resubmit datetime", "actions.resubmit", (MID,), {"send_time": NAIVE}),
    Row("S001:616 abort", "actions.abort", (MID,), {}),
    Row(
        "S000:773-774 sms_received space-form dates",
        "reports.sms_received",
        (),
        {"date_from": "2024-08-01 00:00:00", "date_to": "2024-08-31 23:59:59", "records_per_page": 10, "page": 1},
    ),
    Row(
        "S001:1154-1155 sms_received T-form dates",
        "reports.sms_received",
        (),
        {"date_from": "2022-08-01T00:00:00", "date_to": "2022-08-01T23:59:59"},
    ),
    # 3. fields on every channel the library sends them on
    sms("LIB common_api_request_dto.py:20 report_to on SMS", report_to="report@example.com"),
    Row(
        "LIB report_to on email",
        "messaging.email",
        ("Subject",),
        {"to": "a@example.com", "message_plain": "Hi", "report_to": "report@example.com"},
    ),
    fax("V3 /fax report_to on fax", report_to="report@example.com"),
    tts("S000:406 billing_account on TTS", billing_account="BillingAccount01"),
    voice("S000:406 billing_account on voice", billing_account="BillingAccount01"),
    sms("S001:178 time_zone New Zealand", time_zone="New Zealand"),
    sms("S001:249 character_conversion", character_conversion=True),
    tts("S001:394 retry_attempts 0", retry_attempts=0),
    # undocumented fields go through the escape hatch (S001:112: the API does not validate data)
    sms("S001:112 extra_body with an undocumented field", extra_body={"FutureField": "x"}),
    # 7. address book
    Row(
        "S001:1393-1407 contact with RecipDepartment, ViewBy, EditBy, Postcode",
        "addressbook.contacts.create",
        (),
        {"recip_department": "Sales Dept.", "view_by": "Account", "edit_by": "Account", "postcode": "1234"},
    ),
    Row(
        "S000:1242-1245 group update with GroupCode",
        "addressbook.groups.update",
        (GID,),
        {"group_code": "Test_Group", "group_name": "Test Group 123"},
    ),
    Row("S000:1062-1065 a contact's group by GroupCode", "addressbook.contact_groups.get", (CID, "Test_Group"), {}),
]


def _resolve(client: TNZClient, target: str) -> Any:
    obj: Any = client
    for part in target.split("."):
        obj = getattr(obj, part)
    return obj


def _materialise(value: Any, media: dict[str, Path]) -> Any:
    """Stand-ins for real media: "WAV" is the WAV file, "PDF" a list with the PDF."""
    if value == "WAV":
        return media["wav"]
    if value == "PDF":
        return [media["pdf"]]
    if isinstance(value, list):
        return [_materialise(v, media) for v in value]
    if isinstance(value, dict):
        return {k: _materialise(v, media) for k, v in value.items()}
    return value


@pytest.fixture(scope="module")
def prism_client(prism: PrismMock) -> Iterator[TNZClient]:
    with TNZClient(auth_token="compat-token", base_url=prism.url, max_retries=0) as client:
        yield client


@pytest.mark.parametrize("row", ROWS, ids=lambda r: r.source)
def test_documented_value_is_sent_and_accepted(prism_client: TNZClient, media: dict[str, Path], row: Row) -> None:
    operation = _resolve(prism_client, row.target)
    args = tuple(_materialise(a, media) for a in row.args)
    kwargs = {k: _materialise(v, media) for k, v in row.kwargs.items()}
    raw = operation.raw(*args, **kwargs)  # a ValidationError here is tnz_ext refusing a documented value
    assert "sl-violations" not in raw.headers, raw.headers["sl-violations"]
    assert raw.status_code == 200


# ---------------------------------------------------------------------------------------- what goes on the wire
BASE = "https://api.tnz.co.nz/api/v2.04"


@pytest.fixture
def client() -> Iterator[TNZClient]:
    with TNZClient(auth_token="compat-token", base_url=BASE, max_retries=0) as c:
        yield c


def _message_data(httpx_mock: HTTPXMock) -> dict[str, Any]:
    [request] = httpx_mock.get_requests()
    body: dict[str, Any] = json.loads(request.content)
    return body.get("MessageData", body)


def test_extra_body_is_sent_as_given(client: TNZClient, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json={"Result": "Success", "MessageID": MID})
    client.messaging.sms("Hello", to=MOBILE, message_id=MID, extra_body={"FutureField": {"nested": [1, None]}})
    assert _message_data(httpx_mock)["FutureField"] == {"nested": [1, None]}


@pytest.mark.parametrize(
    ("target", "args", "kwargs"),
    [
        ("messaging.sms", ("Hello",), {"to": MOBILE, "refrence": "typo of reference"}),
        ("messaging.tts", ("Hello",), {"to": PHONE, "voise": "Female1"}),
        ("messaging.email", ("Subject",), {"to": "a@example.com", "message_plain": "Hi", "sendtime": "2024-08-01"}),
    ],
    ids=["sms refrence", "tts voise", "email sendtime"],
)
def test_an_undocumented_keyword_is_refused_before_sending(
    client: TNZClient, httpx_mock: HTTPXMock, target: str, args: tuple[Any, ...], kwargs: dict[str, Any]
) -> None:
    typo = next(k for k in kwargs if k not in {"to", "message_plain"})
    with pytest.raises(ValidationError) as caught:
        _resolve(client, target)(*args, **kwargs)
    assert typo in str(caught.value)
    assert httpx_mock.get_requests() == []


def test_a_naive_datetime_is_sent_in_a_documented_local_form(client: TNZClient, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json={"Result": "Success", "MessageID": MID})
    client.messaging.sms("Hello", to=MOBILE, send_time=dt.datetime(2024, 8, 1, 10, 5, 30))
    sent = _message_data(httpx_mock)["SendTime"]
    assert re.fullmatch(r"2024-08-01[T ]10:05(:30)?", sent), sent


def test_tnz_ext_sends_the_library_default_voice_unchanged(client: TNZClient, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json={"Result": "Success", "MessageID": MID})
    client.messaging.tts("Hello", to=PHONE, voice="English-NewZealand@Female1")
    assert _message_data(httpx_mock)["Voice"] == "English-NewZealand@Female1"


def test_an_aware_datetime_is_converted_to_the_accounts_zone(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json={"Result": "Success", "MessageID": MID})
    with TNZClient(auth_token="compat-token", base_url=BASE, max_retries=0, timezone="Pacific/Auckland") as client:
        client.messaging.sms("Hello", to=MOBILE, send_time=AWARE)
    assert _message_data(httpx_mock)["SendTime"] == "2024-08-01 22:00:00"  # 10:00 UTC is 22:00 NZST


def test_an_aware_datetime_without_the_accounts_zone_is_refused_before_sending(
    client: TNZClient, httpx_mock: HTTPXMock
) -> None:
    with pytest.raises(ValidationError) as caught:
        client.messaging.sms("Hello", to=MOBILE, send_time=AWARE)
    assert "SendTime" in caught.value.field
    assert httpx_mock.get_requests() == []
