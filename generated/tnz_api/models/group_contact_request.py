from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="GroupContactRequest")


@_attrs_define
class GroupContactRequest:
    """The contact to add to the group (one per call).

    Attributes:
        contact_id (str): Specifies the unique identifier of the contact to create relationship.
    """

    contact_id: str

    def to_dict(self) -> dict[str, Any]:
        contact_id = self.contact_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "ContactID": contact_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        contact_id = d.pop("ContactID")

        group_contact_request = cls(
            contact_id=contact_id,
        )

        return group_contact_request
