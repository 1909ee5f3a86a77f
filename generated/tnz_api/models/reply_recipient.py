from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.delivery_status import DeliveryStatus, check_delivery_status
from ..models.message_type import MessageType, check_message_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sms_reply import SMSReply


T = TypeVar("T", bound="ReplyRecipient")


@_attrs_define
class ReplyRecipient:
    """One destination of the outbound SMS and the replies it sent.

    Attributes:
        type_ (MessageType | None | str | Unset): Type of Message.
        dest_seq (None | str | Unset): The ID of the destination in the list (increments per destination)
        destination (None | str | Unset): Destination sent to (E.164)
        contact_id (None | str | Unset): The Address Book Contact ID. If unavailable, an empty field.
        message_text (None | str | Unset): The sent SMS message content
        status (DeliveryStatus | None | str | Unset): SUCCESS, FAILED, PENDING; RECEIVED for reply reports; UPDATED for
            additional analytics.
        result (None | str | Unset): Final delivery result and/or the cause for a message delivery failure
        sent_time_local (None | str | Unset): Time the message was sent in the user's local timezone (ISO 8601 format)
        sent_time_utc (None | str | Unset): Time the message was sent in UTC (ISO 8601 format)
        sent_time_utc_rfc3339 (None | str | Unset): Time the message was sent in UTC (RFC 3339 format)
        attention (None | str | Unset): The Attention value supplied in your original send request
        company (None | str | Unset): The Company value supplied in your original send request
        custom_1 (None | str | Unset): The Custom value supplied in your original send request
        custom_2 (None | str | Unset): The Custom value supplied in your original send request
        custom_3 (None | str | Unset): The Custom value supplied in your original send request
        custom_4 (None | str | Unset): The Custom value supplied in your original send request
        custom_5 (None | str | Unset): The Custom value supplied in your original send request
        custom_6 (None | str | Unset): The Custom value supplied in your original send request
        custom_7 (None | str | Unset): The Custom value supplied in your original send request
        custom_8 (None | str | Unset): The Custom value supplied in your original send request
        custom_9 (None | str | Unset): The Custom value supplied in your original send request
        remote_id (None | str | Unset): Not applicable (used by Voice and Text-to-Speech)
        price (float | None | str | Unset):
        sms_replies (list[SMSReply] | None | Unset): The replies received from this destination.
    """

    type_: MessageType | None | str | Unset = UNSET
    dest_seq: None | str | Unset = UNSET
    destination: None | str | Unset = UNSET
    contact_id: None | str | Unset = UNSET
    message_text: None | str | Unset = UNSET
    status: DeliveryStatus | None | str | Unset = UNSET
    result: None | str | Unset = UNSET
    sent_time_local: None | str | Unset = UNSET
    sent_time_utc: None | str | Unset = UNSET
    sent_time_utc_rfc3339: None | str | Unset = UNSET
    attention: None | str | Unset = UNSET
    company: None | str | Unset = UNSET
    custom_1: None | str | Unset = UNSET
    custom_2: None | str | Unset = UNSET
    custom_3: None | str | Unset = UNSET
    custom_4: None | str | Unset = UNSET
    custom_5: None | str | Unset = UNSET
    custom_6: None | str | Unset = UNSET
    custom_7: None | str | Unset = UNSET
    custom_8: None | str | Unset = UNSET
    custom_9: None | str | Unset = UNSET
    remote_id: None | str | Unset = UNSET
    price: float | None | str | Unset = UNSET
    sms_replies: list[SMSReply] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, str):
            type_ = self.type_
        else:
            type_ = self.type_

        dest_seq: None | str | Unset
        if isinstance(self.dest_seq, Unset):
            dest_seq = UNSET
        else:
            dest_seq = self.dest_seq

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

        message_text: None | str | Unset
        if isinstance(self.message_text, Unset):
            message_text = UNSET
        else:
            message_text = self.message_text

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        result: None | str | Unset
        if isinstance(self.result, Unset):
            result = UNSET
        else:
            result = self.result

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

        attention: None | str | Unset
        if isinstance(self.attention, Unset):
            attention = UNSET
        else:
            attention = self.attention

        company: None | str | Unset
        if isinstance(self.company, Unset):
            company = UNSET
        else:
            company = self.company

        custom_1: None | str | Unset
        if isinstance(self.custom_1, Unset):
            custom_1 = UNSET
        else:
            custom_1 = self.custom_1

        custom_2: None | str | Unset
        if isinstance(self.custom_2, Unset):
            custom_2 = UNSET
        else:
            custom_2 = self.custom_2

        custom_3: None | str | Unset
        if isinstance(self.custom_3, Unset):
            custom_3 = UNSET
        else:
            custom_3 = self.custom_3

        custom_4: None | str | Unset
        if isinstance(self.custom_4, Unset):
            custom_4 = UNSET
        else:
            custom_4 = self.custom_4

        custom_5: None | str | Unset
        if isinstance(self.custom_5, Unset):
            custom_5 = UNSET
        else:
            custom_5 = self.custom_5

        custom_6: None | str | Unset
        if isinstance(self.custom_6, Unset):
            custom_6 = UNSET
        else:
            custom_6 = self.custom_6

        custom_7: None | str | Unset
        if isinstance(self.custom_7, Unset):
            custom_7 = UNSET
        else:
            custom_7 = self.custom_7

        custom_8: None | str | Unset
        if isinstance(self.custom_8, Unset):
            custom_8 = UNSET
        else:
            custom_8 = self.custom_8

        custom_9: None | str | Unset
        if isinstance(self.custom_9, Unset):
            custom_9 = UNSET
        else:
            custom_9 = self.custom_9

        remote_id: None | str | Unset
        if isinstance(self.remote_id, Unset):
            remote_id = UNSET
        else:
            remote_id = self.remote_id

        price: float | None | str | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

        sms_replies: list[dict[str, Any]] | None | Unset
        if isinstance(self.sms_replies, Unset):
            sms_replies = UNSET
        elif isinstance(self.sms_replies, list):
            sms_replies = []
            for sms_replies_type_0_item_data in self.sms_replies:
                sms_replies_type_0_item = sms_replies_type_0_item_data.to_dict()
                sms_replies.append(sms_replies_type_0_item)

        else:
            sms_replies = self.sms_replies

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
        if message_text is not UNSET:
            field_dict["MessageText"] = message_text
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
        if sms_replies is not UNSET:
            field_dict["SMSReplies"] = sms_replies

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sms_reply import SMSReply  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_type_(data: object) -> MessageType | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = check_message_type(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MessageType | None | str | Unset, data)

        type_ = _parse_type_(d.pop("Type", UNSET))

        def _parse_dest_seq(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dest_seq = _parse_dest_seq(d.pop("DestSeq", UNSET))

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

        def _parse_message_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message_text = _parse_message_text(d.pop("MessageText", UNSET))

        def _parse_status(data: object) -> DeliveryStatus | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_delivery_status(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DeliveryStatus | None | str | Unset, data)

        status = _parse_status(d.pop("Status", UNSET))

        def _parse_result(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        result = _parse_result(d.pop("Result", UNSET))

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

        def _parse_attention(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        attention = _parse_attention(d.pop("Attention", UNSET))

        def _parse_company(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        company = _parse_company(d.pop("Company", UNSET))

        def _parse_custom_1(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_1 = _parse_custom_1(d.pop("Custom1", UNSET))

        def _parse_custom_2(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_2 = _parse_custom_2(d.pop("Custom2", UNSET))

        def _parse_custom_3(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_3 = _parse_custom_3(d.pop("Custom3", UNSET))

        def _parse_custom_4(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_4 = _parse_custom_4(d.pop("Custom4", UNSET))

        def _parse_custom_5(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_5 = _parse_custom_5(d.pop("Custom5", UNSET))

        def _parse_custom_6(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_6 = _parse_custom_6(d.pop("Custom6", UNSET))

        def _parse_custom_7(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_7 = _parse_custom_7(d.pop("Custom7", UNSET))

        def _parse_custom_8(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_8 = _parse_custom_8(d.pop("Custom8", UNSET))

        def _parse_custom_9(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_9 = _parse_custom_9(d.pop("Custom9", UNSET))

        def _parse_remote_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        remote_id = _parse_remote_id(d.pop("RemoteID", UNSET))

        def _parse_price(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        price = _parse_price(d.pop("Price", UNSET))

        def _parse_sms_replies(data: object) -> list[SMSReply] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                sms_replies_type_0 = []
                _sms_replies_type_0 = data
                for sms_replies_type_0_item_data in _sms_replies_type_0:
                    sms_replies_type_0_item = SMSReply.from_dict(sms_replies_type_0_item_data)

                    sms_replies_type_0.append(sms_replies_type_0_item)

                return sms_replies_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SMSReply] | None | Unset, data)

        sms_replies = _parse_sms_replies(d.pop("SMSReplies", UNSET))

        reply_recipient = cls(
            type_=type_,
            dest_seq=dest_seq,
            destination=destination,
            contact_id=contact_id,
            message_text=message_text,
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
            sms_replies=sms_replies,
        )

        reply_recipient.additional_properties = d
        return reply_recipient

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
