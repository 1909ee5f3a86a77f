"""Every tnz_ext client method, sync and async, against Prism: zero `sl-violations`, typed results.

Requests carry real files and real WAV audio from disk, so the helpers (Base64, WAV checks,
destination normalisation) are exercised on the wire Prism validates.
"""

from __future__ import annotations

import wave
from pathlib import Path
from typing import Any

import pytest
from tnz_api import models as m

from tnz_ext import AsyncTNZClient, Attachment, TNZClient, contact, group, recipient
from tnz_ext.testing import PrismMock

TOKEN = "contract-token"
MID = "ID123456"
CID = "17f2b37e-4706-41c8-8dcb-de90e24c2447"
GID = "4000000b-f002-4007-b00a-c00000000002"


@pytest.fixture(scope="module")
def media(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("media")
    pdf = root / "Sample.pdf"
    pdf.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 40 + b"\n%%EOF\n")
    wav = root / "hello.wav"
    with wave.open(str(wav), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(8000)
        w.writeframes(b"\x01\x00" * 800)
    return {"pdf": pdf, "wav": wav}


def calls(media: dict[str, Path]) -> list[tuple[str, str, tuple[Any, ...], dict[str, Any], type]]:
    """(namespace path, method, args, kwargs, expected model) for every client method."""
    wav = media["wav"]
    return [
        (
            "messaging",
            "email",
            ("Test Email Subject",),
            dict(
                to=[
                    "john.doe@example.com",
                    recipient("jane@example.com", first_name="Jane", custom_1="A1"),
                    contact(CID),
                    group(code="My_Address_Book_Group"),
                ],
                message_plain="Hello,\n\nThis is a test message.",
                message_html="<html>Hello</html>",
                files=[media["pdf"], Attachment.from_bytes(b"col1,col2\n", "data.csv")],
                reference="Test1",
                from_email="noreply@example.com",
                reply_to="reply@example.com",
                send_time="2022-12-31T23:00",
                webhook_callback_format="JSON",
            ),
            m.SendResponse,
        ),
        (
            "messaging",
            "sms",
            ("Hello [[FirstName]], reply at [[REPLY]]",),
            dict(
                to=["021 000 0001", {"Recipient": "+6421000002", "First Name": "John", "Last Name": "Doe"}, group(GID)],
                files=[media["pdf"]],
                character_conversion=True,
                sub_account="SubAccount01",
            ),
            m.SendResponse,
        ),
        (
            "messaging",
            "fax",
            ([media["pdf"]],),
            dict(
                to=["+64 9 500 5000", {"Recipient": "+6495005001", "Attention": "John Doe"}],
                csid="Station ID",
                resolution="High",
                retry_attempts=3,
                retry_period=1,
            ),
            m.SendResponse,
        ),
        (
            "messaging",
            "voice",
            (wav,),
            dict(
                to=["+6495005000", contact(CID)],
                message_to_answerphones=wav.read_bytes() if wav.is_file() else b"",
                keypads=[{"Tone": 1, "RouteNumber": "+64800123123", "Play": wav}, {"Tone": 2, "PlaySection": "Main"}],
                call_route_message_to_people=wav,
                number_of_operators=5,
                answer_phone_mode="NDAS",
                caller_id="+6495005000",
            ),
            m.SendResponse,
        ),
        (
            "messaging",
            "tts",
            ("Hello, this is a call from Department01.",),
            dict(
                to=["+6495005000"],
                keypads=[{"Tone": 1, "Play": "You pressed Keypad 1"}],
                voice="Female1",
                message_to_answerphones="Sorry we missed you.",
                keypad_option_required=False,
            ),
            m.SendResponse,
        ),
        ("actions", "resubmit", (MID,), dict(send_time="2021-12-31T23:00"), m.ActionResponse),
        ("actions", "reschedule", (MID, "2021-12-31T23:00"), {}, m.ActionResponse),
        ("actions", "abort", (MID,), {}, m.ActionResponse),
        ("actions", "pacing", (MID, 4), {}, m.ActionResponse),
        ("reports", "status", (MID,), {}, m.StatusResponse),
        ("reports", "sms_reply", (MID,), {}, m.SMSReplyResponse),
        ("reports", "sms_received", (), dict(time_period=1440, records_per_page=20), m.SMSReceivedResponse),
        ("addressbook.contacts", "list", (), dict(page=1, records_per_page=50), m.ContactListResponse),
        (
            "addressbook.contacts",
            "search",
            (),
            dict(email_address="test@test.com", last_name="Michaels"),
            m.ContactListResponse,
        ),
        ("addressbook.contacts", "get", (CID,), {}, m.ContactResponse),
        (
            "addressbook.contacts",
            "create",
            (),
            dict(first_name="Person", mobile_phone="0211144489", view_by="Account"),
            m.ContactResponse,
        ),
        ("addressbook.contacts", "update", (CID,), dict(street_address="123 ABC st."), m.ContactResponse),
        ("addressbook.contacts", "delete", (CID,), {}, m.ContactResponse),
        ("addressbook.groups", "list", (), {}, m.GroupListResponse),
        ("addressbook.groups", "get", (GID,), {}, m.GroupResponse),
        (
            "addressbook.groups",
            "create",
            ("Test Group",),
            dict(group_code="Test-Group", view_edit_by="Account"),
            m.GroupResponse,
        ),
        ("addressbook.groups", "update", (GID,), dict(group_name="Renamed"), m.GroupResponse),
        ("addressbook.groups", "delete", (GID,), {}, m.GroupResponse),
        ("addressbook.contact_groups", "list", (CID,), {}, m.ContactGroupListResponse),
        ("addressbook.contact_groups", "get", (CID, GID), {}, m.ContactGroupResponse),
        ("addressbook.contact_groups", "add", (CID, GID), {}, m.ContactGroupResponse),
        ("addressbook.contact_groups", "remove", (CID, GID), {}, m.ContactGroupResponse),
        ("addressbook.group_contacts", "list", (GID,), {}, m.GroupContactListResponse),
        ("addressbook.group_contacts", "get", (GID, CID), {}, m.ContactGroupResponse),
        ("addressbook.group_contacts", "add", (GID, CID), {}, m.ContactGroupResponse),
        ("addressbook.group_contacts", "remove", (GID, CID), {}, m.ContactGroupResponse),
    ]


PAGERS = [
    ("reports", "iter_sms_received", (), dict(time_period=60), m.ReceivedSMS),
    ("addressbook.contacts", "iter", (), {}, m.ContactModel),
    ("addressbook.contacts", "iter_search", (), dict(company="Test Corp"), m.ContactModel),
    ("addressbook.groups", "iter", (), {}, m.GroupModel),
    ("addressbook.contact_groups", "iter", (CID,), {}, m.GroupModel),
    ("addressbook.group_contacts", "iter", (GID,), {}, m.ContactModel),
]
CALL_IDS = [f"{ns}.{name}" for ns, name, *_ in calls({"pdf": Path(), "wav": Path()})]


def _method(client: Any, namespace: str, name: str) -> Any:
    target = client
    for part in namespace.split("."):
        target = getattr(target, part)
    return getattr(target, name)


def test_every_public_method_is_covered() -> None:
    client = TNZClient(auth_token=TOKEN, base_url="http://127.0.0.1:9")
    covered = set(CALL_IDS) | {f"{ns}.{name}" for ns, name, *_ in PAGERS}
    namespaces = ["messaging", "actions", "reports", *(f"addressbook.{n}" for n in vars(client.addressbook))]
    public = {
        f"{ns}.{name}"
        for ns in namespaces
        for name in dir(
            type(_method(client, ns.rsplit(".", 1)[0], ns.rsplit(".", 1)[-1]) if "." in ns else getattr(client, ns))
        )
        if not name.startswith("_")
    }
    assert public == covered
    client.close()


@pytest.mark.parametrize("index", range(len(CALL_IDS)), ids=CALL_IDS)
def test_sync_method_against_prism(prism: PrismMock, media: dict[str, Path], index: int) -> None:
    namespace, name, args, kwargs, expected = calls(media)[index]
    with TNZClient(auth_token=TOKEN, base_url=prism.url) as client:
        raw = _method(client, namespace, name).raw(*args, **kwargs)
    assert "sl-violations" not in raw.headers, raw.headers["sl-violations"]
    assert raw.status_code == 200
    assert isinstance(raw.parsed, expected)


@pytest.mark.parametrize("index", range(len(CALL_IDS)), ids=CALL_IDS)
async def test_async_method_against_prism(prism: PrismMock, media: dict[str, Path], index: int) -> None:
    namespace, name, args, kwargs, expected = calls(media)[index]
    async with AsyncTNZClient(auth_token=TOKEN, base_url=prism.url) as client:
        raw = await _method(client, namespace, name).raw(*args, **kwargs)
        parsed = await _method(client, namespace, name)(*args, **kwargs)
    assert "sl-violations" not in raw.headers, raw.headers["sl-violations"]
    assert isinstance(raw.parsed, expected)
    assert isinstance(parsed, expected)


@pytest.mark.parametrize(
    ("namespace", "name", "args", "kwargs", "item"), PAGERS, ids=[f"{p[0]}.{p[1]}" for p in PAGERS]
)
def test_sync_pagers_walk_pages(
    prism: PrismMock, namespace: str, name: str, args: tuple[Any, ...], kwargs: dict[str, Any], item: type
) -> None:
    with TNZClient(auth_token=TOKEN, base_url=prism.url) as client:
        items = list(_method(client, namespace, name)(*args, **kwargs))
    assert items
    assert all(isinstance(i, item) for i in items)


@pytest.mark.parametrize(
    ("namespace", "name", "args", "kwargs", "item"), PAGERS, ids=[f"{p[0]}.{p[1]}" for p in PAGERS]
)
async def test_async_pagers_walk_pages(
    prism: PrismMock, namespace: str, name: str, args: tuple[Any, ...], kwargs: dict[str, Any], item: type
) -> None:
    async with AsyncTNZClient(auth_token=TOKEN, base_url=prism.url) as client:
        items = [i async for i in _method(client, namespace, name)(*args, **kwargs)]
    assert items
    assert all(isinstance(i, item) for i in items)


async def test_async_requests_run_concurrently_on_one_pool(prism: PrismMock) -> None:
    import asyncio

    async with AsyncTNZClient(auth_token=TOKEN, base_url=prism.url) as client:
        results = await asyncio.gather(*(client.messaging.sms(f"Hello {i}", to="+6421000001") for i in range(16)))
    assert all(r.result == "Success" for r in results)


def test_test_mode_sends_mode_test(prism: PrismMock) -> None:
    with TNZClient(auth_token=TOKEN, base_url=prism.url, test_mode=True) as client:
        raw = client.messaging.sms.raw("Hello", to="+6421000001")
    assert b'"Mode":"Test"' in raw.http_response.request.content
    assert "sl-violations" not in raw.headers
