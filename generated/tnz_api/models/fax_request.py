from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.fax_message_data import FaxMessageData


T = TypeVar("T", bound="FaxRequest")


@_attrs_define
class FaxRequest:
    """Send Fax request body.

    Attributes:
        message_data (FaxMessageData): The fax to send.
    """

    message_data: FaxMessageData

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
        from ..models.fax_message_data import FaxMessageData  # noqa: PLC0415

        d = dict(src_dict)
        message_data = FaxMessageData.from_dict(d.pop("MessageData"))

        fax_request = cls(
            message_data=message_data,
        )

        return fax_request
