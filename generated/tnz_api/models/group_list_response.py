from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.call_result import CallResult, check_call_result
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.group_model import GroupModel


T = TypeVar("T", bound="GroupListResponse")


@_attrs_define
class GroupListResponse:
    """One page of groups.

    Attributes:
        result (CallResult | str): Result of your API call.
        total_records (int | None | Unset): Total number of records
        records_per_page (int | None | Unset): Number of records per page
        page_count (int | None | Unset): Maximum number of pages
        page (int | None | Unset): Current location of the result set
        groups (list[GroupModel] | None | Unset): List of groups
    """

    result: CallResult | str
    total_records: int | None | Unset = UNSET
    records_per_page: int | None | Unset = UNSET
    page_count: int | None | Unset = UNSET
    page: int | None | Unset = UNSET
    groups: list[GroupModel] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        result: str
        if isinstance(self.result, str):
            result = self.result
        else:
            result = self.result

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

        groups: list[dict[str, Any]] | None | Unset
        if isinstance(self.groups, Unset):
            groups = UNSET
        elif isinstance(self.groups, list):
            groups = []
            for groups_type_0_item_data in self.groups:
                groups_type_0_item = groups_type_0_item_data.to_dict()
                groups.append(groups_type_0_item)

        else:
            groups = self.groups

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Result": result,
            }
        )
        if total_records is not UNSET:
            field_dict["TotalRecords"] = total_records
        if records_per_page is not UNSET:
            field_dict["RecordsPerPage"] = records_per_page
        if page_count is not UNSET:
            field_dict["PageCount"] = page_count
        if page is not UNSET:
            field_dict["Page"] = page
        if groups is not UNSET:
            field_dict["Groups"] = groups

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.group_model import GroupModel  # noqa: PLC0415

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

        def _parse_groups(data: object) -> list[GroupModel] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                groups_type_0 = []
                _groups_type_0 = data
                for groups_type_0_item_data in _groups_type_0:
                    groups_type_0_item = GroupModel.from_dict(groups_type_0_item_data)

                    groups_type_0.append(groups_type_0_item)

                return groups_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[GroupModel] | None | Unset, data)

        groups = _parse_groups(d.pop("Groups", UNSET))

        group_list_response = cls(
            result=result,
            total_records=total_records,
            records_per_page=records_per_page,
            page_count=page_count,
            page=page,
            groups=groups,
        )

        group_list_response.additional_properties = d
        return group_list_response

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
