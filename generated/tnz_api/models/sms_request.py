from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.sms_message_data import SMSMessageData


T = TypeVar("T", bound="SMSRequest")


@_attrs_define
class SMSRequest:
    """Send SMS request body.

    Attributes:
        message_data (SMSMessageData): The SMS to send.
    """

    message_data: SMSMessageData
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
        from ..models.sms_message_data import SMSMessageData  # noqa: PLC0415

        d = dict(src_dict)
        message_data = SMSMessageData.from_dict(d.pop("MessageData"))

        sms_request = cls(
            message_data=message_data,
        )

        sms_request.additional_properties = d
        return sms_request

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
