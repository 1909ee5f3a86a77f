from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.delivery_status import DeliveryStatus, check_delivery_status
from ..models.message_type import MessageType, check_message_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="StatusRecipient")


@_attrs_define
class StatusRecipient:
    """The result for one destination of a message.

    Attributes:
        type_ (MessageType | str | Unset): Type of Message ('Email', 'SMS', 'Fax', 'Voice', 'TextToSpeech', 'SMSInbound'
            or 'SMSReply').
        dest_seq (str | Unset): The ID of the destination in the list (increments per destination)
        destination (str | Unset): Destination sent to (telephone/mobile numbers in E.164 format)
        contact_id (str | Unset): The Address Book Contact ID. If unavailable
        status (DeliveryStatus | str | Unset): SUCCESS, FAILED, PENDING; RECEIVED for reply reports; UPDATED for
            additional analytics.
        result (str | Unset): Final delivery result and/or the cause for a message delivery failure.
        sent_time_local (str | Unset): Time the message was sent in the user's local timezone (ISO 8601 format)
        sent_time_utc (str | Unset): Time the message was sent in UTC (ISO 8601 format)
        sent_time_utc_rfc3339 (str | Unset): Time the message was sent in UTC (RFC 3339 format)
        attention (str | Unset): The Attention value supplied in your original send request
        company (str | Unset): The Company value supplied in your original send request
        custom_1 (str | Unset): The Custom value supplied in your original send request
        custom_2 (str | Unset): The Custom value supplied in your original send request
        custom_3 (str | Unset): The Custom value supplied in your original send request
        custom_4 (str | Unset): The Custom value supplied in your original send request
        custom_5 (str | Unset): The Custom value supplied in your original send request
        custom_6 (str | Unset): The Custom value supplied in your original send request
        custom_7 (str | Unset): The Custom value supplied in your original send request
        custom_8 (str | Unset): The Custom value supplied in your original send request
        custom_9 (str | Unset): The Custom value supplied in your original send request
        remote_id (str | Unset): For Voice and Text-to-Speech, the call recipient's phone number (may differ from
            Destination if failover Alt Phones are used)
        price (float | str | Unset): Your cost for this transaction, charged by us to you (a number, or a decimal
            string).
    """

    type_: MessageType | str | Unset = UNSET
    dest_seq: str | Unset = UNSET
    destination: str | Unset = UNSET
    contact_id: str | Unset = UNSET
    status: DeliveryStatus | str | Unset = UNSET
    result: str | Unset = UNSET
    sent_time_local: str | Unset = UNSET
    sent_time_utc: str | Unset = UNSET
    sent_time_utc_rfc3339: str | Unset = UNSET
    attention: str | Unset = UNSET
    company: str | Unset = UNSET
    custom_1: str | Unset = UNSET
    custom_2: str | Unset = UNSET
    custom_3: str | Unset = UNSET
    custom_4: str | Unset = UNSET
    custom_5: str | Unset = UNSET
    custom_6: str | Unset = UNSET
    custom_7: str | Unset = UNSET
    custom_8: str | Unset = UNSET
    custom_9: str | Unset = UNSET
    remote_id: str | Unset = UNSET
    price: float | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, str):
            type_ = self.type_
        else:
            type_ = self.type_

        dest_seq = self.dest_seq

        destination = self.destination

        contact_id = self.contact_id

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        result = self.result

        sent_time_local = self.sent_time_local

        sent_time_utc = self.sent_time_utc

        sent_time_utc_rfc3339 = self.sent_time_utc_rfc3339

        attention = self.attention

        company = self.company

        custom_1 = self.custom_1

        custom_2 = self.custom_2

        custom_3 = self.custom_3

        custom_4 = self.custom_4

        custom_5 = self.custom_5

        custom_6 = self.custom_6

        custom_7 = self.custom_7

        custom_8 = self.custom_8

        custom_9 = self.custom_9

        remote_id = self.remote_id

        price: float | str | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["Type"] = type_
        if dest_seq is not UNSET:
            field_dict["DestSeq"] = dest_seq
        if destination is not UNSET:
            field_dict["Destination"] = destination
        if contact_id is not UNSET:
            field_dict["ContactID"] = contact_id
        if status is not UNSET:
            field_dict["Status"] = status
        if result is not UNSET:
            field_dict["Result"] = result
        if sent_time_local is not UNSET:
            field_dict["SentTimeLocal"] = sent_time_local
        if sent_time_utc is not UNSET:
            field_dict["SentTimeUTC"] = sent_time_utc
        if sent_time_utc_rfc3339 is not UNSET:
            field_dict["SentTimeUTC_RFC3339"] = sent_time_utc_rfc3339
        if attention is not UNSET:
            field_dict["Attention"] = attention
        if company is not UNSET:
            field_dict["Company"] = company
        if custom_1 is not UNSET:
            field_dict["Custom1"] = custom_1
        if custom_2 is not UNSET:
            field_dict["Custom2"] = custom_2
        if custom_3 is not UNSET:
            field_dict["Custom3"] = custom_3
        if custom_4 is not UNSET:
            field_dict["Custom4"] = custom_4
        if custom_5 is not UNSET:
            field_dict["Custom5"] = custom_5
        if custom_6 is not UNSET:
            field_dict["Custom6"] = custom_6
        if custom_7 is not UNSET:
            field_dict["Custom7"] = custom_7
        if custom_8 is not UNSET:
            field_dict["Custom8"] = custom_8
        if custom_9 is not UNSET:
            field_dict["Custom9"] = custom_9
        if remote_id is not UNSET:
            field_dict["RemoteID"] = remote_id
        if price is not UNSET:
            field_dict["Price"] = price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_type_(data: object) -> MessageType | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = check_message_type(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MessageType | str | Unset, data)

        type_ = _parse_type_(d.pop("Type", UNSET))

        dest_seq = d.pop("DestSeq", UNSET)

        destination = d.pop("Destination", UNSET)

        contact_id = d.pop("ContactID", UNSET)

        def _parse_status(data: object) -> DeliveryStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_delivery_status(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DeliveryStatus | str | Unset, data)

        status = _parse_status(d.pop("Status", UNSET))

        result = d.pop("Result", UNSET)

        sent_time_local = d.pop("SentTimeLocal", UNSET)

        sent_time_utc = d.pop("SentTimeUTC", UNSET)

        sent_time_utc_rfc3339 = d.pop("SentTimeUTC_RFC3339", UNSET)

        attention = d.pop("Attention", UNSET)

        company = d.pop("Company", UNSET)

        custom_1 = d.pop("Custom1", UNSET)

        custom_2 = d.pop("Custom2", UNSET)

        custom_3 = d.pop("Custom3", UNSET)

        custom_4 = d.pop("Custom4", UNSET)

        custom_5 = d.pop("Custom5", UNSET)

        custom_6 = d.pop("Custom6", UNSET)

        custom_7 = d.pop("Custom7", UNSET)

        custom_8 = d.pop("Custom8", UNSET)

        custom_9 = d.pop("Custom9", UNSET)

        remote_id = d.pop("RemoteID", UNSET)

        def _parse_price(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        price = _parse_price(d.pop("Price", UNSET))

        status_recipient = cls(
            type_=type_,
            dest_seq=dest_seq,
            destination=destination,
            contact_id=contact_id,
            status=status,
            result=result,
            sent_time_local=sent_time_local,
            sent_time_utc=sent_time_utc,
            sent_time_utc_rfc3339=sent_time_utc_rfc3339,
            attention=attention,
            company=company,
            custom_1=custom_1,
            custom_2=custom_2,
            custom_3=custom_3,
            custom_4=custom_4,
            custom_5=custom_5,
            custom_6=custom_6,
            custom_7=custom_7,
            custom_8=custom_8,
            custom_9=custom_9,
            remote_id=remote_id,
            price=price,
        )

        status_recipient.additional_properties = d
        return status_recipient

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
