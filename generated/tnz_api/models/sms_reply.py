from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SMSReply")


@_attrs_define
class SMSReply:
    """One reply received to an SMS.

    Attributes:
        received_id (str | Unset): Unique identifier for this message (UUID v4
        received_time_local (str | Unset): Time the message was received in the user's local timezone (ISO 8601 format)
        received_time_utc (str | Unset): Time the message was received in UTC (ISO 8601 format)
        received_time_utc_rfc3339 (str | Unset): Time the message was received in UTC (RFC 3339 format)
        timezone (str | Unset): The user's local timezone
        from_ (str | Unset): Sender of the SMS in E.164 internationalised format
        message_text (str | Unset): Plain or UTF-8 formatted SMS message received
    """

    received_id: str | Unset = UNSET
    received_time_local: str | Unset = UNSET
    received_time_utc: str | Unset = UNSET
    received_time_utc_rfc3339: str | Unset = UNSET
    timezone: str | Unset = UNSET
    from_: str | Unset = UNSET
    message_text: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        received_id = self.received_id

        received_time_local = self.received_time_local

        received_time_utc = self.received_time_utc

        received_time_utc_rfc3339 = self.received_time_utc_rfc3339

        timezone = self.timezone

        from_ = self.from_

        message_text = self.message_text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if received_id is not UNSET:
            field_dict["ReceivedID"] = received_id
        if received_time_local is not UNSET:
            field_dict["ReceivedTimeLocal"] = received_time_local
        if received_time_utc is not UNSET:
            field_dict["ReceivedTimeUTC"] = received_time_utc
        if received_time_utc_rfc3339 is not UNSET:
            field_dict["ReceivedTimeUTC_RFC3339"] = received_time_utc_rfc3339
        if timezone is not UNSET:
            field_dict["Timezone"] = timezone
        if from_ is not UNSET:
            field_dict["From"] = from_
        if message_text is not UNSET:
            field_dict["MessageText"] = message_text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        received_id = d.pop("ReceivedID", UNSET)

        received_time_local = d.pop("ReceivedTimeLocal", UNSET)

        received_time_utc = d.pop("ReceivedTimeUTC", UNSET)

        received_time_utc_rfc3339 = d.pop("ReceivedTimeUTC_RFC3339", UNSET)

        timezone = d.pop("Timezone", UNSET)

        from_ = d.pop("From", UNSET)

        message_text = d.pop("MessageText", UNSET)

        sms_reply = cls(
            received_id=received_id,
            received_time_local=received_time_local,
            received_time_utc=received_time_utc,
            received_time_utc_rfc3339=received_time_utc_rfc3339,
            timezone=timezone,
            from_=from_,
            message_text=message_text,
        )

        sms_reply.additional_properties = d
        return sms_reply

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
