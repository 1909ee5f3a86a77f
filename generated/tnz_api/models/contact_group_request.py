from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ContactGroupRequest")


@_attrs_define
class ContactGroupRequest:
    """The group to add the contact to (one per call).

    Attributes:
        group_id (str): Specifies the ID or Code of the group to which the contact relationship should be added.
    """

    group_id: str

    def to_dict(self) -> dict[str, Any]:
        group_id = self.group_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "GroupID": group_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        group_id = d.pop("GroupID")

        contact_group_request = cls(
            group_id=group_id,
        )

        return contact_group_request
