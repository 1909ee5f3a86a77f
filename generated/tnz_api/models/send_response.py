from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.call_result import CallResult, check_call_result

T = TypeVar("T", bound="SendResponse")


@_attrs_define
class SendResponse:
    """The API accepted the message (this is not its delivery status).

    Attributes:
        result (CallResult | str): 'Success' or 'Failed': the outcome of your API POST (accepted or rejected), not the
            delivery status of your message.
        message_id (str): The message's tracking identifier - yours, or a UUID v4 (36 characters) the API generated.
    """

    result: CallResult | str
    message_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        result: str
        if isinstance(self.result, str):
            result = self.result
        else:
            result = self.result

        message_id = self.message_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Result": result,
                "MessageID": message_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_result(data: object) -> CallResult | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                result_type_0 = check_call_result(data)

                return result_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CallResult | str, data)

        result = _parse_result(d.pop("Result"))

        message_id = d.pop("MessageID")

        send_response = cls(
            result=result,
            message_id=message_id,
        )

        send_response.additional_properties = d
        return send_response

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
