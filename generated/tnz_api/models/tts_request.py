from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        from ..models.tts_message_data import TTSMessageData  # noqa: PLC0415

        d = dict(src_dict)
        message_data = TTSMessageData.from_dict(d.pop("MessageData"))

        tts_request = cls(
            message_data=message_data,
        )

        tts_request.additional_properties = d
        return tts_request

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
