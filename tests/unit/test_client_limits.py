"""Documented limits are refused before anything is sent: each raises ValidationError naming the
field and the limit, and pytest-httpx sees no request at all. Plus destination building: no
accumulation across calls, caller's list untouched, national numbers normalised to E.164.
"""

from __future__ import annotations

import io
import json
import wave
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from pytest_httpx import HTTPXMock

from tnz_ext import (
    DEFAULT_BASE_URL,
    MAX_FILES,
    MAX_REQUEST_BYTES,
    AsyncTNZClient,
    Attachment,
    TNZClient,
    ValidationError,
    group,
)

TOKEN = "unit-test-token"
NUMBER = "+64210000001"
FAX_NUMBER = "+6493001234"
OK = {"Result": "Success", "MessageID": "ID123456"}


@pytest.fixture(autouse=True)
def _no_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TNZ_AUTH_TOKEN", raising=False)
    monkeypatch.delenv("TNZ_BASE_URL", raising=False)


@pytest.fixture
def client() -> Iterator[TNZClient]:
    with TNZClient(auth_token=TOKEN, base_url=DEFAULT_BASE_URL) as c:
        yield c


def wav_bytes(*, rate: int = 8000, width: int = 2, frames: int = 800) -> bytes:
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(width)
        w.setframerate(rate)
        w.writeframes(b"\x00" * width * frames)
    return buffer.getvalue()


def doc(name: str = "doc.pdf") -> Attachment:
    return Attachment.from_bytes(b"%PDF-1.4 tiny", name)


def sparse_file(path: Path, size: int) -> Path:
    with path.open("wb") as f:
        f.truncate(size)
    return path


def refused(httpx_mock: HTTPXMock, call: Any, *fragments: str) -> ValidationError:
    """Run ``call``, expect a ValidationError whose text holds every fragment, and no request."""
    with pytest.raises(ValidationError) as caught:
        call()
    text = str(caught.value)
    for fragment in fragments:
        assert fragment in text, f"{fragment!r} not in {text!r}"
    assert httpx_mock.get_requests() == []
    return caught.value


def body_of(request: httpx.Request) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(request.content)["MessageData"]
    return data


# ---------------------------------------------------------------------------------------- files and size
def test_eleven_fax_files(client: TNZClient, httpx_mock: HTTPXMock) -> None:
    files = [doc(f"page{i}.pdf") for i in range(MAX_FILES + 1)]
    error = refused(httpx_mock, lambda: client.messaging.fax(files, to=FAX_NUMBER), "MessageData.Files", "10")
    assert error.field == "MessageData.Files"
    assert error.limit == MAX_FILES == 10


def test_eleven_fax_files_by_path_are_refused_before_any_is_checked(
    client: TNZClient, httpx_mock: HTTPXMock, tmp_path: Path
) -> None:
    files = [tmp_path / f"missing{i}.pdf" for i in range(11)]  # never created: the count fails first
    error = refused(httpx_mock, lambda: client.messaging.fax(files, to=FAX_NUMBER), "11 files", "10")
    assert error.limit == 10


def test_ten_fax_files_are_fine(client: TNZClient, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json=OK)
    client.messaging.fax([doc(f"page{i}.pdf") for i in range(10)], to=FAX_NUMBER)
    assert len(body_of(httpx_mock.get_requests()[0])["Files"]) == 10


def test_files_over_20_mb_once_encoded(client: TNZClient, httpx_mock: HTTPXMock, tmp_path: Path) -> None:
    # 2 x 8 MB on disk = 21.3 MB of Base64: refused from the sizes alone, before reading.
    files = [sparse_file(tmp_path / f"big{i}.bin", 8 * 1024 * 1024) for i in range(2)]
    error = refused(
        httpx_mock,
        lambda: client.messaging.email("Big", to="someone@example.com", message_plain="see files", files=files),
        "MessageData.Files",
        "20 MB",
    )
    assert error.limit == MAX_REQUEST_BYTES


def test_files_just_at_20_mb_fail_on_the_measured_body(
    client: TNZClient, httpx_mock: HTTPXMock, tmp_path: Path
) -> None:
    # 15 MiB encodes to exactly 20 MiB of Base64; the JSON around it tips the request over.
    big = sparse_file(tmp_path / "big.bin", 15 * 1024 * 1024)
    error = refused(
        httpx_mock,
        lambda: client.messaging.email("Big", to="someone@example.com", files=[big]),
        "20 MB",
    )
    assert error.field == "body"
    assert error.limit == MAX_REQUEST_BYTES


