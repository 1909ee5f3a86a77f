from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.delivery_status import DeliveryStatus, check_delivery_status
from ..models.message_type import MessageType, check_message_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="SMSReceivedWebhook")


@_attrs_define
class SMSReceivedWebhook:
    """An inbound SMS or SMS reply TNZ POSTs to your webhook URL (JSON, or XML under a `<root>`
    element). Type is SMSInbound or SMSReply and Status is RECEIVED.

        Attributes:
            type_ (MessageType | str): Type of Message ('SMSInbound' or 'SMSReply' for received SMS).
            status (DeliveryStatus | str): RECEIVED for reply reports.
            version (str | Unset): The API Version configured for the webhook
            sender (str | Unset): Webhook sender authentication (can configure a unique Sender if required)
            api_key (str | Unset): Webhook token authentication (can configure a unique APIKey if required)
            destination (str | Unset): Mobile number that sent the SMS (E.164 format)
            contact_id (str | Unset): The Address Book Contact ID; empty if unavailable. UUID v4
            received_id (str | Unset): Tracking number for inbound/reply SMS messages; unique per received SMS. UUID v4
            message_id (str | Unset): MessageID supplied when sending your original API call (or the one the API generated).
            sub_account (str | Unset): Used for reporting
            department (str | Unset): Used for reporting
            job_number (str | Unset): Eight digit alphanumeric tracking number (our internal Job Number)
            sent_time_local (str | Unset): Time the reply message was received in the user's local timezone (ISO 8601
                format)
            sent_time_utc (str | Unset): Time the reply message was received in UTC (ISO 8601 format)
            sent_time_utc_rfc3339 (str | Unset): Time the reply message was received in UTC (RFC 3339 format)
            result (str | Unset): RECEIVED for reply reports
            message (str | Unset): The received SMS message (if 'Type=SMSInbound' or 'Type=SMSReply')
            price (str | Unset): Your cost for this transaction. Always empty for SMS Received webhooks.
            detail (str | Unset): Additional message details: 'InputToNumber' displays the sender's 'Destination' in their
                submitted format
            url (str | Unset): The URL this webhook is sent to
    """

    type_: MessageType | str
    status: DeliveryStatus | str
    version: str | Unset = UNSET
    sender: str | Unset = UNSET
    api_key: str | Unset = UNSET
    destination: str | Unset = UNSET
    contact_id: str | Unset = UNSET
    received_id: str | Unset = UNSET
    message_id: str | Unset = UNSET
    sub_account: str | Unset = UNSET
    department: str | Unset = UNSET
    job_number: str | Unset = UNSET
    sent_time_local: str | Unset = UNSET
    sent_time_utc: str | Unset = UNSET
    sent_time_utc_rfc3339: str | Unset = UNSET
    result: str | Unset = UNSET
    message: str | Unset = UNSET
    price: str | Unset = UNSET
    detail: str | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str
        if isinstance(self.type_, str):
            type_ = self.type_
        else:
            type_ = self.type_

        status: str
        if isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        version = self.version

        sender = self.sender

        api_key = self.api_key

        destination = self.destination

        contact_id = self.contact_id

        received_id = self.received_id

        message_id = self.message_id

        sub_account = self.sub_account

        department = self.department

        job_number = self.job_number

        sent_time_local = self.sent_time_local

        sent_time_utc = self.sent_time_utc

        sent_time_utc_rfc3339 = self.sent_time_utc_rfc3339

        result = self.result

        message = self.message

        price = self.price

        detail = self.detail

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Type": type_,
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
        if message_id is not UNSET:
            field_dict["MessageID"] = message_id
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

        version = d.pop("Version", UNSET)

        sender = d.pop("Sender", UNSET)

        api_key = d.pop("APIKey", UNSET)

        destination = d.pop("Destination", UNSET)

        contact_id = d.pop("ContactID", UNSET)

        received_id = d.pop("ReceivedID", UNSET)

        message_id = d.pop("MessageID", UNSET)

        sub_account = d.pop("SubAccount", UNSET)

        department = d.pop("Department", UNSET)

        job_number = d.pop("JobNumber", UNSET)

        sent_time_local = d.pop("SentTimeLocal", UNSET)

        sent_time_utc = d.pop("SentTimeUTC", UNSET)

        sent_time_utc_rfc3339 = d.pop("SentTimeUTC_RFC3339", UNSET)

        result = d.pop("Result", UNSET)

        message = d.pop("Message", UNSET)

        price = d.pop("Price", UNSET)

        detail = d.pop("Detail", UNSET)

        url = d.pop("URL", UNSET)

        sms_received_webhook = cls(
            type_=type_,
            status=status,
            version=version,
            sender=sender,
            api_key=api_key,
            destination=destination,
            contact_id=contact_id,
            received_id=received_id,
            message_id=message_id,
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

        sms_received_webhook.additional_properties = d
        return sms_received_webhook

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
