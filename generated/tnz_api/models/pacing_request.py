from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PacingRequest")


@_attrs_define
class PacingRequest:
    """The new NumberOfOperators of a Voice/TTS message.

    Attributes:
        number_of_operators (int): Limits the maximum simultaneous calls (where multiple Destinations are listed). Set
            99999 for
            max throughput. TNZ's library sends 0 when it is not set, so 0 is accepted.
        timezone (None | str | Unset): The timezone of the action's times (optional)
    """

    number_of_operators: int
    timezone: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number_of_operators = self.number_of_operators

        timezone: None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "NumberOfOperators": number_of_operators,
            }
        )
        if timezone is not UNSET:
            field_dict["Timezone"] = timezone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        number_of_operators = d.pop("NumberOfOperators")

        def _parse_timezone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        timezone = _parse_timezone(d.pop("Timezone", UNSET))

        pacing_request = cls(
            number_of_operators=number_of_operators,
            timezone=timezone,
        )

        pacing_request.additional_properties = d
        return pacing_request

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
