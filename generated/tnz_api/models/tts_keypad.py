from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.play_section import PlaySection, check_play_section
from ..types import UNSET, Unset

T = TypeVar("T", bound="TTSKeypad")


@_attrs_define
class TTSKeypad:
    """A keypad option of a Text-to-Speech message.

    Attributes:
        tone (int): Keypad for call connection (supports buttons 1-9).
        route_number (str | Unset): A telephone number in E.164 format.
        play (str | Unset): Message played to B-Party when a keypad option is pressed.
        play_section (PlaySection | Unset): Plays the MessageToPeople ('Main') or MessageToAnswerphones ('AnswerPhone').
            Useful for replaying the message.
    """

    tone: int
    route_number: str | Unset = UNSET
    play: str | Unset = UNSET
    play_section: PlaySection | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        tone = self.tone

        route_number = self.route_number

        play = self.play

        play_section: str | Unset = UNSET
        if not isinstance(self.play_section, Unset):
            play_section = self.play_section

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "Tone": tone,
            }
        )
        if route_number is not UNSET:
            field_dict["RouteNumber"] = route_number
        if play is not UNSET:
            field_dict["Play"] = play
        if play_section is not UNSET:
            field_dict["PlaySection"] = play_section

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tone = d.pop("Tone")

        route_number = d.pop("RouteNumber", UNSET)

        play = d.pop("Play", UNSET)

        _play_section = d.pop("PlaySection", UNSET)
        play_section: PlaySection | Unset
        if isinstance(_play_section, Unset):
            play_section = UNSET
        else:
            play_section = check_play_section(_play_section)

        tts_keypad = cls(
            tone=tone,
            route_number=route_number,
            play=play,
            play_section=play_section,
        )

        return tts_keypad
