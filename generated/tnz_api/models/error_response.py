from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.call_result import CallResult, check_call_result
from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorResponse")


@_attrs_define
class ErrorResponse:
    """A failed API call.

    Attributes:
        result (CallResult | str): Result of your API call ('Failed').
        message_id (None | str | Unset): MessageID provided in your request
        message (None | str | Unset): Reason for the API call failure (see TNZ API Errors), as TNZ's v2.04 reference
            shows it
        error_message (list[str] | None | str | Unset): The reasons for the API call failure (see TNZ API Errors), as
            TNZ's libraries and its v3.00
            specification read them: a list of strings. A single string is accepted too.
    """

    result: CallResult | str
    message_id: None | str | Unset = UNSET
    message: None | str | Unset = UNSET
    error_message: list[str] | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        result: str
        if isinstance(self.result, str):
            result = self.result
        else:
            result = self.result

        message_id: None | str | Unset
        if isinstance(self.message_id, Unset):
            message_id = UNSET
        else:
            message_id = self.message_id

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        error_message: list[str] | None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        elif isinstance(self.error_message, list):
            error_message = self.error_message

        else:
            error_message = self.error_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Result": result,
            }
        )
        if message_id is not UNSET:
            field_dict["MessageID"] = message_id
        if message is not UNSET:
            field_dict["Message"] = message
        if error_message is not UNSET:
            field_dict["ErrorMessage"] = error_message

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

        def _parse_message_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message_id = _parse_message_id(d.pop("MessageID", UNSET))

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("Message", UNSET))

        def _parse_error_message(data: object) -> list[str] | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                error_message_type_0 = cast(list[str], data)

                return error_message_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | str | Unset, data)

        error_message = _parse_error_message(d.pop("ErrorMessage", UNSET))

        error_response = cls(
            result=result,
            message_id=message_id,
            message=message,
            error_message=error_message,
        )

        error_response.additional_properties = d
        return error_response

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
