"""`make demo`: every kind of TNZ call through tnz_ext against a local Prism mock - no account needed.

Starts Prism on 127.0.0.1 (free port), sends an email with an attachment, an SMS, a fax, a voice
call with a WAV and a TTS call with keypads, polls status and replies, does an address-book
round trip, prints one row per operation and stops Prism. Exits non-zero if any row failed.
"""

from __future__ import annotations

import sys
import tempfile
import wave
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tnz_ext import TNZClient, TNZError, contact, recipient
from tnz_ext.testing import PrismMock


def _media(folder: Path) -> tuple[Path, Path]:
    pdf = folder / "Invoice.pdf"
    pdf.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n")
    wav = folder / "greeting.wav"
    with wave.open(str(wav), "wb") as w:  # 0.25 s of silence, WAV 16-bit 8 kHz as TNZ requires
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(8000)
        w.writeframes(b"\x00\x00" * 2000)
    return pdf, wav


JANE = "17f2b37e-4706-41c8-8dcb-de90e24c2447"  # the mock's ContactID for a created contact


def _steps(client: TNZClient, pdf: Path, wav: Path) -> list[tuple[str, Callable[[], Any]]]:
    ab = client.addressbook
    return [
        ("send email + attachment", lambda: client.messaging.email(
            "Your invoice", to=[recipient("john.doe@example.com", first_name="John")],
            message_plain="Hello John,\n\nYour invoice is attached.", files=[pdf])),
        ("send SMS", lambda: client.messaging.sms("Hello, this is a test.", to=["021 000 0001"])),
        ("send fax", lambda: client.messaging.fax([pdf], to="+64 9 500 5000", csid="Station ID")),
        ("send voice (WAV)", lambda: client.messaging.voice(wav, to="+6495005000", answer_phone_mode="NDAS")),
        ("send TTS + keypads", lambda: client.messaging.tts(
            "Press one to talk to us.", to="+6495005000", voice="Female1",
            keypads=[{"Tone": 1, "RouteNumber": "+64800123123", "Play": "Connecting you now."}])),
        ("poll status", lambda: client.reports.status("ID123456")),
        ("poll SMS replies", lambda: client.reports.sms_reply("ID123456")),
        ("poll SMS received", lambda: client.reports.sms_received(time_period=1440)),
        ("create contact", lambda: ab.contacts.create(first_name="Jane", mobile_phone="+6421000002")),
        ("create group", lambda: ab.groups.create("Demo Group")),
        ("add contact to group", lambda: ab.group_contacts.add("Demo_Group", JANE)),
        ("list group contacts", lambda: ab.group_contacts.list("Demo_Group")),
        ("send SMS to contact", lambda: client.messaging.sms("Hi Jane", to=contact(JANE))),
        ("remove contact from group", lambda: ab.group_contacts.remove("Demo_Group", JANE)),
        ("delete group", lambda: ab.groups.delete("Demo_Group")),
        ("delete contact", lambda: ab.contacts.delete(JANE)),
    ]  # fmt: skip


def _detail(result: Any) -> str:
    for attr in ("status", "message_id", "messages", "contacts", "contact", "group"):
        value = getattr(result, attr, None)
        if isinstance(value, list):
            return f"{len(value)} item(s)"
        if value is not None and not isinstance(value, str) and hasattr(value, "to_dict"):
            ident = value.to_dict().get("ID") or value.to_dict().get("GroupID")
            return f"{attr} {ident}"
        if isinstance(value, str) and value:
            return f"{attr} {value}"
    return ""


def main() -> int:
    rows: list[tuple[str, str, str, str]] = []
    with tempfile.TemporaryDirectory() as tmp, PrismMock() as prism:
        pdf, wav = _media(Path(tmp))
        print(f"Prism mock on {prism.url} (pid {prism.pid})\n")
        with TNZClient(auth_token="demo-token", base_url=prism.url, test_mode=True) as client:
            for name, step in _steps(client, pdf, wav):
                try:
                    raw = step()
                    rows.append((name, "ok", str(raw.result), _detail(raw)))
                except TNZError as exc:
                    rows.append((name, "FAILED", type(exc).__name__, str(exc)[:60]))
    widths = [max(len(r[i]) for r in [("operation", "", "result", "detail"), *rows]) for i in range(4)]
    header = ("operation", "", "result", "detail")
    for row in [header, tuple("-" * w for w in widths), *rows]:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())
    failed = sum(r[1] != "ok" for r in rows)
    print(f"\n{len(rows) - failed} of {len(rows)} operations succeeded; Prism stopped.")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
