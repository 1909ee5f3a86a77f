from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.permission import Permission, check_permission
from ..types import UNSET, Unset

T = TypeVar("T", bound="GroupModel")


@_attrs_define
class GroupModel:
    """An Address Book group.

    Attributes:
        group_id (str | Unset): Unique identifier for the group
        group_code (str | Unset): The group's code (generated from GroupName when not given)
        group_name (str | Unset): Represents the name of the group.
        sub_account (str | Unset): Used for reporting
        department (str | Unset): Used for reporting
        view_edit_by (Permission | str | Unset): Specifies the permission level required to view/edit the group.
        owner (str | Unset): Your UserKey
    """

    group_id: str | Unset = UNSET
    group_code: str | Unset = UNSET
    group_name: str | Unset = UNSET
    sub_account: str | Unset = UNSET
    department: str | Unset = UNSET
    view_edit_by: Permission | str | Unset = UNSET
    owner: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group_id = self.group_id

        group_code = self.group_code

        group_name = self.group_name

        sub_account = self.sub_account

        department = self.department

        view_edit_by: str | Unset
        if isinstance(self.view_edit_by, Unset):
            view_edit_by = UNSET
        elif isinstance(self.view_edit_by, str):
            view_edit_by = self.view_edit_by
        else:
            view_edit_by = self.view_edit_by

        owner = self.owner

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if group_id is not UNSET:
            field_dict["GroupID"] = group_id
        if group_code is not UNSET:
            field_dict["GroupCode"] = group_code
        if group_name is not UNSET:
            field_dict["GroupName"] = group_name
        if sub_account is not UNSET:
            field_dict["SubAccount"] = sub_account
        if department is not UNSET:
            field_dict["Department"] = department
        if view_edit_by is not UNSET:
            field_dict["ViewEditBy"] = view_edit_by
        if owner is not UNSET:
            field_dict["Owner"] = owner

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        group_id = d.pop("GroupID", UNSET)

        group_code = d.pop("GroupCode", UNSET)

        group_name = d.pop("GroupName", UNSET)

        sub_account = d.pop("SubAccount", UNSET)

        department = d.pop("Department", UNSET)

        def _parse_view_edit_by(data: object) -> Permission | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                view_edit_by_type_0 = check_permission(data)

                return view_edit_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Permission | str | Unset, data)

        view_edit_by = _parse_view_edit_by(d.pop("ViewEditBy", UNSET))

        owner = d.pop("Owner", UNSET)

        group_model = cls(
            group_id=group_id,
            group_code=group_code,
            group_name=group_name,
            sub_account=sub_account,
            department=department,
            view_edit_by=view_edit_by,
            owner=owner,
        )

        group_model.additional_properties = d
        return group_model

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
