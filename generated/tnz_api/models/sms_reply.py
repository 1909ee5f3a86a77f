from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SMSReply")


@_attrs_define
class SMSReply:
    """One reply received to an SMS.

    Attributes:
        received_id (None | str | Unset): Unique identifier for this message (UUID v4, 36 characters)
        received_time_local (None | str | Unset): Time the message was received in the user's local timezone (ISO 8601
            format)
        received_time_utc (None | str | Unset): Time the message was received in UTC (ISO 8601 format)
        received_time_utc_rfc3339 (None | str | Unset): Time the message was received in UTC (RFC 3339 format)
        timezone (None | str | Unset): The user's local timezone
        from_ (None | str | Unset): Sender of the SMS in E.164 internationalised format
        message_text (None | str | Unset): Plain or UTF-8 formatted SMS message received
    """

    received_id: None | str | Unset = UNSET
    received_time_local: None | str | Unset = UNSET
    received_time_utc: None | str | Unset = UNSET
    received_time_utc_rfc3339: None | str | Unset = UNSET
    timezone: None | str | Unset = UNSET
    from_: None | str | Unset = UNSET
    message_text: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        received_id: None | str | Unset
        if isinstance(self.received_id, Unset):
            received_id = UNSET
        else:
            received_id = self.received_id

        received_time_local: None | str | Unset
        if isinstance(self.received_time_local, Unset):
            received_time_local = UNSET
        else:
            received_time_local = self.received_time_local

        received_time_utc: None | str | Unset
        if isinstance(self.received_time_utc, Unset):
            received_time_utc = UNSET
        else:
            received_time_utc = self.received_time_utc

        received_time_utc_rfc3339: None | str | Unset
        if isinstance(self.received_time_utc_rfc3339, Unset):
            received_time_utc_rfc3339 = UNSET
        else:
            received_time_utc_rfc3339 = self.received_time_utc_rfc3339

        timezone: None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone

        from_: None | str | Unset
        if isinstance(self.from_, Unset):
            from_ = UNSET
        else:
            from_ = self.from_

        message_text: None | str | Unset
        if isinstance(self.message_text, Unset):
            message_text = UNSET
        else:
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

        def _parse_received_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        received_id = _parse_received_id(d.pop("ReceivedID", UNSET))

        def _parse_received_time_local(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        received_time_local = _parse_received_time_local(d.pop("ReceivedTimeLocal", UNSET))

        def _parse_received_time_utc(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        received_time_utc = _parse_received_time_utc(d.pop("ReceivedTimeUTC", UNSET))

        def _parse_received_time_utc_rfc3339(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        received_time_utc_rfc3339 = _parse_received_time_utc_rfc3339(d.pop("ReceivedTimeUTC_RFC3339", UNSET))

        def _parse_timezone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        timezone = _parse_timezone(d.pop("Timezone", UNSET))

        def _parse_from_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        from_ = _parse_from_(d.pop("From", UNSET))

        def _parse_message_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message_text = _parse_message_text(d.pop("MessageText", UNSET))

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
