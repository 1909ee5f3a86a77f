"""Record what TNZ's own v2.04 Python library (tnzapi 2.4.2.0) puts on the wire, call by call.

Not a test and not run by ``make test`` (tnzapi lives only in the bench venv). It replays every
call that seed 000 (tests/fixtures/seeds/tnzapi-python-v2.04-docs.txt) documents through the real
library against a loopback recorder and writes tests/compat/fixtures/tnzapi-2.4.2.0-wire.json,
which tests/compat replays against Prism. Refresh with::

    make bench  # creates .venv-bench with tnzapi==2.4.2.0 (or: pip install tnzapi==2.4.2.0)
    .venv-bench/bin/python tests/compat/capture_tnzapi_wire.py

Each label names the seed 000 line of the call. Tiny real files stand in for ``D:\\File1.pdf``
and ``D:\\Temp\\input.wav``.
"""

from __future__ import annotations

import datetime
import http.server
import json
import sys
import tempfile
import threading
import wave
from collections.abc import Callable
from pathlib import Path
from typing import Any

OUT = Path(__file__).with_name("fixtures") / "tnzapi-2.4.2.0-wire.json"
C = "AAAAAAAA-BBBB-BBBB-CCCC-DDDDDDDDDDDD"
G = "BBBBBBBB-CCCC-DDDD-EEEE-FFFFFFFFFFFF"

records: list[dict[str, Any]] = []
label = [""]


class Recorder(http.server.BaseHTTPRequestHandler):
    def _record(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length).decode() if length else None
        records.append(
            {
                "label": label[0],
                "method": self.command,
                "path": self.path,
                "content_type": self.headers.get("Content-Type"),
                "body": json.loads(raw) if raw else None,
            }
        )
        out = json.dumps({"Result": "Success", "MessageID": "ID12345"}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(out)))
        self.end_headers()
        self.wfile.write(out)

    do_GET = do_POST = do_PATCH = do_DELETE = _record

    def log_message(self, format: str, *args: Any) -> None:
        pass


def run(name: str, call: Callable[[], object]) -> None:
    label[0] = name
    before = len(records)
    try:
        call()
    except Exception as exc:  # what the library does with that input, recorded as found
        records.append({"label": name, "exception": repr(exc)})
        return
    if len(records) == before:
        records.append({"label": name, "exception": "nothing sent (the library refused before sending)"})


