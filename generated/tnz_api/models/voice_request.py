from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

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

    def to_dict(self) -> dict[str, Any]:
        message_data = self.message_data.to_dict()

        field_dict: dict[str, Any] = {}

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

        return voice_request
