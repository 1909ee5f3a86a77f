"""What the client does with the wire TNZ really speaks (issue "Spec fidelity", openapi/DECISIONS.md):
typo protection with an explicit escape hatch, datetimes, both error shapes, ContactID/ID, paging of
status and replies, the MessageID echo, abort's body and keypad PlayFile. Sync and async alike.
"""

from __future__ import annotations

import io
import json
import wave
import xml.etree.ElementTree as ET
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

import httpx
import pytest
from pytest_httpx import HTTPXMock

from tnz_ext import AsyncTNZClient, BadRequestError, TNZClient, ValidationError

TOKEN = "unit-test-token"
BASE = "https://api.example.test/api/v2.04"
NUMBER = "+64210000001"


@pytest.fixture
def client() -> Iterator[TNZClient]:
    with TNZClient(auth_token=TOKEN, base_url=BASE, max_retries=0) as c:
        yield c


@pytest.fixture
async def aclient() -> AsyncIterator[AsyncTNZClient]:
    async with AsyncTNZClient(auth_token=TOKEN, base_url=BASE, max_retries=0) as c:
        yield c


def body(request: httpx.Request) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(request.content)
    return data


def wav() -> bytes:
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(8000)
        w.writeframes(b"\x00\x00" * 80)
    return buffer.getvalue()


# ---------------------------------------------------------------------------------------- typo protection
TYPOS: list[tuple[str, dict[str, Any], str]] = [
    ("keyword", {"refrence": "r"}, "MessageData.refrence"),
    ("keyword of another channel", {"csid": "x"}, "MessageData.csid"),
    ("enum value", {"webhook_callback_format": "JSN"}, "MessageData.WebhookCallbackFormat"),
    ("destination key", {"to": [{"Recipient": NUMBER, "Custom10": "x"}]}, "Custom10"),
]


@pytest.mark.parametrize(("kwargs", "field"), [t[1:] for t in TYPOS], ids=[t[0] for t in TYPOS])
def test_an_undocumented_name_or_value_is_refused_before_sending(
    client: TNZClient, httpx_mock: HTTPXMock, kwargs: dict[str, Any], field: str
) -> None:
    kwargs = {"to": NUMBER, **kwargs}
    with pytest.raises(ValidationError) as caught:
        client.messaging.sms("Hello", **kwargs)
    assert field in str(caught.value)
    assert field in caught.value.field
    assert not httpx_mock.get_requests()


def test_a_typo_names_the_field_it_probably_meant(client: TNZClient) -> None:
    with pytest.raises(ValidationError, match=r"did you mean 'reference'.*extra_body"):
        client.messaging.sms("Hello", to=NUMBER, refrence="r")


async def test_the_async_client_refuses_typos_too(aclient: AsyncTNZClient, httpx_mock: HTTPXMock) -> None:
    with pytest.raises(ValidationError, match="refrence"):
        await aclient.messaging.sms("Hello", to=NUMBER, refrence="r")
    assert not httpx_mock.get_requests()


def test_tts_voice_is_open(client: TNZClient, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json={"Result": "Success", "MessageID": "X"}, is_reusable=True)
    for voice in ("English-NewZealand@Female1", "Female1", "Klingon@Male9"):
        client.messaging.tts("Hi", to=NUMBER, voice=voice)
    assert [body(r)["MessageData"]["Voice"] for r in httpx_mock.get_requests()] == [
        "English-NewZealand@Female1",
        "Female1",
        "Klingon@Male9",
    ]


def test_extra_body_sends_an_undocumented_field_as_given(client: TNZClient, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json={"Result": "Success", "MessageID": "X"}, is_reusable=True)
    client.messaging.sms("Hello", to=NUMBER, extra_body={"NewField": "v", "Nested": {"A": [1, 2]}})
    data = body(httpx_mock.get_request())["MessageData"]  # type: ignore[arg-type]
    assert data["NewField"] == "v" and data["Nested"] == {"A": [1, 2]}
    assert data["Message"] == "Hello"


