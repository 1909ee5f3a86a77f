from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="RescheduleRequest")


@_attrs_define
class RescheduleRequest:
    """The new send time of a delayed message.

    Attributes:
        send_time (str): A single point of time in a combined date and time representation ({date}T{time}, for
            example 2022-12-31T23:00) in your local timezone, specified by your Sender setting or
            overridden using the TimeZone command. Not RFC 3339: there is no offset, and seconds are
            optional, so this is a pattern rather than `format: date-time`.
    """

    send_time: str

    def to_dict(self) -> dict[str, Any]:
        send_time = self.send_time

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "SendTime": send_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        send_time = d.pop("SendTime")

        reschedule_request = cls(
            send_time=send_time,
        )

        return reschedule_request
