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


T = TypeVar("T", bound="ContactGroupListResponse")


@_attrs_define
class ContactGroupListResponse:
    """A contact and one page of the groups it belongs to.

    Attributes:
        result (CallResult | str): Result of your API call.
        total_records (int | Unset): Total number of groups associated with this contact
        records_per_page (int | Unset): Number of records per page
        page_count (int | Unset): Maximum number of pages
        page (int | Unset): Current location of the result set
        contact (ContactModel | Unset): An Address Book contact.
        groups (list[GroupModel] | Unset): List of groups associated with this contact
    """

    result: CallResult | str
    total_records: int | Unset = UNSET
    records_per_page: int | Unset = UNSET
    page_count: int | Unset = UNSET
    page: int | Unset = UNSET
    contact: ContactModel | Unset = UNSET
    groups: list[GroupModel] | Unset = UNSET
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

        contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact, Unset):
            contact = self.contact.to_dict()

        groups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = []
            for groups_item_data in self.groups:
                groups_item = groups_item_data.to_dict()
                groups.append(groups_item)

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
        if contact is not UNSET:
            field_dict["Contact"] = contact
        if groups is not UNSET:
            field_dict["Groups"] = groups

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

        _contact = d.pop("Contact", UNSET)
        contact: ContactModel | Unset
        if isinstance(_contact, Unset):
            contact = UNSET
        else:
            contact = ContactModel.from_dict(_contact)

        _groups = d.pop("Groups", UNSET)
        groups: list[GroupModel] | Unset = UNSET
        if _groups is not UNSET:
            groups = []
            for groups_item_data in _groups:
                groups_item = GroupModel.from_dict(groups_item_data)

                groups.append(groups_item)

        contact_group_list_response = cls(
            result=result,
            total_records=total_records,
            records_per_page=records_per_page,
            page_count=page_count,
            page=page,
            contact=contact,
            groups=groups,
        )

        contact_group_list_response.additional_properties = d
        return contact_group_list_response

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
