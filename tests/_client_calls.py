"""Every tnz_ext client method with realistic arguments (real files, real WAV), shared by the
JSON and XML contract tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tnz_api import models as m

from tnz_ext import Attachment, contact, group, recipient

TOKEN = "contract-token"
MID = "ID123456"
CID = "17f2b37e-4706-41c8-8dcb-de90e24c2447"
GID = "4000000b-f002-4007-b00a-c00000000002"


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
    ("reports", "iter_status", (MID,), {}, m.StatusRecipient),
    ("reports", "iter_sms_reply", (MID,), {}, m.ReplyRecipient),
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
