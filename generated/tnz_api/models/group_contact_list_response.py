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
        total_records (int | Unset): Total number of contacts associated with this group
        records_per_page (int | Unset): Number of records per page
        page_count (int | Unset): Maximum number of pages
        page (int | Unset): Current location of the result set
        group (GroupModel | Unset): An Address Book group.
        contacts (list[ContactModel] | Unset): List of contacts associated with this group
    """

    result: CallResult | str
    total_records: int | Unset = UNSET
    records_per_page: int | Unset = UNSET
    page_count: int | Unset = UNSET
    page: int | Unset = UNSET
    group: GroupModel | Unset = UNSET
    contacts: list[ContactModel] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        result: str
        if isinstance(self.result, str):
            result = self.result
        else:
            result = self.result

        total_records = self.total_records

        records_per_page = self.records_per_page

        page_count = self.page_count

        page = self.page

        group: dict[str, Any] | Unset = UNSET
        if not isinstance(self.group, Unset):
            group = self.group.to_dict()

        contacts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.contacts, Unset):
            contacts = []
            for contacts_item_data in self.contacts:
                contacts_item = contacts_item_data.to_dict()
                contacts.append(contacts_item)

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

        total_records = d.pop("TotalRecords", UNSET)

        records_per_page = d.pop("RecordsPerPage", UNSET)

        page_count = d.pop("PageCount", UNSET)

        page = d.pop("Page", UNSET)

        _group = d.pop("Group", UNSET)
        group: GroupModel | Unset
        if isinstance(_group, Unset):
            group = UNSET
        else:
            group = GroupModel.from_dict(_group)

        _contacts = d.pop("Contacts", UNSET)
        contacts: list[ContactModel] | Unset = UNSET
        if _contacts is not UNSET:
            contacts = []
            for contacts_item_data in _contacts:
                contacts_item = ContactModel.from_dict(contacts_item_data)

                contacts.append(contacts_item)

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
