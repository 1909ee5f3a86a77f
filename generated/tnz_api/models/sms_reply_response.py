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
        message_id (str): MessageID of the original outbound message
        status (MessageState | None | str | Unset): Status of the sent message.
        job_num (None | str | Unset): Eight digit alphanumeric tracking number (our internal Job Number)
        account (None | str | Unset): Your TNZ Account
        sub_account (None | str | Unset): Your supplied TNZ SubAccount
        department (None | str | Unset): Your supplied TNZ Department
        reference (None | str | Unset): Your supplied Reference
        created_time_local (None | str | Unset): Time the message was created in the user's local timezone (ISO 8601
            format)
        created_time_utc (None | str | Unset): Time the message was created in UTC (ISO 8601 format)
        created_time_utc_rfc3339 (None | str | Unset): Time the message was created in UTC (RFC 3339 format)
        delayed_time_local (None | str | Unset): Time the message was scheduled for sending in the user's local timezone
            (ISO 8601 format)
        delayed_time_utc (None | str | Unset): Time the message was scheduled for sending in UTC (ISO 8601 format)
        delayed_time_utc_rfc3339 (None | str | Unset): Time the message was scheduled for sending in UTC (RFC 3339
            format)
        timezone (None | str | Unset): The user's local timezone
        count (int | None | Unset): Total Destinations specified in the message
        complete (int | None | Unset): Total Destinations where message transmission has completed
        success (int | None | Unset): Total Destinations where message result is Success
        failed (int | None | Unset): Total Destinations where message result is Failed
        price (float | None | str | Unset):
        total_records (int | None | Unset): Total number of records
        records_per_page (int | None | Unset): Number of records per page
        page_count (int | None | Unset): Maximum number of pages
        page (int | None | Unset): Current location of the result set
        recipients (list[ReplyRecipient] | None | Unset): The destinations and their replies.
    """

    result: CallResult | str
    message_id: str
    status: MessageState | None | str | Unset = UNSET
    job_num: None | str | Unset = UNSET
    account: None | str | Unset = UNSET
    sub_account: None | str | Unset = UNSET
    department: None | str | Unset = UNSET
    reference: None | str | Unset = UNSET
    created_time_local: None | str | Unset = UNSET
    created_time_utc: None | str | Unset = UNSET
    created_time_utc_rfc3339: None | str | Unset = UNSET
    delayed_time_local: None | str | Unset = UNSET
    delayed_time_utc: None | str | Unset = UNSET
    delayed_time_utc_rfc3339: None | str | Unset = UNSET
    timezone: None | str | Unset = UNSET
    count: int | None | Unset = UNSET
    complete: int | None | Unset = UNSET
    success: int | None | Unset = UNSET
    failed: int | None | Unset = UNSET
    price: float | None | str | Unset = UNSET
    total_records: int | None | Unset = UNSET
    records_per_page: int | None | Unset = UNSET
    page_count: int | None | Unset = UNSET
    page: int | None | Unset = UNSET
    recipients: list[ReplyRecipient] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        result: str
        if isinstance(self.result, str):
            result = self.result
        else:
            result = self.result

        message_id = self.message_id

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        job_num: None | str | Unset
        if isinstance(self.job_num, Unset):
            job_num = UNSET
        else:
            job_num = self.job_num

        account: None | str | Unset
        if isinstance(self.account, Unset):
            account = UNSET
        else:
            account = self.account

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

        reference: None | str | Unset
        if isinstance(self.reference, Unset):
            reference = UNSET
        else:
            reference = self.reference

        created_time_local: None | str | Unset
        if isinstance(self.created_time_local, Unset):
            created_time_local = UNSET
        else:
            created_time_local = self.created_time_local

        created_time_utc: None | str | Unset
        if isinstance(self.created_time_utc, Unset):
            created_time_utc = UNSET
        else:
            created_time_utc = self.created_time_utc

        created_time_utc_rfc3339: None | str | Unset
        if isinstance(self.created_time_utc_rfc3339, Unset):
            created_time_utc_rfc3339 = UNSET
        else:
            created_time_utc_rfc3339 = self.created_time_utc_rfc3339

        delayed_time_local: None | str | Unset
        if isinstance(self.delayed_time_local, Unset):
            delayed_time_local = UNSET
        else:
            delayed_time_local = self.delayed_time_local

        delayed_time_utc: None | str | Unset
        if isinstance(self.delayed_time_utc, Unset):
            delayed_time_utc = UNSET
        else:
            delayed_time_utc = self.delayed_time_utc

        delayed_time_utc_rfc3339: None | str | Unset
        if isinstance(self.delayed_time_utc_rfc3339, Unset):
            delayed_time_utc_rfc3339 = UNSET
        else:
            delayed_time_utc_rfc3339 = self.delayed_time_utc_rfc3339

        timezone: None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone

        count: int | None | Unset
        if isinstance(self.count, Unset):
            count = UNSET
        else:
            count = self.count

        complete: int | None | Unset
        if isinstance(self.complete, Unset):
            complete = UNSET
        else:
            complete = self.complete

        success: int | None | Unset
        if isinstance(self.success, Unset):
            success = UNSET
        else:
            success = self.success

        failed: int | None | Unset
        if isinstance(self.failed, Unset):
            failed = UNSET
        else:
            failed = self.failed

        price: float | None | str | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

        total_records: int | None | Unset
        if isinstance(self.total_records, Unset):
            total_records = UNSET
        else:
            total_records = self.total_records

        records_per_page: int | None | Unset
        if isinstance(self.records_per_page, Unset):
            records_per_page = UNSET
        else:
            records_per_page = self.records_per_page

        page_count: int | None | Unset
        if isinstance(self.page_count, Unset):
            page_count = UNSET
        else:
            page_count = self.page_count

        page: int | None | Unset
        if isinstance(self.page, Unset):
            page = UNSET
        else:
            page = self.page

        recipients: list[dict[str, Any]] | None | Unset
        if isinstance(self.recipients, Unset):
            recipients = UNSET
        elif isinstance(self.recipients, list):
            recipients = []
            for recipients_type_0_item_data in self.recipients:
                recipients_type_0_item = recipients_type_0_item_data.to_dict()
                recipients.append(recipients_type_0_item)

        else:
            recipients = self.recipients

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Result": result,
                "MessageID": message_id,
            }
        )
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
        if total_records is not UNSET:
            field_dict["TotalRecords"] = total_records
        if records_per_page is not UNSET:
            field_dict["RecordsPerPage"] = records_per_page
        if page_count is not UNSET:
            field_dict["PageCount"] = page_count
        if page is not UNSET:
            field_dict["Page"] = page
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

        message_id = d.pop("MessageID")

        def _parse_status(data: object) -> MessageState | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_message_state(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MessageState | None | str | Unset, data)

        status = _parse_status(d.pop("Status", UNSET))

        def _parse_job_num(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        job_num = _parse_job_num(d.pop("JobNum", UNSET))

        def _parse_account(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account = _parse_account(d.pop("Account", UNSET))

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

        def _parse_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference = _parse_reference(d.pop("Reference", UNSET))

        def _parse_created_time_local(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_time_local = _parse_created_time_local(d.pop("CreatedTimeLocal", UNSET))

        def _parse_created_time_utc(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_time_utc = _parse_created_time_utc(d.pop("CreatedTimeUTC", UNSET))

        def _parse_created_time_utc_rfc3339(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_time_utc_rfc3339 = _parse_created_time_utc_rfc3339(d.pop("CreatedTimeUTC_RFC3339", UNSET))

        def _parse_delayed_time_local(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        delayed_time_local = _parse_delayed_time_local(d.pop("DelayedTimeLocal", UNSET))

        def _parse_delayed_time_utc(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        delayed_time_utc = _parse_delayed_time_utc(d.pop("DelayedTimeUTC", UNSET))

        def _parse_delayed_time_utc_rfc3339(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        delayed_time_utc_rfc3339 = _parse_delayed_time_utc_rfc3339(d.pop("DelayedTimeUTC_RFC3339", UNSET))

        def _parse_timezone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        timezone = _parse_timezone(d.pop("Timezone", UNSET))

        def _parse_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        count = _parse_count(d.pop("Count", UNSET))

        def _parse_complete(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        complete = _parse_complete(d.pop("Complete", UNSET))

        def _parse_success(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        success = _parse_success(d.pop("Success", UNSET))

        def _parse_failed(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        failed = _parse_failed(d.pop("Failed", UNSET))

        def _parse_price(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        price = _parse_price(d.pop("Price", UNSET))

        def _parse_total_records(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        total_records = _parse_total_records(d.pop("TotalRecords", UNSET))

        def _parse_records_per_page(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        records_per_page = _parse_records_per_page(d.pop("RecordsPerPage", UNSET))

        def _parse_page_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        page_count = _parse_page_count(d.pop("PageCount", UNSET))

        def _parse_page(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        page = _parse_page(d.pop("Page", UNSET))

        def _parse_recipients(data: object) -> list[ReplyRecipient] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                recipients_type_0 = []
                _recipients_type_0 = data
                for recipients_type_0_item_data in _recipients_type_0:
                    recipients_type_0_item = ReplyRecipient.from_dict(recipients_type_0_item_data)

                    recipients_type_0.append(recipients_type_0_item)

                return recipients_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ReplyRecipient] | None | Unset, data)

        recipients = _parse_recipients(d.pop("Recipients", UNSET))

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
            total_records=total_records,
            records_per_page=records_per_page,
            page_count=page_count,
            page=page,
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