def test_long_message_over_20_mb_without_files(client: TNZClient, httpx_mock: HTTPXMock) -> None:
    text = "x" * (MAX_REQUEST_BYTES + 1)
    error = refused(
        httpx_mock,
        lambda: client.messaging.email("Long", to="someone@example.com", message_plain=text),
        "body",
        "20 MB",
    )
    assert error.limit == MAX_REQUEST_BYTES


def test_many_destinations_over_20_mb_without_files(client: TNZClient, httpx_mock: HTTPXMock) -> None:
    filler = "y" * (1024 * 1024)
    to = [{"Recipient": f"+6421000{i:04d}", "Custom1": filler} for i in range(21)]
    error = refused(httpx_mock, lambda: client.messaging.sms("Hello [[Custom1]]", to=to), "body", "20 MB")
    assert error.limit == MAX_REQUEST_BYTES


# ---------------------------------------------------------------------------------------- spec field limits
def test_message_id_over_40(client: TNZClient, httpx_mock: HTTPXMock) -> None:
    error = refused(
        httpx_mock, lambda: client.messaging.sms("Hello", to=NUMBER, message_id="x" * 41), "MessageID", "40"
    )
    assert error.limit == 40


def test_message_id_of_40_is_fine(client: TNZClient, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json=OK)
    client.messaging.sms("Hello", to=NUMBER, message_id="x" * 40)
    assert body_of(httpx_mock.get_requests()[0])["MessageID"] == "x" * 40


@pytest.mark.parametrize("op", ["status", "sms_reply"])
def test_message_id_over_40_on_reports(client: TNZClient, httpx_mock: HTTPXMock, op: str) -> None:
    refused(httpx_mock, lambda: getattr(client.reports, op)("x" * 41), "MessageID", "40")


def test_message_id_over_40_on_actions(client: TNZClient, httpx_mock: HTTPXMock) -> None:
    refused(httpx_mock, lambda: client.actions.abort("x" * 41), "MessageID", "40")
    refused(httpx_mock, lambda: client.actions.resubmit("x" * 41), "MessageID", "40")


def test_reference_over_80(client: TNZClient, httpx_mock: HTTPXMock) -> None:
    error = refused(
        httpx_mock, lambda: client.messaging.sms("Hello", to=NUMBER, reference="x" * 81), "MessageData.Reference", "80"
    )
    assert error.field == "MessageData.Reference"
    assert error.limit == 80


def test_csid_over_30(client: TNZClient, httpx_mock: HTTPXMock) -> None:
    error = refused(
        httpx_mock, lambda: client.messaging.fax([doc()], to=FAX_NUMBER, csid="C" * 31), "MessageData.CSID", "30"
    )
    assert error.limit == 30


@pytest.mark.parametrize(("tone", "limit"), [(10, 9), (-1, 0)])
def test_keypad_tone_out_of_range(client: TNZClient, httpx_mock: HTTPXMock, tone: int, limit: int) -> None:
    error = refused(
        httpx_mock,
        lambda: client.messaging.tts("Press a key", to=NUMBER, keypads=[{"Tone": tone}]),
        "MessageData.Keypads[0].Tone",
        str(limit),
    )
    assert error.limit == limit


def test_voice_keypad_tone_out_of_range(client: TNZClient, httpx_mock: HTTPXMock) -> None:
    refused(httpx_mock, lambda: client.messaging.voice(wav_bytes(), to=NUMBER, keypads=[{"Tone": 10}]), "Tone", "9")


# ---------------------------------------------------------------------------------------- voice audio
def test_voice_audio_not_a_wav(client: TNZClient, httpx_mock: HTTPXMock) -> None:
    error = refused(
        httpx_mock,
        lambda: client.messaging.voice(b"not a wav", to=NUMBER),
        "MessageData.MessageToPeople",
        "WAV 16-bit 8 kHz",
    )
    assert error.limit == "WAV 16-bit 8 kHz"


def test_voice_audio_at_16_khz(client: TNZClient, httpx_mock: HTTPXMock) -> None:
    refused(
        httpx_mock,
        lambda: client.messaging.voice(wav_bytes(rate=16000), to=NUMBER),
        "MessageData.MessageToPeople",
        "8 kHz",
        "16000 Hz",
    )


