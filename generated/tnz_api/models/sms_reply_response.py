from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.call_result import CallResult, check_call_result
from ..models.message_state import MessageState, check_message_state
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.reply_recipient import ReplyRecipient


T = TypeVar("T", bound="SMSReplyResponse")


@_attrs_define
class SMSReplyResponse:
    """The outbound SMS, its destinations and the replies received.

    Attributes:
        result (CallResult | str): Result of your API call.
        message_id (str | Unset): MessageID of the original outbound message
        status (MessageState | str | Unset): Status of the sent message.
        job_num (str | Unset): Eight digit alphanumeric tracking number (our internal Job Number)
        account (str | Unset): Your TNZ Account
        sub_account (str | Unset): Your supplied TNZ SubAccount
        department (str | Unset): Your supplied TNZ Department
        reference (str | Unset): Your supplied Reference
        created_time_local (str | Unset): Time the message was created in the user's local timezone (ISO 8601 format)
        created_time_utc (str | Unset): Time the message was created in UTC (ISO 8601 format)
        created_time_utc_rfc3339 (str | Unset): Time the message was created in UTC (RFC 3339 format)
        delayed_time_local (str | Unset): Time the message was scheduled for sending in the user's local timezone (ISO
            8601 format)
        delayed_time_utc (str | Unset): Time the message was scheduled for sending in UTC (ISO 8601 format)
        delayed_time_utc_rfc3339 (str | Unset): Time the message was scheduled for sending in UTC (RFC 3339 format)
        timezone (str | Unset): The user's local timezone
        count (int | Unset): Total Destinations specified in the message
        complete (int | Unset): Total Destinations where message transmission has completed
        success (int | Unset): Total Destinations where message result is Success
        failed (int | Unset): Total Destinations where message result is Failed
        price (float | str | Unset): Your cost for this transaction, charged by us to you (a number, or a decimal
            string).
        recipients (list[ReplyRecipient] | Unset): The destinations and their replies.
    """

    result: CallResult | str
    message_id: str | Unset = UNSET
    status: MessageState | str | Unset = UNSET
    job_num: str | Unset = UNSET
    account: str | Unset = UNSET
    sub_account: str | Unset = UNSET
    department: str | Unset = UNSET
    reference: str | Unset = UNSET
    created_time_local: str | Unset = UNSET
    created_time_utc: str | Unset = UNSET
    created_time_utc_rfc3339: str | Unset = UNSET
    delayed_time_local: str | Unset = UNSET
    delayed_time_utc: str | Unset = UNSET
    delayed_time_utc_rfc3339: str | Unset = UNSET
    timezone: str | Unset = UNSET
    count: int | Unset = UNSET
    complete: int | Unset = UNSET
    success: int | Unset = UNSET
    failed: int | Unset = UNSET
    price: float | str | Unset = UNSET
    recipients: list[ReplyRecipient] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        result: str
        if isinstance(self.result, str):
            result = self.result
        else:
            result = self.result

        message_id = self.message_id

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        job_num = self.job_num

        account = self.account

        sub_account = self.sub_account

        department = self.department

        reference = self.reference

        created_time_local = self.created_time_local

        created_time_utc = self.created_time_utc

        created_time_utc_rfc3339 = self.created_time_utc_rfc3339

        delayed_time_local = self.delayed_time_local

        delayed_time_utc = self.delayed_time_utc

        delayed_time_utc_rfc3339 = self.delayed_time_utc_rfc3339

        timezone = self.timezone

        count = self.count

        complete = self.complete

        success = self.success

        failed = self.failed

        price: float | str | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

        recipients: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.recipients, Unset):
            recipients = []
            for recipients_item_data in self.recipients:
                recipients_item = recipients_item_data.to_dict()
                recipients.append(recipients_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Result": result,
            }
        )
        if message_id is not UNSET:
            field_dict["MessageID"] = message_id
        if status is not UNSET:
            field_dict["Status"] = status
        if job_num is not UNSET:
            field_dict["JobNum"] = job_num
        if account is not UNSET:
            field_dict["Account"] = account
        if sub_account is not UNSET:
            field_dict["SubAccount"] = sub_account
        if department is not UNSET:
            field_dict["Department"] = department
        if reference is not UNSET:
            field_dict["Reference"] = reference
        if created_time_local is not UNSET:
            field_dict["CreatedTimeLocal"] = created_time_local
        if created_time_utc is not UNSET:
            field_dict["CreatedTimeUTC"] = created_time_utc
        if created_time_utc_rfc3339 is not UNSET:
            field_dict["CreatedTimeUTC_RFC3339"] = created_time_utc_rfc3339
        if delayed_time_local is not UNSET:
            field_dict["DelayedTimeLocal"] = delayed_time_local
        if delayed_time_utc is not UNSET:
            field_dict["DelayedTimeUTC"] = delayed_time_utc
        if delayed_time_utc_rfc3339 is not UNSET:
            field_dict["DelayedTimeUTC_RFC3339"] = delayed_time_utc_rfc3339
        if timezone is not UNSET:
            field_dict["Timezone"] = timezone
        if count is not UNSET:
            field_dict["Count"] = count
        if complete is not UNSET:
            field_dict["Complete"] = complete
        if success is not UNSET:
            field_dict["Success"] = success
        if failed is not UNSET:
            field_dict["Failed"] = failed
        if price is not UNSET:
            field_dict["Price"] = price
        if recipients is not UNSET:
            field_dict["Recipients"] = recipients

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.reply_recipient import ReplyRecipient  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_result(data: object) -> CallResult | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                result_type_0 = check_call_result(data)

                return result_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CallResult | str, data)

        result = _parse_result(d.pop("Result"))

        message_id = d.pop("MessageID", UNSET)

        def _parse_status(data: object) -> MessageState | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_message_state(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MessageState | str | Unset, data)

        status = _parse_status(d.pop("Status", UNSET))

        job_num = d.pop("JobNum", UNSET)

        account = d.pop("Account", UNSET)

        sub_account = d.pop("SubAccount", UNSET)

        department = d.pop("Department", UNSET)

        reference = d.pop("Reference", UNSET)

        created_time_local = d.pop("CreatedTimeLocal", UNSET)

        created_time_utc = d.pop("CreatedTimeUTC", UNSET)

        created_time_utc_rfc3339 = d.pop("CreatedTimeUTC_RFC3339", UNSET)

        delayed_time_local = d.pop("DelayedTimeLocal", UNSET)

        delayed_time_utc = d.pop("DelayedTimeUTC", UNSET)

        delayed_time_utc_rfc3339 = d.pop("DelayedTimeUTC_RFC3339", UNSET)

        timezone = d.pop("Timezone", UNSET)

        count = d.pop("Count", UNSET)

        complete = d.pop("Complete", UNSET)

        success = d.pop("Success", UNSET)

        failed = d.pop("Failed", UNSET)

        def _parse_price(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        price = _parse_price(d.pop("Price", UNSET))

        _recipients = d.pop("Recipients", UNSET)
        recipients: list[ReplyRecipient] | Unset = UNSET
        if _recipients is not UNSET:
            recipients = []
            for recipients_item_data in _recipients:
                recipients_item = ReplyRecipient.from_dict(recipients_item_data)

                recipients.append(recipients_item)

        sms_reply_response = cls(
            result=result,
            message_id=message_id,
            status=status,
            job_num=job_num,
            account=account,
            sub_account=sub_account,
            department=department,
            reference=reference,
            created_time_local=created_time_local,
            created_time_utc=created_time_utc,
            created_time_utc_rfc3339=created_time_utc_rfc3339,
            delayed_time_local=delayed_time_local,
            delayed_time_utc=delayed_time_utc,
            delayed_time_utc_rfc3339=delayed_time_utc_rfc3339,
            timezone=timezone,
            count=count,
            complete=complete,
            success=success,
            failed=failed,
            price=price,
            recipients=recipients,
        )

        sms_reply_response.additional_properties = d
        return sms_reply_response

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
