from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.tts_message_data import TTSMessageData


T = TypeVar("T", bound="TTSRequest")


@_attrs_define
class TTSRequest:
    """Send Text-to-Speech request body.

    Attributes:
        message_data (TTSMessageData): The Text-to-Speech call to make.
    """

    message_data: TTSMessageData

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
        from ..models.tts_message_data import TTSMessageData  # noqa: PLC0415

        d = dict(src_dict)
        message_data = TTSMessageData.from_dict(d.pop("MessageData"))

        tts_request = cls(
            message_data=message_data,
        )

        return tts_request
