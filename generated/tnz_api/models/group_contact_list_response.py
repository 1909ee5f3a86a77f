from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.call_result import CallResult, check_call_result
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_model import ContactModel
    from ..models.group_model import GroupModel


T = TypeVar("T", bound="GroupContactListResponse")


@_attrs_define
class GroupContactListResponse:
    """A group and one page of the contacts it holds.

    Attributes:
        result (CallResult | str): Result of your API call.
        total_records (int | None | Unset): Total number of contacts associated with this group
        records_per_page (int | None | Unset): Number of records per page
        page_count (int | None | Unset): Maximum number of pages
        page (int | None | Unset): Current location of the result set
        group (GroupModel | None | Unset):
        contacts (list[ContactModel] | None | Unset): List of contacts associated with this group
    """

    result: CallResult | str
    total_records: int | None | Unset = UNSET
    records_per_page: int | None | Unset = UNSET
    page_count: int | None | Unset = UNSET
    page: int | None | Unset = UNSET
    group: GroupModel | None | Unset = UNSET
    contacts: list[ContactModel] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.group_model import GroupModel  # noqa: PLC0415

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

        group: dict[str, Any] | None | Unset
        if isinstance(self.group, Unset):
            group = UNSET
        elif isinstance(self.group, GroupModel):
            group = self.group.to_dict()
        else:
            group = self.group

        contacts: list[dict[str, Any]] | None | Unset
        if isinstance(self.contacts, Unset):
            contacts = UNSET
        elif isinstance(self.contacts, list):
            contacts = []
            for contacts_type_0_item_data in self.contacts:
                contacts_type_0_item = contacts_type_0_item_data.to_dict()
                contacts.append(contacts_type_0_item)

        else:
            contacts = self.contacts

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
        if group is not UNSET:
            field_dict["Group"] = group
        if contacts is not UNSET:
            field_dict["Contacts"] = contacts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_model import ContactModel  # noqa: PLC0415
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

        def _parse_group(data: object) -> GroupModel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                group_type_0 = GroupModel.from_dict(data)

                return group_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GroupModel | None | Unset, data)

        group = _parse_group(d.pop("Group", UNSET))

        def _parse_contacts(data: object) -> list[ContactModel] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                contacts_type_0 = []
                _contacts_type_0 = data
                for contacts_type_0_item_data in _contacts_type_0:
                    contacts_type_0_item = ContactModel.from_dict(contacts_type_0_item_data)

                    contacts_type_0.append(contacts_type_0_item)

                return contacts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ContactModel] | None | Unset, data)

        contacts = _parse_contacts(d.pop("Contacts", UNSET))

        group_contact_list_response = cls(
            result=result,
            total_records=total_records,
            records_per_page=records_per_page,
            page_count=page_count,
            page=page,
            group=group,
            contacts=contacts,
        )

        group_contact_list_response.additional_properties = d
        return group_contact_list_response

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