def main() -> None:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    from tnzapi import _config  # type: ignore[import-not-found]

    _config.__APIURL__ = f"http://127.0.0.1:{server.server_address[1]}/api/v2.04"
    from tnzapi import TNZAPI
    from tnzapi.api.addressbook.contacts.dtos.contact_model import ContactModel  # type: ignore[import-not-found]
    from tnzapi.api.addressbook.groups.dtos.group_model import GroupModel  # type: ignore[import-not-found]
    from tnzapi.api.messaging.dtos.recipient_model import RecipientModel  # type: ignore[import-not-found]
    from tnzapi.core.messaging import Keypad  # type: ignore[import-not-found]

    tmp = Path(tempfile.mkdtemp())
    f1, f2, wav = tmp / "File1.pdf", tmp / "File2.pdf", tmp / "input.wav"
    f1.write_bytes(b"%PDF-1.4 test\n")
    f2.write_bytes(b"%PDF-1.4 test\n")
    with wave.open(str(wav), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(8000)
        w.writeframes(b"\x01\x00" * 8)
    pdf1, pdf2, wav_path = str(f1), str(f2), str(wav)

    def advanced() -> list[Any]:  # the destination forms every "advanced" example of seed 000 uses
        return [
            {"Recipient": "x", "Company": "Test Company", "Attention": "Test Recipient", "Custom1": "Custom1"},
            {"GroupID": "4000000b-f002-4007-b00a-c00000000001"},
            {"ContactID": "6000000b-f002-4007-b00a-c00000000002"},
            RecipientModel(
                Recipient="y", Company="Test Company 2", Attention="Test Recipient 2", Custom1="Custom1",
                Custom2="Custom2", Custom3="Custom3", Custom4="Custom4", Custom5="Custom5",
            ),
            GroupModel(GroupID="4000000b-f002-4007-b00a-d00000000003"),
            ContactModel(ContactID="6000000b-f002-4007-b00a-c00000000004"),
            RecipientModel(ContactID="6000000b-f002-4007-b00a-c00000000005"),
        ]  # fmt: skip

    client = TNZAPI(AuthToken="[Your Auth Token]")
    msg, act, rep, book = client.Messaging, client.Actions, client.Reports, client.Addressbook
    run("email-simple seed000:22", lambda: msg.Email.SendMessage(
        FromEmail="from@test.com", EmailSubject="Test Email", MessagePlain="Test Email Body",
        Recipients=["email.one@test.com", "email.two@test.com"]))  # fmt: skip
    run("email-advanced seed000:39", lambda: msg.Email.SendMessage(
        MessageID="ID12345", Reference="Test Email - Advanced version", SMTPFrom="email@test.com", From="Test Email",
        FromEmail="from@test.com", ReplyTo="reply@test.com", EmailSubject="Test Email", MessagePlain="Test Email Body",
        MessageHTML="This is Test message body. Thank you so much!", Recipients=["email.one@test.com", *advanced()],
        Attachments=[pdf1, pdf2]))  # fmt: skip
    run("sms-simple seed000:125", lambda: msg.SMS.SendMessage(
        Reference="Test", MessageText="Test SMS", Recipients=["+6421111111", "+6422222222"]))  # fmt: skip
    run("sms-advanced seed000:141", lambda: msg.SMS.SendMessage(
        MessageID="ID12345", Reference="Test SMS - Advanced version", SMSEmailReply="reply@test.com",
        ForceGSMChars=True,
        MessageText="Test SMS Message for [[Attention]] at [[Company]]. Click [[File1]] | [[File2]] to download files.",
        Recipients=[
            "+6421000001",
            {"Recipient": "+6421000002", "Company": "Example Corp", "Attention": "John Doe", "First Name": "John",
             "Last Name": "Doe", "Custom1": "", "Custom2": ""},
            *advanced()[1:],
        ],
        Attachments=[pdf1, pdf2]))  # fmt: skip
    run("fax-simple seed000:217", lambda: msg.Fax.SendMessage(
        Reference="Test", Attachments=[pdf1], Recipients=["+6491111111", "+6492222222"]))  # fmt: skip
    run("fax-advanced seed000:233", lambda: msg.Fax.SendMessage(
        MessageID="ID12345", Reference="Test Fax - Advanced version", Resolution="High", CSID="TEST FAX",
        RetryAttempts=3, RetryPeriod=1, Recipients=["+6430000001", *advanced()], Attachments=[pdf1, pdf2]))  # fmt: skip
    run("voice-simple seed000:315", lambda: msg.Voice.SendMessage(
        MessageToPeople=wav_path, Recipients=["+6491111111", "+6492222222"]))  # fmt: skip
    run("voice-advanced seed000:331", lambda: msg.Voice.SendMessage(
        MessageID="ID12345", Reference="Test Voice - Advanced version", CallerID="+6499999999",
        BillingAccount="TEST BILLING ACCOUNT", ReportTo="report@example.com", NumberOfOperators=10, RetryAttempts=3,
        RetryPeriod=1, MessageToPeople=wav_path, MessageToAnswerPhones=wav_path, CallRouteMessageToPeople=wav_path,
        CallRouteMessageToOperators=wav_path, CallRouteMessageOnWrongKey=wav_path,
        Keypads=[Keypad(Tone=1, PlayFile=wav_path), Keypad(Tone=2, RouteNumber="+6492222222", PlayFile=wav_path)],
        Recipients=["+64211111111", *advanced()]))  # fmt: skip
    run("tts-simple seed000:431", lambda: msg.TTS.SendMessage(
        MessageToPeople="Hi there!", Recipients=["+6491111111", "+6492222222"]))  # fmt: skip
    run("tts-advanced seed000:443", lambda: msg.TTS.SendMessage(
        MessageID="ID12345", Reference="Test TTS - Advanced version", CallerID="+6499999999",
        BillingAccount="TEST BILLING ACCOUNT", ReportTo="report@example.com", NumberOfOperators=10, RetryAttempts=3,
        RetryPeriod=1, TTSVoiceType="English-NewZealand@Female1",
        MessageToPeople="Hello, this is a call from Department01.", MessageToAnswerPhones="Hello, sorry we missed you.",
        CallRouteMessageToPeople="Connecting you now.", CallRouteMessageToOperators="Incoming Text To Speech call.",
        CallRouteMessageOnWrongKey="Sorry, you have pressed an invalid key. Please try again.",
        Keypads=[
            Keypad(Tone=1, RouteNumber="+6491111111"),
            Keypad(Tone=2, RouteNumber="+6492222222", Play="You pressed 1"),
        ],
        Recipients=["+64211111111", *advanced()]))  # fmt: skip
    run("sms-sendtime-testmode seed000:104,541", lambda: msg.SMS.SendMessage(
        MessageText="x", SendTime="2024-08-01 10:00", TimeZone="New Zealand", SendMode="Test",
        Recipients=["+6421111111"]))  # fmt: skip
    run("sms-sendtime-datetime seed000:104", lambda: msg.SMS.SendMessage(
        MessageText="x", SendTime=datetime.datetime(2024, 8, 1, 10, 0), Recipients=["+6421111111"]))  # fmt: skip
    run("tts-keypad-v3.00-values Tone 0 PlaySection WrongKey", lambda: msg.TTS.SendMessage(
        MessageToPeople="Hi", Keypads=[Keypad(Tone=0, PlaySection="WrongKey"), Keypad(Tone=2, PlaySection="Main")],
        Recipients=["+6491111111"]))  # fmt: skip
    run("email-reportto-webhook seed000:105-108", lambda: msg.Email.SendMessage(
        EmailSubject="S", MessagePlain="B", ReportTo="report@example.com",
        WebhookCallbackURL="https://www.example.com/webhook", WebhookCallbackFormat="JSON", SubAccount="SubAccount01",
        Department="Department01", ChargeCode="BillingGroup01", Recipients=["a@example.com"]))  # fmt: skip
    run("resubmit-simple seed000:553", lambda: act.Resubmit.SendRequest(MessageID="ID123456"))
    run("resubmit-sendtime seed000:561", lambda: act.Resubmit.SendRequest(
        MessageID="ID123456", SendTime="2023-08-10 09:00"))  # fmt: skip
    run("reschedule seed000:583,592", lambda: act.Reschedule.SendRequest(
        MessageID="ID123456", SendTime="2023-08-12 12:00:00"))  # fmt: skip
    run("abort seed000:615,623", lambda: act.Abort.SendRequest(MessageID="ID123456"))
    run("pacing seed000:654", lambda: act.Pacing.SendRequest(MessageID="ID123456", NumberOfOperators=1))
    run("pacing-legacy seed000:644", lambda: client.Set.Pacing(MessageID="ID123456", NumberOfOperators=1).SendRequest())
    run("status seed000:709,717", lambda: rep.Status.Poll(MessageID="ID123456"))
    run("sms-received-simple seed000:764", lambda: rep.SMSReceived.Poll(TimePeriod=1440))
    run("sms-received-dates seed000:772", lambda: rep.SMSReceived.Poll(
        DateFrom="2024-08-01 00:00:00", DateTo="2024-08-31 23:59:59", RecordsPerPage=10, Page=1))  # fmt: skip
    run("sms-reply seed000:804,812", lambda: rep.SMSReply.Poll(MessageID="ID123456"))
    run("contact-list-simple seed000:846", lambda: book.Contact.List(Page=1))
    run("contact-list seed000:854", lambda: book.Contact.List(RecordsPerPage=10, Page=1))
    run("contact-detail seed000:879,887", lambda: book.Contact.Detail(ContactID=C))
    run("contact-create-simple seed000:937", lambda: book.Contact.Create(
        Attention="Test Person", FirstName="First", LastName="Last", MobilePhone="+6421000001"))  # fmt: skip
    run("contact-create seed000:948", lambda: book.Contact.Create(
        Title="Mr", Company="TNZ Group", FirstName="First", LastName="Last", MobilePhone="+6421000001",
        ViewPublic="Account", EditPublic="Account"))  # fmt: skip
    run("contact-update-simple seed000:970", lambda: book.Contact.Update(ContactID=C, Attention="Test Attention"))
    run("contact-update seed000:979", lambda: book.Contact.Update(
        ContactID=C, Attention="Test Attention", Title="Mr", Company="TNZ Group", FirstName="First", LastName="Last",
        MobilePhone="+64213334444", ViewPublic="Account", EditPublid="Account"))  # fmt: skip
    run("contact-delete seed000:1004,1012", lambda: book.Contact.Delete(ContactID=C))
    run("contactgroup-list-simple seed000:1029", lambda: book.ContactGroup.List(Page=1, ContactID=C))
    run("contactgroup-list seed000:1038", lambda: book.ContactGroup.List(RecordsPerPage=10, Page=1, ContactID=C))
    run("contactgroup-detail seed000:1062,1071", lambda: book.ContactGroup.Detail(ContactID=C, GroupCode="Test_Group"))
    run("contactgroup-detail-groupid seed000:1062,1080", lambda: book.ContactGroup.Detail(ContactID=C, GroupID=G))
    run("contactgroup-create seed000:1091,1100,1329,1338", lambda: book.ContactGroup.Create(ContactID=C, GroupID=G))
    run("contactgroup-delete seed000:1120,1129", lambda: book.ContactGroup.Delete(ContactID=C, GroupID=G))
    run("group-list-simple seed000:1149", lambda: book.Group.List(Page=1))
    run("group-list seed000:1157", lambda: book.Group.List(RecordsPerPage=10, Page=1))
    run("group-detail seed000:1182,1190", lambda: book.Group.Detail(GroupID=G))
    run("group-create seed000:1215,1224", lambda: book.Group.Create(GroupCode="Test-Group", GroupName="Test Group"))
    run("group-update seed000:1242,1252", lambda: book.Group.Update(
        GroupID=G, GroupCode="Test_Group", GroupName="Test Group 123"))  # fmt: skip
    run("group-delete seed000:1271,1279", lambda: book.Group.Delete(GroupID=G))
    run("groupcontact-list-simple seed000:1296", lambda: book.GroupContact.List(GroupID=G, Page=1))
    run("groupcontact-list seed000:1305", lambda: book.GroupContact.List(GroupID=G, RecordsPerPage=10, Page=1))
    run("groupcontact-create seed000:1358,1367", lambda: book.GroupContact.Create(GroupID=G, ContactID=C))
    run("groupcontact-delete seed000:1387,1396", lambda: book.GroupContact.Delete(GroupID=G, ContactID=C))
    server.shutdown()

    out = {
        "source": (
            "tnzapi 2.4.2.0 (PyPI; TNZ's v2.04 Python client) run against a loopback recorder by "
            "tests/compat/capture_tnzapi_wire.py; each label names the seed 000 line of the call"
        ),
        "requests": [r for r in records if "method" in r],
        "not_sent": [r for r in records if "method" not in r],
    }
    OUT.write_text(json.dumps(out, indent=1) + "\n")
    print(f"{len(out['requests'])} requests, {len(out['not_sent'])} not sent -> {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
