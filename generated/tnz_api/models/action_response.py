from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.action_status import ActionStatus, check_action_status
from ..models.call_result import CallResult, check_call_result
from ..types import UNSET, Unset

T = TypeVar("T", bound="ActionResponse")


@_attrs_define
class ActionResponse:
    """Result of an action (resubmit, reschedule, abort, pacing).

    Attributes:
        result (CallResult | str): Result of your API call (not the result of the message).
        message_id (str): MessageID the Action was applied to
        status (ActionStatus | None | str | Unset): State of the message prior to performing the Action ('Transmit',
            'Pending', 'Delayed', 'CreditHold', 'Deleted').
        job_num (None | str | Unset): Eight digit alphanumeric tracking number (our internal Job Number)
        action (None | str | Unset): The Action performed (Resubmit, Reschedule, Abort, NumberOfOperators)
    """

    result: CallResult | str
    message_id: str
    status: ActionStatus | None | str | Unset = UNSET
    job_num: None | str | Unset = UNSET
    action: None | str | Unset = UNSET
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

        action: None | str | Unset
        if isinstance(self.action, Unset):
            action = UNSET
        else:
            action = self.action

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
        if action is not UNSET:
            field_dict["Action"] = action

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
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

        def _parse_status(data: object) -> ActionStatus | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_action_status(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ActionStatus | None | str | Unset, data)

        status = _parse_status(d.pop("Status", UNSET))

        def _parse_job_num(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        job_num = _parse_job_num(d.pop("JobNum", UNSET))

        def _parse_action(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        action = _parse_action(d.pop("Action", UNSET))

        action_response = cls(
            result=result,
            message_id=message_id,
            status=status,
            job_num=job_num,
            action=action,
        )

        action_response.additional_properties = d
        return action_response

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
