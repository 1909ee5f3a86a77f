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


T = TypeVar("T", bound="ContactGroupResponse")


@_attrs_define
class ContactGroupResponse:
    """A contact-to-group association.

    Attributes:
        result (CallResult | str): Result of your API call.
        contact (ContactModel | None | Unset):
        group (GroupModel | None | Unset):
    """

    result: CallResult | str
    contact: ContactModel | None | Unset = UNSET
    group: GroupModel | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.contact_model import ContactModel  # noqa: PLC0415
        from ..models.group_model import GroupModel  # noqa: PLC0415

        result: str
        if isinstance(self.result, str):
            result = self.result
        else:
            result = self.result

        contact: dict[str, Any] | None | Unset
        if isinstance(self.contact, Unset):
            contact = UNSET
        elif isinstance(self.contact, ContactModel):
            contact = self.contact.to_dict()
        else:
            contact = self.contact

        group: dict[str, Any] | None | Unset
        if isinstance(self.group, Unset):
            group = UNSET
        elif isinstance(self.group, GroupModel):
            group = self.group.to_dict()
        else:
            group = self.group

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Result": result,
            }
        )
        if contact is not UNSET:
            field_dict["Contact"] = contact
        if group is not UNSET:
            field_dict["Group"] = group

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

        def _parse_contact(data: object) -> ContactModel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                contact_type_0 = ContactModel.from_dict(data)

                return contact_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContactModel | None | Unset, data)

        contact = _parse_contact(d.pop("Contact", UNSET))

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

        contact_group_response = cls(
            result=result,
            contact=contact,
            group=group,
        )

        contact_group_response.additional_properties = d
        return contact_group_response

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
