"""Every documented form a client may send - from seed 001's text, seed 000's tables and
examples, TNZ's library code, the v3.00 spec and the .NET library - is accepted by Prism serving
our spec. The library's own captured requests are in test_compat_library_wire.py; these are the
forms other sources document (S001 = tests/fixtures/seeds/tnz-api-v2.04-reference.txt, S000 =
tests/fixtures/seeds/tnzapi-python-v2.04-docs.txt; see openapi/DECISIONS-evidence.md).

S001:112: "The API will verify that required fields are supplied, however it will not validate
data." A mock stricter than that misleads everyone who contract-tests against it.
"""

from __future__ import annotations

import copy
from typing import Any, NamedTuple

import pytest
from _wire import LIBRARY_HEADERS, assert_accepted, send_raw

from tnz_ext.testing import PrismMock

WAV = "UklGRjQAAABXQVZFZm10IBAAAAABAAEAQB8AAIA+AAACABAAZGF0YRAAAAABAAEAAQABAAEAAQABAAEA"
PHONE = [{"Recipient": "+6495005000"}]
GROUP_ID = "4000000b-f002-4007-b00a-c00000000001"
CONTACT_ID = "6000000b-f002-4007-b00a-c00000000001"
BASE: dict[str, dict[str, Any]] = {
    "sms": {"Message": "Hello, this is a test.", "Destinations": [{"Recipient": "+6421000001"}]},
    "email": {"EmailSubject": "Test Email", "MessagePlain": "Hello", "Destinations": [{"Recipient": "a@example.com"}]},
    "fax": {"Destinations": PHONE, "Files": [{"Name": "Sample.pdf", "Data": "JVBERi0xLjQK"}]},
    "voice": {"MessageToPeople": WAV, "Destinations": PHONE},
    "tts": {"MessageToPeople": "Hello, this is a call.", "Destinations": PHONE},
}
# seed 001's headers (S001:80-82), with the encoding parameter LIB leaves out
S001_HEADERS = {
    "Content-Type": "application/json; encoding='utf-8'",
    "Accept": "application/json; encoding='utf-8'",
    "Authorization": "Basic compat-token-eyJhbGciOi",
}


class Case(NamedTuple):
    source: str
    method: str
    path: str
    body: Any = None
    params: dict[str, str] | None = None
    headers: dict[str, str] | None = None


def send(channel: str, source: str, headers: dict[str, str] | None = None, **fields: Any) -> Case:
    """A minimal valid send of ``channel`` with ``fields`` changed (``None`` values sent as null)."""
    data = copy.deepcopy(BASE[channel])
    data.update(fields)
    return Case(source, "POST", f"/send/{channel}", {"MessageData": data}, headers=headers)


def tts_keypad(source: str, **keypad: Any) -> Case:
    return send("tts", source, Keypads=[keypad])


def voice_keypad(source: str, **keypad: Any) -> Case:
    return send("voice", source, Keypads=[keypad])


