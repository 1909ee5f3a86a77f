from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="PacingRequest")


@_attrs_define
class PacingRequest:
    """The new NumberOfOperators of a Voice/TTS message.

    Attributes:
        number_of_operators (int): Limits the maximum simultaneous calls (where multiple Destinations are listed). Set
            99999 for max throughput.
    """

    number_of_operators: int

    def to_dict(self) -> dict[str, Any]:
        number_of_operators = self.number_of_operators

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "NumberOfOperators": number_of_operators,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        number_of_operators = d.pop("NumberOfOperators")

        pacing_request = cls(
            number_of_operators=number_of_operators,
        )

        return pacing_request
