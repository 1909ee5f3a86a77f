from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.email_message_data import EmailMessageData


T = TypeVar("T", bound="EmailRequest")


@_attrs_define
class EmailRequest:
    """Send Email request body.

    Attributes:
        message_data (EmailMessageData): The email to send. Give the body as MessagePlain and/or MessageHTML, or a
            preloaded
            Template (MessageHTML overrides MessagePlain, both override Template).
    """

    message_data: EmailMessageData
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
        from ..models.email_message_data import EmailMessageData  # noqa: PLC0415

        d = dict(src_dict)
        message_data = EmailMessageData.from_dict(d.pop("MessageData"))

        email_request = cls(
            message_data=message_data,
        )

        email_request.additional_properties = d
        return email_request

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
