from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.permission import Permission, check_permission
from ..types import UNSET, Unset

T = TypeVar("T", bound="GroupCreateRequest")


@_attrs_define
class GroupCreateRequest:
    """A group to create.

    Attributes:
        group_name (str): Specifies the name of the group. If GroupCode is not specified, TNZ API will take group name
            and replace spaces with underscores.
        group_code (str | Unset): Specifies the code or identifier for the group. Leave empty to have it generated from
            the group name.
        sub_account (str | Unset): Specifies the subaccount associated with the group.
        department (str | Unset): Specifies the department or division associated with the group.
        view_edit_by (Permission | Unset): Visibility / edit permission level ("Account", "SubAccount", "Department" or
            "No").
    """

    group_name: str
    group_code: str | Unset = UNSET
    sub_account: str | Unset = UNSET
    department: str | Unset = UNSET
    view_edit_by: Permission | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        group_name = self.group_name

        group_code = self.group_code

        sub_account = self.sub_account

        department = self.department

        view_edit_by: str | Unset = UNSET
        if not isinstance(self.view_edit_by, Unset):
            view_edit_by = self.view_edit_by

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "GroupName": group_name,
            }
        )
        if group_code is not UNSET:
            field_dict["GroupCode"] = group_code
        if sub_account is not UNSET:
            field_dict["SubAccount"] = sub_account
        if department is not UNSET:
            field_dict["Department"] = department
        if view_edit_by is not UNSET:
            field_dict["ViewEditBy"] = view_edit_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        group_name = d.pop("GroupName")

        group_code = d.pop("GroupCode", UNSET)

        sub_account = d.pop("SubAccount", UNSET)

        department = d.pop("Department", UNSET)

        _view_edit_by = d.pop("ViewEditBy", UNSET)
        view_edit_by: Permission | Unset
        if isinstance(_view_edit_by, Unset):
            view_edit_by = UNSET
        else:
            view_edit_by = check_permission(_view_edit_by)

        group_create_request = cls(
            group_name=group_name,
            group_code=group_code,
            sub_account=sub_account,
            department=department,
            view_edit_by=view_edit_by,
        )

        return group_create_request
