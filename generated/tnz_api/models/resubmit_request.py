from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResubmitRequest")


@_attrs_define
class ResubmitRequest:
    """Optional parameters of a resubmit.

    Attributes:
        send_time (str | Unset): A single point of time in a combined date and time representation ({date}T{time}, for
            example 2022-12-31T23:00) in your local timezone, specified by your Sender setting or
            overridden using the TimeZone command. Not RFC 3339: there is no offset, and seconds are
            optional, so this is a pattern rather than `format: date-time`.
    """

    send_time: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        send_time = self.send_time

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if send_time is not UNSET:
            field_dict["SendTime"] = send_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        send_time = d.pop("SendTime", UNSET)

        resubmit_request = cls(
            send_time=send_time,
        )

        return resubmit_request
