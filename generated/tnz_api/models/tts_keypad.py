from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.play_section import PlaySection, check_play_section
from ..types import UNSET, Unset

T = TypeVar("T", bound="TTSKeypad")


@_attrs_define
class TTSKeypad:
    """A keypad option of a Text-to-Speech message.

    Attributes:
        tone (int): Keypad for call connection. TNZ's v2.04 reference documents buttons 1-9; TNZ's v3.00
            specification also allows 0, so 0-9 are accepted.
        route_number (None | str | Unset): Connects the callee to the specified number (number must be in E.164 format).
        play (None | str | Unset): Message played to B-Party when a keypad option is pressed.
        play_file (None | str | Unset): Sent (as null) by TNZ's library on every keypad; declared so it is documented,
            not because TTS uses it.
        play_section (None | PlaySection | str | Unset):
    """

    tone: int
    route_number: None | str | Unset = UNSET
    play: None | str | Unset = UNSET
    play_file: None | str | Unset = UNSET
    play_section: None | PlaySection | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tone = self.tone

        route_number: None | str | Unset
        if isinstance(self.route_number, Unset):
            route_number = UNSET
        else:
            route_number = self.route_number

        play: None | str | Unset
        if isinstance(self.play, Unset):
            play = UNSET
        else:
            play = self.play

        play_file: None | str | Unset
        if isinstance(self.play_file, Unset):
            play_file = UNSET
        else:
            play_file = self.play_file

        play_section: None | str | Unset
        if isinstance(self.play_section, Unset):
            play_section = UNSET
        elif isinstance(self.play_section, str):
            play_section = self.play_section
        else:
            play_section = self.play_section

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Tone": tone,
            }
        )
        if route_number is not UNSET:
            field_dict["RouteNumber"] = route_number
        if play is not UNSET:
            field_dict["Play"] = play
        if play_file is not UNSET:
            field_dict["PlayFile"] = play_file
        if play_section is not UNSET:
            field_dict["PlaySection"] = play_section

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tone = d.pop("Tone")

        def _parse_route_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        route_number = _parse_route_number(d.pop("RouteNumber", UNSET))

        def _parse_play(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        play = _parse_play(d.pop("Play", UNSET))

        def _parse_play_file(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        play_file = _parse_play_file(d.pop("PlayFile", UNSET))

        def _parse_play_section(data: object) -> None | PlaySection | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                play_section_type_0 = check_play_section(data)

                return play_section_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PlaySection | str | Unset, data)

        play_section = _parse_play_section(d.pop("PlaySection", UNSET))

        tts_keypad = cls(
            tone=tone,
            route_number=route_number,
            play=play,
            play_file=play_file,
            play_section=play_section,
        )

        tts_keypad.additional_properties = d
        return tts_keypad

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
