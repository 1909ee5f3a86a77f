"""Every call seed 000 documents, exactly as TNZ's own v2.04 library puts it on the wire, is
accepted by Prism serving our spec.

The requests were captured from tnzapi 2.4.2.0 itself (tests/compat/capture_tnzapi_wire.py):
``{"MessageData": {...}}`` with ``null`` for every unset field (also inside destinations and
keypads), ``TimeZone``, ``Voice: "English-NewZealand@Female1"`` on voice and TTS,
``NumberOfOperators: 0``, keypad ``PlayFile``, ``{}`` on abort, ``dateFrom=2024-08-01 00:00:00``.
Each case id is the capture label, naming the seed 000 line of the call.
"""

from __future__ import annotations

import copy
import re
from typing import Any

import pytest
from _wire import PREFIX, SEED_000, WIRE, assert_accepted, seed_lines, seed_lines_cited, send_raw
from tnz_api import models as m

from tnz_ext.testing import PrismMock

REQUESTS: list[dict[str, Any]] = WIRE["requests"]


def test_the_capture_covers_every_call_seed_000_documents() -> None:
    calls = {
        number
        for number, line in enumerate(seed_lines(SEED_000), start=1)
        if re.match(r"(response|request) = client\.", line)
    }
    assert len(calls) == 60
    cited = set().union(*(seed_lines_cited(r["label"]) for r in REQUESTS + WIRE["not_sent"]))
    assert calls <= cited, f"seed 000 calls without a captured request: {sorted(calls - cited)}"


def test_the_capture_is_the_library_shape() -> None:
    """Guards the fixture itself: the properties issue 9 is about are really in it."""
    by_label = {r["label"].split(" ")[0]: r for r in REQUESTS}
    email = by_label["email-simple"]["body"]["MessageData"]
    assert email["Reference"] is None and email["SendTime"] is None and email["Files"] == []
    voice = by_label["voice-advanced"]["body"]["MessageData"]
    assert voice["Voice"] == "English-NewZealand@Female1"
    assert voice["BillingAccount"] == "TEST BILLING ACCOUNT" and voice["ReportTo"] == "report@example.com"
    assert voice["Keypads"][0]["PlayFile"] and voice["Keypads"][0]["Play"] is None
    assert any(None in d.values() for d in voice["Destinations"])
    assert by_label["abort"]["body"] == {}
    assert "dateFrom=2024-08-01%2000:00:00" in by_label["sms-received-dates"]["path"]
    assert by_label["sms-sendtime-testmode"]["body"]["MessageData"]["SendTime"] == "2024-08-01 10:00"
    assert {"GroupID": "4000000b-f002-4007-b00a-c00000000001"} in by_label["fax-advanced"]["body"]["MessageData"][
        "Destinations"
    ]


@pytest.mark.parametrize("request_", REQUESTS, ids=lambda r: r["label"])
def test_library_request_is_accepted(prism: PrismMock, request_: dict[str, Any]) -> None:
    path = request_["path"]
    assert path.startswith(PREFIX)
    response = send_raw(prism, request_["method"], path.removeprefix(PREFIX), request_["body"])
    assert_accepted(response)


REQUEST_MODELS: list[tuple[str, str, type[Any]]] = [
    ("POST", r"/send/email", m.EmailRequest),
    ("POST", r"/send/sms", m.SMSRequest),
    ("POST", r"/send/fax", m.FaxRequest),
    ("POST", r"/send/voice", m.VoiceRequest),
    ("POST", r"/send/tts", m.TTSRequest),
    ("PATCH", r"/set/resubmit/[^/]+", m.ResubmitRequest),
    ("PATCH", r"/set/reschedule/[^/]+", m.RescheduleRequest),
    ("PATCH", r"/set/pacing/[^/]+", m.PacingRequest),
    ("POST", r"/addressbook/contact", m.ContactRequest),
    ("PATCH", r"/addressbook/contact/[^/]+", m.ContactRequest),
    ("POST", r"/addressbook/group", m.GroupCreateRequest),
    ("PATCH", r"/addressbook/group/[^/]+", m.GroupUpdateRequest),
    ("POST", r"/addressbook/contact/[^/]+/group", m.ContactGroupRequest),
    ("POST", r"/addressbook/group/[^/]+/contact", m.GroupContactRequest),
]
WITH_MODEL = [
    (r, model)
    for r in REQUESTS
    for method, pattern, model in REQUEST_MODELS
    if r["method"] == method and re.fullmatch(PREFIX + pattern, r["path"])
]


def test_every_library_body_has_a_request_model() -> None:
    with_body = [r["label"] for r in REQUESTS if r["body"]]
    assert sorted(r["label"] for r, _ in WITH_MODEL) == sorted(with_body)


@pytest.mark.parametrize(("request_", "model"), [pytest.param(r, mo, id=r["label"]) for r, mo in WITH_MODEL])
def test_generated_request_model_carries_the_library_body(request_: dict[str, Any], model: type[Any]) -> None:
    """The generated client can read and re-send what the library sends (nulls included), dropping nothing."""
    body = request_["body"]
    assert model.from_dict(copy.deepcopy(body)).to_dict() == body