def test_voice_answerphone_audio_8_bit(client: TNZClient, httpx_mock: HTTPXMock) -> None:
    refused(
        httpx_mock,
        lambda: client.messaging.voice(wav_bytes(), to=NUMBER, message_to_answerphones=wav_bytes(width=1)),
        "MessageData.MessageToAnswerphones",
        "16-bit",
    )


def test_voice_audio_path_at_16_khz(client: TNZClient, httpx_mock: HTTPXMock, tmp_path: Path) -> None:
    path = tmp_path / "hello.wav"
    path.write_bytes(wav_bytes(rate=16000))
    refused(httpx_mock, lambda: client.messaging.voice(path, to=NUMBER), "MessageToPeople", "16000 Hz")


# ---------------------------------------------------------------------------------------- destinations
def test_bad_phone_number(client: TNZClient, httpx_mock: HTTPXMock) -> None:
    error = refused(httpx_mock, lambda: client.messaging.sms("Hello", to="12"), "Recipient", "'12'")
    assert error.field == "MessageData.Destinations[0].Recipient"


def test_bad_phone_number_is_located_in_the_list(client: TNZClient, httpx_mock: HTTPXMock) -> None:
    refused(httpx_mock, lambda: client.messaging.sms("Hello", to=[NUMBER, "12"]), "Destinations[1].Recipient")


def test_disallowed_prefix(httpx_mock: HTTPXMock) -> None:
    with TNZClient(auth_token=TOKEN, base_url=DEFAULT_BASE_URL, allowed_prefixes=["+64"]) as client:
        error = refused(httpx_mock, lambda: client.messaging.sms("Hello", to="+61 412 345 678"), "+61412345678", "+64")
    assert error.limit == ["+64"]


def test_allowed_prefix_passes(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json=OK)
    with TNZClient(auth_token=TOKEN, base_url=DEFAULT_BASE_URL, allowed_prefixes=["+64"]) as client:
        client.messaging.sms("Hello", to="021 000 0001")
    assert body_of(httpx_mock.get_requests()[0])["Destinations"] == [{"Recipient": "+64210000001"}]


@pytest.mark.parametrize("target", [group("G-1"), group(code="SALES"), {"GroupID": "G-1"}, {"GroupCode": "SALES"}])
def test_fax_to_a_group_is_sent(client: TNZClient, httpx_mock: HTTPXMock, target: Any) -> None:
    # TNZ's reference says fax takes no groups; TNZ's own library sends them (openapi/DECISIONS.md 9c).
    httpx_mock.add_response(json=OK)
    client.messaging.fax([doc()], to=target)
    (sent,) = body_of(httpx_mock.get_requests()[0])["Destinations"]
    assert set(sent) & {"GroupID", "GroupCode"}


def test_email_to_a_non_address(client: TNZClient, httpx_mock: HTTPXMock) -> None:
    refused(
        httpx_mock,
        lambda: client.messaging.email("Hi", to="not-an-email", message_plain="x"),
        "MessageData.Destinations[0].Recipient",
        "not-an-email",
    )


def test_unknown_destination_key(client: TNZClient, httpx_mock: HTTPXMock) -> None:
    error = refused(
        httpx_mock, lambda: client.messaging.sms("Hello", to=[{"Recipient": NUMBER, "Nmae": "Ann"}]), "Nmae"
    )
    assert error.field == "MessageData.Destinations[0].Nmae"


def test_no_destinations(client: TNZClient, httpx_mock: HTTPXMock) -> None:
    refused(httpx_mock, lambda: client.messaging.sms("Hello", to=[]), "Destinations", "at least one")


# ---------------------------------------------------------------------------------------- SMS length
def test_sms_over_459_gsm_characters(client: TNZClient, httpx_mock: HTTPXMock) -> None:
    error = refused(httpx_mock, lambda: client.messaging.sms("a" * 460, to=NUMBER), "MessageData.Message", "459")
    assert error.limit == 459


def test_sms_of_459_gsm_characters_is_fine(client: TNZClient, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json=OK)
    client.messaging.sms("a" * 459, to=NUMBER)
    assert len(httpx_mock.get_requests()) == 1


def test_sms_over_459_accepted_with_max_parts_4(client: TNZClient, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json=OK)
    client.messaging.sms("a" * 460, to=NUMBER, max_parts=4)
    assert body_of(httpx_mock.get_requests()[0])["Message"] == "a" * 460


def test_sms_max_parts_from_the_client(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json=OK)
    with TNZClient(auth_token=TOKEN, base_url=DEFAULT_BASE_URL, max_sms_parts=4) as client:
        client.messaging.sms("a" * 612, to=NUMBER)
        refused_text = "612"
        with pytest.raises(ValidationError, match=refused_text):
            client.messaging.sms("a" * 613, to=NUMBER)
    assert len(httpx_mock.get_requests()) == 1


