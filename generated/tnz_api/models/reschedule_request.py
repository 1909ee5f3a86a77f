from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RescheduleRequest")


@_attrs_define
class RescheduleRequest:
    """The new send time of a delayed message.

    Attributes:
        send_time (str): A local date and time, in your local timezone (specified by your Sender setting or
            overridden using the TimeZone command). TNZ's reference shows `{date}T{time}`
            (2022-12-31T23:00); TNZ's own libraries send `YYYY-MM-DD HH:mm` or `YYYY-MM-DD HH:mm:ss`
            (2023-08-12 12:00:00). Both are accepted. Not RFC 3339: there is no offset and seconds are
            optional, so this is a pattern rather than `format: date-time`.
        timezone (None | str | Unset): The timezone of the action's times (optional)
    """

    send_time: str
    timezone: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        send_time = self.send_time

        timezone: None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "SendTime": send_time,
            }
        )
        if timezone is not UNSET:
            field_dict["Timezone"] = timezone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        send_time = d.pop("SendTime")

        def _parse_timezone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        timezone = _parse_timezone(d.pop("Timezone", UNSET))

        reschedule_request = cls(
            send_time=send_time,
            timezone=timezone,
        )

        reschedule_request.additional_properties = d
        return reschedule_request

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
