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
        group_id (None | str | Unset): Unique identifier for the group
        group_code (None | str | Unset): The group's code (generated from GroupName when not given)
        group_name (None | str | Unset): Represents the name of the group.
        sub_account (None | str | Unset): Used for reporting, billing and Web Dashboard segmentation.
        department (None | str | Unset): Used for reporting, billing and Web Dashboard segmentation.
        view_edit_by (None | Permission | str | Unset): Specifies the permission level required to view/edit the group.
        owner (None | str | Unset): Your UserKey
        access_control (None | str | Unset): The group's access control ('Limited' or 'Granted' in TNZ's v3.00
            specification)
        created_time_local (None | str | Unset): When the group was created, in the user's local timezone
        created_time_utc (None | str | Unset): When the group was created, in UTC
        created_time_utc_rfc3339 (None | str | Unset): When the group was created, in UTC (RFC 3339 format)
        timezone (None | str | Unset): Timezone associated with the Created/Updated local times
    """

    group_id: None | str | Unset = UNSET
    group_code: None | str | Unset = UNSET
    group_name: None | str | Unset = UNSET
    sub_account: None | str | Unset = UNSET
    department: None | str | Unset = UNSET
    view_edit_by: None | Permission | str | Unset = UNSET
    owner: None | str | Unset = UNSET
    access_control: None | str | Unset = UNSET
    created_time_local: None | str | Unset = UNSET
    created_time_utc: None | str | Unset = UNSET
    created_time_utc_rfc3339: None | str | Unset = UNSET
    timezone: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group_id: None | str | Unset
        if isinstance(self.group_id, Unset):
            group_id = UNSET
        else:
            group_id = self.group_id

        group_code: None | str | Unset
        if isinstance(self.group_code, Unset):
            group_code = UNSET
        else:
            group_code = self.group_code

        group_name: None | str | Unset
        if isinstance(self.group_name, Unset):
            group_name = UNSET
        else:
            group_name = self.group_name

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

        owner: None | str | Unset
        if isinstance(self.owner, Unset):
            owner = UNSET
        else:
            owner = self.owner

        access_control: None | str | Unset
        if isinstance(self.access_control, Unset):
            access_control = UNSET
        else:
            access_control = self.access_control

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

        timezone: None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone

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
        if access_control is not UNSET:
            field_dict["AccessControl"] = access_control
        if created_time_local is not UNSET:
            field_dict["CreatedTimeLocal"] = created_time_local
        if created_time_utc is not UNSET:
            field_dict["CreatedTimeUTC"] = created_time_utc
        if created_time_utc_rfc3339 is not UNSET:
            field_dict["CreatedTimeUTC_RFC3339"] = created_time_utc_rfc3339
        if timezone is not UNSET:
            field_dict["Timezone"] = timezone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_group_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        group_id = _parse_group_id(d.pop("GroupID", UNSET))

        def _parse_group_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        group_code = _parse_group_code(d.pop("GroupCode", UNSET))

        def _parse_group_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        group_name = _parse_group_name(d.pop("GroupName", UNSET))

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

        def _parse_owner(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        owner = _parse_owner(d.pop("Owner", UNSET))

        def _parse_access_control(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        access_control = _parse_access_control(d.pop("AccessControl", UNSET))

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

        def _parse_timezone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        timezone = _parse_timezone(d.pop("Timezone", UNSET))

        group_model = cls(
            group_id=group_id,
            group_code=group_code,
            group_name=group_name,
            sub_account=sub_account,
            department=department,
            view_edit_by=view_edit_by,
            owner=owner,
            access_control=access_control,
            created_time_local=created_time_local,
            created_time_utc=created_time_utc,
            created_time_utc_rfc3339=created_time_utc_rfc3339,
            timezone=timezone,
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