def test_sms_over_210_ucs2(client: TNZClient, httpx_mock: HTTPXMock) -> None:
    refused(httpx_mock, lambda: client.messaging.sms("ç" * 211, to=NUMBER), "MessageData.Message", "210")


# ---------------------------------------------------------------------------------------- options and queries
def test_unknown_option(client: TNZClient, httpx_mock: HTTPXMock) -> None:
    refused(httpx_mock, lambda: client.messaging.sms("Hello", to=NUMBER, colour="red"), "colour")  # type: ignore[call-arg]


@pytest.mark.parametrize(
    "dates", [{"date_from": "2024-01-01 00:00:00"}, {"date_to": "2024-01-31 00:00:00"}], ids=["from", "to"]
)
def test_sms_received_needs_both_dates(client: TNZClient, httpx_mock: HTTPXMock, dates: dict[str, str]) -> None:
    refused(httpx_mock, lambda: client.reports.sms_received(**dates), "dateFrom", "dateTo")


def test_sms_received_iterator_also_checks_dates(client: TNZClient, httpx_mock: HTTPXMock) -> None:
    refused(httpx_mock, lambda: list(client.reports.iter_sms_received(date_from="2024-01-01 00:00:00")), "dateTo")


async def test_async_limits_send_nothing(httpx_mock: HTTPXMock) -> None:
    async with AsyncTNZClient(auth_token=TOKEN, base_url=DEFAULT_BASE_URL, allowed_prefixes=["+64"]) as client:
        with pytest.raises(ValidationError, match="Reference"):
            await client.messaging.sms("Hello", to=NUMBER, reference="x" * 81)
        with pytest.raises(ValidationError, match=r"\+64"):
            await client.messaging.sms("Hello", to="+61412345678")
        with pytest.raises(ValidationError, match="10"):
            await client.messaging.fax([doc()] * 11, to=FAX_NUMBER)
    assert httpx_mock.get_requests() == []


# ---------------------------------------------------------------------------------------- building twice
def test_building_twice_does_not_accumulate(client: TNZClient, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json=OK)
    httpx_mock.add_response(json=OK)
    to: list[Any] = ["021 000 0001", {"Recipient": "+64210000002", "Attention": "Ann"}, group("G-1")]
    snapshot = [item if isinstance(item, str) else repr(item) for item in to]
    dict_before = dict(to[1])

    client.messaging.sms("Hello", to=to)
    client.messaging.sms("Hello", to=to)

    first, second = (body_of(r) for r in httpx_mock.get_requests())
    assert len(first["Destinations"]) == len(second["Destinations"]) == 3
    assert first["Destinations"] == second["Destinations"]
    assert first["MessageID"] != second["MessageID"]  # two calls, two messages
    assert len(to) == 3
    assert [item if isinstance(item, str) else repr(item) for item in to] == snapshot
    assert to[0] == "021 000 0001"  # not rewritten to E.164 in place
    assert to[1] == dict_before


def test_raw_and_plain_calls_build_the_same_destinations(client: TNZClient, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json=OK)
    httpx_mock.add_response(json=OK)
    to = [NUMBER, "+64210000002"]

    client.messaging.sms("Hello", to=to)
    client.messaging.sms.raw("Hello", to=to)

    assert [len(body_of(r)["Destinations"]) for r in httpx_mock.get_requests()] == [2, 2]
    assert to == [NUMBER, "+64210000002"]


@pytest.mark.parametrize(
    ("national", "e164"),
    [("021 000 0001", "+64210000001"), ("0210000001", "+64210000001"), ("+64 21 000 0001", "+64210000001")],
)
def test_national_numbers_become_e164(client: TNZClient, httpx_mock: HTTPXMock, national: str, e164: str) -> None:
    httpx_mock.add_response(json=OK)
    client.messaging.sms("Hello", to=national)
    assert body_of(httpx_mock.get_requests()[0])["Destinations"] == [{"Recipient": e164}]


def test_default_region_is_configurable(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json=OK)
    with TNZClient(auth_token=TOKEN, base_url=DEFAULT_BASE_URL, default_region="AU") as client:
        client.messaging.sms("Hello", to="0412 345 678")
    assert body_of(httpx_mock.get_requests()[0])["Destinations"] == [{"Recipient": "+61412345678"}]