def test_extra_body_in_xml(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(text="<root><Result>Success</Result><MessageID>X</MessageID></root>")
    with TNZClient(auth_token=TOKEN, base_url=BASE, format="xml") as client:
        client.messaging.sms("Hello", to=NUMBER, extra_body={"NewField": "v&w", "Flag": True})
    root = ET.fromstring(httpx_mock.get_request().content)  # type: ignore[union-attr]
    data = root.find("MessageData")
    assert data is not None
    assert data.findtext("NewField") == "v&w" and data.findtext("Message") == "Hello"


@pytest.mark.parametrize(
    ("extra", "field"),
    [
        ({"Message": "other"}, "extra_body.Message"),  # already built by the SDK: use the keyword
        ({"When": datetime(2030, 1, 1)}, "extra_body.When"),  # not JSON data
        ({"N": float("nan")}, "extra_body.N"),
        ({"": "x"}, "extra_body"),
    ],
)
def test_extra_body_cannot_override_or_smuggle(
    client: TNZClient, httpx_mock: HTTPXMock, extra: dict[str, Any], field: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        client.messaging.sms("Hello", to=NUMBER, extra_body=extra)
    assert caught.value.field == field
    assert not httpx_mock.get_requests()


# ---------------------------------------------------------------------------------------- date-times
def test_a_naive_datetime_is_the_accounts_local_time(client: TNZClient, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json={"Result": "Success", "MessageID": "X"}, is_reusable=True)
    client.messaging.sms("Hello", to=NUMBER, send_time=datetime(2030, 12, 31, 23, 0, 5, 999))
    assert body(httpx_mock.get_request())["MessageData"]["SendTime"] == "2030-12-31 23:00:05"  # type: ignore[arg-type]


def test_strings_pass_through_in_both_documented_forms(client: TNZClient, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json={"Result": "Success", "MessageID": "X"}, is_reusable=True)
    for text in ("2030-12-31T23:00", "2030-12-31 23:00:00"):
        client.messaging.sms("Hello", to=NUMBER, send_time=text)
    assert [body(r)["MessageData"]["SendTime"] for r in httpx_mock.get_requests()] == [
        "2030-12-31T23:00",
        "2030-12-31 23:00:00",
    ]


def test_an_aware_datetime_is_converted_to_the_configured_zone(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json={"Result": "Success", "MessageID": "X"}, is_reusable=True)
    with TNZClient(auth_token=TOKEN, base_url=BASE, timezone="Pacific/Auckland") as client:
        client.messaging.sms("Hello", to=NUMBER, send_time=datetime(2030, 6, 30, 12, 0, tzinfo=UTC))
        client.actions.reschedule("ID1", datetime(2030, 1, 1, 0, 0, tzinfo=timezone(timedelta(hours=-5))))
    first, second = httpx_mock.get_requests()
    assert body(first)["MessageData"]["SendTime"] == "2030-07-01 00:00:00"  # NZST, UTC+12
    assert body(second) == {"SendTime": "2030-01-01 18:00:00"}  # NZDT, UTC+13


@pytest.mark.parametrize(
    "value",
    [datetime(2030, 1, 1, tzinfo=UTC), date(2030, 1, 1), "tomorrow", "2030-12-31T23:00+13:00", 1735689600],
)
def test_an_ambiguous_or_malformed_time_is_refused(client: TNZClient, httpx_mock: HTTPXMock, value: Any) -> None:
    with pytest.raises(ValidationError, match="SendTime"):
        client.messaging.sms("Hello", to=NUMBER, send_time=value)
    assert not httpx_mock.get_requests()


def test_query_datetimes_are_formatted(client: TNZClient, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json={"Result": "Success", "Messages": []})
    client.reports.sms_received(date_from=datetime(2024, 8, 1), date_to="2024-08-31 23:59:59")
    params = httpx_mock.get_request().url.params  # type: ignore[union-attr]
    assert params["dateFrom"] == "2024-08-01 00:00:00" and params["dateTo"] == "2024-08-31 23:59:59"
    assert "page" not in params and "recordsPerPage" not in params  # nothing the caller did not ask for


def test_an_unknown_timezone_is_refused_at_construction() -> None:
    with pytest.raises(ValidationError, match="timezone"):
        TNZClient(auth_token=TOKEN, timezone="Middle/Earth")


# ---------------------------------------------------------------------------------------- errors
FAILED = {"Result": "Failed"}
ERROR_SHAPES: list[tuple[str, int, dict[str, Any], list[str]]] = [
    ("v2.04 reference: Message", 400, {**FAILED, "Message": "Missing Sender"}, ["Missing Sender"]),
    ("libraries: ErrorMessage list", 400, {**FAILED, "ErrorMessage": ["Missing", "Bad"]}, ["Missing", "Bad"]),
    ("v3.00 example: ErrorMessage string", 400, {**FAILED, "ErrorMessage": "Missing Sender"}, ["Missing Sender"]),
    ("both", 400, {**FAILED, "ErrorMessage": ["A"], "Message": "B"}, ["A", "B"]),
    ("200 Failed with ErrorMessage", 200, {**FAILED, "ErrorMessage": ["Invalid destination"]}, ["Invalid destination"]),
    ("200 Failed with Message", 200, {**FAILED, "Message": "Invalid destination"}, ["Invalid destination"]),
    ("null reasons", 400, {**FAILED, "ErrorMessage": None, "Message": None}, []),
]  # fmt: skip


@pytest.mark.parametrize(
    ("status", "payload", "reasons"), [e[1:] for e in ERROR_SHAPES], ids=[e[0] for e in ERROR_SHAPES]
)
def test_every_error_shape_keeps_its_reasons(
    client: TNZClient, httpx_mock: HTTPXMock, status: int, payload: dict[str, Any], reasons: list[str]
) -> None:
    httpx_mock.add_response(status_code=status, json=payload)
    with pytest.raises(BadRequestError) as caught:
        client.messaging.sms("Hello", to=NUMBER, message_id="ID1")
    error = caught.value
    assert error.errors == reasons
    assert error.message_id == "ID1"
    for reason in reasons:
        assert reason in str(error)
    assert error.api_message == ("; ".join(reasons) or None)


async def test_async_errors_keep_their_reasons(aclient: AsyncTNZClient, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=400, json={"Result": "Failed", "ErrorMessage": ["Missing Sender"]})
    with pytest.raises(BadRequestError, match="Missing Sender"):
        await aclient.reports.status("ID1")


def test_xml_errors_keep_their_reasons(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(
        status_code=400,
        text="<root><Result>Failed</Result><ErrorMessage>Missing Sender</ErrorMessage>"
        "<ErrorMessage>Bad</ErrorMessage></root>",
    )
    client = TNZClient(auth_token=TOKEN, base_url=BASE, format="xml", max_retries=0)
    with client, pytest.raises(BadRequestError) as caught:
        client.messaging.sms("Hello", to=NUMBER)
    assert caught.value.errors == ["Missing Sender", "Bad"]


# ---------------------------------------------------------------------------------------- responses
def test_a_missing_message_id_echo_is_the_one_sent(client: TNZClient, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json={"Result": "Success"})
    result = client.messaging.sms("Hello", to=NUMBER, message_id="ORDER-1")
    assert result.message_id.upper() == "ORDER-1"  # a plain str: no Unset to narrow


@pytest.mark.parametrize("key", ["ContactID", "ID"])
def test_contact_id_whichever_name_tnz_uses(client: TNZClient, httpx_mock: HTTPXMock, key: str) -> None:
    httpx_mock.add_response(json={"Result": "Success", "Contact": {key: "C-1", "RecipDepartment": "Sales"}})
    created = client.addressbook.contacts.create(first_name="Jane")
    assert created.contact is not None and created.contact.contact_id == "C-1"  # type: ignore[union-attr]


def test_status_pages_through_every_destination(client: TNZClient, httpx_mock: HTTPXMock) -> None:
    for page in (1, 2):
        httpx_mock.add_response(
            url=f"{BASE}/get/status/ID1?page={page}",
            json={
                "Result": "Success", "MessageID": "ID1", "Status": "Completed", "Price": None,
                "Page": page, "PageCount": 2, "TotalRecords": 3,
                "Recipients": [{"Destination": f"+6421000{page}{i}"} for i in range(2 if page == 1 else 1)],
            },
        )  # fmt: skip
    assert [r.destination for r in client.reports.iter_status("ID1")] == ["+642100010", "+642100011", "+642100020"]


async def test_async_sms_reply_pages(aclient: AsyncTNZClient, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(
        json={"Result": "Success", "MessageID": "ID1", "Status": "Completed", "Page": 1, "PageCount": 1,
              "Recipients": [{"Destination": "+6421000001", "SMSReplies": [{"MessageText": "Yes"}]}]}
    )  # fmt: skip
    found = [r async for r in aclient.reports.iter_sms_reply("ID1")]
    assert found[0].sms_replies[0].message_text == "Yes"  # type: ignore[index, union-attr]


# ---------------------------------------------------------------------------------------- request shapes
def test_abort_sends_an_empty_object(client: TNZClient, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json={"Result": "Success", "MessageID": "ID1", "Action": "Abort"})
    client.actions.abort("ID1")
    request = httpx_mock.get_request()
    assert request is not None and request.method == "PATCH"
    assert request.headers["content-type"].startswith("application/json")
    assert body(request) == {}


@pytest.mark.parametrize("key", ["Play", "PlayFile"])
def test_voice_keypad_audio_goes_out_as_playfile(client: TNZClient, httpx_mock: HTTPXMock, key: str) -> None:
    httpx_mock.add_response(json={"Result": "Success", "MessageID": "X"}, is_reusable=True)
    client.messaging.voice(wav(), to=NUMBER, keypads=[{"Tone": 1, key: wav()}])
    keypad = body(httpx_mock.get_request())["MessageData"]["Keypads"][0]  # type: ignore[arg-type]
    assert set(keypad) == {"Tone", "PlayFile"}


def test_fax_to_a_group_is_sent(client: TNZClient, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json={"Result": "Success", "MessageID": "X"}, is_reusable=True)
    from tnz_ext import Attachment, group

    client.messaging.fax([Attachment.from_bytes(b"%PDF-1.4", "a.pdf")], to=group(code="Sales"))
    assert body(httpx_mock.get_request())["MessageData"]["Destinations"] == [{"GroupCode": "Sales"}]  # type: ignore[arg-type]


def test_a_blank_message_id_still_names_the_message(client: TNZClient, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json={"Result": "Success"})
    result = client.messaging.sms("Hello", to=NUMBER, message_id="")
    sent = body(httpx_mock.get_request())["MessageData"]["MessageID"]  # type: ignore[arg-type]
    assert len(sent) == 36 and result.message_id == sent
