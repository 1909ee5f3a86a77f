from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="FaxDestination")


@_attrs_define
class FaxDestination:
    """One fax destination. Fax does not support GroupID or GroupCode.

    Attributes:
        recipient (str | Unset): Fax number of the recipient (E.164). We recommend a prefix check to limit potential
            Toll Fraud.
        attention (str | Unset): Recipient's name
        first_name (str | Unset): Recipient's first name. In XML bodies this is the element `<FirstName>`: an XML name
            cannot hold a space, and TNZ does not document the element name for 'First Name', so `FirstName` is our
            assumption (it matches the [[FirstName]] personalisation tag and the address book field).
        last_name (str | Unset): Recipient's last name. In XML bodies this is the element `<LastName>`: an XML name
            cannot hold a space, and TNZ does not document the element name for 'Last Name', so `LastName` is our assumption
            (it matches the [[LastName]] personalisation tag and the address book field).
        company (str | Unset): Recipient's company
        custom_1 (str | Unset): Customisable tracking and personalisation field
        custom_2 (str | Unset): Customisable tracking and personalisation field
        custom_3 (str | Unset): Customisable tracking and personalisation field
        custom_4 (str | Unset): Customisable tracking and personalisation field
        custom_5 (str | Unset): Customisable tracking and personalisation field
        custom_6 (str | Unset): Customisable tracking and personalisation field
        custom_7 (str | Unset): Customisable tracking and personalisation field
        custom_8 (str | Unset): Customisable tracking and personalisation field
        custom_9 (str | Unset): Customisable tracking and personalisation field
        contact_id (str | Unset): The Contact ID that corresponds to your Address Book contact.
    """

    recipient: str | Unset = UNSET
    attention: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    company: str | Unset = UNSET
    custom_1: str | Unset = UNSET
    custom_2: str | Unset = UNSET
    custom_3: str | Unset = UNSET
    custom_4: str | Unset = UNSET
    custom_5: str | Unset = UNSET
    custom_6: str | Unset = UNSET
    custom_7: str | Unset = UNSET
    custom_8: str | Unset = UNSET
    custom_9: str | Unset = UNSET
    contact_id: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        recipient = self.recipient

        attention = self.attention

        first_name = self.first_name

        last_name = self.last_name

        company = self.company

        custom_1 = self.custom_1

        custom_2 = self.custom_2

        custom_3 = self.custom_3

        custom_4 = self.custom_4

        custom_5 = self.custom_5

        custom_6 = self.custom_6

        custom_7 = self.custom_7

        custom_8 = self.custom_8

        custom_9 = self.custom_9

        contact_id = self.contact_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if recipient is not UNSET:
            field_dict["Recipient"] = recipient
        if attention is not UNSET:
            field_dict["Attention"] = attention
        if first_name is not UNSET:
            field_dict["First Name"] = first_name
        if last_name is not UNSET:
            field_dict["Last Name"] = last_name
        if company is not UNSET:
            field_dict["Company"] = company
        if custom_1 is not UNSET:
            field_dict["Custom1"] = custom_1
        if custom_2 is not UNSET:
            field_dict["Custom2"] = custom_2
        if custom_3 is not UNSET:
            field_dict["Custom3"] = custom_3
        if custom_4 is not UNSET:
            field_dict["Custom4"] = custom_4
        if custom_5 is not UNSET:
            field_dict["Custom5"] = custom_5
        if custom_6 is not UNSET:
            field_dict["Custom6"] = custom_6
        if custom_7 is not UNSET:
            field_dict["Custom7"] = custom_7
        if custom_8 is not UNSET:
            field_dict["Custom8"] = custom_8
        if custom_9 is not UNSET:
            field_dict["Custom9"] = custom_9
        if contact_id is not UNSET:
            field_dict["ContactID"] = contact_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        recipient = d.pop("Recipient", UNSET)

        attention = d.pop("Attention", UNSET)

        first_name = d.pop("First Name", UNSET)

        last_name = d.pop("Last Name", UNSET)

        company = d.pop("Company", UNSET)

        custom_1 = d.pop("Custom1", UNSET)

        custom_2 = d.pop("Custom2", UNSET)

        custom_3 = d.pop("Custom3", UNSET)

        custom_4 = d.pop("Custom4", UNSET)

        custom_5 = d.pop("Custom5", UNSET)

        custom_6 = d.pop("Custom6", UNSET)

        custom_7 = d.pop("Custom7", UNSET)

        custom_8 = d.pop("Custom8", UNSET)

        custom_9 = d.pop("Custom9", UNSET)

        contact_id = d.pop("ContactID", UNSET)

        fax_destination = cls(
            recipient=recipient,
            attention=attention,
            first_name=first_name,
            last_name=last_name,
            company=company,
            custom_1=custom_1,
            custom_2=custom_2,
            custom_3=custom_3,
            custom_4=custom_4,
            custom_5=custom_5,
            custom_6=custom_6,
            custom_7=custom_7,
            custom_8=custom_8,
            custom_9=custom_9,
            contact_id=contact_id,
        )

        return fax_destination