CASES = [
    # 5. date-times: the T form (S001) and the space form (S000), with and without seconds
    send("sms", "S001:177 SendTime 2022-12-31T23:00", SendTime="2022-12-31T23:00"),
    send("sms", "S000:104 SendTime YYYY-MM-DD HH:mm", SendTime="2024-08-01 10:00"),
    send("sms", "S000:601 SendTime YYYY-MM-DD HH:mm:ss", SendTime="2024-08-01 10:00:00"),
    send("sms", "S001:80-82 headers with a space-form SendTime", S001_HEADERS, SendTime="2024-08-01 10:00"),
    send("email", "S000:104 email SendTime space form, TimeZone", SendTime="2024-08-01 10:00", TimeZone="New Zealand"),
    Case("S000:585 reschedule space form", "PATCH", "/set/reschedule/ID123456", {"SendTime": "2023-08-12 12:00:00"}),
    Case("S000:601 reschedule table value", "PATCH", "/set/reschedule/ID123456", {"SendTime": "2020-05-12 14:05:00"}),
    Case("S001:586 reschedule T form", "PATCH", "/set/reschedule/ID123456", {"SendTime": "2021-12-31T23:00"}),
    Case("S000:563 resubmit space form", "PATCH", "/set/resubmit/ID123456", {"SendTime": "2023-08-10 09:00"}),
    Case("S001:538 resubmit, SendTime optional: {}", "PATCH", "/set/resubmit/ID123456", {}),
    Case("S001:520 resubmit without a body", "PATCH", "/set/resubmit/ID123456"),
    Case("S001:616 abort without a body", "PATCH", "/set/abort/ID123456"),
    Case("LIB abort.py:34 abort with {}", "PATCH", "/set/abort/ID123456", {}),
    Case("S001:681 pacing", "PATCH", "/set/pacing/ID123456", {"NumberOfOperators": 4}),
    Case(
        "S001:1154-1155 dateFrom/dateTo T form",
        "GET",
        "/get/sms/received",
        params={"dateFrom": "2022-08-01T00:00:00", "dateTo": "2022-08-01T23:59:59"},
    ),
    Case(
        "S000:773-774 dateFrom/dateTo space form",
        "GET",
        "/get/sms/received",
        params={
            "dateFrom": "2024-08-01 00:00:00",
            "dateTo": "2024-08-31 23:59:59",
            "recordsPerPage": "10",
            "page": "1",
        },
    ),
    Case("S001:1153 timePeriod only", "GET", "/get/sms/received", params={"timePeriod": "1440"}),
    Case("S001:1132 no parameters (all optional)", "GET", "/get/sms/received"),
    # 9. MessageID left blank or null
    send("sms", 'S000:102 MessageID "" (API generates one)', MessageID=""),
    send("tts", 'S001:451 MessageID "" on TTS', MessageID=""),
    send("sms", "LIB MessageID null", MessageID=None),
    # 4. TTS voices: the seven names, LIB's default, the .NET library's Language@VoiceN list
    *[
        send("tts", f"S001:475 Voice {v}", Voice=v)
        for v in ["Male1", "Female1", "Nicole", "Russell", "Amy", "Brian", "Emma"]
    ],
    send("tts", "S000:452 / LIB default Voice English-NewZealand@Female1", Voice="English-NewZealand@Female1"),
    send("tts", "NET Enums.cs Voice French-Canadian@Male1", Voice="French-Canadian@Male1"),
    send("tts", "NET Enums.cs Voice English-US@Child1", Voice="English-US@Child1"),
    send("voice", "LIB voice_api_request_dto.py:20 Voice on a WAV voice send", Voice="English-NewZealand@Female1"),
    # 9. numbers without "+"
    send("tts", "S000:533 CallerID 6495005000", CallerID="6495005000"),
    send("voice", "S000:533 CallerID 6495005000 on voice", CallerID="6495005000"),
    send("voice", "S001:396 CallerID +6495005000", CallerID="+6495005000"),
    send("sms", "S001:247 FromNumber 6421000001", FromNumber="6421000001"),
    tts_keypad("V3 /tts Keypads RouteNumber 6421000001", Tone=1, RouteNumber="6421000001"),
    # 9. fax destinations naming the address book
    send(
        "fax",
        "S000:252-254 fax Destination GroupID",
        Destinations=[{"GroupID": GROUP_ID}],
    ),
    send("fax", "S001:194 fax Destination GroupCode", Destinations=[{"GroupCode": "My_Address_Book_Group"}]),
    send(
        "fax",
        "S001:192 fax Destination ContactID",
        Destinations=[{"ContactID": CONTACT_ID}],
    ),
    # 3 and 9. keypads
    tts_keypad("V3 /tts Keypads Tone 0, PlaySection WrongKey", Tone=0, PlaySection="WrongKey"),
    tts_keypad(
        "S001:462-465 TTS keypad Tone 9, Play, PlaySection Main", Tone=9, Play="You pressed 9", PlaySection="Main"
    ),
    voice_keypad("V3 /voice Keypads Tone 0, PlaySection AnswerPhone", Tone=0, PlaySection="AnswerPhone"),
    voice_keypad("S000:413 voice keypad PlayFile", Tone=1, PlayFile=WAV),
    voice_keypad("S001:385-386 voice keypad Play (WAV), RouteNumber", Tone=2, Play=WAV, RouteNumber="+64800123123"),
    voice_keypad(
        "LIB keypad_dto.py:11-15 all five keys, nulls",
        Tone=1,
        Play=None,
        PlayFile=WAV,
        RouteNumber=None,
        PlaySection=None,
    ),
    # 3. fields sent on channels seed 001 does not list them for
    send("sms", "LIB common_api_request_dto.py:20 ReportTo on SMS", ReportTo="report@example.com"),
    send("email", "LIB ReportTo on email", ReportTo="report@example.com"),
    send("fax", "V3 /fax ReportTo on fax", ReportTo="report@example.com"),
    send("tts", "S000:406 BillingAccount on TTS", BillingAccount="BillingAccount01"),
    send("voice", "S000:406 BillingAccount on voice", BillingAccount="BillingAccount01"),
    send("fax", "LIB fax_api_request_dto.py:11 StampFormat", StampFormat=None),
    send(
        "fax",
        "S001:316-318 fax watermark options",
        WatermarkFolder="Folder01",
        WatermarkFirstPage="wm",
        WatermarkAllPages="wm",
    ),
    send("tts", "S001:392 NumberOfOperators 99999", NumberOfOperators=99999),
    send("tts", "S001:394 RetryAttempts 0", RetryAttempts=0),
    send("sms", "S000:541-545 / S001:492-501 Mode Test", Mode="Test"),
    # unknown fields are not an error on the wire (S001:112)
    send("sms", "S001:112 an unknown MessageData field", FutureField="x"),
    send("sms", "S001:112 destination with an unknown key", Destinations=[{"Recipient": "+6421000001", "X": "y"}]),
    Case(
        "LIB sms_api.py APIDataWithSender: Sender/APIKey beside MessageData",
        "POST",
        "/send/sms",
        {"Sender": "application@domain.com", "APIKey": "ta8wr7ymd", "MessageData": BASE["sms"]},
    ),
    # 7. address book
    Case(
        "S001:1393-1416 contact create with RecipDepartment, ViewBy, EditBy, Postcode",
        "POST",
        "/addressbook/contact",
        {"ViewBy": "Account", "EditBy": "Account", "RecipDepartment": "Sales Dept.", "Postcode": "1234"},
    ),
    Case(
        "S000:1244 group update with GroupCode",
        "PATCH",
        "/addressbook/group/BBBBBBBB-CCCC-DDDD-EEEE-FFFFFFFFFFFF",
        {"GroupCode": "Test_Group", "GroupName": "Test Group 123"},
    ),
    Case(
        "S001:1293-1294 list defaults page=1 recordsPerPage=100",
        "GET",
        "/addressbook/contact/list",
        params={"page": "1", "recordsPerPage": "100"},
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.source)
def test_documented_form_is_accepted(prism: PrismMock, case: Case) -> None:
    headers = case.headers or LIBRARY_HEADERS
    if case.body is None and case.method != "POST":
        headers = {k: v for k, v in headers.items() if k != "Content-Type"}
    response = send_raw(prism, case.method, case.path, case.body, params=case.params, headers=headers)
    assert_accepted(response)
