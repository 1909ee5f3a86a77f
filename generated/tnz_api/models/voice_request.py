from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.voice_message_data import VoiceMessageData


T = TypeVar("T", bound="VoiceRequest")


@_attrs_define
class VoiceRequest:
    """Send Voice request body.

    Attributes:
        message_data (VoiceMessageData): The voice call (recorded WAV audio) to make.
    """

    message_data: VoiceMessageData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_data = self.message_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "MessageData": message_data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.voice_message_data import VoiceMessageData  # noqa: PLC0415

        d = dict(src_dict)
        message_data = VoiceMessageData.from_dict(d.pop("MessageData"))

        voice_request = cls(
            message_data=message_data,
        )

        voice_request.additional_properties = d
        return voice_request

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
