"""Item 7: unknown keys in any dict the SDK accepts are refused, never dropped (a typo such as
"RoutNumber" would otherwise send a keypad that routes nowhere)."""

from __future__ import annotations

from typing import Any

import pytest
from hardening._server import Running
from hardening._support import Kind, invoke

from tnz_ext import ValidationError

NZ = "+64210000001"


@pytest.mark.parametrize(
    "keypad",
    [{"Tone": 1, "RoutNumber": NZ}, {"Tone": 1, "route_number": NZ}, {"Tone": 1, "tone": 2}, {"Tone": 1, 5: "x"}],
    ids=repr,
)
def test_unknown_keypad_keys_are_refused(kind: Kind, server: Running, keypad: dict[Any, Any]) -> None:
    with pytest.raises(ValidationError) as caught:
        invoke(kind, {"base_url": server.url}, "messaging.tts", "hi", to=NZ, keypads=[keypad])
    assert caught.value.field.startswith("MessageData.Keypads[0].")
    assert server.seen == []


@pytest.mark.parametrize("to", [{"Recipient": NZ, "Atention": "x"}, {"recipient": NZ}, {"Recipient": NZ, "X": None}])
def test_unknown_destination_keys_are_refused(kind: Kind, server: Running, to: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        invoke(kind, {"base_url": server.url}, "messaging.sms", "hi", to=to)
    assert server.seen == []


def test_known_keypad_keys_are_all_sent(kind: Kind, server: Running) -> None:
    keypad = {"Tone": 2, "RouteNumber": NZ, "Play": "You pressed 2", "PlaySection": "Main"}
    invoke(kind, {"base_url": server.url}, "messaging.tts", "hi", to=NZ, keypads=[keypad])
    [seen] = server.seen
    assert seen.json()["MessageData"]["Keypads"] == [keypad]
