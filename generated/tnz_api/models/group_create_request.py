from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.permission import Permission, check_permission
from ..types import UNSET, Unset

T = TypeVar("T", bound="GroupCreateRequest")


@_attrs_define
class GroupCreateRequest:
    """A group to create.

    Attributes:
        group_name (str): Specifies the name of the group. If GroupCode is not specified, TNZ API will take group name
            and replace spaces with underscores.
        group_code (None | str | Unset): Specifies the code or identifier for the group. Leave empty to have it
            generated from the group name.
        sub_account (None | str | Unset): Specifies the subaccount associated with the group.
        department (None | str | Unset): Specifies the department or division associated with the group.
        view_edit_by (None | Permission | str | Unset): Specifies the visibility and edit permissions for the group.
    """

    group_name: str
    group_code: None | str | Unset = UNSET
    sub_account: None | str | Unset = UNSET
    department: None | str | Unset = UNSET
    view_edit_by: None | Permission | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group_name = self.group_name

        group_code: None | str | Unset
        if isinstance(self.group_code, Unset):
            group_code = UNSET
        else:
            group_code = self.group_code

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

        view_edit_by: None | str | Unset
        if isinstance(self.view_edit_by, Unset):
            view_edit_by = UNSET
        elif isinstance(self.view_edit_by, str):
            view_edit_by = self.view_edit_by
        else:
            view_edit_by = self.view_edit_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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

        def _parse_group_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        group_code = _parse_group_code(d.pop("GroupCode", UNSET))

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

        def _parse_view_edit_by(data: object) -> None | Permission | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                view_edit_by_type_0 = check_permission(data)

                return view_edit_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Permission | str | Unset, data)

        view_edit_by = _parse_view_edit_by(d.pop("ViewEditBy", UNSET))

        group_create_request = cls(
            group_name=group_name,
            group_code=group_code,
            sub_account=sub_account,
            department=department,
            view_edit_by=view_edit_by,
        )

        group_create_request.additional_properties = d
        return group_create_request

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
