from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReceivedSMS")


@_attrs_define
class ReceivedSMS:
    """One SMS received.

    Attributes:
        received_id (str | Unset): Unique identifier for this message (UUID v4
        message_id (str | Unset): MessageID of the original outbound message (yours
        job_num (str | Unset): Eight digit alphanumeric tracking number (our internal Job Number)
        sub_account (str | Unset): Used for reporting
        department (str | Unset): Used for reporting
        received_time_local (str | Unset): Time the message was received in the user's local timezone (ISO 8601 format)
        received_time_utc (str | Unset): Time the message was received in UTC (ISO 8601 format)
        received_time_utc_rfc3339 (str | Unset): Time the message was received in UTC (RFC 3339 format)
        from_ (str | Unset): Sender of the SMS in E.164 internationalised format
        contact_id (str | Unset): The Address Book Contact ID. If unavailable
        message_text (str | Unset): Plain or UTF-8 formatted SMS message received
        timezone (str | Unset): The user's local timezone
        version (str | Unset): The API version used for this request
    """

    received_id: str | Unset = UNSET
    message_id: str | Unset = UNSET
    job_num: str | Unset = UNSET
    sub_account: str | Unset = UNSET
    department: str | Unset = UNSET
    received_time_local: str | Unset = UNSET
    received_time_utc: str | Unset = UNSET
    received_time_utc_rfc3339: str | Unset = UNSET
    from_: str | Unset = UNSET
    contact_id: str | Unset = UNSET
    message_text: str | Unset = UNSET
    timezone: str | Unset = UNSET
    version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        received_id = self.received_id

        message_id = self.message_id

        job_num = self.job_num

        sub_account = self.sub_account

        department = self.department

        received_time_local = self.received_time_local

        received_time_utc = self.received_time_utc

        received_time_utc_rfc3339 = self.received_time_utc_rfc3339

        from_ = self.from_

        contact_id = self.contact_id

        message_text = self.message_text

        timezone = self.timezone

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if received_id is not UNSET:
            field_dict["ReceivedID"] = received_id
        if message_id is not UNSET:
            field_dict["MessageID"] = message_id
        if job_num is not UNSET:
            field_dict["JobNum"] = job_num
        if sub_account is not UNSET:
            field_dict["SubAccount"] = sub_account
        if department is not UNSET:
            field_dict["Department"] = department
        if received_time_local is not UNSET:
            field_dict["ReceivedTimeLocal"] = received_time_local
        if received_time_utc is not UNSET:
            field_dict["ReceivedTimeUTC"] = received_time_utc
        if received_time_utc_rfc3339 is not UNSET:
            field_dict["ReceivedTimeUTC_RFC3339"] = received_time_utc_rfc3339
        if from_ is not UNSET:
            field_dict["From"] = from_
        if contact_id is not UNSET:
            field_dict["ContactID"] = contact_id
        if message_text is not UNSET:
            field_dict["MessageText"] = message_text
        if timezone is not UNSET:
            field_dict["Timezone"] = timezone
        if version is not UNSET:
            field_dict["Version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        received_id = d.pop("ReceivedID", UNSET)

        message_id = d.pop("MessageID", UNSET)

        job_num = d.pop("JobNum", UNSET)

        sub_account = d.pop("SubAccount", UNSET)

        department = d.pop("Department", UNSET)

        received_time_local = d.pop("ReceivedTimeLocal", UNSET)

        received_time_utc = d.pop("ReceivedTimeUTC", UNSET)

        received_time_utc_rfc3339 = d.pop("ReceivedTimeUTC_RFC3339", UNSET)

        from_ = d.pop("From", UNSET)

        contact_id = d.pop("ContactID", UNSET)

        message_text = d.pop("MessageText", UNSET)

        timezone = d.pop("Timezone", UNSET)

        version = d.pop("Version", UNSET)

        received_sms = cls(
            received_id=received_id,
            message_id=message_id,
            job_num=job_num,
            sub_account=sub_account,
            department=department,
            received_time_local=received_time_local,
            received_time_utc=received_time_utc,
            received_time_utc_rfc3339=received_time_utc_rfc3339,
            from_=from_,
            contact_id=contact_id,
            message_text=message_text,
            timezone=timezone,
            version=version,
        )

        received_sms.additional_properties = d
        return received_sms

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
