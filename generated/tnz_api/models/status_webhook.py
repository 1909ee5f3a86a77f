from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.delivery_status import DeliveryStatus, check_delivery_status
from ..models.message_type import MessageType, check_message_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="StatusWebhook")


@_attrs_define
class StatusWebhook:
    """A delivery report TNZ POSTs to your webhook URL (JSON, or XML under a `<root>` element).
    ReceivedID and Message are always blank for status webhooks.

        Attributes:
            type_ (MessageType | str): Type of Message ('Email', 'SMS', 'Fax', 'Voice', 'TextToSpeech', 'SMSInbound' or
                'SMSReply').
            message_id (str): MessageID supplied when sending your original API call (or the one the API generated).
            status (DeliveryStatus | str): SUCCESS, FAILED, PENDING for submission results; UPDATED for additional
                analytics.
            version (None | str | Unset): The API Version configured for the webhook
            sender (None | str | Unset): Webhook sender authentication (can configure a unique Sender if required)
            api_key (None | str | Unset): Webhook token authentication (can configure a unique APIKey if required)
            destination (None | str | Unset): Destination that the webhook is for (telephone/mobile numbers in E.164 format)
            contact_id (None | str | Unset): The Address Book Contact ID; empty if unavailable. UUID v4, 36 characters.
            received_id (None | str | Unset): Tracking ID for inbound/reply SMS messages. Always blank for Status webhooks.
            sub_account (None | str | Unset): Used for reporting, billing and Web Dashboard segmentation
            department (None | str | Unset): Used for reporting, billing and Web Dashboard segmentation
            job_number (None | str | Unset): Eight digit alphanumeric tracking number (our internal Job Number)
            sent_time_local (None | str | Unset): Time the message was sent in the user's local timezone (ISO 8601 format)
            sent_time_utc (None | str | Unset): Time the message was sent in UTC (ISO 8601 format)
            sent_time_utc_rfc3339 (None | str | Unset): Time the message was sent in UTC (RFC 3339 format)
            result (None | str | Unset): Final delivery result and/or the cause for a message delivery failure; email result
                codes are defined by the receiving email server; for analytics, the event description.
            message (None | str | Unset): The message content. Always blank for Status webhooks.
            price (None | str | Unset): Your cost for this transaction, charged by us to you
            detail (None | str | Unset): Additional message details: 'EmailSize' (bytes), 'SMSParts', 'FaxPages',
                'VoiceRemoteID' (the number called, which may differ from Destination if failover Alt
                Phones are used), 'VoiceSeconds', 'VoiceTotalCallTime', 'Prompts' (keypad options
                selected).
            url (None | str | Unset): The URL this webhook is sent to
    """

    type_: MessageType | str
    message_id: str
    status: DeliveryStatus | str
    version: None | str | Unset = UNSET
    sender: None | str | Unset = UNSET
    api_key: None | str | Unset = UNSET
    destination: None | str | Unset = UNSET
    contact_id: None | str | Unset = UNSET
    received_id: None | str | Unset = UNSET
    sub_account: None | str | Unset = UNSET
    department: None | str | Unset = UNSET
    job_number: None | str | Unset = UNSET
    sent_time_local: None | str | Unset = UNSET
    sent_time_utc: None | str | Unset = UNSET
    sent_time_utc_rfc3339: None | str | Unset = UNSET
    result: None | str | Unset = UNSET
    message: None | str | Unset = UNSET
    price: None | str | Unset = UNSET
    detail: None | str | Unset = UNSET
    url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str
        if isinstance(self.type_, str):
            type_ = self.type_
        else:
            type_ = self.type_

        message_id = self.message_id

        status: str
        if isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        version: None | str | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        sender: None | str | Unset
        if isinstance(self.sender, Unset):
            sender = UNSET
        else:
            sender = self.sender

        api_key: None | str | Unset
        if isinstance(self.api_key, Unset):
            api_key = UNSET
        else:
            api_key = self.api_key

        destination: None | str | Unset
        if isinstance(self.destination, Unset):
            destination = UNSET
        else:
            destination = self.destination

        contact_id: None | str | Unset
        if isinstance(self.contact_id, Unset):
            contact_id = UNSET
        else:
            contact_id = self.contact_id

        received_id: None | str | Unset
        if isinstance(self.received_id, Unset):
            received_id = UNSET
        else:
            received_id = self.received_id

        sub_account: None | str | Unset
        if isinstance(self.sub_account, Unset):
            sub_account = UNSET
        else:
            sub_account = self.sub_account

        department: None | str | Unset
        if isinstance(self.department, Unset):
            department = UNSET
        else:
            department = self.department

        job_number: None | str | Unset
        if isinstance(self.job_number, Unset):
            job_number = UNSET
        else:
            job_number = self.job_number

        sent_time_local: None | str | Unset
        if isinstance(self.sent_time_local, Unset):
            sent_time_local = UNSET
        else:
            sent_time_local = self.sent_time_local

        sent_time_utc: None | str | Unset
        if isinstance(self.sent_time_utc, Unset):
            sent_time_utc = UNSET
        else:
            sent_time_utc = self.sent_time_utc

        sent_time_utc_rfc3339: None | str | Unset
        if isinstance(self.sent_time_utc_rfc3339, Unset):
            sent_time_utc_rfc3339 = UNSET
        else:
            sent_time_utc_rfc3339 = self.sent_time_utc_rfc3339

        result: None | str | Unset
        if isinstance(self.result, Unset):
            result = UNSET
        else:
            result = self.result

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        price: None | str | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

        detail: None | str | Unset
        if isinstance(self.detail, Unset):
            detail = UNSET
        else:
            detail = self.detail

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Type": type_,
                "MessageID": message_id,
                "Status": status,
            }
        )
        if version is not UNSET:
            field_dict["Version"] = version
        if sender is not UNSET:
            field_dict["Sender"] = sender
        if api_key is not UNSET:
            field_dict["APIKey"] = api_key
        if destination is not UNSET:
            field_dict["Destination"] = destination
        if contact_id is not UNSET:
            field_dict["ContactID"] = contact_id
        if received_id is not UNSET:
            field_dict["ReceivedID"] = received_id
        if sub_account is not UNSET:
            field_dict["SubAccount"] = sub_account
        if department is not UNSET:
            field_dict["Department"] = department
        if job_number is not UNSET:
            field_dict["JobNumber"] = job_number
        if sent_time_local is not UNSET:
            field_dict["SentTimeLocal"] = sent_time_local
        if sent_time_utc is not UNSET:
            field_dict["SentTimeUTC"] = sent_time_utc
        if sent_time_utc_rfc3339 is not UNSET:
            field_dict["SentTimeUTC_RFC3339"] = sent_time_utc_rfc3339
        if result is not UNSET:
            field_dict["Result"] = result
        if message is not UNSET:
            field_dict["Message"] = message
        if price is not UNSET:
            field_dict["Price"] = price
        if detail is not UNSET:
            field_dict["Detail"] = detail
        if url is not UNSET:
            field_dict["URL"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_type_(data: object) -> MessageType | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = check_message_type(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MessageType | str, data)

        type_ = _parse_type_(d.pop("Type"))

        message_id = d.pop("MessageID")

        def _parse_status(data: object) -> DeliveryStatus | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_delivery_status(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DeliveryStatus | str, data)

        status = _parse_status(d.pop("Status"))

        def _parse_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        version = _parse_version(d.pop("Version", UNSET))

        def _parse_sender(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sender = _parse_sender(d.pop("Sender", UNSET))

        def _parse_api_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        api_key = _parse_api_key(d.pop("APIKey", UNSET))

        def _parse_destination(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        destination = _parse_destination(d.pop("Destination", UNSET))

        def _parse_contact_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact_id = _parse_contact_id(d.pop("ContactID", UNSET))

        def _parse_received_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        received_id = _parse_received_id(d.pop("ReceivedID", UNSET))

        def _parse_sub_account(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sub_account = _parse_sub_account(d.pop("SubAccount", UNSET))

        def _parse_department(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        department = _parse_department(d.pop("Department", UNSET))

        def _parse_job_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        job_number = _parse_job_number(d.pop("JobNumber", UNSET))

        def _parse_sent_time_local(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sent_time_local = _parse_sent_time_local(d.pop("SentTimeLocal", UNSET))

        def _parse_sent_time_utc(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sent_time_utc = _parse_sent_time_utc(d.pop("SentTimeUTC", UNSET))

        def _parse_sent_time_utc_rfc3339(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sent_time_utc_rfc3339 = _parse_sent_time_utc_rfc3339(d.pop("SentTimeUTC_RFC3339", UNSET))

        def _parse_result(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        result = _parse_result(d.pop("Result", UNSET))

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("Message", UNSET))

        def _parse_price(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        price = _parse_price(d.pop("Price", UNSET))

        def _parse_detail(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        detail = _parse_detail(d.pop("Detail", UNSET))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("URL", UNSET))

        status_webhook = cls(
            type_=type_,
            message_id=message_id,
            status=status,
            version=version,
            sender=sender,
            api_key=api_key,
            destination=destination,
            contact_id=contact_id,
            received_id=received_id,
            sub_account=sub_account,
            department=department,
            job_number=job_number,
            sent_time_local=sent_time_local,
            sent_time_utc=sent_time_utc,
            sent_time_utc_rfc3339=sent_time_utc_rfc3339,
            result=result,
            message=message,
            price=price,
            detail=detail,
            url=url,
        )

        status_webhook.additional_properties = d
        return status_webhook

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
