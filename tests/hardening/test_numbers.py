"""Items 2 and 10: every number the SDK sends (destinations, keypad RouteNumber, CallerID) passes
the same normalisation and prefix allow-list; separators other than spaces, dashes, dots and
brackets are refused, and so are extensions (never silently dropped)."""

from __future__ import annotations

from typing import Any

import pytest
from hardening._server import Running
from hardening._support import Kind, invoke

from tnz_ext import ValidationError

AU = "+61491570156"  # a valid Australian mobile: outside an NZ-only allow-list
NZ = "+64210000001"


def _calls(number: str) -> list[tuple[str, tuple[Any, ...], dict[str, Any], str]]:
    return [
        ("messaging.sms", ("hi",), {"to": number}, "Recipient"),
        ("messaging.tts", ("hi",), {"to": NZ, "keypads": [{"Tone": 1, "RouteNumber": number}]}, "RouteNumber"),
        ("messaging.tts", ("hi",), {"to": NZ, "caller_id": number}, "CallerID"),
    ]


@pytest.mark.parametrize("index", range(3))
def test_prefix_guard_covers_every_number(kind: Kind, server: Running, index: int) -> None:
    path, args, kwargs, field = _calls(AU)[index]
    with pytest.raises(ValidationError) as caught:
        invoke(kind, {"base_url": server.url, "allowed_prefixes": ["+64"]}, path, *args, **kwargs)
    assert caught.value.field.endswith(field)
    assert "allowed prefixes" in str(caught.value)
    assert server.seen == []


def test_voice_keypad_route_number_is_guarded_too(kind: Kind, server: Running, tmp_path: Any) -> None:
    import wave

    wav = tmp_path / "a.wav"
    with wave.open(str(wav), "wb") as w:
        w.setnchannels(1), w.setsampwidth(2), w.setframerate(8000), w.writeframes(b"\x00\x00" * 80)
    with pytest.raises(ValidationError) as caught:
        invoke(
            kind, {"base_url": server.url, "allowed_prefixes": ["+64"]}, "messaging.voice", wav,
            to=NZ, keypads=[{"Tone": 1, "RouteNumber": AU}],
        )  # fmt: skip
    assert caught.value.field == "MessageData.Keypads[0].RouteNumber"
    assert server.seen == []


def test_numbers_inside_the_allow_list_are_sent_normalised(kind: Kind, server: Running) -> None:
    invoke(
        kind, {"base_url": server.url, "allowed_prefixes": ["+64"]}, "messaging.tts", "hi",
        to="021 000 0001", caller_id="(09) 500-5000", keypads=[{"Tone": 1, "RouteNumber": "021.000.0002"}],
    )  # fmt: skip
    [seen] = server.seen
    data = seen.json()["MessageData"]
    assert data["Destinations"] == [{"Recipient": "+64210000001"}]
    assert data["CallerID"] == "+6495005000"
    assert data["Keypads"] == [{"Tone": 1, "RouteNumber": "+64210000002"}]


@pytest.mark.parametrize(
    "number",
    ["+6421000001/2", "+64 21 000 0001 ext. 5", "+64210000001;ext=5", "+64210000001x5", "0800 FLOWERS",
     "+64*210000001", "+64_210000001", "+64210000001#", "+64\t210000001", "+64210000001\n"],
)  # fmt: skip
def test_odd_separators_and_extensions_are_refused(kind: Kind, server: Running, number: str) -> None:
    for path, args, kwargs, field in _calls(number):
        with pytest.raises(ValidationError) as caught:
            invoke(kind, {"base_url": server.url}, path, *args, **kwargs)
        assert caught.value.field.endswith(field)
    assert server.seen == []
